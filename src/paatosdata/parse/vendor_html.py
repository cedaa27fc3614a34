"""Vendor HTML (Ahjo, CaseM, 6Aika) parsed safely and turned into plain text.

HTML is parsed with lxml's HTML parser with the network switched off; it never loads a DTD or an
external entity. ``html_text`` turns markup into plain text with blank lines between blocks, the form the
model keeps for every section.

>>> html_text(parse_fragment("<p>P&auml;&auml;t&ouml;s</p><p>toinen<br/>rivi</p>"))
'Päätös\\n\\ntoinen\\nrivi'
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from paatosdata.errors import ParseError
from paatosdata.parse.base import decode

__all__ = [
    "BLOCK_TAGS",
    "classes",
    "html_text",
    "markup_text",
    "parse_document",
    "parse_fragment",
    "tidy",
    "unescape_entities",
]

BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 tr table tbody thead section article blockquote header footer".split()
)


def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True, default_doctype=False
    )


def unescape_entities(text: str) -> str:
    """``P&auml;&auml;t&ouml;s`` → ``Päätös`` (HTML entities, including named ones)."""
    return html.unescape(text)


def parse_fragment(markup: str) -> etree._Element:
    """An HTML fragment (entity-encoded or not) under one ``div``; plain text becomes its text."""
    wrapper = lxml_html.fragment_fromstring(markup or "", create_parent="div", parser=_parser())
    return wrapper


def parse_document(data: bytes, path: Path) -> etree._Element:
    """A whole HTML page: decoded (charset from ``<meta>`` when not UTF-8), checked for truncation."""
    head = data[:2048].decode("ascii", "replace")
    declared = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    text = decode(data, path, declared.group(1) if declared else None)
    lowered = text.casefold()
    # HTML may leave </body></html> out; a cut file ends inside a tag or leaves blocks open
    unclosed = lowered.count("<div") > lowered.count("</div>") or not lowered.rstrip().endswith(">")
    if "</html>" not in lowered and unclosed:
        raise ParseError("the HTML ends inside an element: the file looks truncated", source=str(path))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse the HTML: {exc}", source=str(path)) from None
    return root


def classes(el: etree._Element) -> set[str]:
    """The CSS classes of an element."""
    return set(str(el.get("class") or "").split())


def _walk(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.lower()
    if tag in ("script", "style", "head", "title"):
        if el.tail:
            out.append(el.tail)
        return
    block = tag in BLOCK_TAGS
    if block:
        out.append("\n\n")
    if tag == "li":
        out.append("- ")
    if tag == "br":
        out.append("\n")
    if tag == "td" or tag == "th":
        out.append(" ")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    if block:
        out.append("\n\n")
    if el.tail:
        out.append(el.tail)


def html_text(el: etree._Element | None) -> str:
    """Plain text of ``el``: blocks separated by a blank line, ``<br>`` a line break, spaces collapsed."""
    if el is None:
        return ""
    out: list[str] = []
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
    return tidy("".join(out))


def tidy(text: str) -> str:
    """Collapse spaces (NBSP too) within lines and runs of blank lines; strip the ends; drop soft
    hyphens (U+00AD, a line-break hint inside a word that word processors leave in the text)."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    joined = "\n".join(lines)
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip()


def markup_text(markup: str) -> str:
    """Plain text of an HTML fragment given as a string (entities decoded)."""
    if "<" not in markup:
        return tidy(unescape_entities(markup))
    return html_text(parse_fragment(markup))
