"""Dynasty 10 item pages saved as text: the attachments' links over the dnro and the marks that head the
title, an office printed in capitals over the proposal, and a proposal changed after a first decision."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import Outcome
from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_attachment_links_over_the_dnro_and_the_number_are_not_the_title(tmp_path: Path) -> None:
    """``2 Title`` / two unnumbered links / ``Asianumero …`` / ``Body date § n`` / ``§ n`` / title: the lines
    over the dnro are the attachments, the title is the line under the printed number."""
    path = saved_item(
        tmp_path,
        [
            "Ympäristö- ja rakennuslautakunta",
            "Pöytäkirja 14.04.2027/Pykälä 52",
            "",
            "2 Hulevesiohjelman toimenpidetaulukko",
            "Lausuntojen yhteenveto",
            "Vaikutusten arviointi",
            "",
            "Asianumero 812/10.03.01/2027",
            "",
            "Ympäristö- ja rakennuslautakunta 14.04.2027 § 52",
            "",
            "§ 52",
            "",
            "Hulevesiohjelman hyväksyminen",
            "",
            "Hulevesiohjelma on valmisteltu yhdessä vesihuoltolaitoksen kanssa vuosien 2026 ja 2027 aikana."
            " Ohjelmasta on pyydetty lausunnot naapurikunnilta.",
            "",
            "Päätösehdotus",
            "",
            "Lautakunta hyväksyy hulevesiohjelman.",
            "",
            "Päätös",
            "",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Hulevesiohjelman hyväksyminen"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "812/10.03.01/2027"
    assert [(a.number, a.title) for a in item.attachments] == [
        ("2", "Hulevesiohjelman toimenpidetaulukko"),
        (None, "Lausuntojen yhteenveto"),
        (None, "Vaikutusten arviointi"),
    ]
    assert item.reasons is not None and item.reasons.startswith("Hulevesiohjelma on valmisteltu")
    assert item.number == "52"


def test_a_title_over_the_dnro_and_a_handling_line_stays_the_title(tmp_path: Path) -> None:
    """A title over the dnro and the handling line with no number printed under them: the title is the
    title, not an attachment's link."""
    path = saved_item(
        tmp_path,
        [
            "Ympäristö- ja rakennuslautakunta",
            "Pöytäkirja 14.04.2027/Pykälä 52",
            "",
            "Hulevesiohjelman hyväksyminen",
            "",
            "812/10.03.01/2027",
            "",
            "Ympäristö- ja rakennuslautakunta 14.04.2027 § 52",
            "",
            "Hulevesiohjelma on valmisteltu yhdessä vesihuoltolaitoksen kanssa.",
            "",
            "Päätösehdotus",
            "",
            "Lautakunta hyväksyy hulevesiohjelman.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Hulevesiohjelman hyväksyminen"
    assert item.attachments == []
    assert item.reasons == "Hulevesiohjelma on valmisteltu yhdessä vesihuoltolaitoksen kanssa."


def _valiokunta_page(tmp_path: Path, lines: list[str]) -> Path:
    """A committee's item page of our own saved with a line a paragraph, ``lines`` after its title."""
    head = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Elinvoimavaliokunta",
        "Pöytäkirja 08.03.2027/Pykälä 11",
        "Kokousasian teksti",
        "Uimahallin aukioloajat",
        "ELVA 08.03.2027 § 11",
        "14/12.04.00/2027",
        "Uimahallin kävijämäärät ovat kasvaneet viikonloppuisin. Aamun vuoroja on toivottu lisää.",
    ]
    path = tmp_path / "item.txt"
    path.write_text("\n".join([*head, *lines]) + "\n", encoding="utf-8")
    return path


def test_an_office_in_capitals_over_the_proposal_presents_it(tmp_path: Path) -> None:
    """``VAPAA-AIKAPALVELUJEN PÄÄLLIKKÖ:`` on a line of its own over the proposal: the office presents,
    given in lower case, and the text under it is the proposal."""
    path = _valiokunta_page(
        tmp_path,
        [
            "VAPAA-AIKAPALVELUJEN PÄÄLLIKKÖ:",
            "Elinvoimavaliokunta päättää pidentää uimahallin aukioloa lauantaisin tunnilla.",
            "Päätös:",
            "Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Elinvoimavaliokunta päättää pidentää uimahallin aukioloa lauantaisin tunnilla."
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "vapaa-aikapalvelujen päällikkö")
    assert item.decision == "Hyväksyttiin."


def test_a_first_decision_then_the_changed_proposal_and_a_second_decision(tmp_path: Path) -> None:
    """``Päätös:`` recording who reported, ``MUUTETTU PÄÄTÖSESITYS:`` with its text, then ``Päätös:`` adopting
    it: the first decision's part and the changed proposal are the handling, the last part the decision;
    the original proposal stays the proposal."""
    path = _valiokunta_page(
        tmp_path,
        [
            "VAPAA-AIKAPALVELUJEN PÄÄLLIKKÖ:",
            "Elinvoimavaliokunta keskustelee uimahallin aukioloajoista.",
            "Päätös:",
            "Uimahallin esimies Aaro Malli kertoi kävijämääristä.",
            "MUUTETTU PÄÄTÖSESITYS:",
            "Elinvoimavaliokunta pidentää uimahallin aukioloa lauantaisin tunnilla.",
            "Päätös:",
            "Elinvoimavaliokunta hyväksyi muutetun päätösehdotuksen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Elinvoimavaliokunta keskustelee uimahallin aukioloajoista."
    assert item.decision == "Elinvoimavaliokunta hyväksyi muutetun päätösehdotuksen."
    assert item.handling is not None
    assert item.handling.startswith("Uimahallin esimies Aaro Malli kertoi kävijämääristä.")
    assert "pidentää uimahallin aukioloa lauantaisin" in item.handling
    assert item.outcome is Outcome.AMENDED


def test_a_decision_that_quotes_the_changed_proposal_stays_the_decision(tmp_path: Path) -> None:
    """``Päätös:`` / ``Hyväksyttiin muutettuna.`` / ``Muutettu päätösehdotus:`` / its text, and no decision
    after it: all of it is the decision."""
    path = _valiokunta_page(
        tmp_path,
        [
            "Päätösehdotus:",
            "Elinvoimavaliokunta keskustelee uimahallin aukioloajoista.",
            "Päätös:",
            "Hyväksyttiin muutettuna.",
            "Muutettu päätösehdotus:",
            "Elinvoimavaliokunta pidentää uimahallin aukioloa lauantaisin tunnilla.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == (
        "Hyväksyttiin muutettuna.\nMuutettu päätösehdotus:\n"
        "Elinvoimavaliokunta pidentää uimahallin aukioloa lauantaisin tunnilla."
    )
    assert item.handling is None
