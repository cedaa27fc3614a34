"""The blocks that close an officer's decision on Helsinki's decision site saved as text: the decider's block
under the English site's ``Decisionmaker``."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import AppealKind
from paatosdata.parse import read_path


def _saved(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sivu.txt"
    path.write_text(text, encoding="utf-8")
    return path


#: a compact page of the English site (no blank lines), closed by the contact people and the decider
_COMPACT = (
    "Teosten liittäminen kokoelmiin, vuoden 2025 prosenttirahateokset\n"
    "HEL 2026-007702\n"
    "More recent handlings\n"
    "§ 29\n"
    "Teosten liittäminen kokoelmiin, vuoden 2025 prosenttirahateokset\n"
    "Taidemuseon johtaja\n"
    "Päätös\n"
    "Taidemuseon johtaja päätti liittää seuraavat teokset taidemuseon kokoelmiin:\n"
    'Mira Esimerkki "Aamun portti" Esimerkkilän koulussa (2025-12)\n'
    'Joel Malli "Virta" Mallikylän kirjastossa (2025-13).\n'
    "This decision was published on 12.05.2026\n"
    "MUUTOKSENHAKUKIELTO\n"
    "Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.\n"
    "Ask for more info\n"
    "Outi Rantamäki, kokoelmakuraattori, puhelin: 09 310 00011\n"
    "outi.rantamaki@hel.fi\n"
    "Decisionmaker\n"
    "Vilja Korpinen\n"
    "taidemuseon johtaja\n"
)


def test_compact_english_page_closed_by_the_decisionmaker_block(tmp_path: Path) -> None:
    """The English site's compact page prints the decider's block under ``Decisionmaker`` after the
    contact people: the decision maker, no contact person."""
    [document] = read_path(_saved(tmp_path, _COMPACT))
    assert document.meeting.body.name == "Taidemuseon johtaja"
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Outi Rantamäki", "09 310 00011")]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Vilja Korpinen", "taidemuseon johtaja", "päättäjä")
    ]
    assert [a.kind for a in item.appeal] == [AppealKind.APPEAL_BAN]


def test_contact_people_after_the_decisionmaker_block(tmp_path: Path) -> None:
    """The decider's block printed before ``Ask for more info``: the English heading ends the block, and
    the people under it are the contact people."""
    block = "Decisionmaker\nVilja Korpinen\ntaidemuseon johtaja\n"
    text = _COMPACT.replace(block, "").replace("Ask for more info\n", block + "Ask for more info\n")
    [document] = read_path(_saved(tmp_path, text))
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Outi Rantamäki", "kokoelmakuraattori")]
    assert [(s.person.name, s.person.title, s.role) for s in document.signatures] == [
        ("Vilja Korpinen", "taidemuseon johtaja", "päättäjä")
    ]
