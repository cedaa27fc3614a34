"""Ahjo readers: decision HTML (old and new format) and the Ahjo API JSON."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import AppealKind, DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.ahjo_json_meeting import split_meeting_id
from paatosdata.parse.base import read_bytes
from tests.conftest import REPO_ROOT, shared_path

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "ahjo"


def test_votes_motions_and_new_format() -> None:
    path = FIXTURES / "decision-votes.html"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [doc] = read_path(path)
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.body.name == "Kaupunkiympäristölautakunta"
    assert doc.meeting.municipality is not None
    assert (doc.meeting.municipality.name, doc.meeting.municipality.code) == ("Helsinki", "091")
    [item] = doc.items
    assert (item.number, item.number_raw) == ("118", "§ 118")
    assert item.title == "Leikkipuisto Satakieli, kunnostaminen"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.task_class == "10.03.02"
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Olga Oksa",
        "kaupunkiympäristön toimialajohtaja",
        True,
    )
    [preparer] = item.preparers
    assert (preparer.name, preparer.title, preparer.phone, preparer.email) == (
        "Lauri Lehto",
        "projektipäällikkö",
        "09 310 00000",
        "lauri.lehto@example.fi",
    )
    counter, wish = item.motions
    assert (counter.kind, counter.proposer, counter.seconder) == (
        "counterProposal",
        "Jäsen Ville Vaara",
        "Jäsen Anna Aho",
    )
    assert wish.kind == "wish" and wish.text.startswith("Lautakunta edellyttää")
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (8, 4, 0, 1)
    assert vote.yes_proposition == "Esittelijän ehdotus"
    assert [v.voter for v in vote.votes if v.choice == "absent"] == ["Ilkka Ilves"]
    assert len([v for v in vote.votes if v.choice == "yes"]) == 8
    assert vote.result is not None and vote.result.endswith("(1 poissa).")
    assert [(a.number, a.public, a.confidentiality_ground) for a in item.attachments] == [
        ("1", True, None),
        ("2", False, "JulkL 24.1 § 17 k"),
    ]
    [appeal] = item.appeal
    assert (appeal.kind, appeal.period_days) == (AppealKind.RECTIFICATION, 14)
    assert item.legal_basis and item.legal_basis[0].kind == "regulation"
    assert item.spans["title"].line == 11


def test_confidential_officer_decision() -> None:
    [doc] = read_path(FIXTURES / "confidential.html")
    assert doc.kind is DocumentKind.OFFICER_DECISION
    [item] = doc.items
    assert (item.number, item.number_raw) == ("14", "14 §")
    conf = item.confidentiality
    assert conf is not None and conf.ground == "JulkL (621/1999) 24.1 § 25 k"
    assert conf.public_title == "Oppilaan erityisen tuen päätös"
    assert conf.reference is not None
    assert (
        conf.reference.number,
        conf.reference.section,
        conf.reference.subsection,
        conf.reference.paragraph,
    ) == (
        621,
        "24",
        "1",
        "25",
    )


def test_meeting_page_with_two_items_in_swedish() -> None:
    [doc] = read_path(FIXTURES / "meeting-two-items.html")
    assert [i.number for i in doc.items] == ["1", "2"]
    assert doc.language == "sv" and doc.items[0].language == "sv"
    assert [i.title for i in doc.items] == ["Mötets laglighet och beslutförhet", "Val av protokolljusterare"]
    assert doc.items[1].decision is not None and doc.items[1].decision.startswith("Nämnden valde")
    assert doc.items[1].outcome is Outcome.ELECTED
    assert doc.items[1].presenter is not None and doc.items[1].presenter.name == "Gustav Grön"
    assert doc.items[1].case is not None and doc.items[1].case.diary_number is not None
    assert doc.items[1].case.diary_number.raw == "HEL 2026-000101"


def test_vote_results_json() -> None:
    path = FIXTURES / "vote-results.json"
    assert reader_for(path, path.read_bytes()).name == "ahjo-json"
    [doc] = read_path(path)
    [vote] = doc.items[0].votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (2, 1, 0, 1)
    assert (vote.yes_proposition, vote.no_proposition) == ("Esittelijän ehdotus", "Vastaehdotus")
    assert [(v.voter, v.choice, v.group) for v in vote.votes] == [
        ("Aho, Anna", "yes", "Vihreä valtuustoryhmä"),
        ("Berg, Bertta", "yes", "Kokoomuksen valtuustoryhmä"),
        ("Vaara, Ville", "no", "Vasemmistoliiton valtuustoryhmä"),
        ("Ilves, Ilkka", "absent", None),
    ]
    assert vote.span is not None and vote.span.line == 2


def test_record_json() -> None:
    [doc] = read_path(FIXTURES / "record.json")
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.date == date(2026, 5, 6)
    assert (doc.meeting.body.name, doc.meeting.number) == ("Kaupunginvaltuusto", "9/2026")
    [item] = doc.items
    assert item.agenda_number == "7"
    assert [(p.name, p.title, p.email) for p in item.preparers] == [
        ("Lehto, Lauri", "projektipäällikkö", "lauri.lehto@example.fi")
    ]
    assert item.confidentiality is not None and item.confidentiality.whole_item is False
    assert item.confidentiality.reference is not None and item.confidentiality.reference.paragraph == "17"
    kept = {s.heading: s.text for s in item.sections}
    assert kept["PublicityClass"] == "Osittain salassa pidettävä"
    assert kept["NativeId"] == "{00000000-AAAA-BBBB-CCCC-000000000001}"


# ---------------------------------------------------------------- real samples (Helsinki)


@pytest.mark.shared
@pytest.mark.parametrize("name", ["decision-content.html", "decision-content-new.html"])
def test_real_tabled_decision(name: str) -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", name))
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.body.name == "Kaupunginhallitus"
    assert doc.meeting.date is None  # the decision page does not print the meeting date
    [item] = doc.items
    assert (item.number, item.number_raw) == ("62", "§ 62")
    assert item.title == "Valtuutetun aloite syrjinnän vastaisen verkoston perustamisesta Helsinkiin"
    assert item.case is not None and item.case.diary_number is not None
    d = item.case.diary_number
    assert (d.raw, d.prefix, d.year, d.serial, d.task_class) == (
        "HEL 2024-009117 T 00 00 03",
        "HEL",
        2024,
        "009117",
        "00.00.03",
    )
    assert item.decision == "Kaupunginhallitus päätti panna asian pöydälle."
    assert (item.outcome, item.unanimous) == (Outcome.TABLED, True)
    assert item.handling == "Kaupunginhallitus päätti yksimielisesti panna asian pöydälle ehdotuksesta."
    assert [(a.number, a.title) for a in item.attachments] == [
        ("1", "Valtuustoaloite 19.06.2024 syrjinnän vastainen verkosto Helsinkiin")
    ]
    [preparer] = item.preparers
    assert (preparer.name, preparer.phone) == ("Jane Doe", "09123")
    assert doc.signatures[0].person.name == "Aku Ankka"
    assert doc.signatures[0].role == "puheenjohtaja"


@pytest.mark.shared
def test_real_old_format_specifics() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "decision-content.html"))
    [item] = doc.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("John Doe", "kansliapäällikkö")
    assert (item.preparers[0].title, item.preparers[0].email) == (
        "johtava asiantuntija",
        "john.doe@example.com",
    )
    [appeal] = item.appeal
    assert appeal.kind is AppealKind.APPEAL_BAN
    assert appeal.statute is not None and (appeal.statute.abbreviation, appeal.statute.section) == (
        "KuntaL",
        "136",
    )
    assert doc.signatures[0].person.title == "tilapäällikkö"


@pytest.mark.shared
def test_real_new_format_specifics() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "decision-content-new.html"))
    [item] = doc.items
    assert item.presenter is not None and (item.presenter.name, item.presenter.title) == (
        "Kaupunginhallitus",
        None,
    )
    assert (item.preparers[0].title, item.preparers[0].email) == ("Titteli", "john.doe@example.com")
    [appeal] = item.appeal
    assert (appeal.kind, appeal.period_days, appeal.authority) == (
        AppealKind.MUNICIPAL_APPEAL,
        30,
        "Helsingin hallinto-oikeus",
    )
    assert [(s.role, s.person.name) for s in doc.signatures] == [
        ("puheenjohtaja", "Aku Ankka"),
        ("pöytäkirjanpitäjä", "Roope Ankka"),
    ]
    assert any(s.kind == "appeal" and s.heading == "MUUTOKSENHAKUOHJEET" for s in item.sections)


@pytest.mark.shared
def test_real_motion_proposal() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "decision-motion.html"))
    assert doc.kind is DocumentKind.AGENDA
    assert doc.meeting.body.name == "Kaupunginhallitus"
    [item] = doc.items
    assert item.number is None and item.title == ""  # the proposal page prints neither
    assert item.proposal == "Kaupunginhallitus katsoo aloitteen loppuun käsitellyksi."
    assert item.decision is None
    assert item.summary is not None and item.summary.startswith("Aloitteessa esitetään")
    assert item.reasons is not None and item.reasons.startswith("Valtuutettu XYZ ja 12 muuta")
    assert item.presenter is not None and item.presenter.name == "John Doe"
    assert item.preparers[0].phone == "09 XXX YYYY"
    assert item.distribution == ["Aloitteen tekijä"]
    assert item.appeal[0].kind is AppealKind.APPEAL_BAN


@pytest.mark.shared
def test_real_confidential() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "confidential-decision-content.html"))
    assert doc.kind is DocumentKind.OFFICER_DECISION
    [item] = doc.items
    assert (item.number, item.title) == ("1", "JulkinenOtsikko")
    assert item.confidentiality is not None
    assert item.confidentiality.ground == "SalassapidonPerustelut"
    assert item.confidentiality.public_title == "JulkinenOtsikko"


@pytest.mark.shared
def test_real_meeting_html_is_one_decision() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "meeting.html"))
    assert doc.meeting.body.name == "Kaupunkiympäristölautakunta"
    [item] = doc.items
    assert (item.number, item.number_raw) == ("441", "§ 441")
    assert item.title.startswith("Kaupunkiympäristölautakunnan esitys kaupunginhallitukselle Elielinaukion")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.task_class == "00.01.06"
    assert item.decision is not None and item.decision.startswith(
        "Kaupunkiympäristölautakunta esitti kaupunginhallitukselle, että"
    )
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("yy", "kaupunkiympäristön toimialajohtaja")
    assert item.distribution == ["Varauksensaaja", "Maanvuokrajärjestelmä"]
    assert item.handling is not None and item.handling.startswith("Asian aikana kuultavana oli")


@pytest.mark.shared
def test_real_vote_results() -> None:
    path = shared_path("real", "helsinki-ahjo", "decision-vote-results.json")
    assert reader_for(path, path.read_bytes()).name == "ahjo-json"
    [doc] = read_path(path)
    [vote] = doc.items[0].votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (11, 2, 0, 0)
    assert [(v.voter, v.choice) for v in vote.votes] == [
        ("Putte, Possu", "yes"),
        ("John, Doe", "yes"),
        ("Jane, Doe", "yes"),
        ("Aaa, Bbb", "no"),
        ("Ccc, Ddd", "no"),
    ]
    assert vote.votes[3].group == "Perussuomalaisten valtuustoryhmä"
    assert vote.yes_proposition is not None and vote.yes_proposition.startswith(
        "Samalla lautakunta edellyttää"
    )
    assert vote.no_proposition is not None and "oman tuotannon/palvelusetelin" in vote.no_proposition


@pytest.mark.shared
def test_real_case_json() -> None:
    docs = read_path(shared_path("real", "helsinki-ahjo", "case.json"))
    assert [d.kind for d in docs] == [DocumentKind.AGENDA, DocumentKind.AGENDA, DocumentKind.MINUTES]
    assert [d.items[0].language for d in docs] == ["fi", "sv", "fi"]
    for doc in docs:
        [item] = doc.items
        assert item.case is not None and item.case.diary_number is not None
        assert item.case.diary_number.raw == "HEL 2025-001216"
        assert item.case.diary_number.task_class == "00.00.03"
        assert item.case.title == "Valtuustoaloite, Haltialan kotieläintilasta eläinsuojelukeskus"
    swedish = docs[1].items[0].title
    assert swedish.startswith("Ledamoten ") and swedish.endswith(
        "motion om att omvandla Tomtbacka gård till ett djurskyddscenter"
    )
    issued = {s.heading: s.text for s in docs[2].items[0].sections}
    assert issued["Issued"] == "2025-04-07T03:00:00.000"
    assert docs[0].items[0].sections[0].span is not None


@pytest.mark.shared
def test_real_decision_record() -> None:
    [doc] = read_path(shared_path("real", "helsinki-ahjo", "decision-record.json"))
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.date == date(2025, 1, 27)
    assert (doc.meeting.body.name, doc.meeting.number) == ("Kaupunginhallitus", "4/2025")
    [item] = doc.items
    assert item.title == "Valtuutettu Putte Possun aloite syrjinnän vastaisen verkoston perustamisesta"
    assert item.agenda_number == "13"
    assert [(p.name, p.title) for p in item.preparers] == [("John, Doe", "hallintosuunnittelija")]
    assert item.confidentiality is None


def test_decisions_api_with_embedded_content_and_minutes_record() -> None:
    path = FIXTURES / "decision-api.json"
    assert reader_for(path, path.read_bytes()).name == "ahjo-json"
    decision, minutes = read_path(path)
    assert decision.kind is DocumentKind.OFFICER_DECISION
    assert decision.meeting.body.name == "Avustussuunnittelija"
    assert decision.meeting.date == date(2026, 4, 9)
    [item] = decision.items
    assert (item.number, item.number_raw) == ("5", "5")  # the API's Section, as given
    assert item.case is not None and item.case.diary_number is not None
    assert (item.case.diary_number.raw, item.case.diary_number.task_class) == (
        "HEL 2026-000777",
        "02.05.01.00",
    )
    assert item.decision == "Avustussuunnittelija päätti myöntää Esimerkkiyhdistys ry:lle 1 200 euroa."
    assert [(p.name, p.phone, p.email) for p in item.preparers] == [
        ("Aino Avustaja", "09 310 00001", "aino.avustaja@example.fi")
    ]
    [attachment] = item.attachments
    assert (attachment.public, attachment.confidentiality_ground) == (False, "JulkL (621/1999) 24.1 § 20 k")
    assert {s.heading: s.span.line for s in item.sections if s.span}["DateDecision"] == 13
    assert minutes.kind is DocumentKind.MINUTES
    assert (minutes.meeting.body.name, minutes.meeting.date, minutes.meeting.number) == (
        "Kaupunginhallitus",
        date(2026, 3, 16),
        "11/2026",
    )
    assert {s.heading: s.span.line for s in minutes.items[0].sections if s.span}["NativeId"] == 19


def test_office_holder_decision_printed_as_paatos(tmp_path: Path) -> None:
    page = (FIXTURES / "decision-votes.html").read_text("utf-8")
    start, end = (
        page.index('<section class="SisaltoSektioToisto">'),
        page.index('<section class="EsittelijaTiedot">'),
    )
    officer = (
        page[:start]
        + (
            '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
            "<div><p>Tonttipäällikkö päätti vuokrata alueen.</p></div></div>"
        )
        + page[end:]
    )
    path = tmp_path / "officer.html"
    path.write_text(officer, "utf-8")
    [doc] = read_path(path)
    assert doc.kind is DocumentKind.OFFICER_DECISION
    assert doc.meeting.body.name == "Tonttipäällikkö"


def test_vote_results_list_is_one_item_with_rounds() -> None:
    [doc] = read_path(FIXTURES / "vote-rounds.json")
    [item] = doc.items
    assert [(v.round, v.yes, v.no, v.no_proposition) for v in item.votes] == [
        (1, 1, 1, "Palautusehdotus"),
        (2, 2, 0, "Vastaehdotus"),
    ]
    assert [v.span.line for v in item.votes if v.span] == [3, 9]


def test_decision_without_html_uses_listed_attachments_votes_and_meeting() -> None:
    [doc] = read_path(FIXTURES / "decision-plain.json")
    assert (doc.meeting.body.name, doc.meeting.number, doc.meeting.date) == (
        "Kaupunginvaltuusto",
        "3/2026",
        date(2026, 2, 11),
    )
    [item] = doc.items
    assert (item.number, item.number_raw) == ("14", "§ 14")
    assert [(a.number, a.public, a.confidentiality_ground) for a in item.attachments] == [
        ("1", True, None),
        ("2", False, "JulkL (621/1999) 24.1 § 32 k"),
    ]
    [vote] = item.votes
    assert (vote.yes, vote.no) == (60, 25)
    assert item.unanimous is False


def test_meeting_agenda_item_with_html_in_swedish() -> None:
    path = FIXTURES / "agenda-item.json"
    assert reader_for(path, path.read_bytes()).name == "ahjo-json"
    [doc] = read_path(path)
    assert doc.kind is DocumentKind.MINUTES  # from the record's PDF type
    assert doc.meeting.body.name == "Stadsfullmäktige"
    [item] = doc.items
    assert (item.number, item.agenda_number, item.title) == ("7", "2", "Val av protokolljusterare")
    assert item.decision is not None and item.decision.startswith("Stadsfullmäktige konstaterade")
    [appeal] = item.appeal
    assert appeal.kind is AppealKind.APPEAL_BAN
    assert appeal.statute is not None and (appeal.statute.number, appeal.statute.section) == (410, "136")
    assert "PDF" in {s.heading for s in item.sections}
    assert item.language == "sv" and doc.language == "sv"


def test_records_list_with_a_short_decision_maker_id(tmp_path: Path) -> None:
    """``{"records": [...]}`` with a MeetingID whose decision-maker id has four characters."""
    record = {
        "Title": "Lautakunnan esitys puiston nimeämisestä",
        "Type": "päätös",
        "NativeId": "{00000000-1111-2222-3333-444444444444}",
        "AgendaPoint": "7",
        "MeetingID": "X123202531",
        "DateMeeting": "2025-10-14T03:00:00.000",
        "Agents": [{"Name": "Esimerkki, Eila", "Title": "suunnittelija", "Role": "mainCreator"}],
    }
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": [record]}, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    assert (doc.meeting.number, str(doc.meeting.date)) == ("31/2025", "2025-10-14")
    assert doc.meeting.body.name == ""  # X123 is no decision maker the reader knows by name
    [item] = doc.items
    assert (item.agenda_number, item.title) == ("7", "Lautakunnan esitys puiston nimeämisestä")


@pytest.mark.parametrize(
    ("meeting_id", "year", "expected"),
    [
        ("0040020254", None, ("00400", 2025, 4)),
        ("0290020269", 2026, ("02900", 2026, 9)),
        ("U540202024", 2020, ("U540", 2020, 24)),
        ("U540202024", None, ("U540", 2020, 24)),
        ("2020", None, None),
        ("U54-0202024", None, None),
    ],
)
def test_split_meeting_id(meeting_id: str, year: int | None, expected: tuple[str, int, int] | None) -> None:
    assert split_meeting_id(meeting_id, year) == expected


def test_attachment_secrecy_note_is_not_part_of_the_title(tmp_path: Path) -> None:
    """``1 Salassa pidettävä (Salassa pidettävä, JulkL … 25 k)``: title, number, ground apart."""
    html = (
        '<html lang="fi"><head><meta charset="utf-8"><title>Avustus</title></head><body>'
        '<div class="paatos"><div class="Asiapykala">7 §</div>'
        '<h1 class="AsiaOtsikko">Avustuksen myöntäminen yhdistykselle</h1>'
        '<div class="DnroTmuoto">HEL 2025-000123 T 02 05 01 00</div>'
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
        "<div><p>Suunnittelija päätti myöntää avustuksen.</p></div></div>"
        '<h3 class="LiitteetOtsikko">Liitteet</h3>'
        "<div>1 Salassa pidettävä<span> (Salassa pidettävä, JulkL (621/1999) 24.1 § 25 k)</span></div>"
        "<div>2 Hakemus</div>"
        "</div></body></html>"
    )
    path = tmp_path / "decision.html"
    path.write_text(html, encoding="utf-8")
    [doc] = read_path(path)
    attachments = doc.items[0].attachments
    assert [(a.number, a.title, a.public, a.confidentiality_ground) for a in attachments] == [
        ("1", "Salassa pidettävä", False, "JulkL (621/1999) 24.1 § 25 k"),
        ("2", "Hakemus", True, None),
    ]


def test_body_known_only_by_a_decision_maker_code(tmp_path: Path) -> None:
    """A MeetingID whose decision maker the reader has no name for: the minutes document's title names
    the body; without one, the subject of the decision does."""
    record = {
        "Title": "Puistosuunnitelman hyväksyminen",
        "Type": "päätös",
        "NativeId": "{00000000-1111-2222-3333-555555555555}",
        "Section": "12",
        "MeetingID": "U99920269",
        "DateMeeting": "2026-03-10T03:00:00.000",
        "Content": '<html><body><div class="paatos"><h3 class="SisaltoOtsikko">Päätös</h3>'
        "<p>Esimerkkilautakunta päätti hyväksyä puistosuunnitelman.</p></div></body></html>",
    }
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Esimerkkilautakunta"
    record["MinutesPDF"] = {"Title": "Esimerkkijaosto pöytäkirja 10.03.2026/9", "Type": "pöytäkirja"}
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Esimerkkijaosto"


def _decision_html(body: str) -> str:
    return (
        '<html lang="fi"><head><meta charset="utf-8"><title>Päätös</title></head><body>'
        '<div class="paatos"><div class="Asiapykala">3 §</div>'
        '<h1 class="AsiaOtsikko">Ohjeen vahvistaminen</h1>'
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
        "<p>Palvelujohtaja päätti vahvistaa ohjeen.</p></div>" + body + "</div></body></html>"
    )


def test_one_rectification_instruction_under_several_sub_headings(tmp_path: Path) -> None:
    """``Oikaisuvaatimusoikeus``, ``Oikaisuvaatimusaika`` … are parts of one instruction."""
    appeal = (
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3>'
        "<h4>OHJEET OIKAISUVAATIMUKSEN TEKEMISEKSI</h4><p>Tähän päätökseen voi tehdä oikaisuvaatimuksen.</p>"
        "<h4>Oikaisuvaatimusoikeus</h4><p>Oikaisuvaatimuksen saa tehdä asianosainen.</p>"
        "<h4>Oikaisuvaatimusaika</h4><p>Oikaisuvaatimus on tehtävä 14 päivän kuluessa.</p>"
        "<h4>Pöytäkirja</h4><p>Otteita lähetetään pyynnöstä.</p>"
        "<h4>VALITUSOSOITUS</h4><p>Päätökseen haetaan muutosta kunnallisvalituksella.</p>"
    )
    path = tmp_path / "decision.html"
    path.write_text(_decision_html(appeal), encoding="utf-8")
    [doc] = read_path(path)
    appeals = doc.items[0].appeal
    assert [a.kind for a in appeals] == [AppealKind.RECTIFICATION, AppealKind.MUNICIPAL_APPEAL]
    assert appeals[0].period_days == 14 and "Otteita" in appeals[0].text


def test_an_address_printed_with_a_for_at_is_no_person(tmp_path: Path) -> None:
    contact = (
        '<h3 class="LisatiedotOtsikko">Lisätiedot</h3>'
        "<p>Essi Esimerkki, suunnittelija, puhelin: 09 310 12345<div>essi.esimerkki(a)example.fi</div></p>"
    )
    path = tmp_path / "decision.html"
    path.write_text(_decision_html(contact), encoding="utf-8")
    [doc] = read_path(path)
    assert [(p.name, p.phone, p.email) for p in doc.items[0].preparers] == [
        ("Essi Esimerkki", "09 310 12345", "essi.esimerkki@example.fi")
    ]


def test_content_and_motion_printing_the_same_parts_give_them_once(tmp_path: Path) -> None:
    shared = (
        '<h3 class="LisatiedotOtsikko">Lisätiedot</h3>'
        "<p>Essi Esimerkki, suunnittelija, puhelin: 09 310 12345</p>"
        '<h3 class="LiitteetOtsikko">Liitteet</h3><div>1 Ohje</div>'
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3><h4>MUUTOKSENHAKUKIELTO</h4>'
        "<p>Tähän päätökseen ei saa hakea muutosta.</p>"
    )
    record = {
        "NativeId": "{00000000-1111-2222-3333-666666666666}",
        "Title": "Ohjeen vahvistaminen",
        "Section": "3",
        "Content": _decision_html(shared),
        "Motion": '<html><body><div class="esitys">' + shared + "</div></body></html>",
        "Organization": {"Name": "Esimerkkilautakunta", "Type": "Lautakunta"},
    }
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    [item] = doc.items
    assert [p.name for p in item.preparers] == ["Essi Esimerkki"]
    assert [a.title for a in item.attachments] == ["Ohje"]
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]


def test_procurement_decision_gives_its_rectification_and_its_market_court_appeal(tmp_path: Path) -> None:
    """Under one Muutoksenhaku a procurement decision prints two instructions, each under an ``h3``."""
    appeal = (
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3>'
        "<h4>MUUTOKSENHAKU HANKINTAPÄÄTÖKSEEN</h4><p>Päätökseen voi vaatia hankintaoikaisua tai valittaa "
        "markkinaoikeudelle.</p>"
        "<h3>OHJEET HANKINTAOIKAISUVAATIMUKSEN TEKEMISEKSI</h3>"
        "<h4>Oikaisuvaatimusaika</h4><p>Vaatimus on esitettävä 14 päivän kuluessa.</p>"
        "<h4>Pöytäkirja</h4><p>Otteita lähetetään pyynnöstä.</p>"
        "<h3>VALITUSOSOITUS MARKKINAOIKEUDELLE</h3>"
        "<h4>Valitusaika</h4><p>Valitus on tehtävä 14 päivän kuluessa.</p>"
        "<h4>Valituksen muoto ja sisältö</h4><p>Valitukseen liitetään päätös valitusosoituksineen.</p>"
        '<h3 class="TiedoksiOtsikko">Tiedoksi</h3><p>Hankintapalvelut</p>'
    )
    path = tmp_path / "decision.html"
    path.write_text(_decision_html(appeal), encoding="utf-8")
    [doc] = read_path(path)
    [item] = doc.items
    assert [a.kind for a in item.appeal] == [AppealKind.RECTIFICATION, AppealKind.ADMINISTRATIVE_APPEAL]
    assert "valitusosoituksineen" in item.appeal[1].text and "Otteita" in item.appeal[0].text
    assert item.distribution == ["Hankintapalvelut"]


def test_empty_presenter_block_and_a_recipient_named_twice(tmp_path: Path) -> None:
    """An officer's decision prints an empty ``Esittelijätiedot``; Otteet and Tiedoksi may share a name."""
    tail = (
        '<h3 class="EsittelijaTiedot">Esittelijätiedot</h3><div></div><div></div>'
        '<h3 class="OtteetOtsikko">Otteet</h3><table><thead><tr><th>Ote</th><th>Otteen liitteet</th></tr>'
        "</thead><tbody><tr><td>Kirjanpito</td><td><div></div></td></tr><tr><td>Yksikön päällikkö</td>"
        "<td><div></div></td></tr></tbody></table>"
        '<h3 class="TiedoksiOtsikko">Tiedoksi</h3><p>Yksikön päällikkö</p><p>Viestintä</p>'
    )
    path = tmp_path / "decision.html"
    path.write_text(_decision_html(tail), encoding="utf-8")
    [doc] = read_path(path)
    [item] = doc.items
    assert item.presenter is None
    assert item.distribution == ["Kirjanpito", "Yksikön päällikkö", "Viestintä"]


def test_previous_decisions_and_a_statement_given(tmp_path: Path) -> None:
    """``PreviousDecisions`` are the case's earlier handlings, oldest first; a board's statement
    (``Lausunto``: ``… esitti lausuntonaan seuraavaa``) is a decision made as proposed."""

    def earlier(section: str, day: str) -> dict[str, object]:
        return {
            "NativeId": "{00000000-1111-2222-3333-77777777777" + section[-1] + "}",
            "Title": "Arviointikertomus",
            "Section": section,
            "Content": None,
            "Organization": {"Name": "Esimerkkilautakunta", "Type": "Lautakunta"},
            "Meeting": {"DateMeeting": f"{day}T16:00:00.000", "DecisionMaker": "Esimerkkilautakunta"},
        }

    statement = (
        '<html><body><div class="paatos"><div class="Asiapykala">§ 4</div>'
        '<h1 class="AsiaOtsikko">Lausunto arviointikertomuksesta</h1>'
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Lausunto</h3>'
        "<p>Johtokunta esitti lausuntonaan seuraavaa:</p><p>Havainnot otetaan huomioon.</p></div>"
        "</div></body></html>"
    )
    record = {
        "NativeId": "{00000000-1111-2222-3333-888888888888}",
        "Title": "Lausunto arviointikertomuksesta",
        "Section": "4",
        "Content": statement,
        "Organization": {"Name": "Esimerkkijohtokunta", "Type": "Lautakunta"},
        "Meeting": {"DateMeeting": "2026-05-07T08:30:00.000", "DecisionMaker": "Esimerkkijohtokunta"},
        "PreviousDecisions": [earlier("38", "2026-04-13"), earlier("37", "2025-05-12")],
    }
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    [item] = doc.items
    assert [(h.body, h.date, h.section) for h in item.history] == [
        ("Esimerkkilautakunta", date(2025, 5, 12), "37"),
        ("Esimerkkilautakunta", date(2026, 4, 13), "38"),
    ]
    assert item.history[0].raw == "Esimerkkilautakunta 12.5.2025 § 37"
    assert item.decision is not None and item.decision.startswith("Johtokunta esitti lausuntonaan")
    assert item.outcome is Outcome.APPROVED


def _tabled_record(tmp_path: Path, motion_tail: str) -> Path:
    """A board's record of our own: the item was tabled; the Motion still carries the proposal's lists."""
    content = (
        '<html lang="fi"><body><div class="paatos"><div class="Asiapykala">§ 12</div>'
        '<h1 class="AsiaOtsikko">Avustukset vuodelle 2027</h1>'
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
        "<p>Esimerkkilautakunta päätti panna asian pöydälle.</p></div>"
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3><h4>MUUTOKSENHAKUKIELTO</h4>'
        "<p>Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.</p>"
        "</div></body></html>"
    )
    motion = (
        '<html lang="fi"><body><div class="esitys"><div class="SisaltoSektio">'
        '<h3 class="SisaltoOtsikko">Päätösehdotus</h3><p>Esimerkkilautakunta päättää myöntää avustukset.</p>'
        "</div>" + motion_tail + "</div></body></html>"
    )
    record = {
        "NativeId": "{00000000-1111-2222-3333-888888888888}",
        "Title": "Avustukset vuodelle 2027",
        "Section": "12",
        "Content": content,
        "Motion": motion,
        "Organization": {"Name": "Esimerkkilautakunta", "Type": "Lautakunta"},
        "Meeting": {"DateMeeting": "2027-01-14T16:00:00.000", "DecisionMaker": "Esimerkkilautakunta"},
    }
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_tabled_item_keeps_its_own_appeal_ban_and_sends_nothing(tmp_path: Path) -> None:
    """The Motion's appeal line and recipients belong to the decision proposed, not to the tabling."""
    tail = (
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3><p>Oikaisuvaatimusohje, esimerkkilautakunta</p>'
        '<h3 class="OtteetOtsikko">Otteet</h3><table><thead><tr><th>Ote</th><th>Otteen liitteet</th></tr>'
        "</thead><tbody><tr><td>Asianomainen</td><td><div></div></td></tr></tbody></table>"
        '<h3 class="TiedoksiOtsikko">Tiedoksi</h3><p>Kaupunginkanslia</p>'
    )
    [doc] = read_path(_tabled_record(tmp_path, tail))
    [item] = doc.items
    assert item.outcome is Outcome.TABLED
    assert item.proposal == "Esimerkkilautakunta päättää myöntää avustukset."
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]
    assert item.distribution == []


def test_an_agenda_record_takes_the_motions_appeal_and_recipients(tmp_path: Path) -> None:
    """Without a decision printed, the Motion's appeal line and recipients are all there is."""
    tail = (
        '<h3 class="MuutoksenhakuOtsikko">Muutoksenhaku</h3><p>Oikaisuvaatimusohje, esimerkkilautakunta</p>'
        '<h3 class="TiedoksiOtsikko">Tiedoksi</h3><p>Kaupunginkanslia</p>'
    )
    path = _tabled_record(tmp_path, tail)
    record = json.loads(path.read_text("utf-8"))
    del record["Content"]
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = read_path(path)
    [item] = doc.items
    assert [a.kind for a in item.appeal] == [AppealKind.RECTIFICATION]
    assert item.distribution == ["Kaupunginkanslia"]


def test_an_officer_decision_in_the_present_tense_is_a_decision_made(tmp_path: Path) -> None:
    """Officers write ``Päällikkö myöntää …``: under ``Päätös`` of a decision that is the decision made."""
    page = _decision_html("").replace(
        "Palvelujohtaja päätti vahvistaa ohjeen.",
        "Palvelujohtaja myöntää yhdistykselle 400 euron avustuksen.",
    )
    path = tmp_path / "decision.html"
    path.write_text(page, encoding="utf-8")
    [doc] = read_path(path)
    assert doc.items[0].outcome is Outcome.APPROVED


def test_decision_page_of_the_city_s_site_saved_as_text(tmp_path: Path) -> None:
    """The site's text: dnro, ``4. / 212 §`` (agenda place and §), the decision's title, the body, the
    decision, the handling and the motion after it, folded by ``Sulje``; the presenter's reasons follow."""
    path = FIXTURES / "site-decision-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    assert document.meeting.body.name == "Kaupunginhallitus"
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Helsinki"
    [item] = document.items
    assert (item.agenda_number, item.number) == ("4", "212")
    assert item.title == "Leikkipuisto Satakielen peruskorjauksen hankesuunnitelma"
    assert item.case is not None and item.case.diary_number is not None
    assert (item.case.diary_number.raw, item.case.diary_number.year) == ("HEL 2026-004512", 2026)
    assert (item.decision, item.outcome) == ("Kaupunginhallitus päätti panna asian pöydälle.", Outcome.TABLED)
    assert item.handling is not None and item.handling.startswith("Kaupunginhallitus päätti yksimielisesti")
    assert (
        item.proposal == "Kaupunginhallitus päättää hyväksyä leikkipuiston peruskorjauksen hankesuunnitelman."
    )
    assert item.reasons is not None and item.reasons.startswith("Leikkipuiston varusteet")
    assert "Kustannukset" in item.reasons  # a subheading of the reasons stays in them
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[item.spans["title"].line - 1] == item.title  # spans point at the text's lines
    # the Swedish site's chrome around the same Finnish decision
    swedish = tmp_path / "sv.txt"
    swedish.write_text(
        path.read_text(encoding="utf-8")
        .replace("Asialla on uudempia käsittelyjä", "Ärendet har nyare handläggningar")
        .replace("4. / 212 §", "Ärende 4. / 212 §")
        .replace("Helsingin kaupunginhallitus", "Helsingfors stadsstyrelse")
        .replace("Sulje", "Stäng"),
        encoding="utf-8",
    )
    [document] = read_path(swedish)
    assert document.meeting.body.name == "Kaupunginhallitus"
    assert (document.items[0].agenda_number, document.items[0].number) == ("4", "212")
    assert document.items[0].reasons is not None


def test_officer_decision_page_of_the_city_s_site_saved_as_text() -> None:
    """An officer's decision prints its § alone (``§ 31``, no place on an agenda) and its own reasons
    under ``Päätöksen perustelut`` inside the decision."""
    [document] = read_path(FIXTURES / "site-officer-decision-saved.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Yksikön päällikkö"
    [item] = document.items
    assert (item.agenda_number, item.number, item.title) == (None, "31", "Poikkeamispäätös, Esimerkkikatu 5")
    assert item.decision == "Lupayksikön päällikkö päätti myöntää poikkeamisen asemakaavasta."
    assert item.reasons == "Hakemuksen mukainen rakennus sopii ympäristöönsä."


def test_officer_decision_page_closed_by_the_decider_s_block() -> None:
    """The site closes an officer's decision with the decider's block (``Päättäjä``, the name, the office)
    after the contact people: the decision maker, no contact person."""
    [document] = read_path(FIXTURES / "site-officer-decider-saved.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Asemakaavapäällikkö"
    [item] = document.items
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Aino Kuusela", "nimistönsuunnittelija", "09 310 00001")
    ]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Ville Mäntylä", "asemakaavapäällikkö", "päättäjä")
    ]
    assert item.reasons is not None and item.reasons.startswith("Nimistötoimikunta on esittänyt yhteydelle")


def test_officer_decision_in_finnish_on_the_swedish_site_is_named_by_its_finnish_office(
    tmp_path: Path,
) -> None:
    """The Swedish site prints the office line in Swedish (``Chef för stadsmätningen``) over a decision
    printed in Finnish: the office is named as the decider's block (``Beslutsfattare``) names it, in the
    decision's language, and without the block (a page cut before it) as the decision's subject does."""
    path = FIXTURES / "site-officer-sv-chrome-saved.txt"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Kaupunkimittauspäällikkö"
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Olli Rantala", "09 310 00002")]
    assert [(s.person.name, s.role) for s in document.signatures] == [("Sanna Lindqvist", "päättäjä")]
    cut = tmp_path / "cut.txt"
    cut.write_text(path.read_text(encoding="utf-8").split("Päätöksen perustelut")[0], encoding="utf-8")
    [document] = read_path(cut)
    assert document.meeting.body.name == "Kaupunkimittauspäällikkö"
    # a decision printed in Swedish keeps the Swedish office line
    swedish = tmp_path / "sv.txt"
    swedish.write_text(
        cut.read_text(encoding="utf-8")
        .replace("Päätös\n", "Beslut\n")
        .replace(
            "Kaupunkimittauspäällikkö päätti, että Kuusiluodon kadonneet rajamerkit 12, 13 ja 14 uusitaan",
            "Stadsmätningschefen beslutade att gränsmärkena 12, 13 och 14 på Granholmen förnyas",
        ),
        encoding="utf-8",
    )
    [document] = read_path(swedish)
    assert document.meeting.body.name == "Chef för stadsmätningen"


def test_older_minutes_export_saved_as_text() -> None:
    """The older minutes export's text: the head gives the body, the document's number, the item's
    place and the meeting day; the parts stand under their headings."""
    path = FIXTURES / "minutes-export-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    meeting = document.meeting
    assert (meeting.body.name, meeting.number, str(meeting.date)) == (
        "Kaupunkiympäristölautakunta",
        "12/2026",
        "2026-04-14",
    )
    [item] = document.items
    assert (item.agenda_number, item.number, item.title) == (
        "3",
        "88",
        "Leikkipuisto Satakieli, kunnostaminen",
    )
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.task_class == "10.03.02"
    assert (item.decision, item.outcome) == (
        "Kaupunkiympäristölautakunta päätti panna asian pöydälle.",
        Outcome.TABLED,
    )
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (
        "Mikko Malli",
        "kaupunkiympäristön toimialajohtaja",
    )
    assert [(p.name, p.phone) for p in item.preparers] == [("Liisa Laatija", "310 12345")]
    assert item.proposal == "Kaupunkiympäristölautakunta hyväksyy leikkipuiston kunnostamisen."


def test_case_page_of_the_city_s_site_saved_as_text() -> None:
    """The site's case page lists the case's handlings under its title and prints the decision's title
    over ``Päätös``; ``Päätös on ehdotuksen mukainen.`` closes the decision, kept as a part of its own (the
    site's statement about the decision, not what was decided), and the reasons follow."""
    path = FIXTURES / "site-case-page-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginhallitus"  # from the decision, the page names none
    [item] = document.items
    assert item.title == "V 18.3.2026, Satakielen koulun perusparannuksen hankesuunnitelma"
    assert item.decision == (
        "Kaupunginhallitus esitti kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto hyväksyy Satakielen koulun perusparannuksen hankesuunnitelman."
    )
    [closing] = [s for s in item.sections if s.text == "Päätös on ehdotuksen mukainen."]
    assert closing.kind == "generic" and closing.span is not None and closing.span.line == 9
    assert item.reasons == "Hankkeen tausta\n\nKoulurakennus on valmistunut vuonna 1958."
    # the listed handlings are kept as text, not lost
    assert any("Kasvatus- ja koulutuslautakunta 2/17.02.2026" in s.text for s in item.sections)


def test_saved_site_page_with_a_swedish_body_and_reasons_under_their_own_heading() -> None:
    """The Swedish site names a board of the city in Swedish (``Stadsmiljönämnden``); a decision printed
    without the folding button ends at the heading of the reasons; turning down a claim for rectification
    (``hylkäsi … oikaisuvaatimuksen``) is the decision made, not the proposal rejected."""
    [document] = read_path(FIXTURES / "site-rectification-sv-saved.txt")
    assert document.meeting.body.name == "Kaupunkiympäristölautakunta"
    [item] = document.items
    assert (item.agenda_number, item.number) == ("6", "118")
    assert item.decision == (
        "Kaupunkiympäristölautakunta hylkäsi rakennustarkastajan päätöksestä 3.4.2026 (41 §) tehdyn "
        "oikaisuvaatimuksen."
    )
    assert item.outcome is Outcome.APPROVED
    assert item.reasons is not None and item.reasons.startswith("Oikaisuvaatimuksen kohteena oleva päätös")
    assert "Esitetyt vaatimukset" in item.reasons


def test_saved_site_page_with_a_voting_round_in_swedish() -> None:
    """A voting round printed in the handling (``1 omröstningen``, ``Ja-röster: 3``) is read as votes: the
    item passed after a vote."""
    [document] = read_path(FIXTURES / "site-vote-sv-saved.txt")
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    [item] = document.items
    assert item.decision == "Stadsfullmäktige betraktade motionen som slutbehandlad."
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (3, 2, 0, 0)
    assert [v.voter for v in vote.votes if v.choice == "no"] == ["Pia Puu", "Ville Vaara"]
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)
    assert item.handling is not None and item.handling.startswith("Ledamoten Ville Vaara understödd")
    assert item.reasons == "Motionen gäller bokbussens rutter i de östra stadsdelarna."


def test_older_minutes_export_of_an_office_holder() -> None:
    """An office holder's minutes in the older export print the § after its number (``42 §``) and the
    office under its department: the page is the Ahjo reader's, the office decides, and the item keeps its
    number, title and dnro."""
    path = FIXTURES / "officer-export-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Kulttuurin ja vapaa-ajan toimialan toimialajohtaja"
    assert document.meeting.date == date(2026, 3, 9)
    [item] = document.items
    assert item.number == "42"
    assert item.title == "Nuorisotalojen aukioloaikojen vahvistaminen kesäkaudeksi 2026"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.task_class == "12.06.00"
    assert item.decision is not None
    assert item.decision.startswith("Kulttuurin ja vapaa-ajan toimialan toimialajohtaja päätti vahvistaa")
    assert [p.name for p in item.preparers] == ["Oona Otava"]


def test_older_minutes_export_with_a_voting_round() -> None:
    """A voting round in the export's handling (``1 äänestys``, ``Jaa-äänet: 7``) is read as votes up to
    the next heading; the item passed after a vote."""
    [document] = read_path(FIXTURES / "minutes-export-vote-saved.txt")
    [item] = document.items
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (7, 4, 0, 2)
    assert [v.voter for v in vote.votes if v.choice == "absent"] == ["Heikki Harju", "Iris Ilves"]
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)
    assert item.presenter is not None and item.presenter.name == "Maija Malli"


def test_older_minutes_export_with_a_decision_departing_from_the_proposal() -> None:
    """``päätti merkitä tiedoksi … esittelijän ehdotuksesta poikkeavan selvityksen``: the board noted a
    report other than the one proposed, a decision that departs from the proposal (amended), not a
    plain noting."""
    [document] = read_path(FIXTURES / "minutes-export-departing-saved.txt")
    [item] = document.items
    assert item.number == "64"
    assert item.decision is not None and item.decision.startswith("Liikuntalautakunta päätti merkitä")
    assert item.outcome is Outcome.AMENDED


def test_site_decision_saved_without_its_dnro_line_is_detected_and_read_as_ahjo() -> None:
    """A decision page whose saved text lost the dnro, place and body lines (the case's title, the
    decision's title, ``Päätös``, then ``Kaupunginhallitus päätti …``) is the Ahjo reader's by detection,
    as with ``--from ahjo-html``: the title, the tabled decision, the handling and the motion as the
    proposal."""
    path = FIXTURES / "site-decision-no-dnro-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    assert read_path(path) == read_path(path, "ahjo-html")
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginhallitus"
    [item] = document.items
    assert item.title == "Lausunto opetus- ja kulttuuriministeriölle luonnoksesta kirjastolain muuttamiseksi"
    assert (item.number, item.case) == (None, None)
    assert (item.decision, item.outcome) == ("Kaupunginhallitus päätti panna asian pöydälle.", Outcome.TABLED)
    assert item.handling is not None and item.handling.startswith("Kaupunginhallitus päätti yksimielisesti")
    assert item.proposal is not None and item.proposal.startswith("Kaupunginhallitus päättää antaa")
    # the case's title is kept as text, not lost
    assert any("Lausuntopyyntö, kirjastolain muuttaminen" in s.text for s in item.sections)


def test_site_decision_with_its_title_twice_opening_in_the_present_tense(tmp_path: Path) -> None:
    """A decision page saved with its title printed twice (the case's and its one decision's) over
    ``Päätös`` is the site's even where the decision opens in the motion's present tense
    (``Kaupunginhallitus antaa …``); other text printing a proposal under ``Esitys`` is not."""
    path = FIXTURES / "site-decision-title-twice-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Helsinki"
    [item] = document.items
    assert item.title == "Lausunto ympäristöministeriölle luonnoksesta rakentamislain muuttamiseksi"
    assert (item.number, item.case) == (None, None)
    assert item.decision is not None
    assert item.decision.startswith("Kaupunginhallitus antaa ympäristöministeriölle seuraavan lausunnon:")
    other = tmp_path / "other.txt"
    other.write_text(
        "Kirjaston aukioloajat\nKirjaston aukioloajat\nEsitys\n"
        "Kunnanhallitus päättää hyväksyä kirjaston aukioloajat.\n",
        encoding="utf-8",
    )
    assert reader_for(other, read_bytes(other)).name == "text"


def test_site_page_in_the_later_layout_with_the_title_before_the_place() -> None:
    """The site's later layout prints the decision's title between the dnro and ``Ärende 4. / 52 §`` and
    no body line: the page is still the Ahjo reader's, and the body named by the decision
    (``Stadsfullmäktige godkände …``) is given by its Finnish name."""
    path = FIXTURES / "site-later-layout-sv-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    [item] = document.items
    assert (item.number, item.agenda_number) == ("52", "4")
    assert item.title == "Stadsbibliotekets öppettider 2027"
    assert item.decision is not None
    assert item.decision.startswith("Stadsfullmäktige godkände stadsbibliotekets öppettider för år 2027.")
    assert item.outcome is Outcome.APPROVED
    assert item.reasons == "Öppettiderna har beretts tillsammans med kultur- och fritidssektorn."


def test_older_minutes_export_in_swedish() -> None:
    """The export's Swedish minutes (``Helsingfors stad``, ``Protokoll``, ``Ärende/7``) are read as the
    Finnish ones: the meeting, the item's place and the body by its Finnish name."""
    path = FIXTURES / "minutes-export-sv-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.language == "sv"
    assert (document.meeting.body.name, document.meeting.number) == ("Kaupunginvaltuusto", "12/2026")
    assert document.meeting.date == date(2026, 4, 8)
    [item] = document.items
    assert (item.number, item.agenda_number) == ("98", "7")
    assert item.case is not None and item.case.diary_number.task_class == "00.00.03"
    assert item.decision is not None and item.decision.startswith("Stadsfullmäktige betraktade")
    assert [p.name for p in item.preparers] == ["Bert Berg"]


def test_older_minutes_export_in_swedish_keeps_the_presenter_s_reasons(tmp_path: Path) -> None:
    """The Swedish export heads the presenter's reasons ``Föredragandens motiveringar`` (plural, as the
    Finnish ``Esittelijän perustelut``), after the proposal part and the site's closing sentence."""
    path = tmp_path / "sv.txt"
    path.write_text(
        (FIXTURES / "minutes-export-sv-saved.txt").read_text(encoding="utf-8")
        + "\nBeslutsförslag\n\nBeslutet stämmer överens med förslaget.\n\n"
        "Föredragandens motiveringar\n\nBänkar i parkerna\n\n"
        "Stadsmiljösektorn har 3.2.2026 kartlagt parkernas bänkar.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision is not None and item.decision.startswith("Stadsfullmäktige betraktade")
    assert item.reasons is not None and item.reasons.startswith("Bänkar i parkerna")


def test_older_minutes_export_in_swedish_tabled_before_with_a_finnish_history(tmp_path: Path) -> None:
    """A Swedish export page notes an earlier tabling between the title and the dnro (``Bordlades
    4.3.2026``), heads the presenter's reasons ``Föredraganden``, repeats the contact block after them and
    ends in a Finnish decision history whose ``Päätös`` is no second decision."""
    path = tmp_path / "sv.txt"
    path.write_text(
        "Helsingfors stad\n\nProtokoll\n\n6/2026\n\n1 (1)\n\nStadsfullmäktige\n\n \n\nKj/9\n\n \n\n"
        "18.03.2026\n\n \n\n§ 77\n\nDen av ledamoten Ebba Exempel väckta motionen om bänkar i parkerna\n\n"
        "Bordlades 04.03.2026\n\nHEL 2025-009911 T 00 00 03\n\nBeslut\n\n"
        "Stadsfullmäktige beslutade bordlägga ärendet.\n\nFöredragande\n\nStadsstyrelsen\n\n"
        "Upplysningar\n\nBert Berg, stadssekreterare, telefon: 310 00000\n\n"
        "Beslutsförslag\n\nStadsfullmäktige beslutar anse motionen vara slutligt behandlad.\n\n"
        "Föredraganden\n\nLedamoten Ebba Exempel och 9 andra ledamöter har väckt en motion om bänkar.\n\n"
        "Föredragande\n\nStadsstyrelsen\n\n"
        "Upplysningar\n\nBert Berg, stadssekreterare, telefon: 310 00000\n\n"
        "Beslutshistoria\n\nKaupunginhallitus 09.03.2026 § 201\n\nHEL 2025-009911 T 00 00 03\n\n"
        "Päätös\n\nKaupunginhallitus päätti esittää kaupunginvaltuustolle aloitteen loppuun käsitellyksi.\n\n"
        "Lisätiedot\n\nBert Berg, kaupunginsihteeri, puhelin: 310 00000\n",
        encoding="utf-8",
    )
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    [item] = document.items
    assert (item.number, item.agenda_number) == ("77", "9")
    assert item.title == "Den av ledamoten Ebba Exempel väckta motionen om bänkar i parkerna"
    assert item.case is not None and item.case.diary_number.raw == "HEL 2025-009911 T 00 00 03"
    assert item.decision == "Stadsfullmäktige beslutade bordlägga ärendet."
    assert item.outcome is Outcome.TABLED
    assert item.proposal == "Stadsfullmäktige beslutar anse motionen vara slutligt behandlad."
    assert item.reasons is not None and item.reasons.startswith("Ledamoten Ebba Exempel och 9 andra")
    assert [p.name for p in item.preparers] == ["Bert Berg"]
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 3, 9), "201")]


def test_older_minutes_export_that_repeats_the_appeal_block_after_the_reasons(tmp_path: Path) -> None:
    """The older export prints the presenter, the contact people and the appeal instructions both after the
    decision and after the presenter's reasons (the second block at times with a stray ``.`` under it), and
    the list of attachments with them: the item has its appeal instruction and each attachment once."""
    for instruction, kind, stray in (
        ("Oikaisuvaatimusohje, kaupunginhallitus", AppealKind.RECTIFICATION, ""),
        ("Muutoksenhakukielto, valmistelu tai täytäntöönpano", AppealKind.APPEAL_BAN, ".\n\n"),
    ):
        tail = (
            "Esittelijä\n\napulaiskaupunginjohtaja\n\nOlli Orava\n\n"
            "Lisätiedot\n\nSirpa Saari, erityissuunnittelija, puhelin: 310 00001\n\n"
            "Liitteet\n\n1\n\nPalkintoehdotus.pdf\n\n2\n\nAiemmat saajat.pdf\n\n"
            f"Muutoksenhaku\n\n{instruction}\n\n"
        )
        path = tmp_path / "fi.txt"
        path.write_text(
            "Helsingin kaupunki\n\nPöytäkirja\n\n9/2026\n\n1 (1)\n\nKaupunginhallitus\n\n \n\nSj/2\n\n"
            " \n\n09.03.2026\n\n \n\n§ 210\n\nVuoden 2026 taidepalkinnon myöntäminen\n\n"
            "HEL 2026-001234 T 12 00 01\n\nPäätös\n\n"
            "Kaupunginhallitus päätti myöntää taidepalkinnon liitteen henkilölle.\n\n"
            f"{tail}Päätösehdotus\n\nPäätös on ehdotuksen mukainen.\n\n"
            "Esittelijän perustelut\n\nPalkinto tekee tunnetuksi kaupungin taide-elämää.\n\n"
            f"{tail}{stray}Tiedoksi\n\nKulttuuripalvelut\n",
            encoding="utf-8",
        )
        [document] = read_path(path)
        [item] = document.items
        assert [a.kind for a in item.appeal] == [kind]
        assert [p.name for p in item.preparers] == ["Sirpa Saari"]
        assert item.presenter is not None and item.presenter.name == "Olli Orava"
        assert [(a.number, a.title) for a in item.attachments] == [
            ("1", "Palkintoehdotus.pdf"),
            ("2", "Aiemmat saajat.pdf"),
        ]


def test_older_minutes_export_of_motions_left_with_several_case_numbers(tmp_path: Path) -> None:
    """An export page of the motions left at a council meeting places the item after a dash (``-/6``, no
    presenting official) and prints one dnro line for all its cases (``HEL 2026-004410, 2026-004411, …``):
    the page is the Ahjo reader's, its place, § and numbered motions are read, and the line is kept as
    printed."""
    path = tmp_path / "sv.txt"
    path.write_text(
        "Helsingfors stad\n\nProtokoll\n\n9/2026\n\n1 (1)\n\nStadsfullmäktige\n\n \n\n-/6\n\n \n\n"
        "13.05.2026\n\n \n\n§ 141\n\nVid stadsfullmäktiges sammanträde inlämnades följande tre motioner\n\n"
        "HEL 2026-004410, 2026-004411, 2026-004412\n\nBeslut\n\n"
        "1.     Motion av ledamoten Ebba Exempel m.fl. om bänkar i parkerna\n \n\n"
        "2.     Motion av ledamoten Bert Berg om belysning på skolvägar\n \n\n"
        "3. Motion av ledamoten Cecilia Carlsson m.fl. om öppettider för simhallar\n\n"
        "Stadsfullmäktige beslutade remittera motionerna till stadsstyrelsen för beredning.\n\n \n\n"
        "Postadress\n\nBesöksadress\n\nTelefon\n\nPB 1\n\nNorra esplanaden 11-13\n\n+358 9 310 1641\n",
        encoding="utf-8",
    )
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert (document.meeting.body.name, document.meeting.number) == ("Kaupunginvaltuusto", "9/2026")
    assert document.meeting.date == date(2026, 5, 13)
    [item] = document.items
    assert (item.number, item.agenda_number) == ("141", "6")
    assert item.title == "Vid stadsfullmäktiges sammanträde inlämnades följande tre motioner"
    assert item.case is not None
    assert item.case.diary_number.raw == "HEL 2026-004410, 2026-004411, 2026-004412"
    assert item.decision is not None
    assert item.decision.startswith(
        "1. Motion av ledamoten Ebba Exempel m.fl. om bänkar i parkerna\n\n2. Motion"
    )
    assert item.decision.endswith(
        "Stadsfullmäktige beslutade remittera motionerna till stadsstyrelsen för beredning."
    )
    assert (item.proposal, item.presenter, item.preparers) == (None, None, [])


def test_older_minutes_export_tabled_after_an_unnumbered_vote() -> None:
    """``Stj/2`` (the presenting official's mark) gives the item's place; a single round under
    ``Äänestys:`` with ``JAA-ehdotus`` is read as votes; attachments numbered on lines of their own keep
    their numbers and only their titles."""
    [document] = read_path(FIXTURES / "minutes-export-tabled-vote-saved.txt")
    [item] = document.items
    assert (item.number, item.agenda_number) == ("210", "2")
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (3, 9, 0, 0)
    assert vote.yes_proposition == "Asian käsittelyä jatketaan"
    assert [v.voter for v in vote.votes if v.choice == "yes"] == ["Anna Aho", "Bert Berg", "Frans Fors"]
    assert (item.outcome, item.unanimous) == (Outcome.TABLED, False)
    assert [(a.number, a.title) for a in item.attachments] == [
        ("1", "Valtuutettu Cecilia Carlssonin aloite"),
        ("2", "Liikuntapalveluiden lausunto"),
    ]
    assert item.presenter is not None and (item.presenter.title, item.presenter.acting) == (
        "apulaiskaupunginjohtaja",
        True,
    )


def test_site_page_with_a_counter_proposal_adopted_in_the_handling() -> None:
    """``hyväksyi yksimielisesti … vastaehdotuksen mukaisesti muutetun ehdotuksen`` in the handling: the
    board passed a changed proposal (amended); the motion after the handling, ``Kaupunginhallitus
    esittää kaupunginvaltuustolle seuraavaa:``, is the proposal."""
    [document] = read_path(FIXTURES / "site-counter-proposal-saved.txt")
    [item] = document.items
    assert item.number == "301"
    assert item.decision is not None and item.decision.startswith("Kaupunginhallitus esitti")
    assert (item.outcome, item.unanimous) == (Outcome.AMENDED, True)
    assert item.proposal is not None
    assert item.proposal.startswith("Kaupunginhallitus esittää kaupunginvaltuustolle")
    assert item.handling is not None and "Kannattaja: Bert Berg" in item.handling
    assert item.reasons == "Asemakaavan muutos koskee Puistokadun korttelia."


def test_site_page_with_a_counter_proposal_adopted_by_a_vote() -> None:
    """``hyväksyi … vastaehdotuksen mukaisesti muutetun ehdotuksen äänin 6 - 9``: the board passed a changed
    proposal after a vote. The vote is read, and the outcome is the change (amended), not a proposal
    passed as it was after a vote."""
    [document] = read_path(FIXTURES / "site-counter-proposal-vote-saved.txt")
    [item] = document.items
    [vote] = item.votes
    assert (vote.yes, vote.no) == (6, 9)
    assert (item.outcome, item.unanimous) == (Outcome.AMENDED, False)


def test_english_name_of_a_sub_committee_gives_way_to_the_decision_s_subject() -> None:
    """An English body name the table of names lacks (``… Youth Sub-committee``) is not kept: the body
    is the Finnish subject of the decision."""
    [document] = read_path(FIXTURES / "site-english-subcommittee-saved.txt")
    assert document.meeting.body.name == "Kulttuuri- ja vapaa-aikalautakunnan nuorisojaosto"
    assert document.items[0].number == "22"


def test_english_body_name_with_its_organ_word_first_gives_way_to_the_decision_s_subject() -> None:
    """An English body name that opens with its organ word (``Board of …``) and that the table of names
    lacks is not kept either: the body is the Finnish subject of the decision."""
    [document] = read_path(FIXTURES / "site-english-board-saved.txt")
    assert document.meeting.body.name == "Kunnossapitoliikelaitoksen johtokunta"


def test_contact_whose_address_the_saved_text_cuts_before_its_domain(tmp_path: Path) -> None:
    """Text saved from the site that ends inside the contact's e-mail address (``mikko.mäkelä`` cut
    before ``@…``, written ``mikko.makela``): the address's local part is no second contact person, and
    too little to be the address; the contact above it keeps his name, office and phone."""
    path = tmp_path / "en.txt"
    path.write_text(
        "Valtuustoaloitteet 4.3.2026\n\nCase 6. / 140 §\n\n"
        "Kaupunginvaltuuston kokouksessa 4.3.2026 jätettyjen aloitteiden vastattavaksi jakaminen\n\n"
        "Helsinki City Board\n\nPäätös\n\n"
        "Kaupunginhallitus päätti jakaa aloitteet vastattavaksi.\n\n"
        "Päätös on ehdotuksen mukainen.\n\nClose\n\n"
        "Kokouksessa jätettiin neljä aloitetta.\n\nClose\n\n"
        "Presenter information\n\nkansliapäällikkö\nPia Puu\n\n"
        "Ask for more info\n\nMikko Mäkelä, hallintopäällikkö, puhelin: 09 310 11111\n\nmikko.makela",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title, p.phone, p.email) for p in item.preparers] == [
        ("Mikko Mäkelä", "hallintopäällikkö", "09 310 11111", None)
    ]
    assert item.presenter is not None and item.presenter.name == "Pia Puu"


def test_contact_whose_address_the_saved_text_cuts_inside_its_local_part(tmp_path: Path) -> None:
    """Text saved from the site may end inside the local part of the contact's address (``aino.kivel``
    for Aino Kivelä, or ``ain`` before its dot): the start of the address is no second contact person."""
    for cut in ("aino.kivel", "ain"):
        path = tmp_path / f"{cut}.txt"
        path.write_text(
            "Hopeamitalit 2026\n\nHEL 2026-004410\nCase 4. / 88 §\n\n"
            "Hopeisen mitalin myöntäminen vuonna 2026\n\n"
            "Helsinki City Board\n\nPäätös\n\n"
            "Kaupunginhallitus myönsi hopeisen mitalin liitteen henkilöille.\n\n"
            "Päätös on ehdotuksen mukainen.\n\nClose\n\n"
            "Mitalit jaetaan keväällä.\n\nClose\n\n"
            "Presenter information\n\nkansliapäällikkö\nPia Puu\n\n"
            f"Ask for more info\n\nAino Kivelä, hallintosihteeri, puhelin: 09 310 22222\n\n{cut}",
            encoding="utf-8",
        )
        [document] = read_path(path)
        [item] = document.items
        assert [(p.name, p.title, p.phone) for p in item.preparers] == [
            ("Aino Kivelä", "hallintosihteeri", "09 310 22222")
        ], cut


def test_swedish_name_of_the_education_committee_s_swedish_section_is_its_finnish_name(
    tmp_path: Path,
) -> None:
    """The Swedish site's ``Svenska sektionen vid nämnden för fostran och utbildning`` is the city's
    Kasvatus- ja koulutuslautakunnan ruotsinkielinen jaosto, also where the decision names it only as
    ``Svenska sektionen``."""
    path = tmp_path / "sv.txt"
    path.write_text(
        "Lekparken Lärkan, öppettider\n\nHEL 2026-003310\nÄrende 3. / 12 §\n\n"
        "Lekparken Lärkans öppettider hösten 2026\n\n"
        "Svenska sektionen vid nämnden för fostran och utbildning\n\nBeslut\n\n"
        "Svenska sektionen beslutade godkänna lekparken Lärkans öppettider för hösten 2026.\n\n"
        "Beslutet stämmer överens med förslaget.\n\nStäng\n\n"
        "Öppettiderna har beretts med familjerna.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.body.name == "Kasvatus- ja koulutuslautakunnan ruotsinkielinen jaosto"
    assert document.items[0].number == "12"


def test_english_name_of_the_city_transport_board_is_its_finnish_name() -> None:
    """The English site's ``Board of Helsinki City Transport`` is the city's Liikenneliikelaitoksen
    johtokunta, also where the decision names it only as ``Johtokunta``."""
    [document] = read_path(FIXTURES / "site-english-transport-board-saved.txt")
    assert document.meeting.body.name == "Liikenneliikelaitoksen johtokunta"
    assert document.items[0].reasons == "Katokset on rakennettu vuosina 1998–2003."


def test_motion_whose_subject_has_a_comma_after_a_hyphenated_stem() -> None:
    """``Sosiaali-, terveys- ja pelastuslautakunnan pelastusjaosto esittää …`` after the handling is the
    proposal; the presenter's changed proposal adopted in the handling makes the outcome amended."""
    [document] = read_path(FIXTURES / "site-motion-comma-saved.txt")
    [item] = document.items
    assert item.proposal is not None
    assert item.proposal.startswith("Sosiaali-, terveys- ja pelastuslautakunnan pelastusjaosto esittää")
    assert item.handling is not None and not item.handling.endswith("hyväksymistä.")
    assert item.outcome is Outcome.AMENDED
    assert item.reasons == "Palvelutaso päätetään neljäksi vuodeksi."


def test_closing_sentence_after_the_handling_ends_it_on_a_page_without_the_button() -> None:
    """Text saved without the folding button: ``Päätös on ehdotuksen mukainen.`` after the handling ends
    the handling, and the presenter's reasons follow."""
    [document] = read_path(FIXTURES / "site-buttonless-saved.txt")
    [item] = document.items
    assert item.handling is not None and item.handling.startswith("Lautakunta ei kuullut asiantuntijaa.")
    assert item.reasons == "Maksut perustuvat pelastuslain 96 §:ään."
    assert item.outcome is Outcome.APPROVED


def test_heading_after_a_case_code_on_text_cut_inside_the_next_paragraph() -> None:
    """A decision closed by a case code in brackets (``(A1001-2002)``), then a heading and a paragraph the
    saved text cuts part-way: the heading opens the reasons."""
    [document] = read_path(FIXTURES / "site-case-code-cut-saved.txt")
    [item] = document.items
    assert item.decision is not None and "Muutoksenhaun" not in item.decision
    assert item.reasons is not None and item.reasons.startswith("Muutoksenhaun kohteena oleva päätös")


def test_officer_decision_page_saved_without_its_dnro_line() -> None:
    """An officer's decision the site shows under no case number: the case's title, ``§ 14`` alone, the
    decision's title, the office holder and ``Päätös`` are enough to read it as the site's page."""
    path = FIXTURES / "site-officer-no-dnro-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    [item] = document.items
    assert (item.agenda_number, item.number, item.case) == (None, "14", None)
    assert item.title == "Esimerkkiyhdistysten avustusten jakaminen vuodelle 2026"
    assert item.decision is not None
    assert item.decision.startswith("Kasvatuksen ja koulutuksen toimialan apulaispormestari päätti myöntää")
    # the case's title is kept as text, not lost
    assert any("Avustukset, esimerkkiyhdistykset" in s.text for s in item.sections)


def test_statement_printed_under_lausunto_and_tabled() -> None:
    """A statement the board gives stands under ``Lausunto`` instead of ``Päätös``; tabled, its motion
    after the handling gives the statement in the present tense (``… antaa seuraavan lausunnon:``)."""
    [document] = read_path(FIXTURES / "site-statement-tabled-saved.txt")
    [item] = document.items
    assert (item.agenda_number, item.number) == ("7", "88")
    assert (item.decision, item.outcome) == (
        "Kaupunkiympäristölautakunta päätti panna asian pöydälle.",
        Outcome.TABLED,
    )
    assert item.handling is not None and item.handling.startswith("Pöydällepanoehdotus:")
    assert item.proposal is not None
    assert item.proposal.startswith("Kaupunkiympäristölautakunta antaa seuraavan lausunnon:")
    assert item.proposal.endswith("Ohjelma on kannatettava.")


def test_motion_in_the_past_tense_after_the_record_of_tabling() -> None:
    """After the handling's record that the item was tabled, the site may print the motion in the past
    tense (``Kaupunginhallitus päätti antaa … seuraavan lausunnon:``): it is the proposal, not handling."""
    [document] = read_path(FIXTURES / "site-tabled-past-motion-sv-saved.txt")
    [item] = document.items
    assert item.outcome is Outcome.TABLED
    assert (
        item.handling
        == "Kaupunginhallitus päätti yksimielisesti panna asian pöydälle Matti Mallin ehdotuksesta."
    )
    assert item.proposal is not None
    assert item.proposal.startswith(
        "Kaupunginhallitus päätti antaa esimerkkilautakunnalle seuraavan lausunnon:"
    )


def test_site_notice_of_an_abolished_office_is_neither_the_title_nor_the_body() -> None:
    """A page of a body or office that no longer exists prints ``Tämä toimielin tai virka on lakkautettu``
    under the §: a notice, skipped like the note of later handlings, the title and body keep their lines."""
    [document] = read_path(FIXTURES / "site-abolished-office-saved.txt")
    assert document.meeting.body.name == "Palvelupäällikkö"
    [item] = document.items
    assert item.number == "17"
    assert item.title == "Tarjouksen valinta: esimerkkipalvelun ylläpidon hankinta"
    assert item.decision is not None and item.decision.startswith("Palvelupäällikkö päätti hyväksyä")


def test_english_site_notice_of_an_inactive_decider_is_neither_the_title_nor_the_body() -> None:
    """The English site prints ``This decisionmaker is no longer active`` under the § of an abolished office's
    decision (and a note on older decisions' headings above the dnro): a notice, skipped like the Finnish
    one; the office whose name has a comma after a hyphenated stem makes the page an officer's decision."""
    [document] = read_path(FIXTURES / "site-officer-inactive-en-saved.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Kirjasto-, museo- ja arkistopalvelujen johtaja"
    [item] = document.items
    assert item.number == "14"
    assert item.title == "Tarjouksen valinta: kirjastoauton huoltopalvelujen hankinta"
    assert item.decision is not None
    assert item.decision.startswith("Kirjasto-, museo- ja arkistopalvelujen johtaja päätti hyväksyä")
    assert item.decision.endswith("noin 48 000 euroa (alv 0 %).")
    assert item.reasons is not None and item.reasons.startswith("Hankinnan kohde")


def test_sector_head_s_decision_on_the_swedish_site_is_named_by_its_finnish_office() -> None:
    """An officer's decision printed in Finnish under the Swedish site's office line, by an office whose
    name has a comma after a hyphenated stem (``Kirjasto-, museo- ja arkistotoimialan toimialajohtaja
    päätti …``): an officer's decision, named by the decision's subject, not the Swedish office line."""
    [document] = read_path(FIXTURES / "site-officer-sv-chrome-comma-saved.txt")
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Kirjasto-, museo- ja arkistotoimialan toimialajohtaja"
    [item] = document.items
    assert (item.number, item.agenda_number) == ("31", None)
    assert item.title == "Kirjojen sidontapalvelujen hankinta"


def test_unheaded_motion_after_the_record_of_tabling_is_the_proposal() -> None:
    """After the handling's record that the item was tabled the site may print the motion with no heading,
    opening with the record's subject in the present tense (``Kaupunginhallitus varaa …``): the proposal."""
    [document] = read_path(FIXTURES / "site-tabled-unheaded-motion-sv-saved.txt")
    [item] = document.items
    assert item.outcome is Outcome.TABLED
    assert (
        item.handling
        == "Kaupunginhallitus päätti yksimielisesti panna asian pöydälle Kaisa Kokeilijan ehdotuksesta."
    )
    assert item.proposal is not None
    assert item.proposal.startswith("Kaupunginhallitus varaa Esimerkkilän torin ympäristöstä")
    assert item.reasons is not None and item.reasons.startswith("Hakemus")


def test_unheaded_motion_in_parts_after_the_record_of_tabling_keeps_its_part_letters() -> None:
    """A motion in parts opens with a lone part letter (``A``) over the subject's present tense (``… jaosto
    esittää …``, a subject longer than five words): the proposal starts at the letter; the handling keeps
    its own paragraphs."""
    [document] = read_path(FIXTURES / "site-tabled-unheaded-motion-parts-saved.txt")
    [item] = document.items
    assert item.outcome is Outcome.TABLED
    assert item.handling is not None and item.handling.startswith("Asian aikana kuultavana oli")
    assert item.handling.endswith("Veikko Mallin ehdotuksesta.")
    assert item.proposal is not None
    assert item.proposal.startswith(
        "A\n\nKaupunkiympäristölautakunnan rakennusten ja yleisten alueiden jaosto esittää"
    )
    assert "\n\nB\n\n" in item.proposal


def test_officer_decision_saved_without_its_dnro_and_place_lines_is_detected_as_ahjo() -> None:
    """An officer's decision saved with only its titles over ``Päätös`` and the official who decided
    (``… apulaispormestari päätti, ettei …``) is the Ahjo reader's without ``--from``."""
    path = FIXTURES / "site-officer-untitled-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert item.title.startswith("Kulttuuri- ja vapaa-aikalautakunnan alaisten viranhaltijoiden päätösten")
    assert item.decision is not None
    assert item.decision.startswith("Kulttuurin ja vapaa-ajan toimialan apulaispormestari päätti, ettei")


@pytest.mark.parametrize(
    "text",
    [
        # a handling's mark under the title: another system's minutes
        "Kokouksen laillisuus\nKunnanhallitus 12.03.2026 § 41\nPäätös\n"
        "Kunnanhallitus päätti todeta kokouksen lailliseksi.\n",
        # no body or official deciding under the label
        "Katuvalojen uusiminen\nValmistelija: tekninen johtaja Olli Oikola\nPäätös\nHyväksyttiin.\n",
        # a proposal's heading as the second line
        "Katuvalojen uusiminen\nPäätösehdotus\nPäätös\nTekninen lautakunta päätti hyväksyä ehdotuksen.\n",
    ],
)
def test_other_minutes_with_a_decision_label_on_their_third_line_are_not_claimed(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "ote.txt"
    path.write_text(text, encoding="utf-8")
    assert reader_for(path, read_bytes(path)).name != "ahjo-html"


def test_site_proposal_page_of_the_test_host_is_read_as_an_agenda_item() -> None:
    """The site's page of a proposal not yet decided (``Tämä on esitys`` between the case's title and
    the proposal's, under the test host's ``Testisisältö``): an agenda item of the body that follows,
    with the motion under ``Päätösehdotus`` as its proposal and no decision."""
    path = FIXTURES / "site-proposal-test-host-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Kaupunginhallitus"
    [item] = document.items
    assert item.title == "Lausunto ympäristöministeriölle luonnoksesta hulevesiasetukseksi"
    assert (item.number, item.case, item.decision) == (None, None, None)
    assert item.proposal is not None
    assert item.proposal.startswith("Kaupunginhallitus päättää antaa ympäristöministeriölle")
    assert item.proposal.endswith("Siirtymäajan tulisi olla vähintään kaksi vuotta.")


def test_site_proposal_page_of_the_live_site_with_its_dnro_is_read_as_an_agenda_item() -> None:
    """The live site prints the proposal's dnro and the note of later handlings between the case's title
    and ``Tämä on esitys``: still an agenda item, with its dnro, the motion as its proposal, no decision,
    and the presenter's reasons from the first heading under ``Esittelijän perustelut``."""
    path = FIXTURES / "site-proposal-live-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Kulttuuri- ja vapaa-aikalautakunta"
    [item] = document.items
    assert item.title == "Oikaisuvaatimus kulttuuripalveluiden päällikön avustuspäätöksestä 12.3.2025 § 41"
    assert (item.number, item.decision) == (None, None)
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "HEL 2025-000321"
    assert item.proposal == (
        "Kulttuuri- ja vapaa-aikalautakunta päättää hylätä Esimerkkiseura ry:n avustuspäätöksestä "
        "12.3.2025 (41 §) tekemän oikaisuvaatimuksen."
    )
    assert item.reasons is not None and item.reasons.startswith("Oikaisuvaatimuksen kohde")


def test_site_proposal_page_of_the_swedish_site_is_read_as_an_agenda_item() -> None:
    """The Swedish site marks a proposal ``Det här är en framställning`` where the Finnish one prints
    ``Tämä on esitys``: read the same way, the body's Swedish name in Finnish, the motion as the proposal."""
    path = FIXTURES / "site-proposal-live-sv-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Kaupunginhallitus"
    [item] = document.items
    assert item.title == (
        "V 4.3.2026, Valtuutettu Kaisa Kokeilijan aloite Esimerkkipuiston leikkipaikan kunnostamisesta"
    )
    assert (item.number, item.agenda_number, item.decision) == (None, None, None)
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "HEL 2026-007720"
    assert item.proposal == (
        "Kaupunginhallitus esittää kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto katsoo aloitteen loppuun käsitellyksi."
    )
    assert item.reasons is not None and item.reasons.startswith("Aloite")


def test_plain_text_in_none_of_the_site_s_layouts_is_refused_for_what_it_lacks(tmp_path: Path) -> None:
    """Text the site reader is asked for but finds none of the site's layouts in is refused as such,
    never with the HTML parser's word that the file looks cut."""
    path = tmp_path / "page.txt"
    path.write_text("Esimerkkikunnan tiedote\n\nKirjasto on suljettu maanantaina.\n", encoding="utf-8")
    with pytest.raises(ParseError) as raised:
        read_path(path, "ahjo-html")
    assert "truncated" not in raised.value.message
    assert "not a page of Helsinki's decision site" in raised.value.message


def test_decision_meeting_start_from_its_meeting_object(tmp_path: Path) -> None:
    meeting = {"MeetingID": "U003110202507", "DateMeeting": "2025-10-07T16:30:00.000", "Location": "Sali 2"}
    decision = {
        "NativeId": "{00000000-0000-0000-0000-000000000001}",
        "Title": "Arviointisuunnitelma 2026",
        "CaseIDLabel": "HEL 2025-000001",
        "Section": "40",
        "Organization": {"Name": "Tarkastuslautakunta", "Type": "Lautakunta"},
        "Meeting": meeting,
    }
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(decision), encoding="utf-8")
    [doc] = read_path(path)
    assert (doc.meeting.date, doc.meeting.start, doc.meeting.place) == (
        date(2025, 10, 7),
        time(16, 30),
        "Sali 2",
    )
    for bare in ("2025-10-07T03:00:00.000", "2025-10-07T00:00:00.000"):
        path.write_text(
            json.dumps({**decision, "Meeting": {**meeting, "DateMeeting": bare}}), encoding="utf-8"
        )
        [doc] = read_path(path)
        assert (doc.meeting.date, doc.meeting.start) == (date(2025, 10, 7), None)


def test_site_page_whose_handling_states_a_vote_without_a_numbered_round() -> None:
    """An unnumbered ``Äänestys`` heading gives no block of votes, but the handling's closing sentence
    (``hyväksyi esittelijän ehdotuksen äänin 9 - 4``) says the proposal passed after a vote: voted, as a
    page whose votes are read."""
    [document] = read_path(FIXTURES / "site-vote-unnumbered-saved.txt")
    [item] = document.items
    assert item.decision is not None and item.decision.startswith("Kaupunginhallitus hyväksyi Satamapuiston")
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)


def test_site_page_under_the_user_test_banner_is_read_with_its_appeal_ban() -> None:
    """The site may print an invitation to a user test over the page (``Använder du tjänsten Beslut
    regelbundet? …``): the page is still the site's text, not cut HTML; the appeal ban the page prints
    after the decision (``FÖRBUD MOT SÖKANDE AV ÄNDRING``) is read, and ends the decision."""
    path = FIXTURES / "site-motions-banner-sv-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.agenda_number, item.title) == ("203", "14", "Motioner väckta vid mötet")
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    assert item.decision is not None
    assert item.decision.startswith("Motioner som hör till stadsfullmäktiges befogenheter")
    assert item.decision.endswith("remitterade motionerna till stadsstyrelsen för beredning.")
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]


def test_site_page_with_its_presenter_and_contact_person_after_the_handling() -> None:
    """``Föredragande`` (the title, then the name) and ``Mer information fås av`` (name, title, phone,
    e-mail) after the handling are the presenter and the preparer, not more of the handling."""
    [document] = read_path(FIXTURES / "site-tabled-contacts-sv-saved.txt")
    [item] = document.items
    assert item.outcome is Outcome.TABLED and item.unanimous is True
    assert item.handling == (
        "Stadsstyrelsen beslutade enhälligt bordlägga ärendet på förslag av Cecilia Testare."
    )
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Dora Prov", "biträdande stadsdirektör")
    assert [(p.name, p.title, p.phone, p.email) for p in item.preparers] == [
        ("Eero Malli", "planerare", "09 310 11111", "eero.malli@example.fi")
    ]


def test_a_long_first_line_with_question_marks_is_sniffed_in_linear_time(tmp_path: Path) -> None:
    """The user-test banner test once rescanned a whole first line from each of its question marks."""
    import time as clock

    path = tmp_path / "long.txt"
    path.write_text("Onko näin? " * 6000 + "\nToinen rivi.\n", encoding="utf-8")
    start = clock.perf_counter()
    reader_for(path, path.read_bytes())
    assert clock.perf_counter() - start < 2  # milliseconds now; the quadratic test took seconds


def test_a_chair_stating_the_meeting_s_lawfulness_makes_no_officer_decision(tmp_path: Path) -> None:
    """``Ordföranden konstaterade …`` states what the council did: the page stays the council's minutes."""
    page = (REPO_ROOT / "tests/fixtures/ahjo/site-motions-banner-sv-saved.txt").read_text(encoding="utf-8")
    decision = next(line for line in page.splitlines() if "remitterade" in line)
    path = tmp_path / "sv.txt"
    path.write_text(
        page.replace(
            decision, "Ordföranden konstaterade att mötet var lagligen sammankallat och beslutfört."
        ),
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.kind is not DocumentKind.OFFICER_DECISION


def test_site_page_with_a_decision_history_after_its_tail(tmp_path: Path) -> None:
    """A decision history at the page's end (``Päätöshistoria``, an earlier meeting, its ``Päätös`` and
    its tabling) is history: no second decision, and the outcome stays the vote of this meeting."""
    text = (FIXTURES / "site-vote-unnumbered-saved.txt").read_text(encoding="utf-8")
    tail = (
        "\nEsittelijä\n\nkaupunginjohtaja\nOlli Orava\n\nPäätöshistoria\n\n"
        "Kaupunkiympäristölautakunta 03.02.2026 § 17\n\nPäätös\n\n"
        "Kaupunkiympäristölautakunta päätti panna asian pöydälle.\n"
    )
    path = tmp_path / "site-history-saved.txt"
    path.write_text(text + tail, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert (
        item.decision
        == "Kaupunginhallitus hyväksyi Satamapuiston yleissuunnitelman jatkosuunnittelun pohjaksi."
    )
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)
    assert item.presenter is not None and item.presenter.name == "Olli Orava"


def test_site_page_with_a_heading_like_line_inside_its_decision(tmp_path: Path) -> None:
    """A short line that reads like the appeal's heading (``Muutoksenhaku``) inside the decision of a page
    with the folding button is part of the decision: the handling and its vote after it are still read."""
    text = (FIXTURES / "site-vote-unnumbered-saved.txt").read_text(encoding="utf-8")
    decision = "Kaupunginhallitus hyväksyi Satamapuiston yleissuunnitelman jatkosuunnittelun pohjaksi.\n"
    assert decision in text
    note = "\nMuutoksenhaku\n\nPäätökseen saa hakea muutosta valittamalla kuntavalituksella.\n"
    path = tmp_path / "site-inner-heading-saved.txt"
    path.write_text(text.replace(decision, decision + note, 1), encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.decision is not None and item.decision.endswith("valittamalla kuntavalituksella.")
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)


#: the site's chrome in each of its languages: the place's word, the body, the decision's label, the button
_SITE_CHROME = {
    "fi": ("", "Helsingin kaupunginhallitus", "Päätös", "Sulje"),
    "sv": ("Ärende ", "Helsingfors stadsstyrelse", "Beslut", "Stäng"),
    "en": ("Case ", "Helsinki City Board", "Päätös", "Close"),
}
#: a claim turned down, in words the outcome's rules alone read as the proposal rejected (an abbreviation's
#: full stop stands between the verb and the claim), and the site's closing sentence, per language
_TURNED_DOWN = {
    "fi": (
        "Kaupunginhallitus hylkäsi vs. hallintojohtajan päätöksestä 4.2.2026 § 12 tehdyn oikaisuvaatimuksen.",
        "Päätös on ehdotuksen mukainen.",
    ),
    "sv": (
        "Stadsstyrelsen avslog det mot t.f. förvaltningsdirektörens beslut 4.2.2026 § 12 framställda "
        "rättelseyrkandet.",
        "Beslutet stämmer överens med förslaget.",
    ),
    "en": (
        "Kaupunginhallitus hylkäsi vs. hallintojohtajan päätöksestä 4.2.2026 § 12 tehdyn oikaisuvaatimuksen.",
        "Päätös on ehdotuksen mukainen.",
    ),
}


def _site_page(language: str, parts: list[str], button: bool) -> str:
    """The text of a site page in ``language``'s chrome: its head, then ``parts`` under the decision's label,
    then (after the folding button if ``button``) the presenter's reasons."""
    place, body, label, close = _SITE_CHROME[language]
    head = [
        "Oikaisuvaatimus, Kalasataman leikkipuiston aukioloajat",
        "HEL 2026-001234",
        f"{place}7. / 318 §",
        "Oikaisuvaatimus hallintojohtajan päätökseen leikkipuiston aukioloajoista",
        body,
        label,
    ]
    tail = [close] if button else []
    reasons = ["Oikaisuvaatimuksen tekijä vaatii aukioloaikojen pidentämistä kesäkuukausina."]
    return "\n\n".join([*head, *parts, *tail, *reasons]) + "\n"


@pytest.mark.parametrize("button", [True, False], ids=["button", "buttonless"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_site_closing_sentence_is_no_part_of_the_decision(
    tmp_path: Path, language: str, button: bool
) -> None:
    """The site's sentence that the decision is as proposed (``Päätös on ehdotuksen mukainen.``, ``Beslutet
    stämmer överens med förslaget.``) is its statement about the decision, not what was decided: the decision
    ends before it, it is kept as a part of its own at its line, and it makes the decision approved even
    where the decision's words alone would read as the proposal turned down."""
    decision, sentence = _TURNED_DOWN[language]
    text = _site_page(language, [decision, sentence], button)
    path = tmp_path / f"site-closing-{language}-saved.txt"
    path.write_text(text, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.decision) == ("318", decision)
    assert item.outcome is Outcome.APPROVED
    assert item.reasons == "Oikaisuvaatimuksen tekijä vaatii aukioloaikojen pidentämistä kesäkuukausina."
    [closing] = [s for s in item.sections if sentence in s.text]
    assert (closing.kind, closing.text) == ("generic", sentence)
    assert closing.span is not None and closing.span.line == text.split("\n").index(sentence) + 1


@pytest.mark.parametrize("button", [True, False], ids=["button", "buttonless"])
def test_site_closing_sentence_after_the_handling_is_no_part_of_it(tmp_path: Path, button: bool) -> None:
    """The closing sentence printed after the handling is no part of the handling either, with the folding
    button after it or without: the handling and the decision are read whole, the sentence kept apart."""
    decision = "Kaupunginhallitus päätti myöntää Vallilan kirjastolle 12 000 euron avustuksen."
    handling = "Kaupunginhallitus kuuli asiassa kirjastopalvelujen päällikkö Ulla Esimerkkiä."
    sentence = "Päätös on ehdotuksen mukainen."
    text = _site_page("fi", [decision, "Käsittely", handling, sentence], button)
    path = tmp_path / "site-closing-handling-saved.txt"
    path.write_text(text, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert (item.decision, item.handling, item.outcome) == (decision, handling, Outcome.APPROVED)
    assert item.reasons == "Oikaisuvaatimuksen tekijä vaatii aukioloaikojen pidentämistä kesäkuukausina."
    [closing] = [s for s in item.sections if sentence in s.text]
    assert (closing.kind, closing.text) == ("generic", sentence)


def test_an_acting_mayor_s_statement_on_the_english_site_is_an_officer_s_decision(tmp_path: Path) -> None:
    """``Vs. pormestari antoi … lausunnon`` under the English site's ``Helsinki Mayor``, a bare § and no place
    on an agenda: the acting holder decides in the office's name, so the page is an officer's decision."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Lausuntopyyntö, kirjastolain uudistaminen, opetus- ja kulttuuriministeriö\n\n"
        "HEL 2026-000512\nMore recent handlings\n§ 14\n\n"
        "Lausunto opetus- ja kulttuuriministeriölle kirjastolain uudistamisesta\n\nHelsinki Mayor\n\n"
        "Päätös\n\nVs. pormestari antoi opetus- ja kulttuuriministeriölle seuraavan lausunnon:\n\n"
        "Helsingin kaupunki pitää uudistusta kannatettavana.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.items[0].number == "14"


def test_an_office_named_through_the_units_above_it_decides_an_officer_s_decision(tmp_path: Path) -> None:
    """The decision names its office through the sector and units above it, a numbered unit among them
    (``Kulttuurin ja vapaa-ajan toimialan … palveluyksikkö 4:n yksikön päällikkö hyväksyi …``): still an
    officer's decision. The English site prints the office line as in Finnish and it names the body; the
    Swedish site's office line (``Enhetschef``) gives way to the decision's subject."""
    page = (
        "Hankinta, siivouspalvelut, Esimerkkilän nuorisotalo\n\n"
        "HEL 2026-004417\nMore recent handlings\n§ 27\n\n"
        "Siivouspalvelut; Esimerkkilän nuorisotalo, Kokeilijankatu 3\n\nYksikön päällikkö\n\nPäätös\n\n"
        "Kulttuurin ja vapaa-ajan toimialan alueellisten palvelujen palveluyksikkö 4:n yksikön päällikkö "
        "hyväksyi kokonaistaloudellisesti edullisimman tarjouksen.\n\n"
        "Päätöksen perustelut\n\nHankinnasta järjestettiin avoin tarjouskilpailu.\n"
    )
    english = tmp_path / "en.txt"
    english.write_text(page, encoding="utf-8")
    [document] = read_path(english)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Yksikön päällikkö"
    assert (document.items[0].number, document.items[0].agenda_number) == ("27", None)
    swedish = tmp_path / "sv.txt"
    swedish.write_text(
        page.replace("More recent handlings", "Ärendet har nyare handläggningar").replace(
            "Yksikön päällikkö\n", "Enhetschef\n"
        ),
        encoding="utf-8",
    )
    [document] = read_path(swedish)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == (
        "Kulttuurin ja vapaa-ajan toimialan alueellisten palvelujen palveluyksikkö 4:n yksikön päällikkö"
    )


def test_an_officer_s_decision_told_in_the_perfect_tense_is_an_officer_s_decision(tmp_path: Path) -> None:
    """``… yksikön päällikkö on hyväksynyt ilmoituksen …``: the office holder's decision told in the perfect
    tense, with no ``päätti``, is still an officer's decision under its office line."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Melun torjunta, louhinta, Koetinkuja 9, kaupunkiympäristön toimiala\n\n"
        "HEL 2026-007731\nAsialla on uudempia käsittelyjä\n§ 41\n\n"
        "Päätös ilmoituksesta louhinnan melusta osoitteessa Koetinkuja 9\n\nYksikön päällikkö\n\nPäätös\n\n"
        "Meluntorjunta- ja -seurantayksikön päällikkö on hyväksynyt Esimerkki Oy:n tekemän "
        "ympäristönsuojelulain 118 §:n mukaisen ilmoituksen alla esitetyn mukaisesti.\n\n"
        "Ilmoitus\n\nIlmoituksen tekijä\n\nEsimerkki Oy\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Yksikön päällikkö"
    assert (document.items[0].number, document.items[0].agenda_number) == ("41", None)


def test_the_education_committee_under_its_newer_swedish_name(tmp_path: Path) -> None:
    """The Swedish site names the education committee ``Nämnden för fostran och utbildning`` as well as
    ``Fostrans- och utbildningsnämnden``: both are the Finnish ``Kasvatus- ja koulutuslautakunta``."""
    swedish = tmp_path / "sv.txt"
    swedish.write_text(
        (FIXTURES / "site-decision-saved.txt")
        .read_text(encoding="utf-8")
        .replace("Asialla on uudempia käsittelyjä", "Ärendet har nyare handläggningar")
        .replace("4. / 212 §", "Ärende 4. / 212 §")
        .replace("Helsingin kaupunginhallitus", "Nämnden för fostran och utbildning")
        .replace("Sulje", "Stäng"),
        encoding="utf-8",
    )
    [document] = read_path(swedish)
    assert document.meeting.body.name == "Kasvatus- ja koulutuslautakunta"


def test_plain_text_with_an_address_in_angle_brackets_is_still_plain_text(tmp_path: Path) -> None:
    """An e-mail address in angle brackets (``<p.virtanen@…>``) is no HTML tag: the text is refused for
    what it lacks, not parsed as a page and called cut or undecided."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Esimerkkikunnan tiedote\n\nLisätietoja antaa Pekka Virtanen <p.virtanen@example.fi>.\n",
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as raised:
        read_path(path, "ahjo-html")
    assert "not a page of Helsinki's decision site" in raised.value.message


def test_noting_motion_after_the_handling_is_the_proposal() -> None:
    """``… johtokunta merkitsee tiedoksi …`` after the handling (past-tense changes and a line of the
    disqualified in it) is the motion printed without a heading: the proposal, not the handling."""
    [document] = read_path(FIXTURES / "site-noting-motion-saved.txt")
    [item] = document.items
    assert item.proposal is not None
    assert item.proposal.startswith("Satamaliikelaitoksen johtokunta merkitsee tiedoksi")
    assert item.handling is not None and item.handling.startswith("Esittelijän muutos:")
    assert "merkitsee" not in item.handling


def test_body_line_with_its_short_name_in_brackets() -> None:
    """``Ruokapalveluliikelaitoksen johtokunta (Palmia)``: the short name after the body's name is no part
    of it; it is kept as the body's abbreviation."""
    [document] = read_path(FIXTURES / "site-body-short-name-saved.txt")
    assert document.meeting.body.name == "Ruokapalveluliikelaitoksen johtokunta"
    assert document.meeting.body.abbreviation == "Palmia"


def test_compact_site_page_with_only_the_title_over_the_decision() -> None:
    """The site's compact page: the decision's title, ``Päätös`` and the body's sentence on adjacent lines,
    no dnro, place or body line. It is detected as the site's text; the body is the one that decided, and
    the first heading after the decision opens the reasons."""
    path = FIXTURES / "site-compact-saved.txt"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert item.title.startswith("Oikaisuvaatimus rakennusvalvonnan tarkastajan")
    assert item.decision is not None and item.decision.endswith("käyttöönottokatselmuksesta 4.3.2026.")
    assert document.meeting.body.name == "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto"
    assert item.reasons is not None and item.reasons.startswith("Muutoksenhaun kohteena oleva päätös")


def test_untitled_site_page_of_a_council_holding_a_motion_resolved() -> None:
    """A page saved with only its two titles over ``Beslut`` is the site's also when the council's sentence
    holds a motion resolved (``Stadsfullmäktige betraktar motionen som slutbehandlad.``) rather than
    deciding in the past tense."""
    path = FIXTURES / "site-untitled-resolved-sv-saved.txt"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Ledamoten Kerttu Aaltolas motion om längre öppettider i Klippstrandens simhall"
    assert item.decision == "Stadsfullmäktige betraktar motionen som slutbehandlad."
    assert document.meeting.body.name == "Kaupunginvaltuusto"


def test_site_page_under_a_notice_of_disruption_with_a_bare_section() -> None:
    """The site's notice of a disruption (``… Pahoittelemme häiriötä.``) printed over a page that has no
    dnro line, only the item's bare § (``§ 118``), is left out: the page is the site's and its title,
    § and body are read."""
    path = FIXTURES / "site-bare-section-notice-saved.txt"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.agenda_number) == ("118", None)
    assert item.title == "Kokouksessa jätetyt aloitteet"
    assert document.meeting.body.name == "Kaupunginvaltuusto"
    assert item.decision is not None and item.decision.startswith("Valtuustoaloitteet")


def test_officer_decision_with_labelled_presenter_and_decider_blocks() -> None:
    """Some pages print the presenter's and the decider's blocks as labelled values (``Esittelijä`` /
    ``Nimi`` / the name / ``Titteli`` / the title): the labels are no part of the values, the presenter is
    the name with its title in lower case, and the page is still the office holder's decision."""
    path = FIXTURES / "site-officer-labelled-saved.txt"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Ilona Kivimäki", "hallintojohtaja")
    assert document.meeting.body.name == "Pormestari"
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert item.decision is not None and "Nimi" not in item.decision and "Titteli" not in item.decision


def test_site_page_with_an_earlier_handling_after_a_second_close_button() -> None:
    """The reasons end with a second ``Sulje``; the earlier handling under it (its mark, its label, its
    text) is the decision history: one earlier handling read from its mark, none from the dates in its
    text, and none of it in the reasons."""
    [document] = read_path(FIXTURES / "site-earlier-handling-saved.txt")
    [item] = document.items
    assert [(h.body, h.date, h.section) for h in item.history] == [
        ("Sosiaali- ja terveyslautakunta", date(2026, 4, 14), "92")
    ]
    assert [h.raw for h in item.history] == ["Sosiaali- ja terveyslautakunta 14.04.2026 § 92"]
    assert item.reasons is not None and item.reasons.endswith("vuosittain 1.1.2027 alkaen.")
    assert item.decision == "Kaupunginhallitus esitti kaupunginvaltuustolle seuraavaa:\n\n" + (
        "Kaupunginvaltuusto katsoo aloitteen loppuun käsitellyksi."
    )


def test_item_s_own_appeal_and_people_after_an_earlier_tabling_in_its_history() -> None:
    """The history's earlier handling (a tabling, with a presenter and contact block of its own) ends with
    its folding button; the item's own appeal ban, presenter and contact people follow it and are read,
    and the site's list of attachments (``Liitteet (pdf)``) gives no contact person; the site's note under
    it that some attachments are not published is no attachment."""
    [document] = read_path(FIXTURES / "site-earlier-tabling-then-own-tail-saved.txt")
    [item] = document.items
    assert [(h.date, h.section) for h in item.history] == [(date(2026, 5, 4), "371")]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Kaisa Kallio", "kansliapäällikkö")
    assert [(p.name, p.phone) for p in item.preparers] == [("Ville Vaara", "09 310 44444")]
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]
    assert [(a.number, a.public) for a in item.attachments] == [("1", False)]
    assert item.reasons is not None
    assert item.reasons.startswith("Ansiomerkki myönnetään tunnustuksena")
    assert "pöydälle" not in item.reasons


def test_agenda_of_the_older_export_with_the_items_bare_number() -> None:
    """The older export's agenda (``Esityslista``) prints the item's bare number (``7``) where minutes
    print its §: an agenda item with no § number, its place from the number."""
    path = FIXTURES / "agenda-export-saved.txt"
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Satamaliikelaitoksen johtokunta"
    assert (item.number, item.agenda_number) == (None, "7")
    assert item.title == "Johtokunnan jäsenten opintomatka Tallinnan satamaan"
    assert item.proposal is not None and item.proposal.startswith("Satamaliikelaitoksen johtokunta päättänee")


def test_reasons_under_the_presenters_heading_on_the_exports_agenda() -> None:
    """The export's agenda prints the presenter's reasons under ``Esittelijä`` and the presenter under a
    second ``Esittelijä``: a heading over a sentence opens the reasons, the one over an office the
    presenter."""
    [document] = read_path(FIXTURES / "agenda-export-saved.txt")
    [item] = document.items
    assert item.reasons is not None
    assert item.reasons.startswith("Johtokunta on vuonna 2025 päättänyt tutustua")
    assert item.reasons.endswith("450 euroa henkilöltä.")
    assert item.presenter is not None and item.presenter.name == "Ville Vertaus"


def test_swedish_site_notice_of_an_inactive_decider_is_neither_the_title_nor_the_body() -> None:
    """The Swedish site prints ``Denna beslutsfattare är inte längre aktiv`` under the § of an abolished
    body's statement (and its note on older decisions' headings right above the dnro): a notice, skipped like
    the Finnish and English ones, so the title and the body line keep their places."""
    [document] = read_path(FIXTURES / "site-statement-inactive-sv-saved.txt")
    assert document.meeting.body.name == "Sosiaali- ja terveyslautakunta"
    [item] = document.items
    assert item.number == "118"
    assert item.agenda_number == "4"
    assert item.title == (
        "Sosiaali- ja terveyslautakunnan lausunto kaupunginhallitukselle valtuutettu Aino Esimerkin"
        " aloitteesta perhekeskusten aukioloajoista"
    )
    assert item.decision is not None
    assert item.decision.startswith("Sosiaali- ja terveyslautakunta antoi seuraavan lausunnon")


def test_reasons_heading_inside_a_decision_that_runs_to_the_closing_sentence_stays_in_the_decision() -> None:
    """A decision on a rectification claim runs on with its own subheadings (``Perustelut``, ``Lopputulos``)
    up to the site's closing sentence and the folding button: the ``Perustelut`` there is the decision's,
    and the presenter's reasons start after the button."""
    [document] = read_path(FIXTURES / "site-decision-subheadings-saved.txt")
    [item] = document.items
    assert item.outcome is Outcome.APPROVED
    assert item.decision is not None
    assert item.decision.startswith("Kaupunkiympäristölautakunta päätti hylätä")
    assert item.decision.endswith("Kaupunki ei ole vastuussa aiheutuneesta vahingosta.")
    assert item.reasons is not None
    assert item.reasons.startswith("Oikaisuvaatimuksen käsittelyn edellytykset")


def test_section_named_in_swedish_on_the_swedish_site_is_named_by_its_finnish_decision() -> None:
    """The Swedish site prints a committee's section by a short Swedish name the table of names lacks
    (``Sektionen för byggnader och allmänna områden``) over a decision printed in Finnish: the body is
    named as the decision's subject names it, in Finnish, as the city's other bodies are."""
    [document] = read_path(FIXTURES / "site-section-sv-chrome-saved.txt")
    assert document.kind is DocumentKind.MINUTES
    section = "Kaupunkiympäristölautakunnan rakennusten ja yleisten alueiden jaosto"
    assert document.meeting.body.name == section
    [item] = document.items
    assert (item.number, item.agenda_number) == ("37", "5")
    assert item.reasons is not None and item.reasons.startswith("Hankinnan kohde")


def test_the_english_site_s_mayor_line_names_the_finnish_office(tmp_path: Path) -> None:
    """The English site prints the mayor's office as ``Helsinki Mayor``; the mayor's own decision
    (``Pormestari päätti antaa … lausunnon``) is read under the office's Finnish name."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Lausuntopyyntö, museolain uudistaminen, opetus- ja kulttuuriministeriö\n\n"
        "HEL 2026-000733\nMore recent handlings\n§ 21\n\n"
        "Lausunto opetus- ja kulttuuriministeriölle museolain uudistamisesta\n\nHelsinki Mayor\n\n"
        "Päätös\n\nPormestari päätti antaa opetus- ja kulttuuriministeriölle seuraavan lausunnon:\n\n"
        "Helsingin kaupunki pitää uudistusta tarpeellisena.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Pormestari"


def test_site_proposal_page_without_a_body_line_names_the_body_from_the_motion(tmp_path: Path) -> None:
    """A proposal's page that prints no body line between the proposal's title and ``Päätösehdotus``: still
    an agenda item, its body the motion's subject (``Liikuntalautakunta päättää …``)."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Uimahallien aukioloajat, kulttuurin ja vapaa-ajan toimiala\n\n"
        "HEL 2026-004410\nAsialla on uudempia käsittelyjä\nTämä on esitys\n\n"
        "Oikaisuvaatimus liikuntalautakunnan päätöksestä 3.3.2026 § 12, uimahallien aukioloajat\n\n"
        "Päätösehdotus\n\n"
        "Liikuntalautakunta päättää hylätä liitteenä olevan oikaisuvaatimuksen.\n\n"
        "Esittelijän perustelut\n\nOikaisuvaatimuksen kohde\n\n"
        "Lautakunta päätti aukioloajoista maaliskuussa.\n",
        encoding="utf-8",
    )
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Liikuntalautakunta"
    [item] = document.items
    assert item.title == (
        "Oikaisuvaatimus liikuntalautakunnan päätöksestä 3.3.2026 § 12, uimahallien aukioloajat"
    )
    assert (item.number, item.decision) == (None, None)
    assert item.proposal == "Liikuntalautakunta päättää hylätä liitteenä olevan oikaisuvaatimuksen."
    assert item.reasons is not None and item.reasons.startswith("Oikaisuvaatimuksen kohde")
