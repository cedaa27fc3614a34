"""The readers of Dynasty 10 pages: an HTML page (an item page or a meeting's list) and an item page saved as
text, each into one document.
"""

from __future__ import annotations

from pathlib import Path

from paatosdata.errors import ParseError
from paatosdata.model import Document
from paatosdata.parse.dynasty10.head import head as _head
from paatosdata.parse.dynasty10.html import listed_items
from paatosdata.parse.dynasty10.html import page as _page
from paatosdata.parse.dynasty10.html import paragraphs as _paragraphs
from paatosdata.parse.dynasty10.item import item_page
from paatosdata.parse.dynasty10.meeting import meeting_page
from paatosdata.parse.dynasty10.page import Page, Paragraph
from paatosdata.parse.dynasty10.text import (
    cell_paragraphs,
    joined_handlings,
    line_text,
    paragraph_text,
    text_page,
)
from paatosdata.parse.htmlsafe import parse_html


def read_dynasty10_html(data: bytes, path: Path) -> Document:
    """One document from a Dynasty 10 HTML page: an item page gives one item, a meeting page its list."""
    root = parse_html(data, path)
    page = _page(root, path)
    paragraphs = _paragraphs(root)
    listed = listed_items(root)
    if listed:
        return meeting_page(paragraphs, listed, page)
    refused = _list_of_pages(paragraphs, page)
    if refused is not None:
        raise refused
    return item_page(paragraphs, page)


_LISTS = (
    ("page=meeting&id=", "bodies or meetings", "the meeting pages it links to"),
    ("page=official_decision&id=", "office-holder decisions", "the decision pages it links to"),
)


def _list_of_pages(paragraphs: list[Paragraph], page: Page) -> ParseError | None:
    """The error for Dynasty's lists of bodies, meetings or office-holder decisions: no item to read."""
    try:
        _head(paragraphs, page)
        return None
    except ParseError:
        pass
    for needle, what, where in _LISTS:
        links = [href for href, _text, _line in page.links if needle in href]
        if links:
            return ParseError(
                f"this Dynasty page lists {what}, not the text of an item",
                source=str(page.path),
                hint=f"read {where}, such as {links[0]}",
            )
    return None


def read_dynasty10_text(text: str, path: Path) -> Document:
    """One document from the text of a Dynasty 10 item page (paragraphs are separated by blank lines).

    Text saved with no blank lines has a paragraph a line; where table cells are closed by ``|``, the
    linked attachments are the cells after the navigation line, a handling its three cells (body, §,
    date). A heading printed at the side (``Asia      Kuopion kaupungin …``, spaces between) stands on a
    line of its own."""
    raw_lines = text.replace("\r\n", "\n").split("\n")
    if line_text(raw_lines):
        return item_page(joined_handlings(cell_paragraphs(raw_lines)), text_page(raw_lines, path))
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    start = 1
    for number, raw in enumerate(raw_lines, start=1):
        if raw.strip():
            if not lines:
                start = number
            lines.append(raw)
        elif lines:
            paragraphs.append(Paragraph(paragraph_text(lines), start))
            lines = []
    if lines:
        paragraphs.append(Paragraph(paragraph_text(lines), start))
    return item_page(joined_handlings(paragraphs), text_page(raw_lines, path))
