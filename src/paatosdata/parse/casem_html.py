"""CaseM public item pages (``/fi-FI/Toimielimet/{Body}/Kokous_{dmyyyy}/{slug}({id})``, ``/sv-FI/Organ/…``).

The page heading is ``§ 406 <title>``; the diary number follows it; parts are headings from the
lexicon (Aikaisempi käsittely, Valmistelija, Perustelut/Kuvaus, Ehdotus, Päätös, Tiedoksi, Liitteet…).
The proposal may open with the presenter (``Kunnanjohtaja Virtanen:``), as in CaseM's OData.
Body and date come from the breadcrumb (``Kokous 5.9.2016``) or the page address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from paatosdata.diary import DIARY_PATTERNS, find_diary_number, parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date, parse_decision_references, parse_legal_references
from paatosdata.model import (
    Attachment,
    Body,
    Case,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Outcome,
    Person,
    Section,
    Span,
)
from paatosdata.outcome import classify_outcome
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.casem import split_presenter_line
from paatosdata.parse.casem_text import RecordState, casem_heading_kind, casem_text_as_page, is_casem_text
from paatosdata.parse.casem_votes import item_votes
from paatosdata.parse.guess import (
    municipality_from_body_name,
    municipality_from_own_text,
)
from paatosdata.parse.htmlsafe import is_plain_text
from paatosdata.parse.vendorkit import (
    BLOCK_TAGS,
    appeal_info,
    body_from_text,
    html_text,
    item_outcome,
    municipality_for,
    municipality_from_emails,
    parse_document,
    span,
    split_list,
)
from paatosdata.people import TITLE_ENDINGS, parse_people, parse_person

__all__ = ["CasemHtmlReader"]

#: a part of the page: (kind, heading, line) and its paragraphs
_Part = tuple[tuple[str, str, int], list[str]]
_NUMBER = re.compile(
    r"^\s*(?:§\s*(?P<a>\d+[a-z]?)|(?P<b>\d+[a-z]?)\s*§|Paragraf\s+(?P<c>\d+))\s*(?P<title>.*)$", re.S
)
_PATH = re.compile(
    r"/(?P<lang>fi-FI|sv-FI)/(?:Toimielimet|Organ)/(?P<body>[^/]+)/(?:Kokous|Mote|Möte)_(?P<d>\d{5,8})"
)
#: the meeting in the breadcrumb: ``Kokous 5.9.2016``, on the Swedish pages also ``möte 15-02-2024``
_MEETING = re.compile(
    r"\b(?:Kokous|Möte|Mote|Sammanträde)\s+(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})", re.I
)
_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
#: the term a body's name may carry on a site that keeps the bodies of an earlier term apart
#: (``Liikuntaneuvosto 31.7.2021 saakka``, in the page address ``…_3172021_saakka``): not the body's name
_TERM_SUFFIX = re.compile(
    r"\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{5,8})\s+(?:saakka|asti|alkaen|lähtien)\s*$", re.I
)
#: where a decision's text ends: the contact for more information on it, or a rule drawn after it
_AFTER_DECISION = re.compile(
    r"^(?:Lisätietoja (?:päätöksestä )?anta(?:a|vat)\b|Lisätiedot päätöksestä\b|"
    r"Ytterligare (?:information|upplysningar) (?:om beslutet )?(?:ger|lämnar|lämnas)\b|[-–—_=]{4,}\s*$)"
)


def _dmyyyy(digits: str) -> date | None:
    """``592016`` → 5.9.2016; ambiguous splits (both valid) give ``None``."""
    year, rest = int(digits[-4:]), digits[:-4]
    found = set()
    for cut in range(1, len(rest)):
        try:
            found.add(date(year, int(rest[cut:]), int(rest[:cut])))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


def _heading_kind(el: etree._Element) -> tuple[str, str] | None:
    tag = str(el.tag).lower() if isinstance(el.tag, str) else ""
    text = html_text(el)
    if not text or len(text) > 80:
        return None
    if tag in _HEADING_TAGS:
        return casem_heading_kind(text) or "generic", text
    if tag in ("p", "div") and len(el) == 1 and str(el[0].tag).lower() in ("strong", "b"):
        if not (el.text or "").strip() and not (el[0].tail or "").strip():
            kind = casem_heading_kind(text)
            if kind:
                return kind, text
    return None


def _blocks(el: etree._Element) -> Iterator[tuple[str, etree._Element, str, str]]:
    """Flat (what, element, kind, heading) in document order: headings and leaf text blocks."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        found = _heading_kind(child)
        if found:
            yield "heading", child, found[0], found[1]
        elif str(child.tag).lower() in BLOCK_TAGS and any(
            isinstance(d.tag, str)
            and (str(d.tag).lower() in BLOCK_TAGS or str(d.tag).lower() in _HEADING_TAGS)
            for d in child.iterdescendants()
        ):
            yield from _blocks(child)
        else:
            yield "text", child, "", ""


class CasemHtmlReader(Reader):
    """A CaseM public item page (HTML) into one item with its meeting."""

    name = "casem-html"
    extensions = (".html", ".htm")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        return (
            "<" in text
            and (".cloudnc.fi" in text or _PATH.search(text) is not None or 'content="CaseM' in text)
        ) or is_casem_text(head)

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One item with its meeting from the page, or from the page's text saved from a browser."""
        state: RecordState | None = None
        saved: str | None = None
        if is_casem_text(data[:65536]):
            saved = decode(data, path)
            page, state = casem_text_as_page(saved)
            root = parse_document(page.encode("utf-8"), path)
        elif is_plain_text(data, path):
            # plain text in none of the text layouts: no HTML to parse, so say what is missing
            raise ParseError(
                "the text is not a CaseM item page saved as text: no meeting line ('Lautakunta, kokous "
                "D.M.YYYY', 'Nämnden, möte DD-MM-YYYY') with the item's '§ N title' heading under it "
                "was found",
                source=str(path),
                hint="a page saved as text keeps the page's lines from the meeting's line on",
            )
        else:
            root = parse_document(data, path)
        heading = next(
            (h for h in root.iter("h1", "h2") if _NUMBER.match(html_text(h))),
            None,
        )
        if heading is None:
            raise ParseError("no '§ N <title>' heading found on this CaseM page", source=str(path))
        m = _NUMBER.match(html_text(heading))
        assert m is not None
        where = span(path, heading.sourceline)
        number = m.group("a") or m.group("b") or m.group("c")
        item = Item(number=number, title=" ".join(m.group("title").split()), span=where)
        item.number_raw = html_text(heading)[: m.start("title")].strip()
        item.spans["title"] = item.spans["number"] = where
        meeting = self._meeting(root, path)
        if meeting.municipality is None and saved is not None:
            host = re.search(r"\b[\w-]+\.cloudnc\.fi\b", saved)
            meeting.municipality = municipality_for(host.group(0) if host else None) or (
                municipality_from_emails(saved)
            )
        item.language = (
            "sv" if root.get("lang", "").startswith("sv") or "/sv-FI/" in _page_url(root) else "fi"
        )
        container = heading.getparent()
        assert container is not None
        started = False
        current: tuple[str, str, int] | None = None
        texts: list[str] = []
        preamble: list[tuple[str, int]] = []
        parts: list[_Part] = []
        presenter_next = False  # ``Ehdotus`` then ``Esittelijä``: the next line is the presenter's
        blocks = list(_blocks(container))
        for index, (what, el, kind, title) in enumerate(blocks):
            if el is heading:
                started = True
                continue
            if not started:
                continue
            opens_proposal = current is not None and current[0] == "proposal" and not texts
            if what == "heading" and kind == "presenter" and opens_proposal:
                presenter_next = True  # the proposal goes on under it
                continue
            if what == "text" and presenter_next and current is not None and html_text(el):
                presenter_next = False
                parts.append((("presenter", "Esittelijä", el.sourceline or 1), [html_text(el)]))
                continue
            if what == "heading" and _printed_twice(title, current, texts):
                continue  # the part's heading printed again right under itself: still the one part
            if (
                what == "heading"
                and opens_proposal
                and _label_of_the_proposal(
                    title, el, blocks[index + 1 :], meeting.body.name, saved=bool(saved)
                )
            ):
                texts.append(title)  # the proposal's own first line, not a heading over it
                continue
            if what == "heading" and _repeated_label(title, kind, parts, current, texts):
                texts.append(title)  # a label inside the part's text, not a part of its own
                continue
            if what == "heading":
                presenter_next = False
                if current:
                    parts.append((current, texts))
                current, texts = (kind, title, el.sourceline or 1), []
            elif current is None:
                text = html_text(el)
                if text:
                    preamble.append((text, el.sourceline or 1))
            else:
                text = html_text(el)
                if text:
                    texts.append(text)
        if current:
            parts.append((current, texts))
        parts = _subheadings_of_the_reasons(_reasons_after_their_preparers(parts))
        earlier = _earlier_parts(parts, meeting.body.name)
        fallback: list[_Part] = []
        # the contacts for more information (``Valmistelijan yhteystiedot``, ``Lisätietoja päätöksestä``)
        # name the preparers only when no part of the item's own names one (``Valmistelija``)
        prepared = any(
            kind == "preparers" and not _CONTACT_HEADING.match(heading) and any(t.strip() for t in part_texts)
            for index, ((kind, heading, _), part_texts) in enumerate(parts)
            if index not in earlier
        )
        decision_contacts: set[str] = set()  # the people named for more information on the decision
        for index, (part, part_texts) in enumerate(parts):
            if index in earlier:
                fallback.append((part, part_texts))
            elif prepared and part[0] == "preparers" and _CONTACT_HEADING.match(part[1]):
                where = span(path, part[2])
                item.sections.append(Section("preparers", part[1], "\n\n".join(part_texts), where))
            elif part[0] == "proposal" and _PREPARATION.match(part[1]):
                later = any(
                    p[0][0] == "proposal"
                    for i, p in enumerate(parts[index + 1 :], index + 1)
                    if i not in earlier
                )
                self._preparation(item, path, part, part_texts, alone=not later)
            else:
                known = len(item.preparers)
                self._section(item, path, part, part_texts)
                if part[0] == "preparers" and _DECISION_CONTACT.match(part[1]):
                    decision_contacts.update(_name_key(p.name) for p in item.preparers[known:])
        presenter = _name_key(item.presenter.name) if item.presenter is not None else ""
        if presenter and presenter in decision_contacts:
            # the presenter named for more information on the decision answers for the proposal: with no
            # preparer printed, that names no preparer
            item.preparers = [p for p in item.preparers if _name_key(p.name) != presenter]
        self._earlier(item, path, fallback)
        _history_lines_under_the_heading(item, parts, earlier, path)
        _history_lines_atop_the_reasons(item, parts, earlier, meeting, path)
        item.votes = item_votes(item)
        for text, line in preamble:
            # a dnro printed alone on its line with a prefix of its own (``Esi-2026-41``), not ``…Dno-``
            bare = text.strip() if DIARY_PATTERNS["casem-dno"].match(text.strip()) else None
            dnro = find_diary_number(text) or bare
            if dnro and item.case is None:
                item.case = Case(
                    diary_number=parse_diary_number(dnro, span=span(path, line)), span=span(path, line)
                )
                rest = text.replace(dnro, "").strip(" ,;:")
                rest = re.sub(r"^(?:Dnro|Dno|Dnr|Diaarinumero)\s*:?\s*", "", rest, flags=re.I)
                if rest:
                    item.sections.append(Section("generic", "", rest, span(path, line)))
            else:
                item.sections.append(Section("generic", "", text, span(path, line)))
        if meeting.municipality is None and item.case is not None and item.case.diary_number is not None:
            # a text without host or e-mail addresses: CaseM dnro prefixes name their municipality
            meeting.municipality = municipality_for(item.case.diary_number.prefix)
        if meeting.municipality is None:
            # a body named with its municipality's genitive (``Tampereen nuorisovaltuusto``, ``Tampereen Vesi
            # Liikelaitoksen johtokunta``)
            meeting.municipality = municipality_from_body_name(meeting.body.name)
        if meeting.municipality is None:
            # nothing but the item's own text: "Kittilän kunnalle", a locative ("Ruskolla"), "MjuDno" …
            own_text = "\n".join([item.title, *(section.text for section in item.sections)])
            diary = item.case.diary_number if item.case is not None else None
            meeting.municipality = municipality_from_own_text(own_text, diary.prefix if diary else None)
        if item.decision:
            item.outcome, item.unanimous = classify_outcome(item.decision)
            if item.outcome is Outcome.APPROVED:
                # the handling (``Kokouskäsittely``) may say the proposal was changed ("päätti lisätä
                # päätösehdotukseen 3-kohdan") where the decision only states what was decided; else
                # approving a proposal that only notes the matter (``Merkitään tiedoksi.``) notes it
                changed = item.handling and classify_outcome(item.handling)[0] is Outcome.AMENDED
                item.outcome = Outcome.AMENDED if changed else item_outcome(item.decision, item.proposal)[0]
            if item.votes:
                # a matter put to a vote was not decided unanimously, whatever words the decision uses
                item.unanimous = False
        if not meeting.body.name and item.proposal:
            meeting.body.name = body_from_text(item.proposal) or ""
        kind = state.kind if state else (DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA)
        source = source_for(path, data, self.name)
        checked = state.checked if state else None
        return [Document(kind=kind, meeting=meeting, items=[item], source=source, checked=checked)]

    def _meeting(self, root: etree._Element, path: Path) -> Meeting:
        url = _page_url(root)
        body = ""
        when: date | None = None
        raw: str | None = None
        m = _PATH.search(url)
        if m:
            body = unquote(m.group("body")).replace("_", " ").replace("-", " ").strip()
            when = _dmyyyy(m.group("d"))
            raw = m.group(0)
        page_text = " ".join(html_text(el) for el in root.iter("nav", "title", "ol", "ul") if el is not None)
        mm = _MEETING.search(page_text)
        if mm:
            when, raw = parse_date(mm.group(1).replace("-", ".")), mm.group(0)
        crumbs = [
            html_text(a)
            for a in root.iter("a")
            if re.search(r"/(?:Toimielimet|Organ)/[^/]+/?$", a.get("href", ""))
        ]
        if crumbs:
            body = crumbs[-1]
        host = re.search(r"https?://([^/]+\.cloudnc\.fi)", url)
        return Meeting(
            body=Body(name=_TERM_SUFFIX.sub("", body)),
            date=when,
            date_raw=raw,
            municipality=municipality_for(host.group(1) if host else None),
            span=span(path, 1),
        )

    def _earlier(self, item: Item, path: Path, parts: list[_Part]) -> None:
        """Parts of an earlier handling printed on the page: kept as ``history`` sections under their own
        headings; their preparers and reasons stand for the item's only when it prints none of its own
        (the page was cut before them), their proposal, presenter and decision never."""
        own_preparers, own_reasons = bool(item.preparers), item.reasons is not None
        for (kind, heading, line), texts in parts:
            where = span(path, line)
            text = "\n\n".join(texts)
            item.sections.append(Section(kind="history", heading=heading, text=text, span=where))
            if kind == "preparers" and not own_preparers:
                _add_preparers(item, text, where)
            elif kind == "reasons" and not own_reasons and text:
                # a preparer named under a label atop the earlier reasons (``Asian valmistelija: …``)
                who, rest = _labelled_preparers(texts)
                if who is not None:
                    if not own_preparers:
                        _add_preparers(item, who, where)
                    text = "\n\n".join(rest)
                    if not text:
                        continue
                item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
                item.spans.setdefault("reasons", where)
                item.legal_basis.extend(parse_legal_references(text, where))

    def _preparation(
        self, item: Item, path: Path, part: tuple[str, str, int], texts: list[str], *, alone: bool
    ) -> None:
        """The preparer's own proposal (``Valmistelijan ehdotus``), perhaps opened by the preparer's line
        (``Name, office (p. 040 …):``), which names a preparer. Followed by the presenter's proposal
        (``Päätösehdotus``) it stays a part of its own under its heading, as printed; alone it is the
        item's proposal."""
        who = _preparer_line(texts[0]) if texts else None
        if who is not None:
            _add_preparers(item, who, span(path, part[2]))
        if alone:
            self._section(item, path, part, texts[1:] if who is not None else texts)
        else:
            item.sections.append(Section("generic", part[1], "\n\n".join(texts), span(path, part[2])))

    def _section(self, item: Item, path: Path, current: tuple[str, str, int], texts: list[str]) -> None:
        kind, heading, line = current
        where = span(path, line)
        text = "\n\n".join(texts)
        item.sections.append(Section(kind=kind, heading=heading, text=text, span=where))
        if kind == "proposal":
            first, _, rest = text.partition("\n")
            # the proposal's own label kept at its start (``Aluehallituksen ehdotus:``) names no presenter
            label = casem_heading_kind(first.strip()) == "proposal"
            presenter = None if label else split_presenter_line(first) or _labelled_presenter(first)
            if presenter is not None:
                presenter.span = where
                item.presenter = item.presenter or presenter
                text = rest.strip()
            if text:  # a proposal heading with nothing under it (the page was cut) gives none
                item.proposal = text
                item.spans["proposal"] = where
        elif kind == "decision":
            # the section keeps every line as printed; the decision ends before a contact or a rule
            lines = text.split("\n")
            end = next((i for i, t in enumerate(lines) if i and _AFTER_DECISION.match(t.strip())), len(lines))
            item.decision = "\n".join(lines[:end]).strip()
            item.spans["decision"] = where
        elif kind == "reasons":
            who, after = _labelled_preparers(texts)
            if who is not None:
                _add_preparers(item, who, where)
                text = "\n\n".join(after)
                if not text:
                    return
            item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
            item.spans.setdefault("reasons", where)
            item.legal_basis.extend(parse_legal_references(text, where))
        elif kind == "preparers":
            _add_preparers(item, text, where)
        elif kind == "presenter":
            item.presenter = _without_organisation(parse_person(text.replace("\n", ", "), where))
        elif kind == "history":
            item.history.extend(parse_decision_references(text, where))
        elif kind == "distribution":
            item.distribution.extend(split_list(text.replace("\n", ", ")))
        elif kind == "attachments":
            for line_text in text.splitlines():
                m = re.match(r"^\s*(\d+)[.)]?\s+(.*)$", line_text)
                if line_text.strip():
                    item.attachments.append(
                        Attachment(
                            title=(m.group(2) if m else line_text).strip(),
                            number=m.group(1) if m else None,
                            span=where,
                        )
                    )
        elif kind == "summary":
            item.summary = text
        elif kind == "handling":
            item.handling = text
        elif kind == "appeal":
            info = appeal_info(heading, text, where)
            if info is not None:
                item.appeal.append(info)


#: an organisation's abbreviation printed after an office (``pelastusjohtaja, KUP``)
_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
#: the start of an e-mail address a cut page ends in (``firstname.l`` of ``firstname.lastname@…``): words
#: joined by dots, no spaces, no ``@``
_CUT_ADDRESS = re.compile(r"^[^\W\d_][\w-]*(?:\.[^\W_][\w-]*)+\.?$")
#: the division the office belongs to, printed after it (``toimialajohtaja, sivistystoimiala``)
_DIVISION = re.compile(r"^[a-zåäö][\w-]*(?:toimiala|toimialue|palvelualue|liikelaitos)$")


def _without_organisation(person: Person) -> Person:
    """``person`` with the upper-case abbreviations printed after the office (``Name, pelastusjohtaja, KUP,
    address``) left out of the title: they name the organisation, not the office. A title that is an
    abbreviation alone stays. The last part may be an e-mail address the page was cut inside
    (``Name, pelastusjohtaja, Etunimi.S``), or the division the office belongs to (``Name, toimialajohtaja,
    sivistystoimiala``): not the office either."""
    parts = person.title.split(", ") if person.title else []
    last = parts[-1] if parts else ""
    if (
        len(parts) > 1
        and person.email is None
        and _CUT_ADDRESS.match(last)
        and not last.rstrip(".")
        .casefold()
        .endswith(TITLE_ENDINGS)  # an office run into its mark (vs.johtaja)
    ):
        parts.pop()
    while len(parts) > 1 and (_ABBREVIATION.match(parts[-1]) or _DIVISION.match(parts[-1])):
        parts.pop()
    if parts:
        person.title = ", ".join(parts)
    return person


#: the preparer's own proposal, printed before the presenter's (``Valmistelijan ehdotus``)
_PREPARATION = re.compile(r"^\s*Valmistel(?:un|ijan)\s+(?:päätös)?ehdotus\s*:?\s*$", re.I)
#: the presenter under a label on the proposal's first line (``Esittelijä: Name, office``)
_PRESENTER_LABEL = re.compile(r"^\s*(?:Esittelijä|Föredragande)\s*:\s*(?P<who>\S.{2,150})$", re.I)
#: a name of two or three words, each capitalised
_FULL_NAME = re.compile(r"^[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2}$")


def _labelled_presenter(line: str) -> Person | None:
    """The presenter a proposal's first line names under a label (``Esittelijä: Name, office``)."""
    m = _PRESENTER_LABEL.match(line.strip())
    if m is None:
        return None
    person = _without_organisation(parse_person(m.group("who")))
    return person if person.name and _FULL_NAME.match(person.name) else None


def _preparer_line(text: str) -> str | None:
    """The preparer a preparer's proposal opens with, on a line of its own ending in a colon (``Name,
    office (p. 040 …):``): the line without its colon, else ``None`` (the proposal's own text, ``Aluehallitus
    esittää aluevaltuustolle, että:``)."""
    line = text.split("\n", 1)[0].strip()
    if not line.endswith(":") or "," not in line or len(line.split()) > 12:
        return None
    name = line.split(",", 1)[0].strip()
    return line[:-1].strip() if _FULL_NAME.match(name) else None


def _labelled_preparers(texts: list[str]) -> tuple[str | None, list[str]]:
    """The preparers a reasons' text opens with under a label (``Valmistelija: Name, title``, ``Asian
    valmistelija: title Name``), and the paragraphs of the reasons after them; ``None`` and ``texts`` when it
    opens with none. Further short lines without a sentence's end name more preparers; what the paragraph
    goes on with after them (a line break, then prose) is the reasons' text."""
    lines = texts[0].split("\n") if texts else [""]
    preparer = _LABELLED.match(lines[0])
    alone = lines[0].strip()
    if preparer is None and alone.endswith(":") and casem_heading_kind(alone) == "preparers":
        # the label alone on its line, the names on the lines under it (``Valmistelu ja lisätiedot:``)
        if len(lines) > 1 and _contact_like(lines[1]):
            preparer = _LABELLED.match(f"{alone} {lines[1].strip()}")
            lines = lines[1:]
    if preparer is None or casem_heading_kind(preparer.group("label")) != "preparers":
        return None, texts
    more = 1
    while more < len(lines) and _contact_like(lines[more]):
        more += 1
    who = [preparer.group("who"), *lines[1:more]]
    after = "\n".join(lines[more:]).strip()
    if after:
        return "\n".join(who), [after, *texts[1:]]
    rest = texts[1:]
    while rest and who[-1].rstrip().endswith(",") and "\n" not in rest[0] and _contact_like(rest[0]):
        # a line ending in a comma goes on in the next paragraph (the address: ``x(at)example.fi``)
        who.append(rest[0])
        rest = rest[1:]
    return "\n".join(who), rest


def _contact_like(line: str) -> bool:
    """A further line of a labelled preparers' line: a few words (a name, a title, an address or a phone)
    and no sentence's end."""
    line = line.strip()
    return bool(line) and len(line.split()) <= 8 and not line.endswith((".", ":"))


def _reasons_after_their_preparers(parts: list[_Part]) -> list[_Part]:
    """Parts with the reasons a page prints after a preparers' label under its reasons heading given back to
    the reasons: ``Perustelut`` with nothing under it, then ``Valmistelu ja lisätiedot:``, the names and
    addresses on short lines, then the reasons' prose. The preparers are the short lines up to the first
    paragraph that is not one; that paragraph and those after it are the reasons. The earlier handlings
    listed the same way (``Aikaisempi käsittely``, then ``Kh 4.10.2016 § 122``) are such short lines too."""
    out: list[_Part] = []
    for (kind, heading, line), texts in parts:
        previous = out[-1] if out else None
        if (
            kind not in ("preparers", "history")
            or previous is None
            or previous[0][0] != "reasons"
            or any(t.strip() for t in previous[1])
        ):
            out.append(((kind, heading, line), texts))
            continue
        names = next((i for i, text in enumerate(texts) if not _contact_like(text)), len(texts))
        if names == 0 or names == len(texts):
            out.append(((kind, heading, line), texts))
            continue
        out[-1] = ((kind, heading, line), texts[:names])
        out.append((previous[0], texts[names:]))
    return out


#: kinds a heading may have when it heads a paragraph of the reasons under a reasons heading with nothing
#: under it (``Perustelut``, then ``Tiivistelmä`` or ``Selostus``)
_SUBHEADING_KINDS = {"summary", "reasons"}
#: a sentence's end followed by the next sentence
_SENTENCES = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _prose(text: str) -> bool:
    """True for a paragraph of running text (many words, more than one sentence, no e-mail address): what a
    part's text says, not the names and contacts of its preparers."""
    return len(text.split()) >= 15 and "@" not in text and _SENTENCES.search(text) is not None


def _subheadings_of_the_reasons(parts: list[_Part]) -> list[_Part]:
    """Parts with the sub-headings printed inside the reasons given back to the reasons: a reasons heading
    with nothing under it, then a summary or reasons heading (``Perustelut``, then ``Tiivistelmä`` and its
    paragraphs) heads the reasons' first paragraphs; after the reasons, a preparers heading over running
    text (``Valmistelu``, then how the case was prepared) heads more of them. The sub-headings stay in the
    reasons' text, as printed."""
    out: list[_Part] = []
    for (kind, heading, line), texts in parts:
        previous = out[-1] if out else None
        if previous is not None and previous[0][0] == "reasons":
            empty = not any(t.strip() for t in previous[1])
            opens = empty and kind in _SUBHEADING_KINDS
            goes_on = (
                not empty
                and kind == "preparers"
                and not _CONTACT_HEADING.match(heading)
                and bool(texts)
                and _prose(texts[0])
            )
            if opens or goes_on:
                out[-1] = (previous[0], [*previous[1], heading, *texts])
                continue
        out.append(((kind, heading, line), texts))
    return out


#: a heading over the contacts for more information, not over the preparers (``Lisätietoja päätöksestä``,
#: ``Valmistelijan yhteystiedot``, ``Ytterligare upplysningar``)
_CONTACT_HEADING = re.compile(
    r"^\s*(?:Lisätie|Valmistelijan yhteystiedot|Yhteys|Ytterligare|Upplysningar|Mer information)", re.I
)


#: a heading over the contacts for more information on the decision (not over the preparer's own contacts)
_DECISION_CONTACT = re.compile(r"^\s*(?:Lisätie|Ytterligare|Upplysningar|Mer information)", re.I)


def _name_key(name: str | None) -> str:
    """A name to compare whatever order it was printed in (``Virtanen Anna``, ``Anna Virtanen``)."""
    return " ".join(sorted((name or "").casefold().split()))


#: a paragraph that opens with a label and names after it (``Valmistelija: Name, title``)
_LABELLED = re.compile(r"^(?P<label>[^\W\d][\w ]{2,40}?)\s*:\s*(?P<who>\S.*)$")


def _page_url(root: etree._Element) -> str:
    for el in root.iter("link", "meta"):
        if el.get("rel") == "canonical" or el.get("property") == "og:url":
            return str(el.get("href") or el.get("content") or "")
    for a in root.iter("a"):
        href = str(a.get("href") or "")
        if _PATH.search(href):
            return href
    return ""


def _printed_twice(title: str, current: tuple[str, str, int] | None, texts: list[str]) -> bool:
    """True for a heading printed a second time right under itself (``Perustelut``, then ``Perustelut``
    again over the text): the page's heading and the text's own, one part."""
    if current is None or texts:
        return False
    return " ".join(title.split()).casefold().rstrip(":") == " ".join(current[1].split()).casefold().rstrip(
        ":"
    )


#: a body's proposal named by a label (``Aluehallituksen ehdotus:``, ``Lautakunnan päätösesitys:``): the
#: body's genitive, then the word for its proposal
_BODYS_LABEL = re.compile(
    r"^\s*(?P<body>[\wåäö-]*?(?P<kind>hallituksen|lautakunnan|valtuuston|jaoston|johtokunnan|toimikunnan))"
    r"\s+(?:päätös)?(?:ehdotus|esitys)\s*:\s*$",
    re.I,
)
#: the genitive of a body's kind (``Aluevaltuusto`` → ``valtuuston``), to tell the meeting's own body
_BODY_GENITIVES = {
    "hallitus": "hallituksen",
    "lautakunta": "lautakunnan",
    "valtuusto": "valtuuston",
    "jaosto": "jaoston",
    "johtokunta": "johtokunnan",
    "toimikunta": "toimikunnan",
}


def _label_of_the_proposal(
    title: str,
    el: etree._Element,
    after: list[tuple[str, etree._Element, str, str]],
    body: str,
    *,
    saved: bool,
) -> bool:
    """True for a proposal's label with a colon right under the page's empty proposal heading that is
    the proposal's own first line, kept at its start: one naming another body (``Aluehallituksen
    ehdotus:`` on the council's page: the proposal the council decides on is the board's, and the label
    says so), or one whose text goes on in the same paragraph of a saved page, on the very next line
    (``Kaupunginjohtajan ehdotus:`` then ``Kaupunginhallitus toteaa …``). An office's label standing
    alone over its text (``Puheenjohtajan ehdotus:``, a blank line, the text) heads it and stays out."""
    if not title.rstrip().endswith(":") or casem_heading_kind(title) != "proposal":
        return False
    label = _BODYS_LABEL.match(title)
    if label is not None:
        words = body.casefold().split()
        own = next((g for kind, g in _BODY_GENITIVES.items() if words and words[-1].endswith(kind)), None)
        if own is None or label.group("kind").casefold() != own:
            return True
    if not saved or not after or after[0][0] != "text" or el.sourceline is None:
        return False
    return after[0][1].sourceline == el.sourceline + 1


def _repeated_label(
    title: str, kind: str, parts: list[_Part], current: tuple[str, str, int] | None, texts: list[str]
) -> bool:
    """True for a label with a colon (``Valmistelijat:``, ``Päätös:``) naming a part the handling has
    already given with its text: the part's own text printing it again (the preparers listed once more
    at the top of the reasons, the decision's outcome under a second label), not a new part. A label
    right under an empty heading of its kind (``Ehdotus`` then ``Puheenjohtajan ehdotus:``) still opens
    the part, and so does one of a kind the handling has not given (``Käsittely:``)."""
    if not title.rstrip().endswith(":") or kind == "generic":
        return False
    given: set[str] = set()
    for (part_kind, _, _), part_texts in parts:
        if part_kind == "decision":
            given.clear()  # the handling before ended at its decision
        elif part_texts:
            given.add(part_kind)
    if current is not None and texts:
        given.add(current[0])
    return kind in given


def _add_preparers(item: Item, text: str, where: Span) -> None:
    """The preparers a part names, each once: a page that prints an earlier handling names them again."""
    known = {person.name for person in item.preparers}
    people = (_without_organisation(p) for p in parse_people(text.splitlines(), where))
    item.preparers.extend(p for p in people if p.name not in known)


#: the parts that open a handling of their own: after a decision, one of them starts the next handling
_OPENING_KINDS = {"preparers", "reasons", "proposal"}
#: a body's own decision in its proposal (``Tekninen lautakunta päättää esittää …``), not a proposal to it
_DECIDES = re.compile(
    r"^\s*(?:päättää|päätti|merkitsee|hyväksyy|beslutar|beslöt|antecknar|godkänner)\b", re.I
)


def _same_body(one: str, other: str) -> bool:
    """``Hallitus`` and ``Kunnanhallitus`` name the same body; ``Tekninen lautakunta`` and
    ``Kunnanvaltuusto`` do not."""
    a, b = " ".join(one.casefold().split()), " ".join(other.casefold().split())
    return a.endswith(b) or b.endswith(a)


def _earlier_parts(parts: list[_Part], body: str) -> set[int]:
    """Indexes of the parts printed under ``Aikaisempi käsittely`` that belong to an earlier handling.

    The heading may be followed by whole handlings of earlier bodies (preparer, reasons, proposal,
    decision), each ending at its decision, before the item's own parts; a handling has reasons or a
    proposal, so a contact heading after a decision opens none. Every handling but the last
    is an earlier one; the last is the item's own unless its proposal is another body's own decision
    (``Tekninen lautakunta päättää esittää kunnanhallitukselle …``): the page was cut before the
    item's own parts.
    """
    start = next((i for i, ((kind, _, _), _) in enumerate(parts) if kind == "history"), None)
    if start is None:
        return set()
    groups: list[list[int]] = [[]]
    decided = False
    for index in range(start + 1, len(parts)):
        kind = parts[index][0][0]
        if decided and kind in _OPENING_KINDS:
            groups.append([])
            decided = False
        groups[-1].append(index)
        decided = decided or kind == "decision"
    for at in range(len(groups) - 1, 0, -1):
        # a handling has reasons or a proposal: a contact (``Lisätietoja``) after a decision opens none
        if not any(parts[i][0][0] in ("reasons", "proposal") for i in groups[at]):
            groups[at - 1].extend(groups.pop(at))
    earlier = {index for group in groups[:-1] for index in group}
    last = groups[-1]
    proposal = next(("\n".join(parts[i][1]) for i in last if parts[i][0][0] == "proposal"), "")
    other = body_from_text(proposal)
    if body and other and not _same_body(other, body) and _DECIDES.match(proposal.split(other, 1)[-1]):
        earlier.update(last)
    return earlier


_HANDLING_LINE = re.compile(
    r"^(?P<body>[A-ZÅÄÖ](?:[\wåäö-]*\s+){0,3}?[\wåäö-]*"
    r"(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta|nämnd|styrelse|fullmäktige|sektion))"
    r"(?:\s*,\s*|\s+)(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*,?\s*(?:§\s*(?P<a>\d+)|(?P<b>\d+)\s*§)\s*\.?$"
)
#: a rule the page prints between two earlier handlings (``_____``)
_RULE = re.compile(r"^[_=-]{10,}$")


def _history_lines_under_the_heading(item: Item, parts: list[_Part], earlier: set[int], path: Path) -> None:
    """Earlier handlings printed as lines of their own (``Tekninen lautakunta 11.5.2021, 38 §.``,
    ``Kunnanhallitus, 20.9.2021, § 216``) at the top of the part right under ``Aikaisempi käsittely`` (the
    page's copy puts them after that part's heading), or right after a rule that ends the handling before
    inside an earlier handling's part, as the handling's own list would name them."""
    start = next((i for i, ((kind, _, _), _) in enumerate(parts) if kind == "history"), None)
    if start is None or start + 1 >= len(parts):
        return
    for index in range(start + 1, len(parts)):
        if index != start + 1 and index not in earlier:
            continue
        (_, _, line), texts = parts[index]
        where = span(path, line)
        top = index == start + 1  # the lines at the top of the first part
        after_rule = False
        for text in texts:
            m = _HANDLING_LINE.match(text.strip())
            if m is not None and (top or after_rule):
                _add_handling(item, text, m, where)
            else:
                top = False
            after_rule = _RULE.match(text.strip()) is not None


def _history_lines_atop_the_reasons(
    item: Item, parts: list[_Part], earlier: set[int], meeting: Meeting, path: Path
) -> None:
    """Earlier handlings printed as lines of their own at the very top of the item's own reasons on a page
    without ``Aikaisempi käsittely`` (``Liikuntalautakunta 09.02.2017 § 9``, then the reasons): the page
    names where the case was before. A line naming this meeting's own day is the item's own handling."""
    if any(kind == "history" for (kind, _, _), _ in parts):
        return
    index = next(
        (i for i, ((kind, _, _), _) in enumerate(parts) if kind == "reasons" and i not in earlier), None
    )
    if index is None:
        return
    (_, _, line), texts = parts[index]
    where = span(path, line)
    for text in texts:
        for text_line in text.split("\n"):
            if not text_line.strip():
                continue
            m = _HANDLING_LINE.match(text_line.strip())
            if m is None:
                return
            if parse_date(m.group("date")) != meeting.date:
                _add_handling(item, text_line, m, where)


def _add_handling(item: Item, text: str, m: re.Match[str], where: Span) -> None:
    """The earlier handling a line names, unless the item's history names it already."""
    when = parse_date(m.group("date"))
    number = m.group("a") or m.group("b")
    if when is None or any(ref.date == when and ref.section == number for ref in item.history):
        return
    raw = text.strip().rstrip(".")
    item.history.append(
        DecisionReference(raw=raw, body=m.group("body"), date=when, section=number, span=where)
    )
