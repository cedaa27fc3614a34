"""A Dynasty 10 page that prints its number with the sign after it (``78 §``) on a line of its own over the
title, with no ``Body dd.mm.yyyy § n`` mark: the line is the printed number, not the item's title."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path, reader_for
from paatosdata.parse.dynasty import DynastyReader

_PAGE = """Dynasty tietopalvelu Haku RSS Esimerkkilän seurakuntayhtymä

RSS-linkki

Kokousasiat:
https://esimerkki-fi.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30

Yhteinen kirkkovaltuusto
Pöytäkirja 12.05.2026/Pykälä 78

Edellinen asia | Seuraava asia Kokousasia PDF-muodossa

311/2026

78 §

Päätös Mäntyrinteen hautausmaan käyttösuunnitelman muuttamisesta

Päätösehdotus

Yhteinen kirkkovaltuusto hyväksyy käyttösuunnitelman muutoksen.

Päätös

Päätösehdotus hyväksyttiin.

Selostus

Hautausmaan käyttösuunnitelmaa on tarpeen muuttaa uusien uurnalehtojen vuoksi.
"""


def test_the_number_after_its_sign_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "item.txt"
    path.write_text(_PAGE, encoding="utf-8")
    assert isinstance(reader_for(path, path.read_bytes()), DynastyReader)
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Päätös Mäntyrinteen hautausmaan käyttösuunnitelman muuttamisesta"
    assert item.number == "78"
    assert item.decision == "Päätösehdotus hyväksyttiin."
    assert item.proposal == "Yhteinen kirkkovaltuusto hyväksyy käyttösuunnitelman muutoksen."
