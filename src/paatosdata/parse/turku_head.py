"""What the head of a Turku page tells: whether a text is a Turku page (the item header's labels on its
first line, or a meeting list's heading over ``Pykälä Otsikko``), the body's name without its term of
office, the meeting a heading or header row names, and the meeting's time and place."""

from __future__ import annotations

import re

from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.model import Body, Meeting, Span
from paatosdata.parse.headers import clock_time
from paatosdata.parse.municipalities import municipality_from_label

__all__ = [
    "LIST_COLUMNS",
    "LIST_HEAD",
    "TEXT_HEAD",
    "body_name_of",
    "is_turku_text",
    "meeting_of_row",
    "time_and_place",
]

TEXT_HEAD = re.compile(
    r"^\s*(?:Turun kaupunki\s*\|?\s*§\s*\|?\s*(?:Kokouspvm\s*\|?\s*Asia|(?P<officer>Päätöspöytäkirja))"
    r"|Åbo stad\s*\|?\s*§\s*\|?\s*Sammanträdets datum\s*\|?\s*Ärende(?:\s*nr)?)(?:\b|\d)"
)
_TIME = re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d{2})\b(?:\s*[-–]\s*(?P<h2>\d{1,2})[:.](?P<m2>\d{2})\b)?")
#: the heading of a meeting's list of items saved as text, and the line over its rows
LIST_HEAD = re.compile(
    r"^(?P<body>[^|§]+?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+-\s+(?:Pöytäkirja|Esityslista)$"
)
LIST_COLUMNS = re.compile(r"^Pykälä\s+Otsikko$")


def time_and_place(meeting: Meeting, text: str) -> None:
    """``Kokousaika ja -paikka: 18:00-21:11 Teams, sähköinen kokous`` → the meeting's start, end and place."""
    place = text.split(":", 1)[-1].strip()
    t = _TIME.search(place)
    if t:
        meeting.start = clock_time(t.group("h"), t.group("m"))
        meeting.end = clock_time(t.group("h2"), t.group("m2")) if t.group("h2") else None
        place = place[t.end() :].strip()
    meeting.place = place or None


def is_turku_text(head: bytes) -> bool:
    """True for the text of a Turku item page (its first line names the city and the header's labels)
    or of a meeting's list of items (its heading, then ``Pykälä Otsikko`` within a few lines)."""
    lines = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:2000].decode("utf-8", "replace").split("\n")
    if TEXT_HEAD.match(lines[0]):
        return True
    return bool(LIST_HEAD.match(lines[0].strip())) and any(
        LIST_COLUMNS.match(line.strip()) for line in lines[1:12]
    )


#: a body's term of office after its name (``Tarkastuslautakunta 2025-2028``, ``(2021-2025)``): the span
#: keeps the printed text; the name is the body's own, so that one board has one name and one slug, as the
#: Dynasty reader gives it
_BODY_TERM = re.compile(r"(?:\d{4}\s*[-–]\s*\d{4}|\(\d{4}\s*[-–]\s*\d{4}\))$")


def body_name_of(printed: str) -> str:
    """The name of a body as printed, without the term of office after it (the term's pattern opens with a
    figure or a bracket, and the spaces before it are stripped apart, so a long run of spaces is read in
    linear time)."""
    printed = printed.strip()
    term = _BODY_TERM.search(printed)
    if term is None or term.start() == 0 or not printed[term.start() - 1].isspace():
        return printed
    return printed[: term.start()].rstrip()


def meeting_of_row(found: re.Match[str], span: Span) -> Meeting:
    """The meeting a text page's heading or header row names (its ``body`` and ``date`` groups)."""
    body_name = body_name_of(found.group("body"))
    return Meeting(
        body=Body(name=body_name, slug=slugify(body_name), span=span),
        date=parse_date(found.group("date")),
        date_raw=found.group("date"),
        municipality=municipality_from_label("Turun kaupunki"),
        span=span,
    )
