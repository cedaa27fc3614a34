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
from paatosdata.model import (
    Attachment,
    Body,
    Case,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Participant,
    Section,
    Span,
)
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.dynasty_header import parse_header
from paatosdata.parse.headers import clock_time
from paatosdata.parse.htmlsafe import element_span, element_text, has_class, is_plain_text, parse_html
from paatosdata.parse.municipalities import municipality_from_label
from paatosdata.people import TITLE_ENDINGS, ends_name, is_office_only, parse_person

__all__ = ["TurkuReader"]

_MARKERS = (b'class="ytt"', b"XSDoc", b"ehdotuspaatos", b"liiteoheis", b'class="luettelo"', b"ah.turku.fi")
#: the line opening a handling (``Kh § 190``, ``Kylk 12.02.2024 § 15``); the note that a tabled item is taken
#: up again (``Pöydältä 4.3.2019 § 88``) is no handling of its own but a line of the one it opens, nor is
#: an attachment whose title ends in a § (``Oheismateriaali 1Kunnanhallituksen päätös 7.6.2017 § 232``)
_HANDLING = re.compile(
    r"^(?!Pöydältä\b|Från bordet\b|(?:Liite|Oheismateriaali|Bilaga)\s*\d)"
    r"(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+"
    r"(?:(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+)?§\s*(?P<number>\d+)$"
)
_TEXT_HEAD = re.compile(
    r"^\s*(?:Turun kaupunki\s*\|?\s*§\s*\|?\s*(?:Kokouspvm\s*\|?\s*Asia|(?P<officer>Päätöspöytäkirja))"
    r"|Åbo stad\s*\|?\s*§\s*\|?\s*Sammanträdets datum\s*\|?\s*Ärende(?:\s*nr)?)(?:\b|\d)"
)
_TEXT_DNRO = re.compile(r"^\d{1,6}-\d{4}(?:\s*\([\d ,.]+\))?$")
#: a body's name may end in its term of office (``Tarkastuslautakunta 2009-2012``), run into its § on some
#: copies (``Tarkastuslautakunta 2009-20128031.05.20123``): the term is four digits, a hyphen and four digits
#: an official's row may open with a dated note of the office (``Loppupvm 31.5.2026, Vapaa-aikajohtaja…``,
#: the end of the term it was held in), no part of its name
_BODY = r"(?:[A-ZÅÄÖ][a-zåäö]+\s+\d{1,2}\.\d{1,2}\.\d{4},\s*)?(?P<body>[^|\d]+?(?:\s*\d{4}-\d{4})?)"
_ROW_CELLS = re.compile(
    rf"^{_BODY}\s*\|\s*(?P<number>\d+)\s*\|\s*(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})\s*\|\s*(?P<asia>[^|]*?)(?:\s*\|)*\s*$"
)
#: a row of older pages may end in the code of the preparing unit instead of an agenda number
#: (``Kaupunginhallitus59715.11.2010 Kj``)
_UNIT_TAIL = r"(?:\s+[A-ZÅÄÖ][a-zåäö]{0,5})?"
_ROW_RUN = re.compile(
    rf"^{_BODY}(?P<number>\d+)(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})(?:(?P<asia>\d[^|]*)|{_UNIT_TAIL})$"
)
_ROW_SPACED = re.compile(
    rf"^{_BODY}\s+(?P<number>\d+)\s+(?P<date>\d{{2}}\.\d{{2}}\.\d{{4}})"
    rf"(?:\s+(?P<asia>\d[^|]*)|{_UNIT_TAIL})$"
)
_TABLED = re.compile(r"^(?:Pöydältä|Från bordet)\s+(?:\d{1,2}\.\d{1,2}\.\d{4}\s+)?§\s*(?P<number>\d+)\.?$")
#: a note after the decision of the experts heard on the matter (``Asiaa oli kokouksessa selvittämässä …``,
#: ``Kokouksessa asiaa oli selvittämässä …``, ``Asiaa olivat etäyhteydellä selvittämässä …``): no part of
#: the decision
_HEARD = re.compile(
    r"^(?:(?:Kokouksessa\s+asiaa|Asiaa)\s+(?:oli|olivat)\s+(?:[a-zåäö]+\s+){0,3}?"
    r"(?:selvittämässä|esittelemässä|kuultavana)"
    r"|Asian\s+(?:aikana|käsittelyn\s+aikana)\s+kuultavana"
    # the officials who presented the matter at the meeting: ``Asian esittelivät kaupunginlakimies A B ja …``
    r"|Asian\s+esitteli(?:vät)?\s)"
)
#: a recipient under ``Jakelu`` after the code of its kind run into it: ``ilmKosonen Pentti``, even a
#: recipient named by that code's own abbreviation (``aoao. henkilö``)
_CODED_RECIPIENT = re.compile(r"^(?P<code>[a-zåäö]{2,6})(?P<recipient>(?:[A-ZÅÄÖ]|(?P=code)\.\s).*)$")
_LABEL = re.compile(r"^(?P<label>Ehdotus|Päätös|Förslag|Beslut)(?:\s*:\s*|(?=[A-ZÅÄÖ])|$)(?P<rest>.*)$")
#: a label set apart from its text by a run of spaces (a tab stop of the saved page): ``Förslag     Text``
_SPACED_LABEL = re.compile(r"^\s*(?P<label>Ehdotus|Päätös|Förslag|Beslut)\s{2,}(?=\S)")
_DATE_TAIL = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}\s*:?\s*$")
_TIME = re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d{2})\b(?:\s*[-–]\s*(?P<h2>\d{1,2})[:.](?P<m2>\d{2})\b)?")
#: the heading of a meeting's list of items saved as text, and the line over its rows
_LIST_HEAD = re.compile(
    r"^(?P<body>[^|§]+?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+-\s+(?:Pöytäkirja|Esityslista)$"
)
_LIST_COLUMNS = re.compile(r"^Pykälä\s+Otsikko$")
_LIST_ROW = re.compile(r"^(?P<number>\d+)\s*§\s+(?P<title>\S.*)$")


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
        body_name = _body_name(values[0]) if values else ""
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
            elif element.tag == "p" and _HANDLING.match(text):
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
                item.history.append(_reference(marker, span))
                earlier.append([(element_span(path, p), element_text(p)) for p in paragraphs])
        sections.extend(_matter_preparers(sections, earlier))
        sections.extend(self._distribution(distribution, path))
        return sections

    @staticmethod
    def _current(handlings: list[tuple[str, Span, list[HtmlElement]]], number: str | None) -> int:
        for index in range(len(handlings) - 1, -1, -1):
            m = _HANDLING.match(handlings[index][0])
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
            signers = _signers(text, over_proposal=before_proposal)
            if signers is not None:
                close()
                role = "presenter" if before_proposal and not _DATE_TAIL.search(text) else "preparers"
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
        wanted = next((g for g in groups if _handling_number(g[0]) == item.number), groups[-1])
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
        body_name = _body_name(re.split(r"\s+\d{1,2}\.\d{1,2}\.\d{4}", text)[0])
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
            _time_and_place(meeting, element_text(where))
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


def _time_and_place(meeting: Meeting, text: str) -> None:
    """``Kokousaika ja -paikka: 18:00-21:11 Teams, sähköinen kokous`` → the meeting's start, end and place."""
    place = text.split(":", 1)[-1].strip()
    t = _TIME.search(place)
    if t:
        meeting.start = clock_time(t.group("h"), t.group("m"))
        meeting.end = clock_time(t.group("h2"), t.group("m2")) if t.group("h2") else None
        place = place[t.end() :].strip()
    meeting.place = place or None


def is_turku_text(head: bytes) -> bool:
    """True for the text of a Turku item page (its first line names the city and the header's labels)
    or of a meeting's list of items (its heading, then ``Pykälä Otsikko`` within a few lines)."""
    lines = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:2000].decode("utf-8", "replace").split("\n")
    if _TEXT_HEAD.match(lines[0]):
        return True
    return bool(_LIST_HEAD.match(lines[0].strip())) and any(
        _LIST_COLUMNS.match(line.strip()) for line in lines[1:12]
    )


#: a body's term of office after its name (``Tarkastuslautakunta 2025-2028``, ``(2021-2025)``): the span
#: keeps the printed text; the name is the body's own, so that one board has one name and one slug, as the
#: Dynasty reader gives it
_BODY_TERM = re.compile(r"(?:\d{4}\s*[-–]\s*\d{4}|\(\d{4}\s*[-–]\s*\d{4}\))$")


def _body_name(printed: str) -> str:
    """The name of a body as printed, without the term of office after it (the term's pattern opens with a
    figure or a bracket, and the spaces before it are stripped apart, so a long run of spaces is read in
    linear time)."""
    printed = printed.strip()
    term = _BODY_TERM.search(printed)
    if term is None or term.start() == 0 or not printed[term.start() - 1].isspace():
        return printed
    return printed[: term.start()].rstrip()


def _meeting_of_row(found: re.Match[str], span: Span) -> Meeting:
    """The meeting a text page's heading or header row names (its ``body`` and ``date`` groups)."""
    body_name = _body_name(found.group("body"))
    return Meeting(
        body=Body(name=body_name, slug=slugify(body_name), span=span),
        date=parse_date(found.group("date")),
        date_raw=found.group("date"),
        municipality=municipality_from_label("Turun kaupunki"),
        span=span,
    )


def read_turku_list_text(lines: list[tuple[int, str]], path: Path) -> Document:
    """A meeting's list of items saved as text: the meeting from the heading and the time and place
    line, an item a row (its § in minutes, its agenda number in an agenda)."""
    number, heading = lines[0]
    span = Span(str(path), number)
    found = _LIST_HEAD.match(heading)
    header = parse_header(heading)
    assert found is not None
    meeting = _meeting_of_row(found, span)
    kind = header.kind if header else DocumentKind.MINUTES
    document = Document(kind=kind, meeting=meeting)
    rows = False
    for line_number, text in lines[1:]:
        if text.casefold().startswith("kokousaika"):
            _time_and_place(meeting, text)
        elif _LIST_COLUMNS.match(text):
            rows = True
        elif rows and (row := _LIST_ROW.match(text)) is not None:
            here = Span(str(path), line_number)
            item = Item(number=None, title=row.group("title"), span=here)
            item.spans["title"] = here
            if kind is DocumentKind.AGENDA:
                item.agenda_number = row.group("number")
            else:
                item.number, item.number_raw = row.group("number"), f"{row.group('number')} §"
            document.items.append(item)
        elif text.casefold().startswith("nähtävänäolopäivä"):
            document.sections.append(
                Section(
                    "generic",
                    "Nähtävänäolopäivä",
                    text.split(":", 1)[-1].strip(),
                    Span(str(path), line_number),
                )
            )
    if not document.items:
        raise ParseError("the Turku list page lists no items", source=str(path))
    return document


def _row(line: str) -> re.Match[str] | None:
    """A header row: body, §, meeting date and agenda number, as cells or run together."""
    return _ROW_CELLS.match(line) or _ROW_RUN.match(line) or _ROW_SPACED.match(line)


def read_turku_text(text: str, path: Path) -> Document:
    """One item from the text of a Turku item page; the header's last row is the page's handling. A
    meeting's list of items is read by :func:`read_turku_list_text`."""
    lines = [
        (number, " ".join(_SPACED_LABEL.sub(r"\g<label>: ", raw).split()))
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    lines = [(number, line) for number, line in lines if line]
    if lines and _LIST_HEAD.match(lines[0][1]):
        return read_turku_list_text(lines, path)
    head = _TEXT_HEAD.match(lines[0][1]) if lines else None
    officer = head is not None and head.group("officer") is not None
    rows: list[tuple[re.Match[str], int]] = []
    position = 1
    unit: tuple[int, str] | None = None
    if officer and len(lines) > 2 and _row(lines[1][1]) is None and _row(lines[2][1]) is not None:
        unit, position = lines[1], 2  # the official's unit, over the official's row
    while position < len(lines) and (found := _row(lines[position][1])) is not None:
        rows.append((found, lines[position][0]))
        position += 1
    if not rows:
        raise ParseError("the Turku page's header has no row naming a body, § and date", source=str(path))
    last, last_line = rows[-1]
    span = Span(str(path), last_line)
    meeting = _meeting_of_row(last, span)
    number = last.group("number")
    asia = re.match(r"\d+", last.group("asia") or "")
    rest = lines[position:]
    item = Item(
        number=number, number_raw=f"§ {number}", agenda_number=asia.group(0) if asia else None, title=""
    )
    if rest and _TEXT_DNRO.match(rest[0][1]):
        here = Span(str(path), rest[0][0])
        item.case = Case(diary_number=parse_diary_number(rest[0][1], span=here), span=here)
        rest = rest[1:]
    if not rest:
        raise ParseError("the Turku page has no title after its header", source=str(path))
    item.title = rest[0][1]
    item.span = item.spans["title"] = Span(str(path), rest[0][0])
    if item.case is not None:
        item.case.title = item.title
    sections = _text_sections(rest[1:], item, path, office=meeting.body.name if officer else None)
    if unit is not None:
        sections.insert(0, Section("generic", "Yksikkö", unit[1], Span(str(path), unit[0])))
    for found, line in rows[:-1]:
        when = parse_date(found.group("date"))
        printed = next(
            (h for h in item.history if h.section == found.group("number") and h.date in (None, when)), None
        )
        if printed is not None:  # a handling line without its date (``Kh § 317``): the row gives it
            printed.date = when
            printed.body = printed.body or _body_name(found.group("body"))
        else:
            item.history.append(
                DecisionReference(
                    raw=f"{found.group('body').strip()} {found.group('date')} § {found.group('number')}",
                    body=_body_name(found.group("body")),
                    date=when,
                    section=found.group("number"),
                    span=Span(str(path), line),
                )
            )
    item.history.sort(key=lambda h: (h.date is None, h.date or meeting.date))
    fill_item(item, sections)
    if officer:
        kind = DocumentKind.OFFICER_DECISION
    else:
        # a § printed in the row: the minutes', even where the copy ends before Päätös (as the page above)
        kind = DocumentKind.MINUTES if item.decision or item.number else DocumentKind.AGENDA
    document = Document(kind=kind, meeting=meeting, items=[item])
    for section in sections:
        if section.kind == "signatures":  # the official who decided, over the decision and signing it
            person = parse_person(section.text, section.span)
            if all(signer.person.name != person.name for signer in document.signatures):
                document.signatures.append(Participant(person=person, role="päättäjä", span=section.span))
    return document


#: the item's § on a line of its own, closing the text before the list of links
_BARE_MARK = re.compile(r"^§\s*\d+$")
#: the heading of the page's closing list of attachment links, grouped under handling lines
_LINK_LIST = re.compile(r"^(?:Liitteet|Oheismateriaali|Bilagor)\s*:?$", re.IGNORECASE)
#: one link of that list: ``Liite 1:Title`` (``Oheismateriaali 2: Title``, ``Bilaga 1:Title``)
_LINK = re.compile(r"^(?P<label>Liite|Oheismateriaali|Bilaga)\s*(?P<number>\d+)\s*:\s*(?P<title>.+)$", re.I)


def _text_link_list(lines: list[tuple[int, str]], number: str | None, path: Path) -> list[Section]:
    """The closing link list (``Liitteet:``, ``Ksylk § 26``, ``Liite 1:Title``): the group under this
    item's handling (the last group when none is its) gives the attachments, as on the HTML page."""
    groups: list[tuple[str, list[tuple[int, re.Match[str]]]]] = []
    for line, text in lines:
        link = _LINK.match(text)
        if _HANDLING.match(text):
            groups.append((text, []))
        elif link is not None:
            if not groups:
                groups.append(("", []))
            groups[-1][1].append((line, link))
    if not groups:
        return []
    own = next((links for marker, links in groups if _handling_number(marker) == number), groups[-1][1])
    sections = []
    for kind, heading, supplementary in (
        ("attachments", "Liitteet", False),
        ("supplementary", "Oheismateriaali", True),
    ):
        found = [
            (line, m) for line, m in own if m.group("label").casefold().startswith("oheis") == supplementary
        ]
        if found:
            text = "\n".join(f"{m.group('number')} {m.group('title').strip()}" for _line, m in found)
            sections.append(Section(kind, heading, text, Span(str(path), found[0][0])))
    return sections


def _text_sections(
    lines: list[tuple[int, str]], item: Item, path: Path, office: str | None = None
) -> list[Section]:
    """The summary, then the handlings: the page's own read into parts, earlier ones kept as history;
    the closing list of attachment links, when the page has one, gives the attachments. An official's
    decision (the ``office`` deciding it) prints no handling line: its text is read as the page's own
    handling."""
    links: list[Section] = []
    closing = next((i for i, (_n, text) in enumerate(lines) if _LINK_LIST.match(text)), None)
    if closing is not None:
        links = _text_link_list(lines[closing + 1 :], item.number, path)
        lines = lines[:closing]
    while lines and _BARE_MARK.match(lines[-1][1]):
        lines = lines[:-1]  # the item's § alone after its text (``§ 33``): a mark of the page, not text
    sections: list[Section] = []
    summary: list[str] = []
    index = 0
    if lines and lines[0][1].casefold().startswith(("tiivistelmä", "sammandrag")):
        first = lines[0][1].split(":", 1)[-1].strip() if ":" in lines[0][1] else ""
        summary = [first] if first and first != "-" else []
        index = 1
        while index < len(lines) and not _HANDLING.match(lines[index][1]):
            summary.append(lines[index][1])
            index += 1
        if summary:
            sections.append(
                Section("summary", "Tiivistelmä", "\n".join(summary), Span(str(path), lines[0][0]))
            )
    marks = [i for i in range(index, len(lines)) if _HANDLING.match(lines[i][1])]
    if office is not None and not marks:
        sections.extend(_text_handling(lines[index:], path, office=office))
    own = next((i for i in marks if _handling_number(lines[i][1]) == item.number), None)
    earlier: list[list[tuple[Span, str]]] = []
    segments = {
        start: lines[start + 1 : end] for start, end in zip(marks, [*marks[1:], len(lines)], strict=False)
    }
    for start, segment in segments.items():
        marker = lines[start][1]
        span = Span(str(path), lines[start][0])
        if start == own:
            tabled = _TABLED.match(segment[0][1]) if segment else None
            if tabled is not None:
                sections.append(Section("generic", "Pöydältä", segment[0][1], Span(str(path), segment[0][0])))
                segment = segment[1:]
            parts = _text_handling(segment, path)
            if tabled is not None:
                at = [
                    i for i in marks if i < start and _handling_number(lines[i][1]) == tabled.group("number")
                ]
                if at:
                    parts = _taken_up(_text_handling(segments[at[-1]], path), parts)
            sections.extend(parts)
        else:
            sections.append(Section("history", marker, "\n".join(t for _n, t in segment), span))
            item.history.append(_reference(marker, span))
            earlier.append([(Span(str(path), n), t) for n, t in segment])
    sections.extend(_matter_preparers(sections, earlier))
    sections = _matter_reasons(
        sections, [segment for start, segment in segments.items() if start != own], path
    )
    sections.extend(links)
    return sections


#: the parts of a handling that present the matter, as against its decision and what follows it
_PRESENTATION = ("preparers", "reasons", "attachments", "supplementary", "presenter", "proposal")


def _taken_up(tabled: list[Section], own: list[Section]) -> list[Section]:
    """The parts of a handling that takes up a tabled item (``Pöydältä 4.3.2019 § 88``) and prints only
    its decision: the matter is decided on the presentation and proposal tabled, so those parts of the
    earlier handling open this one. A handling that prints a proposal of its own keeps its own."""
    if any(section.kind == "proposal" for section in own):
        return own
    return [section for section in tabled if section.kind in _PRESENTATION] + own


def _matter_preparers(sections: list[Section], earlier: list[list[tuple[Span, str]]]) -> list[Section]:
    """The preparers of the matter when the page's own handling names none: the dated signature line
    of the latest earlier handling that has one (a council item presented by the board, or a page cut
    before its own handling), or its undated line that opens the presentation (``Titteli A B:`` over the
    reasons). An undated line right over the proposal presents that earlier handling and is left with it."""
    if any(section.kind == "preparers" for section in sections):
        return []
    for handling in reversed(earlier):
        for position, (where, text) in enumerate(handling):
            signers = _signers(text)
            following = handling[position + 1][1] if position + 1 < len(handling) else ""
            presents = _LABEL.match(following) is not None or classify_heading(following) == "proposal"
            if signers is not None and (_DATE_TAIL.search(text) or (following and not presents)):
                return [Section("preparers", "", "\n".join(signers), where)]
    return []


#: a line of the presentation naming an attachment run into its title (``Liite 1Kartta``)
_ATTACHMENT_LINE = re.compile(r"^(?:Liite|Oheismateriaali|Bilaga)\s*\d+")


def _matter_reasons(
    sections: list[Section], earlier: list[list[tuple[int, str]]], path: Path
) -> list[Section]:
    """The reasons of the matter when the page's own handling gives none (it prints only its proposal and
    decision, or only attachment lines before them, or the page is cut before it): those of the latest
    earlier handling that has them, as its preparers are taken by :func:`_matter_preparers`. An earlier
    handling's own note of taking the item up (``Pöydältä 4.3.2019 § 88``) or its attachment lines are no
    reasons: the search goes on further back."""
    own = [s for s in sections if s.kind == "reasons"]
    if any(not all(_ATTACHMENT_LINE.match(t) for t in s.text.split("\n")) for s in own):
        return sections
    for handling in reversed(earlier):
        found = next(
            (s for s in _text_handling(handling, path) if s.kind == "reasons" and not _only_notes(s)), None
        )
        if found is not None:
            at = next(
                (
                    i
                    for i, s in enumerate(sections)
                    if s.kind not in ("summary", "history", "generic", "preparers")
                ),
                len(sections),
            )
            return [*sections[:at], found, *sections[at:]]
    return sections


def _only_notes(section: Section) -> bool:
    """True for a part of the presentation that holds only attachment lines and notes of taking a
    tabled item up."""
    return all(_ATTACHMENT_LINE.match(t) or _TABLED.match(t) for t in section.text.split("\n"))


def _text_handling(lines: list[tuple[int, str]], path: Path, office: str | None = None) -> list[Section]:
    """Parts of the page's own handling: the signature lines, labelled parts and the presentation.

    An official's decision (``office``, the official's title) may open with its preparer's line naming the
    unit and then the person, with neither title nor date and even without a colon (``Liikennesuunnittelu,
    A B``), and may close its decision with the official's name and title on lines of their own: the
    signature, no part of the decision. Its line over the decision (``Kaupunginjohtaja A B:`` over
    ``PäätösPäätin …``) names the official who decides, no presenter: the official's own decision has none.
    Any handling may open with its preparers' line of titled people without date or colon (``Titteli A B,
    titteli C D ja E F``), or with a dated line naming only the unit (``Liikelaitos 1.2.2026:``)."""
    sections: list[Section] = []
    kind, heading = "reasons", ""
    texts: list[str] = []
    span: Span | None = None
    for position, (number, text) in enumerate(lines):
        here = Span(str(path), number)
        if kind == "distribution" and (coded := _CODED_RECIPIENT.match(text)) is not None:
            span = span or here
            texts.append(f"{coded.group('recipient')} ({coded.group('code')})")
            continue
        if classify_heading(text) == "distribution":  # ``Jakelu`` on a line of its own
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "distribution", text, [], here
            continue
        if office is not None and kind == "decision" and len(texts) > 1 and _is_office(text, office):
            if _NAME.match(texts[-1]):
                name = texts.pop()
                sections.append(Section(kind, heading, "\n".join(texts), span))
                sections.append(
                    Section("signatures", "", f"{name}, {text}", Span(str(path), lines[position - 1][0]))
                )
                kind, heading, texts, span = "generic", "", [], None
                continue
        if kind == "decision" and texts and _HEARD.match(text):
            sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "generic", "", [], None
        if len(text.split()) > 1 and _LABEL.match(text) is None and classify_heading(text) == "proposal":
            # a proposal headed by its body's name on a line of its own (``Stadsstyrelsens förslag``); a
            # one-word heading (``Lausuntoehdotus``) heads a draft quoted in the presentation
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "proposal", text, [], here
            continue
        label = _LABEL.match(text)
        if label is not None:
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            heading = label.group("label")
            kind, texts, span = classify_heading(heading) or "generic", [], here
            if label.group("rest").strip():
                texts.append(label.group("rest").strip())
            continue
        following = lines[position + 1][1] if position + 1 < len(lines) else ""
        before_proposal = _LABEL.match(following) is not None
        opening = office is not None and position == 0
        signers = _signers(text, over_proposal=before_proposal, opening=opening, first=position == 0)
        if signers is not None:
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            # the line right over the proposal presents it: undated, or dated after the preparers' own line
            prepared = any(section.kind == "preparers" for section in sections)
            dated = _DATE_TAIL.search(text) is not None
            role = "presenter" if before_proposal and (prepared or not dated) else "preparers"
            if role == "presenter" and office is not None and _DECIDES.match(following):
                role = "signatures"  # the line over an official's decision names the official deciding
            sections.append(Section(role, "", "\n".join(signers), here))
            kind, heading, texts, span = "reasons", "", [], None
            continue
        span = span or here
        texts.append(text)
    if texts:
        sections.append(Section(kind, heading, "\n".join(texts), span))
    return sections


def _first(root: HtmlElement, xpath: str) -> HtmlElement | None:
    found = root.xpath(xpath)
    return found[0] if found else None


def _handling_number(marker: str) -> str | None:
    """The § of a handling line such as ``Kh § 195``."""
    m = _HANDLING.match(marker)
    return m.group("number") if m else None


def _labelled_text(paragraph: HtmlElement) -> str:
    """A paragraph's text with its label (``Ehdotus``, ``Liite 1``) set apart by a space."""
    text = element_text(paragraph)
    marker = paragraph.find("span")
    if marker is not None and (has_class(marker, "ehdotuspaatos") or has_class(marker, "liiteoheis")):
        label = element_text(marker)
        if label and text.startswith(label):
            return f"{label} {text[len(label) :].strip()}".strip()
    return text


#: between the people of a signature line: a comma, or "ja"/"och" after a name; one within a title
#: (``Kasvatus- ja opetusjohtaja``, ``Direktör för fostran och undervisning``) parts no one
_CONJUNCTION = re.compile(r"\s+(?:ja|och)\s+")


def _signer_parts(names: str) -> list[str]:
    """The parts of a signature line set apart by commas or by a slash between spaces (``Titteli A B /
    titteli C D:``), each split again at a "ja"/"och" that follows a capitalised word (the end of a name)
    not ending in a hyphen. A slash splits only between people, each side ending in a name: one between
    two titles (``Kasvatus- ja opetusjohtaja / sivistysjohtaja A B``) is the person's double title."""
    parts: list[str] = []
    for chunk in (piece for part in re.split(r"\s*,\s*", names) for piece in _between_people(part)):
        start = 0
        for conjunction in _CONJUNCTION.finditer(chunk):
            before = chunk[start : conjunction.start()].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith("-"):
                parts.append(chunk[start : conjunction.start()])
                start = conjunction.end()
        parts.append(chunk[start:])
    return [part for part in parts if part]


def _between_people(chunk: str) -> list[str]:
    """A part of a signature line split at its slashes between spaces when every side ends in a
    capitalised word (a name), else whole."""
    sides = re.split(r"\s+/\s+", chunk)
    if all(side.split() and side.split()[-1][:1].isupper() for side in sides):
        return sides
    return [chunk]


#: the decision's label opening a line (``PäätösPäätin …``, ``Päätös: …``)
_DECIDES = re.compile(r"^(?:Päätös|Beslut)(?:\s*:|(?=[A-ZÅÄÖ])|\s|$)")
#: a person's name on a line of its own: two to four capitalised words
_NAME = re.compile(r"^[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+){1,3}$")
#: the mark of an acting official before the title (vs., va., t.)
_ACTING_MARK = re.compile(r"^(?:vs\.|va\.|v\.s\.|t\.)\s*", re.IGNORECASE)


#: a deputy's title: the office in the genitive and ``sijainen`` (``liikennesuunnittelupäällikön sijainen``)
_DEPUTY_OF = re.compile(r"^(?P<office>.+?)\s+(?:sijainen|sijaisena)$", re.IGNORECASE)


def _is_office(text: str, office: str) -> bool:
    """True when a line is the official's title as the header names the office, in any case, an acting
    official's mark before it (``vs. liikennesuunnittelupäällikkö``), or the title of the official's deputy
    (``liikennesuunnittelupäällikön sijainen``, ``teknisen johtajan sijainen``)."""
    line = _ACTING_MARK.sub("", text).casefold()
    # an office printed with its series after a slash (``Kaupunginjohtaja/sarja``) is the office before it
    name = office.split("/")[0].strip().casefold()
    if line == name:
        return True
    deputy = _DEPUTY_OF.match(line)
    return deputy is not None and _genitive_of(deputy.group("office").split(), name.split())


def _genitive_of(words: list[str], office: list[str]) -> bool:
    """True when ``words`` are the words of ``office`` in the genitive: each ends in -n and agrees with the
    office's word but for its last three letters, which the genitive may change (``päällikkö`` →
    ``päällikön``, ``arkkitehti`` → ``arkkitehdin``, ``tekninen`` → ``teknisen``)."""
    return len(words) == len(office) and all(
        word.endswith("n") and word[: max(len(stem) - 3, 3)] == stem[: max(len(stem) - 3, 3)]
        for word, stem in zip(words, office, strict=True)
    )


def _signers(
    text: str, over_proposal: bool = False, opening: bool = False, first: bool = False
) -> list[str] | None:
    """The people of a signature line, else ``None``; the office alone of a dated line naming no person
    (``Hallinto- ja talouspäällikkö 25.5.2022:``).

    Names end in a colon: ``Kaupunginjohtaja A B:``, ``Titteli A B, titteli C D 18.4.2017:``,
    ``Titteli A B ja titteli C D 18.3.2020:``. A dated line may name the unit first
    (``Kaupunkiympäristötoimiala, tonttipalvelut, tonttipäällikkö A B 19.2.2021:``; the unit is not a
    person), each person's own unit when two sign (``Sivistystoimiala, lakimies A B ja konsernihallinto,
    sihteeri C D 2.3.2019:``), or lack the colon when each name is two capitalised words
    (``Kasvatus- ja opetusjohtaja A B ja palveluverkkojohtaja C D 30.9.2021``); a unit of a dated line ending
    in its colon may run to three words, its head noun after two genitives, before people titled by an
    office (``Satamanseudun elävöittämisen ohjelma, ohjelmapäällikkö A B ja Liikunnan hanke, hankejohtaja C
    D, 2.4.2026:``). A dated line's title may
    run to six words, "och" within it (``Direktör för svensk fostran och undervisning A B 1.12.2022:``), and
    so may the presenter's undated line right over the proposal (``over_proposal``). The line opening an
    official's decision (``opening``) may name the unit before an undated name (``Liikennesuunnittelu,
    A B:``), and lack the colon when it does; an undated line ending in its colon may name the unit first
    when an office's title stands before a name (``Hallintoyksikkö, kulttuurisihteeri A B:``, see
    :func:`_unit_and_titled`). A line runs to 16 words, a dated one with its colon to five
    words a person when more sign (``Titteli A B, Kaupungin yksikön vt. johtaja C D, titteli E F ja
    titteli G H 1.2.2021:``). The line opening a handling (``first``) may lack both date and colon when
    every person is titled by an office (``Titteli A B, tittelit C D ja E F``, see :func:`_titled_people`),
    and its dated line may name only the unit (``Liikelaitos 1.2.2026:``, returned whole as an office is); so
    may the line over the proposal lack them (``Toimialajohtaja A B`` alone over ``Ehdotus …``)."""
    dated = _DATE_TAIL.search(text) is not None
    length = len(text.split())
    bare = not (text.endswith(":") or dated)
    if (bare and not (opening or first or over_proposal)) or (
        length > 16 and not (dated and text.endswith(":"))
    ):
        return None
    names = _DATE_TAIL.sub("", text).rstrip(":").strip()
    if dated and text.endswith(":") and (is_office_only(names) or (first and _UNIT_ONLY.fullmatch(names))):
        return [names]  # the office or the unit signs; no person is named
    parts = _signer_parts(names)
    strict = not text.endswith(":")

    def person(part: str) -> bool:
        # a title of many words (``Direktör för svenskspråkig fostran och undervisning A B``) only on a
        # dated line or the line over the proposal, and then with both names capitalised
        words = part.split()
        # a compound's stem before "ja" is one word with what follows (``Kulttuuri- ja nuorisolautakunnan``)
        joined = sum(
            1 for a, b in zip(words, words[1:], strict=False) if a.endswith("-") and b in ("ja", "och")
        )
        long = len(words) - 2 * joined > 5
        if long and not ((dated or over_proposal) and len(words) <= 8):
            return False
        tail = words[-2:] if strict or long else words[-1:]
        return len(words) >= 2 and all(w[:1].isupper() for w in tail[:-1]) and ends_name(tail[-1])

    people = [part for part in parts if person(part)]
    if not people or not person(parts[-1]) or length > max(16, 5 * len(people)):
        return None
    # a unit is a word or two; "ja" may join two (``kaupunkisuunnittelu ja maaomaisuus``)
    units = [unit for part in parts if not person(part) for unit in _CONJUNCTION.split(part)]
    unit_first = dated or opening or (text.endswith(":") and _unit_and_titled(units, people))
    # a unit of three words only on a dated line ending in its colon, before people each titled by an office
    wide = dated and text.endswith(":") and _unit_and_titled(units, people)
    if units and not (unit_first and all(_unit_words(unit, wide) for unit in units)):
        return None
    if bare and not (
        (opening and _unit_and_person(units, people))
        or ((first or over_proposal) and _titled_people(units, people))
    ):
        return None  # without a date or a colon only a line naming its unit first, or titled people, signs
    return people


def _unit_words(unit: str, wide: bool) -> bool:
    """True when a part of a signature line is short enough to be a unit: a word or two; where a unit may
    be ``wide``, three, a head noun after two words in -n (``Satamanseudun elävöittämisen ohjelma``). A
    sentence opening with its subject (``Kaupunginhallitus on kuullut``) is not such words; one whose first
    two words end in -n (``Asian on valmistellut``) would pass, the caller's other tests deciding."""
    words = unit.split()
    if len(words) <= 2:
        return True
    return wide and len(words) == 3 and all(word.endswith("n") for word in words[:2])


#: a unit alone, a capitalised word a part (``Kunnallistekniikkaliikelaitos``, ``Konsernihallinto, talous``),
#: or a noun after its adjective in -inen (``Alueellinen vesihuolto``); an ordinal in -inen (``Toinen
#: käsittely``) names a reading, no unit, and a verb after a noun (``Lautakunta päätti``) makes a sentence
_UNIT_ONLY = re.compile(
    r"(?:(?!(?:Ensimmäinen|Toinen)\s)[A-ZÅÄÖ][a-zåäö]{2,}inen\s+[a-zåäö][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+)"
    r"(?:\s*,\s*[\wåäö-]{2,})*"
)


def _titled_people(units: list[str], people: list[str]) -> bool:
    """True when a line without date or colon names only people, the first titled by an office before the
    name (``Liikuntapaikkapäällikkö A B``), each later one so titled, in the plural too (``suunnittelijat C
    D``), or sharing the title before it (``… ja E F``): prose names no office before every name."""
    if units:
        return False
    for index, person in enumerate(people):
        words = person.split()
        title = [word.casefold() for word in words[:-2]]
        if not title and index > 0 and len(words) == 2:
            continue
        if not 0 < len(title) <= 3 or any(word[:1].isupper() for word in words[1:-2]):
            return False
        last = title[-1].removesuffix("t") if not title[-1].endswith(TITLE_ENDINGS) else title[-1]
        if not last.endswith(TITLE_ENDINGS) or (index > 0 and words[0][:1].isupper()):
            return False
    return True


def _unit_and_titled(units: list[str], people: list[str]) -> bool:
    """True when the parts of an undated line ending in a colon are a unit and then people each titled
    before the name, one by an office (``Hallintoyksikkö, kulttuurisihteeri A B:``, ``Terveysvalvonta,
    päällikön varahenkilö A B, johtava tarkastaja C D:``): prose ending in a colon has no office's title
    before a name (``Lisäksi todetaan, että A B:``), nor a party, a company or a town as
    :func:`_unit_and_person` tells."""
    titles = [_title_before_name(person) for person in people]
    return (
        _unit_and_person(units, people)
        and all(titles)
        and any(title.split()[-1].casefold().endswith(TITLE_ENDINGS) for title in titles)
    )


def _title_before_name(person: str) -> str:
    """The lower-case words before a person's capitalised name (``johtava tarkastaja`` of ``johtava
    tarkastaja A B``), an acting mark among them; empty when the part opens with the name."""
    words = person.split()
    title = [word for word in words if not word[:1].isupper()]
    if words[: len(title)] != title or len(words) - len(title) < 2:
        return ""
    return " ".join(title)


#: a word naming a company or a municipality, never a person's (``Oy Yritys Ab``, ``Turun kaupunki``)
_NO_PERSON = re.compile(r"^(?:oyj?|ab[bp]?|ky|ry|rf|kb|\w*kaupunki|\w*kunta|stad|kommun)$", re.IGNORECASE)


#: a word a unit's name never has: a passive verb (``todetaan``, ``esitetään``) or a conjunction of a clause
_SENTENCE_WORD = re.compile(r"\w(?:t|d)(?:aan|ään)\b|\b(?:että|jotta|koska)\b", re.IGNORECASE)


def _unit_and_person(units: list[str], people: list[str]) -> bool:
    """True when the parts of a line without a date or a colon are a unit and then people: a unit whose
    last word is no agent noun in -ja/-jä (``Hakija, A B`` names a party, not a unit), and people without
    a company's or a municipality's word (``Hankinta, Oy Yritys Ab``, ``Liikelaitos, Turun kaupunki``). A
    unit names no verb of a sentence (``Perusteluna todetaan, kaupunginjohtaja A B:`` is prose)."""
    return bool(
        units
        and not any(unit.split()[-1].casefold().endswith(("ja", "jä")) for unit in units)
        and not any(_SENTENCE_WORD.search(unit) for unit in units)
        and not any(_NO_PERSON.match(word) for person in people for word in person.split())
    )


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
                reference.body = _body_name(cells[0])
            break


def _reference(marker: str, span: Span) -> DecisionReference:
    m = _HANDLING.match(marker)
    if m is None:
        return DecisionReference(raw=marker, span=span)
    body = m.group("body")
    short = len(body) <= 8
    return DecisionReference(
        raw=marker,
        body_abbreviation=body if short else None,
        body=None if short else body,
        date=parse_date(m.group("date") or ""),
        section=m.group("number"),
        span=span,
    )
