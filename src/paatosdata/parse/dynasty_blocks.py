"""The text of a Dynasty item page (``div.WordSection1``) as blocks: each paragraph, or each row of a Word
layout table, with its bold lead and Word styles (the hanging heading column, ``Sivuotsikko``,
``Sisennetty``), and the part a block opens when it opens one; with the two element helpers the reader
shares (the first element an XPath finds, an element's inline style). Apart from the reader, which walks
these blocks into the item's preamble and parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from paatosdata.lexicon import classify_heading, match_heading_prefix
from paatosdata.parse.htmlsafe import element_text, has_class

_HANGING = re.compile(r"text-indent:-(\d+(?:\.\d+)?)pt")
_BOLD = {"b", "strong"}


@dataclass(slots=True)
class Block:
    """One paragraph (or table row) of the item body, with its bold lead when it has one."""

    element: HtmlElement
    text: str
    bold: str | None
    heading_style: bool
    body_style: bool
    indented: bool


def first_match(root: HtmlElement, xpath: str) -> HtmlElement | None:
    found = root.xpath(xpath)
    return found[0] if found else None


def element_style(element: HtmlElement) -> str:
    return (element.get("style") or "").replace(" ", "").casefold()


def page_blocks(container: HtmlElement) -> list[Block]:
    """Paragraphs in reading order; a table row (a Word layout table) counts as one block."""
    blocks: list[Block] = []
    seen_rows: set[HtmlElement] = set()
    for element in container.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
        row = _row_within(element, container)
        if row is not None:
            if row in seen_rows:
                continue
            seen_rows.add(row)
            text = " ".join(t for t in (element_text(td) for td in row.findall("td")) if t)
            blocks.append(Block(element, text, None, False, True, False))
            continue
        blocks.append(_block(element))
    return blocks


def _row_within(element: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    """The table row inside ``container`` that holds ``element``, if any."""
    for ancestor in element.iterancestors():
        if ancestor is container:
            return None
        if ancestor.tag == "tr":
            return ancestor
    return None


def _block(element: HtmlElement) -> Block:
    text = element_text(element)
    style = element_style(element)
    bold: str | None = None
    children = list(element)
    if children and not (element.text or "").strip():
        first = children[0]
        if first.tag == "span" and not (first.text or "").strip() and len(first) and first[0].tag in _BOLD:
            first = first[0]
        if first.tag in _BOLD:
            bold = element_text(first) or None
    hanging = _HANGING.search(style)  # Word's heading column: a hanging indent of about 117 pt
    heading_style = bool(hanging and float(hanging.group(1)) >= 50) or (
        has_class(element, "Sivuotsikko") and "text-indent:0" not in style
    )
    body_style = not heading_style and (has_class(element, "Sisennetty") or "text-indent:0" in style)
    indented = (element.text or "").startswith(("\u00a0", " ")) and not bold
    return Block(element, text, bold, heading_style, body_style, indented)


def block_heading(block: Block) -> tuple[str, str, str] | None:
    """``(kind, heading, rest of the line)`` when the block starts a part, else ``None``."""
    if not block.text:
        return None
    if block.body_style:  # body text, unless the whole paragraph is a known heading ending in a colon
        kind = classify_heading(block.text) if block.text.rstrip().endswith(":") else None
        return (kind, block.text.strip().rstrip(":"), "") if kind else None
    if block.bold:
        kind = classify_heading(block.bold)
        rest = block.text[len(block.bold) :].strip() if block.text.startswith(block.bold) else ""
        if kind is not None:
            return kind, block.bold.strip().rstrip(":"), rest
    kind = classify_heading(block.text)
    if kind is not None:
        return kind, block.text.strip().rstrip(":"), ""
    if block.heading_style and not block.indented:
        m = match_heading_prefix(block.text)
        if m is not None:
            return m.kind, m.heading, m.rest
        if block.bold and len(block.bold.split()) <= 4 and not block.bold.endswith("."):
            return "generic", block.bold.strip().rstrip(":"), block.text[len(block.bold) :].strip()
    return None
