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
    """The number printed bare (``37``) and no decision: the agenda's item."""
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


def _path_page(parts: list[str]) -> str:
    """The oldest export's page (its path, its heading) over ``parts``, paragraphs between blank lines."""
    head = [
        "Poistuminen | Toimielimet | Rakennuslautakunta | Pöytäkirja 08.09.2026",
        "Rakennuslautakunta\nKokous 08.09.2026 / Pykälä 64Rakennuslautakunta\n§ 64\n08.09.2026",
        "VENESATAMAN ASEMAKAAVAN MUUTOS",
        "RAKLTK § 64",
    ]
    return "\n\n".join([*head, *parts, "©"]) + "\n"


def test_attachment_labels_over_the_presentation_and_the_presenter_inside_the_proposal_heading(
    tmp_path: Path,
) -> None:
    """Attachments listed each on its label's line (``LIITE 4B: …``) over the presentation end at its first
    paragraph of prose; ``Esittelijän (vs. kaavoitusarkkitehti Esimerkki) päätösesitys:`` heads the proposal,
    the acting office and the surname inside it presenting, named in full as the preparer of that surname."""
    path = tmp_path / "KOKOUS-3310-5.txt"
    page = _path_page(
        [
            "LIITE 4: Kaavaluonnos, 01.09.2026",
            "LIITE 4B: 08.09.2026 korjattu kaavaluonnos",
            "Kaavamuutoksella laajennetaan venesatamaa ja siirretään polttoaineen jakelupiste aallonmurtajan"
            " suojaan. Luonnos on ollut nähtävillä elokuussa.",
            "Nähtävilläoloaikana saatiin kolme mielipidettä, joihin on laadittu vastineet liitteeseen.",
            "(Valmistelija vs. kaavoitusarkkitehti Oona Esimerkki, puh. 040 700 6006)",
            "Esittelijän (vs. kaavoitusarkkitehti Esimerkki) päätösesitys:",
            "Rakennuslautakunta asettaa kaavamuutoksen ehdotuksen nähtäville.",
            "Päätös: Ehdotus hyväksyttiin.",
        ]
    )
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [(a.number, a.title) for a in item.attachments] == [
        ("4", "Kaavaluonnos, 01.09.2026"),
        ("4B", "08.09.2026 korjattu kaavaluonnos"),
    ]
    assert item.reasons is not None and item.reasons.startswith("Kaavamuutoksella laajennetaan venesatamaa")
    assert item.reasons.endswith("vastineet liitteeseen.")
    assert item.proposal == "Rakennuslautakunta asettaa kaavamuutoksen ehdotuksen nähtäville."
    assert item.presenter is not None
    presenter = (item.presenter.name, item.presenter.title, item.presenter.acting)
    assert presenter == ("Oona Esimerkki", "kaavoitusarkkitehti", True)
    assert [p.name for p in item.preparers] == ["Oona Esimerkki"]


def test_a_note_of_the_expert_heard_at_the_meeting_does_not_open_the_presentation(tmp_path: Path) -> None:
    """``Asiantuntijana kokouksessa …`` under the preparer, over the presentation, records the meeting's
    handling; the presentation starts with the matter."""
    path = tmp_path / "KOKOUS-3310-6.txt"
    page = _path_page(
        [
            "Valmistelija: rakennustarkastaja Reijo Esimerkki",
            " Asiantuntijana kokouksessa satamapäällikkö Saara Satamalainen.",
            "Venesataman laajennus edellyttää asemakaavan muuttamista aallonmurtajan kohdalla.",
            "Päätösehdotus:",
            "Rakennuslautakunta merkitsee selvityksen tiedoksi.",
        ]
    )
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Venesataman laajennus edellyttää asemakaavan muuttamista aallonmurtajan kohdalla."
    assert item.handling == "Asiantuntijana kokouksessa satamapäällikkö Saara Satamalainen."
    assert [p.name for p in item.preparers] == ["Reijo Esimerkki"]


def test_a_dnro_printed_with_its_task_class_left_empty_is_the_item_s_diary_number(tmp_path: Path) -> None:
    """``611//2026`` under the title (the class between the slashes left out) is the item's dnro, its serial
    and year read, not the first line of the presentation."""
    path = tmp_path / "KOKOUS-3310-7.txt"
    head = [
        "Poistuminen | Toimielimet | Rakennuslautakunta | Pöytäkirja 08.09.2026",
        "Rakennuslautakunta\nKokous 08.09.2026 / Pykälä 65Rakennuslautakunta\n§ 65\n08.09.2026",
        "LAITURIPAIKKOJEN VUOKRAT 2027",
        "611//2026",
        "RAKLTK § 65",
    ]
    parts = [
        "Laituripaikkojen vuokria ei ole tarkistettu kolmeen vuoteen.",
        "Esittelijän päätösesitys:",
        "Rakennuslautakunta hyväksyy vuokrat liitteen mukaisesti.",
    ]
    path.write_text("\n\n".join([*head, *parts, "©"]) + "\n", encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.case is not None
    diary = item.case.diary_number
    assert diary is not None and (diary.raw, diary.serial, diary.year) == ("611//2026", "611", 2026)
    assert item.reasons == "Laituripaikkojen vuokria ei ole tarkistettu kolmeen vuoteen."
