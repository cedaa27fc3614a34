"""Earlier handlings on a Dynasty item page: a row of the decision-history table (body, § and date), a
marker line opening an earlier handling (``Lautakunta 12.4.2017 § 83``) and the reference that line adds
to the item unless the table already gave it.
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_date
from paatosdata.model import DecisionReference, Item, Span

EARLIER_ROW = re.compile(r"^(?P<body>\D+?)\s+(?P<number>\d+)\s*§\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$")
HISTORY_MARKER = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö -]*?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*,?\s*§\s*(?P<number>\d+)$"
)


def add_history_reference(item: Item, marker: re.Match[str], span: Span) -> None:
    """An earlier handling named by a marker line, unless the history table already gave it."""
    when = parse_date(marker.group("date"))
    if any(ref.date == when and ref.section == marker.group("number") for ref in item.history):
        return
    item.history.append(
        DecisionReference(
            raw=marker.group(0),
            body=marker.group("body"),
            date=when,
            section=marker.group("number"),
            span=span,
        )
    )
