"""Dynasty 10 HTML pages into paragraphs: the blocks of the page, a heading printed in a cell of its own, the
links, and the items a meeting page lists.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml.html import HtmlElement

from paatosdata.errors import PaatosdataError
from paatosdata.lexicon import classify_heading
from paatosdata.parse.dynasty10.page import Page, Paragraph, is_dynasty10_html
from paatosdata.parse.dynasty10.parts import PRESENTER_TITLE
from paatosdata.parse.htmlsafe import clean_text, parse_html

PDF = re.compile(r"/kokous/(?P<id>\d+-\d+)(?:-(?P<attachment>\d+))?\.pdf$", re.IGNORECASE)


def is_dynasty10_meeting_list(data: bytes, path: Path) -> bool:
    """True for a Dynasty 10 page that lists a meeting's items (only the list is looked at, no item read)."""
    if not is_dynasty10_html(data[:HEAD_BYTES]) or b"page=meetingitem" not in data:
        return False
    try:
        return bool(listed_items(parse_html(data, path)))
    except PaatosdataError:
        return False


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "label", "body"}


def page(root: HtmlElement, path: Path) -> Page:
    """The page's links as (href, text, line)."""
    links = [(a.get("href") or "", clean_text(a.text_content()), a.sourceline or 1) for a in root.iter("a")]
    return Page(path, links)


def paragraphs(root: HtmlElement) -> list[Paragraph]:
    """Block elements' text in reading order; a paragraph made of spans keeps its first span as heading."""
    paragraphs: list[Paragraph] = []
    body = root.find("body")
    start = body if body is not None else root
    parts: list[str] = []
    line = [start.sourceline or 1]

    row = [False]

    def flush() -> None:
        text = "\n".join(clean_text(x) for x in "".join(parts).split("\n") if clean_text(x))
        if text:
            paragraphs.append(Paragraph(text, line[0], row=row[0]))
        parts.clear()

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "head"):
            return
        if node.tag == "p" and (heading := _cell_heading(node)) is not None:
            flush()
            paragraphs.append(Paragraph(f"{heading} {_after(node)}".strip(), node.sourceline or 1, heading))
            return
        if node.tag == "a" and _is_chrome_link(node.get("href") or ""):
            return  # PDF and navigation links: read from the link list, not as text
        block = node.tag in _BLOCKS
        if block:
            flush()
            line[0] = node.sourceline or line[0]
            row[0] = node.tag == "tr" or any(a.tag == "tr" for a in node.iterancestors())
        if node.tag == "br":
            parts.append("\n")
        if node.tag in ("td", "th"):
            parts.append(" ")
        if node.text:
            if not parts:
                line[0] = node.sourceline or line[0]
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                if not parts:
                    line[0] = child.sourceline or line[0]
                parts.append(child.tail)
        if block:
            flush()

    walk(start)
    flush()
    return paragraphs


def _is_chrome_link(href: str) -> bool:
    """Links to the item's PDFs or to other pages of the service (``?page=meetingitem&id=…``)."""
    return bool(PDF.search(href)) or "page=meetingitem" in href or "page=meetings" in href


def _cell_heading(p: HtmlElement) -> str | None:
    """The first span of a paragraph made only of spans, when it reads as a heading (data-part layout)."""
    children = [c for c in p if isinstance(c.tag, str)]
    if len(children) < 2 or any(c.tag != "span" for c in children) or (p.text or "").strip():
        return None
    if (children[0].tail or "").strip():
        return None
    first = clean_text(children[0].text_content())
    if not first or len(first.split()) > 4:
        return None
    if classify_heading(first) is not None or PRESENTER_TITLE.match(first):
        return first
    return None


def _after(p: HtmlElement) -> str:
    """The text of a paragraph after its first span."""
    children = [c for c in p if isinstance(c.tag, str)]
    pieces = []
    for child in children[1:]:
        pieces.append(child.text_content())
        pieces.append(child.tail or "")
    return " ".join(clean_text(x) for x in pieces if clean_text(x))


def listed_items(root: HtmlElement) -> list[tuple[str, str, str, int]]:
    """``(number, title, href, line)`` for each table row that numbers a linked item of the meeting."""
    rows = []
    for row in root.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) < 2:
            continue
        number = clean_text(cells[0].text_content()).rstrip(".§ ").lstrip("§ ")
        if not number.isdigit():
            continue
        link = next(
            (a for a in row.iter("a") if "page=meetingitem" in (a.get("href") or "")),
            None,
        )
        if link is None:
            continue
        rows.append((number, clean_text(link.text_content()), link.get("href") or "", link.sourceline or 1))
    return rows


HEAD_BYTES = 65536
