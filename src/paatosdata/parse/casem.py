"""CaseM (cloudnc.fi) OData: one item's ``ExtendedProperties`` and a meeting's ``Contents`` listing.

An item is a list of properties ``{Id, Name, Text, Number, Date}``; ``Text`` holds entity-encoded
HTML and booleans as strings, and ``Attachments`` repeats once per file. Every property becomes a
section (known names get their kind, others ``generic`` with the property name as heading), so
nothing read is lost. Lines point at the property's ``"Name"`` key in the file.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Any

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.model import (
    Attachment,
    Body,
    Case,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Participant,
    Person,
    Section,
    Span,
)
from paatosdata.parse.base import Reader, source_for, span
from paatosdata.parse.casem_history import history_printed_in, history_topics, number_history_from_texts
from paatosdata.parse.casem_people import (
    earliest_arrival,
    merge_presenter,
    parse_participants,
    parse_presenters,
    proposal_and_presenter,
    split_presenter_line,
)
from paatosdata.parse.handlings import apply_printed_handlings
from paatosdata.parse.headers import clock_time
from paatosdata.parse.jsonvalues import text_value
from paatosdata.parse.vendor_appeal import appeal_info
from paatosdata.parse.vendor_deciders import body_addressed, body_from_text, body_presented_by, split_list
from paatosdata.parse.vendor_html import html_text, markup_text, parse_fragment
from paatosdata.parse.vendor_json import key_lines, load_json
from paatosdata.parse.vendor_municipalities import municipality_for
from paatosdata.parse.vendor_outcomes import item_outcome
from paatosdata.people import parse_people

__all__ = ["CasemListReader", "CasemReader", "parse_participants", "parse_presenters", "split_presenter_line"]

#: property name → section kind (properties not listed become ``generic`` sections)
PROPERTY_KINDS: dict[str, str] = {
    "Description": "reasons",
    "Decisionproposal": "proposal",
    "Decision": "decision",
    "Presenters": "presenter",
    "DraftingNotes": "preparers",
    "DecisionNotes": "preparers",
    "Inform": "distribution",
    "Attachments": "attachments",
    "Correctioninstructions": "appeal",
    "Draftsmans": "preparers",
    "PreviousHandling": "history",
    "HistoryTopics": "history",
    "Opinions": "generic",
    "PersonalData": "generic",
}
#: properties held in item fields, not repeated as sections
_FIELDS = {"Name", "Article", "CaseNativeId"}


def _properties(data: Any, path: Path) -> list[dict[str, Any]]:
    if isinstance(data, list):
        raise ParseError(
            "expected a CaseM ExtendedProperties object with a 'value' list, found a JSON list",
            source=f"{path}:1",
        )
    if not isinstance(data, dict) or not isinstance(data.get("value"), list):
        raise ParseError("not a CaseM ExtendedProperties document (no 'value' list)", source=f"{path}:1")
    props: list[dict[str, Any]] = data["value"]
    for index, prop in enumerate(props):
        if not isinstance(prop, dict) or not isinstance(prop.get("Name"), str):
            raise ParseError(
                f"property {index + 1} of 'value' has no 'Name'",
                source=str(path),
                hint="each property is {Id, Name, Text, Number, Date}",
            )
    return props


#: a soft hyphen, as a character or an entity: a line-break hint inside a word, not text
_SOFT_HYPHEN = re.compile(r"\u00ad|&shy;|&#173;|&#x[aA][dD];")


def _text_value(prop: dict[str, Any]) -> str:
    value = prop.get("Text")
    if value is None:
        for key in ("Number", "Date"):
            if prop.get(key) is not None:
                return text_value(prop[key])
        return ""
    return _SOFT_HYPHEN.sub("", text_value(value))


class CasemReader(Reader):
    """CaseM ``Contents(n)/ExtendedProperties`` JSON: one item (pykälä) per file."""

    name = "casem"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        return "ExtendedProperties" in text or (
            '"Name"' in text
            and re.search(r'"(?:CaseNativeId|Decisionproposal|DraftingNotes)"', text) is not None
        )

    def read(self, data: bytes, path: Path) -> list[Document]:
        parsed, text = load_json(data, path)
        props = _properties(parsed, path)
        lines = key_lines(text, "Name")
        if len(lines) != len(props):
            lines = [1] * len(props)
        item = Item(number=None, title="", span=span(path, 1))
        presenters: list[Person] = []
        drafters: list[Person] = []
        participants: list[Participant] = []
        line_presenter: Person | None = None
        body_name: str | None = None
        body_span: Span | None = None
        meeting_date: date | None = None
        meeting_start: time | None = None
        for prop, line in zip(props, lines, strict=True):
            name = prop["Name"]
            raw = _text_value(prop)
            where = span(path, line)
            if name == "Name":
                item.title = markup_text(raw)
                item.spans["title"] = where
                continue
            if name == "Article":
                number = markup_text(raw)
                item.number = number or None
                item.number_raw = number or None
                item.spans["number"] = where
                continue
            if name == "CaseNativeId":
                dnro = markup_text(raw)
                if dnro:
                    item.case = Case(diary_number=parse_diary_number(dnro, span=where), span=where)
                continue
            text_value = markup_text(raw)
            if not text_value:
                continue
            kind = PROPERTY_KINDS.get(name, "generic")
            if name == "Decisionproposal":
                proposal, line_presenter = proposal_and_presenter(raw)
                if line_presenter is not None:
                    line_presenter.span = where
                item.proposal = proposal
                item.spans["proposal"] = where
                if body_name is None and body_from_text(proposal):
                    body_name, body_span = body_from_text(proposal), where
            elif name == "Decision":
                item.decision = text_value
                item.spans["decision"] = where
            elif name == "Description":
                item.reasons = text_value
                item.spans["reasons"] = where
            elif name == "Presenters":
                presenters = parse_presenters(text_value, where)
            elif name in ("DraftingNotes", "DecisionNotes"):
                people = parse_people(text_value.splitlines(), where)
                item.preparers.extend(people)
            elif name == "Draftsmans":
                drafters = parse_presenters(text_value, where)
            elif name == "Correctioninstructions":
                kind = "appeal"
                info = appeal_info("", text_value, where)
                if info is not None:
                    item.appeal.append(info)
            elif name == "HistoryTopics":
                earlier, text_value = history_topics(raw, where)
                item.history.extend(earlier)
            elif name.startswith("Participant"):
                participants.extend(parse_participants(text_value, where))
            elif name in ("AgendaAttachment", "MinutesAttachment"):
                found = _DOCUMENT_TITLE.search(text_value)
                if found:
                    if body_name is None:
                        body_name, body_span = found.group("body").strip(), where
                    meeting_date = meeting_date or parse_date(found.group("date"))
                    if found.group("hour") and meeting_start is None:
                        meeting_start = clock_time(found.group("hour"), found.group("minute"))
            elif name == "Inform":
                item.distribution.extend(split_list(text_value.replace("\n", ", ")))
            elif name == "Attachments":
                item.attachments.extend(_attachments(raw, where))
            item.sections.append(Section(kind=kind, heading=name, text=text_value, span=where))
        item.presenter = merge_presenter(presenters, line_presenter)
        if not item.preparers:
            # the printed contact notes come first; the system's drafter field is the fallback
            item.preparers = drafters
        number_history_from_texts(item)
        history_printed_in(item.reasons, item)
        if item.decision:
            item.outcome, item.unanimous = item_outcome(item.decision, item.proposal)
        refs_text = "\n\n".join(t for t in (item.reasons, item.proposal) if t)
        item.legal_basis = parse_legal_references(refs_text, item.spans.get("reasons"))
        if body_name is None:
            # no sentence has the body as its subject: the body a text is addressed to
            for section in item.sections:
                addressed = body_addressed(section.text)
                if addressed:
                    body_name, body_span = addressed, section.span
                    break
        if body_name is None and item.presenter is not None:
            # no text names the body: the municipal manager presents to the municipal board
            body_name = body_presented_by(item.presenter.title)
            body_span = item.presenter.span if body_name else None
        printed_day = apply_printed_handlings(item, body_name)
        municipality = municipality_for(str(parsed.get("odata.metadata") or ""))
        if municipality is None and item.case and item.case.diary_number:
            municipality = municipality_for(item.case.diary_number.prefix)
        meeting = Meeting(
            body=Body(name=body_name or "", span=body_span),
            municipality=municipality,
            participants=participants,
            span=span(path, 1),
        )
        times = [p.note for p in participants if p.note]
        meeting.date = meeting_date or printed_day or (parse_date(times[0]) if times else None)
        meeting.start = meeting_start or earliest_arrival(times, meeting.date)
        kind = DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA
        names = {p["Name"] for p in props}
        # a meeting-level content (participants, agenda file) describes no item
        items = [item] if names & {"Name", "Article", "Decisionproposal", "Decision"} else []
        document = Document(kind=kind, meeting=meeting, items=items, source=source_for(path, data, self.name))
        if not items:
            document.sections.extend(item.sections)
            document.kind = (
                DocumentKind.MINUTES if participants and any(p.note for p in participants) else kind
            )
        return [document]


_DOCUMENT_TITLE = re.compile(
    r"(?:Esityslista|Pöytäkirja|Föredragningslista|Protokoll)\s+-\s+(?P<body>[^-]+?)\s+-\s+"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    # the file name keeps the hour: "…, klo 15_00.pdf" (":" is not allowed in file names)
    r"(?:,?\s*(?:klo|kl\.?)\s*(?P<hour>\d{1,2})[._:](?P<minute>\d{2}))?"
)


def _attachments(raw: str, where: Span) -> list[Attachment]:
    root = parse_fragment(raw)
    links = root.findall(".//a")
    if not links:
        text = html_text(root)
        return [Attachment(title=text, span=where)] if text else []
    return [
        Attachment(title=html_text(a) or str(a.get("href") or ""), url=a.get("href"), span=where)
        for a in links
    ]


class CasemListReader(Reader):
    """A CaseM meeting listing (``Nodes(n)/Contents``): the items of one meeting with their titles."""

    name = "casem-list"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        return "#Contents" in text or ('"ContentId"' in text and '"Classifications"' in text)

    def read(self, data: bytes, path: Path) -> list[Document]:
        parsed, text = load_json(data, path)
        if not isinstance(parsed, dict) or not isinstance(parsed.get("value"), list):
            raise ParseError("not a CaseM Contents listing (no 'value' list)", source=f"{path}:1")
        entries = parsed["value"]
        lines = key_lines(text, "ContentId")
        if len(lines) != len(entries):
            lines = [1] * len(entries)
        meeting = Meeting(
            body=Body(name=""), municipality=municipality_for(str(parsed.get("odata.metadata")))
        )
        items = []
        for entry, line in zip(entries, lines, strict=True):
            if not isinstance(entry, dict) or "ContentId" not in entry:
                raise ParseError("a listing entry has no 'ContentId'", source=f"{path}:{line}")
            where = span(path, line)
            item = Item(number=None, title=markup_text(text_value(entry.get("Subject"))), span=where)
            item.spans["title"] = where
            item.language = {"1": "fi", "2": "en", "3": "sv"}.get(str(entry.get("LanguageId")), "fi")
            for key, value in entry.items():
                if key == "Subject" or value is None or value == []:
                    continue
                if key == "Classifications" and isinstance(value, list):
                    for node in value:
                        if isinstance(node, dict) and node.get("Type") == 7 and meeting.date is None:
                            meeting.date_raw = str(node.get("NodeName"))
                            meeting.date = parse_date(meeting.date_raw)
                            meeting.span = where
                    shown = "\n".join(
                        f"{n.get('NodeName')} ({n.get('NodeId')}, type {n.get('Type')})"
                        for n in value
                        if isinstance(n, dict)
                    )
                elif key == "FileLinks" and isinstance(value, list):
                    shown = ", ".join(str(f.get("FileId")) for f in value if isinstance(f, dict))
                else:
                    shown = str(value)
                item.sections.append(Section(kind="generic", heading=key, text=shown, span=where))
            items.append(item)
        return [
            Document(
                kind=DocumentKind.AGENDA,
                meeting=meeting,
                items=items,
                source=source_for(path, data, self.name),
            )
        ]
