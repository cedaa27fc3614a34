"""Dynasty page headers and § lists: "Pöytäkirja 20.06.2017/Pykälä 156", "125-131, 137 kohdat 1-2".

>>> h = parse_header("Esityslista 29.05.2017 Asianro 4")
>>> (h.kind, h.date.isoformat(), h.label, h.number)
(<DocumentKind.AGENDA: 'agenda'>, '2017-05-29', 'Asianro', '4')
>>> parse_header("Asialista 02.03.2026/Asianro 12").kind
<DocumentKind.AGENDA: 'agenda'>
>>> parse_header("Muistio 26.02.2026/Asianro 10").kind
<DocumentKind.AGENDA: 'agenda'>
>>> parse_header("Föredragningslista 14.10.2026/Ärendenr. 7").number
'7'
>>> h = parse_header("Pöytäkirja 20.06.2017/Pykälä 156")
>>> (h.kind, h.number)
(<DocumentKind.MINUTES: 'minutes'>, '156')
>>> h = parse_header("Protokoll 08.05.2017 Paragraf 127")
>>> (h.kind, h.number, h.language)
(<DocumentKind.MINUTES: 'minutes'>, '127', 'sv')
>>> h = parse_header("Pöytäkirja 07.03.2026/Pykälä 66Vastaus kirjeeseen")
>>> (h.number, h.glued)
('66', 'Vastaus kirjeeseen')
>>> h = parse_header("Pöytäkirja 08.05.2017 klo 15:30 / Tarkastettu")
>>> (h.start.isoformat(), h.checked, h.number)
('15:30:00', True, None)
>>> expand_sections("132, 135, 137 kohdat 1-2, 141-142, 144")
['132', '135', '137', '141', '142', '144']
>>> expand_sections("125-127130", known=["125", "126", "127", "130"])
['125', '126', '127', '130']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from paatosdata.legal import parse_date
from paatosdata.model import DocumentKind
from paatosdata.parse.headers import clock_time

__all__ = ["Header", "expand_sections", "looks_like_person", "parse_header"]

_KINDS = {
    "esityslista": DocumentKind.AGENDA,
    "asialista": DocumentKind.AGENDA,  # an advisory body's agenda: "Asialista 02.03.2026/Asianro 12"
    "föredragningslista": DocumentKind.AGENDA,
    #: a memo ("Muistio 26.02.2026/Asianro 10"), which a body that prepares matters rather than decides them
    #: (a board's committee, a working group) publishes instead of minutes; the model has no memo kind and
    #: the agenda is the nearest: its items carry the list's number (Asianro), not a §, and what it records
    #: is the body's view on matters someone else decides
    "muistio": DocumentKind.AGENDA,
    "pöytäkirja": DocumentKind.MINUTES,
    "päätöspöytäkirja": DocumentKind.MINUTES,
    "protokoll": DocumentKind.MINUTES,
    "viranhaltijapäätös": DocumentKind.OFFICER_DECISION,
    "tjänsteinnehavarbeslut": DocumentKind.OFFICER_DECISION,
}
_SWEDISH = {"föredragningslista", "protokoll", "tjänsteinnehavarbeslut"}
_HEADER = re.compile(
    r"(?P<kind>" + "|".join(_KINDS) + r")\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s+klo\s+(?P<time>\d{1,2})[:.](?P<minute>\d{2}))?"
    r"\s*(?:/\s*(?P<status>tarkastettu|granskat))?"
    r"\s*(?:/?\s*(?P<label>pykälä|paragraf|asianro|ärendenr|asia|§)\.?\s*(?P<number>[\w/.-]+?)"
    r"(?=(?-i:[A-ZÅÄÖ][a-zåäö])|[^\w/.-]|$))?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Header:
    """What a Dynasty header line says: document kind, date, time, checked, item label and number."""

    kind: DocumentKind
    date: date | None
    date_raw: str
    start: time | None = None
    checked: bool | None = None
    label: str | None = None
    number: str | None = None
    language: str = "fi"
    #: text run into the number with no space between (``Pykälä 66Teknisen lautakunnan vastaus …``): the
    #: item's title, saved on the header's line
    glued: str | None = None


def parse_header(text: str) -> Header | None:
    """The kind, date and item number in a header line, else ``None``."""
    line = " ".join(text.split())
    m = _HEADER.search(line)
    if m is None:
        return None
    glued = line[m.end() :].strip() if m.group("number") and line[m.end() : m.end() + 1].isalpha() else None
    start = clock_time(m.group("time"), m.group("minute")) if m.group("time") else None
    return Header(
        kind=_KINDS[m.group("kind").casefold()],
        date=parse_date(m.group("date")),
        date_raw=m.group("date"),
        start=start,
        checked=True if m.group("status") else None,
        label=m.group("label"),
        number=m.group("number"),
        language="sv" if m.group("kind").casefold() in _SWEDISH else "fi",
        glued=glued or None,
    )


_KOHTA = re.compile(r"\s*\b(?:kohdat|kohta|kohdan|k\.?)\s*\d+(?:\s*[-–]\s*\d+)?(?=\s*(?:,|$))", re.I)


def expand_sections(raw: str, known: list[str] | None = None) -> list[str]:
    """§ numbers in a list such as ``125-131, 133`` with ranges expanded.

    Sub-item parts (``137 kohdat 1-2``) name the § only. When separators are missing
    (``125-131133134``), ``known`` (the § numbers of the minutes) splits the digits.
    """
    text = _KOHTA.sub("", raw)
    known_sorted = sorted((k for k in known or [] if k), key=len, reverse=True)  # "" would match anywhere
    tokens: list[str] = []
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char.isdigit():
            match = next((k for k in known_sorted if text.startswith(k, pos)), None)
            if match is None:
                run = re.match(r"\d+", text[pos:])
                assert run is not None
                if known_sorted:  # an unknown digit (a kohta glued to the next §): skip it
                    pos += 1
                    continue
                match = run.group(0)
            tokens.append(match)
            pos += len(match)
        elif char in "-–":
            tokens.append("-")
            pos += 1
        else:
            pos += 1
    numbers: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "-":
            index += 1
            continue
        if index + 2 < len(tokens) and tokens[index + 1] == "-" and tokens[index + 2] != "-":
            low, high = int(token), int(tokens[index + 2])
            if low <= high <= low + 500:
                numbers.extend(str(n) for n in range(low, high + 1))
                index += 3
                continue
        numbers.append(token)
        index += 1
    return numbers


def looks_like_person(text: str) -> bool:
    """A presenter printed on a heading's or the proposal's line: a title and a name, no sentence."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and not text.rstrip().endswith((".", ":"))
        and sum(w[:1].isupper() for w in words) >= 2
    )
