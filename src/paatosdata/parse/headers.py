"""Header lines of minutes and agendas: item headers (``§ 28``), meeting titles, times and § lists.

>>> h = parse_item_header("Työllisyysaluelautakunta 07.05.2026 § 28")
>>> (h.body, h.date.isoformat(), h.number, h.number_raw, h.title)
('Työllisyysaluelautakunta', '2026-05-07', '28', '§ 28', None)
>>> h = parse_item_header("§ 3 Pöytäkirjan tarkastajien valinta")
>>> (h.number, h.number_raw, h.title)
('3', '§ 3', 'Pöytäkirjan tarkastajien valinta')
>>> h = parse_item_header("Pöytäkirja 20.06.2017/Pykälä 156")
>>> (h.number, h.number_raw, h.kind)
('156', 'Pykälä 156', 'minutes')
>>> h = parse_item_header("Esityslista 29.05.2017 Asianro 4")
>>> (h.number, h.agenda_number, h.kind)
(None, '4', 'agenda')
>>> parse_item_header("Kuntalain 136 §:n mukaan") is None
True
>>> t = parse_meeting_title("PÖYTÄKIRJA 3/2026")
>>> (t.kind, t.number)
('minutes', '3/2026')
>>> parse_meeting_time("12.03.2026 klo 16:15 - 19:16, keskeytetty 17.30 - 17.45")
(datetime.date(2026, 3, 12), datetime.time(16, 15), datetime.time(19, 16))
>>> expand_section_list("§§ 116–117, 120–122")
['116', '117', '120', '121', '122']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from paatosdata.legal import parse_date

__all__ = [
    "BODY_WORDS",
    "ItemHeader",
    "MeetingTitle",
    "clean_line",
    "clock_time",
    "expand_section_list",
    "looks_like_body_name",
    "parse_item_header",
    "parse_meeting_time",
    "parse_meeting_title",
]

_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
_NUM = r"\d{1,4}[a-z]?"
_SPACE = r"[ \t\u00a0]"

#: endings of body names (toimielin / organ), Finnish and Swedish
BODY_WORDS = (
    "lautakunta",
    "hallitus",
    "valtuusto",
    "jaosto",
    "toimikunta",
    "neuvosto",
    "johtokunta",
    "jaos",
    "nämnd",
    "nämnden",
    "styrelse",
    "styrelsen",
    "fullmäktige",
    "sektion",
    "sektionen",
    "direktion",
    "direktionen",
    "delegation",
    "delegationen",
    "kommittén",
    "kommitté",
    "råd",
    "rådet",
)


@dataclass(frozen=True, slots=True)
class ItemHeader:
    """What an item header line says: the § (or agenda) number, and body, date, title when printed."""

    number: str | None
    number_raw: str | None
    title: str | None = None
    body: str | None = None
    date: date | None = None
    date_raw: str | None = None
    kind: str | None = None  # "minutes" | "agenda" when the line names the document kind
    agenda_number: str | None = None
    style: str = "section"
    abbreviation: str | None = None  # a body abbreviation printed before the §: "Kh § 190"


_ITEM_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Dynasty: "Kaupunginhallitus / Pöytäkirja 20.06.2017/Pykälä 156", "Pöytäkirja 17.01.2013 Pykälä 5"
    (
        "dynasty",
        re.compile(
            rf"^(?:(?P<body>.+?){_SPACE}*/?{_SPACE}*)?(?P<kindword>Pöytäkirja|Protokoll|Esityslista|"
            rf"Föredragningslista){_SPACE}+(?P<date>{_DATE}){_SPACE}*/?{_SPACE}*"
            rf"(?P<raw>(?P<label>Pykälä|Paragraf|Asianro|Ärendenr|Ärende){_SPACE}+(?P<num>{_NUM}))$",
            re.IGNORECASE,
        ),
    ),
    # "Työllisyysaluelautakunta 07.05.2026 § 28", "Kommunstyrelsen 12.3.2026 45 §"
    (
        "body-date",
        re.compile(
            rf"^(?P<body>[A-ZÅÄÖ][^§\d]*?){_SPACE}+(?P<date>{_DATE}){_SPACE}+"
            rf"(?P<raw>§{_SPACE}*(?P<num>{_NUM})|(?P<num2>{_NUM}){_SPACE}*§)$"
        ),
    ),
    # Turku and decision-history style: "Kh § 190", "KH 20.06.2017 § 156" is history, not this
    (
        "abbreviation",
        re.compile(
            rf"^(?P<abbr>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{0,5}}\.?){_SPACE}+(?P<raw>§{_SPACE}*(?P<num>{_NUM}))$"
        ),
    ),
    # "§ 28", "§ 28 Title"
    (
        "section-first",
        re.compile(rf"^(?P<raw>§{_SPACE}*(?P<num>{_NUM}))(?:{_SPACE}+(?P<title>[^\d\s,.;:].*))?$"),
    ),
    # "28 §", "28 § Title"
    (
        "section-last",
        re.compile(rf"^(?P<raw>(?P<num>{_NUM}){_SPACE}*§)(?:{_SPACE}+(?P<title>[^\d\s,.;:].*))?$"),
    ),
    # "Pykälä 28", "Paragraf 28 Title"
    (
        "pykala",
        re.compile(
            rf"^(?P<raw>(?:Pykälä|Paragraf){_SPACE}+(?P<num>{_NUM}))(?:{_SPACE}*[.:]?{_SPACE}+(?P<title>\S.*))?$",
            re.IGNORECASE,
        ),
    ),
    # agenda items: "Asianro 4", "Asia 4 Title", "Ärende 4 Title"
    (
        "agenda",
        re.compile(
            rf"^(?P<raw>(?:Asianro|Asia|Ärende|Ärendenr){_SPACE}+(?P<num>\d{{1,4}}))"
            rf"(?:{_SPACE}*[.:]?{_SPACE}+(?P<title>[^\d\s].*))?$"
        ),
    ),
]

_MARKUP = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)+|(?<!\\)(?:\*\*|__)|(?<![\w*\\])\*(?=\S)|(?<=[^\s\\])\*(?![\w*])"
)


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MARKUP_CHARS = frozenset("#>*_\\")


def clean_line(line: str) -> str:
    """A line without Markdown heading marks, emphasis, escapes and surrounding whitespace."""
    text = line.replace("\u00a0", " ")
    if _MARKUP_CHARS.isdisjoint(text):
        return text.strip()
    text = _ESCAPE.sub(r"\1", _MARKUP.sub("", text))
    return text.strip()


def _folded_kind(word: str) -> str:
    return "agenda" if word.casefold() in ("esityslista", "föredragningslista") else "minutes"


def parse_item_header(line: str) -> ItemHeader | None:
    """The item header in ``line`` (Markdown allowed), else ``None``."""
    if len(line) > 400 or _DIGIT.search(line) is None:
        return None
    return _parse_item_header(line)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def _parse_item_header(line: str) -> ItemHeader | None:
    text = re.sub(r"\s+", " ", clean_line(line))
    if not text or len(text) > 300:
        return None
    for style, pattern in _ITEM_PATTERNS:
        m = pattern.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        number = groups.get("num") or groups.get("num2")
        title = (groups.get("title") or "").strip() or None
        raw = groups["raw"]
        body = (groups.get("body") or "").strip(" /") or None
        date_raw = groups.get("date")
        if style == "body-date" and (body is None or not looks_like_body_name(body)):
            continue
        kind = _folded_kind(groups["kindword"]) if groups.get("kindword") else None
        agenda_number = None
        if style == "agenda" or (groups.get("label") or "").casefold() in ("asianro", "ärende", "ärendenr"):
            agenda_number, number, raw, kind = number, None, raw, kind or "agenda"
        return ItemHeader(
            number=number,
            number_raw=raw if number else None,
            title=title,
            body=body,
            date=parse_date(date_raw) if date_raw else None,
            date_raw=date_raw,
            kind=kind,
            agenda_number=agenda_number,
            style=style,
            abbreviation=groups.get("abbr"),
        )
    return None


def looks_like_body_name(text: str) -> bool:
    """True for a short line naming a body: ``Sivistyslautakunta``, ``Kommunstyrelsen``."""
    words = clean_line(text).split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() or ch in "|§" for ch in text):
        return False
    return any(w.casefold().strip(",.:/").endswith(BODY_WORDS) for w in words) and words[0][:1].isupper()


@dataclass(frozen=True, slots=True)
class MeetingTitle:
    """A document title line: ``PÖYTÄKIRJA 3/2026``, ``Esityslista``, ``PROTOKOLL 4/2026``."""

    kind: str  # "minutes" | "agenda"
    number: str | None
    raw: str


_TITLE = re.compile(
    rf"^(?P<word>pöytäkirja|esityslista|kokouskutsu ja esityslista|protokoll|föredragningslista|"
    rf"kallelse och föredragningslista)(?:{_SPACE}+(?:nro|nr|n:o){_SPACE}*)?"
    rf"(?:{_SPACE}*(?P<num>\d{{1,3}}/\d{{4}}))?$",
    re.IGNORECASE,
)


def parse_meeting_title(line: str) -> MeetingTitle | None:
    """The document title in ``line`` with its meeting number, else ``None``."""
    text = clean_line(line)
    m = _TITLE.match(text)
    if m is None:
        return None
    word = m.group("word").casefold()
    kind = "agenda" if ("esityslista" in word or "föredragningslista" in word) else "minutes"
    return MeetingTitle(kind=kind, number=m.group("num"), raw=text)


_TIME_RANGE = re.compile(
    r"(?:klo|kl\.?|kello)?\s*(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\s*(?:[-–—]|till|asti|-\s*klo)\s*"
    r"(?:klo|kl\.?)?\s*(?P<h2>\d{1,2})[.:](?P<m2>\d{2})"
)
_TIME_ONE = re.compile(r"(?:klo|kl\.?|kello)\s*(?P<h1>\d{1,2})[.:](?P<m1>\d{2})")


def clock_time(hours: str, minutes: str) -> time | None:
    """The clock time ``hours:minutes``, or None when it is no time of day (``18.75``, ``25:00``)."""
    try:
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def parse_meeting_time(text: str) -> tuple[date | None, time | None, time | None]:
    """``(date, start, end)`` from a meeting-time line; a break after the first range is ignored."""
    day = parse_date(text)
    rest = re.sub(rf"\b{_DATE}\b", " ", text)
    m = _TIME_RANGE.search(rest)
    if m is not None:
        return day, clock_time(m.group("h1"), m.group("m1")), clock_time(m.group("h2"), m.group("m2"))
    one = _TIME_ONE.search(rest)
    return day, (clock_time(one.group("h1"), one.group("m1")) if one else None), None


_SECTION_LIST = re.compile(
    r"(?P<a>\d{1,4})(?:\s*(?:[-–—]|\.\.)\s*(?P<b>\d{1,4}))?",
)


def expand_section_list(text: str) -> list[str]:
    """The § numbers in a list such as ``§§ 116–117, 120–122`` or ``3, 5 ja 7 §``, ranges expanded.

    Dates and statute citations in the text are skipped; a range over 500 numbers is kept as its ends.
    """
    cleaned = re.sub(rf"\b{_DATE}\b|\b\d{{1,4}}/\d{{4}}\b", " ", text)
    out: list[str] = []
    for m in _SECTION_LIST.finditer(cleaned):
        first = int(m.group("a"))
        last = int(m.group("b")) if m.group("b") else first
        numbers = range(first, last + 1) if 0 <= last - first <= 500 else (first, last)
        for n in numbers:
            if str(n) not in out:
                out.append(str(n))
    return out
