"""Every example: golden JSON (``PAATOSDATA_UPDATE_GOLDEN=1`` rewrites it), nothing lost, and the
feature each example was written to show."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from paatosdata.lexicon import match_heading_prefix, match_meeting_heading_prefix
from paatosdata.model import AppealKind, Document, DocumentKind, Outcome
from paatosdata.modeljson import document_from_json, document_to_json, to_dict
from paatosdata.parse import read_path
from paatosdata.parse.headers import clean_line, parse_item_header
from tests.conftest import EXAMPLES, REPO_ROOT

GOLDEN = REPO_ROOT / "tests" / "golden" / "parse"
NAMES = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".md", ".txt"))


def _read(name: str, monkeypatch: pytest.MonkeyPatch) -> Document:
    monkeypatch.chdir(REPO_ROOT)
    (document,) = read_path(Path("examples") / name)
    return document


def test_there_are_enough_examples() -> None:
    assert len(NAMES) >= 9
    assert sorted(p.name for p in GOLDEN.glob("*.json")) == sorted(f"{n}.json" for n in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = _read(name, monkeypatch)
    actual = to_dict(document)
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("PAATOSDATA_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert json.loads(golden.read_text(encoding="utf-8")) == json.loads(
        json.dumps(actual, ensure_ascii=False)
    )


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = _read(name, monkeypatch)
    again = document_from_json(document_to_json(document))
    assert again == document
    assert [i.spans for i in again.items] == [i.spans for i in document.items]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", NAMES)
def test_nothing_is_lost(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each non-blank source line is in some string of the model (item headers as their parts)."""
    document = _read(name, monkeypatch)
    corpus = "\n".join(_flat(s) for s in _strings(to_dict(document, spans=False)))
    numbers = {n for i in document.items for n in (i.number, i.agenda_number) if n}
    missing = []
    for raw in (EXAMPLES / name).read_text(encoding="utf-8").splitlines():
        line = _flat(clean_line(raw)).rstrip(":").strip()
        if not line or line in corpus:
            continue
        header = parse_item_header(line)
        if header is not None and (header.number in numbers or header.agenda_number in numbers):
            if all(p in corpus for p in (header.title, header.body, header.date_raw) if p):
                continue
        secret = re.fullmatch(r"(?:Salassa pidettävä|Sekretessbelagd) (?P<ground>.+)", line)
        if secret and any(
            i.confidentiality and i.confidentiality.ground == secret["ground"] for i in document.items
        ):
            continue
        body_date = re.fullmatch(r"(?P<body>.+) (?P<date>\d{1,2}\.\d{1,2}\.\d{4})", line)
        if body_date and body_date["body"] in corpus and body_date["date"] in corpus:
            continue
        prefix = match_heading_prefix(line) or match_meeting_heading_prefix(line)
        if prefix is not None and prefix.heading in corpus and _flat(prefix.rest) in corpus:
            continue
        missing.append(line)
    assert missing == []


def _item(document: Document, number: str) -> Any:
    return next(i for i in document.items if i.number == number)


def test_whole_minutes(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read("kaislaranta-sivistyslautakunta-2026-03-12.md", monkeypatch)
    assert doc.whole is True and doc.kind is DocumentKind.MINUTES
    meeting = doc.meeting
    assert (meeting.body.name, meeting.number, meeting.date) == (
        "Sivistyslautakunta",
        "3/2026",
        date(2026, 3, 12),
    )
    assert (meeting.start, meeting.end) == (time(16, 15), time(19, 16))
    assert meeting.place == "Kaupungintalo, lautakuntahuone 2, Rantakatu 4"
    assert meeting.municipality is not None and meeting.municipality.name == "Kaislaranta"
    roles = {p.person.name: (p.role, p.present) for p in meeting.participants}
    assert roles["Leena Haapasalo"] == ("puheenjohtaja", True)
    assert roles["Oskari Manninen"] == ("varajäsen", True)
    assert roles["Sari Peltonen"] == ("jäsen", False)
    assert roles["Marjut Kallio"] == ("esittelijä", True)
    assert roles["Henrik Salmi"] == ("pöytäkirjanpitäjä", True)
    vesterinen = next(p for p in meeting.participants if p.person.name == "Paula Vesterinen")
    assert (vesterinen.role, vesterinen.person.title) == ("edustaja", "kaupunginhallituksen edustaja")
    hirvonen = next(p for p in meeting.participants if p.person.name == "Jussi Hirvonen")
    assert hirvonen.note == "poistui klo 18.40, § 22"
    assert [(s.person.name, s.role) for s in doc.signatures] == [
        ("Leena Haapasalo", "puheenjohtaja"),
        ("Henrik Salmi", "pöytäkirjanpitäjä"),
        ("Minna Aaltonen", "pöytäkirjantarkastaja"),
        ("Elina Rautio", "pöytäkirjantarkastaja"),
    ]
    assert doc.checked is True and doc.published == date(2026, 3, 17)
    assert [i.number for i in doc.items] == ["18", "19", "20", "21", "22", "23"]
    assert doc.items[0].title == "Kokouksen laillisuus ja päätösvaltaisuus"
    assert doc.items[1].title == "Pöytäkirjan tarkastajien valinta"
    assert doc.items[1].outcome is Outcome.ELECTED


def test_cover_appeal_instructions_expand_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read("kaislaranta-sivistyslautakunta-2026-03-12.md", monkeypatch)
    ban, rectification = doc.appeal_instructions
    assert ban.kind is AppealKind.APPEAL_BAN and ban.applies_to == ["18", "19", "22"]
    assert ban.statute is not None and (ban.statute.abbreviation, ban.statute.section) == ("KuntaL", "136")
    assert rectification.kind is AppealKind.RECTIFICATION and rectification.applies_to == ["20", "21", "23"]
    assert rectification.period_days == 14
    assert rectification.authority is not None and rectification.authority.startswith("Kaislarannan sivistys")
    covered = sorted(n for a in doc.appeal_instructions for n in a.applies_to)
    assert covered == sorted(i.number for i in doc.items if i.number)


def test_vote_with_counts_and_voters(monkeypatch: pytest.MonkeyPatch) -> None:
    item = _item(_read("kaislaranta-kaupunginhallitus-2026-04-14-112.md", monkeypatch), "112")
    (vote,) = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (7, 4, 0, 0)
    assert (vote.yes_proposition, vote.no_proposition) == (
        "asian käsittelyä jatketaan",
        "asia palautetaan valmisteluun",
    )
    assert sum(v.choice == "yes" for v in vote.votes) == 7 and sum(v.choice == "no" for v in vote.votes) == 4
    (motion,) = item.motions
    assert (motion.proposer, motion.seconder, motion.kind) == ("Mikko Niskanen", "Katja Lindholm", "return")
    assert [d.person for d in item.dissents] == ["Mikko Niskanen"]
    assert (item.outcome, item.unanimous) == (Outcome.VOTED, False)
    (appeal,) = item.appeal
    assert appeal.kind is AppealKind.APPEAL_BAN and appeal.applies_to == ["112"]
    lines = (
        (EXAMPLES / "kaislaranta-kaupunginhallitus-2026-04-14-112.md")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    assert vote.span is not None and lines[vote.span.line - 1].startswith("JA = asian käsittelyä jatketaan")
    assert motion.span is not None and lines[motion.span.line - 1].startswith(
        "Kaupunginhallituksen jäsen Mikko"
    )
    assert item.dissents[0].span is not None
    assert lines[item.dissents[0].span.line - 1] == "Mikko Niskanen jätti eriävän mielipiteen."


def test_disqualification_with_ground(monkeypatch: pytest.MonkeyPatch) -> None:
    item = _item(_read("tuulijarvi-tekninen-lautakunta-2026-02-19-14.md", monkeypatch), "14")
    (disq,) = item.disqualifications
    assert (disq.person, disq.ground, disq.left_room) == ("Pekka Koivisto", "HL 28.1 § 4 k", True)
    assert disq.reference is not None
    assert (disq.reference.abbreviation, disq.reference.section, disq.reference.paragraph) == (
        "HL",
        "28",
        "4",
    )
    (motion,) = item.motions
    assert (motion.proposer, motion.seconder, motion.kind) == ("Heli Nurmi", None, "tabling")
    assert [a.supplementary for a in item.attachments] == [False, True]


def test_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read("skarvik-kommunstyrelsen-2026-05-04-67.md", monkeypatch)
    item = _item(doc, "67")
    assert doc.language == "sv" and item.language == "sv"
    assert doc.meeting.body.name == "Kommunstyrelsen" and doc.meeting.date == date(2026, 5, 4)
    assert doc.meeting.municipality is not None and doc.meeting.municipality.name == "Skärvik"
    assert item.preparers[0].title == "planläggningschef" and item.preparers[0].phone == "040 555 0361"
    assert item.presenter is not None and item.presenter.name == "Henrik Åberg"
    (vote,) = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (6, 3, 1, 1)
    assert item.motions[0].seconder == "Mats Holmberg"
    assert item.impact is not None and item.impact.made is False
    assert [r.kind for r in item.legal_basis] == ["statute", "regulation"]
    assert item.appeal[0].kind is AppealKind.APPEAL_BAN
    assert item.appeal[0].statute is not None and item.appeal[0].statute.abbreviation == "KomL"


def test_no_legal_basis_and_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    item = _item(_read("kaislaranta-vapaa-aikalautakunta-2026-01-22-4.txt", monkeypatch), "4")
    assert (item.number_raw, item.title) == ("4 §", "Vapaa-aikapalvelujen toimintakertomus 2025")
    assert item.legal_basis == [] and item.legal_basis_text is None and item.section("legal_basis") is None
    assert item.outcome is Outcome.NOTED
    assert item.impact is not None and item.impact.made is False
    assert item.impact.references[0].section == "301"


def test_no_impact_assessment(monkeypatch: pytest.MonkeyPatch) -> None:
    item = _item(_read("tuulijarvi-ymparistolautakunta-2026-06-10-52.md", monkeypatch), "52")
    assert item.impact is None and item.section("impact") is None
    (change,) = item.presence_changes
    assert (change.person, change.kind, change.time) == ("Kalle Heinonen", "arrived", time(17, 20))


def test_confidential_item(monkeypatch: pytest.MonkeyPatch) -> None:
    item = _item(_read("kaislaranta-perusturvalautakunta-2026-04-23-41.md", monkeypatch), "41")
    secret = item.confidentiality
    assert secret is not None and secret.ground == "JulkL 24 § 1 mom. 25 k"
    assert secret.reference is not None
    assert (secret.reference.number, secret.reference.section, secret.reference.subsection) == (
        621,
        "24",
        "1",
    )
    assert secret.reference.paragraph == "25"
    assert secret.public_title == "Toimeentulotuen takaisinperintä"
    (attachment,) = item.attachments
    assert (attachment.number, attachment.public, attachment.confidentiality_ground) == (
        "1",
        False,
        "JulkL 24 § 1 mom. 25 k",
    )
    assert item.appeal[0].kind is AppealKind.RECTIFICATION and item.appeal[0].period_days == 14
    lines = (
        (EXAMPLES / "kaislaranta-perusturvalautakunta-2026-04-23-41.md")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    assert attachment.span is not None
    assert lines[attachment.span.line - 1].startswith("1 Takaisinperinnän perustelut")
    assert secret.span is not None and lines[secret.span.line - 1].startswith("Salassa pidettävä")


def test_agenda_item(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read("kaislaranta-kaupunginhallitus-esityslista-2026-05-25-4.txt", monkeypatch)
    assert doc.kind is DocumentKind.AGENDA and doc.whole is False
    (item,) = doc.items
    assert (item.number, item.agenda_number, item.decision, item.outcome) == (None, "4", None, None)
    assert item.proposal is not None and item.proposal.startswith("Kaupunginhallitus ehdottaa")
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == (
        "kaupunginjohtaja",
        "Sanna Heikkilä",
    )
    assert item.case is not None and item.case.diary_number is not None
    assert (item.case.diary_number.raw, item.case.diary_number.task_class) == ("612/2026", "00.01.01")


def test_dynasty_headings_with_text(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read("tuulijarvi-kunnanhallitus-2026-06-15-156.txt", monkeypatch)
    (item,) = doc.items
    assert (item.number, item.number_raw, doc.meeting.body.name) == ("156", "§ 156", "Kunnanhallitus")
    assert item.presenter is not None and item.presenter.name == "Ilkka Harjunpää"
    assert item.decision == "Kunnanhallitus hyväksyi yksimielisesti päätösehdotuksen."
    assert item.legal_basis_text == "Tuulijärven kunnan hallintosääntö 17 §, Kuntalaki 410/2015 110 §"
    assert [r.section for r in item.legal_basis] == ["17", "110"]
    assert item.preparers[0].email == "etunimi.sukunimi@tuulijarvi.fi"
    assert item.appeal[0].kind is AppealKind.APPEAL_BAN
    assert item.distribution == ["Kunnanvaltuusto, talousjohtaja"]
