"""A Dynasty 10 item page whose header runs the diary number into its § (``Pykälä 871402/02.05.00/2026``)."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_a_diary_number_run_into_the_headers_number_is_split_at_the_items_own_section(tmp_path: Path) -> None:
    """The header glues the § and the diary number; the item's own lines print the § (``§ 87``): the number
    is that §, the rest is the diary number, and the item's own handling line is no earlier handling."""
    path = saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 14.09.2026/Pykälä 871402/02.05.00/2026",
            "",
            "Tekninen lautakunta 14.09.2026 § 87",
            "",
            "§ 87",
            "",
            "Katuvalaistuksen saneeraus Rantakylän alueella",
            "",
            "Valmistelijat / lisätiedot:",
            "Koskimaa Heikki",
            "",
            "Päätösehdotus Kuntatekniikan johtaja Lahdenperä Outi",
            "",
            "Tekninen lautakunta hyväksyy katuvalaistuksen saneerauksen hankesuunnitelman.",
            "",
            "Päätös",
            "",
            "Ehdotus hyväksyttiin yksimielisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.number, item.title) == ("87", "Katuvalaistuksen saneeraus Rantakylän alueella")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "1402/02.05.00/2026"
    assert item.history == []


def test_a_diary_number_in_the_headers_place_of_a_number_stays_a_diary_number(tmp_path: Path) -> None:
    """A header that prints only a diary number where the number goes (``Asianro 215/10.03.00/2026``) and no
    § on the item's lines: the whole is the diary number."""
    path = saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Esityslista 14.09.2026/Asianro 215/10.03.00/2026",
            "",
            "Katuvalaistuksen saneeraus Rantakylän alueella",
            "",
            "Päätösehdotus Kuntatekniikan johtaja Lahdenperä Outi",
            "",
            "Tekninen lautakunta hyväksyy katuvalaistuksen saneerauksen hankesuunnitelman.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "215/10.03.00/2026"
