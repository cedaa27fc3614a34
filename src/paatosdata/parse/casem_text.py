"""CaseM public item pages saved as text, read as the page they were saved from.

A browser's text of ``…cloudnc.fi/fi-FI/Toimielimet/{Body}/Kokous_{dmyyyy}/…`` keeps the page's lines
and drops its markup: the body and meeting (``Aluehallitus, kokous 21.11.2022``), the record's state
(``Pöytäkirja on tarkastettu``), the item's heading (``§ 289 <title>``), the dnro, then the parts under
headings from the lexicon (``Aikaisempi käsittely``, ``Valmistelija``, ``Perustelut``, ``Päätös`` …).
:func:`casem_text_as_page` writes those lines back as the page's markup, one element a line, so the
HTML reader reads them and every span still points at the line of the text.

>>> text = "Banneri\\n\\nLautakunta, kokous 1.2.2026\\n\\n§ 5 Otsikko\\n\\nPerustelut\\n\\nTeksti."
>>> is_casem_text(text.encode())
True
>>> page, state = casem_text_as_page(text)
>>> page.splitlines()[4]
'<h1>§ 5 Otsikko</h1>'
>>> page.splitlines()[6], state
('<h3>Perustelut</h3>', None)
>>> casem_text_as_page(text.replace("§ 5", "Pöytäkirja on tarkastettu\\n\\n§ 5"))[1]
RecordState(kind=<DocumentKind.MINUTES: 'minutes'>, checked=True)
"""

from __future__ import annotations

import re
from datetime import time
from html import escape
from typing import NamedTuple
from urllib.parse import quote

from paatosdata.lexicon import classify_heading
from paatosdata.model import DocumentKind

__all__ = [
    "RecordState",
    "casem_heading_kind",
    "casem_text_as_page",
    "is_casem_text",
    "meeting_time_and_place",
]

#: the page's meeting line: body, the word for a meeting, its date (the Swedish pages print it with
#: dashes, ``möte 15-02-2024``); some sites print the meeting's clock time after it, perhaps with its
#: room (``Hallitus, kokous 07.10.2019 10.45 Kokoushuone 2``): a time of day is required before any
#: further words, so a line of prose that names a meeting's date is not taken for the meeting line
_MEETING_LINE = re.compile(
    r"^(?P<body>[^\s<>§][^<>§]{1,118}?),\s+(?P<word>kokous|möte|sammanträde)\s+"
    r"(?P<date>\d{1,2}(?P<sep>[.-])\d{1,2}(?P=sep)\d{4})"
    r"(?:\s+(?:klo\s+|kl\.?\s+)?(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)"
    r"(?:\s+(?P<place>[^\s<>§][^<>§]{0,99}))?)?\s*$",
    re.IGNORECASE,
)
#: the item's heading: ``§ 21 Title``, ``21 § Title``, ``Paragraf 21 Title``
_ITEM_LINE = re.compile(r"^(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§|Paragraf\s+\d+)\s+\S")


class RecordState(NamedTuple):
    """The record's state as the page's state line prints it: minutes or an agenda, and whether the
    minutes are said to be checked (``tarkastettu``/``justerat``: True, ``tarkastamaton``/``ogranskat``:
    False, a bare ``Pöytäkirja``: not said)."""

    kind: DocumentKind
    checked: bool | None


_MINUTES, _AGENDA = DocumentKind.MINUTES, DocumentKind.AGENDA
#: the state of the record the page prints between the meeting line and the item's heading
_STATES: dict[str, RecordState] = {
    "pöytäkirja on tarkastettu": RecordState(_MINUTES, True),
    "pöytäkirja on tarkastamaton": RecordState(_MINUTES, False),  # minutes not yet checked are minutes still
    "pöytäkirja": RecordState(_MINUTES, None),
    "protokollet är justerat": RecordState(_MINUTES, True),
    "protokollet är granskat": RecordState(_MINUTES, True),  # the Swedish pages' own wording
    "protokollet är ogranskat": RecordState(_MINUTES, False),
    "protokoll": RecordState(_MINUTES, None),
    "esityslista": RecordState(_AGENDA, None),
    "esityslista on tarkastamaton": RecordState(_AGENDA, None),
    "esityslista on tarkastettu": RecordState(_AGENDA, None),  # an agenda said checked is an agenda still
    "föredragningslista": RecordState(_AGENDA, None),
    "föredragningslistan är granskad": RecordState(_AGENDA, None),
    "föredragningslistan är ogranskad": RecordState(_AGENDA, None),
}
#: non-blank lines the item's heading may come after the meeting line
_HEADING_WITHIN = 4
#: CaseM's own headings the lexicon does not list: minutes that print the proposal the decision was
#: taken on as "the proposal was", the meeting's handling of the item as "the matter's handling", and
#: the contacts for more information beside the preparer, and the meeting's vote results
_CASEM_HEADINGS: dict[str, str] = {
    "päätösehdotus oli": "proposal",
    "asian käsittely": "handling",
    "valmistelijan yhteystiedot": "preparers",
    "lisätietoja päätöksestä": "preparers",
    "äänestystulokset": "vote",
    "äänestykset": "vote",
}


def casem_heading_kind(text: str) -> str | None:
    """The section kind of a CaseM heading line: the lexicon's, else one of CaseM's own wordings.

    >>> casem_heading_kind("Päätösehdotus oli"), casem_heading_kind("Perustelut")
    ('proposal', 'reasons')
    >>> casem_heading_kind("Asian käsittely")
    'handling'
    >>> casem_heading_kind("Päätösehdotus oli hyväksytty aiemmin.") is None
    True
    """
    return classify_heading(text) or _CASEM_HEADINGS.get(" ".join(text.split()).casefold().rstrip(":"))


def _start(lines: list[str]) -> tuple[int, int] | None:
    """Indexes of the meeting line and the item's heading, else ``None``."""
    for index, line in enumerate(lines):
        if _MEETING_LINE.match(line.strip()) is None:
            continue
        following = [i for i in range(index + 1, len(lines)) if lines[i].strip()][:_HEADING_WITHIN]
        heading = next((i for i in following if _ITEM_LINE.match(lines[i].strip())), None)
        if heading is not None:
            return index, heading
    return None


def is_casem_text(head: bytes) -> bool:
    """True for the text of a CaseM item page: a meeting line and the item's ``§`` heading under it."""
    text = head.decode("utf-8", "replace")
    if text.lstrip().startswith("<"):
        return False
    return _start(text.splitlines()[:200]) is not None


def meeting_time_and_place(text: str) -> tuple[time | None, str | None]:
    """The clock time and the place the saved page's meeting line prints after the meeting's date, where
    it prints them (``Hallitus, kokous 07.10.2019 10.45 Kokoushuone 2``).

    >>> meeting_time_and_place("Hallitus, kokous 07.10.2019 10.45 Kokoushuone 2\\n\\n§ 9 Otsikko")
    (datetime.time(10, 45), 'Kokoushuone 2')
    >>> meeting_time_and_place("Hallitus, kokous 7.10.2019\\n\\n§ 9 Otsikko")
    (None, None)
    """
    lines = text.splitlines()
    found = _start(lines)
    meeting = _MEETING_LINE.match(lines[found[0]].strip()) if found else None
    if meeting is None or meeting.group("hour") is None:
        return None, None
    place = meeting.group("place")
    return time(int(meeting.group("hour")), int(meeting.group("minute"))), place.strip() if place else None


def casem_text_as_page(text: str) -> tuple[str, RecordState | None]:
    """The page's markup for its saved text, line for line, and the record's state its state line names.

    Lines before the meeting line are the site's chrome and left out; a line the lexicon reads as a
    heading (and nothing more) is a heading, every other line a paragraph.
    """
    lines = text.splitlines()
    found = _start(lines)
    if found is None:
        return "", None
    meeting_at, heading_at = found
    meeting = _MEETING_LINE.match(lines[meeting_at].strip())
    assert meeting is not None
    swedish = meeting.group("word").casefold() != "kokous"
    state: RecordState | None = None
    out: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if index < meeting_at or not line:
            out.append("")
        elif index == meeting_at:
            body = meeting.group("body").strip()
            folder = "/sv-FI/Organ/" if swedish else "/fi-FI/Toimielimet/"
            out.append(
                f'<nav><a href="{folder}{quote(body.replace(" ", "_"))}">{escape(body)}</a>'
                f" {escape(meeting.group('word'))} {meeting.group('date')}</nav>"
            )
        elif index < heading_at:
            state = state or _STATES.get(line.casefold().rstrip("."))
            out.append("")
        elif index == heading_at:
            out.append(f"<h1>{escape(line)}</h1>")
        elif len(line) <= 80 and casem_heading_kind(line):
            out.append(f"<h3>{escape(line)}</h3>")
        else:
            out.append(f"<p>{escape(line)}</p>")
    lang = "sv" if swedish else "fi"
    out[0] = f'<html lang="{lang}"><head><meta charset="utf-8"></head><body>{out[0]}'
    out[-1] = f"{out[-1]}</body></html>"
    return "\n".join(out), state
