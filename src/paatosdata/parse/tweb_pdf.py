"""Item PDFs (Tweb / KTweb, as Oulu and Vantaa publish them): headings in a left column, text beside.

The text comes from pypdf's layout mode, which keeps each line's horizontal position, so a heading
(``Päätösesitys``) and its text on the same line stay apart, and a heading broken over two lines
(``Täytäntöönpano-`` / ``tiedot``) is joined. Headings are recognised with the shared lexicon;
``Dno`` gives the diary number. Spans give the line in the extracted text (pages in order).
A PDF with no text layer (a scan) is refused with a clear error.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import Body, Case, Document, DocumentKind, Item, Meeting, Section, Span
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.base import Reader, source_for
from paatosdata.parse.municipalities import municipality_from_label

__all__ = ["TwebPdfReader", "pdf_lines"]

_DIARY_HEADINGS = {"dno", "dnro", "dnr", "diaarinumero"}
_SPLIT = re.compile(r"^(?P<left>\S(?:.*?\S)?)(?P<gap>\s{2,})(?P<right>\S.*)$")
_PAGE_NUMBER = re.compile(r"^\s*(?:sivu\s*)?\d+\s*(?:\(\s*\d+\s*\)|/\s*\d+)?\s*$", re.I)
_SECTION_NUMBER = re.compile(r"(?:^|\s)(?:§\s*(?P<a>\d+)|(?P<b>\d+)\s*§)(?:\s|$)")
_BODY_WORDS = re.compile(
    r"(?:lautakunta|hallitus|valtuusto|jaosto|toimikunta|johtokunta|nämnd|styrelse|fullmäktige)\b", re.I
)
_DATE_LINE = re.compile(r"^(?:[\wåäö.]+:?\s+)?(?P<date>\d{1,2}\.\d{1,2}\.\d{4})(?:\s+.{0,20})?$")
_ANY_DATE = re.compile(r"(?P<date>\b\d{1,2}\.\d{1,2}\.\d{4}\b)")
_LABELS = {"päivämäärä", "pvm", "datum", "sivu", "sida", "pöytäkirja", "esityslista", "protokoll"}
_KEEP_LINES = {"preparers", "distribution", "implementation", "presenter", "generic"}
_NUMBERED = re.compile(r"^(?:liite|bilaga|\d+[.)]?\s)", re.I)


@dataclass(slots=True)
class _Part:
    kind: str
    heading: str
    line: int
    lines: list[str] = field(default_factory=list)
    breaks: list[bool] = field(default_factory=list)  # a blank line came before this line


def pdf_lines(data: bytes, path: Path | str) -> list[str]:
    """The text lines of a PDF in reading order, columns kept; refuses broken and scanned PDFs."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ParseError("the PDF is encrypted", source=str(path))
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except ParseError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ParseError(f"the PDF cannot be read: {exc}", source=str(path)) from None
    except MemoryError:
        raise
    except Exception as exc:  # pypdf fails on some broken content streams with its own assertions
        raise ParseError(f"the PDF cannot be read ({type(exc).__name__})", source=str(path)) from None
    if not any(text.strip() for text in pages):
        raise ParseError(
            "the PDF has no text layer (scanned?)",
            source=str(path),
            hint="run OCR on it first, or read the item's HTML version",
        )
    lines: list[str] = []
    header: list[str] = []
    for number, text in enumerate(pages):
        page_lines = [line.rstrip() for line in text.split("\n")]
        if number == 0:
            header = [_header_key(line) for line in page_lines[:6] if line.strip()][:4]
        else:  # the page header repeats (page numbers differ): it is not content
            top = {i for i, line in enumerate(page_lines) if line.strip()}
            first = sorted(top)[:6]
            page_lines = [
                line for i, line in enumerate(page_lines) if not (i in first and _header_key(line) in header)
            ]
        lines.extend(line for line in page_lines if not _PAGE_NUMBER.match(line))
    return lines


def _header_key(line: str) -> str:
    """A header line compared across pages: spacing ignored, digits (page numbers) masked."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


class TwebPdfReader(Reader):
    """Item PDFs with a heading column (``--from tweb-pdf``)."""

    name = "tweb-pdf"
    extensions = (".pdf",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """The PDF magic ``%PDF-``."""
        return head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-")

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One document with one item."""
        if not data.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
            raise ParseError("not a PDF: the file does not start with %PDF-", source=str(path))
        lines = pdf_lines(data, path)
        column = _text_column(lines)
        preamble: list[tuple[int, str, bool]] = []
        parts: list[_Part] = []
        pending: str | None = None  # a heading broken with a hyphen, its text and line
        pending_right, pending_line = "", 0
        blank = False
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                blank = True
                continue
            indented = raw[:1].isspace()
            left, right = raw.strip(), ""
            m = _SPLIT.match(raw)
            if not indented and m is not None and (column is None or len(m.group("left")) < column):
                left, right = m.group("left"), m.group("right")
            if not indented:
                candidate = (pending + left) if pending else left
                kind = _heading_kind(candidate)
                if kind is not None:
                    parts.append(_Part(kind, candidate, pending_line or number))
                    for text in (pending_right, right):
                        if text:
                            parts[-1].lines.append(text)
                            parts[-1].breaks.append(False)
                    pending, pending_right, pending_line = None, "", 0
                    blank = False
                    continue
                if left.endswith("-") and len(left.split()) == 1 and pending is None:
                    pending, pending_right, pending_line = left[:-1], right, number
                    continue
            if pending is not None:  # the hyphenated word was not a heading after all: keep it as text
                if parts:
                    parts[-1].lines.append(f"{pending}- {pending_right}".strip())
                    parts[-1].breaks.append(False)
                pending, pending_right, pending_line = None, "", 0
            text = raw.strip()
            if parts:
                parts[-1].lines.append(text)
                parts[-1].breaks.append(blank)
            else:
                preamble.append((number, text, indented))
            blank = False
        if not parts:
            raise ParseError(
                "no headings found in the PDF text (Päätösesitys, Päätös, Esittelyteksti …)",
                source=str(path),
                hint="this does not look like a minutes or agenda item",
            )
        document = self._document(preamble, parts, path)
        document.source = source_for(path, data, self.name)
        return [document]

    def _document(self, preamble: list[tuple[int, str, bool]], parts: list[_Part], path: Path) -> Document:
        item = Item(number=None, title="")
        meeting = Meeting(body=Body(name=""))
        titles: list[tuple[int, str, bool]] = []
        for number, text, indented in preamble:
            if meeting.municipality is None and municipality_from_label(text):
                meeting.municipality = municipality_from_label(text)
                continue
            section = _SECTION_NUMBER.search(text)
            if section and item.number is None:
                item.number = section.group("a") or section.group("b")
                item.number_raw = section.group(0).strip()
                item.spans["number"] = Span(str(path), number)
            dated = _DATE_LINE.search(text) or (None if indented else _ANY_DATE.search(text))
            if dated and meeting.date is None:
                meeting.date = parse_date(dated.group("date"))
                meeting.date_raw = dated.group("date")
            body = _BODY_WORDS.search(text)
            if body and not meeting.body.name and len(text.split()) <= 6:
                name = re.split(r"\s{2,}|\s+§|\s+\d", text)[0].strip()
                meeting.body = Body(name=name, slug=slugify(name), span=Span(str(path), number))
                continue
            if section is None and dated is None and text.casefold() not in _LABELS:
                titles.append((number, text, indented))
        # the title is the last line before the first heading, set apart (indented) when it can be told
        indented_titles = [t for t in titles if t[2]] or titles
        title_line = 1
        if indented_titles:
            title_line, item.title, _ = indented_titles[-1]
        if not item.title:
            raise ParseError("the PDF item has no title before its first heading", source=str(path))
        item.span = Span(str(path), title_line)
        item.spans["title"] = item.span
        sections: list[Section] = []
        for part in parts:
            span = Span(str(path), part.line)
            text = _part_text(part)
            if part.kind == "diary":
                raw = text.split("\n")[0].strip()
                item.case = Case(diary_number=parse_diary_number(raw, span=span), title=item.title, span=span)
                continue
            sections.append(Section(part.kind, part.heading, text, span))
        fill_item(item, sections)
        kind = DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA
        if kind is DocumentKind.AGENDA and item.number:
            item.agenda_number, item.number, item.number_raw = item.number, None, None
        return Document(kind=kind, meeting=meeting, items=[item])


def _heading_kind(text: str) -> str | None:
    if text.strip().rstrip(":").casefold() in _DIARY_HEADINGS:
        return "diary"
    return classify_heading(text) if len(text) <= 60 else None


def _text_column(lines: list[str]) -> int | None:
    """Where the text column starts: the most common start of text right of a known heading."""
    starts: dict[int, int] = {}
    for raw in lines:
        m = _SPLIT.match(raw)
        if m and _heading_kind(m.group("left")) is not None:
            start = len(m.group("left")) + len(m.group("gap"))
            starts[start] = starts.get(start, 0) + 1
    return max(starts, key=lambda k: starts[k]) if starts else None


def _part_text(part: _Part) -> str:
    """Keep lines for lists (preparers, recipients); join wrapped lines of running text."""
    if part.kind in _KEEP_LINES:
        return "\n".join(part.lines)
    paragraphs: list[str] = []
    for index, line in enumerate(part.lines):
        new_paragraph = index == 0 or (index < len(part.breaks) and part.breaks[index])
        if part.kind in ("attachments", "supplementary") and _NUMBERED.match(line):
            new_paragraph = True
        if new_paragraph or not paragraphs:
            paragraphs.append(line)
        else:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
    return "\n".join(paragraphs)
