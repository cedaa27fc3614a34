"""``Päätösehdotus`` over the official's line (``Seurakuntayhtymän johtaja Erkki Esimerkki``) over the
proposal's text: the official presents, and the line is no part of the proposal."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path, reader_for
from paatosdata.parse.dynasty import DynastyReader

_PAGE = """Dynasty tietopalvelu Haku RSS Esimerkkilän kaupunki

RSS-linkki

Kokousasiat:
https://esimerkkila-fi.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30

Tekninen lautakunta
Pöytäkirja 03.02.2026/Pykälä 14

Tekninen lautakunta 03.02.2026 § 14

87/2026

Katuvalaistuksen saneeraus Koivulan alueella

Päätösehdotus

Kaupungininsinöörin johtaja Ilkka Insinööri

Tekninen lautakunta hyväksyy katuvalaistuksen saneeraussuunnitelman.

Päätös

Päätösehdotus hyväksyttiin.
"""


def test_the_official_over_the_proposal_presents_it(tmp_path: Path) -> None:
    path = tmp_path / "item.txt"
    path.write_text(_PAGE, encoding="utf-8")
    assert isinstance(reader_for(path, path.read_bytes()), DynastyReader)
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Ilkka Insinööri", "kaupungininsinöörin johtaja")
    assert item.proposal == "Tekninen lautakunta hyväksyy katuvalaistuksen saneeraussuunnitelman."
    assert item.decision == "Päätösehdotus hyväksyttiin."


def test_a_sentence_opening_the_proposal_stays_its_text(tmp_path: Path) -> None:
    text = _PAGE.replace(
        "Kaupungininsinöörin johtaja Ilkka Insinööri\n\n",
        "Saneeraus tehdään Koivulan alueella vuonna 2026.\n\n",
    )
    path = tmp_path / "item.txt"
    path.write_text(text, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is None
    assert item.proposal is not None and item.proposal.startswith("Saneeraus tehdään Koivulan alueella")
