"""Dynasty 10 item pages saved as text that print the earlier handlings after the item's own parts, under
their own label (``Aikaisemmat käsittelyt``), and a preparers' label broken over two lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from paatosdata.lexicon import classify_heading
from paatosdata.model import Outcome
from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Aikaisemmat käsittelyt", "history"),
        ("Aiemmat käsittelyt", "history"),
        ("Lisätiedon antaja", "preparers"),
        ("Valmistelija / lisätiedon antaja", "preparers"),
    ],
)
def test_the_plural_history_label_and_the_singular_contact_label(heading: str, kind: str) -> None:
    """The earlier handlings' label in the plural, and the giver of further information in the singular
    (alone or after ``Valmistelija /``), are headings of their kinds."""
    assert classify_heading(heading) == kind


#: the item's own parts, in the order this layout prints them: decision, presenter, proposal, preparer
_OWN = [
    "Ympäristölautakunta",
    "Pöytäkirja 14.10.2026/Pykälä 31",
    "",
    "Tuulimäen uimarannan valvonta kesällä 2027",
    "",
    "412/10.03.02/2026",
    "",
    "Ympäristölautakunta 14.10.2026",
    "",
    "Päätös",
    "",
    "Ympäristölautakunta päätti merkitä tiedokseen kunnanhallituksen päätöksen 21.09.2026 (§ 140)"
    " uimarannan valvonnasta.",
    "",
    "Esittelijä",
    "",
    "ympäristöpäällikkö Aino Mallikas",
    "",
    "Päätösehdotus",
    "",
    "Ympäristölautakunta päättää merkitä tiedokseen kunnanhallituksen päätöksen 21.09.2026 (§ 140)"
    " uimarannan valvonnasta.",
    "",
    "Valmistelija /",
    "",
    "lisätiedon antaja",
    "",
    "ympäristöpäällikkö Aino Mallikas, puh. 040 765 4321",
    "",
    "etunimi.sukunimi(at)esimerkkila.fi",
    "",
    "Muutoksenhaku",
    "",
    "Muutoksenhakukielto",
    "",
]


def _earlier(mark: str) -> list[str]:
    """The board's earlier handling under the label: an empty dnro field, its mark, its own parts."""
    return [
        "Aikaisemmat käsittelyt",
        "",
        "Dnro",
        "",
        mark,
        "",
        "Päätös",
        "",
        "Kunnanhallitus päätti valita uimarannan valvojiksi seuraavat henkilöt:",
        "Ville Vartija",
        "Kaisa Kahlaaja",
        "",
        "Esittelijä",
        "",
        "kunnanjohtaja Eero Esimerkki, puh. 040 111 2222",
        "",
        "Päätösehdotus",
        "",
        "Kunnanhallitus päättää valita uimarannan valvojat.",
    ]


def test_the_earlier_handlings_label_ends_the_items_own_parts(tmp_path: Path) -> None:
    """The board's decision and proposal under ``Aikaisemmat käsittelyt`` are its own, not the item's: the
    item's decision notes the board's, and the board's mark printed without a § is history with none."""
    [document] = read_path(saved_item(tmp_path, [*_OWN, *_earlier("Kunnanhallitus 21.09.2026")]))
    [item] = document.items
    assert item.decision == (
        "Ympäristölautakunta päätti merkitä tiedokseen kunnanhallituksen päätöksen 21.09.2026 (§ 140)"
        " uimarannan valvonnasta."
    )
    assert item.proposal is not None and item.proposal.startswith("Ympäristölautakunta päättää merkitä")
    assert "valvojat" not in item.proposal
    assert item.outcome is Outcome.NOTED
    assert item.presenter is not None and item.presenter.name == "Aino Mallikas"
    [ref] = item.history
    assert (ref.body, ref.date, ref.section) == ("Kunnanhallitus", date(2026, 9, 21), None)
    board = [section for section in item.sections if section.heading == "Kunnanhallitus 21.09.2026"]
    assert [section.kind for section in board] == ["history"]
    assert "Ville Vartija" in board[0].text


def test_a_numbered_mark_under_the_label_keeps_its_number(tmp_path: Path) -> None:
    """``Khall 21.09.2026 § 140`` under the label: an earlier decision with its §, the item's parts as
    before."""
    [document] = read_path(saved_item(tmp_path, [*_OWN, *_earlier("Khall 21.09.2026 § 140")]))
    [item] = document.items
    [ref] = item.history
    assert (ref.body, ref.date, ref.section) == ("Khall", date(2026, 9, 21), "140")
    assert item.decision is not None and "Ville Vartija" not in item.decision
    assert item.outcome is Outcome.NOTED


def test_a_preparers_label_broken_after_its_slash_is_one_label(tmp_path: Path) -> None:
    """``Valmistelija /`` over ``lisätiedon antaja``: one label, the preparer with the phone under it."""
    [document] = read_path(saved_item(tmp_path, [*_OWN, *_earlier("Kunnanhallitus 21.09.2026")]))
    [item] = document.items
    [preparer] = item.preparers
    assert (preparer.name, preparer.phone) == ("Aino Mallikas", "040 765 4321")
    assert item.reasons is None


def test_the_label_with_none_of_the_items_parts_above_it_ends_nothing(tmp_path: Path) -> None:
    """A history label over the text (the earlier handling printed first, the item's parts after it) is
    no end of the item's parts: the decision printed below it is the item's."""
    lines = [
        "Ympäristölautakunta",
        "Pöytäkirja 14.10.2026/Pykälä 32",
        "",
        "Tuulimäen uimarannan laiturin korjaus",
        "",
        "Aikaisemmat käsittelyt",
        "",
        "Kunnanhallitus 21.09.2026 § 141",
        "",
        "Kunnanhallitus päätti siirtää asian ympäristölautakunnan ratkaistavaksi.",
        "",
        "Ympäristölautakunta 14.10.2026 § 32",
        "",
        "Laituri on vaurioitunut jäiden liikkeissä. Korjaus maksaa arviolta 4 000 euroa.",
        "",
        "Päätösehdotus",
        "",
        "Ympäristölautakunta päättää korjauttaa laiturin.",
        "",
        "Päätös",
        "",
        "Hyväksyttiin.",
    ]
    [document] = read_path(saved_item(tmp_path, lines))
    [item] = document.items
    assert item.decision == "Hyväksyttiin."
    assert item.proposal == "Ympäristölautakunta päättää korjauttaa laiturin."
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2026, 9, 21), "141")]
