"""Dynasty (Innofactor) pages: one item (Word-exported HTML) or a meeting's list of items.

An item page has a header ``Kaupunginhallitus / Esityslista 29.05.2017 Asianro 4`` (agenda) or
``Pöytäkirja 17.01.2013 Pykälä 5`` (minutes), then ``div.WordSection1``: the dnro and task class on
right-aligned lines, the number, the bold title, and parts whose headings are ``p.Sivuotsikko``
(heading and text on one line: the presenter follows ``Päätösehdotus``). A meeting page lists the
items (number, title, link), the appeal instructions by § range and the people present.
Page chrome (navigation, "Edellinen asia | Seuraava asia") is not part of the document.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml.html import HtmlElement

from paatosdata.diary import find_diary_number, is_task_class, parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.lexicon import classify_heading, match_heading_prefix
from paatosdata.model import (
    AppealInfo,
    Attachment,
    Body,
    Case,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Section,
    Span,
)
from paatosdata.parse.assemble import appeal_kind, fill_item
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.dynasty10 import (
    is_dynasty10_html,
    is_dynasty10_text,
    looks_like_html,
    read_dynasty10_html,
    read_dynasty10_text,
)
from paatosdata.parse.dynasty_blocks import Block, block_heading, element_style, first_match, page_blocks
from paatosdata.parse.dynasty_export import is_dynasty_export_text, read_dynasty_export_text
from paatosdata.parse.dynasty_header import Header, expand_sections, looks_like_person, parse_header
from paatosdata.parse.dynasty_history import EARLIER_ROW, HISTORY_MARKER, add_history_reference
from paatosdata.parse.dynasty_meeting import listing_error, present_person
from paatosdata.parse.htmlsafe import element_span, element_text, has_class, is_plain_text, parse_html
from paatosdata.parse.municipalities import municipality_from_label
from paatosdata.people import parse_person

__all__ = ["DynastyReader"]

_MARKERS = (b"bodyKokous", b"Sivuotsikko", b"DJULKAISU", b"Dynasty tietopalvelu", b"DREQUEST.PHP")
_NUMBER = re.compile(r"^(?:§\s*(?P<a>\d+)|(?P<b>\d+)\s*§|(?P<c>\d+))$")


class DynastyReader(Reader):
    """Dynasty item pages and meeting pages (``--from dynasty``)."""

    name = "dynasty"
    extensions = (".htm", ".html")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """Dynasty's body classes, Word heading style, DJULKAISU stylesheet or DREQUEST links in HTML;
        or the text of a Dynasty 10 page saved from a browser (its chrome names the service), or of an
        older item export (``kokous/<id>.HTM``, Dynasty 5 ``.TXT``)."""
        if is_dynasty10_text(head) or is_dynasty_export_text(head):
            return True
        return looks_like_html(head) and (
            any(marker in head for marker in _MARKERS) or is_dynasty10_html(head)
        )

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One document: an item page gives one item, a meeting page all listed items."""
        if is_dynasty10_text(data[:65536]):
            document = read_dynasty10_text(decode(data, path), path)
            document.source = source_for(path, data, self.name)
            return [document]
        if is_dynasty_export_text(data[:65536]):
            document = read_dynasty_export_text(decode(data, path), path)
            document.source = source_for(path, data, self.name)
            return [document]
        if is_plain_text(data, path):
            # plain text in none of the text layouts: no HTML to parse, so say what is missing
            raise ParseError(
                "the text is not a Dynasty page saved as text: no Dynasty 10 header (the body's name over "
                "'Pöytäkirja D.M.YYYY/Pykälä N') and no exported item's opening (body, § and date) was found",
                source=str(path),
                hint="a page saved as text keeps the page's lines from the body's name on",
            )
        root = parse_html(data, path)
        body_el = root.find("body")
        body_class = body_el.get("class", "") if body_el is not None else ""
        section_div = first_match(root, "//div[contains(concat(' ', @class, ' '), ' WordSection1 ')]")
        if "bodyTeli" in body_class and section_div is None:
            raise listing_error(root, path)
        if "bodyKokousasia" in body_class or section_div is not None:
            document = self._item_page(root, section_div, path)
        elif "bodyKokous" in body_class or root.xpath("//tr[contains(@class, 'trHea')]"):
            document = self._meeting_page(root, path)
        elif first_match(
            root, "//label[contains(concat(' ', @class, ' '), ' h3 ')]"
        ) is None and is_dynasty10_html(data[:65536]):
            document = read_dynasty10_html(data, path)
        else:
            raise ParseError(
                "not a Dynasty item or meeting page: no div.WordSection1 and no item table",
                source=str(path),
                hint="use --from to choose another format",
            )
        document.source = source_for(path, data, self.name)
        return [document]

    # -- shared ---------------------------------------------------------------------------------

    def _meeting(self, root: HtmlElement, path: Path) -> tuple[Meeting, Header | None]:
        label = first_match(root, "//label[contains(concat(' ', @class, ' '), ' h3 ')]")
        if label is None:
            raise ParseError("the Dynasty page has no header (label.h3)", source=str(path))
        lines = element_text(label).split("\n")
        header = next((h for h in (parse_header(line) for line in lines) if h is not None), None)
        body_name = next((line for line in lines if parse_header(line) is None), "").strip()
        if not body_name:
            raise ParseError("the Dynasty header names no body", source=str(path))
        span = element_span(path, label)
        title = root.findtext(".//title") or ""
        meeting = Meeting(
            body=Body(name=body_name, slug=slugify(body_name), span=span),
            date=header.date if header else None,
            date_raw=header.date_raw if header else None,
            start=header.start if header else None,
            municipality=municipality_from_label(title),
            span=span,
        )
        return meeting, header

    # -- item page ------------------------------------------------------------------------------

    def _item_page(self, root: HtmlElement, container: HtmlElement | None, path: Path) -> Document:
        meeting, header = self._meeting(root, path)
        if container is None:
            raise ParseError(
                "the Dynasty item page has no div.WordSection1 (the item text)", source=str(path)
            )
        if header is None:
            raise ParseError("the Dynasty header has no document kind and date", source=str(path))
        blocks = page_blocks(container)
        item = Item(number=None, title="")
        position = self._preamble(blocks, item, header, path)
        if not item.title:
            raise ParseError("the Dynasty item has no title", source=str(path))
        sections = self._sections(blocks[position:], item, path)
        fill_item(item, sections)
        self._chrome_attachments(root, item, path)
        item.language = header.language
        return Document(kind=header.kind, meeting=meeting, items=[item], language=header.language)

    def _preamble(self, blocks: list[Block], item: Item, header: Header, path: Path) -> int:
        """Read the dnro, task class, number and title; return where the parts start."""
        diary_raw: str | None = None
        diary_span: Span | None = None
        task_class: str | None = None
        number_text: str | None = None
        for position, block in enumerate(blocks):
            text = block.text
            if not text:
                continue
            right = "right" in (block.element.get("align") or "") or "text-align:right" in element_style(
                block.element
            )
            before_title = number_text is None and not item.title
            if before_title and diary_raw is not None and is_task_class(text):
                task_class = text
                continue
            if before_title and diary_raw is None and (right or find_diary_number(text) == text):
                diary_raw, diary_span = text, element_span(path, block.element)
                continue
            earlier = EARLIER_ROW.match(text) if before_title else None
            if earlier is not None:  # a row of the decision-history table: body, §, date
                item.history.append(
                    DecisionReference(
                        raw=text,
                        body=earlier.group("body"),
                        date=parse_date(earlier.group("date")),
                        section=earlier.group("number"),
                        span=element_span(path, block.element),
                    )
                )
                continue
            if right and before_title:
                continue
            m = _NUMBER.match(text)
            if m and number_text is None and not item.title:
                number_text = text
                item.spans["number"] = element_span(path, block.element)
                continue
            if not item.title and classify_heading(text) is None and match_heading_prefix(text) is None:
                item.title = text
                item.span = element_span(path, block.element)
                item.spans["title"] = item.span
                self._number(item, header, number_text)
                if diary_raw:
                    diary = parse_diary_number(diary_raw, task_class, diary_span)
                    item.case = Case(diary_number=diary, title=item.title, span=diary_span)
                return position + 1
            break
        self._number(item, header, number_text)
        return 0

    @staticmethod
    def _number(item: Item, header: Header, printed: str | None) -> None:
        value = header.number
        if value and "/" in value:  # "Asianro 198/00.01.01/2017" is a dnro (Kuopio), not a number
            if item.case is None:
                item.case = Case(diary_number=parse_diary_number(value))
            value = None
        if header.kind is DocumentKind.AGENDA:
            item.agenda_number = value or (printed.strip("§ ") if printed else None)
        else:
            item.number = value or (printed.strip("§ ") if printed else None)
            item.number_raw = printed or (f"§ {value}" if value else None)

    def _sections(self, blocks: list[Block], item: Item, path: Path) -> list[Section]:
        sections: list[Section] = []
        heading: str | None = None
        kind = "generic"
        lines: list[str] = []
        span: Span | None = None

        def close() -> None:
            if heading is not None or lines:
                sections.append(Section(kind, heading or "", "\n".join(lines), span))

        history = False  # after "Päätöshistoria" or a line "Lautakunta 12.4.2017 § 83": earlier handlings
        for block in blocks:
            marker = HISTORY_MARKER.match(block.text)
            found = block_heading(block)
            if marker is not None or (found is not None and found[0] == "history"):
                close()
                history, kind, lines = True, "history", []
                heading = block.text if marker is not None else found[1] if found else ""
                span = element_span(path, block.element)
                if marker is not None:
                    add_history_reference(item, marker, span)
                continue
            if history and found is not None and found[0] == "distribution":
                history = False  # Dynasty prints the item's own "Tiedoksi" last, after the history
            if found is None or history:
                if block.text:
                    lines.append(block.text)
                    if span is None:
                        span = element_span(path, block.element)
                continue
            close()
            kind, heading, rest = found
            lines = []
            span = element_span(path, block.element)
            if kind == "proposal" and rest and looks_like_person(rest) and item.presenter is None:
                item.presenter = parse_person(rest, span)
                item.spans["presenter"] = span
            elif rest:
                lines.append(rest)
        close()
        return sections

    def _chrome_attachments(self, root: HtmlElement, item: Item, path: Path) -> None:
        """The linked attachment list above the item text: add URLs, add what the text lacks."""
        for div in root.xpath("//div[contains(concat(' ', @class, ' '), ' tcDat ')]"):
            if not (div.text or "").strip().startswith(("Liitteet", "Bilagor")):
                continue
            for link in div.iter("a"):
                title = element_text(link)
                url = link.get("href")
                known = next((a for a in item.attachments if a.title == title and a.url is None), None)
                if known is not None:
                    known.url = url
                elif title:
                    item.attachments.append(Attachment(title=title, url=url, span=element_span(path, link)))

    # -- meeting page ---------------------------------------------------------------------------

    def _meeting_page(self, root: HtmlElement, path: Path) -> Document:
        meeting, header = self._meeting(root, path)
        kind = header.kind if header else DocumentKind.MINUTES
        document = Document(kind=kind, meeting=meeting, checked=header.checked if header else None)
        mode = ""
        first_label = ""
        appeal_rows: list[tuple[str, str, str | None, Span]] = []
        for row in root.iter("tr"):
            if has_class(row, "trHea"):
                cells = [element_text(td) for td in row.findall("td")]
                mode = " ".join(cells).casefold()
                first_label = cells[0] if cells else ""
                continue
            cells_el = [td for td in row.findall("td") if has_class(td, "tcDat")]
            if not cells_el:
                continue
            span = element_span(path, row)
            if "otsikko" in mode:
                self._listed_item(document, kind, first_label, cells_el, span)
            elif "muutoksenhaku" in mode:
                link = cells_el[-1].find(".//a")
                label = element_text(link) if link is not None else element_text(cells_el[-1])
                appeal_rows.append(
                    (element_text(cells_el[0]), label, link.get("href") if link is not None else None, span)
                )
            elif "saapuvilla" in mode or "läsnä" in mode or "närvarande" in mode:
                document.meeting.participants.append(
                    present_person(mode, [element_text(c) for c in cells_el], span)
                )
        if not document.items:
            raise ParseError("the Dynasty meeting page lists no items", source=str(path))
        known = [item.number or item.agenda_number or "" for item in document.items]
        for ranges, label, url, span in appeal_rows:
            kind_of = appeal_kind(label)
            text = f"{ranges}: {label}" + (f" <{url}>" if url else "")
            document.sections.append(Section("appeal", "Muutoksenhakuohjeet", text, span))
            if kind_of is not None:
                document.appeal_instructions.append(
                    AppealInfo(
                        kind=kind_of,
                        text=label,
                        statute=next(iter(parse_legal_references(label, span)), None),
                        applies_to=expand_sections(ranges, known),
                        span=span,
                    )
                )
        return document

    @staticmethod
    def _listed_item(
        document: Document, kind: DocumentKind, label: str, cells: list[HtmlElement], span: Span
    ) -> None:
        number = element_text(cells[0]).strip()
        link = cells[-1].find(".//a")
        title_el = link if link is not None else cells[-1]
        title = element_text(title_el)
        span = Span(span.file, title_el.sourceline or span.line)
        item = Item(number=None, title=title, span=span, url=link.get("href") if link is not None else None)
        if kind is DocumentKind.AGENDA or label.casefold().startswith("asia"):
            item.agenda_number = number or None
        else:
            item.number = number or None
            item.number_raw = f"§ {number}" if number else None
        item.spans["title"] = span
        document.items.append(item)
