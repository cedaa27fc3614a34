"""Dynasty 10 pages (``DREQUEST.PHP``): one item, a meeting's list of items, or an item page saved as text.

Dynasty 10 prints the body and a header as one heading (``Tekninen lautakunta  Esityslista
23.09.2026/Asianro 4``; on a meeting page ``… klo 17:00 - Kokoushuone``), page chrome (RSS links,
``Edellinen asia | Seuraava asia``, ``Kokousasia PDF-muodossa``, the linked attachments) and then the
item text as paragraphs: the dnro, a line naming a handling (``Valt 18.03.2024 § 24``; one that names
another meeting opens an earlier handling), ``§ 24``, the title, and parts whose heading starts their
paragraph (``Päätösehdotus Hyvinvointialuejohtaja Svahn Sanna``, ``Päätös Esityslista hyväksyttiin …``).
Text under no heading is the presentation (reasons). The newer layout keeps the text in
``div.data-part-block-htm`` and a part's heading in the paragraph's first span; a body and date there
stand on one line (``Konserni- ja kaupunkikehitysjaosto 27.08.2026``).

A meeting page lists the items: number, linked title. Item pages of the same meeting saved beside it
(known by the id in their ``/kokous/<id>.PDF`` link) are read in; the others stay listed by their link.
Nothing is fetched.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from paatosdata.diary import find_diary_number, parse_diary_number
from paatosdata.errors import PaatosdataError, ParseError
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading, match_heading_prefix
from paatosdata.model import (
    Attachment,
    Case,
    Confidentiality,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Outcome,
    Section,
    Span,
)
from paatosdata.parse.assemble import fill_item, parse_attachment_lines
from paatosdata.parse.base import as_utf8, bom_encoding
from paatosdata.parse.dynasty10.head import BODY_DATE
from paatosdata.parse.dynasty10.head import head as _head
from paatosdata.parse.dynasty10.head import meeting as _meeting
from paatosdata.parse.dynasty10.head import municipality as _municipality
from paatosdata.parse.dynasty10.html import HEAD_BYTES, PDF, is_dynasty10_meeting_list, listed_items
from paatosdata.parse.dynasty10.html import page as _page
from paatosdata.parse.dynasty10.html import paragraphs as _paragraphs
from paatosdata.parse.dynasty10.marks import (
    HANDLING,
    UNDATED_MARK,
    earlier_handlings,
    is_earlier_handling,
    is_mark,
)
from paatosdata.parse.dynasty10.marks import handling as _handling
from paatosdata.parse.dynasty10.marks import sections as _sections
from paatosdata.parse.dynasty10.page import (
    Page,
    Paragraph,
    dnro_paragraph,
    is_dynasty10_html,
    is_dynasty10_text,
    looks_like_html,
)
from paatosdata.parse.dynasty10.parts import NAME_PAIR, PARENTHESIS, SENTENCE_VERB, no_colon
from paatosdata.parse.dynasty10.people import _ORGANISATION as _ORGANISATION
from paatosdata.parse.dynasty10.people import NEXT_SENTENCE, ORGANISATION_NAME
from paatosdata.parse.dynasty10.sections import item_parts
from paatosdata.parse.dynasty10.text import (
    CHROME,
    SECTION_NUMBER,
    cell_paragraphs,
    date_first_marks,
    joined_handlings,
    line_text,
    paragraph_text,
    text_page,
)
from paatosdata.parse.dynasty_header import Header, looks_like_person
from paatosdata.parse.htmlsafe import parse_html
from paatosdata.parse.vendorkit import municipality_from_emails
from paatosdata.people import follow_page_order, is_title_only, parse_person

__all__ = [
    "Paragraph",
    "earlier_handlings",
    "is_earlier_handling",
    "is_dynasty10_html",
    "is_dynasty10_meeting_list",
    "is_chrome_line",
    "is_dynasty10_text",
    "item_parts",
    "looks_like_html",
    "read_dynasty10_html",
    "read_dynasty10_text",
]


_ITEM_ID = re.compile(r"[?&]id=(?P<id>\d+-\d+)\b")


#: before the title: a rule line, or a saved heading that is the document's file label (``# 240422 Oikaisu``)
_RULE_OR_FILE_LABEL = re.compile(r"^(?:[_=\-]{10,}|#+\s*\d{4,8}\s.*)$")


_DNRO_LABEL = re.compile(r"^(?:asianumero|asianro|dnro|diaarinumero|ärendenummer|dnr)[:.]?\s+", re.I)
_ATTACHMENT_LABEL = re.compile(r"^(?:liite|bilaga)\s*(?P<no>\d+(?:[a-z](?![a-zåäö]))?)\s*[.):]?\s*", re.I)


def read_dynasty10_html(data: bytes, path: Path) -> Document:
    """One document from a Dynasty 10 HTML page: an item page gives one item, a meeting page its list."""
    root = parse_html(data, path)
    page = _page(root, path)
    paragraphs = _paragraphs(root)
    listed = listed_items(root)
    if listed:
        return _meeting_page(paragraphs, listed, page)
    refused = _list_of_pages(paragraphs, page)
    if refused is not None:
        raise refused
    return _item_page(paragraphs, page)


_LISTS = (
    ("page=meeting&id=", "bodies or meetings", "the meeting pages it links to"),
    ("page=official_decision&id=", "office-holder decisions", "the decision pages it links to"),
)


def _list_of_pages(paragraphs: list[Paragraph], page: Page) -> ParseError | None:
    """The error for Dynasty's lists of bodies, meetings or office-holder decisions: no item to read."""
    try:
        _head(paragraphs, page)
        return None
    except ParseError:
        pass
    for needle, what, where in _LISTS:
        links = [href for href, _text, _line in page.links if needle in href]
        if links:
            return ParseError(
                f"this Dynasty page lists {what}, not the text of an item",
                source=str(page.path),
                hint=f"read {where}, such as {links[0]}",
            )
    return None


def read_dynasty10_text(text: str, path: Path) -> Document:
    """One document from the text of a Dynasty 10 item page (paragraphs are separated by blank lines).

    Text saved with no blank lines has a paragraph a line; where table cells are closed by ``|``, the
    linked attachments are the cells after the navigation line, a handling its three cells (body, §,
    date). A heading printed at the side (``Asia      Kuopion kaupungin …``, spaces between) stands on a
    line of its own."""
    raw_lines = text.replace("\r\n", "\n").split("\n")
    if line_text(raw_lines):
        return _item_page(joined_handlings(cell_paragraphs(raw_lines)), text_page(raw_lines, path))
    paragraphs: list[Paragraph] = []
    lines: list[str] = []
    start = 1
    for number, raw in enumerate(raw_lines, start=1):
        if raw.strip():
            if not lines:
                start = number
            lines.append(raw)
        elif lines:
            paragraphs.append(Paragraph(paragraph_text(lines), start))
            lines = []
    if lines:
        paragraphs.append(Paragraph(paragraph_text(lines), start))
    return _item_page(joined_handlings(paragraphs), text_page(raw_lines, path))


def _item_page(paragraphs: list[Paragraph], page: Page) -> Document:
    head = _head(paragraphs, page)
    meeting = _meeting(head, page)
    header = head.header
    item = Item(number=None, title="")
    # the newer layout prints the title above its "Body dd.mm.yyyy" line
    before = paragraphs[: head.after - 1] if header is None else []
    glued = [Paragraph(head.title, head.span.line)] if head.title else []
    # the rest of the header's paragraph: an older page's table of handlings, a cell a line (``Seutuhallitus``
    # run into the number, then ``§ 113``, ``20.08.2009``, the next body …), rows joined as handlings
    glued = joined_handlings([*glued, *(Paragraph(line, head.span.line) for line in head.following)])
    printed = [p for p in [*before, *glued, *paragraphs[head.after :]] if not _is_chrome(p)]
    body_lines = [_without_publicity(p) for p in printed]
    body_lines = date_first_marks(body_lines)
    own_number, glued_diary = _diary_run_into_number(header, body_lines)
    position = _preamble(body_lines, item, meeting, own_number, page)
    if not item.title and position >= len(body_lines):
        raise ParseError("the Dynasty item page has no title", source=str(page.path))
    sections = _sections(body_lines[position:], item, meeting, own_number, page)
    if meeting.municipality is None:  # an organisation printed after a person's name (``Iin kunta``)
        meeting.municipality = _municipality(page)
    if meeting.municipality is None:
        # a page saved without its host or chrome: the municipality whose domain the preparers' addresses
        # all use (``etu.suku@esimerkkila.fi``)
        contacts = "\n".join(section.text for section in sections if section.kind == "preparers")
        meeting.municipality = municipality_from_emails(contacts)
    _decision_in_handling(sections, meeting.body.name)
    fill_item(item, sections)
    _voted(item)
    _secret_by_mark(item, printed, page)
    # earlier handlings oldest first, as the other readers give them: a page may print the chain
    # latest first (``Kaupunginhallitus 14.02.2022 § 36`` over ``Kaupunginvaltuusto 12.02.2018 § 12``)
    item.history.sort(key=lambda ref: (ref.date is None, ref.date or date.min))
    _page_name_order(item, sections)
    _linked_attachments(item, page)
    kind = header.kind if header else (DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA)
    _number(item, kind, own_number, header)
    if glued_diary and item.case is None:
        item.case = Case(diary_number=parse_diary_number(glued_diary))
    if header is not None:
        item.language = header.language
    return Document(
        kind=kind,
        meeting=meeting,
        items=[item],
        language=header.language if header else "fi",
        checked=header.checked if header else None,
    )


#: a handling line with the item's publicity after it (``Khall 17.11.2025    Julkinen``)
_MARK_AND_PUBLICITY = re.compile(
    r"^(?P<mark>\S.*?\d{4}(?:\s*,?\s*§\s*\d+)?)\s+"
    r"(?P<publicity>(?i:julkinen|ei julkinen|osittain julkinen|salainen|salassa pidettävä|offentlig|"
    r"sekretessbelagd))$"
)
#: … a publicity that keeps the item (or, ``osittain``, part of it) from public view
_NOT_PUBLIC = ("ei julkinen", "osittain julkinen", "salainen", "salassa pidettävä", "sekretessbelagd")
#: … the publicity's last words, looked for before the pattern is tried
_PUBLICITY_ENDINGS = ("julkinen", "salainen", "pidettävä", "offentlig", "sekretessbelagd")


def _without_publicity(paragraph: Paragraph) -> Paragraph:
    """A handling line with the item's publicity printed after it (``Khall 17.11.2025    Julkinen``) as the
    handling line alone: a mark over the title, not the title; any other paragraph as it is."""
    m = _mark_and_publicity(paragraph)
    if m is None:
        return paragraph
    return Paragraph(m.group("mark"), paragraph.line, paragraph.heading, paragraph.row)


def _mark_and_publicity(paragraph: Paragraph) -> re.Match[str] | None:
    """The handling line and the publicity printed after it, or ``None`` for any other paragraph."""
    text = paragraph.text
    if "\n" in text or not text[-20:].lower().endswith(_PUBLICITY_ENDINGS):
        return None
    m = _MARK_AND_PUBLICITY.match(text)
    return m if m is not None and is_mark(m.group("mark")) else None


def _secret_by_mark(item: Item, paragraphs: list[Paragraph], page: Page) -> None:
    """An item a handling line marks as not public (``Kh 08.03.2027    Salassa pidettävä``, ``Ei julkinen``,
    ``Osittain julkinen``) is kept secret, the mark as printed its ground when the page names no other."""
    if item.confidentiality is not None:
        return
    for paragraph in paragraphs:
        m = _mark_and_publicity(paragraph)
        if m is not None and " ".join(m.group("publicity").lower().split()) in _NOT_PUBLIC:
            where = Span(file=str(page.path), line=paragraph.line)
            publicity = m.group("publicity")
            partly = publicity.lower().startswith("osittain")
            item.confidentiality = Confidentiality(ground=publicity, whole_item=not partly, span=where)
            item.spans.setdefault("confidentiality", where)
            return


#: a handling that records a vote held (``Vid omröstningen fick …``, ``efter omröstning``, ``omröstning ska
#: förrättas``, ``Omröstning`` over its rounds, ``Äänestyksessä …``) …
_VOTE_HELD = re.compile(
    r"^\s*(?:\d+\.?\s*)?omröstning\s*:?\s*$|\bomröstningen\b|\befter\s+omröstning\b|\bomröstnings(?:resultat|prop)|"
    r"\bomröstning\s+(?:ska\s+|skall\s+)?(?:förrättas|förrättades|verkställ\w*|hölls|genomfördes)\b|"
    r"\b(?:förrättades|verkställdes|hölls|genomfördes)\s+(?:en\s+)?omröstning\b|"
    r"\bäänestyksessä\b|\bäänestyksen tulos",
    re.I,
)
#: … and not one that records none (``Ingen begärde omröstning``, ``utan omröstning``, ``Omröstning
#: förrättades inte``, ``ei äänestystä``)
_NO_VOTE = re.compile(
    r"\b(?:ingen|utan)\s+(?:\w+\s+)?omröstning|\bomröstning(?:en)?\s+(?:\w+\s+){0,2}(?:inte|ej)\b|"
    r"\bei\s+(?:\w+\s+)?äänest|\bäänestystä\s+ei\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _voted(item: Item) -> None:
    """A decision the page states without naming its outcome is passed after a vote when a sentence of
    its handling records one held and the decision does not say it was unanimous."""
    if (
        item.outcome is Outcome.APPROVED
        and item.unanimous is not True
        and any(
            _VOTE_HELD.search(sentence) and not _NO_VOTE.search(sentence)
            for sentence in _SENTENCE_END.split(item.handling or "")
        )
    ):
        item.outcome, item.unanimous = Outcome.VOTED, False


def _decision_in_handling(sections: list[Section], body: str) -> None:
    """A handling with no decision part after it, whose line names the body and what it did (``Käsittely``
    … ``Tekninen lautakunta hyväksyi yksimielisesti esittelijän ehdotuksen.``): from the last such line on
    it is the decision, as the other pages print it under its own heading."""
    if not body or any(section.kind == "decision" for section in sections):
        return
    decided = re.compile(rf"^{re.escape(body)}\s+(?:hyväksyi|päätti|hylkäsi|merkitsi|palautti|jätti)\b", re.I)
    for index, section in enumerate(sections):
        if section.kind != "handling":
            continue
        lines = section.text.split("\n")
        # the last such line: one above it (``… päätti kuulla asiantuntijana …``) is a step of the handling
        at = next((n for n in reversed(range(len(lines))) if decided.match(lines[n].strip())), None)
        if at is None:
            continue
        section.text = "\n".join(lines[:at]).strip()
        sections.insert(index + 1, Section("decision", "", "\n".join(lines[at:]).strip(), section.span))
        return


def _page_name_order(item: Item, sections: list[Section]) -> None:
    """Names the given names cannot order follow the page's: Espoo prints ``Vallden Aila``, and on such
    a page ``Hokkanen Torsti`` is surname first too. The presenter follows the order of every name on the
    page; a preparer, typed on the page by hand, only that of the preparers' lines: a presenter printed
    surname first (``Sivistysjohtaja Mallinen Pekka``) says nothing of ``Valmistelija Otso Esimerkkilä``."""
    printed: dict[str, list[str | None]] = {"preparers": [], "presenter": []}
    for section in sections:
        if section.kind in printed:
            lines = (line for line in section.text.split("\n") if line.strip())
            printed[section.kind].extend(parse_person(line, order=False).name for line in lines)
    follow_page_order(item.preparers, printed["preparers"])
    if item.presenter is not None:
        follow_page_order([item.presenter], [*printed["preparers"], *printed["presenter"]])


def is_chrome_line(line: str) -> bool:
    """True for a line of the service's chrome (RSS links, the navigation, ``Kokousasia PDF-muodossa``)."""
    return CHROME.match(line) is not None


def _is_chrome(paragraph: Paragraph) -> bool:
    lines = paragraph.text.split("\n")
    return all(CHROME.match(line) or set(line) <= set("| ") for line in lines)


def _preamble(paragraphs: list[Paragraph], item: Item, meeting: Meeting, own: str | None, page: Page) -> int:
    """The dnro, handling lines, printed § and the chrome's attachment list; return where the title is."""
    table_end = 0
    for index, paragraph in enumerate(paragraphs):
        if index < table_end:
            continue  # a row of the attachment table read below
        text = paragraph.text
        span = Span(str(page.path), paragraph.line)
        first = text.split("\n")[0]
        rows = _attachment_table(paragraphs, index) if not item.title else []
        if rows:
            # the chrome's attachment list saved as a table above the title (``| Otsikko`` / ``|---`` /
            # ``| Oheismateriaali 1Title (pdf 12 kb)``): its column heading is no title, its rows are the
            # attachments
            item.attachments.extend(_table_attachment(row, Span(str(page.path), line)) for row, line in rows)
            table_end = index + 2 + len(rows)
            continue
        if classify_heading(first) in ("attachments",) and "\n" in text:  # the chrome's linked list
            for line in text.split("\n")[1:]:
                item.attachments.append(_listed_attachment(line, span))
            continue
        if not item.title and (listed := _supplementary_list(text)) is not None:
            # the chrome's list of supplementary material above the title (``Oheismateriaali`` over its
            # lines, or ``OHEISMATERIAALI: Title`` on one line): no part of the item's text
            for attachment in parse_attachment_lines(listed, supplementary=True):
                attachment.span = span
                item.attachments.append(attachment)
            continue
        if not item.title and _RULE_OR_FILE_LABEL.match(text):
            item.sections.append(Section("generic", "", text, span))
            continue
        if not item.title and index + 1 < len(paragraphs) and _ORGANISATION_LINE.match(text):
            # the organisation printed over the title (``Perhon kunta``): it names the municipality
            page.label = page.label or text
            continue
        if not item.title and index + 1 < len(paragraphs) and _attachment_links(text):
            # linked attachments saved above the title (``Liite3 Takauspolitiikka 2023``), one a line, or a
            # row of the chrome's list with its number in a cell of its own (``Liite 46 | Title``)
            for line in text.split("\n"):
                if _NUMBERED_ROW.match(line):
                    item.attachments.append(_listed_attachment(line, span))
                else:
                    item.attachments.extend(parse_attachment_lines([line], supplementary=False))
            continue
        if not item.title and _numbered_short_title(text, paragraphs[index + 1 :]):
            continue  # ``13 Title`` over ``Title, valtuustoaloite``: the list's number and the title again
        if not item.title and _links_above_title(paragraphs, index):
            # the chrome's links to the attachments, saved without their heading above the title
            for line in text.split("\n"):
                item.attachments.append(Attachment(title=line.strip(), span=span))
            continue
        if not item.title and _list_over_marks(paragraphs, index):
            # the chrome's attachment list over the dnro, the handling line and the printed number that head
            # the title (``1 Title`` / ``Ennakkoarviointi`` / ``Asianumero …`` / ``… § 18`` / ``§ 18``)
            for attachment in parse_attachment_lines(text.split("\n"), supplementary=False):
                attachment.span = span
                item.attachments.append(attachment)
            continue
        dnro = dnro_paragraph(_DNRO_LABEL.sub("", text))
        if item.case is None and dnro is not None:
            item.case = Case(diary_number=parse_diary_number(dnro[0], span=span), title=dnro[1], span=span)
            continue
        handling = HANDLING.match(text)
        if handling is not None:
            _handling(item, handling, meeting, own, span)
            continue
        if index + 1 < len(paragraphs) and _own_unnumbered_mark(text, meeting):
            continue  # an agenda's own handling line with no number (``Kasvatuslautakunta 28.01.2026``)
        printed = SECTION_NUMBER.match(text)
        if printed is not None:
            item.number_raw = text
            item.spans["number"] = span
            continue
        if classify_heading(PARENTHESIS.sub("", first)) is not None or _starts_part(text):
            break
        if _reads_as_text(text) and (item.case is not None or item.history or item.number_raw or own):
            return index  # a page that prints no title: the presentation starts here
        item.title = text.replace("\n", " ")
        item.span = span
        item.spans["title"] = span
        if item.case is not None:
            item.case.title = item.case.title or item.title
        return index + 1
    return len(paragraphs)


#: a table's heading row of one cell (``| Otsikko``) and the rule under it (``|---``), as text saves them
_TABLE_HEADING = re.compile(r"^\|\s*[^|\s][^|]*$")
_TABLE_RULE = re.compile(r"^\|\s*:?-{3,}:?\s*\|?$")
#: a table row naming a numbered attachment, the number perhaps glued to its title
#: (``| Oheismateriaali 1Strategia 2026 (pdf 468 kb)``, ``| Liite 2 Hinnasto``)
_TABLE_ATTACHMENT = re.compile(
    r"^\|\s*(?P<label>(?i:oheismateriaali|liite|bilaga))\s*(?P<no>\d+(?:[a-z](?![\wåäö]))?)"
    r"\s*[.):]?\s*(?P<title>\S[^|]*?)\s*\|?$"
)


def _attachment_table(paragraphs: list[Paragraph], index: int) -> list[tuple[re.Match[str], int]]:
    """The rows (and their lines) of a table of numbered attachments that starts at ``index`` with its
    heading row and rule; none when no such table starts there."""
    if index + 2 >= len(paragraphs):
        return []
    if not _TABLE_HEADING.match(paragraphs[index].text) or not _TABLE_RULE.match(paragraphs[index + 1].text):
        return []
    rows: list[tuple[re.Match[str], int]] = []
    for paragraph in paragraphs[index + 2 :]:
        row = _TABLE_ATTACHMENT.match(paragraph.text)
        if row is None:
            break
        rows.append((row, paragraph.line))
    return rows


def _table_attachment(row: re.Match[str], span: Span) -> Attachment:
    """One row of the attachment table: its number and title; supplementary material by its label."""
    supplementary = row.group("label").casefold() == "oheismateriaali"
    return Attachment(
        title=row.group("title"), number=row.group("no"), supplementary=supplementary, span=span
    )


def _own_unnumbered_mark(text: str, meeting: Meeting) -> bool:
    """True for ``Body dd.mm.yyyy`` naming this meeting's body and date: the page's own handling printed
    with no number (an agenda's), a mark above the title, not the title."""
    m = BODY_DATE.match(text)
    return (
        m is not None
        and meeting.date is not None
        and parse_date(m.group("date")) == meeting.date
        and m.group("body").casefold() == meeting.body.name.casefold()
    )


#: an attachment's row in the chrome's list, its number in a cell of its own: ``2 | Title``, ``Liite 8 | T``
_NUMBERED_ROW = re.compile(
    r"^(?:(?:liite|bilaga)\s*)?(?P<no>\d+[a-z]?)\s*\|\s*(?P<title>[^|]*[^|\s])\s*\|?\s*$", re.I
)


def _listed_attachment(line: str, span: Span) -> Attachment:
    """One attachment of the chrome's list: a row's number cell is its number, not part of its title."""
    row = _NUMBERED_ROW.match(line.strip())
    if row is not None:
        return Attachment(title=row.group("title"), number=row.group("no"), span=span)
    return Attachment(title=line.strip(), span=span)


#: a number, a space, then a phrase: ``13 Kasvisruoka kouluihin``
_NUMBERED_PHRASE = re.compile(r"^\d{1,3}\s+(?P<phrase>[A-ZÅÄÖ].*)$")


def _numbered_short_title(text: str, following: list[Paragraph]) -> bool:
    """True for a heading printed with the list's number before it (``13 Kasvisruoka kouluihin``) over
    the title that repeats it in full (``Kasvisruoka kouluihin, valtuustoaloite``): not an attachment's
    link, and not the title."""
    m = _NUMBERED_PHRASE.match(text)
    if m is None or "\n" in text or not following:
        return False
    title = following[0].text
    return title != m.group("phrase") and title.startswith(m.group("phrase"))


def _links_above_title(paragraphs: list[Paragraph], index: int) -> bool:
    """True for short lines of links (``Lukukausimaksut 1.8.2022 alkaen`` / ``Soveltamisohjeet``) over a
    one-line title that a handling line or a dnro follows: the title is the line next to those, and the
    lines above it are the attachments' links the chrome prints without a heading."""
    if index + 2 >= len(paragraphs):
        return False
    links, title, after = (p.text for p in paragraphs[index : index + 3])
    if any(p.row or p.heading is not None for p in paragraphs[index : index + 2]):
        return False
    if _RULE_OR_FILE_LABEL.match(title):  # the title framed by rules (``____`` / title / ``____``)
        return False
    if any(len(line) > 100 or line.rstrip().endswith((".", ":")) for line in links.split("\n")):
        return False
    for text in (links, title):
        first = text.split("\n")[0]
        if classify_heading(PARENTHESIS.sub("", first)) is not None or _starts_part(text):
            return False
        if is_mark(text):
            return False
        if dnro_paragraph(_DNRO_LABEL.sub("", text)):
            return False
    if "\n" in title or _reads_as_text(title):
        return False
    if HANDLING.match(after) is not None or UNDATED_MARK.match(after) is not None:
        return True  # ``Kh 12.02.2024 § 44`` or, undated, ``SIVLTK § 60``
    return dnro_paragraph(_DNRO_LABEL.sub("", after)) is not None


def _list_over_marks(paragraphs: list[Paragraph], index: int) -> bool:
    """True for short lines over the marks that head the title: a dnro, then handling lines, the last of
    them the item's number printed alone (``§ 18``), then a one-line title. The title stands under its
    number; the lines above the dnro are the chrome's links to the attachments, saved without a heading."""
    paragraph = paragraphs[index]
    text = paragraph.text
    if paragraph.row or paragraph.heading is not None or is_mark(text):
        return False
    if any(len(line) > 100 or line.rstrip().endswith((".", ":")) for line in text.split("\n")):
        return False
    if classify_heading(PARENTHESIS.sub("", text.split("\n")[0])) is not None or _starts_part(text):
        return False
    following = paragraphs[index + 1 :]
    if not following or dnro_paragraph(_DNRO_LABEL.sub("", following[0].text)) is None:
        return False
    at = 1
    while at < len(following) and is_mark(mark := following[at].text) and not SECTION_NUMBER.match(mark):
        at += 1
    if at == 1 or at + 1 >= len(following) or not SECTION_NUMBER.match(following[at].text):
        return False  # a handling line and the number, then the title
    title = following[at + 1].text
    first = title.split("\n")[0]
    return (
        "\n" not in title
        and not is_mark(title)
        and classify_heading(PARENTHESIS.sub("", first)) is None
        and not _starts_part(title)
        and not _reads_as_text(title)
    )


def _supplementary_list(text: str) -> list[str] | None:
    """The lines of a supplementary-material list (``Oheismateriaali`` / ``2497/2021 Vaikutusten
    arviointi``; ``OHEISMATERIAALI: Ote …``), or ``None`` for any other paragraph."""
    first, _, more = text.partition("\n")
    if classify_heading(first.rstrip(":")) == "supplementary" and more.strip():
        return [line for line in more.split("\n") if line.strip()]
    m = match_heading_prefix(first)
    if m is None or m.kind != "supplementary" or not first[len(m.heading) :].startswith(":") or not m.rest:
        return None
    return [m.rest, *(line for line in more.split("\n") if line.strip())]


def _attachment_links(text: str) -> bool:
    """Lines that each name a numbered attachment: ``Liite3 Nurmijärvi takauspolitiikka 2023``, or
    ``Liite 3 Myyntihinnasto`` over ``Liite 4 Hinnasto`` when the links are saved with no blank line
    between them."""
    return all(
        (label := _ATTACHMENT_LABEL.match(line)) is not None and bool(line[label.end() :].strip())
        for line in text.split("\n")
    )


def _reads_as_text(text: str) -> bool:
    """True for a paragraph of the presentation where a title would stand: long, more than one
    sentence and ending with a full stop (``Kunnanvaltuusto vahvisti kokouksessaan 12.6.2019 … .
    Ohjelmassa …``). A title is a phrase: it is short or has no sentence after a full stop."""
    return len(text) > 200 and text.rstrip().endswith(".") and NEXT_SENTENCE.search(text) is not None


def _starts_part(text: str) -> bool:
    """True when a paragraph opens a part by its first word (``Päätös Esityslista hyväksyttiin.``); a
    title that starts with such a word (``Lausunto luonnoksesta …``: one line, no full stop, the next
    word in lower case; or ``Lausunto Itä-Suomen hallinto-oikeudelle / …``, a phrase naming its
    addressee) does not."""
    m = match_heading_prefix(text.split("\n")[0])
    if m is None:
        return False
    title_like = (
        "\n" not in text and not text.endswith(".") and (m.rest[:1].islower() or _named_phrase(text, m.rest))
    )
    return not title_like


def _named_phrase(line: str, rest: str) -> bool:
    """True for a title's phrase after a heading word: no colon after the word or at the end, three
    words or more that name no person or office and carry no verb of a sentence (``Lausunto Itä-Suomen
    hallinto-oikeudelle / Rakennuslupa``); ``Päätösehdotus Kaupunginjohtaja Jukka Mäkelä`` names the
    presenter and ``Lausunto Lautakunta antaa seuraavan lausunnon`` is the part's text. A person's name is
    two capitalised words in a row: ``Lausunto Esimerkkilä, Mallinmäen osayleiskaavasta`` (a place, a comma,
    a plan) names none."""
    return (
        no_colon(line, rest)
        and not line.rstrip().endswith(":")
        and len(rest.split()) >= 3
        and not (looks_like_person(rest) and NAME_PAIR.search(rest))
        and not is_title_only(rest)
        and SENTENCE_VERB.search(rest) is None
    )


#: … on a line of its own over the title
_ORGANISATION_LINE = re.compile(rf"^{ORGANISATION_NAME}$")


def _linked_attachments(item: Item, page: Page) -> None:
    """Attachments linked as ``/kokous/<id>-<n>.PDF`` (``Liite 1Title`` as printed)."""
    for href, text, line in page.links:
        m = PDF.search(href)
        if m is None or not m.group("attachment") or not text:
            continue
        label = _ATTACHMENT_LABEL.match(text)
        title = text[label.end() :].strip() if label else text
        number = label.group("no") if label else None
        known = next((a for a in item.attachments if a.title == title), None)
        if known is not None:
            known.url = known.url or href
            continue
        item.attachments.append(
            Attachment(title=title, number=number, url=href, span=Span(str(page.path), line))
        )


#: a line of the item's own that ends in its § (``§ 219``, ``Kaupunginhallitus 20.06.2022 § 219``)
_OWN_SECTION_LINE = re.compile(r"(?:^|\s)§\s*(?P<number>\d+)\s*$")


def _diary_run_into_number(
    header: Header | None, paragraphs: list[Paragraph]
) -> tuple[str | None, str | None]:
    """A minutes header's number and the diary number run into it (``Pykälä 2191818/00.04.00/2021``), split
    where the § printed on the item's own lines ends (``§ 219`` alone, or after the body and the header's
    date); else the header's number as it is and no diary number."""
    own = header.number if header else None
    if (
        header is None
        or not own
        or "/" not in own
        or (header.label or "").casefold() not in ("pykälä", "paragraf")
    ):
        return own, None
    for paragraph in paragraphs[:12]:
        for line in paragraph.text.split("\n"):
            m = _OWN_SECTION_LINE.search(line.strip())
            if m is None or (m.start() > 0 and header.date_raw not in line):
                continue
            number = m.group("number")
            rest = own[len(number) :]
            if own.startswith(number) and rest[:1].isdigit() and find_diary_number(rest) == rest:
                return number, rest
    return own, None


def _number(item: Item, kind: DocumentKind, own: str | None, header: Header | None) -> None:
    printed = SECTION_NUMBER.match(item.number_raw or "")
    value = own or (printed.group("number") if printed else None)
    if own and "/" in own:  # "Asianro 198/00.01.01/2017" is a dnro, not a number
        if item.case is None:
            item.case = Case(diary_number=parse_diary_number(own))
        value = None
    if kind is DocumentKind.AGENDA:
        item.agenda_number = value
        item.number_raw = None
    else:
        item.number = value
        item.number_raw = item.number_raw or (f"§ {value}" if value else None)


def _own_id(page: Page) -> str | None:
    """The item's id from its ``Kokousasia`` link (``/kokous/20261727-4.PDF``)."""
    for href, _text, _line in page.links:
        m = PDF.search(href)
        if m is not None and not m.group("attachment"):
            return m.group("id")
    return None


def _meeting_page(
    paragraphs: list[Paragraph], listed: list[tuple[str, str, str, int]], page: Page
) -> Document:
    head = _head(paragraphs, page)
    meeting = _meeting(head, page)
    kind = head.header.kind if head.header else DocumentKind.AGENDA
    on_disk = _item_pages_beside(page.path, {_link_id(href) for _n, _t, href, _l in listed})
    document = Document(kind=kind, meeting=meeting, checked=head.header.checked if head.header else None)
    for number, title, href, line in listed:
        span = Span(str(page.path), line)
        found = on_disk.get(_link_id(href) or "")
        item = found if found is not None else Item(number=None, title=title, span=span)
        item.url = item.url or href
        if title and item.title != title and item.title.startswith(title):
            # the item page ran its title and first sentence together; the list prints the title alone
            rest = item.title[len(title) :].lstrip(" .:")
            if item.case is not None and item.case.title == item.title:
                item.case.title = title
            item.title = title
            if rest and not item.reasons:
                item.reasons = rest
                item.sections.insert(0, Section("reasons", "", rest, item.span))
        if not item.title:
            item.title = title
        if kind is DocumentKind.AGENDA:
            item.agenda_number = item.agenda_number or number
        else:
            item.number = item.number or number
            item.number_raw = item.number_raw or f"§ {number}"
        item.spans.setdefault("title", span)
        document.items.append(item)
    return document


def _link_id(href: str) -> str | None:
    m = _ITEM_ID.search(href)
    return m.group("id") if m else None


_OWN_PDF = re.compile(rb"/kokous/(\d+-\d+)\.pdf", re.IGNORECASE)


#: folder → (its modification time, {item id: the page that carries it}); a few folders are kept
_FOLDERS: dict[Path, tuple[int, dict[str, Path]]] = {}


def _folder_index(folder: Path) -> dict[str, Path]:
    """Item ids of the Dynasty 10 item pages in ``folder`` (the first ``/kokous/<id>.PDF`` link of each)."""
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        return {}
    cached = _FOLDERS.get(folder)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    index: dict[str, Path] = {}
    for sibling in sorted(folder.iterdir()):
        if sibling.suffix.lower() not in (".htm", ".html") or not sibling.is_file():
            continue
        try:
            with sibling.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
            if bom_encoding(head) is not None:
                head = as_utf8(sibling.read_bytes(), sibling)[:HEAD_BYTES]
        except (OSError, PaatosdataError):
            continue
        m = _OWN_PDF.search(head)
        if m is not None:
            index.setdefault(m.group(1).decode("ascii"), sibling)
    if len(_FOLDERS) >= 8:
        _FOLDERS.clear()
    _FOLDERS[folder] = (stamp, index)
    return index


def _item_pages_beside(path: Path, wanted: set[str | None]) -> dict[str, Item]:
    """Items of ``wanted`` ids read from Dynasty 10 item pages in the meeting page's folder."""
    found: dict[str, Item] = {}
    index = _folder_index(path.parent)
    for ident in sorted(w for w in wanted if w):
        sibling = index.get(ident)
        if sibling is None or sibling == path:
            continue
        try:
            root = parse_html(as_utf8(sibling.read_bytes(), sibling), sibling)
            if listed_items(root):
                continue
            sub = _page(root, sibling)
            if _own_id(sub) != ident:
                continue
            found[ident] = _item_page(_paragraphs(root), sub).items[0]
        except (OSError, PaatosdataError):
            continue  # a broken page beside the meeting page is reported when it is read on its own
    return found
