"""Earlier handlings of a CaseM item: the ``HistoryTopics`` property (a JSON list whose meeting days are
``/Date(…)/`` values), the § an item's texts print after an earlier handling's date, and the handlings a
description prints in full. Apart from the reader, which hands them the property and the texts it read.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from paatosdata.legal import parse_date
from paatosdata.model import DecisionReference, Item, Span
from paatosdata.parse.vendor_html import markup_text

_MS_DATE = re.compile(r"/Date\((?P<ms>-?\d+)(?:[+-]\d{4})?\)/")


def _ms_date(value: object) -> date | None:
    """The local (Finnish) day of a ``/Date(1493127000000)/`` value."""
    m = _MS_DATE.search(str(value or ""))
    if m is None:
        return None
    try:
        moment = datetime.fromtimestamp(int(m.group("ms")) / 1000, tz=UTC)
        try:
            return moment.astimezone(ZoneInfo("Europe/Helsinki")).date()
        except ZoneInfoNotFoundError:  # no time-zone data: Finnish time is UTC+2 or +3
            return (moment + timedelta(hours=2)).date()
    except (OverflowError, OSError, ValueError):  # a moment beyond what the calendar holds
        return None


def history_topics(raw: str, where: Span) -> tuple[list[DecisionReference], str]:
    """Earlier handlings from ``HistoryTopics`` (a JSON list inside the property) and their text.

    Each entry names the body (``Party``), the meeting day (``MeetingDate``), the § (``Article``,
    0 when the system did not keep it) and the texts of that handling.
    """
    try:
        entries = json.loads(raw)
    except json.JSONDecodeError:
        return [], markup_text(raw)
    if not isinstance(entries, list):
        return [], markup_text(raw)
    found: list[DecisionReference] = []
    texts: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        body = str(entry.get("Party") or "").strip() or None
        when = _ms_date(entry.get("MeetingDate"))
        article = str(entry.get("Article") or "").strip()
        section = article if article.isdigit() and article != "0" else None
        label = " ".join(
            part
            for part in (
                body,
                f"{when.day}.{when.month}.{when.year}" if when else None,
                f"§ {section}" if section else None,
            )
            if part
        )
        found.append(DecisionReference(raw=label, body=body, date=when, section=section, span=where))
        parts = [label] + [
            markup_text(str(entry.get(key) or ""))
            for key in ("Description", "DescisionProposal", "DecisionProposal", "Descision", "Decision")
        ]
        texts.append("\n\n".join(part for part in parts if part))
    return found, "\n\n".join(texts)


def number_history_from_texts(item: Item) -> None:
    """An earlier handling kept without its § takes the number the item's texts print with its date
    (``Teknisen lautakunnan päätöksessä 25.4.2017 § 57``)."""
    texts = "\n".join(t for t in (item.reasons, item.proposal) if t)
    for ref in item.history:
        if ref.section or ref.date is None:
            continue
        day = ref.date
        m = re.search(rf"\b0?{day.day}\.0?{day.month}\.{day.year}\s*,?\s*§\s*(\d+)\b", texts)
        if m:
            ref.section = m.group(1)
            ref.raw = f"{ref.raw} § {ref.section}"


_HANDLING_HEAD = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta)"
    r"(?:n [\wåäö-]+jaosto)?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*$"
)
_HANDLING_SECTION = re.compile(r"^§\s*(?P<number>\d+)\b")


def history_printed_in(text: str | None, item: Item) -> None:
    """Earlier handlings an item's description prints in full: a ``Tarkastuslautakunta 29.5.2017``
    line followed by the ``§ 42`` lines of that meeting, up to the next such line."""
    if not text:
        return
    body: str | None = None
    when: date | None = None
    for line in (raw.strip() for raw in text.splitlines()):
        head = _HANDLING_HEAD.match(line)
        if head:
            body, when = head.group("body"), parse_date(head.group("date"))
            continue
        section = _HANDLING_SECTION.match(line)
        if section and body and when:
            number = section.group("number")
            if not any(ref.date == when and ref.section == number for ref in item.history):
                raw = f"{body} {when.day}.{when.month}.{when.year} § {number}"
                span = item.spans.get("reasons")
                item.history.append(
                    DecisionReference(raw=raw, body=body, date=when, section=number, span=span)
                )
    item.history.sort(
        key=lambda ref: (
            ref.date or date.min,
            int(ref.section) if ref.section and ref.section.isdigit() else 0,
        )
    )
