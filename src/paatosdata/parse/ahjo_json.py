"""Helsinki Ahjo API JSON: cases with their records, single records, and vote results.

* a case (``CaseID``/``CaseIDLabel``, ``Records``) gives one document per record, each item
  carrying the case (diary number with ``ClassificationCode`` as task class);
* a record or decision (``NativeId``, ``Type``, ``Title``, ``AgendaPoint``, ``DateMeeting``…) gives
  one item; embedded decision HTML (``Content``, ``Motion``) is read with the Ahjo HTML reader;
* vote results (``Ayes``/``Noes``/``Blank``/``Absent`` with ``Voters`` and ``NumberOfVotes``) give one
  voting round per object.

Keys without a slot in the model are kept as ``generic`` sections headed by their JSON key.
"""

from __future__ import annotations

import json
import re
from datetime import date, time
from pathlib import Path
from typing import Any

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.model import (
    AppealInfo,
    Attachment,
    Body,
    Case,
    Confidentiality,
    DecisionReference,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Outcome,
    Person,
    Section,
    Span,
    Vote,
    VoteEvent,
)
from paatosdata.parse.base import Reader, source_for, span
from paatosdata.parse.jsonvalues import count_value, list_value, optional_text, text_value
from paatosdata.parse.vendor_json import key_lines, load_json
from paatosdata.parse.vendor_municipalities import municipality_for
from paatosdata.parse.vendor_outcomes import RESOLUTIONS

__all__ = ["AhjoJsonReader"]

#: Ahjo decision-maker ids (the start of a MeetingID) of the two highest bodies
BODIES = {"02900": "Kaupunginvaltuusto", "00400": "Kaupunginhallitus"}
_YEAR_AND_NUMBER = re.compile(r"(?:19|20)\d{2}\d{1,3}")


def split_meeting_id(meeting_id: str, year: int | None = None) -> tuple[str, int, int] | None:
    """Decision-maker id, year and sequence number of an Ahjo ``MeetingID``, else ``None``.

    The id is the decision maker's id (of any length) + the year + the meeting's number in that
    year. Where the meeting date is known its year picks the split; otherwise the shortest
    decision-maker id that leaves a plausible year does.

    >>> split_meeting_id("0040020254")
    ('00400', 2025, 4)
    >>> split_meeting_id("U540202024", 2020)
    ('U540', 2020, 24)
    >>> split_meeting_id("kokous") is None
    True
    """
    meeting_id = meeting_id.strip()
    if not re.fullmatch(r"[A-Za-z0-9]+", meeting_id):
        return None
    splits = [
        (meeting_id[:cut], int(meeting_id[cut : cut + 4]), int(meeting_id[cut + 4 :]))
        for cut in range(1, len(meeting_id) - 4)
        if _YEAR_AND_NUMBER.fullmatch(meeting_id[cut:])
    ]
    if not splits:
        return None
    if year is not None:
        for split in splits:
            if split[1] == year:
                return split
    return splits[0]


_KINDS = {
    "päätös": DocumentKind.MINUTES,
    "esitys": DocumentKind.AGENDA,
    "esityslista": DocumentKind.AGENDA,
    "pöytäkirja": DocumentKind.MINUTES,
    "viranhaltijan päätös": DocumentKind.OFFICER_DECISION,
    "viranhaltijapäätös": DocumentKind.OFFICER_DECISION,
    "viranhaltijan pöytäkirja": DocumentKind.OFFICER_DECISION,
}
_MINUTES_TITLE = re.compile(
    r"^(?P<body>.+?)\s+(?:viranhaltijan\s+)?(?:pöytäkirja|esityslista|protokoll|föredragningslista)\s+"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})/(?P<no>\d+)",
    re.I,
)
#: keys that make an object a record (a decision, a proposal, an agenda item) rather than a case
_RECORD_KEYS = ("NativeId", "Type", "AgendaPoint", "AgendaItem", "Content", "HTML", "Section")
_VOTE_KEYS = {"Ayes": "yes", "Noes": "no", "Blank": "blank", "Absent": "absent"}
_CASE_FIELDS = {"CaseID", "CaseIDLabel", "Title", "ClassificationCode", "Records", "links"}
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


def _same(value: Any) -> object:
    """What makes two people, attachments or appeal instructions read from a record the same one."""
    if isinstance(value, Person):
        return ("person", value.name, value.phone, value.email)
    if isinstance(value, Attachment):
        return ("attachment", value.number, value.title)
    if isinstance(value, AppealInfo):
        return ("appeal", value.kind)
    if isinstance(value, str):
        return ("text", value)
    return ("other", id(value))


def _body_of_minutes_document(record: dict[str, Any]) -> str:
    """The body in the title of a record's minutes document (``Ympäristölautakunta pöytäkirja
    14.10.2025/31``), for a decision maker known only by its code."""
    for key in ("MinutesPDF", "PDF"):
        document = record.get(key)
        if isinstance(document, dict):
            titled = _MINUTES_TITLE.match(" ".join(text_value(document.get("Title")).split()))
            if titled:
                return titled.group("body")
    return ""


#: outcomes after which nothing was decided: the motion's recipients received no decision
_UNDECIDED = frozenset({Outcome.TABLED, Outcome.RETURNED, Outcome.REMOVED})


def _motion_does_not_apply(name: str, item: Item) -> bool:
    """True when the Motion's ``name`` list is not the decision's.

    The Motion is the proposal as presented: its appeal line and its recipients (Tiedoksi, Otteet)
    are those of the decision proposed. The appeal instructions printed with the decision itself
    govern (a tabled item gets an appeal ban whatever the proposal said), and an item tabled,
    sent back or struck off was decided on by no one, so nobody received it.
    """
    if name == "appeal":
        return bool(item.appeal)
    if name == "distribution":
        return item.outcome in _UNDECIDED
    return False


def _iso_date(text: object) -> date | None:
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(text or ""))
    try:
        return date.fromisoformat(m.group(1)) if m else None
    except ValueError:
        return None


def _start_time(text: object) -> time | None:
    """The clock time of a meeting's ``DateMeeting`` (local time, ``2021-12-14T16:00:00.000``). Ahjo writes
    a bare date as local midnight in UTC (``T02:00``/``T03:00``) or as ``T00:00``: no meeting starts
    before six in the morning, so such times are no start."""
    m = re.match(r"\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})", str(text or ""))
    if not m or not 6 <= int(m.group(1)) <= 23 or int(m.group(2)) > 59:
        return None
    return time(int(m.group(1)), int(m.group(2)))


def _security_ground(value: object) -> str:
    """The grounds of secrecy (``SecurityReasons``: a list of texts, or one) joined by ``; ``; values of
    another type give nothing.

    >>> _security_ground(["JulkL 24.1 § 32 k", {"x": 1}, 7]), _security_ground("JulkL 24.1 § 17 k")
    ('JulkL 24.1 § 32 k; 7', 'JulkL 24.1 § 17 k')
    """
    reasons = value if isinstance(value, list) else [value]
    return "; ".join(text for text in (text_value(reason) for reason in reasons) if text)


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {_shown(v)}" for k, v in value.items() if k != "links" and v not in (None, "", [])
        )
    return str(value)


class AhjoJsonReader(Reader):
    """Ahjo REST API JSON (``/cases``, ``/records``, ``/decisions``, vote results)."""

    name = "ahjo-json"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        return text.lstrip().startswith(("{", "[")) and (
            re.search(
                r'"(?:NumberOfVotes|CaseIDLabel|PikapaatosId|AgendaPoint|AgendaItem|DateMeeting)"', text
            )
            is not None
            or re.search(r'"(?:CaseID|NativeId)"\s*:\s*"(?:HEL-|\{)', text) is not None
        )

    def read(self, data: bytes, path: Path) -> list[Document]:
        parsed, text = load_json(data, path)
        self._text, self._path = text, path
        self._anchor: int | None = None
        objects = self._objects(parsed)
        documents: list[Document] = []
        if objects and all(any(key in obj for key in _VOTE_KEYS) for obj in objects):
            return [self._votes(objects, data)]
        for obj in objects:
            if any(key in obj for key in _VOTE_KEYS):
                documents.append(self._votes([obj], data))
            elif "Records" in obj or (
                (obj.get("CaseIDLabel") or obj.get("CaseID")) and not any(k in obj for k in _RECORD_KEYS)
            ):
                documents.extend(self._case(obj, data))
            elif any(k in obj for k in _RECORD_KEYS):
                self._anchor = self._value_line("NativeId", obj.get("NativeId")) if len(objects) > 1 else None
                documents.append(self._record(obj, data, None))
                self._anchor = None
            else:
                raise ParseError(
                    "not an Ahjo case, record or vote result (no CaseID, NativeId or Ayes/Noes)",
                    source=f"{path}:1",
                )
        if not documents:
            raise ParseError("no Ahjo case, record or vote result in this file", source=f"{path}:1")
        return documents

    def _objects(self, parsed: Any) -> list[dict[str, Any]]:
        if isinstance(parsed, list):
            items = parsed
        elif isinstance(parsed, dict):
            lists = [
                v
                for k, v in parsed.items()
                if isinstance(v, list) and k not in ("links",) and v and all(isinstance(x, dict) for x in v)
            ]
            if (
                not any(k in parsed for k in ("CaseID", "CaseIDLabel", "NativeId", "Type", *_VOTE_KEYS))
                and len(lists) == 1
            ):
                items = lists[0]
            else:
                items = [parsed]
        else:
            raise ParseError("expected an Ahjo JSON object or list", source=f"{self._path}:1")
        if not all(isinstance(x, dict) for x in items):
            raise ParseError("expected a list of Ahjo JSON objects", source=f"{self._path}:1")
        return items

    def _line(self, key: str, nth: int = 0) -> Span:
        """The line of the ``nth`` ``"key":``, or of the one nearest the record being read."""
        lines = key_lines(self._text, key)
        if self._anchor is not None and lines:
            anchor = self._anchor
            return span(self._path, min(lines, key=lambda line: (abs(line - anchor), line)))
        return span(self._path, lines[nth] if nth < len(lines) else 1)

    def _value_line(self, key: str, value: object) -> int | None:
        """The line of ``"key": "value"`` (a record's own id), to find its other keys near it."""
        if not isinstance(value, str) or not value:
            return None
        m = re.search(
            r'"' + re.escape(key) + r'"\s*:\s*' + re.escape(json.dumps(value, ensure_ascii=False)), self._text
        )
        if m is None:
            m = re.search(r'"' + re.escape(key) + r'"\s*:\s*' + re.escape(json.dumps(value)), self._text)
        return self._text.count("\n", 0, m.start()) + 1 if m else None

    def _meeting(self, record: dict[str, Any] | None) -> Meeting:
        meeting = Meeting(body=Body(name=""), municipality=municipality_for("helsinki"))
        if record is None:
            return meeting
        nested = record.get("Meeting")
        if isinstance(nested, dict):
            # a decision may carry its meeting as an object: its keys fill what the record lacks
            record = {**nested, **{k: v for k, v in record.items() if v not in (None, "")}}
        organization = record.get("Organization")
        if isinstance(organization, dict) and text_value(organization.get("Name")):
            meeting.body.name = text_value(organization["Name"])
        if isinstance(nested, dict) and text_value(nested.get("Location")).strip():
            meeting.place = " ".join(text_value(nested["Location"]).split())
        titled = _MINUTES_TITLE.match(text_value(record.get("Title")))
        if titled:
            meeting.body.name = meeting.body.name or titled.group("body")
            meeting.date_raw = titled.group("date")
            meeting.date = parse_date(titled.group("date"))
            meeting.number = f"{int(titled.group('no'))}/{titled.group('date')[-4:]}"
        if not meeting.body.name:
            meeting.body.name = _body_of_minutes_document(record)
        for key in ("DateDecision", "DateMeeting"):
            if text_value(record.get(key)) and meeting.date is None:
                meeting.date_raw = text_value(record[key])
                meeting.date = _iso_date(meeting.date_raw)
                meeting.span = self._line(key)
        if isinstance(nested, dict):
            # the meeting's own record carries its start; a decision's date carries no time
            meeting.start = _start_time(nested.get("DateMeeting"))
        split = split_meeting_id(
            text_value(record.get("MeetingID")), meeting.date.year if meeting.date else None
        )
        if split:
            maker, year, sequence = split
            meeting.number = f"{sequence}/{year}"
            if not meeting.body.name:
                meeting.body.name = BODIES.get(maker, "")
        return meeting

    # -- cases ---------------------------------------------------------------------------------

    def _case(self, obj: dict[str, Any], data: bytes) -> list[Document]:
        label = text_value(obj.get("CaseIDLabel")) or text_value(obj.get("CaseID"))
        where = self._line("CaseIDLabel" if obj.get("CaseIDLabel") else "CaseID")
        case = Case(
            diary_number=parse_diary_number(
                label, task_class=optional_text(obj.get("ClassificationCode")), span=where
            )
            if label
            else None,
            title=optional_text(obj.get("Title")),
            span=where,
        )
        sections = [
            Section("generic", key, _shown(value), self._line(key))
            for key, value in obj.items()
            if key not in _CASE_FIELDS and value not in (None, "", [])
        ]
        records = [r for r in list_value(obj.get("Records")) if isinstance(r, dict)]
        if not records:
            item = Item(number=None, title=case.title or "", case=case, span=where)
            item.sections.extend(sections)
            return [
                Document(
                    DocumentKind.AGENDA,
                    self._meeting(None),
                    [item],
                    source=source_for(self._path, data, self.name),
                )
            ]
        documents = []
        for index, record in enumerate(records):
            document = self._record(record, data, case, nth=index)
            document.sections.extend(sections)
            documents.append(document)
        self._anchor = None
        return documents

    # -- records and decisions -------------------------------------------------------------------

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
                    Section("generic", f"Agents/{agent.get('Role')}", _shown(agent), person.span)
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
            item.sections.append(Section("generic", key, _shown(value), self._line(key)))
        return document

    def _embedded(self, markup: str, key: str, item: Item, document: Document) -> None:
        from paatosdata.parse.ahjo_html import AhjoHtmlReader

        where = self._line(key)
        try:
            inner = AhjoHtmlReader().read(markup.encode("utf-8"), self._path)
        except ParseError:
            item.sections.append(Section("generic", key, markup, where))
            return
        for doc in inner:
            for found in doc.items:
                for name in (
                    "number",
                    "number_raw",
                    "proposal",
                    "decision",
                    "outcome",
                    "unanimous",
                    "reasons",
                    "summary",
                    "handling",
                    "presenter",
                    "confidentiality",
                ):
                    if getattr(item, name) in (None, "") and getattr(found, name) not in (None, ""):
                        setattr(item, name, getattr(found, name))
                if not item.case and found.case:
                    item.case = found.case
                if not item.title or (key == "Content" and found.title):
                    # the heading printed in the decision names the item; the record's Title may be
                    # in another language than the decision text
                    item.title = found.title
                for name in (
                    "preparers",
                    "attachments",
                    "appeal",
                    "distribution",
                    "motions",
                    "votes",
                    "legal_basis",
                ):
                    # a decision's Content and its Motion print the same people, attachments and
                    # appeal instructions: each is kept once
                    have = getattr(item, name)
                    if key == "Motion" and _motion_does_not_apply(name, item):
                        continue
                    seen = {_same(value) for value in have}
                    have.extend(value for value in getattr(found, name) if _same(value) not in seen)
                for section in found.sections:
                    section.span = where
                    item.sections.append(section)
            document.signatures.extend(doc.signatures)
            if not document.meeting.body.name:
                document.meeting.body.name = doc.meeting.body.name

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
            day = _iso_date(held) or _iso_date(entry.get("DateDecision"))
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

    # -- votes ---------------------------------------------------------------------------------

    def _vote_event(self, obj: dict[str, Any], round_number: int) -> VoteEvent:
        """One voting round from ``{Ayes, Noes, Blank, Absent}``, each with Voters and NumberOfVotes."""
        lines = key_lines(self._text, "Ayes")
        line = lines[round_number - 1] if round_number - 1 < len(lines) else 1
        event = VoteEvent(round=round_number, span=span(self._path, line))
        for key, choice in _VOTE_KEYS.items():
            group = obj.get(key)
            if group is None:
                continue
            if not isinstance(group, dict):
                raise ParseError(
                    f"'{key}' is not an object with Voters and NumberOfVotes",
                    source=f"{self._path}:{self._line(key).line}",
                )
            count = group.get("NumberOfVotes")
            setattr(event, choice, count_value(count))
            content = text_value(group.get("Content")).strip()
            if choice == "yes" and content:
                event.yes_proposition = content
            elif choice == "no" and content:
                event.no_proposition = content
            for voter in list_value(group.get("Voters")):
                if isinstance(voter, dict):
                    event.votes.append(
                        Vote(
                            voter=text_value(voter.get("Name")) or text_value(voter.get("ID")),
                            choice=choice,
                            group=optional_text(voter.get("CouncilGroup")),
                        )
                    )
        return event

    def _votes(self, objects: list[dict[str, Any]], data: bytes) -> Document:
        """Vote results alone: one item with one voting round per object."""
        events = [self._vote_event(obj, number) for number, obj in enumerate(objects, start=1)]
        item = Item(number=None, title="", votes=events, span=events[0].span)
        item.unanimous = False
        return Document(
            DocumentKind.MINUTES, self._meeting(None), [item], source=source_for(self._path, data, self.name)
        )
