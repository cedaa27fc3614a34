"""Turku pages saved as text (the layouts are described in :mod:`paatosdata.parse.turku`): an item page,
its header rows, dnro, title, summary and handlings, and its closing list of attachment links; a meeting's
list of items."""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date
from paatosdata.model import Case, DecisionReference, Document, DocumentKind, Item, Participant, Section, Span
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.dynasty_header import parse_header
from paatosdata.parse.turku_handling import (
    HANDLING,
    TABLED,
    handling_number,
    matter_preparers,
    matter_reasons,
    reference_of,
    taken_up,
    text_handling,
)
from paatosdata.parse.turku_head import (
    LIST_COLUMNS,
    LIST_HEAD,
    TEXT_HEAD,
    body_name_of,
    meeting_of_row,
    time_and_place,
)
from paatosdata.people import parse_person

__all__ = ["read_turku_list_text", "read_turku_text"]

_TEXT_DNRO = re.compile(r"^\d{1,6}-\d{4}(?:\s*\([\d ,.]+\))?$")
#: a body's name may end in its term of office (``Tarkastuslautakunta 2009-2012``), run into its § on some
#: copies (``Tarkastuslautakunta 2009-20128031.05.20123``): the term is four digits, a hyphen and four digits
#: an official's row may open with a dated note of the office (``Loppupvm 31.5.2026, Vapaa-aikajohtaja…``,
#: the end of the term it was held in), no part of its name
_NOTE = r"(?:[A-ZÅÄÖ][a-zåäö]+\s+\d{1,2}\.\d{1,2}\.\d{4},\s*)?"
#: an official's office may be printed with its post number in brackets (``Johtava terveystarkastaja
#: (vakanssi 203002)``): the bracket, a word before the number, closes the office's cell, so a row run
#: together (``…(vakanssi 203002)2128.04.2025``) still tells the § after it; the body keeps it as printed
_POST = r"\s*\([^\W\d_][^()|\d]*\d+\)"
_BODY = rf"{_NOTE}(?P<body>[^|\d]+?(?:\s*\d{{4}}-\d{{4}}|{_POST})?)"
#: in a row of cells an official's cell may end in the numbered decision series after a slash
#: (``Maanhankintapäällikkö/sarja 10 | 127 |``), a part of the name as a lettered one (``/sarja A``) is: the
#: cell's bar ends it, where a row run together could not tell the series' number from the §
_BODY_CELL = rf"{_NOTE}(?P<body>[^|\d]+?(?:\s*\d{{4}}-\d{{4}}|/sarja\s+\d+|{_POST})?)"
_ROW_CELLS = re.compile(
    rf"^{_BODY_CELL}\s*\|\s*(?P<number>\d+)\s*\|\s*(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})\s*\|\s*(?P<asia>[^|]*?)(?:\s*\|)*\s*$"
)
#: a row of older pages may end in the code of the preparing unit instead of an agenda number
#: (``Kaupunginhallitus59715.11.2010 Kj``)
_UNIT_TAIL = r"(?:\s+[A-ZÅÄÖ][a-zåäö]{0,5})?"
_ROW_RUN = re.compile(
    rf"^{_BODY}(?P<number>\d+)(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})(?:(?P<asia>\d[^|]*)|{_UNIT_TAIL})$"
)
_ROW_SPACED = re.compile(
    rf"^{_BODY}\s+(?P<number>\d+)\s+(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})"
    rf"(?:\s+(?P<asia>\d[^|]*)|{_UNIT_TAIL})$"
)
#: a label set apart from its text by a run of spaces (a tab stop of the saved page): ``Förslag     Text``
_SPACED_LABEL = re.compile(r"^\s*(?P<label>Ehdotus|Päätös|Förslag|Beslut)\s{2,}(?=\S)")
_LIST_ROW = re.compile(r"^(?P<number>\d+)\s*§\s+(?P<title>\S.*)$")


def read_turku_list_text(lines: list[tuple[int, str]], path: Path) -> Document:
    """A meeting's list of items saved as text: the meeting from the heading and the time and place
    line, an item a row (its § in minutes, its agenda number in an agenda)."""
    number, heading = lines[0]
    span = Span(str(path), number)
    found = LIST_HEAD.match(heading)
    header = parse_header(heading)
    assert found is not None
    meeting = meeting_of_row(found, span)
    kind = header.kind if header else DocumentKind.MINUTES
    document = Document(kind=kind, meeting=meeting)
    rows = False
    for line_number, text in lines[1:]:
        if text.casefold().startswith("kokousaika"):
            time_and_place(meeting, text)
        elif LIST_COLUMNS.match(text):
            rows = True
        elif rows and (row := _LIST_ROW.match(text)) is not None:
            here = Span(str(path), line_number)
            item = Item(number=None, title=row.group("title"), span=here)
            item.spans["title"] = here
            if kind is DocumentKind.AGENDA:
                item.agenda_number = row.group("number")
            else:
                item.number, item.number_raw = row.group("number"), f"{row.group('number')} §"
            document.items.append(item)
        elif text.casefold().startswith("nähtävänäolopäivä"):
            document.sections.append(
                Section(
                    "generic",
                    "Nähtävänäolopäivä",
                    text.split(":", 1)[-1].strip(),
                    Span(str(path), line_number),
                )
            )
    if not document.items:
        raise ParseError("the Turku list page lists no items", source=str(path))
    return document


def _row(line: str) -> re.Match[str] | None:
    """A header row: body, §, meeting date and agenda number, as cells or run together."""
    return _ROW_CELLS.match(line) or _ROW_RUN.match(line) or _ROW_SPACED.match(line)


def read_turku_text(text: str, path: Path) -> Document:
    """One item from the text of a Turku item page; the header's last row is the page's handling. A
    meeting's list of items is read by :func:`read_turku_list_text`."""
    lines = [
        (number, " ".join(_SPACED_LABEL.sub(r"\g<label>: ", raw).split()))
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    lines = [(number, line) for number, line in lines if line]
    if lines and LIST_HEAD.match(lines[0][1]):
        return read_turku_list_text(lines, path)
    head = TEXT_HEAD.match(lines[0][1]) if lines else None
    officer = head is not None and head.group("officer") is not None
    rows: list[tuple[re.Match[str], int]] = []
    position = 1
    unit: tuple[int, str] | None = None
    if officer and len(lines) > 2 and _row(lines[1][1]) is None and _row(lines[2][1]) is not None:
        unit, position = lines[1], 2  # the official's unit, over the official's row
    while position < len(lines) and (found := _row(lines[position][1])) is not None:
        rows.append((found, lines[position][0]))
        position += 1
    if not rows:
        raise ParseError("the Turku page's header has no row naming a body, § and date", source=str(path))
    last, last_line = rows[-1]
    span = Span(str(path), last_line)
    meeting = meeting_of_row(last, span)
    number = last.group("number")
    asia = re.match(r"\d+", last.group("asia") or "")
    rest = lines[position:]
    item = Item(
        number=number, number_raw=f"§ {number}", agenda_number=asia.group(0) if asia else None, title=""
    )
    if rest and _TEXT_DNRO.match(rest[0][1]):
        here = Span(str(path), rest[0][0])
        item.case = Case(diary_number=parse_diary_number(rest[0][1], span=here), span=here)
        rest = rest[1:]
    if not rest:
        raise ParseError("the Turku page has no title after its header", source=str(path))
    item.title = rest[0][1]
    item.span = item.spans["title"] = Span(str(path), rest[0][0])
    if item.case is not None:
        item.case.title = item.title
    sections = _text_sections(rest[1:], item, path, office=meeting.body.name if officer else None)
    if unit is not None:
        # in a row of cells the unit's line ends in the empty cells beside it (``Ympäristöterveys | |||``)
        sections.insert(0, Section("generic", "Yksikkö", unit[1].rstrip(" |"), Span(str(path), unit[0])))
    for found, line in rows[:-1]:
        when = parse_date(found.group("date"))
        printed = next(
            (h for h in item.history if h.section == found.group("number") and h.date in (None, when)), None
        )
        if printed is not None:  # a handling line without its date (``Kh § 317``): the row gives it
            printed.date = when
            printed.body = printed.body or body_name_of(found.group("body"))
        else:
            item.history.append(
                DecisionReference(
                    raw=f"{found.group('body').strip()} {found.group('date')} § {found.group('number')}",
                    body=body_name_of(found.group("body")),
                    date=when,
                    section=found.group("number"),
                    span=Span(str(path), line),
                )
            )
    item.history.sort(key=lambda h: (h.date is None, h.date or meeting.date))
    fill_item(item, sections)
    if officer:
        kind = DocumentKind.OFFICER_DECISION
    else:
        # a § printed in the row: the minutes', even where the copy ends before Päätös (as the page above)
        kind = DocumentKind.MINUTES if item.decision or item.number else DocumentKind.AGENDA
    document = Document(kind=kind, meeting=meeting, items=[item])
    for section in sections:
        if section.kind == "signatures":  # the official who decided, over the decision and signing it
            person = parse_person(section.text, section.span)
            if all(signer.person.name != person.name for signer in document.signatures):
                document.signatures.append(Participant(person=person, role="päättäjä", span=section.span))
    return document


#: the item's § on a line of its own, closing the text before the list of links
_BARE_MARK = re.compile(r"^§\s*\d+$")
#: the heading of the page's closing list of attachment links, grouped under handling lines
_LINK_LIST = re.compile(r"^(?:Liitteet|Oheismateriaali|Bilagor)\s*:?$", re.IGNORECASE)
#: one link of that list: ``Liite 1:Title`` (``Oheismateriaali 2: Title``, ``Bilaga 1:Title``)
_LINK = re.compile(r"^(?P<label>Liite|Oheismateriaali|Bilaga)\s*(?P<number>\d+)\s*:\s*(?P<title>.+)$", re.I)


def _text_link_list(lines: list[tuple[int, str]], number: str | None, path: Path) -> list[Section]:
    """The closing link list (``Liitteet:``, ``Ksylk § 26``, ``Liite 1:Title``): the group under this
    item's handling (the last group when none is its) gives the attachments, as on the HTML page."""
    groups: list[tuple[str, list[tuple[int, re.Match[str]]]]] = []
    for line, text in lines:
        link = _LINK.match(text)
        if HANDLING.match(text):
            groups.append((text, []))
        elif link is not None:
            if not groups:
                groups.append(("", []))
            groups[-1][1].append((line, link))
    if not groups:
        return []
    own = next((links for marker, links in groups if handling_number(marker) == number), groups[-1][1])
    sections = []
    for kind, heading, supplementary in (
        ("attachments", "Liitteet", False),
        ("supplementary", "Oheismateriaali", True),
    ):
        found = [
            (line, m) for line, m in own if m.group("label").casefold().startswith("oheis") == supplementary
        ]
        if found:
            text = "\n".join(f"{m.group('number')} {m.group('title').strip()}" for _line, m in found)
            sections.append(Section(kind, heading, text, Span(str(path), found[0][0])))
    return sections


def _text_sections(
    lines: list[tuple[int, str]], item: Item, path: Path, office: str | None = None
) -> list[Section]:
    """The summary, then the handlings: the page's own read into parts, earlier ones kept as history;
    the closing list of attachment links, when the page has one, gives the attachments. An official's
    decision (the ``office`` deciding it) prints no handling line: its text is read as the page's own
    handling."""
    links: list[Section] = []
    closing = next((i for i, (_n, text) in enumerate(lines) if _LINK_LIST.match(text)), None)
    if closing is not None:
        links = _text_link_list(lines[closing + 1 :], item.number, path)
        lines = lines[:closing]
    while lines and _BARE_MARK.match(lines[-1][1]):
        lines = lines[:-1]  # the item's § alone after its text (``§ 33``): a mark of the page, not text
    sections: list[Section] = []
    summary: list[str] = []
    index = 0
    if lines and lines[0][1].casefold().startswith(("tiivistelmä", "sammandrag")):
        first = lines[0][1].split(":", 1)[-1].strip() if ":" in lines[0][1] else ""
        summary = [first] if first and first != "-" else []
        index = 1
        while index < len(lines) and not HANDLING.match(lines[index][1]):
            summary.append(lines[index][1])
            index += 1
        if summary:
            sections.append(
                Section("summary", "Tiivistelmä", "\n".join(summary), Span(str(path), lines[0][0]))
            )
    marks = [i for i in range(index, len(lines)) if HANDLING.match(lines[i][1])]
    if office is not None and not marks:
        sections.extend(text_handling(lines[index:], path, office=office))
    own = next((i for i in marks if handling_number(lines[i][1]) == item.number), None)
    earlier: list[list[tuple[Span, str]]] = []
    segments = {
        start: lines[start + 1 : end] for start, end in zip(marks, [*marks[1:], len(lines)], strict=False)
    }
    for start, segment in segments.items():
        marker = lines[start][1]
        span = Span(str(path), lines[start][0])
        if start == own:
            tabled = TABLED.match(segment[0][1]) if segment else None
            if tabled is not None:
                sections.append(Section("generic", "Pöydältä", segment[0][1], Span(str(path), segment[0][0])))
                segment = segment[1:]
            parts = text_handling(segment, path)
            if tabled is not None:
                at = [
                    i for i in marks if i < start and handling_number(lines[i][1]) == tabled.group("number")
                ]
                if at:
                    parts = taken_up(text_handling(segments[at[-1]], path), parts)
            sections.extend(parts)
        else:
            sections.append(Section("history", marker, "\n".join(t for _n, t in segment), span))
            item.history.append(reference_of(marker, span))
            earlier.append([(Span(str(path), n), t) for n, t in segment])
    sections.extend(matter_preparers(sections, earlier))
    sections = matter_reasons(
        sections,
        [segment for start, segment in segments.items() if start != own],
        path,
        last=lines[-1][1] if lines else "",
    )
    sections.extend(links)
    return sections
