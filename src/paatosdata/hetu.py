"""Finnish personal identity codes (henkilötunnus, personbeteckning) in free text.

A code is ``DDMMYY`` + a century sign + a three-digit individual number + a check character.
The check character is ``"0123456789ABCDEFHJKLMNPRSTUVWXY"[int(DDMMYYNNN) % 31]``. Century signs:
``+`` (1800s); ``-``, ``Y``, ``X``, ``W``, ``V``, ``U`` (1900s); ``A`` … ``F`` (2000s) — the
letter signs other than ``A`` were added in 2023.

Only codes with a valid date and a matching check character are reported, and only when they
stand alone: digits or letters glued to either side (a longer number, a reference) disqualify
a match. Business IDs (``1234567-8``), property IDs (``837-715-2-47``) and phone numbers never
have the form, so they are never reported.

>>> [m.code for m in find_hetus("Hakija (hetu 131052-308T) asuu Kuopiossa.")]
['131052-308T']
>>> find_hetus("Y-tunnus 1234567-8, kiinteistötunnus 837-715-2-47, puh. 044 718 7502")
[]
>>> find_hetus("131052-308U")  # wrong check character
[]
>>> mask("personbeteckning 131052-308T")
'personbeteckning ***********'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "CENTURY_SIGNS",
    "CHECK_CHARACTERS",
    "HetuMatch",
    "check_character",
    "find_hetus",
    "is_valid",
    "mask",
]

#: the 31 check characters, indexed by the remainder
CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

#: century sign → the century's first year
CENTURY_SIGNS: dict[str, int] = {
    "+": 1800,
    "-": 1900,
    "Y": 1900,
    "X": 1900,
    "W": 1900,
    "V": 1900,
    "U": 1900,
    "A": 2000,
    "B": 2000,
    "C": 2000,
    "D": 2000,
    "E": 2000,
    "F": 2000,
}

_SIGNS = re.escape("".join(CENTURY_SIGNS))
_PATTERN = re.compile(
    r"(?<![0-9A-Za-z+\-/.,])"  # not glued to a longer number or word
    rf"(?P<dd>\d{{2}})(?P<mm>\d{{2}})(?P<yy>\d{{2}})(?P<sign>[{_SIGNS}])(?P<nnn>\d{{3}})(?P<check>[0-9A-Y])"
    r"(?![0-9A-Za-z]|-\d)"
)


@dataclass(frozen=True, slots=True)
class HetuMatch:
    """A personal identity code found in text: the code and its character offsets."""

    code: str
    start: int
    end: int


def check_character(digits: str) -> str:
    """The check character of the nine digits ``DDMMYYNNN``.

    >>> check_character("131052308")
    'T'
    """
    return CHECK_CHARACTERS[int(digits) % 31]


def _valid(match: re.Match[str]) -> bool:
    century = CENTURY_SIGNS[match["sign"]]
    try:
        date(century + int(match["yy"]), int(match["mm"]), int(match["dd"]))
    except ValueError:
        return False
    if int(match["nnn"]) < 2:  # 000 and 001 are never issued
        return False
    return check_character(match["dd"] + match["mm"] + match["yy"] + match["nnn"]) == match["check"]


def is_valid(code: str) -> bool:
    """True when ``code`` (nothing else) is a well-formed identity code with a valid date and check.

    >>> is_valid("010594Y9032"), is_valid("010594Y9033"), is_valid("310294-123A")
    (True, False, False)
    """
    match = _PATTERN.fullmatch(code)
    return match is not None and _valid(match)


def find_hetus(text: str) -> list[HetuMatch]:
    """Every valid personal identity code in ``text`` (Finnish, Swedish or any other language)."""
    return [HetuMatch(m.group(0), m.start(), m.end()) for m in _PATTERN.finditer(text) if _valid(m)]


def mask(text: str, char: str = "*") -> str:
    """``text`` with every valid personal identity code replaced by ``char`` of the same length."""
    found = find_hetus(text)
    if not found:
        return text
    parts: list[str] = []
    last = 0
    for hit in found:
        parts.append(text[last : hit.start])
        parts.append(char * (hit.end - hit.start))
        last = hit.end
    parts.append(text[last:])
    return "".join(parts)
