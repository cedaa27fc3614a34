"""Model → AKN: structure, FRBR identification, references, components, confidentiality."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import etree

from paatosdata.akn.build import build_item
from paatosdata.errors import MappingError
from tests.akn import fixtures
from tests.akn.helpers import NS, PD, TRANSFORM, assert_valid_akn, export

SEED_WORK = "/akn/fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28"


@pytest.mark.parametrize(
    "make",
    [
        fixtures.seed_document,
        fixtures.whole_minutes,
        fixtures.swedish_minutes,
        fixtures.agenda,
        fixtures.confidential_item,
    ],
)
def test_every_fixture_passes_xsd_and_profile(make):
    export(make())


def test_seed_is_a_statement_with_complete_frbr():
    _, root = export(fixtures.seed_document())
    statement = root.find("a:statement", NS)
    assert statement is not None and statement.get("name") == "decision"
    ident = statement.find("a:meta/a:identification", NS)
    assert ident.get("source") == "#paatosdata"
    values = {
        (el.getparent().tag.split("}")[1], el.tag.split("}")[1]): el.get("value")
        for el in ident.iter()
        if el.get("value")
    }
    assert values[("FRBRWork", "FRBRthis")] == SEED_WORK + "/!main"
    assert values[("FRBRWork", "FRBRuri")] == SEED_WORK
    assert values[("FRBRWork", "FRBRcountry")] == "fi-kuopio"
    assert values[("FRBRWork", "FRBRsubtype")] == "deliberation"
    assert values[("FRBRWork", "FRBRnumber")] == "28"
    assert values[("FRBRExpression", "FRBRuri")] == SEED_WORK + "/fin@"
    assert values[("FRBRManifestation", "FRBRuri")] == SEED_WORK + "/fin@.xml"
    assert ident.find("a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-05-07"
    assert ident.find("a:FRBRManifestation/a:FRBRdate", NS).get("date") == TRANSFORM.isoformat()
    assert ident.find("a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "fin"
    assert ident.find("a:FRBRWork/a:FRBRauthor", NS).get("href") == "#tyollisyysaluelautakunta"
    event = root.find(".//a:TLCEvent", NS)
    assert event.get("href") == "/akn/ontology/event/fi.kuopio.tyollisyysaluelautakunta.2026-05-07"
    assert root.find(".//a:docDate", NS).get("refersTo") == "#meeting"


def test_seed_parts_people_and_citations():
    _, root = export(fixtures.seed_document())
    body = root.find("a:statement/a:mainBody", NS)
    names = [h.get("name") for h in body.findall("a:hcontainer", NS)]
    assert names == [
        "preparers",
        "presenter",
        "proposal",
        "section",
        "motivation",
        "decision",
        "legalBasis",
        "impactAssessment",
    ]
    preparer = body.find("a:hcontainer[@name='preparers']//a:person", NS)
    assert preparer.text == "Tiina Mäenpää" and preparer.get("as") == "#valmistelija"
    tlc = root.find(".//a:TLCPerson[@eId='tiina-maenpaa']", NS)
    assert tlc.get("href") == "/akn/ontology/person/fi.kuopio.tiina-maenpaa"
    presenter = body.find("a:hcontainer[@name='presenter']//a:person", NS)
    assert presenter.get(f"{{{PD}}}acting") == "true"
    assert "vs. työllisyysaluejohtaja" in "".join(presenter.getparent().itertext())
    outcome = body.find("a:hcontainer[@name='decision']//a:outcome", NS)
    assert outcome.get("refersTo") == "#approved"
    assert root.find(".//a:workflow/a:step", NS).get("outcome") == "#approved"
    # the citation does not give the regulation's adoption year, so it names no Work IRI
    legal = body.find("a:hcontainer[@name='legalBasis']//a:p[@class='citation']/*", NS)
    assert etree.QName(legal).localname == "span" and legal.get("href") is None
    assert legal.get(f"{{{PD}}}kind") == "regulation" and legal.get(f"{{{PD}}}section") == "32"
    assert legal.get(f"{{{PD}}}name") == "Kuopion kaupungin hallintosääntö"
    impact = body.find("a:hcontainer[@name='impactAssessment']", NS)
    assert impact.get("refersTo") == "#impactNotAssessed"
    earlier = impact.find(".//a:ref", NS)
    assert earlier.get("href") == "/akn/fi-kuopio/statement/deliberation/kh/2025-10-21/293"
    left = root.find(".//pd:presenceChange", NS)
    assert left.get("person") == "#kari-virranta" and left.get("kind") == "left"
    dnro = root.find(".//pd:diaryNumber", NS)
    assert dnro.get("raw") == "2804/00.01.01/2026" and dnro.get("taskClass") == "00.01.01"


def test_abbreviations_expand_earlier_decision_bodies():
    _, root = export(fixtures.seed_document(), abbreviations={"KH": "Kaupunginhallitus"})
    earlier = root.find(".//a:hcontainer[@name='impactAssessment']//a:ref", NS)
    assert earlier.get("href") == "/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2025-10-21/293"


def test_whole_minutes_embed_items_as_prefixed_components():
    _, root = export(fixtures.whole_minutes())
    report = root.find("a:debateReport", NS)
    assert report.get("name") == "meetingMinute"
    assert report.find("a:meta/a:identification/a:FRBRWork/a:FRBRsubtype", NS).get("value") == "minute"
    items = report.findall("a:mainBody/a:hcontainer[@name='item']", NS)
    assert [i.find("a:num", NS).text for i in items] == ["§ 28", "§ 29", "§ 30", "§ 31", "§ 32"]
    assert [i.find("a:componentRef", NS).get("src") for i in items] == [f"#cmp_{n}" for n in range(1, 6)]
    components = report.findall("a:components/a:component", NS)
    assert len(components) == 5
    for n, component in enumerate(components, start=1):
        statement = component.find("a:statement", NS)
        eids = [el.get("eId") for el in statement.iter() if el.get("eId")]
        assert eids and all(eid.startswith(f"cmp_{n}__") for eid in eids)
        assert statement.find("a:meta/a:identification", NS).get("source") == f"#cmp_{n}__paatosdata"
    attendance = report.find("a:preface/a:container[@name='attendance']", NS)
    assert len(attendance.findall("a:p", NS)) == 5
    signatures = report.findall("a:conclusions//a:signature", NS)
    assert [s.find("a:person", NS).text for s in signatures] == ["Liisa Niemi", "Sari Laine"]


def test_vote_counts_and_named_votes():
    _, root = export(fixtures.whole_minutes())
    voting = root.find(".//a:component[@eId='cmp_2']//a:voting", NS)
    assert voting.get("eId") == "cmp_2__voting_1"
    assert voting.get("outcome") == "#cmp_2__voted"
    counts = {c.get("refersTo"): c.get("value") for c in voting.findall("a:count", NS) if len(c) == 0}
    assert counts == {"#cmp_2__yes": "6", "#cmp_2__no": "3", "#cmp_2__blank": "0", "#cmp_2__absent": "1"}
    ballots = [c for c in voting.findall("a:count", NS) if c.find("pd:ballot", NS) is not None]
    assert [c.get("refersTo") for c in ballots] == [
        "#cmp_2__no #cmp_2__aino-koski",
        "#cmp_2__no #cmp_2__pekka-jarvi",
        "#cmp_2__yes #cmp_2__liisa-niemi",
    ]
    assert ballots[0].find("pd:ballot", NS).get("group") == "vas"
    disqualified = root.find(".//a:component[@eId='cmp_3']//pd:disqualification", NS)
    assert disqualified.get("person") == "#cmp_3__pekka-jarvi"
    assert disqualified.find("pd:citation", NS).get(f"{{{PD}}}number") == "434"


def test_swedish_minutes_use_swe_expression():
    _, root = export(fixtures.swedish_minutes())
    assert root.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "swe"
    uri = root.find(".//a:component//a:FRBRExpression/a:FRBRuri", NS).get("value")
    assert uri == "/akn/fi-korsholm/statement/deliberation/kommunstyrelsen/2026-04-20/55/swe@"
    headings = [h.text for h in root.iter(f"{{{NS['a']}}}heading")]
    assert "Beslutsförslag" in headings and "Beslut" in headings


def test_agenda_is_agenda_annotated_with_decision_drafts():
    _, root = export(fixtures.agenda())
    report = root.find("a:debateReport", NS)
    assert report.get("name") == "agendaAnnotated"
    assert report.find(".//a:FRBRWork/a:FRBRsubtype", NS).get("value") == "agenda"
    assert {s.get("name") for s in report.iterfind(".//a:component/a:statement", NS)} == {"decisionDraft"}


def test_confidential_item_keeps_only_public_facts():
    data, root = export(fixtures.confidential_item())
    text = data.decode("utf-8")
    for secret in (
        "SALAINEN",
        "SALAISET",
        "Irtisanotaan",
        "Henna Salo",
        "99/01.01.01/2026",
        "X irtisanominen",
    ):
        assert secret not in text
    assert root.find(".//a:docTitle", NS).text == "Henkilöstöasia"
    assert root.find(".//a:docNumber", NS).text == "§ 40"
    assert root.find(".//a:docDate", NS).get("date") == "2026-05-07"
    names = [h.get("name") for h in root.iterfind(".//a:mainBody/a:hcontainer", NS)]
    assert names == ["confidential"]
    assert "JulkL 24 § 1 mom. 32 k" in text


def test_confidential_item_with_explicit_permission():
    data, _ = export(fixtures.confidential_item(), include_confidential=True)
    assert "SALAINEN-SISÄLTÖ" in data.decode("utf-8") and "Henna Salo" in data.decode("utf-8")


def test_confidential_item_inside_minutes_is_redacted():
    data, _ = export(fixtures.whole_minutes())
    assert "Salainen sisältö." not in data.decode("utf-8")


def test_missing_meeting_date_is_a_mapping_error():
    doc = fixtures.seed_document()
    doc.meeting.date = None
    with pytest.raises(MappingError, match="meeting date"):
        build_item(doc, doc.items[0])


def test_control_characters_are_replaced_not_written():
    doc = fixtures.seed_document()
    doc.items[0].title = "Otsikko\x00\x0b loppu"
    _, root = export(doc)
    assert root.find(".//a:docTitle", NS).text == "Otsikko\ufffd\ufffd loppu"


def test_transform_date_defaults_to_today():
    doc = fixtures.seed_document()
    root = assert_valid_akn(build_item(doc, doc.items[0]))
    manifestation = root.find(".//a:FRBRManifestation/a:FRBRdate", NS)
    assert manifestation.get("date") == date.today().isoformat()


def test_public_numbered_attachments_are_linked():
    _, root = export(fixtures.whole_minutes())
    statement = root.find(".//a:component[@eId='cmp_2']/a:statement", NS)
    refs = statement.findall("a:attachments/a:attachment/a:documentRef", NS)
    work = "/akn/fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/29"
    assert [(r.get("href"), r.get("showAs")) for r in refs] == [(f"{work}/!liite_1", "Hankintasuunnitelma")]
    linked = statement.find("a:meta/a:references/a:hasAttachment", NS)
    assert (linked.get("eId"), linked.get("href")) == ("cmp_2__liite-1", f"{work}/!liite_1")
    listed = statement.findall("a:mainBody/a:hcontainer[@name='attachments']/a:content/a:p", NS)
    assert [p.text for p in listed] == ["Hankintasuunnitelma", "Tarjousvertailu"]
    assert listed[1].get(f"{{{PD}}}public") == "false"
    supplementary = statement.find("a:mainBody/a:hcontainer[@name='supplementary']/a:content/a:p", NS)
    assert supplementary.text == "Esitysdiat"
