"""Tweb / KTweb meeting pages (Triplan): the list of a meeting's items with links to their PDFs.

The page's ``table.list`` opens with a header cell ``Kaupunginhallitus: 5/2017 · 27.3.2017 15:00 ·
Pöytäkirja`` (body, then the meeting's number or name; some installations write the class as
``Header``) and lists ``tr.data0``/``tr.data1`` rows: §, the linked title and the attachment count.
The § sits in ``td.data_pykala`` or, where every cell is a plain ``td.data``, in the column the
``colheader`` row heads ``§``. Rows without a § (cover page, organisation items, appeal instructions)
are kept as document sections. The municipality comes from the page title (``… - Oulun kaupunki``)
or else from the host of the page's links (``paatokset.vantaa.fi``). The list of a body's meetings
(``pk_kokl_tweb.htm``) and the search form name no item: they are refused with the way on. The page as
text (no markup) is read by :mod:`paatosdata.parse.tweb_text`.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml.html import HtmlElement

from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import Body, Document, DocumentKind, Item, Meeting, Municipality, Section
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.headers import clock_time
from paatosdata.parse.htmlsafe import element_span, element_text, has_class, parse_html
from paatosdata.parse.municipalities import municipality_from_host, municipality_from_label
from paatosdata.parse.tweb_text import is_tweb_text, read_tweb_text

__all__ = ["TwebReader"]

_MARKERS = (b"ktwebbin", b"dbisa.dll", b"ktweb", b"ktproxy")
_KINDS = {
    "pöytäkirja": DocumentKind.MINUTES,
    "protokoll": DocumentKind.MINUTES,
    "esityslista": DocumentKind.AGENDA,
    "föredragningslista": DocumentKind.AGENDA,
    "viranhaltijapäätös": DocumentKind.OFFICER_DECISION,
}
_BODY_LINE = re.compile(r"^(?P<body>[^:]+?)\s*:\s*(?P<rest>.*)$")
_NUMBER = re.compile(r"^\d+/\d{4}$")
#: column headings of the item table (casefolded) → the column's role
_COLUMNS = {
    "§": "number",
    "otsikko": "title",
    "rubrik": "title",
    "liitteet": "attachments",
    "bilagor": "attachments",
}
_TIME = re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d{2})\b")
#: a link to one meeting's item list (minutes ``pk_asil``, agenda ``epj_asil``)
_MEETING_LINK = re.compile(r"_asil\d*_tweb\.htm", re.IGNORECASE)
#: the search forms post to the meeting list (``pk_kokl_tweb.htm``) or the item search (``epj_asil2``)
_SEARCH_FORM = re.compile(r"_(?:kokl|asil2)_tweb\.htm", re.IGNORECASE)


class TwebReader(Reader):
    """Tweb meeting pages (``--from tweb``)."""

    name = "tweb"
    extensions = (".htm", ".html")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """KTweb's paths (``ktwebbin``, ``dbisa.dll``, ``ktproxy``) in an HTML page, or the page's text."""
        if head.startswith(b"%PDF-"):
            return False
        return any(marker in head for marker in _MARKERS) or is_tweb_text(head)

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One document with the listed items (title, §, link); their texts are in the item PDFs."""
        if not data.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<"):
            # page text (no markup): its own reader says what it lacks if it is no item list
            document = read_tweb_text(decode(data, path), path)
            document.source = source_for(path, data, self.name)
            return [document]
        root = parse_html(data, path)
        refusal = _not_a_meeting_page(root, path)
        if refusal is not None:
            raise refusal
        header = next((td for td in root.iter("td") if _has_class_folded(td, "header")), None)
        if header is None:
            raise ParseError(
                "not a Tweb meeting page: no table.list header cell (td.header)",
                source=str(path),
                hint="Tweb item texts are PDFs: read those with --from tweb-pdf",
            )
        lines = element_text(header).split("\n")
        span = element_span(path, header)
        body_name, number = lines[0].strip(), None
        m = _BODY_LINE.match(lines[0].strip())
        if m:
            # "Body: 5/2017" names the meeting by number; "Body: Body" by the body's name again
            body_name = m.group("body").strip()
            number = m.group("rest") if _NUMBER.match(m.group("rest")) else None
        meeting = Meeting(
            body=Body(name=body_name, slug=slugify(body_name), span=span),
            number=number,
            municipality=municipality_from_label(root.findtext(".//title") or "")
            or _municipality_from_links(root),
            span=span,
        )
        kind = DocumentKind.MINUTES
        for line in lines[1:]:
            if meeting.date is None and parse_date(line):
                meeting.date = parse_date(line)
                meeting.date_raw = line.split()[0]
                t = _TIME.search(line.replace(meeting.date_raw, ""))
                if t:
                    meeting.start = clock_time(t.group("h"), t.group("m"))
            elif line.strip().casefold() in _KINDS:
                kind = _KINDS[line.strip().casefold()]
        document = Document(kind=kind, meeting=meeting)
        table = header.getparent()
        while table is not None and table.tag != "table":
            table = table.getparent()
        if table is None:
            raise ParseError(
                "not a Tweb meeting page: its header cell (td.header) is in no table", source=str(path)
            )
        columns: dict[str, int] = {}
        for row in table.iter("tr"):
            if has_class(row, "colheader"):
                columns = _columns(row)
            elif any(c.startswith("data") for c in (row.get("class") or "").split()):
                self._row(document, kind, row, path, columns)
        if not document.items:
            raise ParseError("the Tweb meeting page lists no items", source=str(path))
        document.source = source_for(path, data, self.name)
        return [document]

    @staticmethod
    def _row(
        document: Document, kind: DocumentKind, row: HtmlElement, path: Path, columns: dict[str, int]
    ) -> None:
        cells = row.findall("td")
        number_cell = next((c for c in cells if has_class(c, "data_pykala")), None)
        data_cells = [c for c in cells if has_class(c, "data")]
        if number_cell is None and "number" in columns and "title" in columns:
            # every cell is td.data: the column headings say which holds what
            picked = [columns["title"], columns.get("attachments", -1)]
            if max(columns.values()) >= len(cells):
                return
            number_cell = cells[columns["number"]]
            data_cells = [cells[i] for i in picked if 0 <= i < len(cells)]
        if not data_cells:
            return
        link = data_cells[0].find(".//a")
        title = element_text(data_cells[0])
        url = link.get("href") if link is not None else None
        number = element_text(number_cell) if number_cell is not None else ""
        span = element_span(path, link if link is not None else data_cells[0])
        if not number:
            heading_kind = classify_heading(title) or "generic"
            document.sections.append(Section(heading_kind, title, url or "", span))
            return
        item = Item(number=None, title=title, span=span, url=url)
        if kind is DocumentKind.AGENDA:
            item.agenda_number = number
        else:
            item.number, item.number_raw = number, f"§ {number}"
        item.spans["title"] = span
        if len(data_cells) > 1:
            count = element_text(data_cells[1])
            count_link = data_cells[1].find(".//a")
            if count and count not in "-–":
                target = count_link.get("href") if count_link is not None else ""
                item.sections.append(Section("attachments", "Liitteet", f"{count} {target}".strip(), span))
        document.items.append(item)


def _not_a_meeting_page(root: HtmlElement, path: Path) -> ParseError | None:
    """The error for Tweb's list of meetings (``pk_kokl_tweb.htm``) and its search form (``…_tek_tweb.htm``):
    they name no item, so there is nothing to read as minutes; the meeting pages they lead to are."""
    hrefs = [a.get("href") or "" for a in root.iter("a")]
    if any("docid=" in href for href in hrefs):
        return None  # a meeting page: its items link to their documents
    meetings = [href for href in hrefs if _MEETING_LINK.search(href)]
    if meetings:
        bodies = []
        for td in root.iter("td"):
            m = _BODY_LINE.match(element_text(td).strip())
            if m and _NUMBER.match(m.group("rest")) and m.group("body").strip() not in bodies:
                bodies.append(m.group("body").strip())
        what = f"the meetings of {bodies[0]}" if len(bodies) == 1 else "meetings"
        return ParseError(
            f"this Tweb page lists {what}, not the items of one meeting",
            source=str(path),
            hint=f"read the meeting pages it links to, such as {meetings[0].rsplit('/', 1)[-1]}",
        )
    forms = [form.get("action") or "" for form in root.iter("form")]
    if any(_SEARCH_FORM.search(action) for action in forms):
        return ParseError(
            "this is Tweb's search form, not a meeting page",
            source=str(path),
            hint="read the meeting pages (…_asil_tweb.htm) its searches list, or the item PDFs",
        )
    return None


def _has_class_folded(element: HtmlElement, name: str) -> bool:
    return name in (element.get("class") or "").casefold().split()


def _columns(row: HtmlElement) -> dict[str, int]:
    """Role → index of the item table's columns, from its ``colheader`` row."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(row.findall("td")):
        role = _COLUMNS.get(element_text(cell).strip().casefold())
        if role and role not in columns:
            columns[role] = index
    return columns


def _municipality_from_links(root: HtmlElement) -> Municipality | None:
    for link in root.iter("a"):
        found = municipality_from_host(link.get("href") or "")
        if found is not None:
            return found
    return None


def _first(root: HtmlElement, xpath: str) -> HtmlElement | None:
    found = root.xpath(xpath)
    return found[0] if found else None
