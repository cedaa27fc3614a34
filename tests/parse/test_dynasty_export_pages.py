"""Older Dynasty HTM exports saved as text, over our own fictional pages: what the page says of its kind
and of its municipality when its head names neither."""

from __future__ import annotations

from pathlib import Path

from paatosdata.lexicon import classify_heading
from paatosdata.model import DocumentKind
from paatosdata.parse import read_path


def _page(number_line: str) -> str:
    """A page cut in its presentation, with the attachments listed over its one handling's row."""
    return (
        "\n\n".join(
            [
                "Edellinen asia | Seuraava asia Muutoksenhakuohje Kokousasia PDF-muodossa",
                "Liitteet\n  Kerhotoiminnan vuosisuunnitelma",
                "Kasvatuslautakunta",
                number_line,
                "11.06.2026",
                " ",
                "Iltapäiväkerhojen maksut syksyllä 2026",
                " ",
                "KASVLTK § 37",
                "Sysmän kunnan kasvatuslautakunnan johtosäännön mukaan lautakunta päättää kerhojen"
                " maksuista.",
                " ",
                "Kerhot toimivat yhteistyössä Heinolan kaupungin kanssa, ja maksuja on verrattu Heinolan"
                " kaupungin maksuihin. Maksu on pysynyt samana kolme vuotta",
            ]
        )
        + "\n"
    )


def test_an_htm_export_whose_number_carries_the_section_sign_is_minutes(tmp_path: Path) -> None:
    """The row's number printed ``§ 37`` is a pykälä, which only the minutes give: a page cut before its
    decision is still the minutes' item, numbered 37. The municipality is the one whose body the text names
    (``Sysmän kunnan kasvatuslautakunnan``), not the neighbour it merely mentions."""
    path = tmp_path / "2026455-4.txt"
    path.write_text(_page("§ 37"), encoding="utf-8")
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    [item] = document.items
    assert (item.number, item.agenda_number) == ("37", None)
    assert item.title == "Iltapäiväkerhojen maksut syksyllä 2026"
    assert [a.title for a in item.attachments] == ["Kerhotoiminnan vuosisuunnitelma"]
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Sysmä", "781")


def test_an_htm_export_whose_bare_number_has_no_decision_is_an_agenda(tmp_path: Path) -> None:
    """The number printed bare (``37``) and no decision: the agenda's item, as before."""
    path = tmp_path / "2026455-4.txt"
    path.write_text(_page("37"), encoding="utf-8")
    [document] = read_path(path)
    assert document.kind is DocumentKind.AGENDA
    [item] = document.items
    assert (item.number, item.agenda_number) == (None, "37")


def test_a_municipality_named_only_beside_another_body_names_none(tmp_path: Path) -> None:
    """``Heinolan kaupungin`` before a word that is not the meeting's body (``kanssa``, ``maksuihin``) says
    whose the neighbour is, not whose the minutes are."""
    path = tmp_path / "2026455-4.txt"
    page = _page("§ 37").replace("Sysmän kunnan kasvatuslautakunnan", "Lautakunnan")
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    assert document.meeting.municipality is None


def test_the_presenter_s_proposal_heading_in_the_older_wording_is_a_proposal() -> None:
    """``Esittelijän päätösesitys`` heads the presenter's proposal as ``Esittelijän päätösehdotus`` does."""
    assert classify_heading("Esittelijän päätösesitys:") == "proposal"
