"""What a Dynasty 10 page is to its readers: its paragraphs, its links, the markers that tell the page from
others, and the line tests that the readers of the page and of its parts share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from paatosdata.diary import find_diary_number
from paatosdata.parse.dynasty_header import looks_like_person
from paatosdata.parse.htmlsafe import clean_text
from paatosdata.people import EMAIL

#: what only Dynasty 10 pages carry: their links, their layout classes, their labels
_HTML_MARKERS = (
    b"page=meetingitem",
    b"data-part-block-htm",
    b"Kokousasian teksti",
    b"oncloudos.com/kokous/",
    b"page=meeting&id=",
    b"page=meetings&id=",
    b"page=official_decision&id=",
)
_TEXT_MARKERS = ("Dynasty tietopalvelu", "Dynasty informationstjänst", "RSS-linkki", "RSS-länk")


#: the page's own header line, which only Dynasty prints so: ``Pöytäkirja 18.12.2025/Pykälä 50``
HEADER_START = (
    r"^(?:Pöytäkirja|Esityslista|Asialista|Protokoll|Föredragningslista)\s+\d{1,2}\.\d{1,2}\.\d{4}\s*/\s*"
    r"(?:Pykälä|Asianro|Paragraf|Ärendenr)\s+\d+"
)
_PAGE_HEADER = re.compile(HEADER_START + "$")


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the page: its lines, where it starts, and a heading printed in a cell of its own."""

    text: str
    line: int
    heading: str | None = None
    row: bool = False  # a table row: a list's line, never the page's header


@dataclass(slots=True)
class Page:
    """What a page says besides its paragraphs: links (href, text, line) and the file."""

    path: Path
    links: list[tuple[str, str, int]] = field(default_factory=list)
    label: str = ""  # the organisation the chrome names (``Dynasty tietopalvelu Haku RSS Kuopion kaupunki``)


def looks_like_html(head: bytes) -> bool:
    """True when the data starts with markup (after a byte-order mark and white space)."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"<"


def is_dynasty10_html(head: bytes) -> bool:
    """True for HTML that carries a Dynasty 10 link, layout class or label."""
    return looks_like_html(head) and any(marker in head for marker in _HTML_MARKERS)


def is_dynasty10_text(head: bytes) -> bool:
    """True for plain text saved from a Dynasty 10 page: its chrome names the service and its links; or,
    copied without the chrome, it opens with the body's name over the page's header
    (``Sivistyslautakunta`` / ``Pöytäkirja 18.12.2025/Pykälä 50``)."""
    if looks_like_html(head):
        return False
    text = head.decode("utf-8", "replace")
    if "DREQUEST.PHP?page=" in text and any(marker in text for marker in _TEXT_MARKERS):
        return True
    lines = [clean_text(line) for line in text.lstrip("\ufeff").split("\n")[:12]]
    lines = [line for line in lines if line]
    return (
        len(lines) >= 3
        and len(lines[0]) <= 80
        and not any(c.isdigit() for c in lines[0])
        and _PAGE_HEADER.match(lines[1]) is not None
    )


def contact_line(text: str) -> bool:
    """A preparer's further line: an address, a phone (``puh.``, ``Puh.044 …``, ``p. 040 …``) or a person;
    a line citing a rule by its section (``Kunnan hallintosääntö § 7 / Lautakunnat``) names no person. An
    address may be printed with ``(at)`` for its ``@`` (``etu.suku(at)kunta.fi``)."""
    if "@" in text or EMAIL.search(text) is not None or PHONE_MARK.search(text):
        return True
    return looks_like_person(text) and "§" not in text


#: ``puh.``, ``tel.``; the shortest mark ``p.`` only before a number as phones are written (``p. 040 123``)
PHONE_MARK = re.compile(r"\b(?:puh|tel)\.|\bp\.\s?(?:\+358|0)\d{1,3}[\s-]?\d", re.IGNORECASE)


#: a dnro and, in brackets after it, the title the case has in the register (``61/02.05.00.00/2022
#: [Lukukausimaksut 1.1.2022 alkaen]``)
_DNRO_AND_CASE_TITLE = re.compile(r"^(?P<dnro>\S+)\s+\[(?P<title>[^\[\]]+)\]$")


def dnro_paragraph(text: str) -> tuple[str, str | None] | None:
    """``(dnro, case title)`` for a paragraph that is only a dnro, or a dnro and the case's title in
    brackets; ``None`` for any other paragraph."""
    if find_diary_number(text) == text:
        return text, None
    m = _DNRO_AND_CASE_TITLE.match(text.strip())
    if m is not None and find_diary_number(m.group("dnro")) == m.group("dnro"):
        return m.group("dnro"), " ".join(m.group("title").split())
    return None
