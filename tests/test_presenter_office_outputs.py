"""A presenter known only by office through every output: RDF, the check, Akoma Ntoso, model JSON, pages."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from paatosdata.akn.read import parse_akn, read_akn
from paatosdata.checking import check_documents
from paatosdata.config import Config
from paatosdata.mapping import document_graph, item_graph
from paatosdata.model import Document, Participant, Person
from paatosdata.modeljson import document_from_json, document_to_json
from paatosdata.namespaces import PD
from paatosdata.publish.pages import meeting_page
from tests.akn.helpers import NS, export
from tests.sample_documents import full_minutes, seed_document


def _office_seed() -> Document:
    doc = seed_document()
    doc.items[0].presenter = Person(name=None, title="työllisyysaluejohtaja", acting=True)
    return doc


def _persons(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, PD.Person) if isinstance(s, URIRef)}


def test_the_participation_carries_the_office_and_names_no_person() -> None:
    doc = _office_seed()
    graph = item_graph(doc, doc.items[0], Config())
    [part] = [p for p in graph.objects(None, PD.participation) if (p, PD.role, PD.rolePresenter) in graph]
    assert (part, PD.jobTitle, Literal("työllisyysaluejohtaja", lang="fi")) in graph
    assert (part, PD.acting, Literal(True)) in graph
    assert (part, PD.participant, None) not in graph
    assert (None, PD.presenter, None) not in graph
    # no person node with an empty slug, and the named preparer is still a person
    assert all(not str(p).endswith("/") for p in _persons(graph))
    assert any(str(p).endswith("/tiina-maenpaa") for p in _persons(graph))


def test_nameless_holders_of_two_offices_are_never_one_person() -> None:
    doc = full_minutes()
    offices = ["kunnanjohtaja", "tekninen johtaja"]
    public = [item for item in doc.items if item.confidentiality is None]
    for item, office in zip(public, offices, strict=True):
        item.presenter = Person(name=None, title=office)
    graph = document_graph(doc, Config())
    titles = {
        str(graph.value(part, PD.jobTitle))
        for part in graph.subjects(PD.role, PD.rolePresenter)
        if (part, PD.participant, None) not in graph
    }
    assert titles == set(offices)
    assert all(not str(p).endswith("/") for p in _persons(graph))


def test_the_check_finds_nothing_new_for_an_office_alone() -> None:
    named = check_documents([seed_document()])
    office = check_documents([_office_seed()])
    assert office.findings == named.findings == []
    assert [item.maturity for item in office.items] == [item.maturity for item in named.items]


def test_akoma_ntoso_names_the_office_as_a_role_and_reads_it_back() -> None:
    doc = _office_seed()
    data, root = export(doc, include_confidential=True)  # valid against the strict XSD and the profile
    [container] = root.findall(".//a:hcontainer[@name='presenter']", NS)
    assert container.find(".//a:person", NS) is None
    [role] = container.findall(".//a:role", NS)
    assert role.text == "työllisyysaluejohtaja"
    assert role.get("refersTo", "").startswith("#")
    assert "vs. työllisyysaluejohtaja" in "".join(container.itertext())
    assert read_akn(parse_akn(data)) == doc


def test_akoma_ntoso_of_a_nameless_preparer_and_signer_is_valid_and_reads_back() -> None:
    doc = _office_seed()
    doc.items[0].preparers.append(Person(name=None, title="hallintojohtaja", phone="040 123 4567"))
    doc.signatures.append(Participant(person=Person(name=None, title="pöytäkirjanpitäjä"), role="sihteeri"))
    doc.meeting.participants.append(
        Participant(person=Person(name=None, title="kunnanjohtaja"), role="esittelijä")
    )
    data, _ = export(doc, include_confidential=True)
    back = read_akn(parse_akn(data))
    assert back.items[0].preparers == doc.items[0].preparers
    assert back.items[0].presenter == doc.items[0].presenter
    assert back.signatures == doc.signatures  # the office and the part taken, both kept
    assert back.meeting.participants == doc.meeting.participants


def test_model_json_reads_the_nameless_presenter_back() -> None:
    doc = _office_seed()
    text = document_to_json(doc)
    assert '"name": null' in text
    assert document_from_json(text) == doc


def test_the_meeting_page_shows_the_office_where_the_name_would_be() -> None:
    doc = _office_seed()
    doc.meeting.participants = [
        Participant(person=Person(name=None, title="kunnanjohtaja"), role="esittelijä")
    ]
    page = meeting_page(doc, "https://example.org/m", "m", [], b"{}").decode("utf-8")
    assert "<li>kunnanjohtaja (esittelijä)</li>" in page
    assert "None" not in page
