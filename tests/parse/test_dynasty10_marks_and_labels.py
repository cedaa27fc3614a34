"""Dynasty 10 item pages saved as text: a handling line with the item's publicity after it, a part's
label printed as a table's cell, and an office with no name over the presentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_a_handling_line_with_the_publicity_after_it_is_no_title(tmp_path: Path) -> None:
    """The title over ``Kh 08.03.2027    Julkinen`` (the handling line with no number, the item's publicity
    after a run of spaces) and the dnro: the line above is the title, the marked line no title."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Esityslista 08.03.2027/Asianro 9",
            "",
            "",
            "Esimerkkilän kunnan kulttuuripalkinto 2027",
            "",
            "Kh 08.03.2027    Julkinen",
            "",
            "312/00.04.02/2027",
            "",
            "Valmistelija kulttuurisihteeri Aino Malli, p. 040 123 4567.",
            "",
            "Kunta jakaa vuosittain kulttuuripalkinnon ansioituneelle toimijalle. Ehdotuksia pyydettiin"
            " kuntalaisilta helmikuussa.",
            "",
            "Esittelijä kunnanjohtaja Ville Esimerkki",
            "",
            "Päätösehdotus Kunnanhallitus myöntää kulttuuripalkinnon liitteen mukaisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Esimerkkilän kunnan kulttuuripalkinto 2027"
    assert item.case is not None and item.case.diary_number.raw == "312/00.04.02/2027"
    assert item.history == []
    assert item.reasons is not None
    assert item.reasons.startswith("Kunta jakaa vuosittain kulttuuripalkinnon")


@pytest.mark.parametrize(
    ("publicity", "secret", "whole"),
    [
        ("Julkinen", False, True),
        ("Salassa pidettävä", True, True),
        ("Ei julkinen", True, True),
        ("Osittain julkinen", True, False),
    ],
)
def test_the_publicity_after_the_handling_line_keeps_a_secret_item_secret(
    tmp_path: Path, publicity: str, secret: bool, whole: bool
) -> None:
    """``Kh 08.03.2027    Salassa pidettävä`` marks the item secret (``Osittain julkinen``: a part of it),
    the mark as printed its ground and its line the span; ``Julkinen`` marks nothing."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Esityslista 08.03.2027/Asianro 9",
            "",
            "Esimerkkilän kunnan henkilöstöasia",
            "",
            f"Kh 08.03.2027    {publicity}",
            "",
            "313/01.01.01/2027",
            "",
            "Kunnanjohtaja on valmistellut asian. Asiakirjat ovat nähtävinä kokouksessa, ja asiasta"
            " kerrotaan suullisesti.",
            "",
            "Päätösehdotus Kunnanhallitus hyväksyy liitteen mukaisen ratkaisun.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Esimerkkilän kunnan henkilöstöasia"
    if not secret:
        assert item.confidentiality is None
        return
    assert item.confidentiality is not None
    assert (item.confidentiality.ground, item.confidentiality.whole_item) == (publicity, whole)
    marked = path.read_text("utf-8").splitlines().index(f"Kh 08.03.2027    {publicity}") + 1
    assert item.confidentiality.span is not None and item.confidentiality.span.line == marked


def test_the_proposals_label_in_a_cell_of_its_own_before_its_text(tmp_path: Path) -> None:
    """``Puheenjohtajan esitys | Ääntenlaskijat määrätään … |`` in text saved a line a paragraph: the label
    in a table's cell heads the proposal, and the cell after it is the proposal's text."""
    path = saved_item(
        tmp_path,
        [
            "Keskusvaalilautakunta",
            "Pöytäkirja 20.02.2027/Pykälä 12",
            "Edellinen asia | Seuraava asia | ![]() ![]() |",
            "Ääntenlaskijoiden määrääminen",
            "1450/01.01.03.12/2027",
            "KVLTK 20.02.2027 § 12",
            "Valmistelija Hallintosihteeri Ville Esimerkki, 040 555 6677, ville.esimerkki@esimerkkila.fi",
            "Keskusvaalilautakunta määrää ääntenlaskijat vaalipäivän laskentaan. Laskijoiden nimet",
            "toimitetaan kokoukseen.",
            "Puheenjohtajan esitys | Ääntenlaskijat vaalipäivän laskentaan määrätään oheismateriaalin"
            " mukaisesti. Puheenjohtaja saa tehdä tarvittavat muutokset. |",
            "Päätös Esitys hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal is not None
    assert item.proposal.startswith("Ääntenlaskijat vaalipäivän laskentaan määrätään oheismateriaalin")
    assert item.reasons is not None and "Ääntenlaskijat" not in item.reasons
    assert item.decision == "Esitys hyväksyttiin."


def test_an_office_alone_over_the_presentation_opens_no_text(tmp_path: Path) -> None:
    """``Sihteeri`` on a line of its own over the presentation (the office that prepared it, no name): the
    presentation starts on the line after it, and no person is read from the office."""
    path = saved_item(
        tmp_path,
        [
            "Keskusvaalilautakunta",
            "Pöytäkirja 19.04.2027/Pykälä 40",
            "Edellinen asia | Seuraava asia | ![]() ![]() |",
            "Kuntavaalit 2027 / äänten tarkastuslaskenta",
            "KVLTK 19.04.2027 § 40",
            "210/00.00.00.00/2027",
            "Sihteeri",
            "Keskusvaalilautakunnan on vaalipäivää seuraavana maanantaina ryhdyttävä tarkastamaan"
            " äänestyslippuja. Tarkastuksessa käydään läpi vaalilautakuntien pöytäkirjat.",
            "Ehdotus Keskusvaalilautakunta suorittaa tarkastuslaskennan äänestysalueittain.",
            "Päätös Ehdotus hyväksyttiin yksimielisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons is not None
    assert item.reasons.startswith("Keskusvaalilautakunnan on vaalipäivää seuraavana maanantaina")
    assert item.preparers == []
    assert item.presenter is None
    assert item.proposal == "Keskusvaalilautakunta suorittaa tarkastuslaskennan äänestysalueittain."
