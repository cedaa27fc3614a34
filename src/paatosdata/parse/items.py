"""One item (pykälä) from its source lines: header, title, diary number, sections and the fields the
sections hold. Every line lands in a field or a :class:`Section`; unknown headings become ``generic``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from paatosdata.diary import find_diary_number, is_task_class, parse_diary_number
from paatosdata.legal import parse_date, parse_decision_references, parse_legal_references
from paatosdata.lexicon import classify_heading, classify_meeting_heading, match_heading_prefix
from paatosdata.model import (
    Attachment,
    Case,
    Confidentiality,
    DiaryNumber,
    Disqualification,
    Dissent,
    ImpactAssessment,
    Item,
    Motion,
    PresenceChange,
    Section,
    Span,
)
from paatosdata.outcome import classify_outcome
from paatosdata.parse.appeal import parse_appeal
from paatosdata.parse.headers import ItemHeader, looks_like_body_name, parse_item_header
from paatosdata.parse.lines import Line, block_span, block_text
from paatosdata.parse.proceedings import (
    NAME,
    parse_disqualifications,
    parse_dissents,
    parse_motions,
    parse_presence_changes,
    parse_votes,
    resolve_seconders,
    strip_role,
)
from paatosdata.people import TITLE_ENDINGS, is_office_only, office_holder, parse_people, parse_person

__all__ = ["RawSection", "find_sections", "is_person_line", "parse_item"]

_CONFIDENTIAL = re.compile(
    r"^(?P<marker>osittain salassa pidettävä|salassa pidettävä|ei julkinen|delvis sekretessbelagd|"
    r"sekretessbelagd|sekretessbelagt)\b[\s:,.(-]*(?P<ground>.*?)\)?$",
    re.IGNORECASE,
)
_NOT_MADE = re.compile(
    r"\bei\s+(?:ole\s+)?(?:tehdä|tehty|tehdään|arvioida|arvioitu|ole tarpeen|tarvitse)|\bei tehdä\b|"
    r"görs inte|har inte gjorts|inte gjorts|bedöms inte|behövs inte",
    re.IGNORECASE,
)
_REASON = re.compile(r"\b(?:koska|kun|sillä|eftersom|då)\b\s+(?P<r>.+)$", re.IGNORECASE | re.DOTALL)
_ATTACHMENT = re.compile(
    r"^(?:[-*•]\s*)?(?:(?:liite|bilaga)\s*)?(?P<num>\d{1,3}[a-z]?)?[.)]?\s*(?::|-|–)?\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
_SECRET_NOTE = re.compile(
    r"\(?\s*(?P<marker>salassa pidettävä|ei julkinen|sekretessbelagd|sekretessbelagt)\s*,?\s*"
    r"(?P<ground>[^)]*)\)?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class RawSection:
    """A heading and the lines under it (``rest`` is text printed on the heading line itself)."""

    kind: str
    heading: str
    rest: str
    lines: list[Line]  # heading line first


def is_person_line(text: str) -> bool:
    """True for ``vs. työllisyysaluejohtaja Virpi Noronen`` or ``Kaupunginjohtaja Jukka Mäkelä``."""
    flat = " ".join(text.split()).strip()
    if not flat or len(flat) > 90 or flat.endswith((".", ":", "?", "!")):
        return False
    m = re.fullmatch(
        rf"(?:(?:vs\.|v\.s\.|vt\.|t\.f\.|tf\.)\s*)?(?P<title>(?:[\wåäöÅÄÖ-]+\s+){{1,3}}?)(?P<name>{NAME})"
        r"(?:,?\s*(?:puh\.?|p\.|tel\.?)\s*[\d +()-]+)?",
        flat,
    )
    if m is None:
        return False
    title_words = m.group("title").split()
    return bool(title_words) and title_words[-1].casefold().endswith(TITLE_ENDINGS)


def _emphasised_heading(raw: str) -> tuple[str, str, str] | None:
    m = re.match(r"^\s*(?:#{1,6}\s*)?(\*\*|__)(?P<inner>.+?)\1\s*(?P<rest>.*)$", raw)
    if m is None or not m.group("rest").strip():
        return None
    kind = classify_heading(m.group("inner"))
    if kind is None:
        return None
    return kind, m.group("inner").strip().rstrip(":").strip(), m.group("rest").strip().lstrip(":").strip()


def _heading_of(line: Line) -> tuple[str, str, str] | None:
    """``(kind, heading, rest)`` when ``line`` starts a section."""
    if line.blank:
        return None
    kind = classify_heading(line.text)
    if kind:
        return kind, line.text.rstrip(":").strip(), ""
    emphasised = _emphasised_heading(line.raw)
    if emphasised:
        return emphasised
    if line.marked:
        return "generic", line.text.rstrip(":").strip(), ""
    prefix = match_heading_prefix(line.text)
    if prefix is None or not prefix.rest:
        return None
    after = (
        line.text[len(prefix.heading) :] if line.text.casefold().startswith(prefix.heading.casefold()) else ""
    )
    raw_gap = re.search(re.escape(prefix.heading) + r"(\s{2,}|\t)", line.raw, re.IGNORECASE)
    if after.startswith(":") or raw_gap or is_person_line(prefix.rest):
        return prefix.kind, prefix.heading, prefix.rest
    return None


def find_sections(lines: list[Line]) -> tuple[list[Line], list[RawSection]]:
    """The lead lines (before the first heading) and the sections of an item."""
    lead: list[Line] = []
    sections: list[RawSection] = []
    for line in lines:
        found = _heading_of(line)
        if found is not None and not (sections == [] and parse_item_header(line.text)):
            sections.append(RawSection(found[0], found[1], found[2], [line]))
        elif sections:
            sections[-1].lines.append(line)
        else:
            lead.append(line)
    return lead, sections


def _text(section: RawSection) -> str:
    body = block_text(section.lines[1:])
    return "\n\n".join(x for x in (section.rest, body) if x)


def parse_item(
    lines: list[Line], headers: list[ItemHeader], file: str, title_line: Line | None = None
) -> tuple[Item, ItemHeader]:
    """Build the :class:`Item` from its lines; returns it with the merged header (body, date)."""
    header = _merge(headers)
    lead, raw_sections = find_sections([line for line in lines if line is not title_line])
    item = Item(number=header.number, title=header.title or "", number_raw=header.number_raw)
    item.agenda_number = header.agenda_number
    anchor_lines = [line for line in lead if parse_item_header(line.text)]
    if anchor_lines:
        item.spans["number"] = block_span(file, anchor_lines[:1]) or Span(file, anchor_lines[0].number)
    item.span = block_span(file, lines)
    if title_line is not None:
        item.title = title_line.text
        item.spans["title"] = block_span(file, [title_line]) or Span(file, title_line.number)
    elif header.title and anchor_lines:
        item.spans["title"] = item.spans["number"]
    extra, body_date = _lead(item, lead, file)
    if body_date is not None and (header.body is None or header.date is None):
        header = replace(
            header,
            body=header.body or body_date[0],
            date=header.date or parse_date(body_date[1]),
            date_raw=header.date_raw or body_date[1],
        )
    sections: list[Section] = []
    sources: list[list[tuple[str, Line]]] = []
    if extra:
        kind = "reasons" if not any(s.kind == "reasons" for s in raw_sections) else "generic"
        sections.append(Section(kind, "", block_text(extra), block_span(file, extra)))
        sources.append([(line.text, line) for line in extra if not line.blank])
        if kind == "reasons":
            item.spans.setdefault("reasons", block_span(file, extra) or Span(file, extra[0].number))
    for raw in raw_sections:
        sections.append(Section(raw.kind, raw.heading, _text(raw), block_span(file, raw.lines)))
        content = [(line.text, line) for line in raw.lines[1:] if not line.blank]
        sources.append(([(raw.rest, raw.lines[0])] if raw.rest else []) + content)
    item.sections = sections
    _fields(item, sections, sources, file)
    return item, header


def _merge(headers: list[ItemHeader]) -> ItemHeader:
    first = headers[0]
    number = next((h.number for h in headers if h.number), None)
    raw = next((h.number_raw for h in headers if h.number_raw and h.style != "dynasty"), None)
    raw = raw or next((h.number_raw for h in headers if h.number_raw), None)
    return ItemHeader(
        number=number,
        number_raw=raw,
        title=next((h.title for h in headers if h.title), None),
        body=next((h.body for h in headers if h.body), None),
        date=next((h.date for h in headers if h.date), None),
        date_raw=next((h.date_raw for h in headers if h.date_raw), None),
        kind=next((h.kind for h in headers if h.kind), None),
        agenda_number=next((h.agenda_number for h in headers if h.agenda_number), None),
        style=first.style,
        abbreviation=next((h.abbreviation for h in headers if h.abbreviation), None),
    )


_BODY_DATE = re.compile(r"^(?P<body>[A-ZÅÄÖ][^\d§]*?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$")


def _lead(item: Item, lead: list[Line], file: str) -> tuple[list[Line], tuple[str, str] | None]:
    """Read header, title, dnro, class, secrecy and history lines; return the lines left over
    and a ``(body, date)`` pair when a line names only them."""
    others: list[Line] = []  # lines no header rule took, blank lines kept for paragraphs
    body_date: tuple[str, str] | None = None
    diary: tuple[str, Line] | None = None
    task_class: str | None = None
    last_anchor = max((n for n, line in enumerate(lead) if parse_item_header(line.text)), default=-1)
    after_anchor: Line | None = None
    for n, line in enumerate(lead):
        text = line.text
        if line.blank:
            if others and not others[-1].blank:
                others.append(line)
            continue
        if parse_item_header(text):
            continue
        found = find_diary_number(text)
        label_free = re.sub(
            r"^(?:dnro|dno|dnr|diaarinumero|asianro|diarienummer)[:.]?\s*", "", text, flags=re.I
        )
        if found and diary is None and label_free.strip() == found:
            diary = (text, line)
            continue
        named = _BODY_DATE.match(text)
        if named and body_date is None and looks_like_body_name(named.group("body")):
            body_date = (named.group("body"), named.group("date"))
            continue
        if is_task_class(text) and task_class is None:
            task_class = text.strip()
            continue
        secret = _CONFIDENTIAL.match(text)
        if secret and item.confidentiality is None:
            ground = secret.group("ground").strip(" ()") or secret.group("marker")
            refs = parse_legal_references(ground)
            span = block_span(file, [line])
            item.confidentiality = Confidentiality(
                ground=text if not secret.group("ground").strip() else ground,
                reference=refs[0] if refs else None,
                whole_item=not secret.group("marker").casefold().startswith(("osittain", "delvis")),
                span=span,
            )
            if span:
                item.spans["confidentiality"] = span
            continue
        earlier = parse_decision_references(text)
        if earlier and len(earlier[0].raw) >= len(text.strip(" .()")) - 2:
            for ref in earlier:
                ref.span = block_span(file, [line])
            item.history.extend(earlier)
            continue
        if re.fullmatch(r"\d{1,3}", text) and item.agenda_number is None and item.number is None:
            item.agenda_number = text
            continue
        if after_anchor is None and n > last_anchor and " | " not in text:
            after_anchor = line
        others.append(line)
    if not item.title:
        _take_title(item, others, after_anchor, file)
    extra = others
    if diary is not None:
        span = block_span(file, [diary[1]])
        dn: DiaryNumber = parse_diary_number(diary[0], task_class=task_class, span=span)
        item.case = Case(diary_number=dn, title=item.title or None, span=span)
        if span:
            item.spans["case"] = span
    while extra and extra[0].blank:
        extra.pop(0)
    return extra, body_date


def _take_title(item: Item, others: list[Line], first: Line | None, file: str) -> None:
    """The title: the first plain line after the item header (else before it), with continuation
    lines that start in lower case; the lines taken are removed from ``others``."""
    candidates = [line for line in others if not line.blank and " | " not in line.text]
    start = first if first is not None else (candidates[0] if candidates else None)
    if start is None:
        return
    at = others.index(start)
    taken = [start]
    while at + len(taken) < len(others):
        nxt = others[at + len(taken)]
        if nxt.blank or not re.match(r"[a-zåäö\"”(0-9]", nxt.text) or len(taken) >= 4:
            break
        taken.append(nxt)
    item.title = " ".join(line.text for line in taken)
    item.spans["title"] = block_span(file, taken) or Span(file, start.number)
    del others[at : at + len(taken)]
    if at < len(others) and others[at].blank and (at == 0 or others[at - 1].blank):
        del others[at]


def _fields(item: Item, sections: list[Section], sources: list[list[tuple[str, Line]]], file: str) -> None:
    """Fill the item's fields from its sections (first section of a kind wins for scalar fields).

    ``sources`` holds, per section, its content lines as ``(text, line)`` for per-line spans.
    """
    proceedings: list[str] = []
    proceeding_lines: list[tuple[str, Line]] = []
    for section, source in zip(sections, sources, strict=True):
        kind, text, span = section.kind, section.text, section.span
        if kind in ("decision", "handling", "vote", "disqualification", "dissent"):
            proceeding_lines.extend(source)
        if span is not None and kind not in ("generic",):
            item.spans.setdefault(kind, span)
        if kind == "preparers":
            people = parse_people(text.splitlines(), span)
            for person in people:
                person.span = (_line_span(source, person.name, file) if person.name else None) or span
            item.preparers.extend(people)
        elif kind == "presenter" and item.presenter is None:
            first = next((t for t in text.splitlines() if t.strip()), "")
            if first:
                # an office printed without a name (``Esittelijä: Tekninen johtaja``): its holder, unnamed
                item.presenter = (
                    office_holder(first, span) if is_office_only(first) else parse_person(first, span)
                )
        elif kind == "proposal" and item.proposal is None:
            paragraphs = text.split("\n\n") if text else []
            first = paragraphs[0].strip() if paragraphs else ""
            lead = first.splitlines()[0] if first else ""
            if lead and is_person_line(lead):
                if item.presenter is None:
                    where = next((ln for t, ln in source if t.strip() == lead.strip()), None)
                    lead_span = block_span(file, [where]) if where is not None else span
                    item.presenter = parse_person(lead, lead_span)
                    item.spans["presenter"] = lead_span or Span(file, 1)
                text = text[len(lead) :].strip()
            item.proposal = text
        elif kind == "decision" and item.decision is None:
            item.decision = text
            proceedings.append(text)
        elif kind == "handling":
            item.handling = f"{item.handling}\n\n{text}" if item.handling else text
            proceedings.append(text)
        elif kind in ("vote", "disqualification"):
            proceedings.append(text)
        elif kind == "reasons":
            item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
        elif kind == "summary" and item.summary is None:
            item.summary = text
        elif kind == "legal_basis":
            item.legal_basis_text = f"{item.legal_basis_text}\n{text}" if item.legal_basis_text else text
            for line_text, line in source:
                item.legal_basis.extend(parse_legal_references(line_text, block_span(file, [line])))
        elif kind == "impact" and item.impact is None:
            item.impact = _impact(text, span)
        elif kind == "history":
            item.history.extend(parse_decision_references(text, span))
        elif kind in ("attachments", "supplementary"):
            item.attachments.extend(_attachments(source, kind == "supplementary", file))
        elif kind == "distribution":
            item.distribution.extend(t.strip(" -•*") for t in text.splitlines() if t.strip(" -•*"))
        elif kind == "appeal":
            info = parse_appeal(section.heading, text, span, [item.number] if item.number else [])
            if info is not None:
                item.appeal.append(info)
        elif kind == "confidentiality" and item.confidentiality is None and text:
            refs = parse_legal_references(text)
            item.confidentiality = Confidentiality(
                ground=text, reference=refs[0] if refs else None, span=span
            )
        elif kind == "dissent":
            item.dissents.extend(_dissent_lines(text, span))
    joined = "\n\n".join(proceedings)
    item.presence_changes = parse_presence_changes(joined, item.spans.get("decision"))
    item.disqualifications = parse_disqualifications(joined, item.spans.get("handling"))
    item.motions = parse_motions(joined, item.spans.get("handling"))
    item.votes = parse_votes(joined, item.spans.get("handling") or item.spans.get("vote"))
    resolve_seconders(item.motions, _names_in(item))
    known = {d.person for d in item.dissents}
    item.dissents.extend(
        d for d in parse_dissents(joined, item.spans.get("handling")) if d.person not in known
    )
    events: list[PresenceChange | Disqualification | Motion | Dissent] = [
        *item.presence_changes,
        *item.disqualifications,
        *item.motions,
        *(d for d in item.dissents if d.text),
    ]
    for event in events:
        event.span = _line_span(proceeding_lines, event.text, file) or event.span
    for vote in item.votes:
        vote.span = _line_span(proceeding_lines, vote.text, file) or vote.span
    if item.decision is not None:
        item.outcome, item.unanimous = classify_outcome(item.decision)
    if item.confidentiality is not None and item.title:
        item.confidentiality.public_title = item.title
    if item.case is not None and item.case.title is None and item.title:
        item.case.title = item.title


def _names_in(item: Item) -> list[str]:
    """Names the item prints in the nominative: voters, proposers, the disqualified, people."""
    names = [v.voter for vote in item.votes for v in vote.votes]
    names += [m.proposer for m in item.motions] + [m.seconder for m in item.motions if m.seconder]
    names += [d.person for d in item.disqualifications] + [c.person for c in item.presence_changes]
    names += [p.name for p in [*item.preparers, *([item.presenter] if item.presenter else [])] if p.name]
    return names


def _line_span(lines: list[tuple[str, Line]], sentence: str, file: str) -> Span | None:
    """The span of the line where ``sentence`` starts (matched on its first words)."""
    probe = " ".join(sentence.split()[:4])
    if not probe:
        return None
    for text, line in lines:
        if probe in " ".join(text.split()):
            return block_span(file, [line])
    return None


def _impact(text: str, span: Span | None) -> ImpactAssessment:
    flat = " ".join(text.split())
    refs = parse_decision_references(flat, span)
    if _NOT_MADE.search(flat):
        reason = _REASON.search(flat)
        return ImpactAssessment(
            made=False,
            text=text,
            reason=(reason.group("r") if reason else flat).rstrip("."),
            references=refs,
            span=span,
        )
    return ImpactAssessment(made=True, text=text, references=refs, span=span)


def _attachments(source: list[tuple[str, Line]], supplementary: bool, file: str) -> list[Attachment]:
    """Attachment lines: ``1 Title``, ``Liite 2: Title (salassa pidettävä, JulkL …)``, ``- Title``."""
    out: list[Attachment] = []
    for raw, source_line in source:
        line = raw.strip()
        if not line or re.fullmatch(r"[-–]|ei liitteitä|inga bilagor|ei oheismateriaalia", line, re.I):
            continue
        m = _ATTACHMENT.match(line)
        if m is None:
            continue
        title = m.group("title").strip()
        secret = _SECRET_NOTE.search(title)
        ground = None
        if secret and secret.start() > 0:
            ground = secret.group("ground").strip(" ,") or secret.group("marker")
            title = title[: secret.start()].strip(" ,-–")
        span = block_span(file, [source_line])
        out.append(
            Attachment(
                title=title,
                number=m.group("num"),
                public=ground is None,
                confidentiality_ground=ground,
                supplementary=supplementary,
                span=span,
            )
        )
    return out


def _dissent_lines(text: str, span: Span | None) -> list[Dissent]:
    out: list[Dissent] = []
    for raw in text.split("\n\n"):
        flat = " ".join(raw.split())
        m = re.match(rf"^(?P<name>{NAME})\s*:\s*(?P<text>.*)$", flat)
        if m:
            out.append(Dissent(person=strip_role(m.group("name")), text=m.group("text"), span=span))
        elif re.fullmatch(NAME, flat):
            out.append(Dissent(person=strip_role(flat), span=span))
    return out


def is_meeting_closing(line: Line) -> bool:
    """True for a heading that ends the last item: signatures, checking, public view."""
    return classify_meeting_heading(line.text) in ("signatures", "checking", "public_view")
