"""The case page of Helsinki's decision site saved as text lists the case's handlings under its title; an
official's handling has no meeting number (``- Enhetschef 15.01.2025``), and the list still ends at the
decision's title over its label."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path, reader_for

_PAGE = """Asemakaavan muutos, nro 12001, Esimerkkiranta, Pyöräsilta
- Helsingfors stadsfullmäktige 7/11.03.2026
- Helsingfors stadsstyrelse 9/02.03.2026
- Stadsmiljönämnden 4/10.02.2026
- Enhetschef 12.01.2026
Detaljplaneändring (nr 12001) för cykelbron vid Exempelstranden
Beslut
Stadsfullmäktige godkände en detaljplaneändring för gatuområden i 31 stadsdelen (Exempelstranden).
"""


def test_case_page_whose_handlings_end_with_an_officials(tmp_path: Path) -> None:
    path = tmp_path / "cykelbron.txt"
    path.write_text(_PAGE, encoding="utf-8")
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Detaljplaneändring (nr 12001) för cykelbron vid Exempelstranden"
    assert item.decision is not None and item.decision.startswith("Stadsfullmäktige godkände en detaljplane")


def test_a_list_of_dated_lines_alone_is_not_the_sites(tmp_path: Path) -> None:
    """Dated list lines over a heading and a plain paragraph are other text: no decision's label follows."""
    path = tmp_path / "muistio.txt"
    path.write_text(
        "Muistio\n- Ohjausryhmä 12.01.2026\n- Työryhmä 19.01.2026\nAikataulu\n"
        "Kevään kokoukset pidetään etänä.\n",
        encoding="utf-8",
    )
    assert reader_for(path, path.read_bytes()).name != "ahjo-html"
