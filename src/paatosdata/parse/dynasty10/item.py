"""An item page assembled: head, preamble, own and earlier handlings, parts, publicity, votes, attachments
and number into one document.
"""

from __future__ import annotations

import re
from datetime import date

from paatosdata.diary import find_diary_number, parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.model import (
    Attachment,
    Case,
    Confidentiality,
    Document,
    DocumentKind,
    Item,
    Outcome,
    Section,
    Span,
)
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.dynasty10.earlier_block import earlier_after_own
from paatosdata.parse.dynasty10.head import head as _head
from paatosdata.parse.dynasty10.head import meeting as _meeting
from paatosdata.parse.dynasty10.head import municipality as _municipality
from paatosdata.parse.dynasty10.html import PDF
from paatosdata.parse.dynasty10.marks import is_mark
from paatosdata.parse.dynasty10.marks import sections as _sections
from paatosdata.parse.dynasty10.page import Page, Paragraph
from paatosdata.parse.dynasty10.people import contacts_apart
from paatosdata.parse.dynasty10.preamble import ATTACHMENT_LABEL
from paatosdata.parse.dynasty10.preamble import preamble as _preamble
from paatosdata.parse.dynasty10.text import CHROME, SECTION_NUMBER, date_first_marks, joined_handlings
from paatosdata.parse.dynasty_header import Header
from paatosdata.parse.vendor_municipalities import municipality_from_emails
from paatosdata.people import follow_page_order, parse_person


def item_page(paragraphs: list[Paragraph], page: Page) -> Document:
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
    # earlier handlings printed after the item's parts under their own label (``Aikaisemmat käsittelyt``)
    own_lines, earlier = earlier_after_own(body_lines[position:], item, meeting, page)
    sections = [*_sections(own_lines, item, meeting, own_number, page), *earlier]
    if meeting.municipality is None:  # an organisation printed after a person's name (``Iin kunta``)
        meeting.municipality = _municipality(page)
    if meeting.municipality is None:
        # a page saved without its host or chrome: the municipality whose domain the preparers' addresses
        # all use (``etu.suku@esimerkkila.fi``)
        contacts = "\n".join(section.text for section in sections if section.kind == "preparers")
        meeting.municipality = municipality_from_emails(contacts)
    _decision_in_handling(sections, meeting.body.name)
    fill_item(item, sections)
    contacts_apart(item, sections)
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


def _linked_attachments(item: Item, page: Page) -> None:
    """Attachments linked as ``/kokous/<id>-<n>.PDF`` (``Liite 1Title`` as printed)."""
    for href, text, line in page.links:
        m = PDF.search(href)
        if m is None or not m.group("attachment") or not text:
            continue
        label = ATTACHMENT_LABEL.match(text)
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


def own_id(page: Page) -> str | None:
    """The item's id from its ``Kokousasia`` link (``/kokous/20261727-4.PDF``)."""
    for href, _text, _line in page.links:
        m = PDF.search(href)
        if m is not None and not m.group("attachment"):
            return m.group("id")
    return None
