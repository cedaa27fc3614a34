"""Markdown and plain-text minutes and agendas, Finnish and Swedish: one item or whole minutes.

The text is split into numbered lines; item headers (``§ 28``, ``Työllisyysaluelautakunta 07.05.2026
§ 28``, ``Pöytäkirja 20.06.2017/Pykälä 156``, ``Esityslista 29.05.2017 Asianro 4``) mark the items;
lines before the first item (and the signature/checking/publication blocks after the last) are the
cover. Every value keeps the :class:`~paatosdata.model.Span` it was read from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from paatosdata.errors import ParseError
from paatosdata.ids import slugify
from paatosdata.lexicon import classify_heading, classify_meeting_heading, match_meeting_heading_prefix
from paatosdata.model import Body, Document, DocumentKind, Item, Meeting, Municipality
from paatosdata.parse.base import Reader, decode, source_for
from paatosdata.parse.cover import Cover, parse_cover
from paatosdata.parse.guess import detect_language, guess_municipality_stated
from paatosdata.parse.headers import ItemHeader, parse_item_header
from paatosdata.parse.items import parse_item
from paatosdata.parse.lines import Line, block_span, split_lines
from paatosdata.parse.municipalities import municipality_from_host
from paatosdata.parse.proceedings import resolve_seconders

__all__ = ["TextReader", "read_text"]

_CLOSING = ("signatures", "checking", "public_view")
_URL = re.compile(r"\bhttps?://[^\s<>\"'()\[\]]+", re.IGNORECASE)


class TextReader(Reader):
    """Reads ``.md``/``.txt`` minutes, agendas and single items."""

    name = "text"
    extensions = (".md", ".markdown", ".txt")

    @classmethod
    def sniff(cls, head: bytes, path: Path) -> bool:
        """Text files by extension, or any input that does not start like markup or JSON."""
        if path.suffix.lower() in cls.extensions:
            return True
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        return bool(start) and start not in (b"<", b"{", b"[", b"%", b"@") and b"\x00" not in head

    def read(self, data: bytes, path: Path) -> list[Document]:
        """Decode and parse one file into one document."""
        text = decode(data, path)
        document = read_text(text, str(path))
        document.source = source_for(path, data, self.name)
        return [document]


@dataclass(slots=True)
class _Anchor:
    index: int  # index into the line list
    headers: list[ItemHeader]


def _anchors(lines: list[Line]) -> list[_Anchor]:
    """Item header lines, merged when one item prints its number twice, without a contents list."""
    found: list[_Anchor] = []
    previous_blank = True
    for i, line in enumerate(lines):
        if line.blank:
            previous_blank = True
            continue
        header = parse_item_header(line.text) if len(line.text) < 200 else None
        standalone = previous_blank or line.marked or (i > 0 and lines[i - 1].marked)
        previous_blank = False
        if header is None:
            continue
        if header.title and not header.title[:1].isupper():
            continue
        # "§ 5" alone on a line is an item header anywhere; words before a number ("Asia 4 …",
        # "Pykälä 28 …", "28 § …") could be a wrapped sentence, so they must stand on their own
        wordy = header.style in ("pykala", "agenda", "section-last") and header.title is not None
        if wordy and not standalone and not (found and found[-1].index == i - 1):
            continue
        found.append(_Anchor(i, [header]))
    merged: list[_Anchor] = []
    for anchor in found:
        if merged and _same_item(merged[-1], anchor, lines):
            merged[-1].headers.append(anchor.headers[0])
        else:
            merged.append(anchor)
    keys = [_key(a) for a in merged]
    return [a for n, a in enumerate(merged) if _key(a) is None or _key(a) not in keys[n + 1 :]]


def _key(anchor: _Anchor) -> str | None:
    h = anchor.headers[0]
    number = next((x.number for x in anchor.headers if x.number), None)
    agenda = next((x.agenda_number for x in anchor.headers if x.agenda_number), None)
    return f"§{number}" if number else (f"a{agenda}" if agenda else h.number_raw)


def _same_item(last: _Anchor, anchor: _Anchor, lines: list[Line]) -> bool:
    between = lines[last.index + 1 : anchor.index]
    if any(classify_heading(line.text) for line in between if not line.blank):
        return False
    if len([line for line in between if not line.blank]) > 6:
        return False
    a, b = _key(last), _key(anchor)
    return a == b or (
        last.headers[0].style == "dynasty" and anchor.headers[0].style != "dynasty" and a is not None
    )


def _title_before(lines: list[Line], anchor: _Anchor, floor: int) -> int | None:
    """The index of a Markdown title line just above a header that prints no title, if any."""
    if any(h.title for h in anchor.headers):
        return None
    j = anchor.index - 1
    while j > floor and lines[j].blank:
        j -= 1
    if j <= floor - 1 or j < 0:
        return None
    line = lines[j]
    # a meeting-page heading can be a title too: "Pöytäkirjan tarkastus" is also an item
    if line.marked and not classify_heading(line.text) and not parse_item_header(line.text):
        return j
    return None


def read_text(text: str, file: str) -> Document:
    """Parse decoded text into a :class:`Document` (spans name ``file``)."""
    lines = split_lines(text)
    if not any(not line.blank for line in lines):
        raise ParseError("the text has no content", source=file)
    anchors = _anchors(lines)
    starts: list[tuple[int, int | None]] = []  # (start index, title index)
    floor = 0
    for anchor in anchors:
        title_index = _title_before(lines, anchor, floor)
        starts.append((title_index if title_index is not None else anchor.index, title_index))
        floor = anchor.index + 1
    cover_lines = lines[: starts[0][0]] if starts else list(lines)
    trailer: list[Line] = []
    items: list[Item] = []
    headers: list[ItemHeader] = []
    for n, (anchor, (start, title_index)) in enumerate(zip(anchors, starts, strict=True)):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        if n + 1 == len(starts):
            cut = next((k for k, line in enumerate(chunk) if k > 0 and _closing(line)), None)
            if cut is not None:
                chunk, trailer = chunk[:cut], chunk[cut:]
        title_line = lines[title_index] if title_index is not None else None
        item, header = parse_item(chunk, anchor.headers, file, title_line)
        items.append(item)
        headers.append(header)
    cover = parse_cover(cover_lines, file)
    if not items and not cover.meeting_data:
        raise ParseError(
            "no item header (§ number) or meeting data found",
            source=f"{file}:{next(line.number for line in lines if not line.blank)}",
            hint="an item starts with a line such as '§ 28 Title' or 'Sivistyslautakunta 12.03.2026 § 28'",
        )
    closing = parse_cover(trailer, file) if trailer else Cover()
    return _document(text, file, cover, closing, items, headers, lines)


def _municipality(cover: Cover, text: str, file: str) -> Municipality | None:
    """The municipality the text states (a label, an e-mail domain); else the one the hosts of its
    URLs name (``https://eura.oncloudos.com/kokous/…`` of a page saved as text); else the file name's."""
    stated_text = "\n".join(x for x in (cover.municipality_line, text) if x)
    found, stated = guess_municipality_stated(stated_text, Path(file).name)
    if "://" in text and not stated:
        return _municipality_from_urls(text) or found
    return found


def _municipality_from_urls(text: str) -> Municipality | None:
    """The municipality most URLs of the text name by their host (the first of equals)."""
    named: dict[str, Municipality] = {}
    counts: Counter[str] = Counter()
    for m in _URL.finditer(text):
        found = municipality_from_host(m.group(0))
        if found is not None:
            named.setdefault(found.slug, found)
            counts[found.slug] += 1
    return named[counts.most_common(1)[0][0]] if counts else None


def _closing(line: Line) -> bool:
    if line.blank:
        return False
    kind = classify_meeting_heading(line.text)
    if kind is None:
        prefix = match_meeting_heading_prefix(line.text)
        kind = prefix.kind if prefix else None
    return kind in _CLOSING


def _document(
    text: str,
    file: str,
    cover: Cover,
    closing: Cover,
    items: list[Item],
    headers: list[ItemHeader],
    lines: list[Line],
) -> Document:
    first = headers[0] if headers else None
    body_name = cover.body or (first.body if first else None) or "tuntematon toimielin"
    body_line = next((line for line in lines if line.text.strip(" :") == body_name), None)
    body = Body(
        name=body_name,
        slug=slugify(body_name),
        abbreviation=next((h.abbreviation for h in headers if h.abbreviation), None),
        span=block_span(file, [body_line]) if body_line else None,
    )
    for line in lines:
        if first and first.body and first.body == body_name and body.span is None and first.body in line.text:
            body.span = block_span(file, [line])
    meeting = Meeting(
        body=body,
        date=cover.date or (first.date if first else None),
        date_raw=cover.date_raw or (first.date_raw if first else None),
        start=cover.start,
        end=cover.end,
        place=cover.place,
        number=cover.number,
        participants=cover.participants + closing.participants,
        span=block_span(file, lines),
    )
    meeting.municipality = _municipality(cover, text, file)
    participants = [
        p.person.name for p in meeting.participants + cover.signatures + closing.signatures if p.person.name
    ]
    for item in items:
        resolve_seconders(item.motions, participants)
    language = detect_language(text)
    for item in items:
        item.language = (
            detect_language(" ".join(s.text for s in item.sections) + " " + item.title) or language
        )
    kind_word = cover.kind or next((h.kind for h in headers if h.kind), None)
    if kind_word == "agenda":
        kind = DocumentKind.AGENDA
    elif kind_word == "minutes":
        kind = DocumentKind.MINUTES
    elif items and all(i.decision is None for i in items) and any(i.proposal for i in items):
        kind = DocumentKind.AGENDA if all(i.number is None for i in items) else DocumentKind.MINUTES
    else:
        kind = DocumentKind.MINUTES
    checked = cover.checked or closing.checked
    if checked is None and re.search(r"pöytäkirja on tarkastettu|protokollet är justerat", text, re.I):
        checked = True
    return Document(
        kind=kind,
        meeting=meeting,
        items=items,
        appeal_instructions=cover.appeal_instructions + closing.appeal_instructions,
        language=language,
        checked=checked,
        published=cover.published or closing.published,
        whole=bool(items) and cover.meeting_data,
        signatures=cover.signatures + closing.signatures,
        sections=cover.sections + closing.sections,
    )
