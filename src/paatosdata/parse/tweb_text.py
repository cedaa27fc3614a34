"""The text of a Tweb meeting page (its item list as a page-to-text tool or a copy from the browser gives it).

The page's instruction sentence (``Alla näet valitsemasi kokouksen pöytäkirjan asiat``) says minutes or
agenda; the column headings (``§ Otsikko Liitteet``, or ``§ | Otsikko | Liitteet |`` as a table) open the
item list. Each row is ``§ title attachments`` (``-`` or ``2 kpl``) or the same in table cells; a row
without a positive § (cover page, appeal instructions) is a document section, as on the HTML page.
``Kokouksen tiedot: Body Name, Pöytäkirja 16.6.2025 18:00`` above the list, when present, names the
body (the meeting's name is the body's name again, or its number ``5/2017``), the date and the start.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import Body, Document, DocumentKind, Item, Meeting, Section
from paatosdata.parse.base import span
from paatosdata.parse.headers import clock_time

__all__ = ["is_tweb_text", "read_tweb_text"]

_INSTRUCTION = re.compile(r"Alla näet valitsemasi kokouksen (?P<kind>pöytäkirjan|esityslistan) asiat", re.I)
_COLUMNS = re.compile(r"^\|?\s*§\s*\|?\s*(?:Otsikko|Rubrik)\s*\|?\s*(?:Liitteet|Bilagor)\s*\|?\s*$", re.I)
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}")
_HEADER = re.compile(
    r"^Kokouksen tiedot:\s*(?P<name>.+?),\s*(?P<kind>\w+)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s+(?P<h>\d{1,2})[:.](?P<m>\d{2}))?"
)
_NUMBERED_NAME = re.compile(r"^(?P<body>.+?)\s+(?P<number>\d+/\d{4})$")
_ROW = re.compile(r"^(?:(?P<number>-?\d+)\s+)?(?P<title>.+?)(?:\s+(?P<count>[-–]|\d+\s*kpl))?$")
_STOP = ("kokousmateriaali", "hae esityslista", "hae pöytäkirja", "«")
_KINDS = {"pöytäkirja": DocumentKind.MINUTES, "esityslista": DocumentKind.AGENDA}


def is_tweb_text(head: bytes) -> bool:
    """True for page text (not markup) with Tweb's instruction sentence and its item columns."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):
        return False
    decoded = text.decode("utf-8", "replace")
    return bool(_INSTRUCTION.search(decoded)) and any(
        _COLUMNS.match(line.strip()) for line in decoded.split("\n")[:80]
    )


def read_tweb_text(text: str, path: Path) -> Document:
    """One document with the listed items (§ and title); their texts are in the item documents."""
    lines = [line.strip() for line in text.split("\n")]
    found = _INSTRUCTION.search(text)
    kind = (
        DocumentKind.AGENDA
        if found and found.group("kind").lower() == "esityslistan"
        else DocumentKind.MINUTES
    )
    meeting = Meeting(body=Body(name=""), span=span(path, 1))
    start = None
    for number, line in enumerate(lines, start=1):
        if _COLUMNS.match(line):
            start = number
            break
        header = _HEADER.match(line)
        if header:
            meeting = _meeting(header, path, number)
            kind = _KINDS.get(header.group("kind").casefold(), kind)
    if start is None:
        raise ParseError("not a Tweb meeting page: no item columns (§ Otsikko Liitteet)", source=str(path))
    document = Document(kind=kind, meeting=meeting)
    piped = "|" in lines[start - 1]
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line or _SEPARATOR.match(line):
            continue
        if line.casefold().startswith(_STOP) or (piped and "|" not in line):
            break
        _row(document, kind, line, piped, path, number)
    if not document.items:
        raise ParseError("the Tweb meeting page lists no items", source=str(path))
    return document


def _meeting(header: re.Match[str], path: Path, line: int) -> Meeting:
    """The meeting ``Kokouksen tiedot: …`` names: its body (a name said twice is said once), number, date."""
    name, number = header.group("name").strip(), None
    numbered = _NUMBERED_NAME.match(name)
    words = name.split()
    if numbered:
        name, number = numbered.group("body"), numbered.group("number")
    elif len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2 :]:
        name = " ".join(words[: len(words) // 2])
    where = span(path, line)
    meeting = Meeting(body=Body(name=name, slug=slugify(name), span=where), number=number, span=where)
    meeting.date = parse_date(header.group("date"))
    meeting.date_raw = header.group("date")
    if header.group("h"):
        meeting.start = clock_time(header.group("h"), header.group("m"))
    return meeting


def _row(document: Document, kind: DocumentKind, line: str, piped: bool, path: Path, number: int) -> None:
    """One listed row: an item when it has a positive §, else a document section."""
    if piped:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        section_number, title = cells[0], cells[1] if len(cells) > 1 else ""
        count = cells[2] if len(cells) > 2 else ""
    else:
        row = _ROW.match(line)
        if row is None:
            return
        section_number, title, count = row.group("number") or "", row.group("title"), row.group("count") or ""
    if not title:
        return
    where = span(path, number)
    if not section_number.isdigit() or int(section_number) <= 0:
        document.sections.append(Section(classify_heading(title) or "generic", title, "", where))
        return
    item = Item(number=None, title=title, span=where)
    if kind is DocumentKind.AGENDA:
        item.agenda_number = section_number
    else:
        item.number, item.number_raw = section_number, f"§ {section_number}"
    item.spans["title"] = where
    if count and count not in "-–":
        item.sections.append(Section("attachments", "Liitteet", count, where))
    document.items.append(item)
