"""A Dynasty 10 item page whose text opens with the municipality's letterhead in capitals and a rule under
it (``ESIMERKKILÄN KUNTA`` / ``_____``) above the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item

_RULE = "_" * 60


def test_a_letterhead_in_capitals_over_a_rule_is_no_title(tmp_path: Path) -> None:
    """Every line a paragraph of its own: the letterhead and its rule stand over the title, the undated
    handling line (``Khall § 212``) and the dnro follow it; the title is the line under the rule and the
    presentation starts after the dnro."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 06.09.2027/Pykälä 212",
            "Edellinen asia | Seuraava asia | Muutoksenhakuohje Kokousasia PDF-muodossa |",
            "ESIMERKKILÄN KUNTA",
            _RULE,
            "Kirjaston aukioloajat talvikaudella 2027-2028",
            "Khall § 212",
            "418/12.01.00/2027",
            "Kirjaston aukioloajat on tarkistettu lainausmäärien perusteella:",
            "- pääkirjasto avataan arkisin kello yhdeksän;",
            "- sivukirjastot pidetään auki kahtena iltana viikossa.",
            "Muutokset tulevat voimaan lokakuun alussa.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Kirjaston aukioloajat talvikaudella 2027-2028"
    assert item.number == "212"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "418/12.01.00/2027"
    assert item.reasons is not None
    assert item.reasons.startswith("Kirjaston aukioloajat on tarkistettu lainausmäärien perusteella:\n")
    assert item.history == []
    assert item.attachments == []


@pytest.mark.parametrize(
    "letterhead", ["ESIMERKKILÄN KAUPUNKI", "MALLI-KYLÄN KUNTA", "ESIMERKIN HYVINVOINTIALUE"]
)
def test_a_letterhead_with_its_rule_in_one_paragraph_is_no_title(tmp_path: Path, letterhead: str) -> None:
    """Saved with blank lines between paragraphs, the rule in the letterhead's paragraph: the same, and
    neither line is an attachment's link."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 06.09.2027/Pykälä 212",
            "",
            letterhead,
            _RULE,
            "",
            "Kirjaston aukioloajat talvikaudella 2027-2028",
            "",
            "418/12.01.00/2027",
            "",
            "Kirjaston aukioloajat on tarkistettu lainausmäärien perusteella.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Kirjaston aukioloajat talvikaudella 2027-2028"
    assert item.reasons == "Kirjaston aukioloajat on tarkistettu lainausmäärien perusteella."
    assert item.attachments == []


def test_a_title_in_capitals_stays_the_title(tmp_path: Path) -> None:
    """A title printed in capitals (``KIRJASTON AUKIOLOAJAT``) over a rule is the title: only a line that
    is the organisation's name alone (a genitive and ``KUNTA`` or ``KAUPUNKI``) is a letterhead."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Pöytäkirja 06.09.2027/Pykälä 212",
            "",
            "KIRJASTON AUKIOLOAJAT",
            "",
            _RULE,
            "",
            "418/12.01.00/2027",
            "",
            "Kirjaston aukioloajat on tarkistettu lainausmäärien perusteella.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "KIRJASTON AUKIOLOAJAT"
