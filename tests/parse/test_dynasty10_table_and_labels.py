"""Dynasty 10 item pages saved as text: an attachment table above the title, one label for preparer and
presenter, and the presenter's line under the proposal's heading with the unit's initials in it."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def _written(tmp_path: Path, lines: list[str]) -> Path:
    """An item page of our own saved with a line a paragraph."""
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_attachment_table_above_the_title_is_the_attachments(tmp_path: Path) -> None:
    """The chrome's attachment list saved as a table over the title (``| Otsikko`` / ``|---`` / rows of
    ``Oheismateriaali 1Title (pdf …)``): the column heading is no title, the rows are numbered
    supplementary attachments, and the presentation starts under the contacts."""
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Ympäristövaliokunta",
        "Esityslista 12.03.2027/Asianro 4",
        "| Otsikko |",
        "|---|",
        "| Oheismateriaali 1Puistojen hoito-ohjelma 2027 (pdf 211.04 kb) |",
        "| Oheismateriaali 2Katujen kunnostuslista (pdf 98.5 kb) |",
        "Ympäristötoimen käyttösuunnitelma vuodelle 2027",
        "YMVK 12.03.2027",
        "41/02.02.02/2027",
        "Lisätiedot:",
        "ympäristötoimen johtaja Ilona Esimerkki, puh. 040 222 3333",
        "Talousarvion seuranta",
        "Ympäristötoimen talousarvio hyväksyttiin valiokunnan kokouksessa syksyllä ilman muutoksia, ja sen"
        " toteutumista seurataan neljännesvuosittain.",
        "Päätösehdotus",
        "Ympäristövaliokunta hyväksyy käyttösuunnitelman vuodelle 2027.",
    ]
    [document] = read_path(_written(tmp_path, lines))
    [item] = document.items
    assert item.title == "Ympäristötoimen käyttösuunnitelma vuodelle 2027"
    assert [(a.number, a.title, a.supplementary) for a in item.attachments] == [
        ("1", "Puistojen hoito-ohjelma 2027 (pdf 211.04 kb)", True),
        ("2", "Katujen kunnostuslista (pdf 98.5 kb)", True),
    ]
    assert item.reasons is not None
    assert item.reasons.startswith("Talousarvion seuranta\nYmpäristötoimen talousarvio hyväksyttiin")
    assert "Otsikko" not in item.reasons and "Oheismateriaali" not in item.reasons
    assert item.proposal == "Ympäristövaliokunta hyväksyy käyttösuunnitelman vuodelle 2027."


def test_one_label_for_preparer_and_presenter_names_the_presenter_too(tmp_path: Path) -> None:
    """``Valmistelija ja esittelijä: sivistysjohtaja A B, puh. …``: the one person named prepared the item
    and presents it; the label's words are no part of the preparer's title."""
    path = saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 09.12.2027/Pykälä 88",
            "",
            "Koulujen työ- ja loma-ajat lukuvuonna 2028–2029",
            "",
            "512/12.00.01.02/2027",
            "",
            "Sivistyslautakunta 09.12.2027 § 88",
            "",
            "Perusopetuslain mukaan lukuvuodessa on 190 työpäivää, ja lautakunta päättää niiden"
            " sijoittumisesta lukuvuoden aikana.",
            "",
            "Valmistelija ja esittelijä: sivistysjohtaja Outi Esimerkki, puh. 040 555 6666,"
            " outi.esimerkki@esimerkkila.fi",
            "",
            "Päätösehdotus",
            "",
            "Sivistyslautakunta hyväksyy lukuvuoden 2028–2029 työ- ja loma-ajat.",
            "",
            "Päätös",
            "",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Outi Esimerkki", "sivistysjohtaja", "040 555 6666")
    ]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Outi Esimerkki", "sivistysjohtaja")


def test_the_presenter_with_the_units_initials_over_the_proposal(tmp_path: Path) -> None:
    """``Päätösehdotus`` over ``apulaiskaupunginjohtaja TEP Erkki Esimerkki`` (the unit's initials between
    office and name) over the proposal's text: that official presents, and the line is no part of the
    proposal."""
    path = saved_item(
        tmp_path,
        [
            "Kaupunkiympäristölautakunta",
            "Esityslista 16.06.2027/Asianro 9",
            "",
            "Puistovalaistuksen huoltourakka 2028–2030",
            "",
            "733/02.08.00/2027",
            "",
            "Kaupunkiympäristölautakunta 16.06.2027",
            "",
            "Puistovalaistuksen huolto kilpailutettiin avoimella menettelyllä, ja tarjouksia saatiin"
            " määräaikaan mennessä kolme.",
            "",
            "Päätösehdotus",
            "",
            "apulaiskaupunginjohtaja TEP Erkki Esimerkki",
            "",
            "Kaupunkiympäristölautakunta päättää valita urakoitsijaksi Valokatu Oy:n.",
            "",
            "Päätös",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Erkki Esimerkki", "apulaiskaupunginjohtaja")
    assert item.proposal == "Kaupunkiympäristölautakunta päättää valita urakoitsijaksi Valokatu Oy:n."
