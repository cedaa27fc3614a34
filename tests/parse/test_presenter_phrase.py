"""A presenter's part that holds a phrase, no person and no office alone (``Esittelijä  Asia käsitellään
puheenjohtajan selostuksen pohjalta``), names no presenter: the phrase is not read as a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.model import Item, Section
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.dynasty import DynastyReader


def _filled(text: str) -> Item:
    item = Item(number="7", title="Arvonnat")
    fill_item(item, [Section("presenter", "Esittelijä", text)])
    return item


@pytest.mark.parametrize(
    "phrase",
    [
        "Asia esitellään puheenjohtajan suullisen selvityksen pohjalta",
        "Vaalilautakunnan puheenjohtajan esityksestä",
    ],
)
def test_a_phrase_under_the_presenter_label_names_no_one(phrase: str) -> None:
    assert _filled(phrase).presenter is None


def test_an_office_and_a_named_person_are_read_as_before() -> None:
    office = _filled("Vaalilautakunnan puheenjohtaja").presenter
    named = _filled("Hallintojohtaja Erja Esimerkki").presenter
    assert office is not None and (office.name, office.title) == (None, "vaalilautakunnan puheenjohtaja")
    assert named is not None and (named.name, named.title) == ("Erja Esimerkki", "hallintojohtaja")


def test_a_dynasty_page_with_a_phrase_as_presenter(tmp_path: Path) -> None:
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Vaalilautakunta",
        "Pöytäkirja 02.03.2026/Pykälä 9",
        "Äänimäärien tasatilanteiden arvonnat",
        "Vaalilautakunta 02.03.2026 § 9",
        "44/00.00.00/2026",
        "Valmistelija Hallintosihteeri Hilla Harjoitus",
        "Tasatilanteessa ehdokkaiden järjestys ratkaistaan arvalla vaalilain mukaisesti.",
        "Esittelijä Asia esitellään puheenjohtajan suullisen selvityksen pohjalta",
        "Ehdotus Vaalilautakunta suorittaa tarvittavat arvonnat.",
        "Päätös Vaalilautakunta suoritti arvonnat.",
    ]
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert isinstance(reader_for(path, path.read_bytes()), DynastyReader)
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is None
    assert [p.name for p in item.preparers] == ["Hilla Harjoitus"]
    assert item.proposal == "Vaalilautakunta suorittaa tarvittavat arvonnat."
