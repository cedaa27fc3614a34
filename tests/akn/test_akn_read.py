"""AKN → model: our files exactly, others' files as far as they map, hostile files safely."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from paatosdata.akn.read import AknReader, parse_akn, read_akn
from paatosdata.akn.schema import validate
from paatosdata.errors import InputError, ParseError
from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import READERS, read_path, reader_for
from tests.akn import fixtures
from tests.akn.helpers import export

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


@pytest.mark.parametrize(
    "make", [fixtures.seed_document, fixtures.whole_minutes, fixtures.swedish_minutes, fixtures.agenda]
)
def test_our_files_round_trip(make):
    doc = make()
    data, _ = export(doc, include_confidential=True)
    assert read_akn(parse_akn(data)) == doc


def test_redacted_item_reads_back_as_public_facts_only():
    data, _ = export(fixtures.confidential_item())
    item = read_akn(parse_akn(data)).items[0]
    assert item.title == "Henkilöstöasia" and item.number == "40"
    assert item.confidentiality is not None and item.confidentiality.ground == "JulkL 24 § 1 mom. 32 k"
    assert item.decision is None and item.preparers == [] and item.case is None and item.outcome is None


def test_reader_is_registered_before_text_and_sniffs(tmp_path):
    assert list(READERS).index("akn") < list(READERS).index("text")
    data, _ = export(fixtures.seed_document())
    path = tmp_path / "28.xml"
    path.write_bytes(data)
    assert isinstance(reader_for(path, data), AknReader)
    assert not AknReader.sniff(b"<html><body>Kokous</body></html>", path)
    assert not AknReader.sniff("## Päätös\n".encode(), path)
    (doc,) = read_path(path)
    assert doc == fixtures.seed_document()
    assert doc.source is not None and doc.source.format == "akn" and len(doc.source.sha256) == 64
    assert doc.items[0].span is not None and doc.items[0].span.file == str(path)


DATA = Path(__file__).parent / "data"


def test_others_statement_reads_as_far_as_it_maps():
    assert validate(etree.fromstring((DATA / "other-statement.xml").read_bytes())) == []
    doc = read_akn(parse_akn((DATA / "other-statement.xml").read_bytes(), "other.xml"), "other.xml")
    assert doc.kind is DocumentKind.MINUTES and not doc.whole
    assert doc.meeting.body.name == "Kaupunginhallitus"
    assert doc.meeting.date == date(2017, 3, 6) and doc.meeting.date_raw == "6.3.2017"
    assert doc.meeting.municipality is not None and doc.meeting.municipality.slug == "oulu"
    (item,) = doc.items
    assert (item.number, item.number_raw, item.title) == ("120", "§ 120", "Asemakaavan muutos")
    assert item.decision == "Hyväksyttiin."
    assert [(s.kind, s.heading) for s in item.sections] == [
        ("reasons", "Selostus"),
        ("attachments", "Liitteet"),
    ]
    assert item.sections[0].text == "Kaava koskee MRL mukaista aluetta.\nToinen kappale."
    assert item.sections[1].text == "Kartta"
    assert (item.votes[0].yes, item.votes[0].no) == (8, 5)


def test_others_generic_doc_becomes_sections():
    data = (DATA / "other-doc.xml").read_bytes()
    assert validate(etree.fromstring(data)) == []
    doc = read_akn(parse_akn(data))
    (item,) = doc.items
    assert item.title == "Promemoria" and item.number == "7" and item.language == "sv"
    assert doc.meeting.municipality is None and doc.meeting.date == date(2020, 1, 2)
    assert [(s.kind, s.text) for s in item.sections] == [("p", "Löptext."), ("del", "Å ä ö.")]


def test_outcome_comes_from_the_workflow_step():
    data, _ = export(fixtures.seed_document())
    assert read_akn(parse_akn(data)).items[0].outcome is Outcome.APPROVED


def test_external_entity_is_refused_and_file_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = f"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<akomaNtoso xmlns="{AKN_NS}"><doc name="x"><preface><p><docTitle>&xxe;</docTitle></p></preface>
</doc></akomaNtoso>
""".encode()
    path = tmp_path / "xxe.xml"
    path.write_bytes(data)
    with pytest.raises(ParseError, match="entities") as caught:
        read_path(path)
    assert "TOP-SECRET" not in str(caught.value)


def test_external_dtd_is_not_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">')
    data = f"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso SYSTEM "{dtd.as_uri()}">
<akomaNtoso xmlns="{AKN_NS}"><doc name="x"><preface><p><docTitle>a &xxe; b</docTitle></p></preface>
<mainBody><p>x</p></mainBody></doc></akomaNtoso>
""".encode()
    try:
        doc = read_akn(parse_akn(data))
    except ParseError:
        return  # refused: fine
    assert "TOP-SECRET" not in repr(doc)


def test_billion_laughs_is_refused():
    lol = "".join(f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" * 1}' * 1 + '">' for i in range(1, 10))
    data = f"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY lol0 "lol">{lol}]>
<akomaNtoso xmlns="{AKN_NS}"><doc name="x"><preface><p>&lol9;</p></preface></doc></akomaNtoso>""".encode()
    with pytest.raises(ParseError, match="entit"):
        parse_akn(data)


def test_malformed_xml_gives_file_and_line():
    with pytest.raises(ParseError) as caught:
        parse_akn(f'<akomaNtoso xmlns="{AKN_NS}">\n<doc>\n</akomaNtoso>'.encode(), "bad.xml")
    assert caught.value.source == "bad.xml:3"


def test_non_akn_root_is_refused():
    with pytest.raises(ParseError, match="not akomaNtoso"):
        parse_akn(b"<html><body/></html>", "page.xml")


def test_oversized_input_is_refused(monkeypatch):
    monkeypatch.setattr("paatosdata.akn.read.MAX_INPUT_BYTES", 100)
    with pytest.raises(InputError, match="refused"):
        parse_akn(b"<akomaNtoso>" + b" " * 200 + b"</akomaNtoso>", "big.xml")


def test_empty_akomantoso_is_a_parse_error():
    with pytest.raises(ParseError, match="holds no document"):
        read_akn(parse_akn(f'<akomaNtoso xmlns="{AKN_NS}"/>'.encode()))


def test_reader_path_reports_missing_file(tmp_path: Path):
    with pytest.raises(InputError):
        read_path(tmp_path / "missing.xml", "akn")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('kind="minutes"', 'kind="bogus"'),
        ('published="2026-05-14"', 'published="yesterday"'),
        ('start="16:00:00"', 'start="25:99"'),
        ('year="2026"', 'year="MMXXVI"'),
    ],
)
def test_bad_values_are_parse_errors_or_read_safely(old, new):
    data, _ = export(fixtures.whole_minutes())
    text = data.decode("utf-8")
    assert old in text
    broken = text.replace(old, new, 1).encode("utf-8")
    try:
        doc = read_akn(parse_akn(broken, "bad.xml"), "bad.xml")
    except ParseError as error:
        assert error.source == "bad.xml" and "invalid value" in error.message
    else:
        assert doc.items and doc.meeting.date == date(2026, 5, 7)
