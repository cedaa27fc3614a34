"""The seed item (Kuopio, Työllisyysaluelautakunta 07.05.2026 § 28) parses to exactly what it says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from paatosdata.model import Document, DocumentKind, Outcome
from paatosdata.parse import read_path
from tests.conftest import EXAMPLES, shared_path

SEED = "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"


@pytest.fixture(scope="module")
def seed() -> Document:
    (document,) = read_path(EXAMPLES / SEED)
    return document


def test_meeting(seed: Document) -> None:
    assert seed.kind is DocumentKind.MINUTES
    assert seed.whole is False
    assert seed.meeting.body.name == "Työllisyysaluelautakunta"
    assert seed.meeting.date == date(2026, 5, 7)
    assert seed.meeting.municipality is not None
    municipality = seed.meeting.municipality
    assert (municipality.name, municipality.slug, municipality.code) == ("Kuopio", "kuopio", "297")
    assert seed.language == "fi"
    assert len(seed.items) == 1


def test_number_title_and_case(seed: Document) -> None:
    item = seed.items[0]
    assert (item.number, item.number_raw) == ("28", "§ 28")
    assert item.title == "Yhteistyö- ja seurantakeskustelut"
    assert item.case is not None and item.case.diary_number is not None
    dnro = item.case.diary_number
    assert (dnro.raw, dnro.serial, dnro.task_class, dnro.year) == (
        "2804/00.01.01/2026",
        "2804",
        "00.01.01",
        2026,
    )


def test_people(seed: Document) -> None:
    item = seed.items[0]
    (preparer,) = item.preparers
    assert (preparer.name, preparer.title, preparer.phone) == (
        "Tiina Mäenpää",
        "työllisyysaluejohtaja",
        "044 718 7502",
    )
    assert preparer.email == "etunimi.sukunimi@kuopio.fi"
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Virpi Noronen",
        "työllisyysaluejohtaja",
        True,
    )


def test_proposal_decision_outcome(seed: Document) -> None:
    item = seed.items[0]
    assert item.proposal == "Työllisyysaluelautakunta merkitsee asian tiedoksi."
    assert item.decision == (
        "Merkitään, että jäsen Kari Virranta poistui kokouksesta asian käsittelyn aikana.\n\n"
        "Työllisyysaluelautakunta hyväksyi yksimielisesti esittelijän päätösehdotuksen."
    )
    assert item.outcome is Outcome.APPROVED
    assert item.unanimous is True
    (change,) = item.presence_changes
    assert (change.person, change.kind) == ("Kari Virranta", "left")


def test_reasons_legal_basis_impact(seed: Document) -> None:
    item = seed.items[0]
    assert item.reasons is not None
    assert item.reasons.startswith("Valtion ja kuntien välistä yhteistyötä toteutetaan")
    assert item.reasons.endswith("elinvoimakatuksen johto ja asiantuntijat.")
    assert item.reasons.count("\n\n") == 4
    assert item.legal_basis_text == "Kuopion kaupungin hallintosääntö 32 §"
    (ref,) = item.legal_basis
    assert (ref.kind, ref.name, ref.section) == ("regulation", "Kuopion kaupungin hallintosääntö", "32")
    impact = item.impact
    assert impact is not None and impact.made is False
    assert impact.reason == "kyseessä on tiedoksi merkittävä asia (kh 21.10.2025, § 293)"
    (decision_ref,) = impact.references
    assert (decision_ref.body_abbreviation, decision_ref.date, decision_ref.section) == (
        "kh",
        date(2025, 10, 21),
        "293",
    )


def test_empty_attachments_section_is_kept(seed: Document) -> None:
    item = seed.items[0]
    assert item.attachments == []
    section = item.section("attachments")
    assert section is not None and (section.heading, section.text) == ("Liitteet", "")
    assert [s.kind for s in item.sections] == [
        "preparers",
        "proposal",
        "decision",
        "reasons",
        "legal_basis",
        "impact",
        "attachments",
    ]


def test_spans_point_at_the_source(seed: Document) -> None:
    item = seed.items[0]
    lines = (EXAMPLES / SEED).read_text(encoding="utf-8").splitlines()
    for field, expected in {
        "title": "Yhteistyö- ja seurantakeskustelut",
        "number": "§ 28",
        "case": "2804/00.01.01/2026",
        "preparers": "Valmistelijat / lisätiedot:",
        "proposal": "Päätösehdotus",
        "decision": "Päätös",
        "reasons": "Selostus",
        "legal_basis": "Toimivallan peruste",
        "impact": "Vaikutusten arviointi",
        "attachments": "Liitteet",
    }.items():
        span = item.spans[field]
        assert expected in lines[span.line - 1], field
        assert span.file.endswith(SEED)
    change_span = item.presence_changes[0].span
    assert change_span is not None and "Kari Virranta poistui" in lines[change_span.line - 1]
    assert lines[item.spans["presenter"].line - 1] == "vs. työllisyysaluejohtaja Virpi Noronen"
    assert item.presenter is not None and item.presenter.span == item.spans["presenter"]
    preparer_span = item.preparers[0].span
    assert preparer_span is not None and lines[preparer_span.line - 1].startswith(
        "työllisyysaluejohtaja Tiina"
    )
    legal_span = item.legal_basis[0].span
    assert legal_span is not None and lines[legal_span.line - 1] == "Kuopion kaupungin hallintosääntö 32 §"


def test_the_shared_seed_is_the_example() -> None:
    original = shared_path("seed", SEED)
    assert original.read_bytes() == (EXAMPLES / SEED).read_bytes()
    assert read_path(Path(original)) == read_path(EXAMPLES / SEED)
