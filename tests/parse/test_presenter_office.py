"""A presenter printed only by office (``Esittelijä: Sivistysjohtaja``) is the office's unnamed holder."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.model import Item, Section
from paatosdata.parse import read_path
from paatosdata.parse.assemble import fill_item
from paatosdata.people import office_holder, parse_people

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"


def _filled(*sections: Section) -> Item:
    item = Item(number="49", title="Kokouspäivät")
    fill_item(item, list(sections))
    return item


def test_an_office_alone_is_its_unnamed_holder_with_the_acting_mark_kept() -> None:
    item = _filled(Section("presenter", "Esittelijä", "Vs. Sivistysjohtaja"))
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        None,
        "sivistysjohtaja",
        True,
    )


def test_an_office_of_two_words_is_lower_cased_as_other_titles() -> None:
    item = _filled(Section("presenter", "Esittelijä", "Keskusvaalilautakunnan puheenjohtaja"))
    assert item.presenter is not None and item.presenter.name is None
    assert item.presenter.title == "keskusvaalilautakunnan puheenjohtaja"


def test_a_named_presenter_is_read_as_before() -> None:
    item = _filled(Section("presenter", "Esittelijä", "Kaupunginjohtaja Kalle Kaupunki"))
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Kalle Kaupunki", "kaupunginjohtaja")


def test_a_preparer_line_naming_only_an_office_stays_as_it_was() -> None:
    # only the presenter rule changed: the preparers' reading of an office line is the same as before
    item = _filled(Section("preparers", "Valmistelija", "Hallintojohtaja"))
    assert all(p.name is not None for p in item.preparers)
    assert all(p.name is not None for p in parse_people(["Hallintojohtaja", "Vs. Tekninen johtaja"]))


def test_office_holder_of_an_empty_office_has_no_title() -> None:
    assert office_holder("Vs.").title is None


def test_the_text_reader_reads_an_office_under_the_presenter_heading(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "### **Päätösehdotus**\n\nvs. työllisyysaluejohtaja Virpi Noronen\n\n",
        "### **Esittelijä**\n\nVs. työllisyysaluejohtaja\n\n### **Päätösehdotus**\n\n",
    )
    path = tmp_path / "office.md"
    path.write_text(text, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        None,
        "työllisyysaluejohtaja",
        True,
    )
    assert item.proposal == "Työllisyysaluelautakunta merkitsee asian tiedoksi."


def _dynasty_page(tmp_path: Path, *body: str) -> Path:
    lines = [
        "RSS-linkki",
        "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "Perusturvalautakunta",
        "Pöytäkirja 14.04.2026/Pykälä 31",
        "Toimeentulotuen soveltamisohje",
        "PETU 14.04.2026 § 31",
        "120/05.01.00/2026",
        "Valmistelija: Sosiaalityön päällikkö Saara Sosiaali, p. 040 700 4004",
        "Ohjetta on päivitetty lain muutosten vuoksi.",
        *body,
        "Päätös: Lautakunta hyväksyi ehdotuksen yksimielisesti.",
    ]
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_an_office_over_the_proposal_presents_it(tmp_path: Path) -> None:
    path = _dynasty_page(
        tmp_path, "Kunnanjohtaja:", "Lautakunta hyväksyy soveltamisohjeen liitteen mukaisesti."
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "kunnanjohtaja")
    assert item.proposal == "Lautakunta hyväksyy soveltamisohjeen liitteen mukaisesti."
    assert [p.name for p in item.preparers] == ["Saara Sosiaali"]


def test_an_office_before_the_proposal_text_presents_it(tmp_path: Path) -> None:
    path = _dynasty_page(tmp_path, "Ehdotus:", "Perusturvajohtaja: Lautakunta hyväksyy soveltamisohjeen.")
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "perusturvajohtaja")
    assert item.proposal == "Lautakunta hyväksyy soveltamisohjeen."


def test_a_named_presenter_is_not_replaced_by_an_office_over_the_proposal(tmp_path: Path) -> None:
    path = _dynasty_page(
        tmp_path,
        "Esittelijä: Perusturvajohtaja Pertti Perus",
        "Kunnanjohtaja:",
        "Lautakunta hyväksyy soveltamisohjeen liitteen mukaisesti.",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Pertti Perus", "perusturvajohtaja")


def test_the_office_whose_proposal_the_heading_names_presents_it(tmp_path: Path) -> None:
    path = _dynasty_page(tmp_path, "Teknisen johtajan ehdotus:", "Lautakunta hyväksyy soveltamisohjeen.")
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "tekninen johtaja")
    assert item.proposal == "Lautakunta hyväksyy soveltamisohjeen."


def test_the_body_s_or_the_presenter_s_proposal_names_no_office(tmp_path: Path) -> None:
    for heading in ("Esittelijän ehdotus:", "Lautakunnan ehdotus:"):
        path = _dynasty_page(tmp_path, heading, "Lautakunta hyväksyy soveltamisohjeen.")
        [document] = read_path(path)
        assert document.items[0].presenter is None, heading
        assert document.items[0].proposal == "Lautakunta hyväksyy soveltamisohjeen."


def test_an_acting_office_whose_proposal_the_heading_names_presents_it(tmp_path: Path) -> None:
    """``Vt. perusturvajohtajan päätösehdotus:`` heads the proposal as ``Perusturvajohtajan
    päätösehdotus:`` does; the acting holder presents it."""
    path = _dynasty_page(
        tmp_path, "Vt. perusturvajohtajan päätösehdotus:", "Lautakunta hyväksyy soveltamisohjeen."
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        None,
        "perusturvajohtaja",
        True,
    )
    assert item.proposal == "Lautakunta hyväksyy soveltamisohjeen."


@pytest.mark.parametrize("office", ["va. perusturvajohtaja", "Vs. Perusturvajohtaja"])
def test_an_acting_office_before_the_proposal_text_presents_it(tmp_path: Path, office: str) -> None:
    """``Ehdotus:`` / ``va. perusturvajohtaja: Lautakunta …``: the acting mark before the office (in lower
    case, or with the office in capitals) leaves the office the proposal's maker, not part of its text."""
    path = _dynasty_page(tmp_path, "Ehdotus:", f"{office}: Lautakunta hyväksyy soveltamisohjeen.")
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        None,
        "perusturvajohtaja",
        True,
    )
    assert item.proposal == "Lautakunta hyväksyy soveltamisohjeen."
