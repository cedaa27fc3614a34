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
    Document,
    DocumentKind,
    Item,
    Meeting,
    Outcome,
    Section,
)
from paatosdata.outcome import classify_outcome
from paatosdata.parse.base import Reader, decode, source_for, span
from paatosdata.parse.casem_html_history import (
    earlier_parts,
    history_lines_atop_the_reasons,
    history_lines_under_the_heading,
)
from paatosdata.parse.casem_html_parts import (
    CONTACT_HEADING,
    Part,
    label_of_the_proposal,
    printed_twice,
    reasons_after_their_preparers,
    repeated_label,
    runs_on,
    subheadings_of_the_reasons,
)
from paatosdata.parse.casem_html_people import (
    add_preparers,
    labelled_preparers,
    labelled_presenter,
    preparer_line,
    without_organisation,
)
from paatosdata.parse.casem_officer import is_casem_officer_text, read_officer_text
from paatosdata.parse.casem_people import split_presenter_line
from paatosdata.parse.casem_text import (
    RecordState,
    casem_heading_kind,
    casem_text_as_page,
    is_casem_text,
    meeting_time_and_place,
)
from paatosdata.parse.casem_votes import item_votes
from paatosdata.parse.guess import (
    municipality_from_body_name,
    municipality_from_own_text,
)
from paatosdata.parse.htmlsafe import is_plain_text
from paatosdata.parse.vendor_appeal import appeal_info
from paatosdata.parse.vendor_deciders import body_from_text, split_list
from paatosdata.parse.vendor_html import BLOCK_TAGS, html_text, parse_document
from paatosdata.parse.vendor_municipalities import municipality_for, municipality_from_emails
from paatosdata.parse.vendor_outcomes import item_outcome
from paatosdata.people import parse_person

__all__ = ["CasemHtmlReader"]

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
        found = (
            "<" in text
            and (".cloudnc.fi" in text or _PATH.search(text) is not None or 'content="CaseM' in text)
        ) or is_casem_text(head)
        return found or is_casem_officer_text(head)  # an office holder's decision saved as text

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One item with its meeting from the page, or from the page's text saved from a browser."""
        state: RecordState | None = None
        saved: str | None = None
        if is_casem_text(data[:65536]):
            saved = decode(data, path)
            page, state = casem_text_as_page(saved)
            root = parse_document(page.encode("utf-8"), path)
        elif is_plain_text(data, path):
            if is_casem_officer_text(data[:65536]):  # an office holder's decision: no meeting line
                return read_officer_text(self, data, path)
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
        if saved is not None:
            meeting.start, meeting.place = meeting_time_and_place(saved)
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
        parts: list[Part] = []
        presenter_next = False  # ``Ehdotus`` then ``Esittelijä``: the next line is the presenter's
        kept_labels: set[int] = (
            set()
        )  # lines of the proposals opened by an office's label kept at their start
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
            if what == "text" and opens_proposal and saved and current and runs_on(el, blocks[index + 1 :]):
                # an office's label running on into the proposal's text (``Kunnanjohtaja:`` and the text on
                # the very next line) is the proposal's first line, as a proposal's label so printed is
                office = split_presenter_line(html_text(el))
                if office is not None and office.name is None:
                    kept_labels.add(current[2])
            if what == "heading" and printed_twice(title, current, texts):
                continue  # the part's heading printed again right under itself: still the one part
            if (
                what == "heading"
                and opens_proposal
                and label_of_the_proposal(
                    title, el, blocks[index + 1 :], meeting.body.name, saved=bool(saved)
                )
            ):
                texts.append(title)  # the proposal's own first line, not a heading over it
                continue
            if what == "heading" and repeated_label(title, kind, parts, current, texts):
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
        parts = subheadings_of_the_reasons(reasons_after_their_preparers(parts))
        earlier = earlier_parts(parts, meeting.body.name)
        fallback: list[Part] = []
        # the contacts for more information (``Valmistelijan yhteystiedot``, ``Lisätietoja päätöksestä``)
        # name the preparers only when no part of the item's own names one (``Valmistelija``)
        prepared = any(
            kind == "preparers" and not CONTACT_HEADING.match(heading) and any(t.strip() for t in part_texts)
            for index, ((kind, heading, _), part_texts) in enumerate(parts)
            if index not in earlier
        )
        decision_contacts: set[str] = set()  # the people named for more information on the decision
        for index, (part, part_texts) in enumerate(parts):
            if index in earlier:
                fallback.append((part, part_texts))
            elif prepared and part[0] == "preparers" and CONTACT_HEADING.match(part[1]):
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
                self._section(item, path, part, part_texts, kept_label=part[2] in kept_labels)
                if part[0] == "preparers" and _DECISION_CONTACT.match(part[1]):
                    decision_contacts.update(_name_key(p.name) for p in item.preparers[known:])
        presenter = _name_key(item.presenter.name) if item.presenter is not None else ""
        if presenter and presenter in decision_contacts:
            # the presenter named for more information on the decision answers for the proposal: with no
            # preparer printed, that names no preparer
            item.preparers = [p for p in item.preparers if _name_key(p.name) != presenter]
        self._earlier(item, path, fallback)
        history_lines_under_the_heading(item, parts, earlier, path)
        history_lines_atop_the_reasons(item, parts, earlier, meeting, path)
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

    def _earlier(self, item: Item, path: Path, parts: list[Part]) -> None:
        """Parts of an earlier handling printed on the page: kept as ``history`` sections under their own
        headings; their preparers and reasons stand for the item's only when it prints none of its own
        (the page was cut before them), their proposal, presenter and decision never."""
        own_preparers, own_reasons = bool(item.preparers), item.reasons is not None
        for (kind, heading, line), texts in parts:
            where = span(path, line)
            text = "\n\n".join(texts)
            item.sections.append(Section(kind="history", heading=heading, text=text, span=where))
            if kind == "preparers" and not own_preparers:
                add_preparers(item, text, where)
            elif kind == "reasons" and not own_reasons and text:
                # a preparer named under a label atop the earlier reasons (``Asian valmistelija: …``)
                who, rest = labelled_preparers(texts)
                if who is not None:
                    if not own_preparers:
                        add_preparers(item, who, where)
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
        who = preparer_line(texts[0]) if texts else None
        if who is not None:
            add_preparers(item, who, span(path, part[2]))
        if alone:
            self._section(item, path, part, texts[1:] if who is not None else texts)
        else:
            item.sections.append(Section("generic", part[1], "\n\n".join(texts), span(path, part[2])))

    def _section(
        self,
        item: Item,
        path: Path,
        current: tuple[str, str, int],
        texts: list[str],
        *,
        kept_label: bool = False,
    ) -> None:
        """One part of the item into its field; ``kept_label``: the proposal opens with an office's label
        that is its own first line, kept, not a presenter line."""
        kind, heading, line = current
        where = span(path, line)
        text = "\n\n".join(texts)
        item.sections.append(Section(kind=kind, heading=heading, text=text, span=where))
        if kind == "proposal":
            first, _, rest = text.partition("\n")
            # the proposal's own label kept at its start (``Aluehallituksen ehdotus:``) names no presenter
            label = kept_label or casem_heading_kind(first.strip()) == "proposal"
            presenter = None if label else split_presenter_line(first) or labelled_presenter(first)
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
            who, after = labelled_preparers(texts)
            if who is not None:
                add_preparers(item, who, where)
                text = "\n\n".join(after)
                if not text:
                    return
            item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
            item.spans.setdefault("reasons", where)
            item.legal_basis.extend(parse_legal_references(text, where))
        elif kind == "preparers":
            add_preparers(item, text, where)
        elif kind == "presenter":
            item.presenter = without_organisation(parse_person(text.replace("\n", ", "), where))
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


#: the preparer's own proposal, printed before the presenter's (``Valmistelijan ehdotus``)
_PREPARATION = re.compile(r"^\s*Valmistel(?:un|ijan)\s+(?:päätös)?ehdotus\s*:?\s*$", re.I)
#: a heading over the contacts for more information on the decision (not over the preparer's own contacts)
_DECISION_CONTACT = re.compile(r"^\s*(?:Lisätie|Ytterligare|Upplysningar|Mer information)", re.I)


def _name_key(name: str | None) -> str:
    """A name to compare whatever order it was printed in (``Virtanen Anna``, ``Anna Virtanen``)."""
    return " ".join(sorted((name or "").casefold().split()))


def _page_url(root: etree._Element) -> str:
    for el in root.iter("link", "meta"):
        if el.get("rel") == "canonical" or el.get("property") == "og:url":
            return str(el.get("href") or el.get("content") or "")
    for a in root.iter("a"):
        href = str(a.get("href") or "")
        if _PATH.search(href):
            return href
    return ""
