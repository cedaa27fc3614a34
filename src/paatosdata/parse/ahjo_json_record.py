"""An Ahjo record or decision (``NativeId``, ``Type``, ``Title``, ``AgendaPoint``, ``DateMeeting``…) read
into one document of one item: its kind, case, agents, publicity, resolution, embedded decision HTML,
attachments, earlier decisions and vote results; keys without a slot in the model are kept as ``generic``
sections headed by their JSON key.

:class:`AhjoJsonRecords` is the part of :class:`~paatosdata.parse.ahjo_json.AhjoJsonReader` that reads it; the
meeting, the votes and the embedded HTML it asks for are read by the parts it builds on.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from paatosdata.diary import parse_diary_number
from paatosdata.legal import parse_legal_references
from paatosdata.model import (
    Attachment,
    Case,
    Confidentiality,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Person,
    Section,
)
from paatosdata.parse.ahjo_json_embedded import AhjoJsonEmbedded
from paatosdata.parse.ahjo_json_meeting import iso_date
from paatosdata.parse.ahjo_json_votes import AhjoJsonVotes
from paatosdata.parse.base import source_for, span
from paatosdata.parse.jsonvalues import list_value, optional_text, text_value
from paatosdata.parse.vendor_outcomes import RESOLUTIONS

_KINDS = {
    "päätös": DocumentKind.MINUTES,
    "esitys": DocumentKind.AGENDA,
    "esityslista": DocumentKind.AGENDA,
    "pöytäkirja": DocumentKind.MINUTES,
    "viranhaltijan päätös": DocumentKind.OFFICER_DECISION,
    "viranhaltijapäätös": DocumentKind.OFFICER_DECISION,
    "viranhaltijan pöytäkirja": DocumentKind.OFFICER_DECISION,
}


_RECORD_FIELDS = {
    "Title",
    "Type",
    "Agents",
    "AgendaPoint",
    "DateMeeting",
    "MeetingID",
    "CaseID",
    "CaseIDLabel",
    "Section",
    "links",
    "Content",
    "Motion",
    "HTML",
    "AgendaItem",
    "Organization",
    "Meeting",
    "Language",
    "ClassificationCode",
    "PreviousDecisions",
}


def _security_ground(value: object) -> str:
    """The grounds of secrecy (``SecurityReasons``: a list of texts, or one) joined by ``; ``; values of
    another type give nothing.

    >>> _security_ground(["JulkL 24.1 § 32 k", {"x": 1}, 7]), _security_ground("JulkL 24.1 § 17 k")
    ('JulkL 24.1 § 32 k; 7', 'JulkL 24.1 § 17 k')
    """
    reasons = value if isinstance(value, list) else [value]
    return "; ".join(text for text in (text_value(reason) for reason in reasons) if text)


def shown_text(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(shown_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {shown_text(v)}" for k, v in value.items() if k != "links" and v not in (None, "", [])
        )
    return str(value)


class AhjoJsonRecords(AhjoJsonVotes, AhjoJsonEmbedded):
    """Ahjo records and decisions, each read into a document."""

    def _record(self, record: dict[str, Any], data: bytes, case: Case | None, nth: int = 0) -> Document:
        if case is not None:
            self._anchor = self._value_line("NativeId", record.get("NativeId"))
        title_key = "Title" if record.get("Title") else "AgendaItem"
        where = self._line(title_key, nth) if record.get(title_key) else span(self._path, 1)
        kind = _KINDS.get(str(record.get("Type") or "").casefold(), DocumentKind.MINUTES)
        pdf = record.get("PDF")
        if "Type" not in record and isinstance(pdf, dict):
            kind = _KINDS.get(str(pdf.get("Type") or "").casefold(), kind)
        organization = record.get("Organization")
        if (
            isinstance(organization, dict)
            and str(organization.get("Type") or "").casefold() == "viranhaltija"
        ):
            kind = DocumentKind.OFFICER_DECISION
        item = Item(
            number=None,
            title=" ".join((text_value(record.get("Title")) or text_value(record.get("AgendaItem"))).split()),
            span=where,
        )
        item.spans["title"] = where
        pdf_record: dict[str, Any] = record["PDF"] if isinstance(record.get("PDF"), dict) else {}
        item.language = text_value(record.get("Language")) or text_value(pdf_record.get("Language")) or "fi"
        label = text_value(record.get("CaseIDLabel")) or text_value(record.get("CaseID"))
        if case is None and label:
            lw = self._line("CaseIDLabel" if record.get("CaseIDLabel") else "CaseID")
            case = Case(
                diary_number=parse_diary_number(
                    label, task_class=optional_text(record.get("ClassificationCode")), span=lw
                ),
                span=lw,
            )
        item.case = case
        if text_value(record.get("AgendaPoint")):
            item.agenda_number = text_value(record["AgendaPoint"])
        section = text_value(record.get("Section"))
        if section:
            item.number_raw = section
            m = re.search(r"\d+", section)
            item.number = m.group(0) if m else None
        for agent in list_value(record.get("Agents")):
            if not isinstance(agent, dict):
                continue
            person = Person(
                name=text_value(agent.get("Name")),
                title=optional_text(agent.get("Title")),
                email=optional_text(agent.get("Email")),
                span=self._line("Agents"),
            )
            if str(agent.get("Role") or "").casefold() in (
                "maincreator",
                "creator",
                "preparer",
                "valmistelija",
            ):
                item.preparers.append(person)
            elif str(agent.get("Role") or "").casefold() in ("presenter", "esittelija", "esittelijä"):
                item.presenter = person
            else:
                item.sections.append(
                    Section("generic", f"Agents/{agent.get('Role')}", shown_text(agent), person.span)
                )
        publicity = text_value(record.get("PublicityClass"))
        if publicity and publicity.casefold() != "julkinen":
            ground = _security_ground(record.get("SecurityReasons"))
            refs = parse_legal_references(ground)
            item.confidentiality = Confidentiality(
                ground=ground or publicity,
                reference=refs[0] if refs else None,
                whole_item=publicity.casefold() == "salassa pidettävä",
                span=self._line("PublicityClass"),
            )
        code = record.get("PikapaatosId") or record.get("ResolutionCode")
        if code is not None and str(code).casefold() in RESOLUTIONS:
            item.outcome = RESOLUTIONS[str(code).casefold()]
        meeting = self._meeting(record)
        document = Document(
            kind=kind,
            meeting=meeting,
            items=[item],
            language=item.language,
            source=source_for(self._path, data, self.name),
        )
        for key in ("Content", "Motion", "HTML"):
            if isinstance(record.get(key), str) and record[key].strip():
                self._embedded(record[key], key, item, document)
        if not item.attachments:
            item.attachments = self._attachments(record.get("Attachments"))
        item.history.extend(self._previous(record.get("PreviousDecisions")))
        results = [r for r in list_value(record.get("VotingResults")) if isinstance(r, dict)]
        if results and not item.votes:
            item.votes = [self._vote_event(r, n) for n, r in enumerate(results, start=1)]
            item.unanimous = False
        for key, value in record.items():
            if key in _RECORD_FIELDS or value in (None, "", []):
                continue
            item.sections.append(Section("generic", key, shown_text(value), self._line(key)))
        return document

    def _previous(self, listed: object) -> list[DecisionReference]:
        """Earlier decisions in the case (``PreviousDecisions``): body, meeting day and §, oldest first."""
        found: list[tuple[str, DecisionReference]] = []
        for entry in listed if isinstance(listed, list) else []:
            if not isinstance(entry, dict):
                continue
            organization = entry.get("Organization")
            meeting = entry.get("Meeting")
            body = text_value(organization.get("Name")) if isinstance(organization, dict) else ""
            if not body and isinstance(meeting, dict):
                body = text_value(meeting.get("DecisionMaker"))
            held = text_value(meeting.get("DateMeeting")) if isinstance(meeting, dict) else ""
            day = iso_date(held) or iso_date(entry.get("DateDecision"))
            m = re.search(r"\d+", text_value(entry.get("Section")))
            section = m.group(0) if m else None
            if not (body or day or section):
                continue
            raw = " ".join(
                part
                for part in (
                    body,
                    f"{day.day}.{day.month}.{day.year}" if day else "",
                    f"§ {section}" if section else "",
                )
                if part
            )
            hour = re.match(r"\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})", held)
            found.append(
                (
                    hour.group(1) if hour and day else "",
                    DecisionReference(
                        raw=raw,
                        body=body or None,
                        date=day,
                        section=section,
                        span=self._line("PreviousDecisions"),
                    ),
                )
            )
        # meetings held on one day follow their starting times; the § numbers of different bodies
        # say nothing of which came first, so they only break the remaining ties
        found.sort(key=lambda pair: (pair[1].date or date.min, pair[0], int(pair[1].section or 0)))
        return [ref for _, ref in found]

    def _attachments(self, listed: object) -> list[Attachment]:
        """Attachments listed by the decisions API: title, number, publicity and secrecy grounds."""
        found = []
        for entry in listed if isinstance(listed, list) else []:
            if not isinstance(entry, dict):
                continue
            publicity = text_value(entry.get("PublicityClass")) or "Julkinen"
            ground = _security_ground(entry.get("SecurityReasons"))
            found.append(
                Attachment(
                    title=text_value(entry.get("Title")),
                    number=optional_text(entry.get("AttachmentNumber")),
                    public=publicity.casefold() == "julkinen",
                    confidentiality_ground=ground or None,
                    url=optional_text(entry.get("FileURI")),
                    span=self._line("Attachments"),
                )
            )
        return found
