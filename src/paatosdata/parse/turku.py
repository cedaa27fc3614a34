"""Turku's own HTML: an item page with its case history, or the list of a meeting's items; an item page
saved as text.

An item page starts with ``table.ytt`` (body, §, meeting date, agenda item), the dnro line
(``5024-2017 (010)``), the title ``p.ots`` and the lead ``p.ing`` (Tiivistelmä). The handlings of
the case follow, each opened by a line such as ``Kh § 190`` and made of ``div.XSDoc`` blocks: the
preparers' line, the presentation text, ``p.liiteoheis`` attachments, the presenter's line and the
``span.ehdotuspaatos`` parts (Ehdotus, Päätös). The handling whose § is the page's is the item;
earlier ones become its decision history. ``p.jakelu`` lists recipients by ``span.jaktyyppi``.

Saved as text, an item page starts with the header table's lines: ``Turun kaupunki | § | Kokouspvm | Asia |``
and a row a handling (``Kaupunginhallitus | 572 | 02.11.2009 | 9 |``, an earlier one's row may end in an empty
cell: ``… | 4 | |``; some copies run the cells together: ``Kaupunginhallitus14128.03.202215``, others set them
apart by spaces and leave the agenda number out: ``Kaupunginvaltuusto 283 14.12.2009``; a body's name may end
in its term: ``Tarkastuslautakunta 2009-20128031.05.20123``). The dnro, the title, ``Tiivistelmä:`` and the
handlings follow a line each; a label may run into its text (``EhdotusKaupunginhallitus päättää …``) or stand
apart from it by a run of spaces, and a recipient under ``Jakelu`` follows the code of its kind (``ilmKosonen
Pentti``). A handling that takes up a tabled item (``Pöydältä 4.3.2019 § 88``) and prints only its decision is
decided on the tabled handling's presentation and proposal. An official's decision is headed ``Turun kaupunki
| § | Päätöspöytäkirja``, the unit on a line of its own, then the official's row
(``Tonttipäällikkö7623.03.2022``); its text has no handling line: all of it is the decision's. A meeting's
list of items saved as text opens with its heading (``Kaupunginvaltuusto 24.01.2022 - Pöytäkirja``), the time
and place, then a line an item under ``Pykälä Otsikko`` (``4 § Asemakaavanmuutos…``). A Swedish page (a
Swedish-speaking body) heads its table ``Åbo stad | § | Sammanträdets datum | Ärende nr``, its summary
``Sammandrag:`` and its recipients ``Sändlista``; the council's heads the board's proposal ``Stadsstyrelsens
förslag`` on a line of its own and may print the item's § alone after the decision (``§ 33``).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml.html import HtmlElement

from paatosdata.diary import find_diary_number, parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import Attachment, Body, Case, Document, DocumentKind, Item, Meeting, Section, Span
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.dynasty_header import parse_header
from paatosdata.parse.htmlsafe import element_span, element_text, has_class, is_plain_text, parse_html
from paatosdata.parse.municipalities import municipality_from_label
from paatosdata.parse.turku_handling import HANDLING, handling_number, matter_preparers, reference_of
from paatosdata.parse.turku_head import body_name_of, is_turku_text, time_and_place
from paatosdata.parse.turku_signers import DATE_TAIL, signers_of
from paatosdata.parse.turku_text import read_turku_text

__all__ = ["TurkuReader"]

_MARKERS = (b'class="ytt"', b"XSDoc", b"ehdotuspaatos", b"liiteoheis", b'class="luettelo"', b"ah.turku.fi")


class TurkuReader(Reader):
    """Turku item pages and meeting item lists (``--from turku``)."""

    name = "turku"
    extensions = (".htm", ".html")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """Turku's class names (``ytt``, ``XSDoc``, ``ehdotuspaatos``, ``luettelo``) or its host, or
        the text of an item page (its first line the header table's labels)."""
        return any(marker in head for marker in _MARKERS) or is_turku_text(head)

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One document: an item page gives one item, a list page every listed item."""
        if is_turku_text(data[:4096]):
            document = read_turku_text(decode(data, path), path)
            document.source = source_for(path, data, self.name)
            return [document]
        if is_plain_text(data, path):
            # plain text in none of the text layouts: no HTML to parse, so say what is missing
            raise ParseError(
                "the text is not a Turku page saved as text: no item header on its first line (Turun "
                "kaupunki § Kokouspvm Asia, Åbo stad § Sammanträdets datum Ärende) and no meeting list's "
                "heading with 'Pykälä Otsikko' under it was found",
                source=str(path),
                hint="a page saved as text keeps the page's lines from its header on",
            )
        root = parse_html(data, path)
        header_table = _first(root, "//table[contains(concat(' ', @class, ' '), ' ytt ')]")
        body = root.find("body")
        if header_table is not None:
            document = self._item_page(root, header_table, path)
        elif body is not None and has_class(body, "luettelo"):
            document = self._list_page(root, path)
        else:
            raise ParseError(
                "not a Turku item or list page: no table.ytt header and no body.luettelo",
                source=str(path),
                hint="use --from to choose another format",
            )
        document.source = source_for(path, data, self.name)
        return [document]

    # -- item page ------------------------------------------------------------------------------

    def _item_page(self, root: HtmlElement, table: HtmlElement, path: Path) -> Document:
        rows = table.findall(".//tr")
        if len(rows) < 2:
            raise ParseError("the Turku item header (table.ytt) has no value row", source=str(path))
        printed_labels = [element_text(td) for td in rows[0].findall("td")]
        labels = [label.casefold() for label in printed_labels]
        # one row per handling of the case, oldest first: the last row is this page's item
        values = [element_text(td) for td in rows[-1].findall("td")]
        by_label = dict(zip(labels, values, strict=False))
        span = element_span(path, rows[-1])
        body_name = body_name_of(values[0]) if values else ""
        if not body_name:
            raise ParseError("the Turku item header names no body", source=str(path))
        date_raw = by_label.get("kokouspvm") or by_label.get("datum") or ""
        number = by_label.get("§") or None
        meeting = Meeting(
            body=Body(name=body_name, slug=slugify(body_name), span=span),
            date=parse_date(date_raw),
            date_raw=date_raw or None,
            municipality=municipality_from_label(printed_labels[0] if printed_labels else ""),
            span=span,
        )
        title_el = _first(root, "//p[contains(concat(' ', @class, ' '), ' ots ')]")
        if title_el is None:
            raise ParseError("the Turku item page has no title (p.ots)", source=str(path))
        item = Item(
            number=number,
            number_raw=f"§ {number}" if number else None,
            agenda_number=by_label.get("asia") or None,
            title=element_text(title_el),
            span=element_span(path, title_el),
        )
        item.spans["title"] = element_span(path, title_el)
        self._diary(title_el, item, path)
        sections = self._sections(root, title_el, item, path)
        _date_history(item, [[element_text(td) for td in row.findall("td")] for row in rows[1:-1]])
        fill_item(item, sections)
        self._attachment_links(root, item)
        # an item with its § is the minutes' even where the copy ends before Päätös: the site's item pages
        # are records (an agenda's page printing its § would read as minutes too; the text cannot tell)
        kind = DocumentKind.MINUTES if item.decision or item.number else DocumentKind.AGENDA
        return Document(kind=kind, meeting=meeting, items=[item])

    @staticmethod
    def _diary(title_el: HtmlElement, item: Item, path: Path) -> None:
        """The dnro is the paragraph just before the title."""
        previous = title_el.getprevious()
        while previous is not None and not element_text(previous):
            previous = previous.getprevious()
        if previous is None or previous.tag != "p":
            return
        raw = element_text(previous)
        if find_diary_number(raw) is None:
            return
        span = element_span(path, previous)
        item.case = Case(diary_number=parse_diary_number(raw, span=span), title=item.title, span=span)

    def _sections(self, root: HtmlElement, title_el: HtmlElement, item: Item, path: Path) -> list[Section]:
        """Lead, handlings (current one in full, earlier ones as history) and distribution."""
        sections: list[Section] = []
        handlings: list[tuple[str, Span, list[HtmlElement]]] = []
        lead: list[HtmlElement] = []
        distribution: list[HtmlElement] = []
        container = title_el.getparent()
        assert container is not None
        elements = list(container)
        for element in elements[elements.index(title_el) + 1 :]:
            text = element_text(element)
            if element.tag == "hr" and handlings:
                break  # the attachment link list follows
            if element.tag == "p" and has_class(element, "ing"):
                lead.append(element)
            elif element.tag == "p" and HANDLING.match(text):
                handlings.append((text, element_span(path, element), []))
            elif has_class(element, "XSDoc"):
                if not handlings:
                    handlings.append(("", element_span(path, element), []))
                handlings[-1][2].extend(element.iter("p"))
            elif element.tag == "p" and (
                has_class(element, "jakelu") or classify_heading(text) == "distribution"
            ):
                distribution.append(element)
        if lead:
            sections.append(self._lead(lead, path))
        current = self._current(handlings, item.number)
        earlier: list[list[tuple[Span, str]]] = []
        for index, (marker, span, paragraphs) in enumerate(handlings):
            if index == current:
                sections.extend(self._handling(paragraphs, path))
            else:
                text = "\n".join(t for t in (_labelled_text(p) for p in paragraphs) if t)
                sections.append(Section("history", marker, text, span))
                item.history.append(reference_of(marker, span))
                earlier.append([(element_span(path, p), element_text(p)) for p in paragraphs])
        sections.extend(matter_preparers(sections, earlier))
        sections.extend(self._distribution(distribution, path))
        return sections

    @staticmethod
    def _current(handlings: list[tuple[str, Span, list[HtmlElement]]], number: str | None) -> int:
        for index in range(len(handlings) - 1, -1, -1):
            m = HANDLING.match(handlings[index][0])
            if m and m.group("number") == number:
                return index
        return len(handlings) - 1

    @staticmethod
    def _lead(paragraphs: list[HtmlElement], path: Path) -> Section:
        heading = ""
        texts = [element_text(p) for p in paragraphs]
        if texts and classify_heading(texts[0]) is not None:
            heading = texts.pop(0).rstrip(":")
        kind = classify_heading(heading) if heading else "summary"
        return Section(
            kind or "summary", heading, "\n".join(t for t in texts if t), element_span(path, paragraphs[0])
        )

    def _handling(self, paragraphs: list[HtmlElement], path: Path) -> list[Section]:
        sections: list[Section] = []
        kind: str = "reasons"
        heading = ""
        span: Span | None = None
        lines: list[str] = []
        attachments: list[str] = []
        supplementary: list[str] = []
        attachment_span: Span | None = None

        def close() -> None:
            if lines:
                sections.append(Section(kind, heading, "\n".join(lines), span))

        for position, paragraph in enumerate(paragraphs):
            text = element_text(paragraph)
            if not text:
                continue
            here = element_span(path, paragraph)
            marker = paragraph.find("span")
            if marker is not None and has_class(marker, "liiteoheis"):
                label = element_text(marker)
                title = text[len(label) :].strip() if text.startswith(label) else text
                number = re.search(r"\d+", label)
                line = f"{number.group(0)} {title}" if number else title
                if label.casefold().startswith("oheis"):
                    supplementary.append(line)
                else:
                    attachments.append(line)
                attachment_span = attachment_span or here
                continue
            if marker is not None and has_class(marker, "ehdotuspaatos"):
                close()
                label = element_text(marker)
                found = classify_heading(label) or "generic"
                kind, heading, span = found, label, here
                rest = text[len(label) :].strip() if text.startswith(label) else text
                lines = [rest] if rest else []
                continue
            following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
            first_span = following.find("span") if following is not None else None
            before_proposal = first_span is not None and has_class(first_span, "ehdotuspaatos")
            signers = signers_of(text, over_proposal=before_proposal)
            if signers is not None:
                close()
                role = "presenter" if before_proposal and not DATE_TAIL.search(text) else "preparers"
                sections.append(Section(role, "", "\n".join(signers), here))
                kind = "reasons" if role == "preparers" else "generic"
                heading, lines, span = "", [], None
                continue
            if span is None:
                span = here
            lines.append(text)
        close()
        if attachments:
            sections.append(Section("attachments", "Liitteet", "\n".join(attachments), attachment_span))
        if supplementary:
            sections.append(
                Section("supplementary", "Oheismateriaali", "\n".join(supplementary), attachment_span)
            )
        return sections

    @staticmethod
    def _distribution(paragraphs: list[HtmlElement], path: Path) -> list[Section]:
        sections = []
        for paragraph in paragraphs:
            if not has_class(paragraph, "jakelu"):
                continue
            entries: list[str] = []
            kind_label = ""
            for node in paragraph.iter():
                if node.tag == "span" and has_class(node, "jaktyyppi"):
                    kind_label = element_text(node)
                    recipient = " ".join((node.tail or "").split())
                    if recipient:
                        entries.append(f"{recipient} ({kind_label})")
            sections.append(
                Section("distribution", "Jakelu", "\n".join(entries), element_span(path, paragraph))
            )
        return sections

    @staticmethod
    def _attachment_links(root: HtmlElement, item: Item) -> None:
        """``span.liomLabel`` "Liite 1:" and a link, grouped under handling lines (``Kh § 195``):
        the group of this item's handling gives the attachments' URLs."""
        groups: list[tuple[str, list[tuple[str, HtmlElement]]]] = []
        for label in root.xpath("//span[contains(concat(' ', @class, ' '), ' liomLabel ')]"):
            link = label.getnext()
            if link is None or link.tag != "a":
                continue
            paragraph = label.getparent()
            group = paragraph.findtext("strong") if paragraph is not None else None
            key = " ".join((group or "").split())
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append((element_text(label), link))
        if not groups:
            return
        wanted = next((g for g in groups if handling_number(g[0]) == item.number), groups[-1])
        for label_text, link in wanted[1]:
            number = re.search(r"\d+", label_text)
            supplementary = label_text.casefold().startswith("oheis")
            match = next(
                (
                    a
                    for a in item.attachments
                    if number
                    and a.number == number.group(0)
                    and a.supplementary == supplementary
                    and a.url is None
                ),
                None,
            )
            if match is not None:
                match.url = link.get("href")
            else:
                item.attachments.append(Attachment(title=element_text(link), url=link.get("href")))

    # -- list page ------------------------------------------------------------------------------

    def _list_page(self, root: HtmlElement, path: Path) -> Document:
        heading = root.find(".//h1")
        if heading is None:
            raise ParseError("the Turku list page has no h1 heading", source=str(path))
        text = element_text(heading)
        header = parse_header(text)
        body_name = body_name_of(re.split(r"\s+\d{1,2}\.\d{1,2}\.\d{4}", text)[0])
        span = element_span(path, heading)
        meeting = Meeting(
            body=Body(name=body_name, slug=slugify(body_name), span=span),
            date=header.date if header else parse_date(text),
            date_raw=header.date_raw if header else None,
            municipality=municipality_from_label("Turun kaupunki"),
            span=span,
        )
        where = root.find(".//h3")
        if where is not None:
            time_and_place(meeting, element_text(where))
        kind = header.kind if header else DocumentKind.MINUTES
        document = Document(kind=kind, meeting=meeting)
        for row in root.iter("tr"):
            cells = row.findall("td")
            if len(cells) < 3:
                continue
            link = cells[0].find(".//a")
            printed = element_text(cells[0])
            number = re.sub(r"\D", "", printed) or None
            title = element_text(cells[-1])
            if not title:
                continue
            item = Item(
                number=None,
                title=title,
                span=element_span(path, cells[-1]),
                url=link.get("href") if link is not None else None,
            )
            if kind is DocumentKind.AGENDA:
                item.agenda_number = number
            else:
                item.number, item.number_raw = number, printed or None
            document.items.append(item)
        if not document.items:
            raise ParseError("the Turku list page lists no items", source=str(path))
        for link in root.iter("a"):
            label = element_text(link)
            found = classify_heading(label)
            if found is not None or label.casefold().startswith("läsnäolo"):
                document.sections.append(
                    Section(found or "generic", label, link.get("href") or "", element_span(path, link))
                )
        return document


def _first(root: HtmlElement, xpath: str) -> HtmlElement | None:
    found = root.xpath(xpath)
    return found[0] if found else None


def _labelled_text(paragraph: HtmlElement) -> str:
    """A paragraph's text with its label (``Ehdotus``, ``Liite 1``) set apart by a space."""
    text = element_text(paragraph)
    marker = paragraph.find("span")
    if marker is not None and (has_class(marker, "ehdotuspaatos") or has_class(marker, "liiteoheis")):
        label = element_text(marker)
        if label and text.startswith(label):
            return f"{label} {text[len(label) :].strip()}".strip()
    return text


def _date_history(item: Item, rows: list[list[str]]) -> None:
    """Give earlier handlings printed without a date (``Ksylk § 84``) theirs from the header table.

    The header table has one row per handling, oldest first: body, §, meeting date. A reference
    takes the first unused row with its §; the row's body name fills a reference that only has
    an abbreviation.
    """
    used: set[int] = set()
    for reference in item.history:
        if reference.date is not None or reference.section is None:
            continue
        for index, cells in enumerate(rows):
            if index in used or len(cells) < 3 or cells[1].strip() != reference.section:
                continue
            used.add(index)
            reference.date = parse_date(cells[2])
            if reference.body is None and cells[0].strip():
                reference.body = body_name_of(cells[0])
            break
