"""Dynasty readers over our own fictional pages in Dynasty's shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import AppealKind, Document, DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dynasty"


def _read_contents(tmp_path: Path, parts: list[dict[str, object]]) -> Document:
    """The one document read from ``parts`` written as a contents JSON file."""
    path = tmp_path / "contents.json"
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    [document] = read_path(path)
    return document


def test_minutes_item_page() -> None:
    path = FIXTURES / "item-minutes.htm"
    [document] = read_path(path)
    assert document.source is not None and document.source.format == "dynasty"
    assert document.kind is DocumentKind.MINUTES
    meeting = document.meeting
    assert (meeting.body.name, meeting.date.isoformat() if meeting.date else None) == (
        "Tekninen lautakunta",
        "2024-03-14",
    )
    [item] = document.items
    assert (item.number, item.number_raw, item.agenda_number) == ("42", "§ 42", None)
    assert item.title == "Koivukujan katusuunnitelman hyväksyminen"
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.year, diary.task_class) == ("812/2023", "812", 2023, "10.03.01")
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Teija Testinen", "040 000 0001"),
        ("Pekka Esimerkki", "(09) 000 0002"),
    ]
    assert item.preparers[-1].email == "etunimi.sukunimi@example.fi"
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Olli Oletus",
        "kaupungininsinööri",
        True,
    )
    assert item.proposal == "Tekninen lautakunta hyväksyy Koivukujan katusuunnitelman."
    assert item.decision == "Tekninen lautakunta:\nPäätösehdotus hyväksyttiin yksimielisesti."
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)
    # a bold phrase inside a body paragraph is not a heading; an unknown heading is kept as generic
    assert item.reasons is not None and item.reasons.startswith(
        "Taustaa\nPäätös tehtiin kadun kunnostamiseksi."
    )
    assert "Kustannusarvio on 120 000 euroa." in item.reasons
    generic = item.section("generic")
    assert generic is not None and (generic.heading, generic.text) == (
        "Kuulutus",
        "Suunnitelma oli nähtävillä 1.2.–15.2.2024.",
    )
    assert [(a.title, a.supplementary, a.url) for a in item.attachments] == [
        ("Katusuunnitelma", True, "1-42-1.PDF")
    ]
    assert item.distribution == ["Kadunpito"]
    assert [s.kind for s in item.sections] == [
        "preparers",
        "proposal",
        "decision",
        "reasons",
        "generic",
        "supplementary",
        "distribution",
    ]
    # spans point at the source lines
    source = path.read_bytes().decode("cp1252").split("\n")
    assert "Koivukujan katusuunnitelman" in source[item.spans["title"].line - 1]
    assert "Päätösehdotus" in source[item.spans["presenter"].line - 1]
    assert diary.span is not None and "812/2023" in source[diary.span.line - 1]
    assert "hyväksyttiin yksimielisesti" in source[item.spans["decision"].line]


def test_agenda_item_page() -> None:
    [document] = read_path(FIXTURES / "item-agenda.htm")
    assert document.kind is DocumentKind.AGENDA
    [item] = document.items
    assert (item.number, item.number_raw, item.agenda_number) == (None, None, "7")
    assert item.decision is None and item.outcome is None
    assert item.proposal == "Tekninen lautakunta hyväksyy Koivukujan katusuunnitelman."


def test_item_with_decision_history() -> None:
    """Earlier handlings after "Päätöshistoria" are history, not this item's proposal or decision."""
    [document] = read_path(FIXTURES / "item-history.htm")
    [item] = document.items
    assert (item.number, item.title) == ("51", "Koivukujan katusuunnitelman hyväksyminen")
    # a dnro printed as an indented (not right-aligned) line, split over two spans
    assert item.case is not None and item.case.diary_number is not None
    assert (item.case.diary_number.raw, item.case.diary_number.task_class) == (
        "812/10.03.01/2023",
        "10.03.01",
    )
    # "Valmistelijat / lisätiedot:" in a body-style paragraph is still the preparers' heading
    assert [p.name for p in item.preparers] == ["Teija Testinen", "Pekka Esimerkki"]
    assert item.proposal == "Tekninen lautakunta hyväksyy Koivukujan katusuunnitelman."
    assert (item.decision, item.outcome) == ("Tekninen lautakunta:\nAsia jätettiin pöydälle.", Outcome.TABLED)
    # the history table row and the marker line name the same handling: one reference
    assert [(h.body, str(h.date), h.section) for h in item.history] == [
        ("Tekninen lautakunta", "2024-03-14", "42")
    ]
    kinds = [(s.kind, s.heading) for s in item.sections]
    assert ("history", "Tekninen lautakunta 14.3.2024 § 42") in kinds
    earlier = next(s for s in item.sections if s.heading == "Tekninen lautakunta 14.3.2024 § 42")
    assert "Asia palautettiin valmisteluun." in earlier.text
    # the item's own distribution list comes last, after the history
    assert kinds[-1] == ("distribution", "Tiedoksi") and item.distribution == ["Kadunpito"]


def test_meeting_page() -> None:
    [document] = read_path(FIXTURES / "meeting.htm")
    assert document.kind is DocumentKind.MINUTES and document.checked is True
    assert document.meeting.start is not None and document.meeting.start.isoformat() == "17:00:00"
    assert [(i.number, i.title, i.url) for i in document.items] == [
        ("41", "Kokouksen laillisuuden ja päätösvaltaisuuden toteaminen", "1-1.HTM"),
        ("42", "Koivukujan katusuunnitelman hyväksyminen", "1-2.HTM"),
        ("43", "Ilmoitusasiat", "1-3.HTM"),
    ]
    assert [(a.kind, a.applies_to) for a in document.appeal_instructions] == [
        (AppealKind.APPEAL_BAN, ["41", "43"]),
        (AppealKind.RECTIFICATION, ["42"]),
    ]
    ban = document.appeal_instructions[0]
    assert ban.statute is not None and ban.statute.section == "136"
    assert [(p.person.name, p.role, p.person.title, p.note) for p in document.meeting.participants] == [
        ("Outi Osallinen", "puheenjohtaja", None, None),
        ("Jaakko Jäsen", "jäsen", None, "saapui klo 17.10 § 42 käsittelyn aikana"),
        ("Olli Oletus", "sihteeri", "kaupungininsinööri", None),
    ]


def test_item_json() -> None:
    path = FIXTURES / "esimerkki_tela_240314_contents_42.json"
    assert reader_for(path, path.read_bytes()).name == "dynasty-json"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert document.meeting.date is not None and document.meeting.date.isoformat() == "2024-03-14"
    # "tela" is spelt out from the decision's "Tekninen lautakunta:" line
    assert (document.meeting.body.name, document.meeting.body.abbreviation) == ("Tekninen lautakunta", "tela")
    [item] = document.items
    assert item.number == "42"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.task_class == "10.03.01"
    assert item.presenter is not None and item.presenter.name == "Olli Oletus"
    assert item.proposal == "Tekninen lautakunta hyväksyy Koivukujan katusuunnitelman."
    assert item.outcome is Outcome.TABLED
    assert (
        item.reasons == "Suunnitelma perustuu maankäyttö- ja rakennuslain 85 §:ään.\nkustannukset\naikataulu"
    )
    assert [(s.kind, s.heading) for s in item.sections][-1] == ("generic", "Kuulutus")
    lines = path.read_text(encoding="utf-8").split("\n")
    assert '"Päätös"' in lines[item.spans["decision"].line - 1]


def test_swedish_item_page(tmp_path: Path) -> None:
    text = (FIXTURES / "item-minutes.htm").read_bytes().decode("cp1252")
    for finnish, swedish in [
        ("Pöytäkirja 14.03.2024/Pykälä 42", "Protokoll 14.03.2024/Paragraf 42"),
        ("Valmistelijat / lisätiedot:", "Beredare / upplysningar:"),
        ("<b>Päätösehdotus</b>", "<b>Beslutsförslag</b>"),
        ("<b>Päätös</b>", "<b>Beslut</b>"),
        ("Päätösehdotus hyväksyttiin yksimielisesti.", "Nämnden godkände förslaget enhälligt."),
    ]:
        text = text.replace(finnish, swedish)
    path = tmp_path / "sv.htm"
    path.write_bytes(text.encode("cp1252"))
    [document] = read_path(path)
    assert document.language == "sv" and document.kind is DocumentKind.MINUTES
    [item] = document.items
    assert (item.number, item.language) == ("42", "sv")
    assert item.proposal == "Tekninen lautakunta hyväksyy Koivukujan katusuunnitelman."
    assert item.decision == "Tekninen lautakunta:\nNämnden godkände förslaget enhälligt."
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)
    assert [p.name for p in item.preparers] == ["Teija Testinen", "Pekka Esimerkki"]


def test_item_json_names_its_body_in_the_proposal(tmp_path: Path) -> None:
    """An agenda item has no decision: the proposal's subject spells out the file name's ``sivl``."""
    parts = [
        {"order": 0, "title": "Dno", "content": "45/2025"},
        {
            "order": 1,
            "title": "Päätösehdotus",
            "content": "<p>Sivistysjohtaja Sanna Sivistys</p>"
            "<p>Sivistyslautakunta merkitsee tiedoksi oppilasmäärät.</p>",
        },
    ]
    path = tmp_path / "esimerkki_sivl_250203_contents_8.json"
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert (document.meeting.body.name, document.meeting.body.abbreviation) == ("Sivistyslautakunta", "sivl")


def test_item_json_keeps_an_abbreviation_its_texts_do_not_spell_out(tmp_path: Path) -> None:
    parts = [{"order": 0, "title": "Päätösehdotus", "content": "<p>Hyväksytään suunnitelma.</p>"}]
    path = tmp_path / "esimerkki_xyz_250203_contents_9.json"
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    [document] = read_path(path)
    assert document.meeting.body.name == "xyz"


def test_item_json_without_a_telling_file_name(tmp_path: Path) -> None:
    """Contents JSON saved as ``contents.json``: the body from the proposal's subject, the municipality
    from the diary number's prefix, presenters printed as ``Nimi <osoite> - titteli``."""
    parts = [
        {"order": 0, "title": "Dno", "content": "MliDno-2026-77"},
        {
            "order": 1,
            "title": "Päätösehdotus",
            "content": "<p>Kaupunginhallitus&nbsp;esittää kaupunginvaltuustolle, että se valitsee.</p>",
        },
        {
            "order": 2,
            "title": "Valmistelijat",
            "content": "Liisa Laatija <liisa.laatija@example.fi> - hallintojohtaja",
        },
        {
            "order": 3,
            "title": "Esittelijät",
            "content": "Eero Esittäjä <eero.esittaja@example.fi> - kaupunginjohtaja",
        },
    ]
    document = _read_contents(tmp_path, parts)
    assert document.meeting.body.name == "Kaupunginhallitus"
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Mikkeli"
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Eero Esittäjä", "kaupunginjohtaja")
    assert [(p.name, p.title) for p in item.preparers] == [("Liisa Laatija", "hallintojohtaja")]


def test_item_json_municipality_from_the_staff_addresses(tmp_path: Path) -> None:
    parts = [
        {"order": 0, "title": "Dno", "content": "45/2026"},
        {
            "order": 1,
            "title": "Päätösehdotus",
            "content": "<p>Tekninen lautakunta hyväksyy suunnitelman.</p>",
        },
        {
            "order": 2,
            "title": "Valmistelijat",
            "content": "Liisa Laatija <liisa.laatija@tampere.fi> - insinööri",
        },
    ]
    document = _read_contents(tmp_path, parts)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Tampere"
    assert document.meeting.body.name == "Tekninen lautakunta"


def _restated(tmp_path: Path, decision: str, handling: str) -> Outcome | None:
    resolution = (
        "<p>Kaupunginhallitus ehdottaa, että valtuusto</p><p>1</p><p>hyväksyy liitteenä olevan säännön.</p>"
    )
    parts = [
        {
            "order": 0,
            "title": "Päätösehdotus",
            "content": "<p>Kaupunginjohtaja Kaisa Kokeilu</p>" + resolution,
        },
        {"order": 1, "title": "Käsittely", "content": handling},
        {"order": 2, "title": "Päätös", "content": "<p>Kaupunginhallitus:</p>" + resolution + decision},
    ]
    path = tmp_path / "esimerkki_kh_250505_contents_12.json"
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    [document] = read_path(path)
    return document.items[0].outcome


def test_a_restated_resolution_with_changes_is_amended(tmp_path: Path) -> None:
    """The body prints its whole resolution instead of naming an outcome: compared with the proposal."""
    added = "<p>Kaupunginhallitus kehottaa valmistelemaan ohjeen syyskuun loppuun mennessä.</p>"
    assert _restated(tmp_path, added, "<p>Ehdotus hyväksyttiin.</p>") is Outcome.AMENDED


def test_a_restated_resolution_word_for_word(tmp_path: Path) -> None:
    assert _restated(tmp_path, "", "<p>Asiasta keskusteltiin.</p>") is Outcome.APPROVED
    voted = "<p>Puheenjohtaja totesi kaupunginhallituksen 9 äänellä 6 ääntä vastaan hylänneen ehdotuksen.</p>"
    assert _restated(tmp_path, "", voted) is Outcome.VOTED


def _item_json(tmp_path: Path, parts: list[dict[str, object]], name: str = "contents.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    return path


def test_item_json_contact_notes_come_before_the_drafter_list(tmp_path: Path) -> None:
    """``Valmistelijat`` holds the system's drafter; the printed contact notes name who to ask."""
    parts = [
        {"order": 0, "title": "Dno", "content": "TRE:77/10.03.01/2026"},
        {"order": 1, "title": "Päätösehdotus", "content": "<p>Rakennuslupa myönnetään.</p>"},
        {"order": 2, "title": "Päätös", "content": "<p>Päätösehdotus hyväksyttiin.</p>"},
        {"order": 3, "title": "Valmistelijat", "content": "Raili Rakentaja <r.r@example.fi> - Tarkastaja"},
        {
            "order": 4,
            "title": "Valmistelijan yhteystiedot",
            "content": "Lupa-insinööri Olli Osoite, puh. 040 111 2222 klo 9-11, olli.osoite@example.fi",
        },
        {"order": 5, "title": "Lisätietoja päätöksestä", "content": "Sihteeri Sini Soitto, p. 040 333 4444"},
    ]
    [document] = read_path(_item_json(tmp_path, parts))
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Olli Osoite", "040 111 2222"),
        ("Sini Soitto", "040 333 4444"),
    ]


def test_item_json_general_appeal_heading_over_a_building_permit(tmp_path: Path) -> None:
    """Under ``Muutoksenhaku`` the instructions name a building permit's appeal first; that later
    parts speak of rectification does not make the whole a rectification instruction."""
    appeal = (
        "<p><strong>Valitusosoitus: Rakennuslupa</strong></p>"
        "<p>Rakennuslupapäätökseen saa hakea muutosta kirjallisella valituksella hallinto-oikeudelta.</p>"
        "<p>Oikaisuvaatimuksen johdosta annettuun päätökseen saa hakea muutosta vain oikaisuvaatimuksen "
        "tekijä.</p>"
    )
    parts = [
        {"order": 0, "title": "Päätösehdotus", "content": "<p>Rakennuslupa myönnetään.</p>"},
        {"order": 1, "title": "Päätös", "content": "<p>Hyväksyttiin.</p>"},
        {"order": 2, "title": "Muutoksenhaku", "content": appeal},
    ]
    [document] = read_path(_item_json(tmp_path, parts))
    assert [a.kind for a in document.items[0].appeal] == [AppealKind.ADMINISTRATIVE_APPEAL]


def test_item_json_oulu_from_its_diary_prefix_and_several_preparers_on_one_line(tmp_path: Path) -> None:
    parts = [
        {"order": 0, "title": "Dno", "content": "OUKA/12/02.06.01/2026"},
        {"order": 1, "title": "Päätösesitys", "content": "Kaupunginhallitus hyväksyy selvityksen."},
        {"order": 2, "title": "Päätös", "content": "Päätösesitys hyväksyttiin."},
        {
            "order": 3,
            "title": "Valmistelijat",
            "content": "Esimerkkikaupungin talouspalvelut, talousjohtaja Tuula Talous puh. 040 100 2000, "
            "controller Kalle Laskija puh. 044 300 4000 ja kirjanpitäjä Pia Tase puh. 050 500 6000",
        },
    ]
    [document] = read_path(_item_json(tmp_path, parts))
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Oulu"
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Tuula Talous", "040 100 2000"),
        ("Kalle Laskija", "044 300 4000"),
        ("Pia Tase", "050 500 6000"),
    ]


def test_item_json_approving_a_proposal_that_notes_and_resolves_is_approved(tmp_path: Path) -> None:
    """ "Merkitä tiedoksi" alone makes an approved proposal ``noted``; with a resolution, ``approved``."""

    def outcome(proposal: str) -> Outcome | None:
        parts = [
            {"order": 0, "title": "Päätösehdotus", "content": f"<p>{proposal}</p>"},
            {"order": 1, "title": "Päätös", "content": "<p>Päätösehdotus hyväksyttiin.</p>"},
        ]
        [document] = read_path(_item_json(tmp_path, parts))
        return document.items[0].outcome

    assert outcome("Ympäristölautakunta päättää merkitä tiedoksi tarkastusraportin.") is Outcome.NOTED
    both = "Ympäristölautakunta päättää merkitä tiedoksi tarkastusraportin ja hyväksyä valvontasuunnitelman."
    assert outcome(both) is Outcome.APPROVED


def test_item_json_council_item_with_the_boards_proposal(tmp_path: Path) -> None:
    """A council item: the board's proposal under its own heading, preparers under a joined heading."""
    parts = [
        {"order": 0, "title": "Dno", "content": "OUKA/5/12.00.02/2026"},
        {
            "order": 1,
            "title": "Valmistelijat/ Lisätietojen antaja",
            "content": "Kulttuurijohtaja Kaija Kulta puh. 044 1234567, tuottaja Tuomo Tuotto p. 044 7654321",
        },
        {"order": 2, "title": "Kaupunginhallituksen päätösehdotus", "content": "Kaupunginvaltuusto päättää."},
        {"order": 3, "title": "Päätös", "content": "Kaupunginhallituksen päätösehdotus hyväksyttiin."},
    ]
    [document] = read_path(_item_json(tmp_path, parts))
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    [item] = document.items
    assert item.proposal == "Kaupunginvaltuusto päättää."
    assert item.outcome is Outcome.APPROVED
    assert [(p.name, p.phone) for p in item.preparers] == [
        ("Kaija Kulta", "044 1234567"),
        ("Tuomo Tuotto", "044 7654321"),
    ]


def test_decision_history_with_meeting_dates_but_no_section_numbers(tmp_path: Path) -> None:
    """A working group's meetings listed by date alone are earlier handlings too, in the printed order."""
    parts = [
        {"order": 0, "title": "Dno", "content": "45/2026"},
        {
            "order": 1,
            "title": "Päätöshistoria",
            "content": "Juhlavuoden työryhmä 3.2.2026, 17.3.2026 Kulttuurilautakunta 14.4.2026 § 21",
        },
        {"order": 2, "title": "Päätösehdotus", "content": "<p>Hyväksytään juhlavuoden ohjelma.</p>"},
    ]
    path = tmp_path / "esimerkki_kh_260504_contents_7.json"
    path.write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    [document] = read_path(path)
    history = document.items[0].history
    assert [(h.date.isoformat() if h.date else None, h.section) for h in history] == [
        ("2026-02-03", None),
        ("2026-03-17", None),
        ("2026-04-14", "21"),
    ]
    assert history[0].body == history[1].body == "Juhlavuoden työryhmä"


def test_item_json_handlings_printed_under_their_meeting_heads(tmp_path: Path) -> None:
    """A description that prints an earlier board's handling under ``Lautakunta 3.4.2026 § 12`` and this
    meeting's text under ``Kaupunginhallitus 4.5.2026 §``: the earlier one is history, the later one
    gives the meeting day and the item's own reasons."""
    kuvaus = (
        "<p><strong>Ympäristölautakunta 3.4.2026 &sect; 12</strong></p>"
        "<p>Lautakunta valmisteli selvityksen kevään aikana.</p>"
        "<p>______________________________</p>"
        "<p><strong>Kaupunginhallitus 4.5.2026 &sect; </strong></p>"
        "<p>Selvitys on liitteenä.</p>"
    )
    parts = [
        {"order": 0, "title": "Dno", "content": "MliDno-2026-310"},
        {"order": 1, "title": "Kuvaus", "content": kuvaus},
        {
            "order": 2,
            "title": "Päätösehdotus",
            "content": "<p>Kaupunginhallitus merkitsee selvityksen tiedoksi.</p>",
        },
        {
            "order": 3,
            "title": "Esittelijät",
            "content": "Eero Esittäjä <eero.esittaja@example.fi> - kaupunginjohtaja",
        },
    ]
    document = _read_contents(tmp_path, parts)
    assert document.meeting.body.name == "Kaupunginhallitus"
    assert document.meeting.date is not None and document.meeting.date.isoformat() == "2026-05-04"
    [item] = document.items
    assert [(h.body, h.date.isoformat() if h.date else None, h.section) for h in item.history] == [
        ("Ympäristölautakunta", "2026-04-03", "12")
    ]
    assert item.reasons == "Selvitys on liitteenä."


def test_item_json_heads_of_other_bodies_only_are_history(tmp_path: Path) -> None:
    """Without a head of its own body every printed handling is an earlier one; the text stays whole."""
    kuvaus = "<p>Tekninen lautakunta 2.2.2026 &sect; 7</p><p>Lautakunta puolsi hanketta.</p>"
    parts = [
        {"order": 0, "title": "Kuvaus", "content": kuvaus},
        {"order": 1, "title": "Päätösehdotus", "content": "<p>Kaupunginhallitus hyväksyy hankkeen.</p>"},
    ]
    document = _read_contents(tmp_path, parts)
    assert document.meeting.date is None
    [item] = document.items
    assert [h.raw for h in item.history] == ["Tekninen lautakunta 2.2.2026 § 7"]
    assert item.reasons is not None and item.reasons.startswith("Tekninen lautakunta 2.2.2026 § 7")


def test_list_of_a_bodys_meetings_is_refused_with_the_way_on(tmp_path: Path) -> None:
    """Dynasty's list of one body's meetings names no item: a clear error that points to the meeting pages."""
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        '<link rel="stylesheet" href="x_files/DJULKAISU.CSS"></head><body class="bodyTelin">'
        '<table class="tbl"><tr><td><label class="h3">Kokouslistat<br>Tekninen lautakunta</label></td></tr>'
        '</table><table class="tbl"><tr class="trHea"><td class="tcHeaFirst">Vuosi 2026</td></tr>'
        '<tr><td class="tcDat">12.03.2026</td><td class="tcDat">'
        '<a href="http://esimerkki.example/kokous/2026100001.HTM">Pöytäkirja</a></td></tr></table>'
        "</body></html>"
    )
    path = tmp_path / "TELIN-1.HTM"
    path.write_bytes(page.encode("cp1252"))
    with pytest.raises(ParseError) as caught:
        read_path(path)
    assert "lists the meetings of Tekninen lautakunta" in caught.value.message
    assert caught.value.hint is not None and "2026100001.HTM" in caught.value.hint


def test_an_older_export_s_htm_page_saved_as_text() -> None:
    """A ``kokous/<id>.HTM`` page saved as text: navigation, body, number and date on lines of their own,
    the number again, the title and the body's abbreviation; the contact in parentheses is the preparer and
    an office's name over the proposal (``Kunnanjohtaja:``) heads it."""
    path = FIXTURES / "export-item-htm.txt"
    assert reader_for(path, path.read_bytes()).name == "dynasty"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kunnanhallitus", "2026-05-12")
    [item] = document.items
    assert (item.number, item.title) == ("88", "Kesätyöntekijöiden palkkaaminen")
    preparers = [(p.name, p.phone, p.acting) for p in item.preparers]
    assert preparers == [("Ritva Rekrytoija", "040 700 4004", True)]
    assert item.reasons is not None and item.reasons.startswith("Kunta palkkaa kesäksi nuoria")
    assert item.proposal == "Kunnanhallitus päättää palkata kesäksi kymmenen nuorta."
    assert (item.decision, item.outcome) == ("Hyväksyttiin.", Outcome.APPROVED)


def test_a_dynasty_5_txt_item_run_together_on_one_line() -> None:
    """Dynasty 5's ``kokous/<id>.TXT`` saved with its lines run together: the head (body, §, date), the
    title up to the abbreviation that repeats the number (``RAKLTK § 31``), then the parts cut at their
    headings."""
    path = FIXTURES / "export-item-run-on.txt"
    assert reader_for(path, path.read_bytes()).name == "dynasty"
    [document] = read_path(path)
    assert (document.kind, document.meeting.body.name) == (DocumentKind.MINUTES, "Rakennuslautakunta")
    [item] = document.items
    assert (item.number, item.title) == ("31", "KOKOUKSEN AVAUS")
    assert item.reasons is not None and item.reasons.startswith("Puheenjohtaja avaa kokouksen.")
    assert item.proposal == "Todetaan kokous lailliseksi ja päätösvaltaiseksi."
    assert item.decision == "Kokous todettiin lailliseksi ja päätösvaltaiseksi."


def test_a_dynasty_5_txt_item_on_lines_of_its_own() -> None:
    path = FIXTURES / "export-item-lines.txt"
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("32", "VENEVAJAN RAKENNUSLUPA")
    assert str(document.meeting.date) == "2026-04-14"
    assert [p.name for p in item.preparers] == ["Rauno Rakentaja"]
    assert item.proposal == "Rakennuslautakunta myöntää luvan."
    assert (item.decision, item.outcome) == ("Ehdotuksen mukaan.", Outcome.APPROVED)


def test_a_text_that_only_starts_like_a_dynasty_5_head_is_not_one(tmp_path: Path) -> None:
    """``Rakennuslautakunta § 31 14.04.2026`` with no abbreviation repeating the number is plain text."""
    path = tmp_path / "note.txt"
    path.write_text("Rakennuslautakunta § 31 14.04.2026 käsitteli venevajan lupaa.\n", encoding="utf-8")
    assert reader_for(path, path.read_bytes()).name != "dynasty"


def test_an_older_export_s_htm_page_with_the_section_sign_a_dnro_and_the_numbered_mark() -> None:
    """The number printed ``§ 23`` on its line, a dnro under the title and the handling's mark with the
    number (``YMPLTK § 23``): the mark is not text, the dnro is the case's."""
    [document] = read_path(FIXTURES / "export-item-htm-section.txt")
    [item] = document.items
    assert (document.kind, item.number) == (DocumentKind.MINUTES, "23")
    assert item.title == "Vesihuollon kehittämissuunnitelman päivittäminen"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "311/11.01.00/2025"
    assert item.reasons == "Vesihuollon kehittämissuunnitelma päivitetään neljän vuoden välein."
    assert item.decision == "Suunnitelman päivittäminen aloitetaan."


def test_the_oldest_export_s_page_with_its_path_an_archive_code_and_the_office_over_the_proposal() -> None:
    """``Poistuminen | Toimielimet | Tekninen lautakunta | Pöytäkirja 03.05.2007`` names the body, the
    document and the date, ``Kokous 03.05.2007 / Pykälä 44`` the number; the dnro carries an archive
    code (``118/1/022/2007``); ``Ehdotus:`` is followed by the office making it (``Tekninen johtaja:``),
    and ``Ehdotus hyväksyttiin.`` under ``Päätös:`` is the decision, not a second proposal."""
    path = FIXTURES / "export-path-htm.txt"
    assert reader_for(path, path.read_bytes()).name == "dynasty"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Tekninen lautakunta", "2007-05-03")
    [item] = document.items
    assert (item.number, item.title) == ("44", "KATUVALOJEN UUSIMINEN KIRKONKYLÄSSÄ")
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.year, diary.task_class) == ("118/1/022/2007", "118", 2007, None)
    assert item.reasons is not None and item.reasons.startswith("Kirkonkylän katuvaloista osa")
    assert item.proposal == "Tekninen lautakunta päättää uusia katuvalot suunnitelman mukaisesti."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


def test_export_path_page_with_earlier_handlings_before_its_own_mark() -> None:
    """The oldest page may print the earlier handlings first, each under its dnro and a dated line
    (``KH 17.03.2008 § 58``) with its own proposal and decision, and the item's own handling last under
    its undated mark (``KV § 22``): the earlier ones are history, the decision is the last part's only,
    the copyright mark run onto its line is no part of it, and the dnro is the one over them all."""
    path = FIXTURES / "export-path-earlier-handlings.txt"
    [document] = read_path(path)
    [item] = document.items
    assert item.number == "22"
    assert item.decision == "Merkittiin tiedoksi."
    assert item.proposal is None and item.presenter is None
    assert [(ref.body, str(ref.date), ref.section) for ref in item.history] == [
        ("KV", "2007-09-10", "71"),
        ("KH", "2007-09-24", "402"),
        ("KH", "2008-03-17", "58"),
    ]
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.year, diary.task_class) == ("64/5.512/2008", "64", 2008, None)


def test_an_older_export_s_htm_page_with_its_attachments_and_a_table_of_handlings(tmp_path: Path) -> None:
    """The HTM page lists the item's attachments (``Liitteet``) over its table of handlings, one row (body,
    §, date) a handling, oldest first: the last row is the page's own meeting, an earlier row dates the
    board's handling the text marks without its date (``YMPLTK § 21``); the council's own part opens at its
    dated mark (``KVALT 16.11.2026 § 88``)."""
    path = tmp_path / "2026812-4.txt"
    path.write_text(
        "\n\n".join(
            [
                "Edellinen asia | Seuraava asia Muutoksenhakuohje Kokousasia PDF-muodossa",
                "Liitteet\n  Rantaraitin yleissuunnitelma",
                "Ympäristölautakunta",
                "§ 21",
                "12.10.2026",
                "Kunnanvaltuusto",
                "§ 88",
                "16.11.2026",
                " ",
                "Rantaraitin yleissuunnitelman hyväksyminen",
                " ",
                "702/10.03.00/2026",
                " ",
                "YMPLTK § 21",
                " ",
                "Rantaraitti yhdistää uimarannan ja sataman.",
                "Ympäristöjohtajan päätösehdotus:",
                "Lautakunta esittää suunnitelman valtuuston hyväksyttäväksi.",
                "Päätös:",
                "Ehdotus hyväksyttiin.",
                "KVALT 16.11.2026 § 88",
                "Vs. kunnanjohtajan päätösehdotus:",
                "Kunnanvaltuusto hyväksyy rantaraitin yleissuunnitelman.",
                "Päätös:",
                "Kunnanvaltuusto hyväksyi vs. kunnanjohtajan päätösehdotuksen.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert (document.meeting.body.name, str(document.meeting.date)) == ("Kunnanvaltuusto", "2026-11-16")
    [item] = document.items
    assert (item.number, item.title) == ("88", "Rantaraitin yleissuunnitelman hyväksyminen")
    assert [(str(h.date), h.section) for h in item.history] == [("2026-10-12", "21")]
    assert [a.title for a in item.attachments] == ["Rantaraitin yleissuunnitelma"]
    assert item.proposal == "Kunnanvaltuusto hyväksyy rantaraitin yleissuunnitelman."
    assert item.presenter is not None and (item.presenter.title, item.presenter.acting) == (
        "kunnanjohtaja",
        True,
    )
    assert (item.decision, item.outcome) == (
        "Kunnanvaltuusto hyväksyi vs. kunnanjohtajan päätösehdotuksen.",
        Outcome.APPROVED,
    )


def test_an_older_export_s_htm_page_with_its_own_mark_dated(tmp_path: Path) -> None:
    """The mark of the item's own handling printed with the meeting's date (``SIVLTK 14.09.2026 § 52`` on
    the page of § 52 of 14.09.2026) is a mark, as the undated ``SIVLTK § 52`` is: no line of the
    presentation and no earlier handling."""
    path = tmp_path / "2026771-3.txt"
    path.write_text(
        "\n\n".join(
            [
                "Edellinen asia | Seuraava asia Muutoksenhakuohje Kokousasia PDF-muodossa",
                "Sivistyslautakunta",
                "§ 52",
                "14.09.2026",
                " ",
                "Koulukuljetusten järjestäminen lukuvuonna 2026-2027",
                " ",
                "415/12.00.01/2026",
                " ",
                "SIVLTK 14.09.2026 § 52",
                " ",
                "Koulukuljetukset järjestetään oppilaille, joiden koulumatka on yli viisi kilometriä.",
                "Vs. sivistysjohtajan päätösehdotus:",
                "Sivistyslautakunta hyväksyy koulukuljetusten periaatteet.",
                "Päätös:",
                "Ehdotus hyväksyttiin.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("52", "Koulukuljetusten järjestäminen lukuvuonna 2026-2027")
    assert item.history == []
    assert (
        item.reasons == "Koulukuljetukset järjestetään oppilaille, joiden koulumatka on yli viisi kilometriä."
    )
    assert item.proposal == "Sivistyslautakunta hyväksyy koulukuljetusten periaatteet."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


def test_a_dynasty_5_txt_item_whose_head_was_saved_as_table_cells(tmp_path: Path) -> None:
    """The head saved as a table's cells, each closed by ``|`` (``Tekninen lautakunta |``, ``§ 64 |``,
    ``03.09.2026 |``), then the title, the dnro and the mark repeating the number (``TEKLA § 64``): the
    cells give the body, the number and the date; the labelled parts follow."""
    path = tmp_path / "2026514-4.txt"
    path.write_text(
        "\n".join(
            [
                "Tekninen lautakunta |",
                "§ 64 |",
                "03.09.2026 |",
                "Katuvalaistuksen uusiminen",
                "377/10.03.02/2026",
                "TEKLA § 64",
                "Esittelijä: tekninen johtaja Pertti Esimerkki",
                "Valmistelija / lisätietojen antaja: katupäällikkö Liisa Mallinen, puh. 040 555 0101",
                "Katuvalaisimet vaihdetaan led-valaisimiin kolmen vuoden aikana.",
                "Teknisen johtajan ehdotus:",
                "Tekninen lautakunta hyväksyy uusimisen aikataulun.",
                "Käsittely:",
                "Kunnallistekniikan päällikkö selosti asiaa.",
                "Päätös:",
                "Päätösehdotus hyväksyttiin yksimielisesti.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert reader_for(path, path.read_bytes()).name == "dynasty"
    [document] = read_path(path)
    assert document.meeting.body.name == "Tekninen lautakunta"
    assert str(document.meeting.date) == "2026-09-03"
    [item] = document.items
    assert (item.number, item.title) == ("64", "Katuvalaistuksen uusiminen")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "377/10.03.02/2026"
    assert [(p.name, p.phone) for p in item.preparers] == [("Liisa Mallinen", "040 555 0101")]
    assert item.reasons == "Katuvalaisimet vaihdetaan led-valaisimiin kolmen vuoden aikana."
    assert item.proposal == "Tekninen lautakunta hyväksyy uusimisen aikataulun."
    assert (item.decision, item.outcome) == ("Päätösehdotus hyväksyttiin yksimielisesti.", Outcome.APPROVED)


def test_table_cells_like_a_head_without_the_repeated_number_are_not_an_export(tmp_path: Path) -> None:
    """Three cells like a head (body, §, date) with no mark repeating the number under them: no export."""
    path = tmp_path / "cells.txt"
    path.write_text(
        "Tekninen lautakunta |\n§ 64 |\n03.09.2026 |\nMuistiinpanoja kokouksesta.\n", encoding="utf-8"
    )
    assert reader_for(path, path.read_bytes()).name != "dynasty"
