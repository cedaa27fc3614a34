"""Handlings printed one after another in an item's description, each under a line naming its meeting.

A case that went through several bodies carries their texts in one description::

    Tarkastuslautakunta 17.5.2017 § 35
    … the board's text …
    ______________________________________
    Kaupunginhallitus 5.6.2017 §
    … the text of this meeting …

Each head names the body, the meeting day and the § (empty while the meeting is still to come).
The last head of the body the item belongs to opens the text of this meeting; the other heads are
earlier handlings.

>>> text = "Lautakunta 1.2.2017 § 3\\nVanha teksti.\\n____\\nKaupunginhallitus 6.3.2017 §\\nUusi teksti."
>>> split = split_handlings(text, "Kaupunginhallitus")
>>> [(h.body, h.date.isoformat(), h.section) for h in split.earlier]
[('Lautakunta', '2017-02-01', '3')]
>>> (split.current.date.isoformat(), split.current.section, split.text)
('2017-03-06', None, 'Uusi teksti.')
>>> split_handlings("Ei otsikoita.", "Kaupunginhallitus") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from paatosdata.legal import parse_date
from paatosdata.model import DecisionReference, Item

__all__ = ["Handling", "HandlingSplit", "apply_printed_handlings", "split_handlings"]

_HEAD = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"\s*,?\s*§\s*(?P<section>\d+)?\s*$"
)
_ORGAN_WORDS = ("lautakunta", "hallitus", "valtuusto", "jaosto", "johtokunta", "toimikunta")
_RULE = re.compile(r"^[_\-–—=]{5,}$")


@dataclass(slots=True)
class Handling:
    """One printed head: the body, the meeting day and the § (``None`` when left empty)."""

    body: str
    date: date
    section: str | None
    text: str = ""


@dataclass(slots=True)
class HandlingSplit:
    """The earlier handlings, the head of this meeting's handling and its text."""

    earlier: list[Handling] = field(default_factory=list)
    current: Handling | None = None
    text: str = ""


def _head(line: str) -> Handling | None:
    m = _HEAD.match(line.strip())
    if m is None:
        return None
    body = m.group("body").strip()
    when = parse_date(m.group("date"))
    if when is None or not body.split()[-1].casefold().endswith(_ORGAN_WORDS):
        return None
    return Handling(body=body, date=when, section=m.group("section"))


def split_handlings(text: str, body: str | None) -> HandlingSplit | None:
    """The handlings ``text`` prints under meeting heads, or ``None`` when it prints no such head.

    The text of this meeting is what follows the last head of ``body``; without such a head every
    printed handling is an earlier one and the text is left whole.
    """
    handlings: list[Handling] = []
    before: list[str] = []
    for line in text.splitlines():
        head = _head(line)
        if head is not None:
            handlings.append(head)
            continue
        if _RULE.match(line.strip()):
            continue
        if handlings:
            handlings[-1].text = f"{handlings[-1].text}\n{line}" if handlings[-1].text else line
        else:
            before.append(line)
    if not handlings:
        return None
    for handling in handlings:
        handling.text = handling.text.strip()
    wanted = (body or "").casefold()
    last = handlings[-1]
    if wanted and last.body.casefold() == wanted:
        return HandlingSplit(earlier=handlings[:-1], current=last, text=last.text)
    return HandlingSplit(earlier=handlings, current=None, text=text)


def apply_printed_handlings(item: Item, body: str | None) -> date | None:
    """Earlier handlings the description prints under their meeting heads become the item's history;
    the text under this body's own head is the item's reasons. The day of that head, if any."""
    split = split_handlings(item.reasons, body) if item.reasons else None
    if split is None:
        return None
    where = item.spans.get("reasons")
    for earlier in split.earlier:
        day = earlier.date
        raw = f"{earlier.body} {day.day}.{day.month}.{day.year}" + (
            f" § {earlier.section}" if earlier.section else ""
        )
        if not any(ref.date == day and ref.section == earlier.section for ref in item.history):
            item.history.append(
                DecisionReference(raw=raw, body=earlier.body, date=day, section=earlier.section, span=where)
            )
    if split.current is None:
        return None
    item.reasons = split.text or item.reasons
    return split.current.date
