"""Reading vendor HTML safely: the declared charset, a truncation check, lxml without network access.

Every vendor HTML reader goes through :func:`parse_html`, so hostile input is handled in one place:
no network, no DTD, no huge trees, and a page cut short is an error instead of half a document.
Line numbers (``sourceline``) refer to the decoded text, which keeps the file's line breaks.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from paatosdata.errors import ParseError
from paatosdata.model import Span
from paatosdata.parse.base import decode

__all__ = [
    "clean_text",
    "declared_charset",
    "element_span",
    "element_text",
    "has_class",
    "has_page_tag",
    "is_plain_text",
    "line_of",
    "parse_html",
]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CLOSING = re.compile(rb"</\s*(?:html|body)\s*>", re.IGNORECASE)
#: a tag of an HTML page: its name, then a space, ``/`` or ``>`` (an address in angle brackets,
#: ``<a.suku@…>``, is none)
_TAG = re.compile(
    r"<(?:!doctype|/?(?:html|head|body|div|span|section|article|table|tr|td|p|br|a|ul|ol|li|h[1-6])"
    r"(?=[\s/>]))",
    re.I,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b]+")


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares in the first 4 KB, lower-cased, else ``None``."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def is_plain_text(data: bytes, path: Path | str) -> bool:
    """True when the decoded data carries no tag of an HTML page, as text saved from a page does.

    A reader refuses plain text that none of its text layouts takes for what it lacks, rather than
    parse it as HTML and call it truncated. An empty, binary or undecodable file is refused for that.

    >>> is_plain_text(b"<p>Teksti</p>", "a.htm"), is_plain_text(b"Teksti <etu.suku@example.fi>", "a.txt")
    (False, True)
    """
    if has_page_tag(data[:65536].decode("latin-1")):
        return False  # the common case, a page's tag in its head, found without decoding the whole
    return not has_page_tag(decode(data, path, declared_charset(data)))


def has_page_tag(text: str) -> bool:
    """True when ``text`` carries a tag of an HTML page (an address in angle brackets is none).

    >>> has_page_tag("<p>Teksti</p>"), has_page_tag("Valmistelija <p.virtanen@example.fi>")
    (True, False)
    """
    return _TAG.search(text) is not None


def parse_html(data: bytes, path: Path | str) -> HtmlElement:
    """Decode (meta charset, else UTF-8, else windows-1252) and parse; refuse truncated pages.

    A page that lacks its closing ``</body>`` or ``</html>`` tag was cut short: it is refused
    rather than read in part.
    """
    text = decode(data, path, declared_charset(data))
    if not _CLOSING.search(data[-4096:]):
        raise ParseError(
            "the HTML page ends before its closing </body> or </html> tag (truncated?)",
            source=str(path),
            hint="fetch the page again",
        )
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False, remove_comments=False)
    # lxml refuses str input that carries an XML encoding declaration; drop such a prolog
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (ParserError, ValueError) as exc:
        raise ParseError(f"the HTML cannot be parsed: {exc}", source=str(path)) from None
    return root


def clean_text(text: str) -> str:
    """Collapse runs of spaces (including no-break spaces) and trim each line."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return " ".join(line for line in lines if line)


def element_text(element: HtmlElement) -> str:
    """The text of an element: source line breaks become spaces, ``<br>`` becomes a line break."""
    parts: list[str] = []
    _collect(element, parts)
    lines = (clean_text(line) for line in "".join(parts).split(_BREAK))
    return "\n".join(line for line in lines if line)


def _collect(node: HtmlElement, parts: list[str]) -> None:
    """Text in document order: a node's text, its children, each child's tail after the child."""
    if node.tag == "br":
        parts.append(_BREAK)
    if not isinstance(node.tag, str) or node.tag in _SKIP:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


_BREAK = "\x00"
_SKIP = {"script", "style"}


def has_class(element: HtmlElement, name: str) -> bool:
    """True when ``name`` is one of the element's classes."""
    return name in (element.get("class") or "").split()


def line_of(element: HtmlElement) -> int:
    """The element's 1-based line in the source, 1 when lxml does not know it."""
    return element.sourceline or 1


def element_span(path: Path | str, element: HtmlElement) -> Span:
    """A :class:`Span` pointing at ``element`` in ``path``."""
    return Span(str(path), line_of(element))
