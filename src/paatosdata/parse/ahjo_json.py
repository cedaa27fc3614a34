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

import re
from pathlib import Path
from typing import Any

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.model import Case, Document, DocumentKind, Item, Section
from paatosdata.parse.ahjo_json_record import AhjoJsonRecords, shown_text
from paatosdata.parse.ahjo_json_votes import _VOTE_KEYS
from paatosdata.parse.base import source_for
from paatosdata.parse.jsonvalues import list_value, optional_text, text_value
from paatosdata.parse.vendor_json import load_json

__all__ = ["AhjoJsonReader"]

#: keys that make an object a record (a decision, a proposal, an agenda item) rather than a case
_RECORD_KEYS = ("NativeId", "Type", "AgendaPoint", "AgendaItem", "Content", "HTML", "Section")
_CASE_FIELDS = {"CaseID", "CaseIDLabel", "Title", "ClassificationCode", "Records", "links"}


class AhjoJsonReader(AhjoJsonRecords):
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
            Section("generic", key, shown_text(value), self._line(key))
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
