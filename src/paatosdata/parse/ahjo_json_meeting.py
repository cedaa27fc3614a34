"""The meeting of an Ahjo record: its body, day, start, place and number, from the record's organisation,
its minutes' title, its dates and its ``MeetingID`` (:func:`split_meeting_id`).

:class:`AhjoJsonMeeting` is the part of :class:`~paatosdata.parse.ahjo_json.AhjoJsonReader` that reads it,
kept apart from the records and votes that ask for it.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from paatosdata.legal import parse_date
from paatosdata.model import Body, Meeting
from paatosdata.parse.ahjo_json_lines import AhjoJsonLines
from paatosdata.parse.jsonvalues import text_value
from paatosdata.parse.vendor_municipalities import municipality_for

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


_MINUTES_TITLE = re.compile(
    r"^(?P<body>.+?)\s+(?:viranhaltijan\s+)?(?:pöytäkirja|esityslista|protokoll|föredragningslista)\s+"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})/(?P<no>\d+)",
    re.I,
)


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


def iso_date(text: object) -> date | None:
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


class AhjoJsonMeeting(AhjoJsonLines):
    """The meeting an Ahjo record names."""

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
                meeting.date = iso_date(meeting.date_raw)
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
