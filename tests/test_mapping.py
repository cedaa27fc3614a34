"""The model → RDF mapping: the seed's facts, self-contained item graphs, redaction, every field."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from paatosdata.config import Config
from paatosdata.errors import MappingError
from paatosdata.mapping import document_graph, document_iri, item_graph, item_iri
from paatosdata.model import Document, Item, Vote, VoteEvent
from paatosdata.namespaces import ELI, PD
from paatosdata.parse import read_path
from tests.conftest import shared_path

BASE = "https://w3id.org/paatosdata"
SEED_ITEM = URIRef(f"{BASE}/akn/fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28")
EARLIER = URIRef(f"{BASE}/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2025-10-21/293")


def ask(graph: Graph, query: str) -> bool:
    prefixes = (
        "PREFIX pd: <https://w3id.org/paatosdata/def#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    )
    result = graph.query(prefixes + query)
    assert result.askAnswer is not None
    return bool(result.askAnswer)


@pytest.fixture(params=["built", "read"])
def seed_source(request: pytest.FixtureRequest, seed_doc: Document) -> Document:
    """The seed built by hand, and the seed read from the shared samples by the text reader."""
    if request.param == "built":
        return seed_doc
    [doc] = read_path(shared_path("seed", "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"))
    return doc


@pytest.fixture
def seed_graph(seed_source: Document) -> Graph:
    return item_graph(seed_source, seed_source.items[0], Config())


def test_seed_item_is_a_decision_with_its_iri(seed_source: Document, seed_graph: Graph) -> None:
    assert item_iri(seed_source, seed_source.items[0]) == SEED_ITEM
    assert (SEED_ITEM, RDF.type, PD.Decision) in seed_graph
    assert (SEED_ITEM, RDF.type, ELI.LegalResource) in seed_graph
    assert (SEED_ITEM, PD.title, Literal("Yhteistyö- ja seurantakeskustelut", lang="fi")) in seed_graph


def test_seed_body_meeting_and_section_number(seed_graph: Graph) -> None:
    body = URIRef(f"{BASE}/id/body/kuopio/tyollisyysaluelautakunta")
    meeting = URIRef(f"{BASE}/id/meeting/kuopio/tyollisyysaluelautakunta/2026-05-07")
    assert (SEED_ITEM, PD.decidedBy, body) in seed_graph
    assert (body, PD.name, Literal("Työllisyysaluelautakunta", lang="fi")) in seed_graph
    assert (body, PD.bodyOf, URIRef(f"{BASE}/id/municipality/kuopio")) in seed_graph
    assert (SEED_ITEM, PD.meeting, meeting) in seed_graph
    assert (meeting, PD.heldOn, Literal("2026-05-07", datatype=XSD.date)) in seed_graph
    assert (SEED_ITEM, PD.meetingDate, Literal("2026-05-07", datatype=XSD.date)) in seed_graph
    assert (SEED_ITEM, PD.sectionNumber, Literal("28")) in seed_graph
    assert (SEED_ITEM, PD.printedNumber, Literal("§ 28")) in seed_graph


def test_seed_diary_number_with_parts(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        """ASK { ?item pd:case ?case . ?case a pd:Case ; pd:diaryNumber ?d .
                 ?d a pd:DiaryNumber ; pd:rawValue "2804/00.01.01/2026" ; pd:serialNumber "2804" ;
                    pd:taskClass "00.01.01" ; pd:year 2026 }""",
    )
    assert (SEED_ITEM, PD.localIdentifier, Literal("2804/00.01.01/2026")) in seed_graph


def test_seed_legal_basis_is_the_regulation_section(seed_graph: Graph) -> None:
    section = URIRef(f"{BASE}/akn/fi-kuopio/act/hallintosaanto/~sec_32")
    assert (SEED_ITEM, PD.legalBasis, section) in seed_graph
    assert (section, RDF.type, ELI.LegalResourceSubdivision) in seed_graph
    assert (section, PD.partOfRegulation, URIRef(f"{BASE}/akn/fi-kuopio/act/hallintosaanto")) in seed_graph
    assert ask(
        seed_graph,
        """ASK { ?item pd:legalBasisCitation ?c . ?c a pd:RegulationReference ;
                 pd:rawValue "Kuopion kaupungin hallintosääntö 32 §" ; pd:provisionSection "32" ;
                 pd:actName "Kuopion kaupungin hallintosääntö"@fi ; pd:refersTo ?s .
                 FILTER(STRENDS(STR(?s), "/~sec_32")) }""",
    )


def test_seed_impact_not_assessed_with_reason_and_earlier_decision(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        f"""ASK {{ <{SEED_ITEM}> pd:impactAssessment ?ia . ?ia a pd:ImpactNotAssessed ;
                  pd:notAssessedReason ?why ; pd:decisionReference ?ref .
                  ?ref pd:rawValue "kh 21.10.2025, § 293" ; pd:bodyAbbreviation "kh" ;
                     pd:referencedDate "2025-10-21"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     pd:referencedSection "293" ; pd:refersTo <{EARLIER}> .
                  FILTER(CONTAINS(STR(?why), "tiedoksi merkittävä asia") && LANG(?why) = "fi") }}""",
    )
    assert (SEED_ITEM, PD.cites, EARLIER) in seed_graph
    assert (EARLIER, RDF.type, PD.Decision) in seed_graph


def test_seed_preparer_and_acting_presenter(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        f"""ASK {{ <{SEED_ITEM}> pd:preparer ?p ; pd:participation ?part .
                  ?p a pd:Person ; pd:name "Tiina Mäenpää" .
                  ?part pd:participant ?p ; pd:role pd:rolePreparer ;
                        pd:jobTitle "työllisyysaluejohtaja"@fi ; pd:phone "044 718 7502" ;
                        pd:email "etunimi.sukunimi@kuopio.fi" .
                  FILTER NOT EXISTS {{ ?part pd:acting true }} }}""",
    )
    assert ask(
        seed_graph,
        f"""ASK {{ <{SEED_ITEM}> pd:presenter ?p ; pd:participation ?part .
                  ?p pd:name "Virpi Noronen" .
                  ?part pd:participant ?p ; pd:role pd:rolePresenter ; pd:acting true ;
                        pd:jobTitle "työllisyysaluejohtaja"@fi }}""",
    )


def test_seed_unanimous_decision_noted(seed_graph: Graph) -> None:
    assert (SEED_ITEM, PD.unanimous, Literal(True)) in seed_graph
    # "merkitsee asian tiedoksi" proposed, "hyväksyi yksimielisesti" decided: either reading is right
    assert set(seed_graph.objects(SEED_ITEM, PD.outcome)) in ({PD.noted}, {PD.approved})
    assert ask(
        seed_graph, f'ASK {{ <{SEED_ITEM}> pd:proposal/pd:text ?t . FILTER(CONTAINS(?t, "tiedoksi")) }}'
    )


def test_seed_kari_virranta_left(seed_graph: Graph) -> None:
    assert ask(
        seed_graph,
        f"""ASK {{ <{SEED_ITEM}> pd:handling ?h . ?h a pd:ItemHandling ; pd:presenceChange ?c ;
                  pd:resultedIn <{SEED_ITEM}> .
                  ?c a pd:Departure ; pd:person ?p . ?p a pd:Person ; pd:name "Kari Virranta" }}""",
    )


def test_source_locations_are_file_names_only(seed_graph: Graph, full_doc: Document) -> None:
    assert (
        SEED_ITEM,
        PD.sourceLocation,
        Literal("kuopio-tyollisyysaluelautakunta-2026-05-07-28.md:3"),
    ) in seed_graph
    graph = document_graph(full_doc, Config())
    for g in (seed_graph, graph):
        for location in g.objects(None, PD.sourceLocation):
            assert "/" not in location and "\\" not in location
        for name in g.objects(None, PD.sourceFile):
            assert "/" not in name and "\\" not in name
    assert Literal("esimerkkila-kh-2026-03-02.md") in set(graph.objects(None, PD.sourceFile))


def test_item_graph_is_self_contained(seed_graph: Graph) -> None:
    """Every node the item links to is typed in the same graph (per-item SHACL needs it)."""
    for _, p, o in seed_graph:
        if p == RDF.type or isinstance(o, Literal) or p in (PD.expressionLanguage,):
            continue
        if p in (PD.outcome, PD.role, PD.maturity, PD.voteOption):
            continue  # concepts of the vocabulary
        assert (o, RDF.type, None) in seed_graph, f"{o} (object of {p}) has no type"
    for cls in (PD.Meeting, PD.Body, PD.Municipality, PD.Person, PD.Minutes):
        assert (None, RDF.type, cls) in seed_graph


def test_text_is_language_tagged_and_swedish_items_say_so(full_doc: Document) -> None:
    graph = document_graph(full_doc, Config())
    swedish = item_iri(full_doc, full_doc.items[2])
    assert (swedish, PD.decisionText, Literal("Bordlades.", lang="sv")) in graph
    assert str(swedish).endswith("/nn-3")
    for text in graph.objects(None, PD.reasons):
        assert isinstance(text, Literal) and text.language == "fi"


def test_votes_motions_disqualification_dissent(full_doc: Document) -> None:
    graph = item_graph(full_doc, full_doc.items[0], Config())
    assert ask(
        graph,
        """ASK { ?item pd:handling ?h . ?h pd:voteEvent ?v .
                 ?v pd:yesCount 2 ; pd:noCount 1 ; pd:blankCount 0 ; pd:round 1 ; pd:vote ?one .
                 ?one pd:voter/pd:name "Liisa Varamies" ; pd:voteOption pd:voteNo ;
                    pd:politicalGroup "Esimerkkiryhmä" .
                 ?h pd:motion ?m . ?m pd:proposer/pd:name "Kalle Jäsen" ;
                    pd:seconder/pd:name "Liisa Varamies" ; pd:motionKind "return" .
                 ?h pd:disqualification ?d . ?d pd:person/pd:name "Aino Esimerkki" ; pd:leftRoom true ;
                    pd:groundReference/pd:actNumber 434 .
                 ?h pd:presenceChange ?c . ?c a pd:Arrival ;
                    pd:time "17:05:00"^^<http://www.w3.org/2001/XMLSchema#time> .
                 ?item pd:dissent/pd:person/pd:name "Liisa Varamies" }""",
    )
    assert len(set(graph.objects(None, PD.vote))) == 3


def test_statute_reference_links_finlex(full_doc: Document) -> None:
    graph = item_graph(full_doc, full_doc.items[0], Config())
    kuntalaki = URIRef("http://data.finlex.fi/eli/sd/2015/410/ajantasa")
    assert (item_iri(full_doc, full_doc.items[0]), PD.legalBasis, kuntalaki) in graph
    assert (kuntalaki, RDF.type, ELI.LegalResource) in graph
    assert ask(
        graph, 'ASK { ?c pd:aknPath "/akn/fi/act/statute/2015/410" ; pd:chapter "5" ; pd:actYear 2015 }'
    )


def test_appeal_instructions_link_to_the_items_they_cover(full_doc: Document) -> None:
    config = Config()
    first = item_graph(full_doc, full_doc.items[0], config)
    first_iri = item_iri(full_doc, full_doc.items[0], config)
    kinds = {t for a in first.objects(first_iri, PD.appealInformation) for t in first.objects(a, RDF.type)}
    assert {PD.MunicipalAppealInstruction, PD.RectificationInstruction} <= kinds
    assert PD.AppealBan not in kinds
    whole = document_graph(full_doc, config)
    assert len(set(whole.objects(document_iri(full_doc, config), PD.appealInformation))) == 3


def test_redaction_of_a_confidential_item(full_doc: Document) -> None:
    secret = full_doc.items[1]
    node = item_iri(full_doc, secret)
    redacted = item_graph(full_doc, secret, Config())
    assert (node, PD.title, Literal("Henkilöstöasia", lang="fi")) in redacted
    assert (node, PD.sectionNumber, Literal("13")) in redacted
    assert ask(redacted, 'ASK { ?i pd:confidentiality ?c . ?c pd:ground "JulkL 24 § 1 mom. 32 k"@fi }')
    texts = {str(o) for o in redacted.objects() if isinstance(o, Literal)}
    for secret_text in ("Salainen päätösteksti.", "Salaiset perustelut.", "Salassa pidettävä henkilöstöasia"):
        assert secret_text not in texts
    assert (None, PD.preparer, None) not in redacted
    full = item_graph(full_doc, secret, Config(), redact=False)
    assert (node, PD.decisionText, Literal("Salainen päätösteksti.", lang="fi")) in full


def test_private_persons_are_blank_nodes(full_doc: Document) -> None:
    graph = item_graph(full_doc, full_doc.items[1], Config(), redact=False)
    (preparer,) = set(graph.objects(None, PD.preparer))
    assert isinstance(preparer, BNode)
    assert (preparer, PD.privatePerson, Literal(True)) in graph
    for person in set(graph.subjects(RDF.type, PD.Person)):
        assert isinstance(person, BNode) or "/id/person/esimerkkila/" in str(person)


def test_non_public_attachment_keeps_no_title(full_doc: Document) -> None:
    graph = item_graph(full_doc, full_doc.items[0], Config())
    titles = {str(t) for t in graph.objects(None, PD.title)}
    assert "Hankesuunnitelma" in titles and "Tarjoukset" not in titles
    assert ask(graph, 'ASK { ?a pd:attachmentNumber "2" ; pd:public false ; pd:ground ?g }')
    assert ask(
        graph,
        'ASK { ?a pd:downloadUrl "https://example.org/liite1.pdf"^^xsd:anyURI }',
    )


def test_configured_base_and_municipality(agenda_doc: Document) -> None:
    agenda_doc.meeting.municipality = None
    config = Config(
        base="https://data.example.fi/paatokset/", municipality_name="Kuopio", municipality_code="297"
    )
    config.municipality_slug = "kuopio"
    graph = item_graph(agenda_doc, agenda_doc.items[0], config)
    node = URIRef(
        "https://data.example.fi/paatokset/akn/fi-kuopio/statement/deliberation/tekninen-lautakunta/2026-04-01/4"
    )
    assert (node, RDF.type, PD.AgendaItem) in graph
    assert (node, RDF.type, PD.Decision) not in graph
    assert (None, PD.handling, None) not in graph
    assert (
        URIRef("https://data.example.fi/paatokset/id/municipality/kuopio"),
        PD.municipalityCode,
        Literal("297"),
    ) in graph
    assert (None, PD.maturity, PD.maturityProposal) in graph


def test_unknown_vote_choice_is_an_error(seed_doc: Document) -> None:
    seed_doc.items[0].votes = [VoteEvent(votes=[Vote("Kari Virranta", "maybe")])]
    with pytest.raises(MappingError, match="maybe"):
        item_graph(seed_doc, seed_doc.items[0])


def test_bad_language_is_an_error(seed_doc: Document) -> None:
    seed_doc.items[0].language = "fi fi"
    with pytest.raises(MappingError, match="language"):
        item_graph(seed_doc, seed_doc.items[0])


def test_item_of_another_document_is_refused(seed_doc: Document, full_doc: Document) -> None:
    with pytest.raises(MappingError):
        item_graph(seed_doc, full_doc.items[0])


# --- every field of the model reaches the graph ---------------------------------------------------

#: (class, field) whose value is expressed as a class, concept or IRI rather than a literal.
STRUCTURAL = {
    ("Document", "kind"),
    ("Item", "outcome"),
    ("AppealInfo", "kind"),
    ("PresenceChange", "kind"),
    ("Vote", "choice"),
    ("LegalReference", "kind"),
    ("Source", "path"),  # only the file name is kept
    ("Municipality", "slug"),
    ("Body", "slug"),
}


def _values(obj: object, owner: str = "") -> list[tuple[str, str, object]]:
    found: list[tuple[str, str, object]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name in ("span", "spans"):
                continue
            value = getattr(obj, f.name)
            name = type(obj).__name__
            if isinstance(value, list):
                for element in value:
                    if dataclasses.is_dataclass(element):
                        found.extend(_values(element))
                    else:
                        found.append((name, f.name, element))
            elif dataclasses.is_dataclass(value):
                found.extend(_values(value))
            elif value is not None and not isinstance(value, bool):
                found.append((name, f.name, value))
    return found


def test_every_model_value_is_in_the_graph(
    full_doc: Document, seed_doc: Document, agenda_doc: Document
) -> None:
    for doc in (full_doc, seed_doc, agenda_doc):
        graph = document_graph(doc, Config(), redact=False)
        literals = {str(o) for o in graph.objects() if isinstance(o, Literal)}
        missing = []
        for owner, name, value in _values(doc):
            if (owner, name) in STRUCTURAL or isinstance(value, Enum) or value == "":
                continue
            text = value.isoformat() if isinstance(value, date) else str(value)
            if text not in literals and not any(text in literal for literal in literals):
                missing.append(f"{owner}.{name} = {text!r}")
        assert not missing, missing


def test_unnumbered_items_get_distinct_iris(seed_doc: Document) -> None:
    seed_doc.items = [Item(number=None, title="A"), Item(number=None, title="B")]
    first, second = (item_iri(seed_doc, item) for item in seed_doc.items)
    assert first != second


def test_seed_parts_from_the_shared_parsers_map_alike(seed_doc: Document) -> None:
    """The citation, diary-number and person parsers on main give what the hand-built seed holds."""
    from paatosdata.diary import parse_diary_number
    from paatosdata.legal import parse_decision_references, parse_legal_references
    from paatosdata.people import parse_person

    expected = item_graph(seed_doc, seed_doc.items[0])
    item = seed_doc.items[0]
    assert item.case is not None and item.impact is not None
    item.case.diary_number = parse_diary_number("2804/00.01.01/2026")
    item.legal_basis = parse_legal_references("Kuopion kaupungin hallintosääntö 32 §")
    item.impact.references = parse_decision_references(item.impact.text)
    item.preparers = [parse_person("työllisyysaluejohtaja Tiina Mäenpää, puh. 044 718 7502")]
    item.presenter = parse_person("vs. työllisyysaluejohtaja Virpi Noronen")
    parsed = item_graph(seed_doc, item)
    for query in (
        'ASK { ?i pd:legalBasis ?s . FILTER(STRENDS(STR(?s), "/akn/fi-kuopio/act/hallintosaanto/~sec_32")) }',
        f"ASK {{ ?i pd:impactAssessment/pd:decisionReference/pd:refersTo <{EARLIER}> }}",
        'ASK { ?c pd:diaryNumber [ pd:serialNumber "2804" ; pd:taskClass "00.01.01" ; pd:year 2026 ] }',
        "ASK { ?i pd:participation [ pd:role pd:rolePresenter ; pd:acting true ] }",
        'ASK { ?i pd:participation [ pd:role pd:rolePreparer ; pd:phone "044 718 7502" ] }',
    ):
        assert ask(expected, query) and ask(parsed, query), query


def test_case_iri_leaves_out_a_printed_label(seed_doc: Document) -> None:
    item = seed_doc.items[0]
    assert item.case is not None and item.case.diary_number is not None
    item.case.diary_number.raw = "Dnro 2804/00.01.01/2026"
    graph = item_graph(seed_doc, item)
    assert (SEED_ITEM, PD.case, URIRef(f"{BASE}/id/case/kuopio/2804-00-01-01-2026")) in graph
    assert (SEED_ITEM, PD.localIdentifier, Literal("Dnro 2804/00.01.01/2026")) in graph
