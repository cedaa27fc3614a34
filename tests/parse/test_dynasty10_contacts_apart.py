"""A contact under ``Lisätietoja`` is a preparer only when no ``Valmistelija`` part names someone else: a
contact of another name and office than the preparer's is no preparer."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.parse import read_path, reader_for
from paatosdata.parse.dynasty import DynastyReader


def _preparers(tmp_path: Path, *contacts: str) -> list[str | None]:
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Vaalilautakunta",
        "Pöytäkirja 02.03.2026/Pykälä 12",
        "Vaalilautakunnan kokouspäivät",
        "Vaalilautakunta 02.03.2026 § 12",
        "51/00.00.00/2026",
        "Vaalilautakunnan kokoukset pidetään vaalien aikataulun mukaisesti kaupungintalolla.",
        *contacts,
        "Esittelijä Puheenjohtaja",
        "Ehdotus Vaalilautakunta vahvistaa kokouspäivät.",
        "Päätös Ehdotus hyväksyttiin.",
    ]
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert isinstance(reader_for(path, path.read_bytes()), DynastyReader)
    [document] = read_path(path)
    return [p.name for p in document.items[0].preparers]


@pytest.mark.parametrize(
    ("preparer", "expected"),
    [
        ("Valmistelija arkistosihteeri", []),
        ("Valmistelija hallintosihteeri Hanna Harjoitus", ["Hanna Harjoitus"]),
        ("Valmistelija vaalilautakunnan sihteeri", ["Kalle Koe"]),
        ("Valmistelija Koe Kalle", ["Kalle Koe"]),
    ],
)
def test_a_contact_of_another_office_or_name_is_no_preparer(
    tmp_path: Path, preparer: str, expected: list[str]
) -> None:
    contact = "Lisätietoja vaalilautakunnan sihteeri Kalle Koe, puh. 040 765 4321"
    assert _preparers(tmp_path, preparer, contact) == expected


def test_with_no_preparer_s_part_the_contact_prepares(tmp_path: Path) -> None:
    assert _preparers(tmp_path, "Lisätietoja vaalilautakunnan sihteeri Kalle Koe, puh. 040 765 4321") == [
        "Kalle Koe"
    ]
