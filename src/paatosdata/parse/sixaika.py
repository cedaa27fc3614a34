"""The 6Aika Open Decision API (``/v1/event``, ``/v1/action``, ``/v1/case``, ``/v1/function``) as JSON.

An Event is a meeting; an Action is an item (``article_number`` after the decision, ``ordering``,
``resolution``, ``title``, ``case``, ``contents``, ``attachments``, ``votes``); a Case carries the
``register_id`` (diary number) and ``function`` (task class); a Content is a typed piece of
hypertext (a string or ``{fi, sv, en}``). A file may hold one object, a list, a paginated
``{count, next, previous, results}`` page or a bundle of lists; references given as URLs or ids
are resolved within the file, never fetched. An event given alone (its actions and organization only
addresses) gives its date and no items; the municipality comes from the objects' addresses
(``decisions.tampere.fi``) or data source (``tampere_casem``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import (
    Attachment,
    Body,
    Case,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Municipality,
    Section,
    Span,
    VoteEvent,
)
from paatosdata.outcome import classify_outcome
from paatosdata.parse.base import Reader, source_for, span
from paatosdata.parse.jsonvalues import (
    count_value,
    is_number,
    list_value,
    optional_text,
    order_key,
    text_value,
)
from paatosdata.parse.municipalities import municipality_from_host
from paatosdata.parse.vendor_appeal import appeal_info
from paatosdata.parse.vendor_html import markup_text
from paatosdata.parse.vendor_json import key_lines, load_json
from paatosdata.parse.vendor_municipalities import municipality_for
from paatosdata.parse.vendor_outcomes import RESOLUTIONS
from paatosdata.people import parse_people, parse_person

__all__ = ["CONTENT_TYPES", "SixAikaReader"]

#: Content.type (lower case) → section kind
CONTENT_TYPES: dict[str, str] = {
    "proposal": "proposal",
    "draft resolution": "proposal",
    "draft_resolution": "proposal",
    "resolution": "decision",
    "decision": "decision",
    "presenter": "presenter",
    "summary": "summary",
    "reasons": "reasons",
    "justification": "reasons",
    "description": "reasons",
    "proceedings": "handling",
    "preparer": "preparers",
    "preparers": "preparers",
    "contact": "preparers",
    "further information": "preparers",
    "attachments": "attachments",
    "appeal": "appeal",
    "history": "history",
    "legal basis": "legal_basis",
    "impact": "impact",
    "distribution": "distribution",
}
_ACTION_KEYS = ("article_number", "resolution", "proposal_identifier")
#: what an event's name says once its date is taken off when it does not name the body ("Kokous 22.3.2017")
_GENERIC_EVENT_NAMES = {"kokous", "kokoukset", "sammanträde", "möte", "meeting", "event"}


def _localised(value: Any, language: str = "fi") -> str:
    """A text given as a string or as ``{fi, sv, en}`` (the wanted language first, else any given)."""
    if isinstance(value, dict):
        own = value.get(language)
        value = (
            own
            if isinstance(own, str) and own
            else next((v for v in value.values() if isinstance(v, str) and v), "")
        )
    return text_value(value)


def _text(value: Any, language: str = "fi") -> str:
    """Hypertext as plain text: a string, or ``{fi, sv, en}`` (the wanted language first)."""
    return markup_text(_localised(value, language))


class SixAikaReader(Reader):
    """6Aika Open Decision API JSON: events, actions (with contents), cases, functions."""

    name = "6aika"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        text = head.decode("utf-8", "replace")
        if '"start_date"' in text and '"organization"' in text and '"actions"' in text:
            return True  # an Event: its actions and organization may be given only as addresses
        return sum(
            f'"{key}"' in text
            for key in (
                "article_number",
                "register_id",
                "resolution",
                "hypertext",
                "function_id",
                "proposal_identifier",
            )
        ) >= 1 and (
            '"article_number"' in text
            or '"register_id"' in text
            or '"hypertext"' in text
            or '"function_id"' in text
        )

    def read(self, data: bytes, path: Path) -> list[Document]:
        parsed, text = load_json(data, path)
        self._path, self._text = path, text
        self._after = 0
        objects = self._flatten(parsed)
        if not objects:
            raise ParseError("no 6Aika objects (events, actions, cases) in this file", source=f"{path}:1")
        self._index: dict[str, dict[str, Any]] = {}
        for obj in objects:
            for key in ("url", "id", "iri"):
                if obj.get(key) not in (None, ""):
                    self._index[str(obj[key])] = obj
        events = [o for o in objects if "start_date" in o and ("actions" in o or "name" in o)]
        actions = [o for o in objects if any(k in o for k in _ACTION_KEYS) or "contents" in o]
        if not events and not actions:
            raise ParseError(
                "this 6Aika file holds no event or action (cases and functions alone describe no meeting)",
                source=f"{path}:1",
                hint="read the actions or events that refer to them",
            )
        documents: list[Document] = []
        used: set[int] = set()
        for event in events:
            mine = [self._resolve(a) for a in list_value(event.get("actions"))]
            mine = [a for a in mine if isinstance(a, dict)]
            event_refs = {str(event.get(k)) for k in ("url", "id") if event.get(k) is not None}
            mine += [a for a in actions if str(a.get("event")) in event_refs and a not in mine]
            used.update(id(a) for a in mine)
            documents.append(self._document(event, mine, data))
        rest = [a for a in actions if id(a) not in used]
        if rest:
            groups: dict[str, list[dict[str, Any]]] = {}
            for action in rest:
                groups.setdefault(str(action.get("event")), []).append(action)
            for ref, group in groups.items():
                found = self._index.get(ref) if ref != "None" else None
                documents.append(self._document(found if isinstance(found, dict) else None, group, data))
        return documents

    def _flatten(self, parsed: Any) -> list[dict[str, Any]]:
        if isinstance(parsed, dict) and not any(
            k in parsed for k in ("id", "url", "title", "name", *_ACTION_KEYS, "register_id")
        ):
            lists = [v for v in parsed.values() if isinstance(v, list)]
            parsed = [x for v in lists for x in v]
        if isinstance(parsed, dict):
            parsed = [parsed]
        if not isinstance(parsed, list) or not all(isinstance(x, dict) for x in parsed):
            raise ParseError(
                "expected 6Aika API objects (an object, a list or a results page)", source=f"{self._path}:1"
            )
        out: list[dict[str, Any]] = []
        for obj in parsed:
            out.append(obj)
            for key in ("actions", "cases", "functions"):
                out.extend(x for x in list_value(obj.get(key)) if isinstance(x, dict))
        return out

    def _resolve(self, ref: Any) -> Any:
        if isinstance(ref, str | int) and str(ref) in self._index:
            return self._index[str(ref)]
        return ref

    def _line(self, key: str, value: Any) -> Span:
        """The line of ``"key": value`` when the value is a scalar found in the text, else line 1."""
        import json

        m = None
        for dumped in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
            needle = re.compile(r'"' + re.escape(key) + r'"\s*:\s*' + re.escape(dumped))
            m = needle.search(self._text, self._after) or needle.search(self._text)
            if m:
                break
        if m is None:
            lines = key_lines(self._text, key)
            return span(self._path, lines[0] if len(lines) == 1 else 1)
        return span(self._path, self._text.count("\n", 0, m.start()) + 1)

    def _offset(self, line: int) -> int:
        offset = 0
        for _ in range(line - 1):
            offset = self._text.find("\n", offset) + 1
        return offset

    def _document(self, event: dict[str, Any] | None, actions: list[dict[str, Any]], data: bytes) -> Document:
        meeting = Meeting(body=Body(name=""))
        if event is not None:
            organization = self._resolve(event.get("organization"))
            if isinstance(organization, dict):
                meeting.body.name = _localised(organization.get("name"))
            meeting.date_raw = optional_text(event.get("start_date"))
            meeting.date = parse_date(meeting.date_raw or "")
            meeting.span = self._line("start_date", event.get("start_date"))
            if text_value(event.get("name")) and not meeting.body.name:
                name = re.sub(r"\s*\d{1,2}\.\d{1,2}\.\d{4}.*$", "", text_value(event["name"])).strip()
                if name.casefold() not in _GENERIC_EVENT_NAMES:
                    meeting.body.name = name
        meeting.municipality = _municipality([event, *actions])
        items = [self._item(a) for a in sorted(actions, key=lambda a: order_key(a.get("ordering")))]
        decided = any(i.decision or i.outcome or (i.number is not None) for i in items)
        document = Document(
            kind=DocumentKind.MINUTES if decided else DocumentKind.AGENDA,
            meeting=meeting,
            items=items,
            source=source_for(self._path, data, self.name),
        )
        if event is not None:
            for key in (
                "name",
                "description",
                "location",
                "id",
                "url",
                "origin_id",
                "data_source",
                "end_date",
            ):
                if event.get(key) not in (None, ""):
                    document.sections.append(
                        Section("generic", f"event/{key}", str(event[key]), self._line(key, event[key]))
                    )
        return document

    def _item(self, action: dict[str, Any]) -> Item:
        self._after = 0
        where = self._line("title", action.get("title")) if action.get("title") else span(self._path, 1)
        self._after = self._offset(where.line)
        number = optional_text(action.get("article_number"))
        ordering = action.get("ordering")
        item = Item(
            number=number,
            number_raw=number,
            title=_localised(action.get("title")),
            agenda_number=text_value(ordering) if isinstance(ordering, str) or is_number(ordering) else None,
            span=where,
        )
        item.spans["title"] = where
        item.url = _address(action.get("url")) or _address(action.get("id"))
        proposal_identifier = text_value(action.get("proposal_identifier"))
        if proposal_identifier:
            item.sections.append(Section("generic", "proposal_identifier", proposal_identifier, where))
        case = self._resolve(action.get("case"))
        if isinstance(case, dict):
            item.case = self._case(case)
        elif text_value(case):
            item.sections.append(Section("generic", "case", text_value(case), where))
        resolution = text_value(action.get("resolution"))
        if resolution:
            item.outcome = RESOLUTIONS.get(resolution.casefold())
            item.sections.append(
                Section("generic", "resolution", resolution, self._line("resolution", action["resolution"]))
            )
        for content in sorted(
            (c for c in list_value(action.get("contents") or action.get("content")) if isinstance(c, dict)),
            key=lambda c: order_key(c.get("ordering"), missing=(0, 0, "")),
        ):
            self._content(content, item)
        for raw in list_value(action.get("attachments")):
            attachment = self._resolve(raw)
            if isinstance(attachment, dict):
                item.attachments.append(self._attachment(attachment))
        for vote in list_value(action.get("votes")):
            if isinstance(vote, dict):
                item.votes.append(self._vote(vote))
        if item.decision and item.outcome is None:
            item.outcome, item.unanimous = classify_outcome(item.decision)
        elif item.decision:
            item.unanimous = classify_outcome(item.decision)[1]
        return item

    def _case(self, case: dict[str, Any]) -> Case:
        function = self._resolve(case.get("function"))
        task_class = None
        if isinstance(function, dict):
            task_class = optional_text(function.get("function_id"))
        elif isinstance(function, str) and re.match(r"^\d{2}(?:[ .]\d{2})+$", function):
            task_class = function
        register_id = text_value(case.get("register_id"))
        where = self._line("register_id", case.get("register_id")) if register_id else span(self._path, 1)
        title = case.get("title")
        return Case(
            diary_number=parse_diary_number(register_id, task_class=task_class, span=where)
            if register_id
            else None,
            title=_text(title) if title else None,
            span=where,
        )

    def _content(self, content: dict[str, Any], item: Item) -> None:
        ctype = text_value(content.get("type"))
        heading = text_value(content.get("title")) or ctype
        kind = (
            CONTENT_TYPES.get(ctype.casefold())
            or classify_heading(ctype)
            or classify_heading(heading)
            or _contact_kind(heading)
            or "generic"
        )
        hypertext = content.get("hypertext")
        text = _text(hypertext, item.language)
        where = self._line("type", content.get("type")) if ctype else span(self._path, 1)
        item.sections.append(Section(kind, heading, text, where))
        if isinstance(hypertext, dict):
            # the other languages are kept beside it, marked with their language code
            for language, other in hypertext.items():
                if language != item.language and isinstance(other, str) and other.strip():
                    item.sections.append(Section("generic", f"{heading} [{language}]", _text(other), where))
        if kind == "proposal":
            item.proposal = f"{item.proposal}\n\n{text}" if item.proposal else text
        elif kind == "decision":
            item.decision = f"{item.decision}\n\n{text}" if item.decision else text
        elif kind == "reasons":
            item.reasons = f"{item.reasons}\n\n{text}" if item.reasons else text
        elif kind == "summary":
            item.summary = text
        elif kind == "handling":
            item.handling = text
        elif kind == "presenter":
            item.presenter = parse_person(text.replace("\n", ", "), where)
        elif kind == "preparers":
            item.preparers.extend(parse_people(text.splitlines(), where))
        elif kind == "appeal":
            info = appeal_info(heading, text, where)
            if info:
                item.appeal.append(info)

    def _attachment(self, attachment: dict[str, Any]) -> Attachment:
        public = attachment.get("public")
        number = attachment.get("number")
        return Attachment(
            title=text_value(attachment.get("name"))
            or text_value(attachment.get("file"))
            or text_value(attachment.get("id")),
            number=text_value(number) if isinstance(number, str) or is_number(number) else None,
            public=public is not False and str(public).casefold() != "false",
            confidentiality_ground=optional_text(attachment.get("confidentiality_reason")),
            url=optional_text(attachment.get("file")) or optional_text(attachment.get("url")),
            span=self._line("name", attachment["name"])
            if attachment.get("name")
            else self._line("id", attachment.get("id")),
        )

    def _vote(self, vote: dict[str, Any]) -> VoteEvent:
        event = VoteEvent(result=optional_text(vote.get("result")))
        options = {"yes": "yes", "no": "no", "blank": "blank", "absent": "absent", "abstain": "blank"}
        for count in list_value(vote.get("counts")):
            if isinstance(count, dict) and str(count.get("option", "")).casefold() in options:
                setattr(event, options[str(count["option"]).casefold()], count_value(count.get("value")))
        return event


def _address(value: Any) -> str | None:
    """``value`` when it is a web address (an object's ``url``, or an ``id`` given as one)."""
    return value if isinstance(value, str) and re.match(r"^https?://", value) else None


def _contact_kind(heading: str) -> str | None:
    """``Lisätietoja päätöksestä`` / ``Yhteystiedot``: the contact note names the preparers."""
    folded = heading.strip().casefold()
    return "preparers" if folded.startswith("lisätietoja") or "yhteystied" in folded else None


def _municipality(objects: list[dict[str, Any] | None]) -> Municipality | None:
    """The municipality the objects' addresses (``decisions.tampere.fi``) or data source name."""
    present = [o for o in objects if isinstance(o, dict)]
    for obj in present:
        for key in ("url", "id", "event", "organization", "case"):
            value = obj.get(key)
            found = municipality_from_host(value) if isinstance(value, str) else None
            if found is not None:
                return found
    for obj in present:
        source = obj.get("data_source")
        if isinstance(source, str) and source:
            found = municipality_for(source.split("_")[0])
            if found is not None:
                return found
    return None
