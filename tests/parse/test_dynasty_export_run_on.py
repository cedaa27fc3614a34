"""Dynasty 5's ``kokous/<id>.TXT`` saved with the whole item on one line, over our own fictional items: the
dnro printed after the title and the office named in the proposal's heading."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import Document, Outcome
from paatosdata.parse import read_path, reader_for


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "20262711-4.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert reader_for(path, path.read_bytes()).name == "dynasty"
    [document] = read_path(path)
    return document


def test_a_run_on_item_with_its_dnro_after_the_title_and_an_office_s_proposal(tmp_path: Path) -> None:
    """``… Kalastusalueen hoitosuunnitelma 588/11.01.00/2025 YMPLTK § 42 …``: the dnro ends the title on the
    run-on line and is the item's diary number; ``Ympäristöjohtajan päätösehdotus:`` names the office that
    presents the proposal, which is read whole."""
    document = _read(
        tmp_path,
        "Ympäristölautakunta § 42 17.03.2026 Kalastusalueen hoitosuunnitelma 588/11.01.00/2025 YMPLTK § 42"
        " Kalastusalue on laatinut hoitosuunnitelman vuosille 2026–2030.Suunnitelmasta on pyydetty"
        " lausunto: -kuhakannan seuranta -rantojen kunnostus Ympäristöjohtajan päätösehdotus:"
        " Ympäristölautakunta antaa suunnitelmasta myönteisen lausunnon. Lausunto lähetetään"
        " kalastusalueelle. Päätös: Päätösehdotus hyväksyttiin.",
    )
    [item] = document.items
    assert (item.number, item.title) == ("42", "Kalastusalueen hoitosuunnitelma")
    assert item.case is not None and item.case.diary_number is not None
    diary = item.case.diary_number
    assert (diary.raw, diary.serial, diary.task_class, diary.year) == (
        "588/11.01.00/2025",
        "588",
        "11.01.00",
        2025,
    )
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "ympäristöjohtaja")
    assert item.reasons is not None and item.reasons.startswith("Kalastusalue on laatinut hoitosuunnitelman")
    assert item.reasons.endswith("-rantojen kunnostus")
    assert item.proposal == (
        "Ympäristölautakunta antaa suunnitelmasta myönteisen lausunnon. Lausunto lähetetään kalastusalueelle."
    )
    assert (item.decision, item.outcome) == ("Päätösehdotus hyväksyttiin.", Outcome.APPROVED)


def test_a_run_on_proposal_named_after_an_office_of_two_words(tmp_path: Path) -> None:
    """``Teknisen johtajan ehdotus:`` run into the text: the office of two words presents the proposal."""
    document = _read(
        tmp_path,
        "Tekninen lautakunta § 8 02.02.2026 Katuvalojen huoltosopimus 71/02.08.00/2026 TEKLTK § 8"
        " Nykyinen sopimus päättyy keväällä. Teknisen johtajan ehdotus: Tekninen lautakunta jatkaa"
        " sopimusta vuodella. Päätös: Hyväksyttiin.",
    )
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "tekninen johtaja")
    assert item.reasons == "Nykyinen sopimus päättyy keväällä."
    assert item.proposal == "Tekninen lautakunta jatkaa sopimusta vuodella."


def test_a_run_on_title_ending_in_a_number_and_a_year_keeps_them(tmp_path: Path) -> None:
    """A title ending ``1/2026`` has no task class: the title, not a dnro."""
    document = _read(
        tmp_path,
        "Kunnanhallitus § 15 20.04.2026 Osavuosikatsaus 1/2026 KHALL § 15 Katsaus on liitteenä."
        " Päätösehdotus: Merkitään tiedoksi. Päätös: Hyväksyttiin.",
    )
    [item] = document.items
    assert item.title == "Osavuosikatsaus 1/2026"
    assert item.case is None or item.case.diary_number is None
    assert item.proposal == "Merkitään tiedoksi."
