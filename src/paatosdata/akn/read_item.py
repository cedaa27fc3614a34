"""One AKN ``statement`` (or another producer's document) → :class:`paatosdata.model.Item`.

paatosdata's own files are read exactly (typed hcontainers plus ``pd:`` extras); others' AKN is read
as far as its structure maps: title, number, hcontainers → sections, votes from ``voting``.
"""

from __future__ import annotations

import re
from datetime import date, time

from lxml import etree

from paatosdata.akn import AKN_NS, PD_NS
from paatosdata.akn.schema import parse_frbr_uri
from paatosdata.lexicon import classify_heading
from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Attachment,
    Case,
    Confidentiality,
    DecisionReference,
    DiaryNumber,
    Disqualification,
    Dissent,
    ImpactAssessment,
    Item,
    LegalReference,
    Motion,
    Outcome,
    Person,
    PresenceChange,
    Section,
    Span,
    Vote,
    VoteEvent,
)

__all__ = ["Context", "appeal_infos", "lines", "parse_time", "read_item", "read_person", "text_of"]

_A = f"{{{AKN_NS}}}"
_P = f"{{{PD_NS}}}"
_LANGUAGES = {"fin": "fi", "swe": "sv", "eng": "en"}
_STATUTE = re.compile(r"^/akn/fi/act/statute/(\d{4})/(\d+)")
_FIELDS = {
    "summary": "summary",
    "proposal": "proposal",
    "motivation": "reasons",
    "reasons": "reasons",
    "background": "reasons",
    "proceedings": "handling",
    "decision": "decision",
}


def text_of(element: etree._Element) -> str:
    """All text inside ``element`` (not its tail)."""
    return "".join(element.itertext())


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _bool(value: str | None) -> bool | None:
    return None if value is None else value == "true"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_time(value: str | None) -> time | None:
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None


class Context:
    """The file being read: its path, eId index and whether paatosdata wrote it."""

    def __init__(self, root: etree._Element, path: str, ours: bool) -> None:
        self.path = path
        self.ours = ours
        self.by_eid = {el.get("eId"): el for el in root.iter() if isinstance(el.tag, str) and el.get("eId")}

    def span(self, element: etree._Element) -> Span:
        """Where ``element`` is in the file."""
        return Span(self.path, element.sourceline or 1)

    def target(self, ref: str | None) -> etree._Element | None:
        """The element a ``#eId`` reference points to."""
        return self.by_eid.get(ref[1:]) if ref and ref.startswith("#") else None

    def name(self, ref: str | None) -> str:
        """``showAs`` of the TLC entry ``ref`` points to (the reference itself when dangling)."""
        target = self.target(ref)
        return target.get("showAs", "") if target is not None else (ref or "")

    def concept_key(self, ref: str | None) -> str | None:
        """The paatosdata concept key of a TLCConcept reference (``approved``, ``yes``…)."""
        target = self.target(ref)
        if target is None:
            return None
        href = target.get("href", "")
        return (
            href.rsplit("paatosdata.", 1)[1]
            if "paatosdata." in href
            else target.get("eId", "").split("__")[-1]
        )


def read_person(element: etree._Element) -> Person:
    """A ``person`` inline with its ``pd:`` details; a ``role`` inline is an office printed without a name."""
    return Person(
        name=None if element.tag == _A + "role" else text_of(element),
        title=element.get(_P + "title"),
        phone=element.get(_P + "phone"),
        email=element.get(_P + "email"),
        acting=element.get(_P + "acting") == "true",
        private=element.get(_P + "private") == "true",
        group=element.get(_P + "group"),
    )


def read_citation(element: etree._Element, raw: str) -> LegalReference:
    """A citation from its ``pd:`` parts, or from a Finlex statute IRI in ``href``."""
    kind = element.get(_P + "kind")
    number = _int(element.get(_P + "number"))
    year = _int(element.get(_P + "year"))
    match = _STATUTE.match(element.get("href", ""))
    if kind is None and match:
        kind, year, number = "statute", int(match.group(1)), int(match.group(2))
    return LegalReference(
        raw=raw,
        kind=kind or "unknown",
        name=element.get(_P + "name"),
        abbreviation=element.get(_P + "abbreviation"),
        number=number,
        year=year,
        chapter=element.get(_P + "chapter"),
        section=element.get(_P + "section"),
        subsection=element.get(_P + "subsection"),
        paragraph=element.get(_P + "paragraph"),
    )


def _inline(p: etree._Element) -> etree._Element:
    child = next((c for c in p if isinstance(c.tag, str)), None)
    return child if child is not None else p


def read_decision_ref(p: etree._Element) -> DecisionReference:
    """A ``p class="reference"`` → earlier decision."""
    inline = _inline(p)
    return DecisionReference(
        raw=text_of(inline),
        body_abbreviation=inline.get(_P + "bodyAbbreviation"),
        body=inline.get(_P + "body"),
        date=_date(inline.get(_P + "date")),
        section=inline.get(_P + "section"),
    )


def paragraphs(container: etree._Element, cls: str | None = None) -> list[etree._Element]:
    """The ``p`` of a container's ``content`` with ``@class`` = ``cls`` (None: plain text lines)."""
    content = container.find(_A + "content")
    if content is None:
        return []
    return [p for p in content if p.tag == _A + "p" and p.get("class") == cls]


def lines(container: etree._Element) -> str | None:
    """The plain text of a container, one line per ``p``; None when it has none."""
    found = paragraphs(container)
    return "\n".join(text_of(p) for p in found) if found else None


def _heading(container: etree._Element) -> str:
    element = container.find(_A + "heading")
    return text_of(element) if element is not None else ""


def appeal_infos(container: etree._Element) -> list[AppealInfo]:
    """``appealInfo`` sub-containers → appeal information."""
    result = []
    for sub in container.findall(_A + "hcontainer"):
        try:
            kind = AppealKind(sub.get("class", ""))
        except ValueError:
            kind = AppealKind.MUNICIPAL_APPEAL
        statute = next(
            (read_citation(_inline(p), text_of(_inline(p))) for p in paragraphs(sub, "citation")), None
        )
        applies = sub.get(_P + "appliesTo")
        result.append(
            AppealInfo(
                kind=kind,
                text=lines(sub) or "",
                statute=statute,
                period_days=_int(sub.get(_P + "periodDays")),
                authority=sub.get(_P + "authority"),
                applies_to=applies.split() if applies else [],
            )
        )
    return result


def _container_text(container: etree._Element) -> str:
    """All text lines of a container, nested ones included (for others' documents)."""
    content = container.find(_A + "content")
    if content is not None:
        return "\n".join(text_of(p) for p in content if isinstance(p.tag, str))
    parts = [
        _container_text(child)
        for child in container
        if isinstance(child.tag, str) and child.tag not in (_A + "num", _A + "heading", _A + "subheading")
    ]
    return "\n".join(part for part in parts if part)


def _body_parts(item: Item, body: etree._Element, ctx: Context, document_parts: list[etree._Element]) -> None:
    for container in body:
        if container.tag != _A + "hcontainer" or container.get(_P + "placeholder") == "true":
            if isinstance(container.tag, str) and container.tag != _A + "hcontainer":
                text = _container_text(container) if len(container) else text_of(container)
                if text:
                    item.sections.append(
                        Section(etree.QName(container).localname, "", text, ctx.span(container))
                    )
            continue
        if container.get(_P + "scope") == "document" or container.get("name") == "appealInstructions":
            document_parts.append(container)
            continue
        _read_part(item, container, ctx)


def _read_part(item: Item, container: etree._Element, ctx: Context) -> None:
    name = container.get("name", "")
    kind = container.get("class")
    span = ctx.span(container)
    if name in _FIELDS and (ctx.ours or container.find(_A + "content") is not None):
        text = lines(container) or ""
        setattr(item, _FIELDS[name], text)
        item.spans[_FIELDS[name]] = span
        if kind is not None:
            item.sections.append(Section(kind, _heading(container), text, span))
        if name == "decision" and item.outcome is None:
            for p in paragraphs(container, "outcome"):
                outcome = p.find(_A + "outcome")
                if outcome is not None:
                    item.outcome = _outcome(ctx.concept_key(outcome.get("refersTo")))
    elif name == "preparers":
        item.preparers = [read_person(person) for person in container.iter(_A + "person", _A + "role")]
    elif name == "presenter":
        person = next(container.iter(_A + "person", _A + "role"), None)
        item.presenter = read_person(person) if person is not None else None
    elif name == "legalBasis":
        item.legal_basis_text = lines(container)
        item.legal_basis = [
            read_citation(_inline(p), text_of(_inline(p))) for p in paragraphs(container, "citation")
        ]
        if kind is not None:
            item.sections.append(Section(kind, _heading(container), item.legal_basis_text or "", span))
    elif name == "impactAssessment":
        key = ctx.concept_key(container.get("refersTo"))
        reason = paragraphs(container, "reason")
        item.impact = ImpactAssessment(
            made=key != "impactNotAssessed",
            text=lines(container) or "",
            reason=text_of(reason[0]) if reason else None,
            references=[read_decision_ref(p) for p in paragraphs(container, "reference")],
            span=span,
        )
    elif name == "history":
        item.history = [read_decision_ref(p) for p in paragraphs(container, "reference")]
    elif name in ("attachments", "supplementary"):
        for p in paragraphs(container, "attachment") or paragraphs(container):
            item.attachments.append(
                Attachment(
                    title=text_of(p),
                    number=p.get(_P + "number"),
                    public=p.get(_P + "public") != "false",
                    confidentiality_ground=p.get(_P + "ground"),
                    supplementary=name == "supplementary",
                    url=p.get(_P + "url"),
                )
            )
    elif name == "appeal":
        item.appeal = appeal_infos(container)
    elif name == "forInfo":
        item.distribution = [text_of(p) for p in paragraphs(container, "entry") or paragraphs(container)]
    elif name == "confidential":
        if item.confidentiality is None:
            item.confidentiality = Confidentiality(ground=lines(container) or "")
    else:
        title = _heading(container)
        # others' parts: the class, else the heading lexicon's kind, else the hcontainer name
        kind = kind or (None if ctx.ours else classify_heading(title)) or name or "generic"
        item.sections.append(Section(kind, title, _container_text(container), span))


def _outcome(key: str | None) -> Outcome | None:
    try:
        return Outcome(key) if key else None
    except ValueError:
        return None


def _extras(item: Item, extra: etree._Element, ctx: Context) -> None:
    """The ``pd:item`` children: case, confidentiality, presence changes, motions, votes…"""
    name = ctx.name
    for child in extra:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        get = child.get
        if tag == "case":
            dnro = child.find(_P + "diaryNumber")
            number = None
            if dnro is not None:
                number = DiaryNumber(
                    raw=dnro.get("raw", ""),
                    serial=dnro.get("serial"),
                    task_class=dnro.get("taskClass"),
                    year=_int(dnro.get("year")),
                    prefix=dnro.get("prefix"),
                    pattern=dnro.get("pattern"),
                )
            item.case = Case(diary_number=number, title=get("title"))
        elif tag == "confidentiality":
            citation = child.find(_P + "citation")
            item.confidentiality = Confidentiality(
                ground=get("ground", ""),
                reference=read_citation(citation, citation.get("raw", "")) if citation is not None else None,
                whole_item=get("wholeItem") != "false",
                public_title=get("publicTitle"),
            )
        elif tag == "presenceChange":
            item.presence_changes.append(
                PresenceChange(name(get("person")), get("kind", ""), get("text", ""), parse_time(get("time")))
            )
        elif tag == "disqualification":
            citation = child.find(_P + "citation")
            item.disqualifications.append(
                Disqualification(
                    person=name(get("person")),
                    ground=get("ground"),
                    reference=read_citation(citation, citation.get("raw", ""))
                    if citation is not None
                    else None,
                    left_room=get("leftRoom") != "false",
                    text=get("text", ""),
                )
            )
        elif tag == "motion":
            seconder = get("seconder")
            item.motions.append(
                Motion(
                    proposer=name(get("proposer")),
                    text=get("text", ""),
                    seconder=name(seconder) if seconder is not None else None,
                    kind=get("kind", "counterProposal"),
                )
            )
        elif tag == "vote":
            event = VoteEvent(
                round=_int(get("round")) or 1,
                yes_proposition=get("yesProposition"),
                no_proposition=get("noProposition"),
                result=get("result"),
                text=get("text", ""),
            )
            voting = ctx.target(get("voting"))
            if voting is not None:
                _fill_counts(event, voting, ctx)
            item.votes.append(event)
        elif tag == "dissent":
            item.dissents.append(Dissent(name(get("person")), get("text", "")))


def _fill_counts(event: VoteEvent, voting: etree._Element, ctx: Context) -> None:
    for count in voting.findall(_A + "count"):
        refs = count.get("refersTo", "").split()
        ballot = count.find(_P + "ballot")
        if ballot is not None:
            voter = next((ctx.name(ref) for ref in refs[1:]), "")
            event.votes.append(Vote(voter, ballot.get("choice", ""), ballot.get("group")))
            continue
        key = ctx.concept_key(refs[0]) if refs else None
        if key in ("yes", "no", "blank", "absent"):
            setattr(event, key, _int(count.get("value")))


def _uri_number(doc_element: etree._Element) -> str | None:
    uri = doc_element.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRuri")
    if uri is None:
        return None
    try:
        return parse_frbr_uri(uri.get("value", "")).number
    except ValueError:
        return None


def read_item(doc_element: etree._Element, ctx: Context, document_parts: list[etree._Element]) -> Item:
    """The item of one AKN document element; document-level parts are handed back in ``document_parts``."""
    meta = doc_element.find(_A + "meta")
    extra = meta.find(f"{_A}proprietary/{_P}item") if meta is not None else None
    preface = doc_element.find(_A + "preface")
    doc_number = preface.find(f".//{_A}docNumber") if preface is not None else None
    doc_title = preface.find(f".//{_A}docTitle") if preface is not None else None
    work_number = doc_element.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRnumber")
    language = doc_element.find(f"{_A}meta/{_A}identification/{_A}FRBRExpression/{_A}FRBRlanguage")
    title = text_of(doc_title) if doc_title is not None else ""
    if extra is not None:
        number = extra.get("number")
        item = Item(
            number=number,
            title=extra.get("title", title),
            number_raw=extra.get("numberRaw"),
            agenda_number=extra.get("agendaNumber"),
            unanimous=_bool(extra.get("unanimous")),
            language=extra.get("language", "fi"),
            url=extra.get("url"),
        )
    else:
        raw = text_of(doc_number) if doc_number is not None else None
        value = work_number.get("value") if work_number is not None else _uri_number(doc_element)
        digits = re.search(r"\d+\s*[a-z]?", raw) if raw else None
        number = value if value and value != "nn" else (digits.group(0) if digits else None)
        lang = language.get("language", "fin") if language is not None else "fin"
        item = Item(number=number, title=title, number_raw=raw, language=_LANGUAGES.get(lang, lang))
    item.span = ctx.span(doc_element)
    step = doc_element.find(f"{_A}meta/{_A}workflow/{_A}step[@outcome]")
    if step is not None:
        item.outcome = _outcome(ctx.concept_key(step.get("outcome")))
    if extra is not None and item.outcome is None:
        item.outcome = _outcome(extra.get("outcome"))
    body = doc_element.find(_A + "mainBody")
    if body is None:
        body = doc_element.find(_A + "body")
    if body is not None:
        _body_parts(item, body, ctx, document_parts)
    if extra is not None:
        _extras(item, extra, ctx)
    elif meta is not None:
        for voting in meta.iter(_A + "voting"):
            event = VoteEvent()
            _fill_counts(event, voting, ctx)
            item.votes.append(event)
    return item
