"""CaseM officer decisions (viranhaltijapäätökset) saved as text: an office holder's decision, no meeting's.

A CaseM site publishes an office holder's decisions under ``…/Viranhaltijat/{Office}/{slug}({id})`` (and
``…/content/{id}/{n}``). The page prints no meeting line: the item's heading (``§ 75 <title>``), the page's
buttons (``Lataa``), the dnro, then label and value on lines of their own — ``Päätöspäivämäärä`` and the
date, ``Päätöksen tekijä`` and the office (``Katupäällikkö``, perhaps with its unit after a comma) — and the
parts: ``Päätöksen peruste`` (the rules the office decides under), ``Kuvaus`` or ``Päätöksen perustelut``
(the reasons), ``Päätös``, ``Allekirjoitus`` (the office holder who decided, signing it) and
``Organisaatiotieto`` (the unit). Those labels, under a ``§`` heading, are what tells such a page apart.

:func:`read_officer_text` writes the lines back as the page's markup, line for line, lets the CaseM page
reader read the parts, and then reads the document as an officer's decision: the office is the deciding
body (as the Helsinki and Turku readers have it), the decision's date the date, the signer the decider.

>>> text = ("§ 4 Otsikko\\n\\nLataa\\n\\nESIDno-2026-9\\n\\nPäätöspäivämäärä\\n\\n2.3.2026\\n\\n"
...         "Päätöksen tekijä\\n\\nKatupäällikkö\\n\\nPäätös\\n\\nPäätän, että …")
>>> is_casem_officer_text(text.encode())
True
>>> header = officer_header(text.splitlines())
>>> header.office, header.date_raw, header.heading
('Katupäällikkö', '2.3.2026', 0)
>>> is_casem_officer_text(text.replace("Päätöksen tekijä", "Päättäjä").encode())
False
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import NamedTuple

from paatosdata.errors import ParseError
from paatosdata.legal import parse_date, parse_legal_references
from paatosdata.model import Document, DocumentKind, Participant
from paatosdata.parse.base import Reader, decode, source_for, span
from paatosdata.parse.casem_text import casem_heading_kind
from paatosdata.parse.vendor_municipalities import municipality_for, municipality_from_emails
from paatosdata.people import parse_person

__all__ = ["OfficerHeader", "is_casem_officer_text", "officer_header", "read_officer_text"]

#: the item's heading: ``§ 21 Title``, ``21 § Title``
_ITEM_LINE = re.compile(r"^(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§)\s+\S")
#: a label of the page's head, with its value on the same line or the next one that is not blank
_LABEL = re.compile(r"^(?P<label>Päätöspäivämäärä|Päätöksen tekijä)\s*:?(?:\s+(?P<value>\S.*))?$", re.I)
#: non-blank lines after the heading within which both labels are printed
_HEAD_WITHIN = 16
#: the page's buttons printed as a line of text (``Lataa``, ``Lataa  Kuuntele``)
_BUTTONS = re.compile(r"^(?:Lataa|Kuuntele)(?:\s+(?:Lataa|Kuuntele))*$", re.I)
#: the mark CaseM puts before a discontinued office (``Z/Terveydensuojelun esimies``): not its name
_DISCONTINUED = re.compile(r"^Z/\s*")
#: the officer page's own parts the lexicon does not list: the rules the office decides under, the
#: reasons under another wording, the decider's signature and the unit
_OFFICER_PARTS: dict[str, str] = {
    "päätöksen peruste": "legal_basis",
    "päätöksen perusteet": "legal_basis",
    "päätösperustelut": "reasons",
    "allekirjoitus": "signatures",
    "organisaatiotieto": "generic",
}


class OfficerHeader(NamedTuple):
    """The head of an officer's decision page: the heading's index, the date and the office as printed
    with the indexes of their lines, and the indexes of the head's lines (labels and values)."""

    heading: int
    date_raw: str
    date_line: int
    office: str
    office_line: int
    lines: frozenset[int]


def _part_kind(line: str) -> str | None:
    return _OFFICER_PARTS.get(" ".join(line.split()).casefold().rstrip(":"))


def officer_header(lines: list[str]) -> OfficerHeader | None:
    """The head of an officer's decision page: a ``§`` heading with both labels (``Päätöspäivämäärä``,
    ``Päätöksen tekijä``) and their values under it, else ``None``."""
    heading = next((i for i, line in enumerate(lines[:200]) if _ITEM_LINE.match(line.strip())), None)
    if heading is None:
        return None
    following = [i for i in range(heading + 1, len(lines)) if lines[i].strip()][:_HEAD_WITHIN]
    found: dict[str, tuple[str, int]] = {}
    taken: set[int] = set()
    for at, index in enumerate(following):
        m = _LABEL.match(lines[index].strip())
        if m is None or index in taken:
            continue
        label = m.group("label").casefold()
        if m.group("value"):
            value, line = m.group("value").strip(), index
        elif at + 1 < len(following):
            line = following[at + 1]
            value = lines[line].strip()
        else:
            continue
        if _LABEL.match(value) is None:
            found.setdefault(label, (value, line))
            taken.update((index, line))
    if len(found) < 2:
        return None
    (date_raw, date_line), (office, office_line) = found["päätöspäivämäärä"], found["päätöksen tekijä"]
    return OfficerHeader(heading, date_raw, date_line, office, office_line, frozenset(taken))


def is_casem_officer_text(head: bytes) -> bool:
    """True for the text of a CaseM officer's decision page: a ``§`` heading with the decision's date
    and its maker under their labels."""
    text = head.decode("utf-8", "replace")
    if text.lstrip().startswith("<"):
        return False
    return officer_header(text.splitlines()[:240]) is not None


def _as_page(lines: list[str], header: OfficerHeader) -> str:
    """The page's markup, line for line: the head's lines and the buttons are left out (the head is read
    from the text), a part's heading is a heading, every other line a paragraph."""
    out: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if index < header.heading or index in header.lines or not line or _BUTTONS.match(line):
            out.append("")
        elif index == header.heading:
            out.append(f"<h1>{escape(line)}</h1>")
        elif len(line) <= 80 and (casem_heading_kind(line) or _part_kind(line)):
            out.append(f"<h3>{escape(line)}</h3>")
        else:
            out.append(f"<p>{escape(line)}</p>")
    out[0] = f'<html lang="fi"><head><meta charset="utf-8"></head><body>{out[0]}'
    out[-1] = f"{out[-1]}</body></html>"
    return "\n".join(out)


def read_officer_text(reader: Reader, data: bytes, path: Path) -> list[Document]:
    """An officer's decision page saved as text: its parts as the CaseM page reader reads them, the office
    as the deciding body, the decision's date as the date, the signer as the decider."""
    text = decode(data, path)
    lines = text.splitlines()
    header = officer_header(lines)
    when = parse_date(header.date_raw) if header is not None else None
    if header is None or when is None:
        raise ParseError(
            "the CaseM officer decision page has no date under 'Päätöspäivämäärä'",
            source=str(path),
            hint="a page saved as text keeps the page's lines from the item's '§ N title' heading on",
        )
    [document] = reader.read(_as_page(lines, header).encode("utf-8"), path)
    document.kind = DocumentKind.OFFICER_DECISION
    document.source = source_for(path, data, reader.name)
    meeting = document.meeting
    meeting.body.name = _DISCONTINUED.sub("", header.office)
    meeting.body.span = span(path, header.office_line + 1)
    meeting.date, meeting.date_raw = when, header.date_raw
    host = re.search(r"\b[\w-]+\.cloudnc\.fi\b", text)
    # the site's host or the e-mail addresses name the municipality before the dnro's prefix, as for the
    # minutes' pages saved as text
    meeting.municipality = (
        municipality_for(host.group(0) if host else None)
        or municipality_from_emails(text)
        or meeting.municipality
    )
    [item] = document.items
    for section in item.sections:
        kind = _part_kind(section.heading) if section.kind == "generic" else None
        if kind == "legal_basis":
            section.kind = kind
            item.legal_basis_text = (
                f"{item.legal_basis_text}\n{section.text}" if item.legal_basis_text else section.text
            )
            item.legal_basis.extend(parse_legal_references(section.text, section.span))
        elif kind == "reasons" and section.text:
            section.kind = kind
            item.reasons = f"{item.reasons}\n\n{section.text}" if item.reasons else section.text
            item.legal_basis.extend(parse_legal_references(section.text, section.span))
        elif kind == "signatures" and section.text.strip():
            section.kind = kind
            # the office holder who decided: the office is the one named first (``Name, vs. office, unit``)
            person = parse_person(section.text.split("\n")[0], section.span)
            if person.title:
                person.title = person.title.split(", ")[0]
            document.signatures.append(Participant(person=person, role="päättäjä", span=section.span))
    return [document]
