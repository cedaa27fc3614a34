"""What opens the presentation on Dynasty 10 pages saved as text: an official's dated line, an earlier
handling's own title over the official's line, a decision history's label printed beside its mark, and a
preparers' heading with no name under it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_an_official_s_dated_line_over_the_text_names_the_preparer(tmp_path: Path) -> None:
    """``Liikunta- ja kulttuurijohtaja Aino Esimerkki 14.2.2027:`` printed far to the right over the text:
    the preparer, the date kept with that part, and the presentation starts below it."""
    path = saved_item(
        tmp_path,
        [
            "Vapaa-aikalautakunta (1.6.2025 - 31.5.2029)",
            "Pöytäkirja 23.02.2027/Pykälä 9",
            "",
            "Asianro 61/02.05.01/2027",
            "",
            "§ 9",
            "",
            "Kesäleirien avustukset 2027",
            "",
            " ",
            "",
            "                                        Liikunta- ja kulttuurijohtaja Aino Esimerkki 14.2.2027:",
            "",
            " ",
            "",
            "Vuoden 2027 talousarviossa on kesäleirien avustuksiin varattu yhteensä 12 000 euroa, ja"
            " hakemuksia saapui yhdeksän.",
            "",
            "Päätösehdotus Vapaa-aikalautakunta jakaa avustukset liitteen mukaisesti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Aino Esimerkki", "liikunta- ja kulttuurijohtaja")
    ]
    [preparers] = [s for s in item.sections if s.kind == "preparers"]
    assert preparers.text == "Liikunta- ja kulttuurijohtaja Aino Esimerkki\n14.2.2027"
    assert item.reasons is not None
    assert item.reasons.startswith("Vuoden 2027 talousarviossa on kesäleirien avustuksiin varattu")
    assert item.proposal == "Vapaa-aikalautakunta jakaa avustukset liitteen mukaisesti."


def test_a_history_label_beside_its_mark_and_a_handling_title_over_the_official(tmp_path: Path) -> None:
    """``Päätöshistoria`` with the earlier handling's mark on the same line (spaces between), then that
    handling's own title and ``Palopäällikkö Ville Esimerkki:``: the mark is the history, the title heads
    the presentation, the official prepared it, and the presentation starts with its first sentence."""
    path = saved_item(
        tmp_path,
        [
            "Esimerkkilän aluepelastuslautakunta",
            "Pöytäkirja 18.03.2027/Pykälä 12",
            "",
            "§ 12",
            "",
            "Asianro 4410/00.01.02.01/2026",
            "",
            "Pelastuslaitoksen riskianalyysi 2027-2030",
            "",
            " ",
            "",
            "Päätöshistoria" + " " * 32 + "Esimerkkilän aluepelastuslautakunta 9.11.2026 § 61",
            "",
            " ",
            "",
            "Pelastuslaitoksen riskianalyysiluonnos 2027-2030",
            "",
            " ",
            "",
            "Palopäällikkö Ville Esimerkki:",
            "",
            "                                                                  ",
            "",
            "Pelastuslaitos arvioi alueensa onnettomuusriskit neljän vuoden välein, ja arvio ohjaa"
            " valvontakäyntien ja valmiuden mitoitusta.",
            "",
            " ",
            "",
            "Riskianalyysin luonnos on ollut kuntien kommentoitavana lokakuussa.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Esimerkkilän aluepelastuslautakunta", date(2026, 11, 9), "61")
    ]
    assert [(p.name, p.title) for p in item.preparers] == [("Ville Esimerkki", "palopäällikkö")]
    assert item.reasons is not None
    assert item.reasons.startswith("Pelastuslaitos arvioi alueensa onnettomuusriskit neljän vuoden välein")
    headings = [(s.kind, s.heading) for s in item.sections if s.kind in ("history", "reasons")]
    assert ("reasons", "Pelastuslaitoksen riskianalyysiluonnos 2027-2030") in headings
    assert ("history", "Päätöshistoria") in headings


def test_a_preparers_heading_with_no_name_over_prose_is_no_preparer(tmp_path: Path) -> None:
    """``Valmistelija`` alone, then prose and a short sentence, then ``Esittelijä …``: the heading stays as
    printed with nothing under it, and the prose is the presentation, not a preparer's contact."""
    path = saved_item(
        tmp_path,
        [
            "Kulttuurilautakunta",
            "Pöytäkirja 10.04.2027/Pykälä 17",
            "",
            "Vuoden kulttuuripalkinnon säännöt",
            "",
            " ",
            "",
            "KULTLK 12.10.2026 § 52 ",
            "",
            " ",
            "",
            "Valmistelija ",
            "",
            " ",
            "",
            "Kulttuurilautakunnalta on puuttunut kulttuuripalkinnon myöntämistä koskeva sääntö, joten"
            " sellainen on nyt valmisteltu.",
            "",
            " ",
            "",
            "Sääntöluonnos on liitteenä.",
            "",
            " ",
            "",
            "Esittelijä Sivistysjohtaja Esimerkki Erkki",
            "",
            " ",
            "",
            "Päätösehdotus Kulttuurilautakunta hyväksyy kulttuuripalkinnon säännöt.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.preparers == []
    assert item.reasons == (
        "Kulttuurilautakunnalta on puuttunut kulttuuripalkinnon myöntämistä koskeva sääntö, joten sellainen"
        " on nyt valmisteltu.\nSääntöluonnos on liitteenä."
    )
    assert ("preparers", "Valmistelija", "") in [(s.kind, s.heading, s.text) for s in item.sections]
    assert item.presenter is not None and item.presenter.name == "Erkki Esimerkki"
