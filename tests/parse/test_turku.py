"""Turku reader over our own fictional pages in Turku's shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.model import Document, DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from tests.deadline import within

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "turku"


def test_item_page_with_case_history() -> None:
    path = FIXTURES / "item.htm"
    [document] = read_path(path)
    assert document.source is not None and document.source.format == "turku"
    assert document.kind is DocumentKind.MINUTES
    assert document.meeting.municipality is not None and document.meeting.municipality.code == "853"
    # one header row per handling, oldest first: the last row is this item
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginhallitus", "2024-03-18")
    [item] = document.items
    assert (item.number, item.agenda_number, item.title) == (
        "98",
        "12",
        "Puistokadun pysäköintialueen vuokraaminen",
    )
    assert item.case is not None and item.case.diary_number is not None
    assert (item.case.diary_number.raw, item.case.diary_number.pattern) == ("1234-2024 (020)", "turku")
    assert item.summary == "Pysäköintialue vuokrataan viideksi vuodeksi."
    # the earlier handling is history, not this item's proposal or decision
    assert [(h.raw, h.body_abbreviation, str(h.date), h.section) for h in item.history] == [
        ("Kylk 12.02.2024 § 15", "Kylk", "2024-02-12", "15")
    ]
    history = item.section("history")
    assert history is not None and "Ehdotus Kaupunkiympäristölautakunta esittää" in history.text
    assert [(p.title, p.name) for p in item.preparers] == [
        ("apulaiskaupunginjohtaja", "Arto Arvio"),
        ("lakimies", "Laura Laatija"),
    ]
    assert item.presenter is not None and item.presenter.name == "Kalle Kokeilija"
    assert item.proposal == "Kaupunginhallitus päättää vuokrata alueen."
    assert (item.decision, item.outcome) == ("Asia palautettiin valmisteluun.", Outcome.RETURNED)
    assert (
        item.reasons
        == "Vuokrasopimus\nVuokra on 1 000 euroa kuukaudessa. Päätös perustuu hallintosäännön 30 §:ään."
    )
    # the link list is grouped by handling: only this handling's group gives the URLs
    assert [(a.number, a.title, a.supplementary, a.url) for a in item.attachments] == [
        ("1", "Vuokrasopimusluonnos", False, "http://example.invalid/kh/2024/liite1.htm"),
        ("1", "Kartta", True, None),
    ]
    assert item.distribution == ["Vuokralainen (ao)", "Kaupunkiympäristötoimiala (tied)"]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert "Puistokadun" in lines[item.spans["title"].line - 1]
    assert "asia palautettiin" in lines[item.spans["decision"].line - 1].casefold()


def test_list_page() -> None:
    [document] = read_path(FIXTURES / "list.htm")
    meeting = document.meeting
    assert (meeting.body.name, str(meeting.date), str(meeting.start), meeting.place) == (
        "Kaupunginhallitus",
        "2024-03-18",
        "16:00:00",
        "Kaupunginhallituksen istuntosali",
    )
    assert [(i.number, i.number_raw, i.title, i.url) for i in document.items] == [
        ("97", "97 §", "Laillisuus ja päätösvaltaisuus", "0318/97.htm"),
        ("98", "98 §", "Puistokadun pysäköintialueen vuokraaminen", "0318/98.htm"),
    ]
    assert [(s.kind, s.heading, s.text) for s in document.sections] == [
        ("appeal", "Muutoksenhaku", "0318/vo.htm"),
        ("generic", "Läsnäolotiedot", "0318/lasnaolo.htm"),
    ]


def test_undated_earlier_handlings_take_their_dates_from_the_header_table() -> None:
    """``Sivlk § 40`` prints no date: the header row with that § gives it and the full body name."""
    [document] = read_path(FIXTURES / "item-undated-history.htm")
    [item] = document.items
    assert (item.number, document.meeting.body.name, str(document.meeting.date)) == (
        "40",
        "Kaupunginhallitus",
        "2024-04-08",
    )
    assert [(h.raw, h.body_abbreviation, h.body, str(h.date), h.section) for h in item.history] == [
        ("Sivlk § 40", "Sivlk", "Sivistyslautakunta", "2024-03-05", "40"),
        ("Sivlk § 52", "Sivlk", "Sivistyslautakunta", "2024-03-19", "52"),
    ]
    assert item.decision == "Ehdotus hyväksyttiin."
    assert item.proposal == "Kaupunginhallitus päättää hyväksyä peruskorjauksen."


def test_dated_earlier_handlings_keep_their_printed_date() -> None:
    [document] = read_path(FIXTURES / "item.htm")
    [reference] = document.items[0].history
    assert (reference.raw, str(reference.date)) == ("Kylk 12.02.2024 § 15", "2024-02-12")


def test_item_page_saved_as_text_with_cells() -> None:
    """The header table's lines as cells, a label run into its text (``EhdotusKaupunginhallitus …``)."""
    path = FIXTURES / "item-saved.txt"
    [document] = read_path(path)
    assert document.source is not None and document.source.format == "turku"
    assert document.kind is DocumentKind.MINUTES
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Turku"
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginhallitus", "2026-09-07")
    [item] = document.items
    assert (item.number, item.agenda_number, item.title) == (
        "214",
        "6",
        "Satamapuiston leikkipaikan uusiminen",
    )
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "4410-2026 (02 05 00)"
    assert item.summary == "Leikkipaikan välineet ovat käyttöikänsä päässä ja ne uusitaan vuoden 2027 aikana."
    assert item.presenter is not None and item.presenter.name == "Lauri Laituri"
    assert item.proposal == "Kaupunginhallitus päättää hyväksyä leikkipaikan uusimisen hankesuunnitelman."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)
    assert item.history == []


def test_item_page_saved_as_text_with_cells_run_together_and_cut_short() -> None:
    """``Kaupunginhallitus9813.04.20268`` is body, §, date and agenda number; the page's own handling
    is the last row's, earlier ones are history dated from their rows even when cut off the page."""
    [document] = read_path(FIXTURES / "item-saved-run.txt")
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginvaltuusto", "2026-05-04")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("56", "2")
    # a task class with a dot in the dnro's list (``02.01``)
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "1902-2026 (10 03 02, 02.01)"
    assert item.title == "Vastaus valtuutettu Aino Aloitteen ym. aloitteeseen koskien puistojen penkkejä"
    assert item.summary is None
    assert [(str(h.date), h.section) for h in item.history] == [("2026-03-10", "42"), ("2026-04-13", "98")]
    # the board's proposal belongs to its handling, kept as history: this item has no proposal yet
    assert (item.proposal, item.decision) == (None, None)


def test_signers_joined_by_ja_and_a_dated_line_without_its_colon() -> None:
    """``Kasvatus- ja opetusjohtaja A B ja palveluverkkojohtaja C D 9.9.2026``: two preparers (the ``ja``
    inside the compound title does not part them); one signing again later is named once."""
    [document] = read_path(FIXTURES / "item-saved-signers.txt")
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Outi Opettaja", "kasvatus- ja opetusjohtaja"),
        ("Pekka Paikka", "palveluverkkojohtaja"),
    ]
    assert item.reasons is not None
    assert item.reasons.startswith("Satamapuiston koulu on toiminut väistötiloissa vuodesta 2024.")


def test_signature_line_naming_the_unit_first() -> None:
    [document] = read_path(FIXTURES / "item-saved-unit.txt")
    [item] = document.items
    assert (document.meeting.body.name, item.number) == ("Kasvatus- ja opetuslautakunta", "42")
    assert [p.name for p in item.preparers] == ["Terhi Tilava", "Veli Vastuu"]
    assert item.reasons == "Eräät huoltajat vaativat päätöksen kumoamista."


def test_signature_line_naming_each_signer_s_own_unit() -> None:
    """``Toimiala, titteli A B ja konsernihallinto, titteli C D 28.4.2026:``: both signers are preparers;
    the unit in front of the second is no more a person than the first one's."""
    [document] = read_path(FIXTURES / "item-saved-units-each.txt")
    [item] = document.items
    assert (document.meeting.body.name, item.number) == ("Kaupunginhallitus", "211")
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Ilkka Ilmava", "vesihuoltoinsinööri"),
        ("Laura Lakitie", "hallintolakimies"),
    ]
    assert item.reasons == "Hulevesiohjelma hyväksyttiin edellisen kerran vuonna 2019."


def test_swedish_text_page() -> None:
    """``Åbo stad | § | Sammanträdets datum | Ärende nr``: a Swedish-speaking body's page is read like a
    Finnish one: ``Sammandrag``, a label set apart from its text by spaces, ``Sändlista``; the preparer's
    title of six words has "och" in it and names one person."""
    [document] = read_path(FIXTURES / "item-saved-swedish.txt")
    [item] = document.items
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Turku"
    assert (document.meeting.body.name, str(document.meeting.date)) == (
        "Svenska sektionen vid nämnden för fostran och undervisning",
        "2026-03-11",
    )
    assert (item.number, item.agenda_number, item.title) == ("14", "3", "Skolskjutsar läsåret 2026-2027")
    assert item.summary is None
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Anna Exempel", "direktör för svenskspråkig fostran och undervisning")
    ]
    assert item.proposal == "Svenska sektionen godkänner principerna för skolskjuts."
    assert item.decision == "Svenska sektionen godkände förslaget."
    assert item.distribution == ["Exempel Anna (förk)", "Skolskjutsbyrån (verk)"]
    assert document.kind is DocumentKind.MINUTES


def test_text_lines_ending_in_a_colon_or_a_date_are_not_signatures() -> None:
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Päätöksen kumoamista on perusteltu seuraavilla seikoilla:") is None
    assert signers_of("Asiassa tehdyt aiemmat päätökset:") is None
    assert signers_of("Kaupunginhallitus päätti asiasta 24.6.2026") is None
    assert signers_of("Lisäksi todetaan, että Matti Meikäläinen:") is None
    assert signers_of("Toimialajohtaja Timo Esimerkki, vs. tilajohtaja Tuula Esimerkki 27.5.2026:") == [
        "Toimialajohtaja Timo Esimerkki",
        "vs. tilajohtaja Tuula Esimerkki",
    ]
    # "ja"/"och" parts two people only after a name; a long title only on a dated line
    line = "Direktör för fostran och undervisning Anna Exempel ja sihteeri Pekka Pöytä 2.2.2026:"
    assert signers_of(line) == ["Direktör för fostran och undervisning Anna Exempel", "sihteeri Pekka Pöytä"]
    assert signers_of("Kaupunginhallitus päätti tänään hyväksyä asian Matti Meikäläinen:") is None
    units = "Kaupunkiympäristö, suunnittelu ja maaomaisuus, tonttipäällikkö Tiina Tontti 3.3.2026:"
    assert signers_of(units) == ["tonttipäällikkö Tiina Tontti"]
    # a unit word may stand only before a signer, and only on a dated line
    assert signers_of("Matti Meikäläinen ja rakennusvalvonta 3.3.2026:") is None
    assert signers_of("Konsernihallinto, lakimies Matti Meikäläinen ja tilapalvelut:") is None


def test_dnro_with_a_task_class_printed_with_spaces(tmp_path: Path) -> None:
    """``1234-2024 (02 05 00)``: the page's dnro with Turku's newer task class is the case's, with its
    serial, year and class (before, a page printing it had no dnro at all)."""
    text = (FIXTURES / "item.htm").read_text(encoding="utf-8")
    path = tmp_path / "item.htm"
    path.write_text(text.replace("1234-2024 (020)", "1234-2024 (02 05 00)"), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.year, diary.task_class) == (
        "1234-2024 (02 05 00)",
        "1234",
        2024,
        "02.05.00",
    )


def test_a_council_item_takes_the_preparers_of_the_board_s_handling() -> None:
    """The council's own handling names no preparer (``Kaupunginhallitus:`` proposes): the dated
    signature line of the board's handling names who prepared the matter; the board's presenter, on
    an undated line, stays with the board's handling."""
    [document] = read_path(FIXTURES / "item-saved-council.txt")
    [item] = document.items
    assert (item.number, document.meeting.body.name) == ("118", "Kaupunginvaltuusto")
    assert [(h.section, str(h.date)) for h in item.history] == [("301", "2026-09-14")]
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Lauri Laituri", "kaupunginjohtaja"),
        ("Hanna Hallinto", "hallintojohtaja"),
    ]
    assert item.proposal == "Kaupunginvaltuusto hyväksyy hallintosäännön muutokset."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


def test_a_page_cut_inside_the_board_s_handling_keeps_its_preparers(tmp_path: Path) -> None:
    text = (FIXTURES / "item-saved-council.txt").read_text(encoding="utf-8")
    path = tmp_path / "cut.txt"
    path.write_text(text[: text.index("Kaupunginjohtaja Lauri Laituri:")], encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Lauri Laituri", "Hanna Hallinto"]
    assert (item.proposal, item.decision) == (None, None)


def test_a_body_s_page_cut_before_its_decision_is_still_minutes(tmp_path: Path) -> None:
    """The header row prints the § the meeting gave the item (``Kasopelk § 42`` over its handling):
    the page is the minutes' even where the copy ends before ``Päätös`` or the item's decision is missing."""
    text = (FIXTURES / "item-saved-unit.txt").read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: text.index("Eräät huoltajat")], encoding="utf-8")
    [document] = read_path(cut)
    assert (document.kind, document.items[0].number, document.items[0].decision) == (
        DocumentKind.MINUTES,
        "42",
        None,
    )
    html = (FIXTURES / "item.htm").read_text(encoding="utf-8")
    page = tmp_path / "undecided.htm"
    page.write_text(
        html.replace('<p><span class="ehdotuspaatos">Päätös</span>Asia palautettiin valmisteluun.</p>', ""),
        encoding="utf-8",
    )
    [document] = read_path(page)
    assert (document.kind, document.items[0].number, document.items[0].decision) == (
        DocumentKind.MINUTES,
        "98",
        None,
    )


def test_text_page_s_closing_link_list_and_an_interim_presenter() -> None:
    """``Liitteet:`` closes the page with the links grouped under handling lines: the group of this
    item's handling gives its attachments and supplementary material, and no group line is read as an
    earlier handling. ``Va. toimialajohtaja`` presents as acting toimialajohtaja."""
    [document] = read_path(FIXTURES / "item-saved-vote.txt")
    [item] = document.items
    assert item.history == []
    assert [(a.number, a.title, a.supplementary) for a in item.attachments] == [
        ("1", "Aallon ja Kiven eriävä mielipide", False),
        ("1", "Tiedoksi merkittävien asioiden luettelo", True),
    ]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Vilma Vihreä",
        "toimialajohtaja",
        True,
    )
    assert item.preparers == []  # a unit signs, no person
    assert item.decision is not None and item.decision.startswith("Ehdotus hyväksyttiin äänin 7-2.")


def test_text_page_with_cells_set_apart_by_spaces_and_a_coded_distribution() -> None:
    """``Kaupunginvaltuusto 131 08.06.2026`` (spaces between the cells, no agenda number) is the header's
    row; under ``Jakelu`` each recipient follows the code of its kind run into it (``ilmIlmarinen Ilona``),
    and the decision stops before it."""
    [document] = read_path(FIXTURES / "item-saved-spaced.txt")
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginvaltuusto", "2026-06-08")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("131", None)
    assert item.title == "Valt. Ilona Ilmarisen ym. aloite kirjastoauton reittien laajentamisesta saaristoon"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "9120-2026 (523)"
    assert item.decision == "Aloite päätettiin lähettää valmisteltavaksi."
    assert item.distribution == ["Ilmarinen Ilona (ilm)", "Kirjastopalvelut (tpv)"]
    assert document.kind is DocumentKind.MINUTES


def test_official_s_decision_saved_as_text() -> None:
    """``Turun kaupunki§Päätöspöytäkirja1`` heads an official's decision: the unit on its own line, then
    the official's row (``Liikenneinsinööri4218.05.2026``); with no handling line, the whole text is the
    decision's own, its dated signature line the preparer."""
    [document] = read_path(FIXTURES / "officer-saved.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Liikenneinsinööri", "2026-05-18")
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Turku"
    [item] = document.items
    assert (item.number, item.agenda_number) == ("42", None)
    assert item.title == "Pysäköintikiellon asettaminen Esimerkinkadulle kadun kunnostuksen ajaksi"
    assert [p.name for p in item.preparers] == ["Vilja Väylä"]
    assert item.reasons is not None and item.reasons.startswith("Esimerkinkadun kunnostus alkaa kesäkuussa")
    unit = [s.text for s in item.sections if s.heading == "Yksikkö"]
    assert unit == ["Kaupunkiympäristö, liikennepalvelut"]


def test_meeting_list_saved_as_text() -> None:
    """A meeting's list of items saved as text: the heading names the body, day and document, the time
    line gives the start (the end of the range is not the place) and the place; a row an item."""
    path = FIXTURES / "list-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "turku"
    [document] = read_path(path)
    meeting = document.meeting
    assert document.kind is DocumentKind.MINUTES
    assert (meeting.body.name, str(meeting.date), str(meeting.start), meeting.place) == (
        "Kaupunkiympäristölautakunta",
        "2026-06-02",
        "16:30:00",
        "Kaupungintalo, kokoushuone 2",
    )
    assert meeting.municipality is not None and meeting.municipality.name == "Turku"
    assert [(i.number, i.number_raw, i.title) for i in document.items] == [
        ("71", "71 §", "Laillisuus ja päätösvaltaisuus"),
        ("72", "72 §", "Pöytäkirjan tarkastus"),
        ("73", "73 §", "Uimarantojen valvonta kesällä 2026"),
    ]


def test_list_page_with_the_meeting_s_time_as_a_range(tmp_path: Path) -> None:
    """``Kokousaika ja -paikka: 16:00-17:45 …`` on the HTML list page: the end of the range is the
    meeting's end, not part of the place."""
    page = (FIXTURES / "list.htm").read_text(encoding="utf-8").replace("16:00", "16:00-17:45")
    path = tmp_path / "list.htm"
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    assert (str(document.meeting.start), str(document.meeting.end), document.meeting.place) == (
        "16:00:00",
        "17:45:00",
        "Kaupunginhallituksen istuntosali",
    )


def test_list_page_with_a_misprinted_clock_time(tmp_path: Path) -> None:
    """A time that is no time of day (``25:00``) gives no start, and the page is still read."""
    page = (FIXTURES / "list.htm").read_text(encoding="utf-8").replace("16:00", "25:00")
    path = tmp_path / "list.htm"
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    assert (document.meeting.start, document.meeting.place) == (None, "Kaupunginhallituksen istuntosali")


def test_text_row_ending_in_a_unit_code_and_a_note_of_experts_heard(tmp_path: Path) -> None:
    """``Kaupunginhallitus41203.03.2011 Kj``: an older row ends in the preparing unit's code, not an
    agenda number. The note of the experts heard after ``Päätös`` is kept, but is no part of the
    decision."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nKaupunginhallitus41203.03.2011 Kj\n\n2210-2011 (041)\n\n"
        "Satamaselvitys\n\nTiivistelmä:\n\nAsia esiteltiin lisäasiana.\n\nKh § 412\n\n"
        "Kaupunginsihteeri Outi Otava:\n\nKaupunginhallitukselle kerrottiin sataman kehityksestä.\n\n"
        "Kaupunginjohtaja Lauri Laituri:\n\nEhdotusKaupunginhallitus merkitsee selvityksen tiedoksi.\n\n"
        "PäätösEhdotus hyväksyttiin.\n\nAsiaa olivat kokouksessa selvittämässä seuraavat asiantuntijat:\n\n"
        "satamajohtaja Sakari Satama\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginhallitus", "2011-03-03")
    [item] = document.items
    assert (item.number, item.agenda_number, item.title) == ("412", None, "Satamaselvitys")
    assert [p.name for p in item.preparers] == ["Outi Otava"]
    assert item.presenter is not None and item.presenter.name == "Lauri Laituri"
    assert item.decision == "Ehdotus hyväksyttiin."
    assert any(s.text.startswith("Asiaa olivat kokouksessa") for s in item.sections if s.kind == "generic")


@pytest.mark.parametrize(
    "note",
    [
        "Kokouksessa asiaa oli selvittämässä rahoitusjohtaja Raili Raha.",
        # how they took part said between the verb and what they did
        "Asiaa olivat etäyhteydellä selvittämässä rahoitusjohtaja Raili Raha ja controller Kalle Kassa.",
    ],
)
def test_a_note_of_the_expert_heard_opening_with_the_meeting(tmp_path: Path, note: str) -> None:
    """``Kokouksessa asiaa oli selvittämässä …`` after the decision notes who was heard: no part of it."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nKaupunginhallitus9902.02.20265\n\n310-2026 (00 01)\n\n"
        "Tilannekatsaus\n\nTiivistelmä: -\n\nKh § 99\n\nKaupunginjohtaja Lauri Laituri:\n\n"
        "EhdotusKaupunginhallitus merkitsee katsauksen tiedoksi.\n\nPäätösEhdotus hyväksyttiin.\n\n"
        f"{note}\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Ehdotus hyväksyttiin."


def test_a_note_of_the_officials_who_presented_the_matter(tmp_path: Path) -> None:
    """``Asian esittelivät kaupunginlakimies A B ja lakimies C D.`` after the decision notes who presented
    the matter at the meeting: kept, but no part of the decision. The jurist's office before the first name
    (``Kaupunginjuristi Aino Asiakirja ja juristi …``) is a title, not a given name."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nKeskusvaalilautakunta1404.03.20262\n\n512-2026 (00 00 03)\n\n"
        "Kokousaikataulu\n\nTiivistelmä: -\n\nKevaalk § 14\n\n"
        "Kaupunginjuristi Aino Asiakirja ja juristi Pekka Pykälä 20.2.2026:\n\n"
        "Lautakunnalle esitetään kevään kokousaikataulu.\n\n"
        "EhdotusKeskusvaalilautakunta hyväksyy kokousaikataulun.\n\n"
        "PäätösKeskusvaalilautakunta päätti hyväksyä kokousaikataulun.\n\n"
        "Asian esittelivät kaupunginlakimies Aino Asiakirja ja lakimies Pekka Pykälä.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Keskusvaalilautakunta päätti hyväksyä kokousaikataulun."
    assert any(s.text.startswith("Asian esittelivät") for s in item.sections if s.kind == "generic")
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Aino Asiakirja", "kaupunginjuristi"),
        ("Pekka Pykälä", "juristi"),
    ]


def test_text_rows_of_earlier_handlings_ending_in_an_empty_cell() -> None:
    """``Tilaliikelaitoksen johtokunta | 58 | 11.03.2026 | 2 | |``: the rows of earlier handlings may end in
    an empty cell; they are header rows all the same (before, such a page was refused as headerless), the
    last row is the item and the others date its history. The page is cut in the first handling, whose dated
    signature line names who prepared the matter."""
    [document] = read_path(FIXTURES / "item-saved-empty-cells.txt")
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginvaltuusto", "2026-04-13")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("47", "3")
    assert item.title == "Rantapuiston katujen yleissuunnitelma"
    assert [(str(h.date), h.section) for h in item.history] == [("2026-03-11", "58"), ("2026-03-23", "141")]
    assert [p.name for p in item.preparers] == ["Kaisa Katuva"]


def test_undated_signature_line_of_two_set_apart_by_a_slash(tmp_path: Path) -> None:
    """``Titteli A B / titteli C D:`` over the presentation text names two preparers; the line is no part
    of the reasons."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nNuorisolautakunta8812.10.20269\n\n3120-2026 (02 05 01)\n\n"
        "Avustukset nuorisoyhdistyksille\n\nTiivistelmä: -\n\nNuolk § 88\n\n"
        "Nuorisopalvelupäällikkö Riikka Rastas / nuorisosihteeri Onni Ohjaaja:\n\n"
        "Lautakunta on 3.2.2026 § 12 päättänyt avustusten jakamisen periaatteista.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Riikka Rastas", "nuorisopalvelupäällikkö"),
        ("Onni Ohjaaja", "nuorisosihteeri"),
    ]
    assert item.reasons == "Lautakunta on 3.2.2026 § 12 päättänyt avustusten jakamisen periaatteista."
    from paatosdata.parse.turku_signers import signers_of

    # a slash within a word, or a line whose parts are not both people, parts no one
    assert signers_of("Liikenne- ja/tai katusuunnittelija Kalle Katu:") == [
        "Liikenne- ja/tai katusuunnittelija Kalle Katu"
    ]
    assert signers_of("Hakemukset on jaettu kahteen ryhmään / lisäksi Matti:") is None


def test_swedish_council_page_with_its_board_s_proposal_under_a_heading() -> None:
    """``Stadsstyrelsens förslag`` on a line of its own heads the proposal (no person presents it); the
    item's § alone after the decision (``§ 21``) is a mark of the page, no part of the decision."""
    [document] = read_path(FIXTURES / "item-saved-swedish-council.txt")
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Stadsfullmäktige", "2026-09-14")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("21", "5")
    assert item.proposal == (
        "Stadsfullmäktige beslutar\natt redogörelsen antecknas och\natt programmet ska följas upp år 2027."
    )
    assert (item.decision, item.outcome) == ("Förslaget godkändes.", Outcome.APPROVED)
    assert item.presenter is None and item.preparers == []
    assert [(a.number, a.title) for a in item.attachments] == [("1", "Hamnens utvecklingsprogram")]


def test_a_one_word_proposal_heading_in_the_presentation_heads_no_proposal(tmp_path: Path) -> None:
    """``Lausuntoehdotus`` on a line of its own heads the draft statement quoted in the presentation of a
    page cut before its ``Ehdotus``: no proposal is read from it."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nRakennus- ja lupalautakunta20115.10.20263\n\n812-2026 (10 03 00)\n\n"
        "Lausunto hallinto-oikeudelle rakennusluvasta, Rantatie 5\n\nTiivistelmä: -\n\nRlupalk § 201\n\n"
        "Kaupunkiympäristötoimiala, lakimies Leena Laki 6.10.2026:\n\n"
        "Rakennusvalvonta esittää, että hallinto-oikeudelle annetaan seuraava lausunto.\n\n"
        "Lausuntoehdotus\n\nRakennuslupa on myönnetty asemakaavan mukaisena.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal is None
    assert item.reasons is not None and "Rakennuslupa on myönnetty" in item.reasons


def test_presenter_with_a_long_title_on_an_undated_line_over_the_proposal() -> None:
    """``Direktör för svenskspråkig fostran och undervisning A B:`` right over ``Förslag``: the title of many
    words that only a dated line could have before is the presenter's, as the line over the proposal names
    who presents it; the decision ``… antecknade ärendet för kännedom`` notes the matter."""
    [document] = read_path(FIXTURES / "item-saved-swedish-presenter.txt")
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (
        "Anna Exempel",
        "direktör för svenskspråkig fostran och undervisning",
    )
    assert [p.name for p in item.preparers] == ["Anna Exempel", "Bo Berg"]
    assert item.reasons == "Sektionen informeras om sommarskolans program."
    assert (item.proposal, item.outcome) == ("Antecknas för kännedom.", Outcome.NOTED)
    from paatosdata.parse.turku_signers import signers_of

    # elsewhere such an undated line is no signature
    line = "Direktör för svenskspråkig fostran och undervisning Anna Exempel:"
    assert signers_of(line) is None
    assert signers_of(line, over_proposal=True) == [line.rstrip(":")]


def test_header_row_of_a_body_named_with_its_term_of_office() -> None:
    """``Tarkastuslautakunta 2025-20284114.04.20262``: the body's name ends in its term (four digits, a
    hyphen, four digits) run into its § 41; the handling line ``Tlk2025- § 41`` takes that row's date, and
    the body's name without its term (``raw`` keeps the line as printed), as the Dynasty reader names it."""
    [document] = read_path(FIXTURES / "item-saved-term.txt")
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kaupunginvaltuusto", "2026-05-11")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("61", "4")
    assert sorted((str(h.date), h.section, h.body) for h in item.history) == [
        ("2026-04-14", "41", "Tarkastuslautakunta"),
        ("2026-04-20", "202", "Kaupunginhallitus"),
    ]
    # the audit committee's handling is history: its presenter and proposal are not this item's
    assert (item.preparers, item.presenter, item.proposal) == ([], None, None)


def test_a_tabled_item_taken_up_again_is_decided_on_the_tabled_presentation() -> None:
    """``Pöydältä 9.3.2026 § 141`` opens the page's own handling, which prints only its decision: it is
    no handling of its own, and the preparer, presenter, reasons and proposal are those tabled at § 141."""
    [document] = read_path(FIXTURES / "item-saved-tabled.txt")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("158", "2")
    assert [(str(h.date), h.section) for h in item.history] == [("2026-03-09", "141")]
    assert [p.name for p in item.preparers] == ["Kaisa Kirjuri"]
    assert item.presenter is not None and item.presenter.name == "Jaakko Johtaja"
    assert item.reasons is not None
    assert item.reasons.startswith(
        "Kaupunginhallituksen jäsen on pyytänyt selvitystä satamaradan yöliikenteestä."
    )
    assert item.proposal == "Kaupunginhallitus merkitsee selvityksen tiedoksi."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.NOTED)
    assert item.distribution == ["Konsernihallinto (tied)"]


def test_official_s_decision_opened_by_unit_and_name_and_closed_by_the_signature() -> None:
    """``Katusuunnittelu, Ville Väylämies`` (unit and name, no title, date or colon) opening an official's
    decision is its preparer; the official's name and title on lines of their own after the decision
    (``Kaisa Katunen`` / ``vs. katusuunnittelupäällikkö``) sign it and are no part of it."""
    [document] = read_path(FIXTURES / "officer-saved-signed.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Ville Väylämies", None)]
    assert item.decision == "Päätin poistaa Esimerkinkujan pysäköintipaikat liitteen mukaisesti."
    [signer] = document.signatures
    assert (signer.person.name, signer.person.title, signer.person.acting, signer.role) == (
        "Kaisa Katunen",
        "katusuunnittelupäällikkö",
        True,
        "päättäjä",
    )
    assert item.distribution == ["Kaupunkiympäristötoimiala, pysäköinninvalvonta (tied)"]
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Katusuunnittelu, Ville Väylämies:", opening=True) == ["Ville Väylämies"]
    # elsewhere, or without its unit, an undated line without a colon is no signature
    assert signers_of("Katusuunnittelu, Ville Väylämies") is None
    assert signers_of("Esimerkki Oy", opening=True) is None


def _read_text(tmp_path: Path, text: str) -> list[Document]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_path(path)


def test_a_council_item_takes_the_reasons_and_undated_preparer_of_the_board_s_handling(
    tmp_path: Path,
) -> None:
    """The council's own handling prints only the board's proposal and its decision: the reasons are
    those of the board's handling, whose undated line opening the presentation names its preparer."""
    [document] = _read_text(
        tmp_path,
        "Åbo stad | § | Sammanträdets datum | Ärende nr | 1 |\n"
        "Stadsstyrelsen | 512 | 07.09.2026 | 4 | |\n"
        "Stadsfullmäktige | 88 | 21.09.2026 | 9 |\n"
        "4321-2026 (00 00 01)\n"
        "Fullmäktiges sammanträden hösten 2026\n"
        "Sammandrag: -\n"
        "Ssn § 512\n"
        "Ledande stadssekreterare Sara Sundström:\n"
        "Fullmäktige har sammanträtt på måndagar.\n"
        "Tidtabellen följer nedan.\n"
        "Stadsstyrelsens förslag\n"
        "Stadsfullmäktige beslutar att godkänna tidtabellen.\n"
        "BeslutFörslaget godkändes.\n"
        "Sfm § 88\n"
        "Stadsstyrelsens förslag\n"
        "Stadsfullmäktige beslutar att godkänna tidtabellen.\n"
        "BeslutFörslaget godkändes.\n",
    )
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Sara Sundström", "ledande stadssekreterare")]
    assert item.reasons == "Fullmäktige har sammanträtt på måndagar.\nTidtabellen följer nedan."
    assert item.presenter is None
    assert (item.proposal, item.outcome) == (
        "Stadsfullmäktige beslutar att godkänna tidtabellen.",
        Outcome.APPROVED,
    )


def test_a_handling_presenting_only_an_attachment_takes_the_earlier_reasons(tmp_path: Path) -> None:
    """The board's own handling lists only an attachment before its presenter and proposal: the reasons
    are the committee's; its undated presenter line over the proposal stays the board's."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Keskusvaalilautakunta1202.12.20253\n"
        "Kaupunginhallitus4112.01.20267\n"
        "555-2025 (013)\n"
        "Ennakkoäänestyspaikat\n"
        "Tiivistelmä: -\n"
        "Kevaalk § 12\n"
        "Vaalisihteeri Ville Vaali 25.11.2025:\n"
        "Keskusvaalilautakunta esittää äänestyspaikat.\n"
        "EhdotusKeskusvaalilautakunta päättää esittää paikat.\n"
        "PäätösEhdotus hyväksyttiin.\n"
        "Kh § 41\n"
        "Liite 1Äänestyspaikat 2026\n"
        "Kaupunginjohtaja Kalle Kaupunki:\n"
        "EhdotusKaupunginhallitus vahvistaa paikat.\n",
    )
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Ville Vaali"]
    assert item.reasons is not None and item.reasons.startswith(
        "Keskusvaalilautakunta esittää äänestyspaikat."
    )
    assert item.presenter is not None and item.presenter.name == "Kalle Kaupunki"
    assert item.proposal == "Kaupunginhallitus vahvistaa paikat."


def test_a_council_page_cut_after_its_attachment_line_takes_the_board_s_reasons(tmp_path: Path) -> None:
    """The council's own handling prints only an attachment line (its number run into its title) and the
    page is cut inside the heading of the board's proposal (``Kaupunginhallit``): neither is reasons of
    its own, so the reasons are the board's presentation."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Kaupunginhallitus7713.02.20264\n"
        "Kaupunginvaltuusto2102.03.20269\n"
        "999-2025 (00 01 02)\n"
        "Vastaus valtuutettu Aino Aallon aloitteeseen uimarannasta\n"
        "Tiivistelmä: -\n"
        "Kh § 77\n"
        "Vapaa-aikapalvelut, suunnittelija Olli Ojala 2.2.2026:\n"
        "Valtuutettu Aino Aalto on tehnyt aloitteen uimarannan kunnostamisesta Ruissaloon.\n"
        "Ranta kunnostetaan ensi kesänä.\n"
        "Oheismateriaali 1Valtuutettu Aino Aallon aloite: Uimaranta\n"
        "Kaupunginhallituksen ehdotus\n"
        "Kaupunginvaltuusto merkitsee vastauksen tiedoksi.\n"
        "PäätösEhdotus hyväksyttiin.\n"
        "Kv § 21\n"
        "Oheismateriaali 1Valtuutettu Aino Aallon aloite: Uimaranta\n"
        "Kaupunginhallit\n",
    )
    [item] = document.items
    assert item.reasons is not None and item.reasons.startswith(
        "Valtuutettu Aino Aalto on tehnyt aloitteen uimarannan kunnostamisesta Ruissaloon."
    )
    assert [p.name for p in item.preparers] == ["Olli Ojala"]


def test_official_s_row_with_a_dated_note_and_a_recipient_named_by_its_code(tmp_path: Path) -> None:
    """``Loppupvm 30.6.2026, Liikuntajohtaja1412.03.2026``: the dated note before the office is no part of
    the official's name, and the page is read; ``aoao. henkilö`` under Jakelu is the person concerned
    (``ao. henkilö``) after the code ``ao``."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§Päätöspöytäkirja1\n"
        "Liikuntapalvelut \n"
        "Loppupvm 30.6.2026, Liikuntajohtaja1412.03.2026 \n"
        "777-2026 (12 03 03)\n"
        "Uimahallin käyttökielto\n"
        "Uimahallit, palvelupäällikkö Paula Polski 10.3.2026:\n"
        "Asiakas on toistuvasti rikkonut uimahallin järjestyssääntöjä.\n"
        "PäätösPäätin asettaa asiakkaalle käyttökiellon.\n"
        "Jakelu\n"
        "aoao. henkilö\n"
        "tiedLiikuntalautakunta\n",
    )
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Liikuntajohtaja", "2026-03-12")
    [item] = document.items
    assert item.number == "14"
    assert [p.name for p in item.preparers] == ["Paula Polski"]
    assert item.decision == "Päätin asettaa asiakkaalle käyttökiellon."
    assert item.distribution == ["ao. henkilö (ao)", "Liikuntalautakunta (tied)"]


def test_a_dated_line_over_the_proposal_after_the_preparer_s_presents_it(tmp_path: Path) -> None:
    """The preparer's dated line opens the presentation; a second dated line right over the proposal
    names its presenter. An attachment whose title ends in a § (``Oheismateriaali 1… 3.5.2026 § 77``) is
    no handling line: the proposal, decision and distribution after it stay the page's own."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki | § | Kokouspvm | Asia | 1 |\n"
        "Seudullinen liikennelautakunta | 55 | 20.05.2026 | 4 |\n"
        "2222-2026 (08 01 00)\n"
        "Vappuaaton liikennöinti\n"
        "Tiivistelmä: -\n"
        "Slk § 55\n"
        "Liikennesuunnittelija Taru Tuomela 12.5.2026:\n"
        "Vappuaattona liikennöidään lauantain aikataulun mukaan.\n"
        "Oheismateriaali 1Naapurikunnan kunnanhallituksen päätös 3.5.2026 § 77\n"
        "Liikennejohtaja Pekka Pysäkki 13.5.2026:\n"
        "EhdotusSeudullinen liikennelautakunta hyväksyy aikataulun.\n"
        "PäätösEhdotus hyväksyttiin.\n"
        "Jakelu\n"
        "tiedNaapurikunta\n",
    )
    [item] = document.items
    assert item.history == []
    assert [p.name for p in item.preparers] == ["Taru Tuomela"]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Pekka Pysäkki", "liikennejohtaja")
    assert item.proposal == "Seudullinen liikennelautakunta hyväksyy aikataulun."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)
    assert item.distribution == ["Naapurikunta (tied)"]


def test_a_slash_between_two_titles_keeps_the_signer_s_first_title(tmp_path: Path) -> None:
    """``Kasvatus- ja opetusjohtaja / sivistysjohtaja A B 9.9.2026:``: a slash between two titles is one
    person's double title, not a unit before the person; a slash between two people still parts them."""
    text = (FIXTURES / "item-saved-signers.txt").read_text(encoding="utf-8")
    line = "Kasvatus- ja opetusjohtaja Outi Opettaja ja palveluverkkojohtaja Pekka Paikka 9.9.2026"
    assert line in text
    path = tmp_path / "slashed.txt"
    path.write_text(
        text.replace(line, "Kasvatus- ja opetusjohtaja / sivistysjohtaja Outi Opettaja 9.9.2026:")
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Outi Opettaja", "kasvatus- ja opetusjohtaja / sivistysjohtaja")
    ]
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Rehtori Saara Salo / apulaisrehtori Timo Tuuli 2.2.2026:") == [
        "Rehtori Saara Salo",
        "apulaisrehtori Timo Tuuli",
    ]


def test_official_s_decision_opened_by_a_party_or_a_company_names_no_preparer(tmp_path: Path) -> None:
    """A subject line without a colon opening an official's decision is its preparer only when it names a
    unit and then a person: ``Hakija, A B`` names the applicant, ``Hankinta, Oy Yritys Ab`` and
    ``Tilakeskus, Porin Kaupunki`` a company and a town; none is a preparer, and the decision is read."""
    text = (FIXTURES / "officer-saved-signed.txt").read_text(encoding="utf-8")
    assert "\nKatusuunnittelu, Ville Väylämies\n" in text
    for opening in ("Hakija, Hilkka Hakemus", "Hankinta, Oy Kuljetus Ab", "Tilakeskus, Porin Kaupunki"):
        path = tmp_path / "opening.txt"
        path.write_text(
            text.replace("\nKatusuunnittelu, Ville Väylämies\n", f"\n{opening}\n"), encoding="utf-8"
        )
        [document] = read_path(path)
        [item] = document.items
        assert item.preparers == [], opening
        assert item.decision == "Päätin poistaa Esimerkinkujan pysäköintipaikat liitteen mukaisesti."


def test_a_council_item_skips_a_tabling_note_or_an_attachment_of_an_intermediate_handling(
    tmp_path: Path,
) -> None:
    """The board's second handling takes the tabled item up (``Pöydältä 2.2.2026 § 41``) or lists only an
    attachment (``Liite 1Kartta``) before its proposal: neither line is the matter's reasons, which are
    those of the board's first handling further back."""
    for note in ("Pöydältä 2.2.2026 § 41", "Liite 1Reittikartta"):
        [document] = _read_text(
            tmp_path,
            "Turun kaupunki§KokouspvmAsia1\n"
            "Kaupunginhallitus4102.02.20265\n"
            "Kaupunginhallitus5509.02.20263\n"
            "Kaupunginvaltuusto1223.02.20264\n"
            "888-2026 (08 01 00)\n"
            "Saariston lauttareitit\n"
            "Tiivistelmä: -\n"
            "Kh § 41\n"
            "Liikennesuunnittelija Lauri Lautta 20.1.2026:\n"
            "Lauttareittejä on tarkoitus lisätä kesäkaudeksi.\n"
            "EhdotusKaupunginhallitus esittää reittien hyväksymistä.\n"
            "PäätösAsia jätettiin pöydälle.\n"
            "Kh § 55\n"
            f"{note}\n"
            "EhdotusKaupunginhallitus esittää reittien hyväksymistä.\n"
            "PäätösEhdotus hyväksyttiin.\n"
            "Kv § 12\n"
            "Kaupunginhallituksen ehdotus\n"
            "Kaupunginvaltuusto hyväksyy reitit.\n"
            "PäätösEhdotus hyväksyttiin.\n",
        )
        [item] = document.items
        assert item.reasons == "Lauttareittejä on tarkoitus lisätä kesäkaudeksi.", note
        assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


def test_a_body_printed_with_its_term_of_office_is_named_without_it() -> None:
    """The audit committee's own page (``Tarkastuslautakunta 2025-20285219.05.20263``): the meeting's body is
    ``Tarkastuslautakunta``, one name and slug for the board whatever term it sits in."""
    [document] = read_path(FIXTURES / "item-saved-own-term.txt")
    body = document.meeting.body
    assert (body.name, body.slug, str(document.meeting.date)) == (
        "Tarkastuslautakunta",
        "tarkastuslautakunta",
        "2026-05-19",
    )
    assert [(item.number, item.agenda_number) for item in document.items] == [("52", "3")]


def test_official_s_decision_signed_by_the_official_s_deputy(tmp_path: Path) -> None:
    """A deputy signs for the official the header names: the name, then the office in the genitive and
    ``sijainen`` (``katusuunnittelupäällikön sijainen``) on lines of their own sign the decision and are
    no part of it."""
    text = (FIXTURES / "officer-saved-signed.txt").read_text(encoding="utf-8")
    signature = "\nKaisa Katunen\nvs. katusuunnittelupäällikkö\n"
    assert signature in text
    path = tmp_path / "deputy.txt"
    path.write_text(
        text.replace(signature, "\nSeppo Sijanen\nkatusuunnittelupäällikön sijainen   \n"), encoding="utf-8"
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Päätin poistaa Esimerkinkujan pysäköintipaikat liitteen mukaisesti."
    [signer] = document.signatures
    assert (signer.person.name, signer.person.title, signer.role) == (
        "Seppo Sijanen",
        "katusuunnittelupäällikön sijainen",
        "päättäjä",
    )
    assert item.distribution == ["Kaupunkiympäristötoimiala, pysäköinninvalvonta (tied)"]
    from paatosdata.parse.turku_signers import is_office

    assert is_office("Teknisen johtajan sijainen", "Tekninen johtaja")
    assert is_office("arkkitehdin sijaisena", "Arkkitehti")
    # another office's deputy is not the official's
    assert not is_office("rakennuspäällikön sijainen", "Katusuunnittelupäällikkö")
    assert not is_office("katusuunnittelijan sijainen", "Katusuunnittelupäällikkö")


def test_a_dated_line_of_four_preparers_one_with_the_unit_s_name_in_the_title(tmp_path: Path) -> None:
    """Four preparers sign one dated line, one of them with a long title naming the unit and an acting
    mark (``Seudun käännöskeskuksen vt. johtaja A B``): the line runs past 16 words but names four people,
    so it is the preparers' line and no part of the reasons."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Hyvinvointilautakunta21214.03.20269\n"
        "3141-2025 (00 01 00)\n"
        "Käännöskeskuksen toiminnan siirto\n"
        "Tiivistelmä:\n"
        "Esitetään käännöskeskuksen siirtoa.\n"
        "Hyvlk § 212\n"
        "Palvelujohtaja Aino Aalto, seudun käännöskeskuksen vt. johtaja Eeva-Liisa Elo, talousjohtaja "
        "Ilkka Ilves ja kaupunginlakimies Oona Orvo 2.3.2026: \n"
        "Taustaa\n"
        "Käännöskeskus on toiminut kaupungin yksikkönä vuodesta 1999.\n"
        "Sosiaalijohtaja Uuno Ukkola:\n"
        "EhdotusHyvinvointilautakunta esittää siirtoa.\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Aino Aalto", "Eeva-Liisa Elo", "Ilkka Ilves", "Oona Orvo"]
    assert item.reasons == "Taustaa\nKäännöskeskus on toiminut kaupungin yksikkönä vuodesta 1999."
    assert item.presenter is not None and item.presenter.name == "Uuno Ukkola"
    from paatosdata.parse.turku_signers import signers_of

    # a long line naming fewer people stays text
    assert (
        signers_of(
            "Lautakunta päätti kokouksessaan hyväksyä sopimuksen ehdot ja valtuuttaa johtajan "
            "allekirjoittamaan sen sekä tiedottamaan asiasta Aino Aalto 2.3.2026:"
        )
        is None
    )


def test_a_dated_preparers_line_naming_only_the_office(tmp_path: Path) -> None:
    """``Hallinto- ja talouspäällikkö 3.4.2026:`` names the preparing office and no person: it is the
    preparers' line, no part of the reasons, and names no preparer (the office's holder is unnamed)."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Seudullinen pelastuslautakunta3109.04.20265\n"
        "2718-2026 (00 00 01)\n"
        "Lautakunnan kokouspäivät syksyllä 2026\n"
        "Tiivistelmä: -\n"
        "Spelk § 31\n"
        "Hallinto- ja talouspäällikkö 3.4.2026:\n"
        "Lautakunnalle esitetään syyskauden kokouspäivät.\n"
        "Pelastusjohtaja Paavo Palo:\n"
        "EhdotusSeudullinen pelastuslautakunta päättää kokouspäivät.\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert item.reasons == "Lautakunnalle esitetään syyskauden kokouspäivät."
    assert item.preparers == []
    assert [s.text for s in item.sections if s.kind == "preparers"] == ["Hallinto- ja talouspäällikkö"]
    assert item.presenter is not None and item.presenter.name == "Paavo Palo"
    from paatosdata.parse.turku_signers import signers_of

    # undated, or more than an office, the line is no signature of an office
    assert signers_of("Hallinto- ja talouspäällikkö:") is None
    assert signers_of("Lautakunnan päätös 3.4.2026:") is None


def test_an_undated_preparers_line_naming_the_unit_first(tmp_path: Path) -> None:
    """``Yksikkö, titteli A B:`` and ``Yksikkö, titteli A B, titteli C D:`` over the reasons, undated: the
    unit first is no preparer, the people titled after it are, and the line is no part of the reasons. A
    sentence ending in a colon that opens a list, or names parties without an office's title, stays
    text."""
    page = (
        "Turun kaupunki§KokouspvmAsia1\n"
        "Liikuntalautakunta4214.05.20267\n"
        "3456-2026 (12 01 00)\n"
        "Uimahallin aukioloajat kesällä 2026\n"
        "Tiivistelmä: -\n"
        "Liiklk § 42\n"
        "{line}\n"
        "Uimahalli on suljettuna heinäkuussa huoltotöiden vuoksi.\n"
        "Kaupunginhallitus, lautakunnat ja liikelaitokset ovat linjanneet seuraavaa:\n"
        "Hakijat, Hanna Hakemus ja Olli Hakemus:\n"
        "Aukioloajat julkaistaan kaupungin verkkosivuilla.\n"
        "Toimialajohtaja Tapio Tuuli:\n"
        "EhdotusLiikuntalautakunta päättää hyväksyä kesän aukioloajat.\n"
        "PäätösEhdotus hyväksyttiin.\n"
    )
    reasons = (
        "Uimahalli on suljettuna heinäkuussa huoltotöiden vuoksi.\n"
        "Kaupunginhallitus, lautakunnat ja liikelaitokset ovat linjanneet seuraavaa:\n"
        "Hakijat, Hanna Hakemus ja Olli Hakemus:\n"
        "Aukioloajat julkaistaan kaupungin verkkosivuilla."
    )
    lines = {
        "Liikuntapalvelujen hallinto, liikuntasihteeri Siiri Sauna:": [("Siiri Sauna", "liikuntasihteeri")],
        "Ympäristövalvonta, valvontapäällikön varahenkilö Aino Aalto, johtava tarkastaja Eero Esko:": [
            ("Aino Aalto", "valvontapäällikön varahenkilö"),
            ("Eero Esko", "johtava tarkastaja"),
        ],
    }
    for line, preparers in lines.items():
        [document] = _read_text(tmp_path, page.format(line=line))
        [item] = document.items
        assert [(p.name, p.title) for p in item.preparers] == preparers, line
        assert item.reasons == reasons, line
        assert item.presenter is not None and item.presenter.name == "Tapio Tuuli"
    from paatosdata.parse.turku_signers import signers_of

    # without an office's title before a name, or after a party, a company or a town, no signature
    assert signers_of("Hakijat, Hanna Hakemus ja Olli Hakemus:") is None
    assert signers_of("Kohde 2, Kupittaan Puisto:") is None
    assert signers_of("Lisäksi todetaan, että Matti Meikäläinen:") is None
    assert signers_of("Hakija, rakennusmestari Matti Meikäläinen:") is None
    assert signers_of("Tilakeskus, kiinteistöpäällikkö Porin Kaupunki:") is None
    # a unit of more than two words is a sentence, and without its colon the line is text
    assert signers_of("Asiasta on lausunut, hallintojohtaja Matti Meikäläinen:") is None
    assert signers_of("Liikuntapalvelujen hallinto, liikuntasihteeri Siiri Sauna") is None
    # a sentence's verb or conjunction before an office's title is prose, not a unit
    assert signers_of("Perusteluna todetaan, kaupunginjohtaja Matti Meikäläinen:") is None
    assert signers_of("Lisäksi todetaan, että sihteeri Matti Meikäläinen:") is None
    assert signers_of("Hallintoyksikkö, kulttuurisihteeri Siiri Sauna:") == ["kulttuurisihteeri Siiri Sauna"]


def test_a_dated_preparers_line_naming_a_preparer_with_a_middle_initial(tmp_path: Path) -> None:
    """``Vs. apulaiskaupunginjohtaja A K. B 2.3.2026:``: a name with a middle initial is a preparer, acting,
    and the line is no part of the reasons."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Kaupunginhallitus4409.03.20263\n"
        "1422-2026 (00 01 02)\n"
        "Satamatorin katoksen korjaus\n"
        "Tiivistelmä: -\n"
        "Kh § 44\n"
        "Vs. apulaiskaupunginjohtaja Tapio R. Kuusniemi 2.3.2026:\n"
        "Katoksen kattorakenne on todettu korjattavaksi.\n"
        "EhdotusKaupunginhallitus päättää hyväksyä korjauksen.\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert [(p.name, p.title, p.acting) for p in item.preparers] == [
        ("Tapio R. Kuusniemi", "apulaiskaupunginjohtaja", True)
    ]
    assert item.reasons == "Katoksen kattorakenne on todettu korjattavaksi."


def test_an_undated_preparers_line_titled_by_a_compound_with_ja(tmp_path: Path) -> None:
    """``Kulttuuri- ja nuorisolautakunnan puheenjohtaja A B:``: a compound's stem before ``ja`` and what
    follows are one word of the title, so the line is no title of too many words but the preparer's line."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Turun kaupunki§KokouspvmAsia1\nKulttuuri- ja nuorisolautakunta2212.03.20264\n\n840-2026 (00 00 01)"
        "\n\nKokousaikataulu\n\nTiivistelmä: -\n\nKulnuolk § 22\n\n"
        "Kulttuuri- ja nuorisolautakunnan puheenjohtaja Veera Vuorinen:\n\n"
        "Lautakunnan kokoukset pidetään sen päättäminä aikoina.\n\n"
        "EhdotusKulttuuri- ja nuorisolautakunta hyväksyy kokousaikataulun.\n\nPäätösEhdotus hyväksyttiin.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Veera Vuorinen"]
    assert item.reasons == "Lautakunnan kokoukset pidetään sen päättäminä aikoina."


def test_a_body_name_ending_in_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """The term of office is looked for after the spaces are stripped apart: a name ending in tens of
    thousands of wide spaces (which the page's text keeps) takes no quadratic time."""
    from paatosdata.parse.turku_head import body_name_of

    with within(2.0):
        assert body_name_of("Kaupunginhallitus" + "\u3000" * 50_000 + "x").startswith("Kaupunginhallitus")
    assert body_name_of("Tarkastuslautakunta 2025-2028") == "Tarkastuslautakunta"
    assert body_name_of("Lautakunta (2021-2025)") == "Lautakunta"
    assert body_name_of("Vuosikello2025-2028") == "Vuosikello2025-2028"


def test_a_handling_opened_by_titled_preparers_without_date_or_colon(tmp_path: Path) -> None:
    """``Uimahallipäällikkö A B, liikunta-asiantuntijat C D ja E F`` opening the handling, without date or
    colon: every person titled by an office (the plural shared by the last) names the preparers, and the
    line is no part of the reasons. Elsewhere, or naming people without an office's title, it is text."""
    page = (
        "Turun kaupunki§KokouspvmAsia1\n"
        "Liikuntalautakunta6112.10.20264\n"
        "7311-2026 (00 01 05)\n"
        "Lausunto Esimerkkilän koulun laajennuksesta\n"
        "Tiivistelmä: -\n"
        "Liiklk § 61\n"
        "{line}\n"
        "Kaupunginhallitus on pyytänyt lautakunnalta lausuntoa koulun laajennuksesta.\n"
        "Liite 1Lausuntoluonnos\n"
        "Liikuntajohtaja Leena Lenkki:\n"
        "EhdotusLiikuntalautakunta antaa liitteen 1 mukaisen lausunnon.\n"
        "PäätösEhdotus hyväksyttiin.\n"
    )
    line = "Uimahallipäällikkö Kalle Kahlaaja, liikunta-asiantuntijat Saara Sukeltaja ja Veikko Vesi"
    [document] = _read_text(tmp_path, page.format(line=line))
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Kalle Kahlaaja", "uimahallipäällikkö"),
        ("Saara Sukeltaja", "liikunta-asiantuntijat"),
        ("Veikko Vesi", None),
    ]
    assert item.reasons is not None
    assert item.reasons.startswith("Kaupunginhallitus on pyytänyt lautakunnalta lausuntoa")
    assert item.presenter is not None and item.presenter.name == "Leena Lenkki"
    for prose in (
        "Kalle Kahlaaja ja Saara Sukeltaja",
        "Kokoukseen osallistuivat Kalle Kahlaaja ja Saara Sukeltaja",
    ):
        [document] = _read_text(tmp_path, page.format(line=prose))
        [item] = document.items
        assert item.preparers == []
        assert item.reasons is not None and item.reasons.startswith(prose)
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of(line, first=True) == [
        "Uimahallipäällikkö Kalle Kahlaaja",
        "liikunta-asiantuntijat Saara Sukeltaja",
        "Veikko Vesi",
    ]
    # not opening the handling, or a title that is no office's, the line is no signature
    assert signers_of(line) is None
    assert signers_of("Kaupunginhallitus Kalle Kahlaaja", first=True) is None
    assert signers_of("Uimahalli, uimahallipäällikkö Kalle Kahlaaja", first=True) is None


def test_a_dated_line_opening_the_handling_naming_only_the_unit(tmp_path: Path) -> None:
    """``Satamaliikelaitos 4.11.2026:`` opening the handling names the preparing unit and no person: it is
    the preparers' line, no part of the reasons, and names no preparer."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Satamaliikelaitoksen johtokunta8811.11.20263\n"
        "9021-2026 (010)\n"
        "Kh - Kokouspäivien rajoitus (Kj)\n"
        "Tiivistelmä: -\n"
        "Satjk § 88\n"
        "Satamaliikelaitos 4.11.2026:\n"
        "Kaupunginhallitus päätti 26.10.2026 § 401 rajoittaa lautakuntien kokouspäiviä.\n"
        "Oheismateriaali 1Kh § 401 26.10.2026\n"
        "Liikelaitosjohtaja Mikko Majakka:\n"
        "EhdotusJohtokunta päättää merkitä tiedokseen kaupunginhallituksen päätöksen\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert item.preparers == []
    assert [s.text for s in item.sections if s.kind == "preparers"] == ["Satamaliikelaitos"]
    assert item.reasons is not None and item.reasons.startswith("Kaupunginhallitus päätti 26.10.2026 § 401")
    assert item.presenter is not None and item.presenter.name == "Mikko Majakka"
    assert item.outcome is Outcome.NOTED
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Satamaliikelaitos 4.11.2026:", first=True) == ["Satamaliikelaitos"]
    # later in the handling, or a sentence of more than a unit, the line is text
    assert signers_of("Satamaliikelaitos 4.11.2026:") is None
    assert signers_of("Kaupunginhallitus päätti 26.10.2026:", first=True) is None


def test_official_s_line_over_the_decision_names_the_official_and_no_presenter(tmp_path: Path) -> None:
    """In an official's decision of a numbered series (``Kaupunginjohtaja/sarja``), ``Kaupunginjohtaja A
    B:`` over ``PäätösPäätin …`` names the official deciding, no presenter; the name and the office on
    lines of their own after the decision sign it and are no part of it."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§Päätöspöytäkirja1\n"
        "Konsernihallinto \n"
        "Kaupunginjohtaja/sarja 100714.04.2026 \n"
        "4410-2025 (014)\n"
        "Varajäsenen valitseminen Esimerkkisäätiön hallitukseen\n"
        "Hallintosihteeri Heli Hakemisto 10.4.2026:\n"
        "Säätiön hallitukseen valittu varajäsen on pyytänyt eroa.\n"
        "Kaupunginjohtaja Kaarlo Kaupunki:\n"
        "PäätösPäätin valita säätiön hallitukseen uudeksi varajäseneksi Tiina Tuore.\n"
        " \n"
        "Kaarlo Kaupunki\n"
        "kaupunginjohtaja\n"
        "Jakelu\n"
        "tiedEsimerkkisäätiö\n",
    )
    assert document.kind is DocumentKind.OFFICER_DECISION
    [item] = document.items
    assert item.presenter is None
    assert [p.name for p in item.preparers] == ["Heli Hakemisto"]
    assert item.decision == "Päätin valita säätiön hallitukseen uudeksi varajäseneksi Tiina Tuore."
    [signer] = document.signatures
    assert (signer.person.name, signer.person.title, signer.role) == (
        "Kaarlo Kaupunki",
        "kaupunginjohtaja",
        "päättäjä",
    )
    assert item.distribution == ["Esimerkkisäätiö (tied)"]
    from paatosdata.parse.turku_signers import is_office

    assert is_office("kaupunginjohtaja", "Kaupunginjohtaja/sarja")
    assert not is_office("sarja", "Kaupunginjohtaja/sarja")


def test_a_dated_line_opening_the_handling_naming_a_unit_after_its_adjective(tmp_path: Path) -> None:
    """``Alueellinen vesihuolto 3.3.2026:`` opening the handling names the unit by a noun after its adjective
    in -inen: the preparers' line naming no person, no part of the reasons. An ordinal in -inen names a
    reading, and a noun with its verb a sentence: those lines stay text."""
    page = (
        "Turun kaupunki | § | Kokouspvm | Asia | 1 |\n"
        "Vesihuoltolautakunta | 31 | 11.03.2026 | 7 |\n"
        "2207-2026 (02 05 01)\n"
        "Vesihuoltolautakunnan tehtäväalueella tehdyt aloitteet vuonna 2025\n"
        "Tiivistelmä: -\n"
        "Vhlk § 31\n"
        "{line}\n"
        "Hallintosäännön mukaan aloitteet viedään tiedoksi toimielimeen vuosittain.\n"
        "Oheismateriaali 1Aloite kaivon kunnostamisesta ja vastaus aloitteeseen\n"
        "Vesihuoltojohtaja Ville Virtaama:\n"
        "EhdotusVesihuoltolautakunta päättää merkitä aloitteen ja vastauksen tiedoksi.\n"
        "PäätösEhdotus hyväksyttiin.\n"
    )
    [document] = _read_text(tmp_path, page.format(line="Alueellinen vesihuolto 3.3.2026:"))
    [item] = document.items
    assert item.preparers == []
    assert [s.text for s in item.sections if s.kind == "preparers"] == ["Alueellinen vesihuolto"]
    assert item.reasons is not None and item.reasons.startswith("Hallintosäännön mukaan aloitteet")
    assert item.presenter is not None and item.presenter.name == "Ville Virtaama"
    for prose in ("Toinen käsittely 3.3.2026:", "Vesihuoltolautakunta päätti 3.3.2026:"):
        [document] = _read_text(tmp_path, page.format(line=prose))
        [item] = document.items
        assert item.reasons is not None and item.reasons.startswith(prose)
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Alueellinen vesihuolto 3.3.2026:", first=True) == ["Alueellinen vesihuolto"]
    assert signers_of("Alueellinen vesihuolto 3.3.2026:") is None


def test_a_presenter_whose_double_surname_opens_in_lower_case(tmp_path: Path) -> None:
    """``Vs. kulttuurijohtaja Ilona lahti-Rantanen:`` over the proposal presents it: the surname's first part
    printed in lower case is still the name's, the office before it the title."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Kulttuurilautakunta2209.04.20265\n"
        "\n"
        "615-2026 (12 00 01)\n"
        "\n"
        "Kulttuurilautakunnan lausunto Esimerkkitalon tarveselvitykseen\n"
        "\n"
        "Tiivistelmä: -\n"
        "\n"
        "Kulttlk § 22\n"
        "\n"
        "Pekka Pensseli ja Maija Maalari:\n"
        "\n"
        "Tilapalvelut on pyytänyt lausuntoa Esimerkkitalon tarveselvityksestä.\n"
        "\n"
        "Vs. kulttuurijohtaja Ilona lahti-Rantanen:\n"
        "\n"
        "EhdotusKulttuurilautakunta päättää antaa tilapalveluille liitteen 1 mukaisen lausunnon.\n"
        "\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Ilona lahti-Rantanen",
        "kulttuurijohtaja",
        True,
    )
    assert [p.name for p in item.preparers] == ["Pekka Pensseli", "Maija Maalari"]
    assert item.reasons == "Tilapalvelut on pyytänyt lausuntoa Esimerkkitalon tarveselvityksestä."
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Vs. kulttuurijohtaja Ilona lahti-Rantanen:", over_proposal=True) == [
        "Vs. kulttuurijohtaja Ilona lahti-Rantanen"
    ]
    # a hyphenated word all in lower case ends no name
    assert signers_of("Tilat on tarkoitettu vapaa-ajan käyttöön:", over_proposal=True) is None


def test_an_undated_presenter_line_without_its_colon_over_the_proposal(tmp_path: Path) -> None:
    """``Opetusjohtaja Olli Ojala`` alone over the proposal, neither dated nor ending in a colon, presents
    it when the person is titled by an office, as the undated preparer's line opening the handling names
    its preparer; a line of prose over the proposal ending in a name presents nothing."""
    page = (
        "Turun kaupunki§KokouspvmAsia1\n"
        "Kasvatus- ja opetuslautakunta4703.03.20269\n"
        "\n"
        "811-2026 (510)\n"
        "\n"
        "Koulujen loma-ajat lukuvuonna 2027 - 2028\n"
        "\n"
        "Tiivistelmä: -\n"
        "\n"
        "Kasopelk § 47\n"
        "\n"
        "Palvelupäällikkö Paula Pulpetti\n"
        "\n"
        "Loma-ajat on valmisteltu yhdessä Esimerkkilän kunnan kanssa.\n"
        "\n"
        "{line}\n"
        "\n"
        "Ehdotus        Kasvatus- ja opetuslautakunta päättää hyväksyä loma-ajat esitetyn mukaisesti.\n"
        "\n"
        "PäätösEhdotus hyväksyttiin.\n"
    )
    [document] = _read_text(tmp_path, page.format(line="Opetusjohtaja Olli Ojala"))
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Olli Ojala", "opetusjohtaja")
    assert [p.name for p in item.preparers] == ["Paula Pulpetti"]
    assert item.reasons == "Loma-ajat on valmisteltu yhdessä Esimerkkilän kunnan kanssa."
    assert item.proposal == "Kasvatus- ja opetuslautakunta päättää hyväksyä loma-ajat esitetyn mukaisesti."
    [document] = _read_text(tmp_path, page.format(line="Asiasta on neuvoteltu Olli Ojala"))
    [item] = document.items
    assert item.presenter is None
    assert item.reasons is not None and item.reasons.endswith("Asiasta on neuvoteltu Olli Ojala")
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Vs. opetusjohtaja Olli Ojala", over_proposal=True) == ["Vs. opetusjohtaja Olli Ojala"]
    # elsewhere an undated line without its colon is no signature
    assert signers_of("Opetusjohtaja Olli Ojala") is None


def test_a_dated_preparers_line_naming_units_of_three_words_each_before_its_person(tmp_path: Path) -> None:
    """``Satamanseudun elävöittämisen ohjelma, ohjelmapäällikkö A B ja Liikunnan kehittämishanke, hankejohtaja
    C D, 2.4.2026:`` names each person's own unit of three words or two, a comma before the date: the
    preparers' line, the reasons after it. A unit of three words names its head noun after two genitives:
    three words of prose before a name are no unit."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§KokouspvmAsia1\n"
        "Kaupunginhallitus13313.04.20266\n"
        "\n"
        "2950-2026 (12 03 00)\n"
        "\n"
        "Satamanseudun taideohjelma\n"
        "\n"
        "Tiivistelmä:\n"
        "\n"
        "Satamanseudulle laaditaan taideohjelma.\n"
        "\n"
        "Kh § 133\n"
        "\n"
        "Satamanseudun elävöittämisen ohjelma, ohjelmapäällikkö Saara Satama ja Liikunnan kehittämishanke, "
        "hankejohtaja Kimmo Kenttä, 2.4.2026:\n"
        "\n"
        "Ohjelman tausta\n"
        "\n"
        "Kaupunginhallitus päätti taideohjelman laatimisesta 3.3.2025 § 70.\n"
        "\n"
        "Kaupunginjohtaja Kaarlo Kaupunki\n"
        "\n"
        "EhdotusKaupunginhallitus päättää hyväksyä Satamanseudun taideohjelman.\n"
        "\n"
        "PäätösEhdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Saara Satama", "ohjelmapäällikkö"),
        ("Kimmo Kenttä", "hankejohtaja"),
    ]
    assert item.reasons == (
        "Ohjelman tausta\nKaupunginhallitus päätti taideohjelman laatimisesta 3.3.2025 § 70."
    )
    from paatosdata.parse.turku_signers import signers_of

    assert signers_of("Kaupunginhallitus on kuullut, ohjelmapäällikkö Saara Satama 2.4.2026:") is None


def test_official_s_row_of_cells_naming_the_office_with_its_numbered_series(tmp_path: Path) -> None:
    """``Katupäällikkö/sarja 12 | 48 | 03.02.2026 |``: an official's row of cells whose body cell ends in the
    decision series after a slash (a number, as ``/sarja A`` is a letter) names the office with its series,
    as printed; the cell's bar ends the series, so its number is no part of the §."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki | § | Päätöspöytäkirja | 1 |\n"
        "Kaupunkiympäristötoimiala, katupalvelut | |||\n"
        "Katupäällikkö/sarja 12 | 48 | 03.02.2026 |\n"
        "1780-2026 (10 03 01)\n"
        "Kesäteatterin katsomon sijoittaminen puistoon\n"
        "Lupavalmistelija Laura Lupa 2.2.2026:\n"
        "Teatteriyhdistys Esimerkki ry pyytää lupaa sijoittaa katsomon Rantapuistoon.\n"
        "Katupäällikkö Kalle Katunen:\n"
        "PäätösMyönsin Teatteriyhdistys Esimerkki ry:lle luvan sijoittaa katsomon puistoon.\n"
        "Kalle Katunen\n"
        "katupäällikkö\n"
        "Jakelu\n"
        "aoTeatteriyhdistys Esimerkki ry\n",
    )
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Katupäällikkö/sarja 12"
    # the unit's line, its empty cells beside it left out
    assert [s.text for s in document.items[0].sections if s.heading == "Yksikkö"] == [
        "Kaupunkiympäristötoimiala, katupalvelut"
    ]
    assert str(document.meeting.date) == "2026-02-03"
    [item] = document.items
    assert item.number == "48"
    assert item.title == "Kesäteatterin katsomon sijoittaminen puistoon"
    assert [p.name for p in item.preparers] == ["Laura Lupa"]
    assert item.decision == "Myönsin Teatteriyhdistys Esimerkki ry:lle luvan sijoittaa katsomon puistoon."
    [signer] = document.signatures
    assert (signer.person.name, signer.role) == ("Kalle Katunen", "päättäjä")


def test_a_label_set_apart_from_its_text_by_one_space(tmp_path: Path) -> None:
    """``Ehdotus Lautakunta päättää …`` and ``Päätös Myönsin …``: a label set apart from its text by a single
    space, a capital after it, opens the part as when run into it; the line over it presents the proposal,
    or over an official's decision names the official deciding, no preparer."""
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki | § | Kokouspvm | Asia | 1 |\n"
        "Esimerkkilän vesihuoltolautakunta | 21 | 12.03.2026 |\n"
        "412-2026 (02 05 01)\n"
        "Vesijohtoverkoston saneerausohjelma\n"
        "Tiivistelmä: -\n"
        "Vhlk § 21\n"
        "Verkostoinsinööri Veikko Vesi 2.3.2026:\n"
        "Saneerausohjelma kattaa vuodet 2027-2030.\n"
        "Vesihuoltojohtaja Helena Huuhde:\n"
        "Ehdotus Esimerkkilän vesihuoltolautakunta päättää hyväksyä saneerausohjelman.\n"
        "Päätös Ehdotus hyväksyttiin.\n",
    )
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Veikko Vesi"]
    assert item.reasons == "Saneerausohjelma kattaa vuodet 2027-2030."
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Helena Huuhde", "vesihuoltojohtaja")
    assert item.proposal == "Esimerkkilän vesihuoltolautakunta päättää hyväksyä saneerausohjelman."
    assert item.decision == "Ehdotus hyväksyttiin."
    assert item.outcome is Outcome.APPROVED
    [document] = _read_text(
        tmp_path,
        "Turun kaupunki§Päätöspöytäkirja1\n"
        "Kaupunkiympäristötoimiala, tonttipalvelut \n"
        "Maankäyttöpäällikkö1511.03.2026 \n"
        "2210-2026 (10 03 01)\n"
        "Kirpputorin järjestäminen torilla\n"
        "Lupavalmistelija Laura Lupa 9.3.2026:\n"
        "Kierrätysyhdistys ry pyytää lupaa järjestää kirpputorin Kauppatorilla.\n"
        "Maankäyttöpäällikkö Matti Maa:\n"
        "Päätös Myönsin Kierrätysyhdistys ry:lle luvan järjestää kirpputorin Kauppatorilla.\n"
        "Matti Maa\n"
        "maankäyttöpäällikkö\n",
    )
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Laura Lupa"]
    assert item.decision == "Myönsin Kierrätysyhdistys ry:lle luvan järjestää kirpputorin Kauppatorilla."
    [signer] = document.signatures
    assert (signer.person.name, signer.role) == ("Matti Maa", "päättäjä")
    from paatosdata.parse.turku_handling import text_handling

    # a word in lower case after the label's word is prose, no label
    [part] = text_handling([(1, "Päätös tehtiin jo syksyllä.")], tmp_path / "page.txt")
    assert (part.kind, part.text) == ("reasons", "Päätös tehtiin jo syksyllä.")


def test_official_s_row_naming_the_office_with_its_post_number_in_brackets(tmp_path: Path) -> None:
    """``Vanhempi rakennustarkastaja (virka 40512) | 17 | 06.10.2026 |`` and the same row run together
    (``…(virka 40512)1706.10.2026``): the office's cell may end in its post number in brackets, which the
    bracket closes, so the § and date after it are read; the body is the office as printed. The official's
    line over the decision and the signature name the office without its number."""
    for row in (
        "Vanhempi rakennustarkastaja (virka 40512) | 17 | 06.10.2026 |\n",
        "Vanhempi rakennustarkastaja (virka 40512)1706.10.2026 \n",
    ):
        [document] = _read_text(
            tmp_path,
            (
                "Turun kaupunki | § | Päätöspöytäkirja | 1 |\n"
                if "|" in row
                else "Turun kaupunki§Päätöspöytäkirja1\n"
            )
            + "Rakennusvalvonta, lupapalvelut\n"
            + row
            + "905-2026 (10 04 02)\n"
            "Aidan rakentaminen Esimerkkikadulle\n"
            "Rakennusvalvonta, lupavalmistelija Olli Otava 2.10.2026:\n"
            "Hakija pyytää lupaa rakentaa aidan tonttinsa rajalle.\n"
            "Vanhempi rakennustarkastaja Ritva Runko:\n"
            "PäätösMyönsin luvan rakentaa aidan.\n"
            "Ritva Runko\n"
            "vanhempi rakennustarkastaja\n",
        )
        assert document.kind is DocumentKind.OFFICER_DECISION
        assert document.meeting.body.name == "Vanhempi rakennustarkastaja (virka 40512)"
        assert str(document.meeting.date) == "2026-10-06"
        [item] = document.items
        assert item.number == "17"
        assert item.title == "Aidan rakentaminen Esimerkkikadulle"
        assert item.case is not None and item.case.diary_number is not None
        assert [p.name for p in item.preparers] == ["Olli Otava"]
        assert item.presenter is None
        assert item.decision == "Myönsin luvan rakentaa aidan."
        [signer] = document.signatures
        assert (signer.person.name, signer.role) == ("Ritva Runko", "päättäjä")
