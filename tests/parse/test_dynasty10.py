"""Dynasty 10 (DREQUEST.PHP) pages over our own fictional pages: item pages, a meeting's item list with
item pages saved beside it, the newer data-part layout, and an item page saved as text."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from paatosdata.parse.dynasty10 import is_earlier_handling
from tests.deadline import within
from tests.parse.dynasty_pages import saved_item as _saved_item

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dynasty10"


def test_item_page_header_chrome_and_linked_attachments() -> None:
    path = FIXTURES / "item-agenda.html"
    [document] = read_path(path)
    assert document.source is not None and document.source.format == "dynasty"
    assert document.kind is DocumentKind.AGENDA
    meeting = document.meeting
    assert (meeting.body.name, meeting.date.isoformat() if meeting.date else None) == (
        "Ympäristölautakunta",
        "2026-10-14",
    )
    assert meeting.municipality is not None and meeting.municipality.name == "Vantaa"
    [item] = document.items
    assert (item.agenda_number, item.number) == ("5", None)
    assert item.title == "Lammenrannan puistosuunnitelman hyväksyminen"
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.year, diary.task_class) == (
        "415/10.03.02/2026",
        "415",
        2026,
        "10.03.02",
    )
    assert item.reasons is not None and item.reasons.startswith("Puistosuunnitelma koskee Lammenrannan")
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Maija Esimerkki", "puistosuunnittelija", "040 000 1234")
    ]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Olli Oletus", "ympäristöjohtaja")
    assert item.proposal == "Ympäristölautakunta hyväksyy Lammenrannan puistosuunnitelman."
    assert item.decision is None
    # "Liite 1Title" as the link prints it: number and title apart, the PDF kept
    assert [(a.number, a.title) for a in item.attachments] == [
        ("1", "Lammenrannan puistosuunnitelma"),
        ("2", "Kustannusarvio"),
    ]
    assert item.attachments[0].url == "https://vantaa.oncloudos.com/kokous/20263009-5-1001.PDF"
    # navigation links and the "Kokousasia" PDF link are chrome, not text
    assert all("Edellinen asia" not in s.text and "Kokousasia" not in s.text for s in item.sections)


def test_meeting_list_brings_in_item_pages_saved_beside_it(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "meeting.html", tmp_path / "meeting.html")
    shutil.copy(FIXTURES / "item-run-together.html", tmp_path / "asia5.html")
    [document] = read_path(tmp_path / "meeting.html")
    meeting = document.meeting
    assert (meeting.body.name, meeting.date.isoformat() if meeting.date else None) == (
        "Ympäristölautakunta",
        "2026-10-14",
    )
    assert meeting.start is not None and meeting.start.isoformat() == "16:30:00"
    assert meeting.place == "Kaupungintalo, lautakuntahuone 2"
    assert [(i.agenda_number, i.title) for i in document.items] == [
        ("1", "Kokouksen laillisuus ja päätösvaltaisuus"),
        ("3", "Siltakadun pysäköintialueen vuokraaminen"),
        ("5", "Kuusiston koulun pihan kunnostus"),
    ]
    first, third, fifth = document.items
    # items not saved beside the list are listed by their link only, nothing is fetched
    assert (first.url, first.reasons, first.case) == ("?page=meetingitem&id=20263001-1", None, None)
    assert third.sections == []
    # the item page saved beside it is read in; its title and first sentence, printed as one
    # paragraph, are parted by the title the list prints
    assert fifth.case is not None and fifth.case.diary_number is not None
    assert fifth.case.diary_number.raw == "416/10.03.02/2026"
    assert fifth.case.title == "Kuusiston koulun pihan kunnostus"
    assert fifth.reasons == "Pihan asfaltti uusitaan ja alueelle rakennetaan uusi leikkipaikka."
    assert fifth.url == "?page=meetingitem&id=20263001-5"


def test_meeting_list_alone_lists_its_items(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "meeting.html", tmp_path / "meeting.html")
    [document] = read_path(tmp_path / "meeting.html")
    assert [i.agenda_number for i in document.items] == ["1", "3", "5"]
    assert all(i.case is None and not i.sections for i in document.items)


def test_data_part_layout_heading_cells() -> None:
    [document] = read_path(FIXTURES / "data-part.html")
    assert document.source is not None and document.source.format == "dynasty"
    meeting = document.meeting
    assert (meeting.body.name, meeting.date.isoformat() if meeting.date else None) == (
        "Kaupunkikehitysjaosto",
        "2026-09-02",
    )
    [item] = document.items
    assert item.title == "Satamakadun tontin myynti"
    # two people on one preparers line joined by "ja"
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Anna Testaaja", "maankäyttöpäällikkö"),
        ("Ville Kokeilija", "kiinteistösihteeri"),
    ]
    # the text after the one-line preparers part is the presentation, not more preparers
    assert item.reasons == "Tontti on ollut myynnissä keväästä 2026 alkaen."
    # a proposal headed by the presenter's title
    assert (
        item.proposal
        == "Kaupunkikehitysjaosto päättää myydä Satamakadun tontin 12-3-4 hintaan 250 000 euroa."
    )
    assert document.kind is DocumentKind.AGENDA


def test_item_page_saved_as_text() -> None:
    path = FIXTURES / "item-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "dynasty"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    meeting = document.meeting
    assert (meeting.body.name, meeting.date.isoformat() if meeting.date else None) == (
        "Yhtymähallitus",
        "2026-11-05",
    )
    [item] = document.items
    assert (item.number, item.title) == ("88", "Talousarvio 2027 ja taloussuunnitelma 2027-2029")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "721/02.02.00/2026"
    # the chrome's attachment list, not the title
    assert [a.title for a in item.attachments] == ["Talousarvioehdotus 2027"]
    # the line naming this meeting opens the item's own handling; the one naming an earlier
    # meeting is history, its text kept as history and not read as the item's
    assert [(h.date.isoformat() if h.date else None, h.section) for h in item.history] == [
        ("2026-10-08", "71")
    ]
    assert item.section("history") is not None
    assert [p.name for p in item.preparers] == ["Matti Lahtinen", "Kaisa Kokeilija"]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Eeva Esimerkki", "yhtymäjohtaja")
    assert item.proposal == "Yhtymähallitus esittää yhtymävaltuustolle, että se hyväksyy talousarvion 2027."
    assert item.decision == "Yhtymähallitus hyväksyi päätösehdotuksen yksimielisesti."
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)


def test_text_page_cut_before_its_own_handling(tmp_path: Path) -> None:
    """A saved page that ends inside an earlier handling: that handling is read as the item's."""
    full = (FIXTURES / "item-saved.txt").read_text(encoding="utf-8")
    cut = full[: full.index("Yhtymähallitus 05.11.2026 § 88")]
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [h.section for h in item.history] == ["71"]
    assert item.proposal == "Yhtymähallitus merkitsee valmistelutilanteen tiedoksi."
    assert [p.phone for p in item.preparers] == ["040 111 2222"]


def test_markdown_that_links_a_dynasty_page_is_not_taken_for_one(tmp_path: Path) -> None:
    path = tmp_path / "poytakirja.md"
    path.write_text(
        "# Kunnanhallitus 3.2.2026\n\n## § 5 Aloite\n\nKatso <https://x.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=1-5>.\n",
        encoding="utf-8",
    )
    assert reader_for(path, read_bytes(path)).name != "dynasty"


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        (
            '<tr><td><a href="?page=meetings&id=12">Rakennuslautakunta</a></td>'
            '<td><a href="?page=meeting&id=20264001">Pöytäkirja</a></td><td>01.10.2026</td></tr>',
            "lists bodies or meetings",
        ),
        (
            '<tr><td>Kaupungininsinööri    02.10.2026</td><td><a href="?page=official_decision&id=2026900">'
            "Viranhaltijapäätös 12/2026Katulupa</a></td></tr>",
            "lists office-holder decisions",
        ),
    ],
)
def test_lists_of_bodies_and_decisions_are_refused_with_the_way_on(
    tmp_path: Path, rows: str, said: str
) -> None:
    path = tmp_path / "lista.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><table>{rows}</table></body></html>\n')
    with pytest.raises(ParseError) as caught:
        read_path(path)
    assert said in caught.value.message and "?page=" in (caught.value.hint or "")


def test_text_page_in_capitals_with_handlings_as_cells_and_presenter_over_body() -> None:
    """Handlings printed as three paragraphs (body, §, date), a body in capitals, a dnro after the
    handling line, the presenter over the body's name and the municipality from the chrome's label."""
    [document] = read_path(FIXTURES / "item-capitals.txt")
    meeting = document.meeting
    assert meeting.body.name == "Tekninen lautakunta"
    assert meeting.municipality is not None and meeting.municipality.name == "Nivala"
    [item] = document.items
    assert (item.number, item.title) == ("52", "Katuvalojen vaihtaminen led-valaisimiin")
    assert [(h.date.isoformat() if h.date else None, h.section) for h in item.history] == [
        ("2026-06-08", "31")
    ]
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "88/10.03.00/2026"
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Olli Ohjelma", "tekniikkajohtaja")
    assert item.reasons is not None and item.reasons.startswith("Kaupungin katuvaloista puolet")


def test_text_page_with_swedish_chrome_and_cells_closed_by_bars() -> None:
    """No blank lines, cells closed by ``|``: attachments after the navigation line, the handling's
    cells, preparers under ``Lisätiedot:``."""
    path = FIXTURES / "item-cells.txt"
    assert reader_for(path, read_bytes(path)).name == "dynasty"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Sivistyslautakunta", "2026-10-21")
    [item] = document.items
    assert (item.number, item.title) == ("40", "Kouluverkko vuosina 2027-2031")
    assert [a.title for a in item.attachments] == ["Kouluverkkoselvitys 2026", "Oppilasennuste 2027-2031"]
    assert item.history == []
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "412/12.00.00/2026"
    assert [(p.name, p.phone) for p in item.preparers] == [("Sara Koe", "040 222 3333")]
    assert item.reasons is not None and item.reasons.startswith("Taustaa\nOppilasmäärä laskee")


def test_text_page_a_line_a_paragraph_on_the_municipality_s_own_host() -> None:
    """No blank lines and no cells: a paragraph a line; the chrome's URL on the municipality's own host
    names it; a title that starts with a heading word (``Lausunto …``) is still the title."""
    path = FIXTURES / "item-lines.txt"
    assert reader_for(path, read_bytes(path)).name == "dynasty"
    [document] = read_path(path)
    meeting = document.meeting
    assert (meeting.body.name, str(meeting.date)) == ("Kaupunginhallitus", "2026-10-12")
    assert meeting.municipality is not None and meeting.municipality.name == "Nivala"
    [item] = document.items
    title = "Lausunto ympäristöministeriölle kaavoituksen digitalisoinnista"
    assert (item.number, item.title) == ("140", title)
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "905/10.02.00/2026"
    assert [(str(h.date), h.section) for h in item.history] == [("2026-09-28", "61")]
    assert [(p.name, p.phone) for p in item.preparers] == [("Tuuli Testaaja", "040 333 4444")]
    assert item.reasons is not None and item.reasons.startswith("Ministeriö pyytää kunnilta lausuntoa")


def test_text_page_with_side_headings_and_numbers_before_the_sign() -> None:
    """Handlings printed as body, ``18 §``, date; a ``Päätöshistoria`` line ``… 10.3.2026 18 §``; the dnro
    under ``Asianro``; ``Asia`` at the side of the presentation is a label, ``Kävijämäärät`` a subheading."""
    [document] = read_path(FIXTURES / "item-side-headings.txt")
    [item] = document.items
    assert (item.number, item.title) == ("201", "Uimahallin aukioloajat 2027")
    assert [(str(h.date), h.section) for h in item.history] == [("2026-03-10", "18"), ("2026-10-13", "33")]
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "77/12.04.01/2026"
    assert item.reasons is not None
    assert item.reasons.startswith("Uimahallin aukioloaikoja on toivottu pidemmiksi iltaisin.")
    assert "Kävijämäärät\nKävijöitä oli vuonna 2025" in item.reasons
    # the official over a unit presents the earlier handling, not this meeting's item
    assert item.presenter is None


def test_official_over_a_unit_presents_the_page_s_own_handling(tmp_path: Path) -> None:
    text = (FIXTURES / "item-side-headings.txt").read_text(encoding="utf-8")
    path = tmp_path / "own.txt"
    path.write_text(text.replace("Vapaa-aikalautakunta 10.3.2026 18 §", "Kaupunginhallitus 2.11.2026 201 §"))
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Erkki Esimerkki", "vapaa-aikajohtaja")
    assert item.reasons is not None and item.reasons.startswith("Uimahallin aukioloaikoja")


def test_a_second_preparer_in_a_paragraph_of_its_own() -> None:
    [document] = read_path(FIXTURES / "item-preparers.txt")
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Liisa Lukija", "040 555 1111"),
        ("Kalle Kortisto", "040 555 2222"),
    ]
    assert item.reasons == "Kirjaston vanha lainausautomaatti on tullut käyttöikänsä päähän."


def test_second_preparer_printed_as_a_title_and_an_address_is_a_person_of_its_own() -> None:
    [document] = read_path(FIXTURES / "item-preparers-titles.txt")
    [item] = document.items
    assert [(p.name, p.email, p.phone) for p in item.preparers] == [
        ("vapaa-aikajohtaja", "vapaa.aika@example.fi", "040 555 3333"),
        ("liikuntasuunnittelija", "liikunta.neuvonta@example.fi", "040 555 4444"),
    ]
    assert item.reasons == "Valtuutettu on jättänyt aloitteen uimahallin aukioloaikojen pidentämisestä."


def test_text_page_with_a_closed_handling_in_its_side_table_and_a_two_level_class() -> None:
    [document] = read_path(FIXTURES / "item-closed-handling.txt")
    [item] = document.items
    assert (item.number, item.title) == ("71", "Vahingonkorvausvaatimus kaupungin urakoitsijaa kohtaan")
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.task_class, diary.year) == ("31/00.02/2026", "31", "00.02", 2026)
    assert [(h.body, h.section) for h in item.history] == [("S/Kaupunginhallitus salainen", "9")]
    assert item.reasons is not None and item.reasons.startswith("Tämän asian käsittely on salainen.")


def test_names_printed_surname_first_and_a_decision_under_the_body_s_name() -> None:
    """On a page that prints ``Virtanen Liisa``, ``Tammela Reko`` (no known given name) is surname first
    too; ``Kaupunkisuunnittelulautakunta`` over the decision names who decided, over the proposal it is
    the subject of the sentence."""
    [document] = read_path(FIXTURES / "item-surname-first.txt")
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Liisa Virtanen", "Ulpu Kuusela"]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Reko Tammela", "kaupunkisuunnittelujohtaja")
    assert (
        item.proposal
        == "Kaupunkisuunnittelulautakunta\nasettaa Rantapuiston asemakaavaehdotuksen nähtäville."
    )
    assert item.decision == "Esittelijän ehdotus hyväksyttiin yksimielisesti."
    assert item.outcome is Outcome.APPROVED
    decision = next(s for s in item.sections if s.kind == "decision")
    assert decision.heading == "Päätös Kaupunkisuunnittelulautakunta"  # nothing read is dropped


def test_an_advisory_body_s_agenda_with_an_unnumbered_handling_and_bars_around_the_navigation() -> None:
    """``Asialista … /Asianro 5`` is an agenda; ``| Edellinen asia | Seuraava asia | |`` is chrome;
    ``Nuorval 14.09.2026`` (this meeting, no number yet) marks the handling and is not text; the body's
    decision heading (``Nuorisovaltuuston päätös:``) with nothing under it ends the proposal."""
    [document] = read_path(FIXTURES / "item-advisory-agenda.txt")
    assert document.kind is DocumentKind.AGENDA
    meeting = document.meeting
    assert (meeting.body.name, str(meeting.date)) == ("Nuorisovaltuusto", "2026-09-14")
    [item] = document.items
    assert (item.number, item.agenda_number) == (None, "5")
    assert item.title == "Nuorisovaltuuston aloite skeittiparkin valaistuksesta"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "412/12.04.00/2026"
    assert item.history == []
    assert [(p.name, p.phone) for p in item.preparers] == [("Niina Nuorinen", "040 777 1234")]
    assert item.reasons is not None and item.reasons.startswith("Skeittiparkissa on syksyllä pimeää")
    assert item.proposal == "Nuorisovaltuusto tekee aloitteen valaistuksen lisäämisestä."
    assert item.decision is None


def test_a_heading_word_that_opens_a_phrase_of_the_text_is_not_a_heading() -> None:
    """``Päätös ympäristönsuojelulain 27 §:n mukaisesta lupahakemuksesta …`` (no full stop, the next word
    in lower case) is text of the presentation; ``Päätös Ehdotus hyväksyttiin …`` is the decision."""
    [document] = read_path(FIXTURES / "item-heading-word-in-text.txt")
    [item] = document.items
    assert item.reasons is not None
    assert "Päätös ympäristönsuojelulain 27 §:n mukaisesta lupahakemuksesta" in item.reasons
    assert item.proposal == "Ympäristölautakunta myöntää luvan liitteenä olevin lupamääräyksin."
    assert item.decision == "Ehdotus hyväksyttiin yksimielisesti."
    assert item.outcome is Outcome.APPROVED


def test_attachments_linked_behind_icons_after_the_navigation() -> None:
    """``![]() |`` is an attachment's icon saved as an empty image; the cell after it names the
    attachment, and neither is the title."""
    [document] = read_path(FIXTURES / "item-icon-attachments.txt")
    assert document.kind is DocumentKind.AGENDA
    [item] = document.items
    assert item.agenda_number == "3"
    assert item.title == "Kirjaston aukioloaikojen muuttaminen vuodesta 2027"
    assert [a.title for a in item.attachments] == [
        "Kirjaston aukiolot 2027 luonnos",
        "Kirjastoverkon kartta_kh07092026",
    ]
    assert [p.name for p in item.preparers] == ["Saku Sivistys"]
    assert item.reasons == "Kirjaston lautakunta esittää aukioloaikojen pidentämistä iltaisin."


def test_earlier_handlings_printed_latest_first_are_given_oldest_first() -> None:
    """``Kaupunginhallitus 14.09.2026 § 201`` printed over ``Kaupunginvaltuusto 16.03.2026 § 12`` (where
    the initiative was left): the item's history is oldest first, as the other readers give it."""
    [document] = read_path(FIXTURES / "item-history-latest-first.txt")
    [item] = document.items
    assert item.number == "44"
    assert [(str(h.date), h.section) for h in item.history] == [("2026-03-16", "12"), ("2026-09-14", "201")]
    assert item.reasons is not None and item.reasons.startswith("Valtuutetut jättivät aloitteen")


def test_a_page_that_prints_no_title_starts_its_presentation_at_the_first_paragraph() -> None:
    """Under the page's own handling line and dnro the text goes straight into the presentation: a
    paragraph of several sentences is not a title. The item has no title (the check reports it) and
    the paragraph opens the reasons instead of being lost into the title."""
    [document] = read_path(FIXTURES / "item-no-title.txt")
    [item] = document.items
    assert (item.number, item.title) == ("41", "")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "212/02.02.00/2026"
    assert item.reasons is not None
    assert item.reasons.startswith("Kunnanvaltuusto hyväksyi kokouksessaan 14.12.2025")
    assert item.reasons.endswith("Tammikuun toteuma on talousarvion mukainen.")


def test_preparers_with_their_phones_and_addresses_on_lines_of_their_own() -> None:
    """``Valmistelijat`` with one person on its line, then ``Puh. …`` (capitalised, the number even without
    a space), an address and the next person on indented lines: all are the preparers, not the text."""
    [document] = read_path(FIXTURES / "item-preparers-phone-lines.txt")
    [item] = document.items
    assert [(p.name, p.phone, p.email) for p in item.preparers] == [
        ("Olli Oikola", "040 600 1001", "olli.oikola@esimerkkila.fi"),
        ("Pirjo Piuha", "040 600 1002", "pirjo.piuha@esimerkkila.fi"),
    ]
    assert item.reasons is not None and item.reasons.startswith("Tausta\nKunnan katuvalaisimista noin puolet")


def test_a_file_label_and_a_rule_before_the_title_are_not_the_title(tmp_path: Path) -> None:
    """``# 260301 Lupa-asia`` (a saved heading: the document's file label) and a rule line of underscores
    come before the title; the title is the line after them, and both are kept as generic text."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 16.03.2026/Pykälä 41",
            "",
            "# 260301 Lupa-asia",
            "",
            "_" * 40,
            "",
            "Lupa-asia / Kioskin sijoittaminen torin laidalle",
            "",
            "Khall 02.03.2026 § 30",
            "",
            "Valmistelija Hallintojohtaja Hilkka Hallava, puh. 040 700 2001",
            "",
            "Kioskin paikka on torin pohjoislaidalla.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Lupa-asia / Kioskin sijoittaminen torin laidalle"
    assert [f"{h.date} § {h.section}" for h in item.history] == ["2026-03-02 § 30"]
    assert [s.text for s in item.sections if s.kind == "generic"][:2] == ["# 260301 Lupa-asia", "_" * 40]


def test_a_presenter_printed_as_an_office_without_a_name_names_no_person(tmp_path: Path) -> None:
    """``Esittelijä: Tekninen johtaja`` names the office, not a person: the presenter is the office's
    unnamed holder, not a person called ``Tekninen johtaja``; the line is kept as the presenter part."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Tekninen lautakunta",
        "Pöytäkirja 05.03.2026/Pykälä 12",
        "Lautakunnan kokouspäivät syksyllä",
        "TEKLA 05.03.2026 § 12",
        "88/00.01.02/2026",
        "Lautakunta päättää kokoustensa ajat.",
        "Valmistelija: Tekninen johtaja Teemu Tekniikka, p. 040 700 3003",
        "Esittelijä: Tekninen johtaja",
        "Päätösehdotus: Lautakunta kokoontuu syksyllä torstaisin.",
        "Päätös: Lautakunta hyväksyi päätösehdotuksen yksimielisesti.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Teemu Tekniikka"]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        None,
        "tekninen johtaja",
        False,
    )
    assert [s.text for s in item.sections if s.kind == "presenter"] == ["Tekninen johtaja"]
    assert item.proposal == "Lautakunta kokoontuu syksyllä torstaisin."


def test_a_contact_heading_on_its_own_line_ends_at_the_first_paragraph_of_prose(tmp_path: Path) -> None:
    """``Lisätiedot:`` on a line of its own, then the person, the phone and the address on lines of their
    own: those are the preparer. The prose after them is the presentation, not more contacts, even when it
    names a councillor and a diary number (``Valtuutettu Esimerkki … 16.9.2025 (44/00.02.10/2025)``)."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Pöytäkirja 16.03.2026/Pykälä 12",
            "",
            "Vastaus valtuustoaloitteeseen koulujen iltakäytöstä",
            "",
            "KV 16.03.2026 § 12",
            "",
            "9/00.02.10.00/2026",
            "",
            "Lisätiedot:",
            "",
            "sivistystoimenjohtaja Sanna Sivistys,",
            "",
            "puh. 040 700 3003",
            "",
            "etunimi.sukunimi@esimerkkila.fi",
            "",
            "Hallintosäännön 103 §:n mukaan valtuutetulla on oikeus tehdä kirjallisia aloitteita.",
            "",
            "Valtuutettu Esimerkki on laatinut valtuustoaloitteen 16.9.2025 (44/00.02.10/2025) kouluista.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Sanna Sivistys", "040 700 3003")]
    assert item.reasons is not None
    assert item.reasons.startswith("Hallintosäännön 103 §:n mukaan valtuutetulla on oikeus")
    assert "Valtuutettu Esimerkki" in item.reasons


def test_a_rule_under_the_decision_is_not_part_of_it(tmp_path: Path) -> None:
    """``Päätös: Hyväksyttiin`` and a short rule of underscores under it (lines saved one a line): the
    rule closes the part and is not decision text."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanvaltuusto",
        "Pöytäkirja 09.03.2026/Pykälä 14",
        "Edellinen asia | Seuraava asia | ![]() |",
        "Valtuuston kokousten pitopaikka",
        "Kvalt 09.03.2026 § 14",
        "Valtuusto kokoontuu koulun juhlasalissa kunnantalon korjauksen ajan.",
        "Päätös: Hyväksyttiin",
        "______",
        "Edellinen asia | Seuraava asia | ![]() |",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Hyväksyttiin"
    assert item.outcome is Outcome.APPROVED


def test_an_attachment_link_saved_above_the_title_is_an_attachment(tmp_path: Path) -> None:
    """A linked attachment's line (``Liite2 Esimerkkilän hankintaohje 2026``) saved between the header and
    the title is the item's attachment, not its title; the title is the paragraph after it."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 16.03.2026/Pykälä 44",
            "",
            "",
            "Liite2 Esimerkkilän hankintaohje 2026",
            "",
            "Hankintaohjeen päivittäminen",
            "",
            "Kunnanhallitus 16.03.2026 § 44",
            "",
            "120/02.07.00/2026",
            "",
            "Kunnan hankintaohje on päivitetty vastaamaan uutta hankintalakia.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Hankintaohjeen päivittäminen"
    assert [(a.number, a.title) for a in item.attachments] == [("2", "Esimerkkilän hankintaohje 2026")]
    assert item.reasons == "Kunnan hankintaohje on päivitetty vastaamaan uutta hankintalakia."


def test_attachment_links_saved_on_lines_of_one_paragraph_above_the_title(tmp_path: Path) -> None:
    """The linked attachments saved one a line with no blank line between them (``Liite 2 …`` over
    ``Liite 3 …``) above the title are the item's attachments, and the page keeps its title; it was once
    refused as a page with no title. The handling line's number may differ from the header's (``§ 19`` on
    ``Pykälä 18``): a line of this meeting's date is the page's own, not an earlier handling."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 12.10.2026/Pykälä 18",
            "",
            "",
            "Liite 2 Vesimaksut 2026",
            "Liite 3 Vesimaksut 2027",
            "",
            " ",
            "",
            "Vesihuollon maksut 1.1.2027 alkaen",
            "",
            "Tekninen lautakunta 12.10.2026 § 19",
            "",
            "311/02.05.01/2026",
            "",
            "Esittelijä: Tekninen johtaja Mäkinen Ilkka",
            "",
            "Valmistelija: Vesihuoltopäällikkö Laakso Riikka",
            "",
            "Vesihuollon kustannukset ovat nousseet, ja maksuja tarkistetaan 4 %.",
            "",
            "Ehdotus: Tekninen johtaja Mäkinen Ilkka",
            "",
            "Tekninen lautakunta vahvistaa vesihuollon maksut liitteiden mukaisesti.",
            "",
            "Päätös: Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("18", "Vesihuollon maksut 1.1.2027 alkaen")
    assert [(a.number, a.title) for a in item.attachments] == [
        ("2", "Vesimaksut 2026"),
        ("3", "Vesimaksut 2027"),
    ]
    assert item.history == []
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "311/02.05.01/2026"
    assert item.reasons == "Vesihuollon kustannukset ovat nousseet, ja maksuja tarkistetaan 4 %."
    assert item.proposal == "Tekninen lautakunta vahvistaa vesihuollon maksut liitteiden mukaisesti."
    assert (item.decision, item.outcome) == ("Hyväksyttiin.", Outcome.APPROVED)


def test_text_page_copied_without_its_chrome() -> None:
    """An item page copied from the body's name down, with no chrome: the header line under the name
    (``Pöytäkirja 14.10.2026/Pykälä 21``) says it is Dynasty's; the handling's mark with no date
    (``VALTK § 21``) is not text; the organisation printed after the presenter's name (``Utajärven
    kunta``) is no part of the name and names the municipality."""
    path = FIXTURES / "item-no-chrome.txt"
    assert reader_for(path, read_bytes(path)).name == "dynasty"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Vapaa-aikalautakunta", "2026-10-14")
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Utajärvi"
    [item] = document.items
    assert (item.number, item.title) == ("21", "Uimahallin aukioloajat talvikaudella")
    assert item.reasons is not None and item.reasons.startswith("Uimahallin aukioloaikoja on pidennetty")
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Leena Lahtinen", "vapaa-aikajohtaja")
    assert item.proposal == "Vapaa-aikalautakunta hyväksyy uimahallin aukioloajat talvikaudelle."
    assert item.decision is not None and item.decision.startswith("Hyväksyttiin.")
    assert item.outcome is Outcome.APPROVED


def test_text_that_only_opens_with_a_name_and_a_date_is_not_a_dynasty_page(tmp_path: Path) -> None:
    """A body's name over ``Pöytäkirja 14.10.2026`` with no ``/Pykälä n`` is not Dynasty's header."""
    path = tmp_path / "note.txt"
    text = "Vapaa-aikalautakunta\nPöytäkirja 14.10.2026\nKokous pidettiin uimahallilla.\n"
    path.write_text(text, encoding="utf-8")
    assert reader_for(path, read_bytes(path)).name != "dynasty"


def test_supplementary_material_listed_above_the_title_is_no_part_of_the_text(tmp_path: Path) -> None:
    """``Oheismateriaali`` over its lines, saved between the navigation and the earlier handling's cells,
    lists supplementary material: the title is still read below it and the list is the item's."""
    path = _saved_item(
        tmp_path,
        [
            "Liikuntalautakunta",
            "Pöytäkirja 12.05.2026/Pykälä 31",
            "",
            "Edellinen asia | Seuraava asia Kokousasia PDF-muodossa",
            "",
            "Oheismateriaali",
            "  311/2026 Kävijämäärien selvitys",
            "",
            "Liikuntalautakunta",
            "",
            "18 §",
            "",
            "10.3.2026",
            "",
            "§ 31",
            "",
            "Asianro 311/12.04.00.00/2026",
            "",
            "Uimahallin iltavuorojen jakaminen seuroille",
            "",
            "Uimahallin iltavuoroja haetaan vuosittain keväällä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Uimahallin iltavuorojen jakaminen seuroille"
    assert [(a.title, a.supplementary) for a in item.attachments] == [
        ("311/2026 Kävijämäärien selvitys", True)
    ]
    assert [f"{h.date} § {h.section}" for h in item.history] == ["2026-03-10 § 18"]
    assert item.reasons == "Uimahallin iltavuoroja haetaan vuosittain keväällä."


def test_supplementary_material_on_one_line_under_swedish_chrome(tmp_path: Path) -> None:
    """A Finnish item under the Swedish chrome (``Protokoll 14.04.2026/Paragraf 9``), saved a line a
    paragraph: ``OHEISMATERIAALI: Kartta …`` on the line after the navigation is supplementary material,
    and the title is read after the handling cells."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-länk",
        "Mötesärende:http://esimerkkila.oncloudos.com:80/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kaavoitusjaosto",
        "Protokoll 14.04.2026/Paragraf 9",
        "Föregående ärende | Följande ärende | Mötesärende i PDF-format |",
        "OHEISMATERIAALI: Kartta kaava-alueesta (Rantakatu 4-6) |",
        "Kaavoitusjaosto |",
        "§ 9 |",
        "14.04.2026 |",
        "Asemakaavan muutos, Rantakatu 4-6",
        "77/10.02.03/2026",
        "Asemakaavan muutos on tullut vireille maanomistajan hakemuksesta.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("9", "Asemakaavan muutos, Rantakatu 4-6")
    assert [(a.title, a.supplementary) for a in item.attachments] == [
        ("Kartta kaava-alueesta (Rantakatu 4-6)", True)
    ]
    assert item.reasons == "Asemakaavan muutos on tullut vireille maanomistajan hakemuksesta."


@pytest.mark.parametrize("mark", ["Ptk tark.", "Pöytäkirjan tarkastajien nimikirjaimet"])
def test_the_place_for_the_checkers_initials_under_the_decision_is_not_part_of_it(
    tmp_path: Path, mark: str
) -> None:
    """``Ptk tark.`` (or ``Pöytäkirjan tarkastajien nimikirjaimet``) printed under the decision, after
    empty paragraphs or a rule, is where the minutes' checkers initial the page: no decision text."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 20.04.2026/Pykälä 77",
            "",
            "Kylätoimikuntien kokoustilat",
            "",
            "KH 20.04.2026 § 77",
            "",
            "Kylätoimikunnat saavat käyttää koulujen tiloja maksutta.",
            "",
            "Päätösehdotus Kaupunginhallitus hyväksyy tilojen maksuttoman käytön.",
            "",
            "Päätös Kaupunginhallitus hyväksyi ehdotuksen.",
            "",
            " ",
            "",
            "_____________________",
            "",
            mark,
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Kaupunginhallitus hyväksyi ehdotuksen."
    assert item.outcome is Outcome.APPROVED


def test_a_sentence_of_the_proposal_that_opens_with_the_word_decision_stays_in_the_proposal(
    tmp_path: Path,
) -> None:
    """``Päätös annetaan julkipanon jälkeen.`` inside the proposal speaks of the decision to come; it does
    not open the decision. The empty ``Päätös`` of the agenda that follows gives no decision either."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanhallitus",
        "Esityslista 09.11.2026/Asianro 6",
        "Poikkeamislupa, saunarakennus",
        "Kunnanhallitus 09.11.2026",
        "411/10.03.00.02/2026",
        "Päätösehdotus Kunnanhallitus myöntää poikkeamisluvan seuraavilla ehdoilla:",
        "- sauna sijoitetaan vähintään 20 metrin päähän rannasta",
        "Päätös annetaan julkipanon jälkeen. Päätös on voimassa kaksi vuotta.",
        "Päätös",
        "Selostus Hakija",
        "Esimerkkilän Sauna Oy",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert document.kind is DocumentKind.AGENDA
    assert item.proposal is not None
    assert item.proposal.startswith("Kunnanhallitus myöntää poikkeamisluvan seuraavilla ehdoilla:")
    assert item.proposal.endswith("Päätös annetaan julkipanon jälkeen. Päätös on voimassa kaksi vuotta.")
    assert item.decision is None
    assert item.reasons is not None and item.reasons.startswith("Hakija\nEsimerkkilän Sauna Oy")


def test_a_page_cut_inside_another_body_s_handling_has_no_proposal_of_its_own(tmp_path: Path) -> None:
    """The board's page cut short inside the technical board's handling (``Teknltk 12.10.2026 § 60``):
    the presentation is read as the item's, but ``Tekninen lautakunta päättää esittää kunnanhallitukselle
    …`` is the earlier body's proposal, kept with its handling; the page's own is not printed."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 26.10.2026/Pykälä 170",
            "",
            "Jätehuollon taksat 1.1.2027 alkaen",
            "",
            "Teknltk 12.10.2026 § 60",
            "",
            "Jätehuollon taksoja on tarkistettu viimeksi vuonna 2024.",
            "",
            "Valmistelija Tekninen johtaja",
            "",
            "Päätösehdotus Tekninen lautakunta päättää esittää kunnanhallitukselle, että jätehuollon",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [f"{h.date} § {h.section}" for h in item.history] == ["2026-10-12 § 60"]
    assert item.proposal is None
    assert item.decision is None
    assert item.reasons == "Jätehuollon taksoja on tarkistettu viimeksi vuonna 2024."
    history = [s for s in item.sections if s.kind == "history"]
    assert [s.heading for s in history] == ["Teknltk 12.10.2026 § 60"]
    assert history[0].text.startswith("Päätösehdotus Tekninen lautakunta päättää esittää")


def test_an_office_and_a_colon_lead_the_proposal_on_its_line(tmp_path: Path) -> None:
    """``Pormestari: Kunnanhallitus päättää …``: the office that makes the proposal and the proposal on one
    line, between the presentation and ``Päätös:``, is the proposal; the office heads it."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanhallitus",
        "Pöytäkirja 15.03.2026/Pykälä 31",
        "Edellinen asia | Seuraava asia | ![]() ![]() |",
        "Lyhytaikaisen lainan nostaminen",
        "KH 15.03.2026 § 31",
        "212/02.05.04/2026",
        "Valmistelija: Hannu Hallava, 0401234567",
        "Talousarvio sisältää lainanottovaltuuden investointien rahoittamiseksi.",
        "Pormestari: Kunnanhallitus päättää valtuuttaa talousjohtajan nostamaan lainan.",
        "Päätös: Hyväksyttiin esityksen mukaan.",
        "Täytäntöönpano: talousjohtaja",
        "Edellinen asia | Seuraava asia | ![]() ![]() |",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Talousarvio sisältää lainanottovaltuuden investointien rahoittamiseksi."
    assert item.proposal == "Kunnanhallitus päättää valtuuttaa talousjohtajan nostamaan lainan."
    assert [s.heading for s in item.sections if s.kind == "proposal"] == ["Pormestari"]
    assert item.decision == "Hyväksyttiin esityksen mukaan."
    assert item.outcome is Outcome.APPROVED


def test_the_competence_and_the_subject_label_are_sub_headings_of_the_presentation(tmp_path: Path) -> None:
    """``Valmistelija`` / ``Toimivalta`` / ``Asia`` / ``Esittelijä`` / ``Päätösehdotus`` each on a line of
    its own: the competence opens the presentation and ``Asia`` follows it, so both are sub-headings of
    the presentation, kept in its text; the preparer, the presenter and the proposal are read as ever."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 12.10.2026/Pykälä 201",
            "",
            "Kassalainojen enimmäismäärä",
            "",
            "KH 12.10.2026 § 201",
            "",
            "301/02.05.03/2026",
            "",
            "Valmistelija",
            "",
            "Talouspäällikkö Tiina Talonen, puh. 040 700 4004",
            "",
            "Toimivalta",
            "",
            "Hallintosäännön 20 §:n mukaan kunnanhallitus päättää kassalainojen enimmäismäärästä.",
            "",
            "Asia",
            "",
            "Valtuusto päättää talousarviossa lainanotosta.",
            "",
            "Esittelijä",
            "",
            "Kunnanjohtaja Kalle Kunnas",
            "",
            "Päätösehdotus",
            "",
            "Kunnanhallitus päättää, että kassalainojen enimmäismäärä on 5 miljoonaa euroa.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Tiina Talonen", "040 700 4004")]
    assert item.reasons == (
        "Toimivalta\nHallintosäännön 20 §:n mukaan kunnanhallitus päättää kassalainojen enimmäismäärästä.\n"
        "Asia\nValtuusto päättää talousarviossa lainanotosta."
    )
    assert item.presenter is not None and item.presenter.name == "Kalle Kunnas"
    assert item.proposal == "Kunnanhallitus päättää, että kassalainojen enimmäismäärä on 5 miljoonaa euroa."


def test_preparers_on_one_line_each_with_a_title_shared_in_part(tmp_path: Path) -> None:
    """``Valmistelijat: sivistys- ja vapaa-aikajohtaja A B, lukion rehtori C D``: two preparers; the ``ja``
    of a title cut short by a hyphen does not start another person."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kaupunginvaltuusto",
        "Pöytäkirja 10.06.2026/Pykälä 40",
        "Lukion opetussuunnitelman päivittäminen",
        "Sivistyslautakunta 20.05.2026 § 51",
        "Valmistelijat: sivistys- ja vapaa-aikajohtaja Sanna Salmela, lukion rehtori Pekka Pajala",
        "Lukion opetussuunnitelmaa on päivitetty valtakunnallisten perusteiden muutosten mukaisesti.",
        "Päätös: Hyväksyttiin.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Sanna Salmela", "sivistys- ja vapaa-aikajohtaja"),
        ("Pekka Pajala", "lukion rehtori"),
    ]


def _board_page(tmp_path: Path, body_lines: list[str]) -> Path:
    """A board's item page saved as text, header and chrome of our own, with ``body_lines`` after it."""
    path = tmp_path / "item.txt"
    head = [
        "Dynasty tietopalvelu Haku RSS Esimerkkilän kunta",
        "RSS-linkki",
        "Kokousasiat:",
        "http://dynastyjulkaisu.esimerkki.net:80/esimerkkila/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "",
        "Kansalaisopiston johtokunta",
        "Pöytäkirja 10.02.2026/Pykälä 7",
        "",
    ]
    path.write_text("\n".join([*head, *body_lines]), encoding="utf-8")
    return path


def test_a_dnro_with_the_case_s_title_in_brackets_after_it(tmp_path: Path) -> None:
    """``44/12.00.00/2026 [Kurssimaksut 1.1.2026 alkaen]``: the dnro is read, the bracketed register
    title is the case's, and neither starts the presentation."""
    path = _board_page(
        tmp_path,
        [
            "Kurssimaksujen tarkistaminen syyslukukaudesta alkaen",
            "",
            "Kansalaisopiston johtokunta 10.02.2026 § 7",
            "",
            "44/12.00.00/2026 [Kurssimaksut 1.1.2026 alkaen]",
            "",
            "Kurssimaksut on tarkistettu viimeksi kolme vuotta sitten.",
            "",
            "Päätös",
            "",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.case is not None and item.case.diary_number is not None
    dnro = item.case.diary_number
    assert (dnro.raw, dnro.serial, dnro.task_class, dnro.year) == ("44/12.00.00/2026", "44", "12.00.00", 2026)
    assert item.case.title == "Kurssimaksut 1.1.2026 alkaen"
    assert item.reasons == "Kurssimaksut on tarkistettu viimeksi kolme vuotta sitten."


def test_links_to_attachments_over_the_title_are_not_the_title(tmp_path: Path) -> None:
    """Lines that only link the attachments, printed with no heading above the title: the title is the
    line over the handling line, the links are attachments."""
    path = _board_page(
        tmp_path,
        [
            "Kurssimaksut 2026",
            "Maksuperusteet",
            "",
            "Kurssimaksujen tarkistaminen syyslukukaudesta alkaen",
            "",
            "Kansalaisopiston johtokunta 10.02.2026 § 7",
            "",
            "Kurssimaksut on tarkistettu viimeksi kolme vuotta sitten.",
            "",
            "Päätös",
            "",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Kurssimaksujen tarkistaminen syyslukukaudesta alkaen"
    assert [a.title for a in item.attachments] == ["Kurssimaksut 2026", "Maksuperusteet"]
    assert item.reasons == "Kurssimaksut on tarkistettu viimeksi kolme vuotta sitten."


def test_the_presenter_under_a_heading_of_its_own_after_the_preparers(tmp_path: Path) -> None:
    """``Asian valmistelija`` / offices, then ``Esittelijä`` / a person: the person presents; the
    preparers' part does not take them in."""
    path = _board_page(
        tmp_path,
        [
            "Kurssimaksujen tarkistaminen syyslukukaudesta alkaen",
            "",
            "Kansalaisopiston johtokunta 10.02.2026 § 7",
            "",
            "Kurssimaksut on tarkistettu viimeksi kolme vuotta sitten.",
            "",
            "Asian valmistelija",
            "",
            " toimistosihteeri, kansalaisopiston rehtori",
            "",
            "Esittelijä",
            "",
            " kansalaisopiston rehtori Opettaja-Esimerkki Aino",
            "",
            "Päätösehdotus",
            "",
            "Johtokunta hyväksyy kurssimaksut.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None and item.presenter.title == "kansalaisopiston rehtori"
    assert item.presenter.name is not None and "Opettaja-Esimerkki" in item.presenter.name
    assert all(p.name is None or "Opettaja-Esimerkki" not in p.name for p in item.preparers)
    assert item.proposal == "Johtokunta hyväksyy kurssimaksut."


def test_a_handling_of_the_meeting_s_date_under_another_number_is_the_page_s_own(tmp_path: Path) -> None:
    """``KH 15.03.2026 § 188`` on § 31's page of the same meeting: the page's own handling printed with
    another number. The office over its proposal presents the item; it is no earlier decision."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanhallitus",
        "Pöytäkirja 15.03.2026/Pykälä 31",
        "Edellinen asia | Seuraava asia | ![]() ![]() |",
        "Lyhytaikaisen lainan nostaminen",
        "KH 15.03.2026 § 188",
        "212/02.05.04/2026",
        "Valmistelija: Hannu Hallava, 0401234567",
        "Talousarvio sisältää lainanottovaltuuden investointien rahoittamiseksi.",
        "Pormestari: Kunnanhallitus päättää valtuuttaa talousjohtajan nostamaan lainan.",
        "Päätös: Hyväksyttiin esityksen mukaan.",
        "Edellinen asia | Seuraava asia | ![]() ![]() |",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.number == "31"
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (None, "pormestari")
    assert item.history == []
    assert item.decision == "Hyväksyttiin esityksen mukaan."


def test_a_title_run_into_the_header_s_number(tmp_path: Path) -> None:
    """``Pöytäkirja 07.03.2026/Pykälä 41Vastaus …``: the page saved with the title glued to the number.
    The number is 41, the title the rest of the line; the handling line of the same meeting and § is the
    page's own, and the preparer's line is no title."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 07.03.2026/Pykälä 41Vastaus Esimerkin Vesi Oy:n kirjeeseen sadevesistä",
            "",
            "512/00.04.02/2026",
            "",
            "Tekninen lautakunta 07.03.2026 § 41",
            "",
            "   ",
            "",
            "Valmistelija: kaupungininsinööri Elli Esimerkki, puh. 040 123 4567, elli.esimerkki(at)kunta.fi",
            "",
            "Esimerkin Vesi Oy on lähettänyt kaupungille kirjeen sadevesien johtamisesta.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("41", "Vastaus Esimerkin Vesi Oy:n kirjeeseen sadevesistä")
    assert item.history == []
    assert [(p.name, p.phone) for p in item.preparers] == [("Elli Esimerkki", "040 123 4567")]
    # an address written with "(at)" is the preparer's e-mail (written with "@"), no part of the title
    assert [(p.title, p.email) for p in item.preparers] == [("kaupungininsinööri", "elli.esimerkki@kunta.fi")]
    assert item.reasons == "Esimerkin Vesi Oy on lähettänyt kaupungille kirjeen sadevesien johtamisesta."


def test_a_title_opening_with_a_heading_word_and_naming_its_addressee(tmp_path: Path) -> None:
    """``Lausunto Pohjois-Esimerkin hallinto-oikeudelle / …`` in a column layout: one line, no full stop,
    the heading word followed by a phrase (no person, no verb of a sentence) is the title, not the
    statement's part; ``Esitys`` at the side opens the proposal."""
    path = _saved_item(
        tmp_path,
        [
            "Rakennuslautakunta",
            "Pöytäkirja 14.05.2026/Pykälä 52",
            "",
            "§ 52",
            "",
            "Asianro 1880/10.03.00.00/2026",
            "",
            " ",
            "",
            "Lausunto Pohjois-Esimerkin hallinto-oikeudelle / Lautakunnan päätös 2.4.2026 § 30 / Kujakatu 5",
            "",
            " ",
            "",
            "                                                      Tiivistelmä",
            "",
            "Lautakunta on 2.4.2026 § 30 hylännyt naapurin oikaisuvaatimuksen.",
            "",
            "Esitys                                            Lautakunta antaa seuraavan lausunnon.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (
        item.title
        == "Lausunto Pohjois-Esimerkin hallinto-oikeudelle / Lautakunnan päätös 2.4.2026 § 30 / Kujakatu 5"
    )
    assert item.summary == "Lautakunta on 2.4.2026 § 30 hylännyt naapurin oikaisuvaatimuksen."
    assert item.proposal == "Lautakunta antaa seuraavan lausunnon."
    assert item.decision is None


def test_a_title_opening_with_a_heading_word_and_naming_a_place_and_a_plan(tmp_path: Path) -> None:
    """``Lausunto Esimerkkilä, Mallinmäen osayleiskaavan ehdotuksesta``: two capitalised words, but split by a
    comma, so no person's name; the line is the title, not the statement's part, and the summary under
    ``Tiivistelmä`` is read."""
    path = _saved_item(
        tmp_path,
        [
            "Maakuntahallitus",
            "Pöytäkirja 09.11.2026/Pykälä 143",
            "",
            "Maakuntahallitus",
            "",
            "§ 143",
            "",
            "09.11.2026",
            "",
            "\u00a0",
            "",
            "Lausunto Esimerkkilä, Mallinmäen osayleiskaavan ehdotuksesta",
            "",
            "\u00a0",
            "",
            "733/10.02.03/2026",
            "",
            "MKH 09.11.2026 § 143",
            "",
            "Tiivistelmä",
            "",
            "Mallinmäen osayleiskaavan ehdotus on asetettu nähtäville.",
            "",
            "Liitto on antanut lausunnon kaavan luonnoksesta aiemmin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.number == "143"
    assert item.title == "Lausunto Esimerkkilä, Mallinmäen osayleiskaavan ehdotuksesta"
    assert item.case is not None and item.case.diary_number.raw == "733/10.02.03/2026"
    assert item.summary is not None
    assert item.summary.startswith("Mallinmäen osayleiskaavan ehdotus on asetettu nähtäville.")


def test_an_office_a_name_and_a_phone_under_the_dnro_are_the_preparer(tmp_path: Path) -> None:
    """A page saved with no blank lines prints the preparer with no label under the dnro (``talousjohtaja
    Erkki Esimerkki, puh. 044 765 4321``): the line is the preparer with the phone and the text starts after
    it; a sentence naming an office and a phone stays text."""
    path = _saved_item(
        tmp_path,
        [
            "Tarkastuslautakunta",
            "Pöytäkirja 12.03.2026/Pykälä 7",
            "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
            "Arviointikertomuksen aikataulu",
            "Tarkastuslautakunta 12.03.2026 § 7",
            "88/00.01.02/2026",
            "talousjohtaja Erkki Esimerkki, puh. 044 765 4321",
            "Arviointikertomus annetaan valtuustolle kesäkuussa.",
            "Tietoja voi kysyä talousjohtajalta, puh. 044 765 4321.",
            "Esittelijä Puheenjohtaja",
            "Päätösehdotus Tarkastuslautakunta hyväksyy aikataulun.",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.title, p.name, p.phone) for p in item.preparers] == [
        ("talousjohtaja", "Erkki Esimerkki", "044 765 4321")
    ]
    assert item.reasons == (
        "Arviointikertomus annetaan valtuustolle kesäkuussa.\n"
        "Tietoja voi kysyä talousjohtajalta, puh. 044 765 4321."
    )
    assert item.proposal == "Tarkastuslautakunta hyväksyy aikataulun."


def test_an_official_and_the_unit_as_paragraphs_of_their_own_present_the_item(tmp_path: Path) -> None:
    """The column layout prints ``Vs. kaavoitusjohtaja Aino Esimerkki`` and ``Asemakaavoitus`` as two
    paragraphs over the presentation, or ``Rakennustarkastaja …`` over its unit in one: the official
    presents the item (acting), neither line is text. ``Valmistelija …`` over the first line of text is
    a part, not an official over a unit."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 23.11.2026 Pykälä 370",
            "",
            "Asemakaavan muutos / Niemenkärki",
            "",
            "                                                      Vs. kaavoitusjohtaja Aino Esimerkki",
            "",
            "                                                      Asemakaavoitus",
            "",
            "                                                     ",
            "",
            "Hallinto-oikeus on pyytänyt kaupunginhallituksen lausuntoa valituksesta.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Aino Esimerkki",
        "kaavoitusjohtaja",
        True,
    )
    assert item.reasons == "Hallinto-oikeus on pyytänyt kaupunginhallituksen lausuntoa valituksesta."
    path = _saved_item(
        tmp_path,
        [
            "Rakennuslautakunta",
            "Pöytäkirja 14.05.2026/Pykälä 53",
            "",
            "Rakennuslupa / Kujakatu 7",
            "",
            "Rakennustarkastaja Olli Oletus",
            "Alueellinen rakennusvalvonta",
            "",
            "Hakija hakee lupaa varaston rakentamiseen.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (
        "Olli Oletus",
        "rakennustarkastaja",
    )
    assert item.reasons == "Hakija hakee lupaa varaston rakentamiseen."
    path = _saved_item(
        tmp_path,
        [
            "Keskusvaalilautakunta",
            "Pöytäkirja 11.04.2026/Pykälä 20",
            "",
            "Kokousaikataulu",
            "",
            "Keskusvaalilautakunta 11.04.2026 § 20",
            "",
            " Valmistelija hallintosihteeri Sanna Esimerkki",
            "",
            "Kokousaikataulu",
            "",
            "Lauantai 12.4.",
        ],
    )
    [item] = read_path(path)[0].items
    assert [p.name for p in item.preparers] == ["Sanna Esimerkki"]
    assert item.presenter is None
    assert item.reasons == "Kokousaikataulu\nLauantai 12.4."


def test_unit_initials_before_the_presenter_s_name_and_an_official_by_the_presentation(
    tmp_path: Path,
) -> None:
    """``Päätösehdotus apulaiskaupunginjohtaja ABC DEF Pekka Esimerkki``: the unit's initials are no part
    of the name; ``Selostus Apulaiskaupunginjohtaja Jaana Esimerkki`` names who signs the presentation,
    which starts on the next paragraph."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 12.01.2026/Pykälä 9",
            "",
            "Lausunnon antaminen hallinto-oikeudelle / Niemi 123-4-5",
            "",
            "Kaupunginhallitus 12.01.2026 § 9",
            "",
            "Päätösehdotus apulaiskaupunginjohtaja ABC DEF Pekka Esimerkki",
            "",
            " Kaupunginhallitus hyväksyy apulaiskaupunginjohtajan esityksen.",
            "",
            "Päätös Kaupunginhallitus hyväksyi yksimielisesti päätösehdotuksen.",
            "",
            "Selostus Apulaiskaupunginjohtaja Jaana Esimerkki",
            "",
            " Hallinto-oikeus on kehottanut antamaan lausunnon.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Pekka Esimerkki", "apulaiskaupunginjohtaja")
    assert item.proposal == "Kaupunginhallitus hyväksyy apulaiskaupunginjohtajan esityksen."
    assert item.reasons == "Hallinto-oikeus on kehottanut antamaan lausunnon."
    [reasons] = [s for s in item.sections if s.kind == "reasons"]
    assert reasons.heading == "Selostus Apulaiskaupunginjohtaja Jaana Esimerkki"


def test_a_page_cut_before_its_own_handling_reads_the_oldest_handling_printed(tmp_path: Path) -> None:
    """Two earlier handlings and the page cut before its own: the oldest one presents the case (its text
    is the item's presentation, its body's proposal kept with it); the later one is history. A chain
    printed latest first is read the same way."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 28.09.2026/Pykälä 300",
            "",
            "Rakennusjärjestyksen uusiminen",
            "",
            "Tekninen lautakunta 29.01.2026 § 6",
            "",
            "Valmistelija Rakennustarkastaja Olli Oletus",
            "",
            "Uuden lain mukaan kunnassa tulee olla rakennusjärjestys.",
            "",
            "Päätösehdotus Tekninen lautakunta esittää kunnanhallitukselle, että luonnos on nähtävillä.",
            "",
            "Päätös Hyväksyttiin.",
            "",
            "Kunnanhallitus 16.02.2026 § 26",
            "",
            "Valmistelija Hallintojohtaja Hilkka Hallava:",
            "",
            "Tekninen osasto on valmistellut luonnoksen uudeksi rakennusjärjestykseksi.",
        ],
    )
    [item] = read_path(path)[0].items
    assert [f"{h.date} § {h.section}" for h in item.history] == ["2026-01-29 § 6", "2026-02-16 § 26"]
    assert item.reasons == "Uuden lain mukaan kunnassa tulee olla rakennusjärjestys."
    assert (item.proposal, item.decision) == (None, None)
    history = [s.heading for s in item.sections if s.kind == "history"]
    assert history == ["Tekninen lautakunta 29.01.2026 § 6", "Kunnanhallitus 16.02.2026 § 26"]
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Pöytäkirja 21.02.2026/Pykälä 11",
            "",
            "Valtuustoaloite torin kehittämisestä",
            "",
            "Kaupunginhallitus 14.02.2026 § 36",
            "",
            " ",
            "",
            "Kaupunginvaltuusto 12.02.2024 § 12",
            "",
            "Valtuutetut ovat jättäneet aloitteen torin kehittämisestä.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.reasons == "Valtuutetut ovat jättäneet aloitteen torin kehittämisestä."


def test_an_office_in_parentheses_before_the_proposal_presents_it(tmp_path: Path) -> None:
    """``Päätösehdotus (tekninen johtaja) Lautakunta hyväksyy …``: the office printed in parentheses
    between the heading and the proposal presents the item and is no part of the proposal."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Ympäristölautakunta",
        "Pöytäkirja 09.09.2026/Pykälä 77",
        "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
        "Satamakentän vuokrahinnat 1.1.2027 alkaen",
        "Ympäristölautakunta 09.09.2026 § 77",
        "311/02.07.01/2026",
        "Vuokrahintoja tarkistetaan kustannusten nousun vuoksi.",
        "Päätösehdotus (tekninen johtaja) Ympäristölautakunta hyväksyy vuokrahintojen korotuksen.",
        "Päätös Hyväksyttiin.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Ympäristölautakunta hyväksyy vuokrahintojen korotuksen."
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "tekninen johtaja")
    assert item.decision == "Hyväksyttiin."


def test_a_contact_line_in_parentheses_is_no_part_of_the_presentation(tmp_path: Path) -> None:
    """``(Lisätietoja: liikuntasihteeri puh. …)`` in a paragraph of its own at the start of the text is a
    contact line under a heading of its own; the presentation starts at the paragraph after it."""
    path = _saved_item(
        tmp_path,
        [
            "Kokoukset:",
            "https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetings&show=30",
            "",
            "Liikuntalautakunta",
            "Pöytäkirja 14.10.2026/Pykälä 23",
            "",
            "Edellinen asia | Seuraava asia Muutoksenhakuohje Kokousasia PDF-muodossa",
            "",
            "Liikuntalautakunta",
            "",
            "§ 23",
            "",
            "14.10.2026",
            "",
            "Uimahallin aukioloajat",
            "",
            "144/12.00.00/2026",
            "",
            "Liiklk 14.10.2026 § 23",
            "",
            "(Lisätietoja: liikuntasihteeri puh. 040 700 1234)",
            "",
            "Uimahallin aukioloajat tarkistetaan kävijämäärien perusteella.",
            "",
            "Aamuvuorot lisätään arkipäiviin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Uimahallin aukioloajat tarkistetaan kävijämäärien perusteella.\n" + (
        "Aamuvuorot lisätään arkipäiviin."
    )
    assert [s.text for s in item.sections if s.kind == "preparers"] == ["liikuntasihteeri puh. 040 700 1234"]


def _written(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_handling_line_with_the_number_before_the_date_under_a_shared_host(tmp_path: Path) -> None:
    """A shared publishing host names the municipality by a folder (``/D10_Toholampi/``); the organisation
    printed over the title is no title nor a linked attachment; ``Tekla  § 12  09.02.2026`` (number
    before the date) is an earlier handling, ``Tekla  § 30  13.04.2026`` the page's own; a paragraph of
    prose cut mid-word after the contact line starts the presentation."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu",
            "Toholammin kunta RSS Haku",
            "",
            "Kokousasiat:",
            "https://julkaisu.esimerkki.fi:443/D10_Toholampi/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "Tekninen lautakunta",
            "Pöytäkirja 13.04.2026/Pykälä 30",
            "",
            "Kokousasian teksti",
            "",
            "Toholammin kunta",
            "",
            "Katuvalojen uusiminen 2026",
            "",
            " ",
            "",
            "Tekla  § 12  09.02.2026 ",
            "",
            " Valmistelija",
            "",
            "Tekninen johtaja Outi Oletus, puh. 040 111 2233.",
            "",
            "Katuvalot uusitaan led-valaisimiksi kahdessa vaiheessa.",
            "",
            " Päätös",
            "",
            " Hyväksyttiin.",
            "",
            "Tekla  § 30  13.04.2026  ",
            "",
            "77/10.03.00/2026  ",
            "",
            " Valmistelija",
            "",
            " ",
            "",
            "Tekninen johtaja Outi Oletus, puh. 040 111 2233 tai outi.oletus@esimerkki.fi",
            "",
            "Urakkatarjouksia saatiin neljä, joista halvin oli Valo Oy:n tarjous. Tarjousten vertai",
        ],
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Toholampi"
    [item] = document.items
    assert (item.number, item.title) == ("30", "Katuvalojen uusiminen 2026")
    assert item.attachments == []
    assert [(ref.date.isoformat() if ref.date else None, ref.section) for ref in item.history] == [
        ("2026-02-09", "12")
    ]
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "77/10.03.00/2026"
    assert [(p.name, p.phone) for p in item.preparers] == [("Outi Oletus", "040 111 2233")]
    assert item.reasons is not None and item.reasons.startswith("Urakkatarjouksia saatiin neljä")


def test_the_own_mark_with_the_number_before_the_date_under_the_title(tmp_path: Path) -> None:
    """Lines with no blank between them: the title, then the page's own mark ``Tekla § 8 11.05.2026``
    and the dnro; the title is no link over the mark, and the folder of the shared host names the
    municipality."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://julkaisu.esimerkki.fi:443/D10_Toholampi/cgi/DREQUEST.PHP?page=rss/meetingitems",
            "Tekninen lautakunta",
            "Pöytäkirja 11.05.2026/Pykälä 8",
            "Uimarannan laiturin korjaus",
            "Tekla § 8 11.05.2026",
            "91/10.03.00/2026",
            "Valmistelija",
            "Tekninen johtaja Outi Oletus, puh. 040 111 2233.",
            "Uimarannan laituri on vaurioitunut talven aikana jäiden liikkeissä pahoin.",
            "Päätösehdotus",
            "Tekninen lautakunta päättää korjauttaa laiturin.",
            "Päätös",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Toholampi"
    [item] = document.items
    assert (item.number, item.title) == ("8", "Uimarannan laiturin korjaus")
    assert item.history == []
    assert item.reasons == "Uimarannan laituri on vaurioitunut talven aikana jäiden liikkeissä pahoin."


def test_a_county_s_short_name_before_the_service_s_suffix_and_a_label_run_into_a_subheading(
    tmp_path: Path,
) -> None:
    """``pohde-d10julk.oncloudos.com``: the county's short name before the suffix names it;
    ``Selostus asiasta Taustaa`` is the label and a subheading of the presentation on one line."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://pohde-d10julk.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Aluehallitus",
            "Esityslista 06.10.2026/Asianro 41",
            "Edellinen asia | Seuraava asia | ![]() |",
            "Lautakunnan jäsenen vaihtaminen",
            "Aluehallitus 06.10.2026",
            "802/00.00.01/2026",
            "Valmistelija hallintojohtaja Pekka Esimerkki, p. 040 222 3344",
            "Selostus asiasta Taustaa",
            "Veli Virtanen on pyytänyt eroa lautakunnan jäsenyydestä.",
            "Aluevaltuusto valitsee uuden jäsenen.",
            "Päätösehdotus Aluehallitus esittää, että aluevaltuusto myöntää eron.",
        ],
    )
    [document] = read_path(path)
    municipality = document.meeting.municipality
    assert municipality is not None and municipality.name == "Pohjois-Pohjanmaan hyvinvointialue"
    [item] = document.items
    assert item.reasons is not None
    assert item.reasons.startswith("Taustaa\nVeli Virtanen on pyytänyt eroa lautakunnan jäsenyydestä.")


def test_the_label_peruste_before_the_first_sentence_and_the_own_handling_on_three_lines(
    tmp_path: Path,
) -> None:
    """``Peruste Kunnanvaltuusto on …``: the label before the presentation's first sentence is no part of
    it. The older layout prints the own handling as body, § and date on three lines of one paragraph
    and, under the title, the abbreviated body and § over the date: marks, neither title nor text."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu Haku RSS",
            "",
            "Kokousasiat:",
            "http://www.esimerkki.org:80/kuntayhtyma/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "Yhtymähallitus",
            "Pöytäkirja 04.05.2011 Pykälä 52",
            "",
            "",
            "Yhtymähallitus",
            "§ 52",
            "04.05.2011",
            "",
            " ",
            "",
            "Ruokapalvelujen järjestäminen",
            "",
            " ",
            "",
            "YhtHall § 52",
            "4.5.2011",
            "",
            " ",
            "",
            "Valmistelija: talousjohtaja Anna Esimerkki (040 123 4567)",
            "",
            " ",
            "",
            "Peruste Valtuusto on päättänyt ruokapalvelujen kilpailuttamisesta. Tarjouksia saatiin kolme.",
            "",
            "Päätösehdotus Yhtymähallitus hyväksyy halvimman tarjouksen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("52", "Ruokapalvelujen järjestäminen")
    assert item.history == []
    assert item.reasons == (
        "Valtuusto on päättänyt ruokapalvelujen kilpailuttamisesta. Tarjouksia saatiin kolme."
    )


def test_a_body_and_its_handling_line_printed_in_lower_case(tmp_path: Path) -> None:
    """``ympäristölautakunta`` over the header is the body as written (``Ympäristölautakunta``); under the
    title, ``ymplk 14.09.2026 § 61`` is the page's own handling, and the title is no link above it."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu Haku RSS Esimerkkilän kaupunki",
            "",
            "Kokousasiat:",
            "https://kokoukset.esimerkki.fi:443/dynasty10/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "ympäristölautakunta",
            "Pöytäkirja 14.09.2026/Pykälä 61",
            "",
            "Ulkoilureittien kunnossapito",
            "",
            "ymplk 14.09.2026 § 61  ",
            "",
            "640/10.03.02/2026  ",
            "",
            "Päätös Ehdotus hyväksyttiin.",
            "",
            "Päätösehdotus Ympäristölautakunta hyväksyy kunnossapidon suunnitelman.",
        ],
    )
    [document] = read_path(path)
    assert document.meeting.body.name == "Ympäristölautakunta"
    [item] = document.items
    assert (item.number, item.title) == ("61", "Ulkoilureittien kunnossapito")
    assert item.history == []
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "640/10.03.02/2026"
    assert item.proposal == "Ympäristölautakunta hyväksyy kunnossapidon suunnitelman."


def test_an_official_named_with_a_colon_over_the_text_prepared_it(tmp_path: Path) -> None:
    """``Kiinteistöpäällikkö Pekka Esimerkki:`` on its own line after the handling line: the preparer, no
    part of the presentation."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 02.03.2026/Pykälä 14",
            "",
            "Varikon katon korjaus",
            "",
            "88/10.06.00/2026",
            "",
            "Tekninen lautakunta 02.03.2026 § 14",
            "",
            "Kiinteistöpäällikkö Pekka Esimerkki:",
            "",
            "Varikon katto vuotaa, ja se on korjattava ennen syksyä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Pekka Esimerkki", "kiinteistöpäällikkö")]
    assert item.reasons == "Varikon katto vuotaa, ja se on korjattava ennen syksyä."


def test_a_title_framed_by_rules_over_an_earlier_handling_line(tmp_path: Path) -> None:
    """The title printed between two rule lines (``____`` / title / ``____``) with an earlier handling
    line under it: the title, not a link above the rule."""
    path = _saved_item(
        tmp_path,
        [
            "Esimerkkilän kunnanvaltuusto",
            "Pöytäkirja 08.06.2026/Pykälä 41",
            "",
            "",
            "_" * 70,
            "",
            " ",
            "",
            "Vaalipaikkojen määrääminen",
            "",
            " ",
            "",
            "_" * 70,
            "",
            " ",
            "",
            "KhEs 11.05.2026 § 77 ",
            "",
            " ",
            "",
            "Valmistelija  hallintosihteeri Maija Esimerkki, puh. 0401234567.",
            "",
            " ",
            "",
            "Kunnan vaalipaikat määrätään valtuuston päätöksellä. Vaalipaikkoja on kolme.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("41", "Vaalipaikkojen määrääminen")
    assert item.attachments == []
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 5, 11), "77")]
    assert item.reasons == "Kunnan vaalipaikat määrätään valtuuston päätöksellä. Vaalipaikkoja on kolme."


def test_an_earlier_handling_printed_without_its_number(tmp_path: Path) -> None:
    """``Kaupunginhallitus 05.10.2026`` under the title of the council's page (an earlier date, no §) is an
    earlier handling: history with no number, not the first line of the presentation. A place and date
    at the end of a quoted motion (``Esimerkkilässä 1.9.2026``) stays in the text."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Pöytäkirja 16.11.2026/Pykälä 92",
            "",
            "Valtuustoaloite / Uimahallin aukioloajat, valtuutettu Liisa Esimerkki",
            "",
            "Kaupunginhallitus 05.10.2026  ",
            "",
            " ",
            "",
            "Valmistelija Liikuntasihteeri Olli Esimerkki",
            "",
            " Valtuutettu Liisa Esimerkin valtuustoaloite 1.9.2026:",
            "",
            " Uimahallin aukioloaikoja on pidennettävä.",
            "",
            " Esimerkkilässä 1.9.2026",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == (
        "92",
        "Valtuustoaloite / Uimahallin aukioloajat, valtuutettu Liisa Esimerkki",
    )
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Kaupunginhallitus", date(2026, 10, 5), None)
    ]
    assert item.reasons == (
        "Valtuutettu Liisa Esimerkin valtuustoaloite 1.9.2026:\nUimahallin aukioloaikoja on pidennettävä.\n"
        "Esimerkkilässä 1.9.2026"
    )


def test_an_agenda_cut_after_two_earlier_handlings_has_no_decision(tmp_path: Path) -> None:
    """The board's agenda cut inside its second earlier handling: the first (``Khall 03.02.2026 § 12``) was
    decided (``Päätös Hyväksyttiin``) and the case went on, so its presenter, proposal and decision are
    that meeting's, kept as history; the presentation before them is read as the item's."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Esityslista 14.09.2026/Asianro 150",
            "",
            "Paloaseman peruskorjauksen laina",
            "",
            "Khall 03.02.2026 § 12 ",
            "",
            "Valmistelija Hallintojohtaja Ville Esimerkki, 0401112233",
            "",
            "Peruste Paloaseman peruskorjaus on hyväksytty talousarviossa. Lainaa tarvitaan.",
            "",
            "Esittelijä Kunnanjohtaja Esimerkki Saara",
            "",
            "Päätösesitys Kunnanhallitus pyytää lainatarjoukset kolmelta rahoituslaitokselta.",
            "",
            "Päätös Hyväksyttiin",
            "",
            "Khall 11.05.2026 § 88 ",
            "",
            "Valmistelija Hallintojohtaja Ville Esimerkki, 0401112233",
            "",
            "Peruste Lainatarjoukset on saatu",
        ],
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    [item] = document.items
    assert [(ref.date, ref.section) for ref in item.history] == [
        (date(2026, 2, 3), "12"),
        (date(2026, 5, 11), "88"),
    ]
    assert item.reasons == "Paloaseman peruskorjaus on hyväksytty talousarviossa. Lainaa tarvitaan."
    assert [p.name for p in item.preparers] == ["Ville Esimerkki"]
    assert (item.presenter, item.proposal, item.decision, item.outcome) == (None, None, None, None)
    history = [s for s in item.sections if s.kind == "history"]
    assert [s.heading for s in history] == ["Khall 03.02.2026 § 12", "Khall 11.05.2026 § 88"]
    assert "Päätös Hyväksyttiin" in history[0].text


def test_attachment_rows_with_their_number_in_a_cell_of_their_own(tmp_path: Path) -> None:
    """``2 | Title | |`` and ``Liite 3 | Title |`` after the navigation line: the number cell is the
    attachment's number, not part of its title."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Kaupunginhallitus",
            "Pöytäkirja 07.12.2026/Pykälä 210",
            "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
            "2 | Valtuustoaloite koirapuistosta / Esimerkki Emma ym. | |",
            "Liite 3 | Kaavoittajan lausunto koirapuistosta |",
            "Valtuustoaloite koirapuistosta / Esimerkki Emma ym.",
            "KH 07.12.2026 § 210",
            "Valmistelija Hallintojohtaja Ville Esimerkki, puh. 040 111 2233",
            "Valtuutettu Emma Esimerkki jätti aloitteen koirapuiston perustamisesta.",
            "Päätösehdotus Kaupunginhallitus merkitsee aloitteen tiedoksi.",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Valtuustoaloite koirapuistosta / Esimerkki Emma ym."
    assert [(a.number, a.title) for a in item.attachments] == [
        ("2", "Valtuustoaloite koirapuistosta / Esimerkki Emma ym."),
        ("3", "Kaavoittajan lausunto koirapuistosta"),
    ]
    assert item.reasons == "Valtuutettu Emma Esimerkki jätti aloitteen koirapuiston perustamisesta."


def test_a_page_with_its_lines_one_by_one_and_blank_lines_only_in_the_head(tmp_path: Path) -> None:
    """The chrome's head padded with lines of spaces, then every line of the item on its own with no blank
    line between: each line is a paragraph, not the title's continuation."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkki.kase.fi:443/D10_Esimerkki/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "            Kunnanhallitus",
            "Pöytäkirja 09.03.2026/Pykälä 41",
            "            ",
            "        ",
            "Valtuustoaloite uimarannan laiturista",
            "KHALL 09.03.2026 § 41",
            "77/10.03.02.01/2026",
            "Valmistelija hallintosihteeri Ville Esimerkki puh. 040 111 2233",
            "Emma Esimerkki jätti 2.2.2026 aloitteen uimarannan laiturin uusimisesta.",
            "Esittelijä Kunnanjohtaja Saara Esimerkki",
            "Esitys Kunnanhallitus merkitsee aloitteen tiedoksi.",
            "Päätös Kunnanhallitus merkitsi aloitteen tiedoksi.",
            "Pöytäkirjaan merkittiin, että Emma Esimerkki poistui kokouksesta.",
            "___________",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Valtuustoaloite uimarannan laiturista"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "77/10.03.02.01/2026"
    assert [p.name for p in item.preparers] == ["Ville Esimerkki"]
    assert item.presenter is not None and item.presenter.name == "Saara Esimerkki"
    assert item.reasons == "Emma Esimerkki jätti 2.2.2026 aloitteen uimarannan laiturin uusimisesta."
    assert item.proposal == "Kunnanhallitus merkitsee aloitteen tiedoksi."
    assert item.decision is not None
    assert item.decision.startswith("Kunnanhallitus merkitsi aloitteen tiedoksi.")


def test_a_body_printed_with_its_term_of_office(tmp_path: Path) -> None:
    """``Kaupunginvaltuusto (1.6.2025 - 31.5.2029)`` over the header: the term is no part of the body's
    name."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://julkaisut.esimerkkila.fi:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Kaupunginvaltuusto (1.6.2025 - 31.5.2029)",
            "Pöytäkirja 12.10.2026/Pykälä 77",
            "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
            "§ 77",
            "Valtuutettu Emma Esimerkin aloite koirapuistosta",
            "Valtuutettu Emma Esimerkki jätti seuraavan aloitteen koirapuiston perustamisesta.",
            "Päätös",
            "Aloite merkittiin pöytäkirjaan ja lähetettiin kaupunginhallitukselle valmisteltavaksi.",
        ],
    )
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    assert document.meeting.body.slug == "kaupunginvaltuusto"
    [item] = document.items
    assert item.title == "Valtuutettu Emma Esimerkin aloite koirapuistosta"


def test_an_earlier_handling_with_the_number_and_the_date_apart_by_a_slash(tmp_path: Path) -> None:
    """``KV § 31/14.09.2026`` under the diary number: the council's handling (history), not the first line
    of the reasons."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu Haku RSS Esimerkkilän kaupunki",
            "",
            "RSS-linkki",
            "",
            "Kokousasiat:",
            "https://julkaisu.esimerkkila.fi:443/FIN/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "Kaupunginhallitus",
            "Pöytäkirja 02.11.2026/Pykälä 188",
            "",
            "Koirapuisto keskustaan, valtuustoaloite",
            "",
            " ",
            "",
            "455/10.03.02/2026",
            "",
            "KV § 31/14.09.2026",
            "",
            " Puheenjohtaja ilmoitti, että valtuutetut olivat jättäneet aloitteen koirapuistosta.",
            "",
            " Kaupunginhallitus esittää, että valtuusto merkitsee aloitteen tiedoksi.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 9, 14), "31")]
    assert item.reasons is not None
    assert item.reasons.startswith("Puheenjohtaja ilmoitti, että valtuutetut olivat jättäneet aloitteen")


def test_one_attachment_row_with_its_number_in_a_cell_of_its_own_over_the_title(tmp_path: Path) -> None:
    """A single ``Liite 12 | Title |`` row after the navigation line: number 12, the title without the
    cell's bar."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Kokoukset:",
            "https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetings&show=30",
            "Kunnanhallitus",
            "Pöytäkirja 14.09.2026/Pykälä 150",
            "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
            "Liite 12 | Avustushakemus vuodelle 2027 |",
            "Kyläyhdistyksen toiminta-avustus vuodelle 2027",
            "HYVLTK 02.09.2026 § 21",
            "Kyläyhdistys hakee kunnalta toiminta-avustusta vuodelle 2027.",
            "Yhdistys ylläpitää kylätaloa ja järjestää tapahtumia.",
            "Avustuksella katetaan kylätalon lämmityskuluja.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Kyläyhdistyksen toiminta-avustus vuodelle 2027"
    assert [(a.number, a.title) for a in item.attachments] == [("12", "Avustushakemus vuodelle 2027")]


def test_a_numbered_heading_over_the_title_that_repeats_it_is_no_attachment(tmp_path: Path) -> None:
    """``7 Koirapuisto keskustaan`` over ``Koirapuisto keskustaan, valtuustoaloite``: the list's number
    and the heading again, not a link to an attachment."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu Haku RSS Esimerkkilän kaupunki",
            "",
            "RSS-linkki",
            "",
            "Kokousasiat:",
            "https://julkaisu.esimerkkila.fi:443/FIN/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "Kaupunginhallitus",
            "Pöytäkirja 02.11.2026/Pykälä 188",
            "",
            "7 Koirapuisto keskustaan",
            "",
            "Koirapuisto keskustaan, valtuustoaloite",
            "",
            "455/10.03.02/2026",
            "",
            "Valtuutettu Emma Esimerkki jätti aloitteen koirapuistosta keskustaan.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Koirapuisto keskustaan, valtuustoaloite"
    assert item.attachments == []
    assert item.reasons == "Valtuutettu Emma Esimerkki jätti aloitteen koirapuistosta keskustaan."


def test_the_label_valmistelu_ja_lisatiedot_is_the_preparers_heading_whole(tmp_path: Path) -> None:
    """``Valmistelu ja lisätiedot kaupunginjohtaja …``: the label's ``ja lisätiedot`` is no part of the
    preparer's title."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkilad10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Kaupunginhallitus",
            "Pöytäkirja 05.10.2026/Pykälä 201",
            "Esimerkkilän Vuokratalot Oy:n pääomittaminen",
            "Kaupunginhallitus 05.10.2026 § 201",
            "61/02.05.03/2026",
            "Valmistelu ja lisätiedot hallintojohtaja Ville Esimerkki, ville.esimerkki(at)esimerkkila.fi",
            "Esimerkkilän Vuokratalot Oy on kaupungin kokonaan omistama tytäryhtiö.",
            "Yhtiön hallitus on esittänyt kaupungille pääomittamista.",
            "Pääomittaminen voidaan tehdä sijoituksena tai lainana.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title, p.email) for p in item.preparers] == [
        ("Ville Esimerkki", "hallintojohtaja", "ville.esimerkki@esimerkkila.fi")
    ]


def test_a_preparers_label_joined_by_a_slash_opens_a_line_of_two_preparers(tmp_path: Path) -> None:
    """``Valmistelu/lisätiedot talouspäällikkö …, puh … ja rehtori …, puh. … tai etunimi.sukunimi@…``: the
    two labels joined by a slash are the preparers' heading; both preparers are read with their phones,
    and the line is no part of the reasons under it."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Sivistyslautakunta",
            "Pöytäkirja 14.04.2026/Pykälä 37",
            "Oppilaan koulukuljetushakemus",
            "Sivistyslautakunta 14.04.2026 § 37",
            "88/12.00.01/2026",
            "Valmistelu/lisätiedot talouspäällikkö Sanni Esimerkki, puh 044 123 4567 ja rehtori Olli Malli,"
            " puh. 050 765 4321 tai etunimi.sukunimi@esimerkkila.fi",
            "Huoltaja on hakenut oppilaalle koulukuljetusta vaarallisen tieosuuden vuoksi.",
            "Koulumatka on neljä kilometriä pitkä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Sanni Esimerkki", "talouspäällikkö", "044 123 4567"),
        ("Olli Malli", "rehtori", "050 765 4321"),
    ]
    assert item.reasons.startswith("Huoltaja on hakenut oppilaalle koulukuljetusta")


def test_a_bilingual_page_reads_under_its_finnish_labels(tmp_path: Path) -> None:
    """A page printed in Finnish and Swedish: the body ``… ⁄ Tekniska nämnden`` is named in Finnish, each
    label ``Esittelijä / Föredragande``, ``Ehdotus / Förslag`` is one part's heading, the municipality
    is the host's name before ``fi`` and the decision is the body's sentence inside the handling."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://lempaalafi.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Tekninen lautakunta \u2044 Tekniska nämnden",
            "Pöytäkirja 03.09.2026/Pykälä 77",
            "Katuvalojen uusiminen / Förnyelse av gatubelysningen",
            "Tekninen lautakunta / Tekniska nämnden 03.09.2026 § 77",
            "412/10.03.01/2026",
            "Valmistelija / Beredare: Kunnossapitopäällikkö / Chef för gatuunderhåll Orvokki Tammela"
            " orvokki.tammela(at)esimerkkila.fi",
            "Kadunvarsien valaisimista kolmannes on yli 40 vuotta vanhoja. Uusiminen säästää energiaa.",
            "Esittelijä / Föredragande Tekninen johtaja / Teknisk direktör Lahdenperä Ilkka",
            "Ehdotus / Förslag",
            "Katuvalot uusitaan liitteen 1 mukaisesti.",
            "Gatubelysningen förnyas enligt bilaga 1.",
            "Käsittely / Behandling Jäsen Kalle Esimerkki ilmoitti olevansa esteellinen.",
            "Ledamot Kalle Esimerkki anmälde jäv.",
            "Tekninen lautakunta hyväksyi yksimielisesti esittelijän ehdotuksen.",
            "Tekniska nämnden godkände enhälligt föredragandens förslag.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert document.meeting.body.name == "Tekninen lautakunta"
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Lempäälä"
    assert [p.name for p in item.preparers] == ["Orvokki Tammela"]
    assert item.presenter is not None and item.presenter.name == "Ilkka Lahdenperä"
    assert item.proposal.startswith("Katuvalot uusitaan liitteen 1 mukaisesti.")
    assert item.decision.startswith("Tekninen lautakunta hyväksyi yksimielisesti esittelijän ehdotuksen.")
    assert "esteellinen" in (item.handling or "")
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)


def test_a_county_host_and_the_proposal_named_after_its_office(tmp_path: Path) -> None:
    """A wellbeing services county's host (``pohjois-savonhva``) names the county; ``Palvelualuejohtajan
    esitys:`` under the competence line heads the proposal, the office presenting it."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://pohjois-savonhva.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Aluehallitus",
            "Pöytäkirja 14.09.2026/Pykälä 230",
            "Ambulanssiaseman vuokrasopimus",
            "Aluehallitus 14.09.2026 § 230",
            "501/02.08.00/2026",
            "Valmistelija Palvelupäällikkö Otto Esimerkki puh. 040 000 0000",
            "Ambulanssiasema siirtyy uusiin tiloihin vuoden 2027 alussa.",
            "Toimivalta Hallintosääntö 41 §",
            "Palvelualuejohtajan esitys:",
            "Aluehallitus hyväksyy vuokrasopimuksen liitteen mukaisena.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert document.meeting.municipality is not None
    assert document.meeting.municipality.name == "Pohjois-Savon hyvinvointialue"
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (
        None,
        "palvelualuejohtaja",
    )
    assert item.proposal == "Aluehallitus hyväksyy vuokrasopimuksen liitteen mukaisena."


def test_an_office_and_a_proposal_in_the_passive_on_one_line(tmp_path: Path) -> None:
    """``Sivistysjohtaja: Hyväksytään …``: the office makes the proposal whose verb is a passive."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkilad10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Sivistyslautakunta",
            "Pöytäkirja 10.03.2026/Pykälä 21",
            "Museon pääsymaksut",
            "SIV 10.03.2026 § 21",
            "Valmistelija: Ella Esimerkki, 040 000 0001",
            "Museon pääsymaksut on tarkistettu viimeksi vuonna 2019.",
            "Sivistysjohtaja: Hyväksytään museon pääsymaksut liitteen mukaisesti.",
            "Päätös: Hyväksyttiin esityksen mukaisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (
        None,
        "sivistysjohtaja",
    )
    assert item.proposal == "Hyväksytään museon pääsymaksut liitteen mukaisesti."


def test_an_office_and_a_proposal_laying_down_an_obligation_on_one_line(tmp_path: Path) -> None:
    """``Pormestari: Toimialojen tulee valmistella …``: the office makes the proposal, which says what those
    it binds are to do (``tulee`` with an infinitive) rather than what the body decides; and ``Asian
    valmistelija(t):`` names the preparer."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkilad10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Kunnanhallitus",
            "Pöytäkirja 16.06.2026/Pykälä 88",
            "Talousarvion 2027 laadintaohje",
            "KH 16.06.2026 § 88",
            "Asian valmistelija(t): talousjohtaja Ella Esimerkki",
            "Verotulojen arvioidaan kasvavan hieman.",
            "Pormestari: Toimialojen tulee valmistella talousarvioesityksensä kehyksen mukaisesti.",
            "Päätös: Hyväksyttiin esityksen mukaan.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (None, "pormestari")
    assert item.proposal == "Toimialojen tulee valmistella talousarvioesityksensä kehyksen mukaisesti."
    assert [(p.name, p.title) for p in item.preparers] == [("Ella Esimerkki", "talousjohtaja")]
    assert item.reasons == "Verotulojen arvioidaan kasvavan hieman."


def test_a_dash_rule_ends_the_proposal_and_a_return_to_the_meeting_is_no_part_of_the_decision(
    tmp_path: Path,
) -> None:
    """``---`` under the proposal: the handling follows; a line after the decision saying who came back
    to the meeting records the handling, not what was decided."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkilad10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Sivistyslautakunta",
            "Pöytäkirja 12.05.2026/Pykälä 33",
            "Kulttuuriavustukset vuodelle 2026",
            "Sivla 12.05.2026 § 33",
            "Valmistelija Sivistysjohtaja Ella Esimerkki",
            "Avustuksia haki määräaikaan mennessä 14 yhdistystä.",
            "Ehdotus Päätösehdotus annetaan kokouksessa.",
            "---",
            "Ennen asian käsittelyä Kalle Esimerkki ilmoitti esteellisyydestään ja poistui kokouksesta.",
            "Sivistysjohtaja ehdottaa, että avustukset myönnetään liitteen mukaisesti.",
            "Päätös Hyväksyttiin kokouksessa annetun ehdotuksen mukaan.",
            "Kalle Esimerkki palasi kokoukseen pykälän käsittelyn jälkeen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Päätösehdotus annetaan kokouksessa."
    assert item.decision == "Hyväksyttiin kokouksessa annetun ehdotuksen mukaan."
    assert "palasi kokoukseen" in (item.handling or "")


def test_a_decision_after_a_vote_the_handling_records_is_voted(tmp_path: Path) -> None:
    """``Behandling`` records a vote (``Vid omröstningen fick …``) and ``Beslut`` states what was decided:
    the item was decided by a vote, not unanimously."""
    path = _written(
        tmp_path,
        [
            "RSS-länk",
            "Sammanträdesärenden:https://esimerkkila-sv.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems",
            "Tekniska nämnden",
            "Protokoll 08.10.2026/Paragraf 61",
            "Namn på den nya bron",
            "Tekniska nämnden 08.10.2026 § 61",
            "Beredare Planerare Lina Exempel",
            "Redogörelse Två namnförslag har kommit in.",
            "Beslutsförslag Tekniska nämnden beslutar om namnet på basis av arbetsgruppens förslag.",
            "Behandling Under behandlingen fick namnen Strömbro och Forsbro understöd.",
            "Vid omröstningen fick Strömbro 7 röster och Forsbro 4 röster.",
            "Beslut Tekniska nämnden beslutade att bron ska heta Strömbro.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)


def test_a_link_over_the_title_and_valmistelija_over_no_name(tmp_path: Path) -> None:
    """A line of a link over the title that an undated mark (``SIVLTK § 48``) follows is an attachment;
    ``Valmistelija`` followed by a sentence and no name opens the presentation: nobody prepared it."""
    path = _written(
        tmp_path,
        [
            "Dynasty tietopalvelu Haku RSS Esimerkkilän kaupunki",
            "",
            "RSS-linkki",
            "",
            "Kokousasiat:",
            "https://poytakirjat.esimerkkila.fi:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "",
            "Sivistyslautakunta",
            "Pöytäkirja 20.05.2026/Pykälä 48",
            "",
            "Kirjasto kesä 2026",
            "",
            "Pääkirjaston kesäajan aukioloajat",
            "",
            "SIVLTK § 48",
            "",
            "140/12.04.00/2026",
            "",
            "Valmistelija Pääkirjastossa uusitaan hyllyt ja valaistus kesäkuussa. Työ kestää kuukauden.",
            "",
            "Aukioloajat 1.6. - 30.6.2026:",
            "",
            "Päätösehdotus Sivistyslautakunta hyväksyy kirjaston kesäaukioloajat esitetyllä tavalla.",
            "",
            "Päätös Hyväksyttiin yksimielisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Pääkirjaston kesäajan aukioloajat"
    assert [a.title for a in item.attachments] == ["Kirjasto kesä 2026"]
    assert item.preparers == []
    assert item.reasons.startswith("Pääkirjastossa uusitaan hyllyt ja valaistus kesäkuussa.")


def test_an_official_named_with_a_colon_on_the_proposal_heading_presents_it(tmp_path: Path) -> None:
    """``Päätösesitys Sivistysjohtaja Kaisa Esimerkki:`` with the proposal's text on the next line: the
    official presents the item and is no part of the proposal."""
    path = _saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 11.05.2026/Pykälä 31",
            "",
            "Koulukuljetusten hankinta",
            "",
            "SIVLTK 11.05.2026 § 31",
            "",
            "412/12.00.01/2026",
            "",
            "Valmistelija Talouspäällikkö Olli Testinen, puh. 040 111 2222",
            "",
            "Päätösesitys Sivistysjohtaja Kaisa Esimerkki:",
            "",
            "Sivistyslautakunta päättää hyväksyä kuljetusten hankinnan.",
            "",
            "Päätös Sivistyslautakunta hyväksyi esityksen yksimielisesti.",
            "",
            "Selostus Kuljetussopimus päättyy kesällä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Kaisa Esimerkki", "sivistysjohtaja")
    assert item.proposal == "Sivistyslautakunta päättää hyväksyä kuljetusten hankinnan."
    assert [p.name for p in item.preparers] == ["Olli Testinen"]


def test_a_long_line_of_spaces_is_no_handling_and_does_not_stall() -> None:
    """A body name followed by a long run of spaces once took time growing with the square of the run
    (minutes for 50 KB); a handling line with spaces inside the body's name still reads."""
    with within(0.5):
        assert not is_earlier_handling("Lautakunta" + " " * 50_000)
        assert not is_earlier_handling("Lautakunta" + " " * 50_000 + "x")
    assert is_earlier_handling("Rakennus  ja ympäristölautakunta 14.03.2026 § 27")


@pytest.mark.parametrize(
    "line",
    [
        "ks. 08.05.2026 § 61",
        "vrt. 08.05.2026 § 7",
        "liite 08.05.2026 § 7",
        "päätös 08.05.2026 § 61",
        "käsitelty 08.05.2026 § 61",
        "jfr 08.05.2026 § 7",
        "se 08.05.2026 § 7",
        "katso 08.05.2026 § 7",
    ],
)
def test_a_cross_reference_in_lower_case_is_no_earlier_handling(line: str) -> None:
    """A wrapped line of running text that refers to a decision (``ks. 8.5.2026 § 61``) names no body; a
    body's abbreviation in lower case (``sivltk 08.05.2026 § 61``) still does."""
    assert not is_earlier_handling(line)
    assert is_earlier_handling("sivltk 08.05.2026 § 61")


@pytest.mark.parametrize(
    "record",
    [
        "Ingen begärde omröstning.",
        "Beslutet fattades utan omröstning.",
        "Ingen omröstning förrättades.",
    ],
)
def test_a_handling_that_records_no_vote_leaves_the_decision_approved(tmp_path: Path, record: str) -> None:
    """``Behandling`` names a vote only to say none was held (``Ingen begärde omröstning.``): the decision
    stays approved, not voted."""
    path = _written(
        tmp_path,
        [
            "RSS-länk",
            "Sammanträdesärenden:https://exempelby-sv.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems",
            "Bildningsnämnden",
            "Protokoll 12.11.2026/Paragraf 88",
            "Skolskjutsarna i Västerudd",
            "Bildningsnämnden 12.11.2026 § 88",
            "Beredare Skolchef Tove Provsson",
            "Redogörelse Skjutsavtalet går ut vid årsskiftet.",
            "Beslutsförslag Bildningsnämnden godkänner det nya skjutsavtalet.",
            f"Behandling Ordföranden konstaterade att ärendet diskuterats. {record}",
            "Beslut Bildningsnämnden godkände det nya skjutsavtalet.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert record in (item.handling or "")
    assert item.outcome is Outcome.APPROVED


def test_a_sentence_starting_with_peruste_inside_a_decision_stays_in_it(tmp_path: Path) -> None:
    """``Peruste`` with text on its line opens the presentation, but inside an open proposal or decision
    (``Peruste Kuntalain 91 §:n mukaan …``) it is a sentence of that part, not the start of another."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 19.10.2026/Pykälä 133",
            "",
            "Lainan takaus Jokivarren Lämpö Oy:lle",
            "",
            "Khall 19.10.2026 § 133",
            "",
            "Valmistelija rahoituspäällikkö Veikko Kokeilu",
            "",
            "Peruste Yhtiö rakentaa uuden lämpökeskuksen.",
            "",
            "Päätösehdotus Kunnanhallitus esittää valtuustolle takauksen myöntämistä.",
            "",
            "Peruste Takaus on yhtiön ainoa vakuus.",
            "",
            "Päätös Kunnanhallitus hyväksyi päätösehdotuksen.",
            "",
            "Peruste Kuntalain 129 §:n mukaan kunta voi antaa takauksen tytäryhtiölleen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Yhtiö rakentaa uuden lämpökeskuksen."
    assert item.proposal == "Kunnanhallitus esittää valtuustolle takauksen myöntämistä.\n" + (
        "Peruste Takaus on yhtiön ainoa vakuus."
    )
    assert item.decision == "Kunnanhallitus hyväksyi päätösehdotuksen.\n" + (
        "Peruste Kuntalain 129 §:n mukaan kunta voi antaa takauksen tytäryhtiölleen."
    )


@pytest.mark.parametrize("opening", ["Asiaan liittyen", "Alustavaan aikatauluun liittyen", "Kokonaan uutena"])
def test_an_office_over_an_illative_opening_is_no_proposal(tmp_path: Path, opening: str) -> None:
    """``Tekninen johtaja: Asiaan liittyen todetaan …`` in the presentation: a word in -aan that is no
    passive verb (an illative, an adverb) does not make the office's line a proposal, as a passive verb
    (``Hyväksytään …``) does."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 03.09.2026/Pykälä 72",
            "",
            "Laiturin korjaus",
            "",
            "Teknltk 03.09.2026 § 72",
            "",
            "Selostus Laituri on vaurioitunut jäiden vuoksi.",
            "",
            f"Tekninen johtaja: {opening} todetaan, että korjaus tehdään syksyllä.",
            "",
            "Päätösehdotus Tekninen lautakunta hyväksyy korjauksen.",
            "",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Tekninen lautakunta hyväksyy korjauksen."
    assert item.reasons == "Laituri on vaurioitunut jäiden vuoksi.\n" + (
        f"Tekninen johtaja: {opening} todetaan, että korjaus tehdään syksyllä."
    )
    assert item.presenter is None


def test_the_last_line_naming_what_the_body_did_starts_the_decision_in_a_handling(tmp_path: Path) -> None:
    """A handling with no decision part under it whose first line says what the body did about the
    procedure (``Ympäristölautakunta päätti kuulla …``): the motions and the vote after it are the
    handling, and the decision is the last line naming what the body did."""
    path = _saved_item(
        tmp_path,
        [
            "Ympäristölautakunta",
            "Pöytäkirja 24.09.2026/Pykälä 58",
            "",
            "Maa-ainesluvan jatkaminen",
            "",
            "Ymplk 24.09.2026 § 58",
            "",
            "Selostus Luvanhaltija hakee jatkoa ottamislupaan.",
            "",
            "Päätösehdotus Ympäristölautakunta myöntää jatkoa viisi vuotta.",
            "",
            "Käsittely",
            "Ympäristölautakunta päätti kuulla asiantuntijana ympäristötarkastaja Sanna Kokeilua.",
            "Jäsen Mikko Mallikas ehdotti, että jatkoa myönnetään kolme vuotta. Ehdotusta kannatettiin.",
            "Äänestyksessä päätösehdotus sai 6 ääntä ja Mallikkaan ehdotus 3 ääntä.",
            "Ympäristölautakunta hyväksyi päätösehdotuksen äänin 6–3.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Ympäristölautakunta hyväksyi päätösehdotuksen äänin 6–3."
    assert (item.handling or "").startswith("Ympäristölautakunta päätti kuulla asiantuntijana")
    assert "Äänestyksessä päätösehdotus sai 6 ääntä" in (item.handling or "")
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)


def test_a_long_line_after_the_decision_does_not_stall(tmp_path: Path) -> None:
    """The check whether lines after the decision record members leaving or returning (``… poistui
    kokouksesta``) once took time growing with the square of a long line: 80 KB of one word repeated
    took seconds. It reads in well under that, and the line stays in the decision."""
    line = "saapui " * 11_000
    path = _saved_item(
        tmp_path,
        [
            "Vapaa-aikalautakunta",
            "Pöytäkirja 05.11.2026/Pykälä 90",
            "",
            "Nuorisotilan aukioloajat",
            "",
            "Vapltk 05.11.2026 § 90",
            "",
            "Päätösehdotus Vapaa-aikalautakunta hyväksyy aukioloajat.",
            "",
            "Päätös Hyväksyttiin.",
            line,
        ],
    )
    with within(2):
        [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Hyväksyttiin.\n" + line.strip()


def test_an_organisation_after_a_name_is_found_in_linear_time() -> None:
    """A long run of spaces before no organisation once cost time growing with its square."""
    import time as clock

    from paatosdata.parse import dynasty10

    start = clock.perf_counter()
    assert dynasty10._ORGANISATION.search("Sivistysjohtaja Virta Aino" + " " * 20_000 + "x") is None
    assert clock.perf_counter() - start < 1  # about a millisecond; seconds before
    found = dynasty10._ORGANISATION.search("Sivistysjohtaja Virta Aino Esimerkin kunta")
    assert found is not None and found.group("organisation") == "Esimerkin kunta"


def test_a_long_title_run_into_the_header_s_number(tmp_path: Path) -> None:
    """A bilingual title glued to the header's number makes the header's line longer than a header
    usually is (``Pöytäkirja 12.04.2026/Pykälä 33Esimerkkilän … / Uppdatering av …``): it is still the page's
    header, and the body over it is the bilingual body's Finnish name."""
    title = (
        "Esimerkkilän kirjastojen aukioloaikojen ja omatoimikirjastojen käyttösääntöjen päivitys"
        " 1.6.2026 alkaen / Uppdatering av öppettiderna och reglerna för meröppna bibliotek i Exempelby"
        " från och med 1.6.2026"
    )
    path = _saved_item(
        tmp_path,
        [
            "Kulttuurivaliokunta / Kulturutskottet",
            f"Pöytäkirja 12.04.2026/Pykälä 33{title}",
            "",
            "88/12.06.00/2026",
            "",
            "Kirjastojen aukioloajat päivitetään vastaamaan kävijämääriä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (document.meeting.body.name, document.meeting.date) == ("Kulttuurivaliokunta", date(2026, 4, 12))
    assert (item.number, item.title) == ("33", title)
    assert item.reasons == "Kirjastojen aukioloajat päivitetään vastaamaan kävijämääriä."


def test_an_earlier_handling_naming_the_body_between_its_number_and_date(tmp_path: Path) -> None:
    """``KULTVLK § 12 Kulttuurivaliokunta / Kulturutskottet 14.02.2019``: the abbreviation and the number,
    then the body's full bilingual name, then the date. It is an earlier handling, no sentence of the
    presentation."""
    path = _saved_item(
        tmp_path,
        [
            "Kulttuurivaliokunta / Kulturutskottet",
            "Pöytäkirja 12.04.2026/Pykälä 34",
            "",
            "Taideteosten lainaus kouluille",
            "",
            "91/12.06.00/2019",
            "",
            "KULTVLK § 12 Kulttuurivaliokunta / Kulturutskottet 14.02.2019",
            "",
            "Kunnan taidekokoelman teoksia on lainattu kouluille vuodesta 2015 alkaen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2019, 2, 14), "12")]
    assert item.reasons == "Kunnan taidekokoelman teoksia on lainattu kouluille vuodesta 2015 alkaen."
    assert is_earlier_handling("Khall § 7 Kunnanhallitus 03.05.2021")
    assert not is_earlier_handling("Kunnanhallitus päätti § 7 mukaisesti 03.05.2021")


def test_an_earlier_handling_by_a_company_s_board(tmp_path: Path) -> None:
    """``Kylpyläkeskus Oy:n hallitus 12.11.2025 § 84``: a handling by the board of the town's company, its
    name in the genitive with a colon (``Oy:n``), is an earlier handling, no sentence of the presentation."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 20.01.2026/Pykälä 5",
            "",
            "Uimahallin aukioloajat",
            "",
            "Kylpyläkeskus Oy:n hallitus 12.11.2025 § 84",
            "",
            "Kaupunkilaiset ovat toivoneet uimahallille pidempiä aukioloaikoja.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Kylpyläkeskus Oy:n hallitus", date(2025, 11, 12), "84")
    ]
    assert item.reasons == "Kaupunkilaiset ovat toivoneet uimahallille pidempiä aukioloaikoja."
    assert not is_earlier_handling("Huom: 12.11.2025 § 84")


def test_a_preparer_with_a_short_phone_mark_at_the_end_of_the_page(tmp_path: Path) -> None:
    """``Valmistelija Nuorisopalveluiden johtaja Outi Esimerkki, p. 040 765 4321.`` as the page's last line,
    after the presenter: a full stop closes it and it has eight words, yet ``p.`` before a number as
    phones are written marks a contact line, not the presentation's first sentence."""
    path = _saved_item(
        tmp_path,
        [
            "Vapaa-aikalautakunta",
            "Pöytäkirja 03.09.2026/Pykälä 61",
            "",
            "Nuorisotilojen käyttösääntö 1.10.2026 alkaen",
            "",
            "Vapaa-aikalautakunta 03.09.2026 § 61",
            "",
            "Päätösehdotus Vapaa-aikalautakunta hyväksyy käyttösäännön.",
            "",
            "Päätös Päätösehdotus hyväksyttiin.",
            "",
            "Selostus ",
            "",
            "Käyttösääntö kokoaa nuorisotilojen aukiolon ja vuoron varaamisen ohjeet yhteen.",
            "",
            "Esittelijä Vapaa-aikajohtaja Veli Kokeilu",
            "",
            "Valmistelija Nuorisopalveluiden johtaja Outi Esimerkki, p. 040 765 4321.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Outi Esimerkki", "040 765 4321")]
    assert item.reasons == "Käyttösääntö kokoaa nuorisotilojen aukiolon ja vuoron varaamisen ohjeet yhteen."


def test_the_proposing_body_alone_on_its_line_heads_the_proposal(tmp_path: Path) -> None:
    """``Kunnanhallitus esittää`` on a line of its own over ``Kunnanvaltuusto päättää …`` in the council's
    handling: the label of the proposal, whose text is the line below; it is neither the presentation
    nor part of the proposal's text."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanvaltuusto",
            "Pöytäkirja 07.12.2026/Pykälä 71",
            "",
            "Kiinteistöveroprosentit vuodelle 2027",
            "",
            "Kunnanvaltuusto 07.12.2026 § 71",
            "",
            "Kunnanhallitus esittää",
            "",
            "Kunnanvaltuusto vahvistaa yleiseksi kiinteistöveroprosentiksi 1,30.",
            "",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Kunnanvaltuusto vahvistaa yleiseksi kiinteistöveroprosentiksi 1,30."
    assert item.reasons is None
    assert item.decision == "Hyväksyttiin."


def test_a_council_s_handling_of_only_proposal_and_decision_takes_the_board_s_presentation(
    tmp_path: Path,
) -> None:
    """A council's page with the board's handling over its own (single line breaks): the council prints
    only the board's proposal and its decision, so the matter's preparer and presentation are the board's,
    the latest earlier handling that has them. The board's presenter, proposal and decision stay the
    board's."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kaupunginvaltuusto",
        "Pöytäkirja 07.12.2026/Pykälä 88",
        "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
        "Kiinteistöveroprosentit vuodelle 2027",
        "Kaupunginhallitus 23.11.2026 § 240",
        "Valmistelija rahoitusjohtaja Ilkka Esimerkki",
        "Kaupunki päättää kiinteistöveroprosenteista vuosittain lain rajoissa. Prosentit ilmoitetaan.",
        "Talousarvio on laadittu nykyisten prosenttien varaan.",
        "Esittelijä Kaupunginjohtaja",
        "Päätösehdotus Kaupunginhallitus ehdottaa valtuustolle, että prosentit pidetään ennallaan.",
        "Päätös Hyväksyttiin.",
        "Kaupunginvaltuusto 07.12.2026 § 88",
        "412/02.02.01/2026",
        "Kaupunginhallitus ehdottaa",
        "Kaupunginvaltuusto pitää kiinteistöveroprosentit ennallaan.",
        "Päätös Hyväksyttiin.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Ilkka Esimerkki", "rahoitusjohtaja")]
    assert (item.reasons or "").startswith("Kaupunki päättää kiinteistöveroprosenteista vuosittain")
    assert item.proposal == "Kaupunginvaltuusto pitää kiinteistöveroprosentit ennallaan."
    assert item.presenter is None
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 11, 23), "240")]


def test_a_later_handling_printed_on_the_page_lends_no_presentation(tmp_path: Path) -> None:
    """The board's handling after the council's (the case came back to it a week later) is printed on the
    council's page too: the council's matter is still that of the board's handling before it."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kaupunginvaltuusto",
        "Pöytäkirja 07.12.2026/Pykälä 88",
        "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
        "Kiinteistöveroprosentit vuodelle 2027",
        "Kaupunginhallitus 23.11.2026 § 240",
        "Valmistelija rahoitusjohtaja Ilkka Esimerkki",
        "Kaupunki päättää kiinteistöveroprosenteista vuosittain lain rajoissa.",
        "Esittelijä Kaupunginjohtaja",
        "Päätösehdotus Kaupunginhallitus ehdottaa valtuustolle, että prosentit pidetään ennallaan.",
        "Päätös Hyväksyttiin.",
        "Kaupunginvaltuusto 07.12.2026 § 88",
        "412/02.02.01/2026",
        "Kaupunginhallitus ehdottaa",
        "Kaupunginvaltuusto pitää kiinteistöveroprosentit ennallaan.",
        "Päätös Hyväksyttiin.",
        "Kaupunginhallitus 14.12.2026 § 260",
        "Valmistelija hallintojohtaja Outi Jälkinen",
        "Valtuuston päätös ilmoitetaan Verohallinnolle.",
        "Päätösehdotus Kaupunginhallitus merkitsee päätöksen tiedoksi.",
        "Päätös Hyväksyttiin.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Ilkka Esimerkki"]
    assert (item.reasons or "").startswith("Kaupunki päättää kiinteistöveroprosenteista")
    assert item.proposal == "Kaupunginvaltuusto pitää kiinteistöveroprosentit ennallaan."


def test_a_council_s_handling_with_a_presentation_of_its_own_keeps_it(tmp_path: Path) -> None:
    """The board's presentation is taken only where the council's handling has none: a council that
    prints a sentence of its own keeps it as the presentation, and takes the board's preparer."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Pöytäkirja 07.12.2026/Pykälä 89",
            "",
            "Jäsenmaksun korotus",
            "",
            "Kaupunginhallitus 23.11.2026 § 241",
            "",
            "Valmistelija hallintojohtaja Aino Kokeilu",
            "",
            "Liitto on korottanut jäsenmaksuaan.",
            "",
            "Päätösehdotus Kaupunginhallitus ehdottaa valtuustolle, että korotus hyväksytään.",
            "",
            "Kaupunginvaltuusto 07.12.2026 § 89",
            "",
            "Valtuustolle on jaettu liiton kirje.",
            "",
            "Kaupunginhallitus ehdottaa",
            "",
            "Kaupunginvaltuusto hyväksyy korotuksen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Valtuustolle on jaettu liiton kirje."
    assert [p.name for p in item.preparers] == ["Aino Kokeilu"]
    assert item.proposal == "Kaupunginvaltuusto hyväksyy korotuksen."


def test_preparers_running_on_over_lines_joined_by_ja_are_no_presentation(tmp_path: Path) -> None:
    """``Valmistelijat`` with two officials on its line, and a paragraph of two more over two lines joined by
    ``ja``, each with its phone: all four are preparers, and the presentation starts after its own label
    (``Selostus asiasta Kunta …``)."""
    path = _saved_item(
        tmp_path,
        [
            "Aluevaltuusto",
            "Pöytäkirja 09.06.2026/Pykälä 41",
            "",
            "Palveluverkon ensimmäinen vaihe",
            "",
            "Aluehallitus 26.05.2026 § 140",
            "",
            "Valmistelijat palvelujohtaja Sari Esimerkki, p. 050 111 2222,"
            " aluejohtaja Pekka Kokeilu, p. 050 333 4444,",
            "",
            " hallintojohtaja Liisa Mallikas p. 040 555 6666 ja",
            "talouspäällikkö Olli Testinen p. 044 777 8888",
            "",
            "Selostus asiasta Hallinto-oikeus on tulkinnut esteellisyyttä uudella tavalla."
            " Päätökset käsitellään uudelleen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Sari Esimerkki", "050 111 2222"),
        ("Pekka Kokeilu", "050 333 4444"),
        ("Liisa Mallikas", "040 555 6666"),
        ("Olli Testinen", "044 777 8888"),
    ]
    assert (item.reasons or "").startswith("Hallinto-oikeus on tulkinnut esteellisyyttä")


def test_a_bilingual_office_broken_over_two_paragraphs_is_one_preparer_s(tmp_path: Path) -> None:
    """``Valmistelija / Beredare: kirjastopäällikkö/chef för`` with the rest of the office and the name in the
    next paragraph (``bibliotekstjänster Aino Esimerkki, …``): one preparer, the office as printed in both
    languages, and neither line a sentence of the presentation."""
    path = _saved_item(
        tmp_path,
        [
            "Kulttuurivaliokunta / Kulturutskottet",
            "Pöytäkirja 12.04.2026/Pykälä 35",
            "",
            "Kirjastoauton reitit",
            "",
            "KULTVLK § 20 Kulttuurivaliokunta / Kulturutskottet 10.03.2026",
            "",
            "Valmistelija / Beredare: kirjastopäällikkö/chef för",
            "",
            "bibliotekstjänster Aino Esimerkki, aino.esimerkki(at)esimerkkila.fi",
            "",
            "Kirjastoauton reitit uudistetaan koulujen lukujärjestysten mukaan.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title, p.email) for p in item.preparers] == [
        ("Aino Esimerkki", "kirjastopäällikkö/chef för bibliotekstjänster", "aino.esimerkki@esimerkkila.fi")
    ]
    assert item.reasons == "Kirjastoauton reitit uudistetaan koulujen lukujärjestysten mukaan."


def test_an_older_page_s_table_of_handlings_run_into_the_header(tmp_path: Path) -> None:
    """An older page prints its table of handlings right under the header, a cell a line, the first body
    run into the number (``Pykälä 52Seutulautakunta`` / ``§ 88`` / ``14.09.2023`` / …, the page's own last):
    every earlier row is a handling of the history, the page's own none, and the title follows."""
    path = _saved_item(
        tmp_path,
        [
            "Yhtymähallitus",
            "Pöytäkirja 18.04.2024 Pykälä 52Seutulautakunta",
            "§ 88",
            "14.09.2023",
            "Valmisteluryhmä",
            "§ 12",
            "02.10.2023",
            "Seutulautakunta",
            "§ 131",
            "23.11.2023",
            "Yhtymähallitus",
            "§ 52",
            "18.04.2024",
            "",
            " ",
            "",
            "Yhtymän hallintosäännön uudistaminen",
            "",
            "Seutulautakunta 14.09.2023 § 88",
            "",
            "Hallintosääntöä on viimeksi muutettu vuonna 2019, ja sitä on tarkistettava.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("52", "Yhtymän hallintosäännön uudistaminen")
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Seutulautakunta", date(2023, 9, 14), "88"),
        ("Valmisteluryhmä", date(2023, 10, 2), "12"),
        ("Seutulautakunta", date(2023, 11, 23), "131"),
    ]
    assert document.meeting.body.name == "Yhtymähallitus"


def test_subheadings_after_the_contacts_open_the_presentation(tmp_path: Path) -> None:
    """``Lisätiedot:`` and its contact lines, then short subheadings (``Pyöräpysäköinnin lisääminen`` /
    ``Hankkeen lähtökohdat``) over the first paragraph of prose: the subheadings open the presentation,
    they are no contact of the preparer."""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 10.03.2026/Pykälä 31",
            "",
            "Pyöräpysäköinnin hankesuunnitelma",
            "",
            "TEKLA 10.03.2026 § 31",
            "",
            "88/10.03.01.00.00/2026",
            "",
            "Lisätiedot:",
            "",
            "Suunnitteluinsinööri Aino Esimerkki, puh. 040 555 0101",
            "",
            "etunimi.sukunimi@esimerkkila.fi",
            "",
            "Pyöräpysäköinnin lisääminen koulujen pihoille",
            "",
            "Hankkeen lähtökohdat",
            "",
            "Kaupunki on sitoutunut lisäämään turvallisia pyöräpaikkoja koulujen pihoille vuoteen 2028.",
        ],
    )
    [item] = read_path(path)[0].items
    assert [(p.name, p.phone) for p in item.preparers] == [("Aino Esimerkki", "040 555 0101")]
    assert item.reasons is not None
    assert item.reasons.split("\n")[:3] == [
        "Pyöräpysäköinnin lisääminen koulujen pihoille",
        "Hankkeen lähtökohdat",
        "Kaupunki on sitoutunut lisäämään turvallisia pyöräpaikkoja koulujen pihoille vuoteen 2028.",
    ]


def test_the_preparation_s_label_beside_a_subheading_opens_the_presentation(tmp_path: Path) -> None:
    """``Valmistelu  Taustaa`` (the label at the side, the subheading beside it) over prose, after the
    preparer's own ``Valmistelija`` line: the subheading is the presentation's first line, no preparer."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 23.02.2026/Pykälä 41",
            "",
            "Vanhan paloaseman myynti",
            "",
            "176/02.07.01/2026",
            "",
            "Valmistelija  kiinteistöpäällikkö Olli Esimerkki",
            "",
            "Valmistelu  Taustaa",
            "",
            "Kaupunki on luopunut vanhasta paloasemasta, koska pelastuslaitos on muuttanut uusiin tiloihin.",
        ],
    )
    [item] = read_path(path)[0].items
    assert [p.name for p in item.preparers] == ["Olli Esimerkki"]
    assert item.reasons is not None
    assert item.reasons.split("\n")[:2] == [
        "Taustaa",
        "Kaupunki on luopunut vanhasta paloasemasta, koska pelastuslaitos on muuttanut uusiin tiloihin.",
    ]


@pytest.mark.parametrize(
    ("answer", "made"), [("Kyllä [x] Ei [ ]", True), ("Kyllä [ ] Ei [X]", False), ("Kyllä [ ] Ei [ ]", None)]
)
def test_an_impact_assessment_asked_with_answer_boxes(tmp_path: Path, answer: str, made: bool | None) -> None:
    """``Ennakkovaikutusten arviointi laadittu: Kyllä [ ] Ei [ ]``: the ticked box says whether the
    assessment was made; with neither ticked the form says nothing, and no assessment is claimed."""
    path = _saved_item(
        tmp_path,
        [
            "Rakennuslautakunta",
            "Pöytäkirja 12.03.2026/Pykälä 18",
            "",
            "Oikaisuvaatimus rakennusluvasta",
            "",
            "41/10.03.00.01/2026",
            "",
            f"Ennakkovaikutusten arviointi laadittu: {answer}",
            "",
            "Valmistelija  rakennustarkastaja Eero Esimerkki, puh. 040 555 0202",
            "",
            "Oikaisuvaatimuksen kohteena on rakennuslupa, joka on myönnetty konehallin rakentamiseen.",
        ],
    )
    [item] = read_path(path)[0].items
    assert (item.impact.made if item.impact else None) == made
    assert item.reasons is not None and item.reasons.startswith("Oikaisuvaatimuksen kohteena on rakennuslupa")
    assert any(section.kind == "impact" and answer in section.text for section in item.sections)


def test_a_shared_host_naming_the_municipality_by_its_folder_alone(tmp_path: Path) -> None:
    """``dynastyjulkaisu.esimerkki.net/Toholampi/cgi/``: a shared host's folder over the service names the
    municipality without the ``D10_`` prefix (spelt without its dots: ``Polvijarvi``); a
    folder that names no municipality (``/dynasty10/cgi/``) names none."""
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://dynastyjulkaisu.esimerkki.net:443/Toholampi/cgi/DREQUEST.PHP?page=rss/meetingitems",
        "Valtuusto",
        "Pöytäkirja 10.06.2026/Pykälä 16",
        "Tarkastuslautakunnan vaali",
        "Valtuusto valitsee toimikaudekseen tarkastuslautakunnan, jossa on viisi jäsentä.",
        "Päätös",
        "Hyväksyttiin.",
    ]
    path = _written(tmp_path, lines)
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Toholampi", "849")
    path.write_text("\n".join(lines).replace("/Toholampi/", "/dynasty10/"), encoding="utf-8")
    [document] = read_path(path)
    assert document.meeting.municipality is None


def test_a_council_s_own_handling_printed_first_takes_the_board_s_presentation_after_its_decision(
    tmp_path: Path,
) -> None:
    """The council's own handling printed first, its proposal under the board's abbreviated name (``Khall
    päätösehdotus``), then the board's earlier handling with its proposal and decision first and the
    presentation, presenter and preparer after them: the council's proposal and decision are its own, the
    matter's presentation and preparer the board's. The board's presenter stays the board's."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanvaltuusto",
            "Pöytäkirja 12.10.2026/Pykälä 61",
            "",
            "Kokousasian teksti",
            "",
            "Vanhusneuvoston yhteyshenkilön valinta",
            "",
            "Kunnanvaltuusto 12.10.2026 § 61",
            "",
            "508/00.00.01.00/2026",
            "",
            " ",
            "",
            "Khall päätösehdotus",
            "",
            " ",
            "",
            " Kunnanhallitus esittää valtuustolle, että se valitsee vanhusneuvostolle yhteyshenkilön.",
            "",
            "Päätös Kunnanvaltuusto valitsi yhteyshenkilöksi Aarne Kokeilijan.",
            "",
            "Kunnanhallitus 21.09.2026 § 177",
            "",
            "Päätösehdotus Kunnanhallitus esittää valtuustolle, että se valitsee neuvostolle yhteyshenkilön.",
            "",
            "Päätös Kunnanjohtajan esitys hyväksyttiin.",
            "",
            "Selostus Esimerkkilän kunnassa toimii vanhusneuvosto. Neuvostolla on ollut yhteyshenkilö.",
            "",
            "Esittelijä Kunnanjohtaja Veera Testinen",
            "",
            "Valmistelija hallintojohtaja Olli Mallinen, puh. 040 111 22",
        ],
    )
    [item] = read_path(path)[0].items
    assert (
        item.proposal
        == "Kunnanhallitus esittää valtuustolle, että se valitsee vanhusneuvostolle yhteyshenkilön."
    )
    assert item.decision == "Kunnanvaltuusto valitsi yhteyshenkilöksi Aarne Kokeilijan."
    assert (item.reasons or "").startswith("Esimerkkilän kunnassa toimii vanhusneuvosto.")
    assert [p.name for p in item.preparers] == ["Olli Mallinen"]
    assert item.presenter is None
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 9, 21), "177")]


def test_an_earlier_handling_s_own_dnro_is_no_line_of_the_presentation(tmp_path: Path) -> None:
    """The board's page cut before its own handling: the case's dnro under the title, then the council's
    earlier handling with the dnro it had then (``KV 14.05.2019 § 33`` / ``211/00.02.00/2019``). That dnro
    marks the handling; the presentation starts with the text after it and the case keeps its own dnro."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 15.03.2021/Pykälä 48",
            "",
            "Edellinen asia | Seuraava asia Muutoksenhakuohje Kokousasia PDF-muodossa",
            "",
            "Pyöräteiden talvikunnossapitoa koskeva valtuustoaloite",
            "",
            "96/10.03.02/2020",
            "",
            "KV 14.05.2019 § 33",
            "",
            "211/00.02.00/2019",
            "",
            "Valtuutettu Kaisa Kokeilu jätti seuraavan valtuustoaloitteen:",
            "",
            '"Esitämme, että pyörätiet aurataan ennen ajoratoja."',
        ],
    )
    [item] = read_path(path)[0].items
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "96/10.03.02/2020"
    assert (item.reasons or "").startswith("Valtuutettu Kaisa Kokeilu jätti seuraavan valtuustoaloitteen:")
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2019, 5, 14), "33")]


def test_an_agenda_s_own_mark_by_a_lower_case_abbreviation_is_no_title(tmp_path: Path) -> None:
    """An agenda's own handling printed as the body's abbreviation in lower case and the date with no number
    (``vanhneu 07.09.2026``) under the title, over the dnro: a mark, neither the title nor text."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkilad10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Vanhusneuvosto",
            "Esityslista 07.09.2026/Asianro 14",
            "Edellinen asia | Seuraava asia | ![]() |",
            "Vanhusneuvoston toimintasuunnitelma",
            "vanhneu 07.09.2026",
            "612/00.01.01.00/2026",
            "Vanhusneuvosto laatii vuosittain toimintasuunnitelman. Se esitetään kunnanhallitukselle.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Vanhusneuvoston toimintasuunnitelma"
    assert (item.reasons or "").startswith("Vanhusneuvosto laatii vuosittain toimintasuunnitelman.")
    assert item.history == []


def test_the_presenter_s_line_after_contacts_under_a_heading_alone_is_the_presenter(tmp_path: Path) -> None:
    """``Valmistelu ja lisätiedot:`` alone on its line keeps the contact lines that follow it; a line that
    opens a part of its own (``Esittelijä Sivistysjohtaja Olli Opastaja``) after them is the presenter, not
    one more preparer (lines saved one a line)."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Sivistyslautakunta",
        "Esityslista 21.04.2026/Asianro 37",
        "Edellinen asia | Seuraava asia | ![]() |",
        "Koulukuljetusten järjestäminen lukuvuonna 2026-2027",
        "Sivistyslautakunta 21.04.2026",
        "88/12.01.00/2026",
        "Koulukuljetukset kilpailutettiin keväällä, ja tarjouksia saatiin kolme.",
        "Kuljetusreitit pysyvät ennallaan.",
        "Valmistelu ja lisätiedot:",
        "opetuspäällikkö Riikka Reitti",
        "riikka.reitti(at)esimerkkila.fi, p. 040 555 0123",
        "Esittelijä Sivistysjohtaja Olli Opastaja",
        "Päätösesitys Sivistyslautakunta hyväksyy koulukuljetusten järjestämisen esityksen mukaisesti.",
        "Päätös",
        "Edellinen asia | Seuraava asia | ![]() |",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Riikka Reitti", "040 555 0123")]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Olli Opastaja", "sivistysjohtaja")
    assert item.proposal is not None and item.proposal.startswith("Sivistyslautakunta hyväksyy")


def test_attachment_cells_closed_by_an_empty_cell_glued_to_the_bar_are_attachments(tmp_path: Path) -> None:
    """Under the navigation line the attachments' rows close with an empty cell glued to the bar
    (``Tilinpäätös 2025 Esimerkkilä | ||``), the last with one bar: all are attachments, and the title is
    the line after them (lines saved one a line)."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanvaltuusto",
        "Pöytäkirja 15.06.2026/Pykälä 41",
        "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
        "Tilinpäätös 2025 Esimerkkilä | ||",
        "15.06.2026 Äänestysraportti § 41 äänestys 1 |",
        "Vuoden 2025 tilinpäätöksen hyväksyminen",
        "77/02.06.01/2026",
        "Kunnanhallitus 25.05.2026 § 130",
        "Kuntalain mukaan tilinpäätös on laadittava maaliskuun loppuun mennessä.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Vuoden 2025 tilinpäätöksen hyväksyminen"
    assert [a.title for a in item.attachments] == [
        "Tilinpäätös 2025 Esimerkkilä",
        "15.06.2026 Äänestysraportti § 41 äänestys 1",
    ]
    assert item.reasons is not None
    assert item.reasons.startswith("Kuntalain mukaan tilinpäätös")


def test_an_agenda_s_own_handling_printed_without_a_number_below_the_board_s(tmp_path: Path) -> None:
    """An agenda page printing the board's handling first (``Kunnanhallitus 04.05.2026 § 88`` with its own
    ``Esitys`` and ``Päätös``), then a rule and the page's own handling by the meeting's body and date
    alone (``Kunnanvaltuusto 25.05.2026``): the board's proposal is history, the item's proposal is the
    one under the council's line (lines saved one a line)."""
    path = tmp_path / "item.txt"
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Kunnanvaltuusto",
        "Esityslista 25.05.2026/Asianro 9",
        "Edellinen asia | Seuraava asia | ![]() |",
        "Tarkastuslautakunnan jäsenen valitseminen",
        "Kunnanhallitus 04.05.2026 § 88",
        "Valmistelija: hallintojohtaja Harri Hallinto.",
        "Tarkastuslautakunnan jäsen on pyytänyt eroa luottamustoimestaan.",
        "Esitys",
        "Khall Kunnanhallitus päättää esittää valtuustolle seuraavan päätösehdotuksen:",
        "Kunnanvaltuusto valitsee tarkastuslautakuntaan uuden jäsenen loppukaudeksi.",
        "Päätös Kunnanhallitus päätti esityksen mukaisesti.",
        "__________",
        "Kunnanvaltuusto 25.05.2026",
        "61/00.00.01.00/2026",
        "Kunnanhallitus esittää valtuustolle seuraavan päätösehdotuksen.",
        "Esitys Kunnanvaltuusto valitsee tarkastuslautakuntaan uuden jäsenen loppukaudeksi.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert document.kind is DocumentKind.AGENDA
    assert item.proposal == "Kunnanvaltuusto valitsee tarkastuslautakuntaan uuden jäsenen loppukaudeksi."
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 5, 4), "88")]
    assert item.case is not None and item.case.diary_number.raw == "61/00.00.01.00/2026"


def test_a_decision_under_the_body_s_name_closed_by_a_colon(tmp_path: Path) -> None:
    """``Päätös`` / ``Tekninen lautakunta:`` / ``Esittelijän ehdotus hyväksyttiin.``: the name with its colon
    says who decided, beside the heading, as without the colon; a numbered decision under the name
    (``Tekninen lautakunta:`` / ``1. hyväksyi …``) keeps it as the subject of its lines."""
    head = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Tekninen lautakunta",
        "Pöytäkirja 12.05.2026/Pykälä 33",
        "Edellinen asia | Seuraava asia | ![]() |",
        "Katuvalaistuksen saneeraus",
        "Tekninen lautakunta 12.05.2026 § 33",
        "140/10.03.02/2026",
        "Katuvalaisimet vaihdetaan led-valaisimiin kahden vuoden aikana.",
        "Päätösehdotus Tekninen lautakunta hyväksyy saneeraussuunnitelman.",
        "Päätös",
    ]
    single = tmp_path / "single.txt"
    single.write_text(
        "\n".join([*head, "Tekninen lautakunta:", "Esittelijän ehdotus hyväksyttiin."]), "utf-8"
    )
    [document] = read_path(single)
    [item] = document.items
    assert item.decision == "Esittelijän ehdotus hyväksyttiin."
    decision = next(s for s in item.sections if s.kind == "decision")
    assert decision.heading == "Päätös Tekninen lautakunta"
    numbered = tmp_path / "numbered.txt"
    lines = [
        *head,
        "Tekninen lautakunta:",
        "1. hyväksyi saneeraussuunnitelman",
        "2. merkitsi tiedoksi aikataulun",
    ]
    numbered.write_text("\n".join(lines), "utf-8")
    [document] = read_path(numbered)
    [item] = document.items
    assert item.decision is not None and item.decision.startswith("Tekninen lautakunta:\n1. hyväksyi")


def test_the_presenter_s_line_inside_the_proposal_s_part_leaves_the_proposal_under_it(tmp_path: Path) -> None:
    """``Päätösehdotus`` / ``esittelijä: tarkastuslautakunnan puheenjohtaja`` / the proposal's lines, one
    paragraph a line: the office presents, and the lines under its line are the proposal, not the
    presenter's text."""
    path = _saved_item(
        tmp_path,
        [
            "Tarkastuslautakunta",
            "Pöytäkirja 14.04.2026/Pykälä 17",
            "Arviointikertomus 2025",
            "Tarkastuslautakunta 14.04.2026 § 17",
            "52/00.03.00/2026",
            "Valmistelija",
            "hallintosihteeri Ilona Kokeilu, etunimi.sukunimi@esimerkkila.fi",
            "Päätösehdotus",
            "esittelijä: tarkastuslautakunnan puheenjohtaja",
            "Tarkastuslautakunta esittää valtuustolle, että se",
            "1) merkitsee arviointikertomuksen vuodelta 2025 tiedoksi ja",
            "2) edellyttää kunnanhallitukselta selvitystä toimenpiteistä.",
            "Päätös",
            "Esitys hyväksyttiin.",
            "Selostus",
            "Tarkastuslautakunta laatii vuosittain arviointikertomuksen valtuustolle.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.proposal == (
        "Tarkastuslautakunta esittää valtuustolle, että se\n"
        "1) merkitsee arviointikertomuksen vuodelta 2025 tiedoksi ja\n"
        "2) edellyttää kunnanhallitukselta selvitystä toimenpiteistä."
    )
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "tarkastuslautakunnan puheenjohtaja")
    assert item.decision == "Esitys hyväksyttiin."
    assert item.reasons == "Tarkastuslautakunta laatii vuosittain arviointikertomuksen valtuustolle."


def test_an_official_named_under_the_own_handling_line_prepared_the_item(tmp_path: Path) -> None:
    """An older page: body, ``§``, date, title, dnro, the own handling line, then ``Talouspäällikkö Erkki
    Esimerkki`` alone on its line with no colon over the presentation: the official prepared the item, and
    the line is no sentence of the reasons."""
    path = _saved_item(
        tmp_path,
        [
            "Ympäristölautakunta",
            "Pöytäkirja 09.11.2027/Pykälä 41",
            "Ympäristölautakunta",
            "§ 41",
            "09.11.2027",
            "Jätehuollon taksat 2028",
            "731/02.02.01/2027",
            "Ympäristölautakunta 09.11.2027 § 41",
            "Ympäristöpäällikkö Kaarina Kokeilu",
            "Jätehuollon taksoja tarkistetaan kustannusten nousun vuoksi 1.1.2028 lukien.",
            "Ehdotus",
            "Lautakunta hyväksyy jätehuollon taksat vuodelle 2028.",
            "Päätös",
            "Ehdotus hyväksyttiin.",
        ],
    )
    [item] = read_path(path)[0].items
    assert [(p.name, p.title) for p in item.preparers] == [("Kaarina Kokeilu", "ympäristöpäällikkö")]
    assert item.reasons is not None
    assert item.reasons.startswith("Jätehuollon taksoja tarkistetaan")


def test_a_title_citing_a_decision_by_date_and_number_is_no_handling_mark(tmp_path: Path) -> None:
    """``Oikaisuvaatimus rakennuslautakunnan päätökseen 3.2.2027 § 8`` over the own handling line: a noun,
    a genitive and an illative around the date and ``§`` read as prose, the item's title as printed, and
    no earlier handling."""
    path = _saved_item(
        tmp_path,
        [
            "Rakennuslautakunta",
            "Pöytäkirja 17.03.2027/Pykälä 15",
            "Oikaisuvaatimus rakennuslautakunnan päätökseen 3.2.2027 § 8",
            "Rakltk 17.03.2027 § 15",
            "88/10.03.00/2027",
            "Rakennuslautakunnan 3.2.2027 tekemästä päätöksestä on jätetty oikaisuvaatimus määräajassa.",
            "Ehdotus",
            "Lautakunta hylkää oikaisuvaatimuksen.",
            "Päätös",
            "Ehdotus hyväksyttiin.",
        ],
    )
    [item] = read_path(path)[0].items
    assert item.title == "Oikaisuvaatimus rakennuslautakunnan päätökseen 3.2.2027 § 8"
    assert item.history == []
