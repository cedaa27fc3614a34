"""The page's head: the body, the kind of document and the meeting's date and place as printed above the item,
the municipality from the page's links or host, and the meeting they make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.model import Body, Meeting, Municipality, Span
from paatosdata.parse.dynasty10.page import HEADER_START, Page, Paragraph
from paatosdata.parse.dynasty10.text import CHROME
from paatosdata.parse.dynasty_header import Header, parse_header
from paatosdata.parse.municipalities import (
    COUNTIES,
    municipality_by_name,
    municipality_from_host,
    municipality_from_label,
)
from paatosdata.parse.vendor_municipalities import municipality_for

BODY_DATE = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö ,-]*?[\wåäö])\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$")


#: the same header with the title run into its number (``Pöytäkirja 24.05.2023/Pykälä 76Sipoon …``): a
#: line as long as the title, and still the page's header
_GLUED_HEADER = re.compile(HEADER_START + "[A-ZÅÄÖ]")
_HOST = re.compile(r"^https?://(?P<label>[a-z0-9-]+)(?:\.[a-z0-9-]+)*\.oncloudos\.com", re.IGNORECASE)


@dataclass(slots=True)
class _Head:
    body: str
    header: Header | None
    date_raw: str | None
    place: str | None
    span: Span
    after: int  # index of the first paragraph after the head
    title: str | None = None  # the title run into the header's number (``Pykälä 66Teknisen …``)
    #: lines printed after the header's in its paragraph (an older page's table of handlings, a line a cell)
    following: list[str] = field(default_factory=list)


def head(paragraphs: list[Paragraph], page: Page) -> _Head:
    """The body and header: ``Body  Esityslista dd.mm.yyyy/Asianro n``, on one line or two.

    The newer layout has no header: a ``Body dd.mm.yyyy`` line names the body and date.
    """
    for index, paragraph in enumerate(paragraphs[:40]):
        if paragraph.row:
            continue
        lines = paragraph.text.split("\n")
        for position, line in enumerate(lines):
            if (len(line) > 200 and not _GLUED_HEADER.match(line)) or CHROME.match(line):
                continue
            header = parse_header(line)
            if header is None:
                continue
            m = re.search(re.escape(header.date_raw), line)
            kind_start = _kind_start(line, m.start() if m else 0)
            body = line[:kind_start].strip(" -–/")
            if not body:
                body = lines[position - 1].strip() if position else _previous(paragraphs, index)
            rest = line[m.end() :] if m else ""
            place = _place(rest)
            span = Span(str(page.path), paragraph.line)
            following = lines[position + 1 :]
            return _Head(body, header, header.date_raw, place, span, index + 1, header.glued, following)
    for index, paragraph in enumerate(paragraphs[:40]):
        m = None if paragraph.row else BODY_DATE.match(paragraph.text)
        if m is not None:
            span = Span(str(page.path), paragraph.line)
            return _Head(m.group("body"), None, m.group("date"), None, span, index + 1)
    raise ParseError(
        "the Dynasty page has no header naming the body, the document and its date",
        source=str(page.path),
        hint="use --from to choose another format",
    )


def _kind_start(line: str, date_at: int) -> int:
    """Where the document kind (``Esityslista``, ``Pöytäkirja`` …) starts before the date."""
    words = list(re.finditer(r"\S+", line[:date_at]))
    return words[-1].start() if words else 0


def _previous(paragraphs: list[Paragraph], index: int) -> str:
    """The last line of the paragraph before ``index`` that is not chrome."""
    for paragraph in reversed(paragraphs[:index]):
        lines = [line for line in paragraph.text.split("\n") if not CHROME.match(line)]
        if lines:
            return lines[-1].strip()
    return ""


def _place(rest: str) -> str | None:
    """``klo 17:00 -  Kaupunginhallituksen kokoushuone`` → the place after the dash."""
    m = re.search(r"\s[-–]\s+(?P<place>\S.*)$", rest)
    return m.group("place").strip() if m else None


def municipality(page: Page) -> Municipality | None:
    """The municipality a Dynasty host names (``espoo.oncloudos.com``, ``kokkola10.oncloudos.com``),
    else the organisation the page's chrome names (``Kuopion kaupunki``), else the municipality's own
    host that serves the pages (``ep10.kouvola.fi``)."""
    for href, _text, _line in page.links:
        if _HOST.match(href):
            found = municipality_from_host(href)
            if found is not None:
                return found
    labelled = municipality_from_label(page.label) if page.label else None
    if labelled is not None:
        return labelled
    for href, _text, _line in page.links:
        if "DREQUEST.PHP" in href and (found := municipality_from_host(href)) is not None:
            return found
    for href, _text, _line in page.links:
        if "DREQUEST.PHP" in href and (found := _municipality_from_service(href)) is not None:
            return found
    return None


#: a host shared by many organisations names one by a folder (``dynastyjulkaisu.kase.fi/D10_Perho/``,
#: ``dynastyjulkaisu.esimerkki.net/Perho/cgi/``)
_SERVICE_FOLDER = re.compile(
    r"^https?://[^/]+/(?:D\d*_(?P<name>[A-ZÅÄÖ][\wåäö-]+)/|(?P<bare>[A-ZÅÄÖ][\wåäö-]+)/cgi/)", re.IGNORECASE
)


#: a county's genitive as a host spells it (``etela-savon``) → the county
_COUNTY_BY_HOST = {slugify(county.genitive): county for county in COUNTIES}


def _municipality_from_service(href: str) -> Municipality | None:
    """The organisation a service's address names when its host is not a municipality's: the short name
    before the service's suffix (``hyvaks-d10julk.oncloudos.com``, Keski-Suomen hyvinvointialue) or the
    folder of a shared host (``/D10_Perho/``). A wellbeing services county's host is its genitive and
    ``hva`` (``pohjois-savonhva``), a municipality's may be its name and ``fi`` (``esimerkkilafi``)."""
    host = _HOST.match(href)
    label = host.group("label").casefold() if host is not None else ""
    if label.endswith("hva") and (county := _COUNTY_BY_HOST.get(label.removesuffix("hva"))) is not None:
        return county.municipality()
    if label.endswith("fi") and (found := municipality_for(label.removesuffix("fi"))) is not None:
        return found
    if host is not None and "-" in host.group("label"):
        found = municipality_for(host.group("label").split("-")[0])
        if found is not None:
            return found
    folder = _SERVICE_FOLDER.match(href)
    if folder is not None:
        # ``/D10_Perho/``, or the name alone over the service (``/Polvijarvi/cgi/``, spelt without its dots)
        named = municipality_by_name((folder.group("name") or folder.group("bare")).replace("_", " "))
        return named if named.code else None
    return None


#: a bilingual body's Swedish name after a slash (``Tekninen lautakunta / Tekniska nämnden``)
_SWEDISH_NAME = re.compile(
    r"\s+[/\u2044]\s+(?=[A-ZÅÄÖ])[^/\u2044]*?(?i:nämnd|utskott|styrelse|fullmäktige|sektion|direktion|råd)[^/\u2044]*$"
)


def _body_name(printed: str) -> str:
    """A body printed in capitals (``KAUPUNGINHALLITUS``) or in lower case (``kaupunginhallitus``) as it is
    written; acronyms (``HSY``) stay. The body's term printed after it (``Kaupunginvaltuusto (1.6.2017 -
    31.5.2021)``) and a bilingual body's Swedish name after a slash are no part of its name."""
    printed = _BODY_TERM.sub("", printed) or printed
    printed = _SWEDISH_NAME.sub("", printed) or printed
    if printed.isupper() and any(len(word) > 4 for word in printed.split()):
        return printed.capitalize()
    if printed.islower():
        return printed[:1].upper() + printed[1:]
    return printed


#: a term of office in brackets after a body's name: ``(1.6.2017 - 31.5.2021)``, ``(2021-2025)``
_BODY_TERM = re.compile(r"\s*\((?:\d{1,2}\.\d{1,2}\.)?\d{4}\s*[-–]\s*(?:\d{1,2}\.\d{1,2}\.)?(?:\d{4})?\)$")


def meeting(head: _Head, page: Page) -> Meeting:
    header = head.header
    name = _body_name(head.body)
    return Meeting(
        body=Body(name=name, slug=slugify(name), span=head.span),
        date=parse_date(head.date_raw) if head.date_raw else None,
        date_raw=head.date_raw,
        start=header.start if header else None,
        place=head.place,
        municipality=municipality(page),
        span=head.span,
    )
