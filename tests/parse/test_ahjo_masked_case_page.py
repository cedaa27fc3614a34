"""A case page of Helsinki's decision site saved as text with no handling listed, no place line and no
closing sentence: the case's title, the decision's title, ``Päätös``, and an official's decision in the
perfect tense. The site's mask over the personal data it does not publish (a line of ten asterisks)
tells it from other minutes."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path, reader_for

_PAGE = """Meluilmoitus, Kalliopolku 4, Rantakylä, Rakennus Esimerkki Oy
Päätös Rakennus Esimerkki Oy:n ilmoituksesta tilapäisestä melusta osoitteessa Kalliopolku 4
Päätös
Ympäristövalvontayksikön päällikkö on hyväksynyt Rakennus Esimerkki Oy:n ilmoituksen esitetyn mukaisesti.
Ilmoitus
Ilmoituksen tekijä
Rakennus Esimerkki Oy
Mallikatu 3
00990 Helsinki
{mask}
Toiminnan kuvaus
Työmaalla louhitaan kalliota arkipäivisin kello 8–18 viiden viikon ajan.
"""


def _saved(tmp_path: Path, mask: str) -> Path:
    path = tmp_path / "meluilmoitus.txt"
    path.write_text(_PAGE.format(mask=mask), encoding="utf-8")
    return path


def test_the_sites_mask_tells_its_case_page(tmp_path: Path) -> None:
    path = _saved(tmp_path, "**********")
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert document.meeting.municipality.name == "Helsinki"
    [item] = document.items
    assert item.number is None
    assert item.title == (
        "Päätös Rakennus Esimerkki Oy:n ilmoituksesta tilapäisestä melusta osoitteessa Kalliopolku 4"
    )
    assert item.decision is not None
    assert item.decision.startswith("Ympäristövalvontayksikön päällikkö on hyväksynyt Rakennus Esimerkki")


def test_without_the_mask_the_same_lines_are_plain_text(tmp_path: Path) -> None:
    """Two titles over ``Päätös`` and a decision in the perfect tense are what any minutes may print."""
    path = _saved(tmp_path, "Yhteyshenkilö Maija Malli")
    assert reader_for(path, path.read_bytes()).name == "text"


def test_a_longer_row_of_asterisks_is_no_mask_of_the_site(tmp_path: Path) -> None:
    """A row of asterisks as a divider (other vendors' exports print one) is not the site's mask."""
    path = _saved(tmp_path, "************************")
    assert reader_for(path, path.read_bytes()).name == "text"
