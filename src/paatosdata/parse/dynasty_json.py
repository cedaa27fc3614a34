"""Dynasty item contents as JSON: a list of ``{"order", "title", "content"}`` parts of one item.

The parts carry their heading as ``title`` and HTML as ``content``: ``Dno`` and ``functionId``
(the task class) first, then Valmistelijat / lisätiedot, Päätösehdotus (its first paragraph is the
presenter), Käsittely, Päätös, Selostus… The JSON does not name the body, the date or the item
number: a file named as the open-data API names it (``espoo_kh_170508_contents_127.json``)
supplies the municipality, body abbreviation, date and § number; otherwise the date and number stay
unknown and the municipality comes from the diary number's prefix or the staff's e-mail domain. A body
not named by the file (or an abbreviation other than ``kh``/``kv``) is taken from the item's texts
where they name it (the decision's ``Ympäristölautakunta:`` line, else the subject of the proposal).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html

from paatosdata.diary import parse_diary_number
from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.lexicon import classify_heading
from paatosdata.model import (
    Body,
    Case,
    Document,
    DocumentKind,
    Item,
    Meeting,
    Municipality,
    Person,
    Section,
    Span,
)
from paatosdata.parse.assemble import fill_item
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.handlings import apply_printed_handlings
from paatosdata.parse.htmlsafe import element_text
from paatosdata.parse.jsonvalues import order_key, text_value
from paatosdata.parse.municipalities import municipality_by_name
from paatosdata.parse.vendor_deciders import body_presented_by
from paatosdata.parse.vendor_municipalities import municipality_for, municipality_from_emails
from paatosdata.people import parse_people, parse_person

__all__ = ["DynastyJsonReader", "html_fragment_text"]

_FILE_NAME = re.compile(
    r"^(?P<city>[a-zåäö]+)_(?P<body>[a-zåäö]+)_(?P<date>\d{6})_contents_(?P<number>\d+)$", re.I
)
_DIARY_TITLES = {"dno", "dnro", "diaarinumero", "asianro"}
_CLASS_TITLES = {"functionid", "tehtäväluokka", "tehtävaluokka"}
_BLOCKS = ("p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div")


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per paragraph, list item or table row."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return " ".join(fragment.split())
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False)
    root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    lines: list[str] = []
    for element in root.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue  # the innermost blocks carry the text
        text = element_text(element)
        if text:
            lines.append(text)
    if not lines:
        lines.append(element_text(root))
    return "\n".join(lines)


class DynastyJsonReader(Reader):
    """Dynasty's item contents as JSON (``--from dynasty-json``)."""

    name = "dynasty-json"
    extensions = (".json",)

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """A JSON list whose objects have ``order``, ``title`` and ``content``."""
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        return start.startswith(b"[") and all(key in head for key in (b'"order"', b'"title"', b'"content"'))

    def read(self, data: bytes, path: Path) -> list[Document]:
        """One document with one item."""
        text = decode(data, path)
        try:
            parts = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParseError(f"invalid JSON: {exc.msg}", source=f"{path}:{exc.lineno}") from None
        if not isinstance(parts, list) or not parts or not all(_is_part(p) for p in parts):
            raise ParseError(
                "not Dynasty item contents: expected a list of objects with title and content",
                source=str(path),
            )
        lines = text.split("\n")
        municipality, body, abbreviation, meeting_date, number = _from_file_name(path)
        item = Item(number=number, title="", number_raw=f"§ {number}" if number else None)
        sections: list[Section] = []
        diary: str | None = None
        diary_span: Span | None = None
        task_class: str | None = None
        contacts: list[Person] = []
        for part in sorted(parts, key=lambda p: order_key(p.get("order", 0), missing=(0, 0, ""))):
            title = text_value(part["title"]).strip()
            content = text_value(part["content"])
            span = Span(str(path), _line_of(lines, part))
            folded = title.casefold()
            if folded in _DIARY_TITLES:
                diary, diary_span = content.strip(), span
                continue
            if folded in _CLASS_TITLES:
                task_class = content.strip()
                continue
            kind = classify_heading(title) or "generic"
            body_text = html_fragment_text(content)
            if _is_contact_title(folded):
                kind = "preparers"
                contacts.extend(parse_people(body_text.split("\n"), span))
            if kind == "proposal" and body_text:
                first, _, remainder = body_text.partition("\n")
                if _is_presenter_line(first):
                    item.presenter = parse_person(first, span)
                    item.spans["presenter"] = span
                    body_text = remainder
            sections.append(Section(kind, title, body_text, span))
        if diary:
            item.case = Case(diary_number=parse_diary_number(diary, task_class, diary_span), span=diary_span)
        fill_item(item, sections)
        if contacts:
            # the printed contact notes name the people to ask; the drafter list is the fallback
            item.preparers = contacts
        kind = DocumentKind.MINUTES if item.decision else DocumentKind.AGENDA
        if kind is DocumentKind.AGENDA and number:
            item.agenda_number, item.number, item.number_raw = number, None, None
        if not body or (abbreviation and body == abbreviation):
            body = _body_named_in(item) or body
        if not body and item.presenter is not None:
            body = body_presented_by(item.presenter.title) or body
        printed_day = apply_printed_handlings(item, body)
        meeting_date = meeting_date or printed_day
        if municipality is None:
            # no file name to tell: the diary number's prefix (``MliDno-2017-1226``), else the
            # domain of the staff's e-mail addresses (``…@mikkeli.fi``)
            prefix = item.case.diary_number.prefix if item.case and item.case.diary_number else None
            contents = " ".join(text_value(p.get("content")) for p in parts)
            municipality = municipality_for(prefix) or municipality_from_emails(contents)
        meeting = Meeting(
            body=Body(name=body, slug=slugify(body), abbreviation=abbreviation or None),
            date=meeting_date,
            municipality=municipality,
        )
        document = Document(kind=kind, meeting=meeting, items=[item])
        document.source = source_for(path, data, self.name)
        return [document]


def _is_contact_title(folded: str) -> bool:
    """``Valmistelijan yhteystiedot``, ``Lisätietoja päätöksestä``: contact notes, not the drafter list."""
    return "yhteystied" in folded or folded.startswith("lisätietoja päätök")


def _is_part(value: Any) -> bool:
    return isinstance(value, dict) and "title" in value and "content" in value


def _is_presenter_line(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 6 and not line.rstrip().endswith((".", ":", ",")) and words[-1][:1].isupper()


def _line_of(lines: list[str], part: dict[str, Any]) -> int:
    """The line where a part sits: the line holding its ``"order": n`` (one part per line)."""
    needle = re.compile(rf'"order"\s*:\s*{re.escape(json.dumps(part.get("order")))}\b')
    return next((number for number, line in enumerate(lines, 1) if needle.search(line)), 1)


def _from_file_name(path: Path) -> tuple[Municipality | None, str, str, date | None, str | None]:
    """Municipality, body, its abbreviation, date and § from ``espoo_kh_170508_contents_127``."""
    m = _FILE_NAME.match(path.stem)
    if m is None:
        return None, "", "", None, None
    abbreviation = m.group("body").casefold()
    digits = m.group("date")
    try:
        meeting_date: date | None = date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    except ValueError:
        meeting_date = None
    body = _BODIES.get(abbreviation, abbreviation)
    return municipality_by_name(m.group("city")), body, m.group("body"), meeting_date, m.group("number")


_BODY_WORD = (
    r"(?=[A-ZÅÄÖ])(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*"
    r"(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta)"
)
_DECISION_BODY = re.compile(rf"^(?P<body>{_BODY_WORD})\s*:\s*$")
_PROPOSAL_BODY = re.compile(rf"^(?P<body>{_BODY_WORD})\s+[a-zåäö]")


def _body_named_in(item: Item) -> str | None:
    """The body an item's texts name: the decision's ``Ympäristölautakunta:`` line, else the
    proposal's subject (``Ympäristölautakunta merkitsee …``)."""
    first_decision_line = (item.decision or "").strip().split("\n")[0]
    m = _DECISION_BODY.match(first_decision_line.strip())
    if m is None:
        m = _PROPOSAL_BODY.match((item.proposal or "").strip())
    return m.group("body") if m else None


#: body abbreviations used in the file names whose meaning is not in doubt
_BODIES = {"kh": "Kaupunginhallitus", "kv": "Kaupunginvaltuusto"}
