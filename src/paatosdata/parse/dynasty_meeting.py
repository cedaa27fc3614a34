"""What a Dynasty meeting page gives besides its items, and the pages that are no meeting: a person present
(name, role, the notes of arriving and leaving) from a row of the people present, and the error for the
lists of bodies (``TELIMET``) and of one body's meetings (``TELIN-…``), which name no item.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml.html import HtmlElement

from paatosdata.errors import ParseError
from paatosdata.model import Participant, Person, Span
from paatosdata.parse.dynasty_blocks import first_match
from paatosdata.parse.htmlsafe import element_text

_ROLES = (
    "puheenjohtaja",
    "varapuheenjohtaja",
    "sihteeri",
    "pöytäkirjanpitäjä",
    "esittelijä",
    "varajäsen",
    "jäsen",
)
_PRESENCE = re.compile(r"\b(?:saapui|poistui|kom|avlägsnade)\b", re.I)


def present_person(mode: str, cells: list[str], span: Span) -> Participant:
    """A person present: ``Name, role, saapui …`` or ``Name | title, note``."""
    parts = [p.strip() for cell in cells for p in cell.split(",") if p.strip()]
    name = parts[0] if parts else ""
    rest = parts[1:]
    notes = [p for p in rest if _PRESENCE.search(p)]
    others = [p for p in rest if p not in notes]
    role = "jäsen" if "jäsenet" in mode else "muu"
    title: str | None = None
    if others and others[-1].casefold() in _ROLES:
        role = others.pop().casefold()
    if others:
        title = ", ".join(others)
    person = Person(name=name, title=title, span=span)
    return Participant(person=person, role=role, note="; ".join(notes) or None, span=span)


def listing_error(root: HtmlElement, path: Path) -> ParseError:
    """The error for Dynasty's lists of bodies (``TELIMET``) and of one body's meetings (``TELIN-…``):
    they name no item, so there is nothing to read as minutes; the pages they link to are the documents."""
    label = first_match(root, "//label[contains(concat(' ', @class, ' '), ' h3 ')]")
    lines = [line.strip() for line in (element_text(label) if label is not None else "").split("\n")]
    named = [line for line in lines if line and line.casefold() not in ("kokouslistat", "toimielimet")]
    what = f"the meetings of {named[0]}" if named else "bodies or meetings"
    links = [a.get("href", "") for a in root.iter("a") if (a.get("href") or "").upper().endswith(".HTM")]
    meeting = next((link.rsplit("/", 1)[-1] for link in links if "TELI" not in link.upper()), None)
    return ParseError(
        f"this Dynasty page lists {what}, not the items of one meeting",
        source=str(path),
        hint=f"read the meeting pages it links to, such as {meeting}"
        if meeting
        else "read the pages it links to",
    )
