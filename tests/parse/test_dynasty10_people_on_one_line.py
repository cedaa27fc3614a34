"""Dynasty 10 item pages saved as text that name several preparers on one line: ``ja`` before a second
person whose office joins two fields, and bare names between commas before a shared address."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_a_second_preparer_whose_office_joins_two_fields_after_ja(tmp_path: Path) -> None:
    """``Valmistelija Talous- ja henkilöstöjohtaja: A B, puh. …, a.b@x.fi ja viestintä- ja
    markkinointisuunnittelija C D, c.d@x.fi``: the ``ja`` before the second office starts a second
    preparer, while the ``ja`` inside each office stays in it."""
    path = saved_item(
        tmp_path,
        [
            "Elinvoimavaliokunta",
            "Muistio 14.05.2027/Asianro 4",
            "",
            "Kesätorin järjestelyt",
            "",
            "Elinvoimavaliokunta 14.05.2027 § 4",
            "",
            "88/02.07.00/2027",
            "",
            "Valmistelija Talous- ja henkilöstöjohtaja: Ilkka Esimerkki, puh. 040 111 2233, "
            "ilkka.esimerkki@esimerkkila.fi ja viestintä- ja markkinointisuunnittelija Sanni Malli, "
            "sanni.malli@esimerkkila.fi",
            "",
            "Asian selostus Kesätori pidetään keskustan torilla kesä- ja heinäkuun lauantaisin. Tori on"
            " kunnan hallinnassa.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Ilkka Esimerkki", "talous- ja henkilöstöjohtaja"),
        ("Sanni Malli", "viestintä- ja markkinointisuunnittelija"),
    ]
    assert item.preparers[0].phone == "040 111 2233"
    assert item.preparers[1].email == "sanni.malli@esimerkkila.fi"
    assert item.reasons is not None
    assert item.reasons.startswith("Kesätori pidetään keskustan torilla")


def _contacts_page(tmp_path: Path, contacts: str) -> Path:
    """A minutes page of our own, its contacts on one line between the presentation and the presenter."""
    return saved_item(
        tmp_path,
        [
            "Kulttuurilautakunta",
            "Pöytäkirja 12.06.2027/Pykälä 31",
            "Kesäteatterin avustus 2027",
            "Kulttuurilautakunta 12.06.2027 § 31",
            "140/02.05.01.00/2027",
            "Lautakunta julisti kesäteatterin avustuksen haettavaksi. Määräaikaan mennessä saapui kaksi"
            " hakemusta.",
            contacts,
            "Esittelijä Kulttuurijohtaja Aino Malli",
            "Päätösehdotus Kulttuurilautakunta myöntää avustuksen liitteen mukaisesti.",
            "Päätös Ehdotus hyväksyttiin.",
        ],
    )


def test_bare_names_between_commas_before_a_shared_address_are_preparers_each(tmp_path: Path) -> None:
    """``Lisätiedot: Ville Esimerkki, Aino Malli, etunimi.sukunimi@x.fi``: two names with no office
    between commas, then the address all share: two preparers."""
    path = _contacts_page(
        tmp_path, "Lisätiedot: Ville Esimerkki, Aino Malli, etunimi.sukunimi@esimerkkila.fi"
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Ville Esimerkki", "Aino Malli"]
    assert item.presenter is not None and item.presenter.name == "Aino Malli"


def test_a_name_and_its_organisation_between_commas_stay_one_preparer(tmp_path: Path) -> None:
    """``Lisätiedot: Ville Esimerkki, Esimerkkilän Kunta, puh. …``: what follows the comma is no name
    with a known given name, so the line names one preparer."""
    path = _contacts_page(tmp_path, "Lisätiedot: Ville Esimerkki, Esimerkkilän Kunta, puh. 040 222 3344")
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Ville Esimerkki"]
    assert item.preparers[0].phone == "040 222 3344"
