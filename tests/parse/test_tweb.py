"""Tweb readers: a fictional meeting page and PDFs built in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from tests.parse.pdfbuild import build_pdf, item_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tweb"


def test_meeting_page() -> None:
    [document] = read_path(FIXTURES / "meeting.html")
    assert document.source is not None and document.source.format == "tweb"
    meeting = document.meeting
    assert (meeting.body.name, meeting.number, str(meeting.date), str(meeting.start)) == (
        "Sivistyslautakunta",
        "3/2024",
        "2024-03-12",
        "16:30:00",
    )
    assert document.kind is DocumentKind.MINUTES
    assert [(i.number, i.title) for i in document.items] == [
        ("21", "Koulujen loma-ajat lukuvuonna 2024-2025"),
        ("22", "Ilmoitusasiat"),
    ]
    assert document.items[0].url == "/ktwebbin/ktproxy2.dll?doctype=3&docid=101"
    attachments = document.items[0].section("attachments")
    assert attachments is not None and attachments.text.startswith("2 kpl ")
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("generic", "Pöytäkirjan kansilehti"),
        ("appeal", "Muutoksenhakuohjeet"),
    ]


def test_item_pdf(tmp_path: Path) -> None:
    path = tmp_path / "item.pdf"
    path.write_bytes(item_pdf())
    assert reader_for(path, path.read_bytes()).name == "tweb-pdf"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Ympäristölautakunta", "2024-03-14")
    [item] = document.items
    assert (item.number, item.title) == ("17", "Rantapuiston hoitosuunnitelma")
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.prefix, diary.serial, diary.task_class, diary.year) == ("ESIM", "321", "11.01.00", 2024)
    assert item.reasons == (
        "Rantapuiston hoitosuunnitelma on valmistunut. Suunnitelma kattaa vuodet 2024-2028.\n"
        "Päätös perustuu hallintosäännön 30 §:ään."
    )
    assert [(a.number, a.title) for a in item.attachments] == [("1", "Hoitosuunnitelma"), ("2", "Kartta")]
    assert item.presenter is not None and (item.presenter.name, item.presenter.acting) == (
        "Eeva Esittäjä",
        True,
    )
    assert item.proposal == "Lautakunta hyväksyy hoitosuunnitelman."
    assert (item.decision, item.outcome) == ("Hyväksyttiin yksimielisesti.", Outcome.APPROVED)
    assert [(p.title, p.name, p.phone) for p in item.preparers] == [
        ("suunnittelija", "Sanna Suunnittelija", "040 000 0003"),
        ("puistopäällikkö", "Pertti Puisto", "040 000 0004"),
    ]
    # the heading broken over two lines is joined, its text kept; the page-2 header is not content
    implementation = item.section("implementation")
    assert implementation is not None
    assert (implementation.heading, implementation.text) == (
        "Täytäntöönpanotiedot",
        "Ote: Puistopalvelut\nOikaisuvaatimusohje",
    )
    assert all("Esimerkin kaupunki" not in s.text for s in item.sections)
    assert item.appeal == []  # an instruction named in the implementation part is not a ban
    assert item.spans["decision"].line > item.spans["proposal"].line > item.span.line  # type: ignore[union-attr]


def test_agenda_pdf_without_decision(tmp_path: Path) -> None:
    path = tmp_path / "agenda.pdf"
    path.write_bytes(
        build_pdf(
            [
                [
                    (56, 800, "Hallitus"),
                    (200, 760, "Talousarvio 2025"),
                    (56, 730, "Päätösesitys"),
                    (200, 730, "Hallitus hyväksyy talousarvion."),
                ]
            ]
        )
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.items[0].proposal == "Hallitus hyväksyy talousarvion."


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([[], []]))
    with pytest.raises(ParseError, match=r"no text layer \(scanned\?\)") as caught:
        read_path(path)
    assert caught.value.source == str(path)


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    with pytest.raises(ParseError) as caught:
        read_path(path)
    assert caught.value.source == str(path)


def test_pdf_whose_content_stream_breaks_the_pdf_library(tmp_path: Path) -> None:
    """An object reference inside a page's content stream makes pypdf fail with its own assertion: the
    read is refused with a ParseError naming the file, not an internal error."""
    good = build_pdf([[(56, 800, "Kunnanhallitus")]])
    path = tmp_path / "cut.pdf"
    path.write_bytes(good.replace(b"BT", b"1 0 R BT", 1))
    with pytest.raises(ParseError, match="the PDF cannot be read") as caught:
        read_path(path, "tweb-pdf")
    assert caught.value.source == str(path)


def test_header_cell_outside_any_table(tmp_path: Path) -> None:
    """A ``td.header`` the HTML parser keeps outside a table (the table's start tag is missing) is no
    meeting page: a ParseError naming the file."""
    path = tmp_path / "broken.html"
    path.write_text(
        '<html><body><form action="/ktwebbin/dbisa.dll/ktproxy2.dll"><tbody><tr class="header">'
        '<td class="header">Kunnanhallitus: 5/2026</td></tr></tbody></form></body></html>',
        encoding="utf-8",
    )
    with pytest.raises(ParseError, match="in no table") as caught:
        read_path(path, "tweb")
    assert caught.value.source == str(path)


def test_pdf_without_headings(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(build_pdf([[(56, 800, "Hyvä vastaanottaja,"), (56, 780, "kiitos viestistä.")]]))
    with pytest.raises(ParseError, match="no headings found"):
        read_path(path)


def test_meeting_page_with_plain_columns() -> None:
    """A page whose header cell is ``td.Header`` and whose § column is a plain ``td.data``."""
    [document] = read_path(FIXTURES / "meeting-plain-columns.html")
    assert document.source is not None and document.source.format == "tweb"
    meeting = document.meeting
    assert (meeting.body.name, meeting.number, str(meeting.date), str(meeting.start)) == (
        "Tekninen lautakunta",
        None,
        "2025-02-04",
        "16:15:00",
    )
    assert meeting.municipality is not None and meeting.municipality.name == "Kuopio"
    assert document.kind is DocumentKind.MINUTES
    assert [(i.number, i.title) for i in document.items] == [
        ("11", "Kokouksen laillisuus ja päätösvaltaisuus"),
        ("12", "Katuvalojen uusiminen / Puistokatu ja Koulukuja"),
    ]
    assert document.items[1].url == "http://paatokset.kuopio.fi/ktwebbin/ktproxy2.dll?doctype=3&docid=502"
    attachments = document.items[1].section("attachments")
    assert attachments is not None and attachments.text.startswith("2 kpl ")
    assert document.items[0].section("attachments") is None
    assert [s.heading for s in document.sections] == [
        "Pöytäkirjan kansilehti",
        "Muutoksenhakuohje 1. Oikaisuvaatimus",
    ]


def test_meeting_list_is_refused_with_the_way_on() -> None:
    """The list of a body's meetings names no item: the error says whose meetings and which page to read."""
    path = FIXTURES / "meeting-list.html"
    assert reader_for(path, path.read_bytes()).name == "tweb"
    with pytest.raises(ParseError) as caught:
        read_path(path)
    assert "lists the meetings of Tekninen lautakunta, not the items of one meeting" in str(caught.value)
    assert caught.value.hint is not None and "pk_asil_tweb.htm?bid=4410" in caught.value.hint


def test_search_form_is_refused() -> None:
    path = FIXTURES / "search-form.html"
    with pytest.raises(ParseError, match="search form, not a meeting page"):
        read_path(path, "tweb")


_PAGE_TEXT = """Pöytäkirja

Alla näet valitsemasi kokouksen pöytäkirjan asiat. Yksittäisen asian asiakirjatiedoston voit avata \
klikkaamalla asian Otsikkoa.

Kokouksen tiedot: Tekninen lautakunta Tekninen lautakunta, Pöytäkirja 3.9.2024 16:15
Kooste (PDF) » Tekninen lautakunta pöytäkirja 03.09.2024 16:15 (J)
§ Otsikko Liitteet
Pöytäkirjan kansilehti -
41 Kokouksen laillisuus ja päätösvaltaisuus -
42 Katuvalaistuksen saneeraus 2024–2025 3 kpl
43 Lausunto kaavaehdotuksesta, Kirkonkylä 12 -
44 Muutoksenhakuohjeet ja valitusosoitu"""


def test_meeting_page_as_text(tmp_path: Path) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text(_PAGE_TEXT, encoding="utf-8")
    assert reader_for(path, path.read_bytes()).name == "tweb"
    [document] = read_path(path)
    meeting = document.meeting
    assert (meeting.body.name, meeting.number, str(meeting.date), str(meeting.start)) == (
        "Tekninen lautakunta",
        None,
        "2024-09-03",
        "16:15:00",
    )
    assert document.kind is DocumentKind.MINUTES
    assert [(i.number, i.title) for i in document.items] == [
        ("41", "Kokouksen laillisuus ja päätösvaltaisuus"),
        ("42", "Katuvalaistuksen saneeraus 2024–2025"),
        ("43", "Lausunto kaavaehdotuksesta, Kirkonkylä 12"),
        ("44", "Muutoksenhakuohjeet ja valitusosoitu"),  # cut where the text ends
    ]
    attachments = document.items[1].section("attachments")
    assert attachments is not None and attachments.text == "3 kpl"
    assert document.items[2].section("attachments") is None
    assert [s.heading for s in document.sections] == ["Pöytäkirjan kansilehti"]
    assert document.items[1].span is not None and document.items[1].span.line == 10


def test_agenda_page_as_table_text(tmp_path: Path) -> None:
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Esityslistahaku\n"
        "Alla näet valitsemasi kokouksen esityslistan asiat. Voit avata asian asiakirjatiedoston.\n"
        "§ | Otsikko | Liitteet |\n"
        "---|---|---|\n"
        "-1 | Esityslistan kansilehti | - |\n"
        "7 | Talousarvion toteutuminen | 1 kpl |\n"
        "8 | Kokouksen päättäminen | - |\n"
        "Kokousmateriaali: |\n"
        "9 | Ei kuulu listaan | - |\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "" and document.meeting.date is None
    assert [(i.agenda_number, i.number, i.title) for i in document.items] == [
        ("7", None, "Talousarvion toteutuminen"),
        ("8", None, "Kokouksen päättäminen"),
    ]
    assert [s.heading for s in document.sections] == ["Esityslistan kansilehti"]


def test_page_text_needs_the_item_columns(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Alla näet valitsemasi kokouksen pöytäkirjan asiat, kun avaat kokouksen.\n42 Ei taulukkoa\n",
        encoding="utf-8",
    )
    assert reader_for(path, path.read_bytes()).name != "tweb"
    with pytest.raises(ParseError, match="no item columns"):
        read_path(path, "tweb")
