"""Earlier handlings printed after the item's own parts under a label of their own (``Aikaisemmat
käsittelyt``): each under a mark naming the body and date (``Kunnanhallitus 13.11.2023``, with or without
its ``§``), with that meeting's own proposal and decision. They are the case's history, not the item's text.
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import DecisionReference, Item, Meeting, Section, Span
from paatosdata.parse.dynasty10.head import BODY_DATE
from paatosdata.parse.dynasty10.marks import HANDLING, handling_number
from paatosdata.parse.dynasty10.page import Page, Paragraph
from paatosdata.parse.dynasty10.parts import part

#: the dnro's label printed with no number after it (``Dnro``): an empty field of the page, no text
_EMPTY_DNRO = re.compile(r"^(?:dnro|dno|dnr)\.?:?$", re.IGNORECASE)


def earlier_after_own(
    paragraphs: list[Paragraph], item: Item, meeting: Meeting, page: Page
) -> tuple[list[Paragraph], list[Section]]:
    """The item's own paragraphs and, apart from them, the earlier handlings printed after its parts under
    a history label: the label ends the item's parts when a decision or a proposal stands above it. A label
    over the text (a page that prints the earlier handlings first) is left to the reading of marks."""
    at = _label_after_own(paragraphs)
    if at is None:
        return paragraphs, []
    return paragraphs[:at], _earlier(paragraphs[at:], item, meeting, page)


def _label_after_own(paragraphs: list[Paragraph]) -> int | None:
    """Where a history label (``Aikaisemmat käsittelyt``) on a line of its own follows the item's own
    decision or proposal; ``None`` when there is no such label or nothing of the item's stands above it."""
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if paragraph.row or "\n" in text or len(text) > 40 or classify_heading(text) != "history":
            continue
        own = (part(above) for above in paragraphs[:index])
        if any(found is not None and found[0] in ("decision", "proposal") for found in own):
            return index
        return None
    return None


def _earlier(paragraphs: list[Paragraph], item: Item, meeting: Meeting, page: Page) -> list[Section]:
    """The label and each handling under it as history: a mark opens a handling and is recorded as an
    earlier decision (its ``§`` when printed, none when not); the parts under it are kept whole."""
    label = paragraphs[0]
    sections: list[Section] = []
    heading, lines, span = label.text.strip(), [], Span(str(page.path), label.line)
    for paragraph in paragraphs[1:]:
        here = Span(str(page.path), paragraph.line)
        if _EMPTY_DNRO.match(paragraph.text.strip()):
            continue
        ref = _mark(paragraph.text.strip(), meeting, here)
        if ref is None:
            lines.append(paragraph.text)
            continue
        sections.append(Section("history", heading, "\n".join(lines), span))
        if not any(known.date == ref.date and known.section == ref.section for known in item.history):
            item.history.append(ref)
        heading, lines, span = ref.raw, [], here
    sections.append(Section("history", heading, "\n".join(lines), span))
    return sections


def _mark(text: str, meeting: Meeting, span: Span) -> DecisionReference | None:
    """The earlier handling a line marks: body, date and ``§`` (``Khall 13.11.2023 § 181``), or body and
    date alone (``Kunnanhallitus 13.11.2023``, no § made up), of a date before the meeting's; ``None`` for
    any other line."""
    numbered = HANDLING.match(text)
    m = numbered or BODY_DATE.match(text)
    if m is None or len(m.group("body")) > 60:
        return None
    when = parse_date(m.group("date"))
    if when is None or (meeting.date is not None and when >= meeting.date):
        return None
    number = handling_number(numbered) if numbered is not None else None
    return DecisionReference(raw=text, body=m.group("body"), date=when, section=number, span=span)
