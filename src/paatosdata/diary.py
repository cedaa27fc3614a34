"""Diary numbers (diaarinumero, dnro): recognise the known patterns, keep the raw text always.

>>> d = parse_diary_number("2804/00.01.01/2026")
>>> (d.serial, d.task_class, d.year, d.prefix, d.pattern)
('2804', '00.01.01', 2026, None, 'dynasty')
>>> d = parse_diary_number("TRE:4787/10.03.01/2016")
>>> (d.prefix, d.serial, d.task_class, d.year)
('TRE', '4787', '10.03.01', 2016)
>>> parse_diary_number("HEL 2024-009117 T 00 00 03").task_class
'00.00.03'
>>> parse_diary_number("5316/2016", task_class="00.01.01").task_class
'00.01.01'
>>> d = parse_diary_number("551/01.0100.010002/2018")
>>> (d.serial, d.task_class, d.year, d.pattern)
('551', '01.0100.010002', 2018, 'cumulative')
>>> parse_diary_number("47/00.02/2016").task_class
'00.02'
>>> d = parse_diary_number("826-2025 (00 01 01)")
>>> (d.serial, d.year, d.task_class, d.pattern)
('826', 2025, '00.01.01', 'turku')
>>> d = parse_diary_number("422/0/031/2006")
>>> (d.serial, d.year, d.task_class, d.pattern)
('422', 2006, None, 'archive-code')
>>> d = parse_diary_number("117/4.441/2003")
>>> (d.serial, d.year, d.task_class, d.pattern)
('117', 2003, None, 'archive-code')
>>> d = parse_diary_number("917Dno-2026-58")
>>> (d.prefix, d.serial, d.year, d.pattern)
('917Dno', '58', 2026, 'casem-dno')
>>> parse_diary_number("mikä tahansa").pattern is None
True
"""

from __future__ import annotations

import re

from paatosdata.model import DiaryNumber, Span

__all__ = ["DIARY_PATTERNS", "TASK_CLASS", "find_diary_number", "is_task_class", "parse_diary_number"]

_CLASS = r"\d{2}(?:[. ]\d{2}){2,4}"  # three to five levels (``07.00.04.00.00``)
TASK_CLASS = re.compile(rf"^{_CLASS}$")
#: a class whose every level repeats the levels above it (``01.0100.010002``: 01, 01 00, 01 00 02), as
#: Raahe prints it; kept as printed, since no rule says how such a code maps to the two-digit levels
_CUMULATIVE_CLASS = r"\d{2}\.\d{4}\.\d{6}(?:\.\d{8})?"
#: a class of two levels (``00.02``), taken only between a dnro's slashes (alone it reads as a time)
_CLASS_OR_TWO = rf"(?:{_CLASS}|\d{{2}}\.\d{{2}})"
#: Turku's codes in brackets after ``serial-year``: an old code (``010``), a task class printed with
#: spaces (``02 05 00``), or several of them (``000, 041``, ``10 03 02, 02.01``)
_TURKU_CODE = r"\d{2,3}(?:[ .]\d{2})*"
_TURKU_CODES = rf"{_TURKU_CODE}(?:,\s*{_TURKU_CODE})*"

#: an archive plan's code of the years before task classes, between slashes (``422/0/031/2006``) or
#: with a dot between its main class and subclass (``117/4.441/2003``): kept in the raw number, not a
#: task class (a task class has two digits on every level)
_ARCHIVE_CODE = r"\d{1,2}(?:[/.]\d{1,3})+"

#: pattern name → regex with named groups no, cls, year, prefix (order: most specific first)
DIARY_PATTERNS: dict[str, re.Pattern[str]] = {
    "dynasty": re.compile(rf"^(?P<no>\d+)/(?P<cls>{_CLASS_OR_TWO})/(?P<year>\d{{4}})$"),
    "cumulative": re.compile(rf"^(?P<no>\d+)/(?P<cls>{_CUMULATIVE_CLASS})/(?P<year>\d{{4}})$"),
    "casem": re.compile(r"^(?P<prefix>[A-ZÅÄÖ]+):(?P<no>\d+)/(?P<cls>[\d.]+)/(?P<year>\d{4})$"),
    "tweb": re.compile(r"^(?P<prefix>[A-ZÅÄÖ]+)/(?P<no>\d+)/(?P<cls>[\d.]+)/(?P<year>\d{4})$"),
    "ahjo": re.compile(rf"^(?P<prefix>HEL)[ -](?P<year>\d{{4}})-(?P<no>\d{{6}})(?: T (?P<cls>{_CLASS}))?$"),
    # CaseM's ``MliDno-2017-1255``; some services put the municipality's code first (``917Dno-2026-58``)
    "casem-dno": re.compile(r"^(?P<prefix>(?:\d{3})?[A-Za-zÅÄÖåäö]+)-(?P<year>\d{4})-(?P<no>\d+)$"),
    "turku": re.compile(rf"^(?P<no>\d+)-(?P<year>\d{{4}}) \((?P<code>{_TURKU_CODES})\)$"),
    # a dnro whose task class was left empty between its slashes (``503//2016``) is a serial and a year
    "serial-year": re.compile(r"^(?P<no>\d+)//?(?P<year>\d{4})$"),
    "archive-code": re.compile(rf"^(?P<no>\d+)/(?P<code>{_ARCHIVE_CODE})/(?P<year>\d{{4}})$"),
}

_FIND = re.compile(
    rf"(?:[A-ZÅÄÖ]+[:/])?\d+/(?:{_CLASS_OR_TWO}|{_CUMULATIVE_CLASS})/\d{{4}}"
    rf"|HEL[ -]\d{{4}}-\d{{6}}(?: T {_CLASS})?"
    r"|\b(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*|\d{3})Dno-\d{4}-\d+"
    rf"|\b\d+-\d{{4}} \({_TURKU_CODES}\)"
    rf"|\b\d{{1,6}}/{_ARCHIVE_CODE}/(?:19|20)\d{{2}}\b"
    r"|\b\d{1,6}//?(?:19|20)\d{2}\b"
)


def is_task_class(text: str) -> bool:
    """True for a tehtäväluokka such as ``00.01.01`` or ``00 01 00 03``."""
    return bool(TASK_CLASS.match(text.strip()))


def _dotted(cls: str | None) -> str | None:
    return cls.replace(" ", ".") if cls else None


def parse_diary_number(raw: str, task_class: str | None = None, span: Span | None = None) -> DiaryNumber:
    """Parse ``raw`` by the first pattern that matches; ``task_class`` comes from a separate line."""
    text = " ".join(raw.split())
    text = re.sub(r"^(?:dnro|dno|dnr|diaarinumero|asianro|diarienummer)[:.]?\s*", "", text, flags=re.I)
    for name, pattern in DIARY_PATTERNS.items():
        m = pattern.match(text)
        if m is None:
            continue
        groups = m.groupdict()
        code = groups.get("code")
        # one task class in Turku's brackets is the case's class; an old code or several are not
        cls = groups.get("cls") or (code if code and is_task_class(code) else None)
        return DiaryNumber(
            raw=raw.strip(),
            serial=groups.get("no"),
            task_class=_dotted(cls) or _dotted(task_class),
            year=int(groups["year"]) if groups.get("year") else None,
            prefix=groups.get("prefix"),
            pattern=name,
            span=span,
        )
    return DiaryNumber(raw=raw.strip(), task_class=_dotted(task_class), span=span)


def find_diary_number(text: str) -> str | None:
    """The first diary-number-looking string in ``text``, else ``None``."""
    m = _FIND.search(text)
    return m.group(0) if m else None
