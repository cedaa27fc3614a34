"""The text reader's municipality: the one the text states, else the one its URLs' hosts name."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path

_ITEM = """Tekninen lautakunta 23.09.2026 § 24

§ 24
Katuvalojen uusiminen

{extra}
Päätösehdotus
Lautakunta hyväksyy katuvalojen uusimisen.

{url}
"""


def _municipality(tmp_path: Path, name: str, url: str, extra: str = "") -> tuple[str, str | None] | None:
    path = tmp_path / name
    path.write_text(_ITEM.format(url=url, extra=extra), encoding="utf-8")
    [document] = read_path(path)
    found = document.meeting.municipality
    return None if found is None else (found.name, found.code)


def test_a_dynasty_host_names_the_municipality(tmp_path: Path) -> None:
    url = "Kokousasia https://eura.oncloudos.com/kokous/20261727-4.PDF"
    assert _municipality(tmp_path, "asia.txt", url) == ("Eura", "050")


def test_a_host_with_digits_and_an_own_domain(tmp_path: Path) -> None:
    url = "https://kokkola10.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem&id=20261727-4"
    assert _municipality(tmp_path, "asia.txt", url) == ("Kokkola", "272")
    own = "Lisätietoja: <https://www.vantaa.fi/fi/katuvalot>."
    assert _municipality(tmp_path, "toinen.md", own) == ("Vantaa", "092")


def test_the_most_named_host_wins(tmp_path: Path) -> None:
    urls = "\n".join(
        [
            "https://eura.oncloudos.com/kokous/20261727-4.PDF",
            "https://www.kuopio.fi/liite.pdf",
            "https://eura.oncloudos.com/kokous/20261727-4-1001.PDF",
        ]
    )
    assert _municipality(tmp_path, "asia.txt", urls) == ("Eura", "050")


def test_a_stated_municipality_is_never_overridden(tmp_path: Path) -> None:
    url = "https://eura.oncloudos.com/kokous/20261727-4.PDF"
    stated = "Kuopion kaupungin hallintosäännön mukaan lautakunta päättää asiasta."
    assert _municipality(tmp_path, "asia.txt", url, stated) == ("Kuopio", "297")
    mail = "Lisätiedot: tekninen johtaja, etunimi.sukunimi@kuopio.fi"
    assert _municipality(tmp_path, "asia.txt", url, mail) == ("Kuopio", "297")


def test_a_host_is_preferred_to_the_file_name_only(tmp_path: Path) -> None:
    url = "https://eura.oncloudos.com/kokous/20261727-4.PDF"
    assert _municipality(tmp_path, "kuopio-tekninen-lautakunta.txt", url) == ("Eura", "050")
    # without a URL naming one, the file name still names it
    assert _municipality(tmp_path, "kuopio-tekninen-lautakunta.txt", "") == ("Kuopio", "297")
    # a URL of no municipality changes nothing
    assert _municipality(tmp_path, "asia.txt", "https://www.example.com/x") is None
