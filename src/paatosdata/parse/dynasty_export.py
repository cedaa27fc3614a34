"""Older Dynasty item exports saved as text: a ``kokous/<id>.HTM`` page and Dynasty 5's ``kokous/<id>.TXT``.

The HTM page (made from Word before Dynasty 10) starts with its navigation (``Edellinen asia | Seuraava
asia``) and prints the body, the number and the date on lines of their own, the number again, the title
and the body's abbreviation (``Khall``) before the text. The TXT file starts ``Tekninen lautakunta § 94
15.12.2020`` and repeats the number after the abbreviation (``TEKLTK § 94``) under the title; text saved
from it may hold the whole item on one line, its parts run together (``… Päätösehdotus: … Päätös: …``), or
print the head as a table's cells closed by ``|`` (``Kaupunginhallitus |``, ``§ 171 |``, ``20.08.2012 |``).
A still older ``kokous/KOKOUS-<n>.HTM`` page starts with a path (``Poistuminen | Toimielimet |
Perusturvalautakunta | Pöytäkirja 14.12.2006``) that names the body, the document and the date; its heading
``Kokous 14.12.2006 / Pykälä 151`` gives the number. The parts are headed as on Dynasty 10 pages and are read
by the same rules. No export names the municipality in its head; the text may, naming the body as the
municipality's own (``Esimerkkilän kunnan sivistyslautakunnan toimintasääntö``). The path says whether it is
an agenda or minutes; on the HTM page and in a head saved as cells a number printed with the section sign
(``§ 11``, a pykälä) is the minutes'; elsewhere a decision makes it minutes.
"""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.diary import DIARY_PATTERNS
from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import (
    Body,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Municipality,
    Span,
)
from paatosdata.parse.assemble import fill_item, parse_attachment_lines
from paatosdata.parse.dynasty10 import (
    Paragraph,
    earlier_handlings,
    is_chrome_line,
    is_dynasty10_text,
    is_earlier_handling,
    item_parts,
    looks_like_html,
)
from paatosdata.parse.htmlsafe import clean_text
from paatosdata.parse.municipalities import municipality_by_genitive
from paatosdata.people import proposing_office

__all__ = ["is_dynasty_export_text", "read_dynasty_export_text"]

#: the HTM page's navigation, its first line
_NAVIGATION = re.compile(r"^(?:\|\s*)?edellinen asia\s*\|\s*seuraava asia\b", re.IGNORECASE)
#: the TXT file's first line: body, number, date (and, run together, the rest of the item)
_TXT_HEAD = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö ,-]{2,80}?)\s+§\s*(?P<number>\d+)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s+(?P<rest>\S.*))?$",
    re.DOTALL,
)
#: the number on a line of its own: ``270``, ``§ 11``
_NUMBER = re.compile(r"^(?:§\s*)?(?P<number>\d{1,4})(?:\s*§)?$")
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
#: the body's abbreviation that marks the item's own handling (``Khall``, ``TEKLTK``)
_ABBR = r"[A-ZÅÄÖ][\wåäö.]{1,15}"
_ABBREVIATION = re.compile(rf"^{_ABBR}$")
#: a heading run into the text, ending in a colon (``… kokouksessa. Päätös: Tarkastajiksi …``)
_INLINE_HEADING = re.compile(r"(?<!\S)(?P<words>[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,3}):(?=\s|$)")
_RULE = re.compile(r"^[_=\-]{3,}$")
#: the oldest page's path: body, document and date (``Poistuminen | Toimielimet | Tekninen lautakunta |
#: Pöytäkirja 14.12.2006``)
_PATH = re.compile(
    r"^Poistuminen\s*\|\s*Toimielimet\s*\|\s*(?P<body>[^|]{2,80}?)\s*\|\s*"
    r"(?P<kind>Pöytäkirja|Esityslista)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$",
    re.IGNORECASE,
)
#: its heading, the number run into the body's name after it (``Kokous 14.12.2006 / Pykälä 151Tekninen …``)
_PATH_HEADING = re.compile(
    r"^Kokous\s+\d{1,2}\.\d{1,2}\.\d{4}\s*/\s*(?:Pykälä|Asianro|Asia)\s+(?P<number>\d+)"
)
#: the copyright mark closing the oldest page
_COPYRIGHT = re.compile(r"^©(?:\s.{0,60})?$")


def _head_text(head: bytes) -> str:
    """The sniffed bytes as text: UTF-8, else windows-1252 (Dynasty 5 wrote its TXT files in it)."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a character cut at the end of the sniffed bytes
            return head[: error.start].decode("utf-8")
        return head.decode("cp1252", "replace")


def is_dynasty_export_text(head: bytes) -> bool:
    """True for the text of an older Dynasty export: the HTM page's navigation over a body, a number and a
    date; the TXT file's first line (body, §, date), or its head saved as a table's cells, with the number
    repeated after an abbreviation; or the older page's path over its ``Kokous … / Pykälä …`` heading."""
    if looks_like_html(head) or is_dynasty10_text(head):
        return False
    text = _head_text(head).lstrip("\ufeff")
    if "DREQUEST.PHP" in text:
        return False
    lines = [clean_text(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return False
    if _NAVIGATION.match(lines[0]):
        rest = [line for line in lines[1:16] if not is_chrome_line(line)]
        if rest and rest[0].casefold() == "liitteet":  # the attachments' names over the table of handlings
            return any(_htm_head(rest[i : i + 3]) is not None for i in range(1, min(len(rest), 9)))
        return _htm_head(rest[:3]) is not None
    if _PATH.match(lines[0]):
        return any(_PATH_HEADING.match(line) for line in lines[1:6])
    cells = _cell_head(lines[:3])
    if cells is not None:
        return any(_own_mark_pattern(cells[1]).fullmatch(line) for line in lines[3:8])
    m = _TXT_HEAD.match(lines[0])
    return m is not None and _own_mark("\n".join(lines)[m.end("date") :], m.group("number")) is not None


def _cell_head(lines: list[str]) -> tuple[str, str, str] | None:
    """``(body, number, date)`` from a TXT file's head saved as a table's cells, each closed by ``|``
    (``Kaupunginhallitus |``, ``§ 171 |``, ``20.08.2012 |``)."""
    if len(lines) < 3 or not all(line.endswith("|") for line in lines[:3]):
        return None
    return _htm_head([line[:-1].strip() for line in lines[:3]])


def _htm_head(paragraphs: list[str]) -> tuple[str, str, str] | None:
    """``(body, number, date)`` from the HTM page's first paragraphs: ``Kunnanhallitus``, ``270`` (or
    ``§ 11``), ``04.08.2020``."""
    if len(paragraphs) < 3:
        return None
    body, printed, when = paragraphs[:3]
    if any(c.isdigit() for c in body) or len(body) > 80 or "\n" in body:
        return None
    number = _NUMBER.match(printed)
    if number is None or not _DATE.match(when):
        return None
    return body, number.group("number"), when


def _htm_rows(paragraphs: list[Paragraph]) -> tuple[list[tuple[str, str, str]], list[str], int]:
    """The rows of the HTM page's table of handlings, oldest first, each ``(body, number, date)``; the names
    of the attachments listed over the table (``Liitteet``, then a name a line); and where the paragraphs
    after the table start. A page of one handling has one row; the page's own is the last."""
    texts = [p.text for p in paragraphs]
    start, attachments = 0, []
    if texts and texts[0].split("\n")[0].strip().casefold() == "liitteet":
        start = next((i for i in range(1, min(len(texts), 9)) if _htm_head(texts[i : i + 3])), 0)
        attachments = [line for text in texts[:start] for line in text.split("\n")][1:]
    rows: list[tuple[str, str, str]] = []
    at = start
    while (row := _htm_head(texts[at : at + 3])) is not None:
        rows.append(row)
        at += 3
    return rows, attachments, at


def _own_mark_pattern(number: str) -> re.Pattern[str]:
    """The abbreviation and number that mark the item's own handling: ``TEKLTK § 94``."""
    return re.compile(rf"(?<!\S){_ABBR}\s+§\s*{re.escape(number)}(?!\d)")


#: the mark of a handling with its date: ``KHALL 25.03.2019 § 84``
_DATED_MARK = re.compile(rf"^{_ABBR}\s+(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s*§\s*(?P<number>\d+)$")


def _is_own_mark(text: str, number: str, when: str) -> bool:
    """True for the mark of the item's own handling, with no date (``MAASELTK § 11``) or with the
    meeting's (``KHALL 25.03.2019 § 84`` on the page of § 84 of 25.03.2019)."""
    if _own_mark_pattern(number).fullmatch(text):
        return True
    dated = _DATED_MARK.match(text)
    return (
        dated is not None
        and dated.group("number") == number
        and parse_date(dated.group("date")) == parse_date(when)
    )


def _own_mark(text: str, number: str) -> re.Match[str] | None:
    """The mark of the item's own handling (``TEKLTK § 94``) in ``text``."""
    return _own_mark_pattern(number).search(text)


def read_dynasty_export_text(text: str, path: Path) -> Document:
    """One document of one item from the text of an older Dynasty export."""
    paragraphs = _paragraphs(text)
    if _cell_head([p.text for p in paragraphs[:3]]) is not None:
        for paragraph in paragraphs[:3]:  # the head's cells: the closing ``|`` is no part of the text
            paragraph.text = paragraph.text[:-1].strip()
    first = paragraphs[0].text if paragraphs else ""
    txt = _TXT_HEAD.match(first)
    path_head = _PATH.match(first.split("\n")[0])
    printed_kind: DocumentKind | None = None
    rows: list[tuple[str, str, str]] = []
    listed: list[str] = []
    if path_head is not None:
        body, when = path_head.group("body").strip(), path_head.group("date")
        printed_kind = DocumentKind.MINUTES if path_head.group("kind").casefold() == "pöytäkirja" else None
        printed_kind = printed_kind or DocumentKind.AGENDA
        number, rest_from = _path_number(paragraphs)
        if number is None:
            raise ParseError("the Dynasty page names no item number", source=str(path))
        title, rest = _htm_title(paragraphs[rest_from:], number, when)
    elif txt is not None:
        body, number, when = txt.group("body").strip(), txt.group("number"), txt.group("date")
        title, rest = _txt_title(txt.group("rest") or "", paragraphs[1:], number)
    else:
        rows, listed, after = _htm_rows(paragraphs)
        if not rows:
            raise ParseError("the Dynasty export names no body, number and date", source=str(path))
        body, number, when = rows[-1]
        if paragraphs[after - 2].text.startswith("§"):  # the row's number printed as a pykälä (``§ 50``)
            printed_kind = DocumentKind.MINUTES
        title, rest = _htm_title(paragraphs[after:], number, when)
    span = Span(str(path), paragraphs[0].line)
    meeting = Meeting(
        body=Body(name=body, slug=slugify(body), span=span),
        date=parse_date(when),
        date_raw=when,
        span=span,
    )
    item = Item(number=None, title=title.text if title else "")
    if title is not None:
        item.span = Span(str(path), title.line)
        item.spans["title"] = item.span
    own_at = _own_handling_at(rest, number, when, listed=len(rows) > 1)
    if own_at is None:
        fill_item(item, item_parts(rest, item, path, body))
    else:
        earlier = earlier_handlings(rest[:own_at], item, path)
        fill_item(item, [*earlier, *item_parts(rest[own_at + 1 :], item, path, body)])
    _table_history(item, rows[:-1], span)
    if listed and not item.attachments:
        item.attachments = parse_attachment_lines(listed, supplementary=False)
    meeting.municipality = _municipality_of_body(item, body)
    kind = printed_kind or (DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA)
    if kind is DocumentKind.MINUTES:
        item.number, item.number_raw = number, f"§ {number}"
    else:
        item.agenda_number = number
    return Document(kind=kind, meeting=meeting, items=[item])


#: a body named as a municipality's own: ``Esimerkkilän kunnan sivistyslautakunnan``, ``… kaupungin teknisen``
_OWNED_BODY = re.compile(r"\b(?P<genitive>[A-ZÅÄÖ][\wåäö-]+n)\s+(?:kunnan|kaupungin)\s+(?P<word>[a-zåäö-]+)")


def _municipality_of_body(item: Item, body: str) -> Municipality | None:
    """The one municipality the item's text names as the owner of the meeting's body (``Esimerkkilän kunnan
    sivistyslautakunnan toimintasäännön mukaan`` under Sivistyslautakunta): the word after ``kunnan`` or
    ``kaupungin`` starts as the body's first word does, whatever its case ending. A municipality merely named
    (a neighbour, a place) names none."""
    first = body.split()[0].casefold() if body.split() else ""
    stem = first[: max(5, len(first) - 3)]
    if len(stem) < 5:
        return None
    text = "\n".join(section.text for section in item.sections)
    found = {
        m.group("genitive") for m in _OWNED_BODY.finditer(text) if m.group("word").casefold().startswith(stem)
    }
    return municipality_by_genitive(found.pop()) if len(found) == 1 else None


def _table_history(item: Item, rows: list[tuple[str, str, str]], span: Span) -> None:
    """The earlier handlings of the page's table, each once: a handling the text marks without its date
    (``MAASELTK § 17``) takes the row's date and body, another row is added to the history."""
    for body, number, when in rows:
        known = next((h for h in item.history if h.section == number), None)
        if known is None:
            item.history.append(
                DecisionReference(
                    raw=f"{body} {when} § {number}",
                    body=body,
                    date=parse_date(when),
                    section=number,
                    span=span,
                )
            )
        elif known.date is None:
            known.date, known.body = parse_date(when), known.body or body


def _own_handling_at(paragraphs: list[Paragraph], number: str, when: str, listed: bool = False) -> int | None:
    """Where the mark of the item's own handling (``KVALT § 54``, ``KHALL 29.10.2018 § 280``) stands when
    earlier handlings are printed before it, each named with its date (``KHALL 03.03.2003 § 101``) or listed
    in the page's table of handlings (``listed``); ``None`` otherwise."""
    for index in range(len(paragraphs) - 1, 0, -1):
        if _is_own_mark(paragraphs[index].text, number, when):
            if listed or any(is_earlier_handling(p.text) for p in paragraphs[:index]):
                return index
            return None
    return None


def _path_number(paragraphs: list[Paragraph]) -> tuple[str | None, int]:
    """The number the oldest page's heading prints, and where the paragraphs after the heading start."""
    for index, paragraph in enumerate(paragraphs[:4]):
        for line in paragraph.text.split("\n"):
            m = _PATH_HEADING.match(line)
            if m is not None:
                return m.group("number"), index + 1
    return None, 0


def _paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs between blank lines (a line each when there are none), without the navigation and rules;
    a paragraph in parentheses (``(Lisätietoja: …)``) without them."""
    raw = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    blank_lines = any(not line.strip() for line in raw[:-1])
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    start = 1

    def flush() -> None:
        joined = "\n".join(lines)
        if joined:
            paragraphs.append(Paragraph(joined, start))

    for number, line in enumerate(raw, start=1):
        cleaned = clean_text(line)
        if cleaned.endswith("©"):  # the closing copyright mark run onto the last line of text
            cleaned = cleaned[:-1].rstrip()
        if cleaned and any(
            test(cleaned) for test in (_NAVIGATION.match, is_chrome_line, _RULE.match, _COPYRIGHT.match)
        ):
            cleaned = ""
        if cleaned:
            if not lines:
                start = number
            lines.append(cleaned)
            if blank_lines:
                continue
        if lines:
            flush()
            lines = []
    if lines:
        flush()
    return paragraphs


def _htm_title(
    paragraphs: list[Paragraph], number: str, when: str
) -> tuple[Paragraph | None, list[Paragraph]]:
    """The title after the repeated number, and the text without the mark of the item's own handling: the
    body's abbreviation right after the title (``Khall``) or, after a dnro, with the number
    (``MAASELTK § 11``) and perhaps the meeting's date (``KHALL 25.03.2019 § 84``)."""
    rest = list(paragraphs)
    repeated = _NUMBER.match(rest[0].text) if rest else None
    if repeated is not None and repeated.group("number") == number:
        rest = rest[1:]
    title = rest.pop(0) if rest else None
    if rest and _ABBREVIATION.match(rest[0].text):
        rest = rest[1:]
    return title, [p for p in rest[:3] if not _is_own_mark(p.text, number, when)] + rest[3:]


def _txt_title(
    run_on: str, paragraphs: list[Paragraph], number: str
) -> tuple[Paragraph | None, list[Paragraph]]:
    """The title and the parts of a TXT file: on lines of their own, or run together after the head."""
    if not run_on:
        rest = list(paragraphs)
        title = rest.pop(0) if rest else None
        if rest and _own_mark_pattern(number).fullmatch(rest[0].text):
            rest = rest[1:]
        return title, rest
    line = paragraphs[0].line - 1 if paragraphs else 1
    mark = _own_mark(run_on, number)
    if mark is None:
        return None, [Paragraph(part, line) for part in _unfold(run_on)] + paragraphs
    heading, dnro = _title_and_dnro(run_on[: mark.start()].strip())
    parts = [Paragraph(part, line) for part in ([dnro] if dnro else []) + _unfold(run_on[mark.end() :])]
    return Paragraph(heading, line), parts + paragraphs


def _title_and_dnro(text: str) -> tuple[str, str | None]:
    """A run-on title without the dnro printed after it (``Vuoden yrittäjän valinta 412/00.04.02/2026``):
    the title, and the dnro as a paragraph of its own, as it stands on the lines of an unfolded file. Only a
    dnro with its task class is taken: a title may end in a number and a year (``Osavuosikatsaus 1/2026``)."""
    words = text.rsplit(None, 1)
    if len(words) == 2 and DIARY_PATTERNS["dynasty"].match(words[1]):
        return words[0], words[1]
    return text, None


def _unfold(text: str) -> list[str]:
    """Text whose parts run together, cut before each heading that ends in a colon (``Päätös:``). A heading
    naming the office whose proposal follows (``Maaseutujohtajan päätösehdotus:``) is cut with the office
    and set on a line of its own over its text, where the office's proposal heading is read."""
    cuts = [0]
    own_line: dict[int, int] = {}  # where a heading set on its own line starts → where its colon ends
    for m in _INLINE_HEADING.finditer(text):
        words = m.group("words").split()
        for size in range(1, len(words) + 1):  # the shortest heading the words end with
            heading = " ".join(words[-size:])
            if classify_heading(heading) is not None:
                named = _with_office(words[:-size], heading)
                cuts.append(m.end() - len(named) - 1)
                if named != heading:
                    own_line[cuts[-1]] = m.end()
                break
    cuts.append(len(text))
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        colon = own_line.get(a)
        part = text[a:b].strip()
        if colon is not None:
            part = f"{text[a:colon].strip()}\n{text[colon:b].strip()}".strip()
        if part:
            parts.append(part)
    return parts


def _with_office(before: list[str], heading: str) -> str:
    """The heading with the office before it that names whose proposal it is (``Maaseutujohtajan
    päätösehdotus``, ``Teknisen johtajan ehdotus``), so that the presenter's office is read; the heading
    alone when the words before it name none."""
    for size in (2, 1):
        if len(before) >= size:
            named = " ".join([*before[-size:], heading])
            if proposing_office(named) is not None:
                return named
    return heading
