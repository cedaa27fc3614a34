"""The cover and closing pages of minutes: body, meeting number, time, place, who was there, signatures,
checking, publication and the appeal instructions per § range.

Every line read lands in a :class:`Section` of the document (kind from
:data:`paatosdata.lexicon.MEETING_KINDS`, or ``generic``), so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from paatosdata.legal import parse_date
from paatosdata.lexicon import ROLES, classify_heading, classify_meeting_heading, match_meeting_heading_prefix
from paatosdata.model import AppealInfo, Participant, Section
from paatosdata.parse.appeal import appeal_kind, find_section_list, parse_appeal
from paatosdata.parse.headers import looks_like_body_name, parse_meeting_time, parse_meeting_title
from paatosdata.parse.lines import Line, block_span, block_text
from paatosdata.parse.proceedings import NAME
from paatosdata.people import parse_person

__all__ = ["Cover", "parse_cover", "parse_participant"]

_CHECKED = re.compile(
    r"pöytäkirja (?:on )?tarkastettu|tarkastettu ja hyväksytty|pöytäkirjan tarkastivat|"
    r"protokollet (?:är|har) (?:justerat|granskat|justerats|granskats)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"nähtävänä|nähtäväksi|framlagt|påseende|julkaistu|yleisessä tietoverkossa", re.I)
_ROLE_SPELLINGS = sorted(((w, key) for key, words in ROLES.items() for w in words), key=lambda p: -len(p[0]))
_ROLE_RE = re.compile(
    r"(?<![\wåäö])(?P<role>" + "|".join(re.escape(w) for w, _ in _ROLE_SPELLINGS) + r")(?![\wåäö])",
    re.IGNORECASE,
)
_ROLE_KEY = {w.casefold(): key for w, key in _ROLE_SPELLINGS}
_NOTE = re.compile(r"\(([^)]*)\)|,\s*((?:saapui|poistui|anlände|avlägsnade|klo|kl\.|§)[^,]*)", re.I)


_BODY_DATE_KIND = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][^\d§|]*?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s*[-–,/]\s*(?P<kind>pöytäkirja|esityslista|protokoll|föredragningslista))?$",
    re.IGNORECASE,
)
_AGENDA_WORDS = ("esityslista", "föredragningslista")


@dataclass(slots=True)
class Cover:
    """What the lines outside items said about the meeting and the minutes."""

    body: str | None = None
    municipality_line: str | None = None
    kind: str | None = None  # "minutes" | "agenda" from the title line
    number: str | None = None
    date: dt.date | None = None
    date_raw: str | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    participants: list[Participant] = field(default_factory=list)
    signatures: list[Participant] = field(default_factory=list)
    checked: bool | None = None
    published: dt.date | None = None
    appeal_instructions: list[AppealInfo] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    meeting_data: bool = False  # a title line or a meeting heading was seen


def _role_of(text: str) -> tuple[str | None, str]:
    """The first role named in ``text`` and the text without role words."""
    m = _ROLE_RE.search(text)
    if m is None:
        return None, text
    role = _ROLE_KEY[m.group("role").casefold()]
    rest = _ROLE_RE.sub(" ", text)
    return role, re.sub(r"\s*,\s*(?:,\s*)+", ", ", rest).strip(" ,;-–")


def parse_participant(
    text: str, default_role: str, present: bool, file: str, line: Line
) -> Participant | None:
    """One participant line: ``Maija Mallikas, puheenjohtaja (poistui klo 17.05, § 30)``."""
    flat = re.sub(r"\s*\|\s*|\t|\s{2,}", ", ", text).strip(" ,")
    notes = [n for pair in _NOTE.findall(flat) for n in pair if n]
    flat = _NOTE.sub("", flat).strip(" ,")
    # "kaupunginhallituksen edustaja": whose representative is part of the title
    represents = re.search(r"\b[\wåäö:-]+(?:n|s)\s+(?:edustaja|representant)\b", flat, re.IGNORECASE)
    if represents:
        flat = (flat[: represents.start()] + flat[represents.end() :]).strip(" ,")
    role, rest = _role_of(flat)
    if represents:
        role = "edustaja"
    if not re.search(NAME, rest):
        return None
    person = parse_person(rest)
    if person.name is None or not re.fullmatch(NAME, person.name):
        return None
    if represents:
        person.title = ", ".join(t for t in (person.title, represents.group(0)) if t)
    span = block_span(file, [line])
    person.span = span
    return Participant(
        person=person,
        role=role or default_role,
        present=present,
        note=", ".join(n.strip() for n in notes) or None,
        span=span,
    )


def _segments(lines: list[Line]) -> list[tuple[str, str, str, list[Line]]]:
    """``(kind, heading, inline rest, lines)`` runs; lines before any heading get kind ``preamble``."""
    out: list[tuple[str, str, str, list[Line]]] = [("preamble", "", "", [])]
    for line in lines:
        kind = classify_meeting_heading(line.text) if not line.blank else None
        if kind:
            out.append((kind, line.text.rstrip(":"), "", [line]))
            continue
        prefix = match_meeting_heading_prefix(line.text) if not line.blank else None
        if prefix and prefix.kind in ("time", "place", "public_view", "checking"):
            out.append((prefix.kind, prefix.heading, prefix.rest, [line]))
            continue
        item_kind = classify_heading(line.text) if not line.blank else None
        if item_kind == "appeal" and out[-1][0] != "appeal":
            out.append(("appeal", line.text.rstrip(":"), "", [line]))
            continue
        out[-1][3].append(line)
    return [seg for seg in out if seg[3]]


def parse_cover(lines: list[Line], file: str) -> Cover:
    """Read the lines before the first item and after the last one."""
    cover = Cover()
    for kind, heading, rest, seg in _segments(lines):
        body_lines = seg[1:] if kind != "preamble" else seg
        text = "\n".join(x for x in (rest, block_text(body_lines)) if x)
        section_kind = kind if kind != "preamble" else "generic"
        if kind != "preamble":
            cover.meeting_data = True
        if block_text(seg):
            cover.sections.append(Section(section_kind, heading, text, block_span(file, seg)))
        if kind == "preamble":
            _preamble(cover, seg)
        elif kind == "time":
            _time(cover, text)
        elif kind == "place":
            cover.place = cover.place or next((t for t in text.splitlines() if t.strip()), None)
        elif kind in ("present", "absent", "others"):
            default = "jäsen" if kind != "others" else "muu"
            for line in body_lines:
                if not line.blank and not classify_meeting_heading(line.text):
                    p = parse_participant(line.text, default, kind != "absent", file, line)
                    if p is not None:
                        cover.participants.append(p)
        elif kind == "signatures":
            cover.signatures.extend(_signatures(body_lines, file))
        elif kind == "checking":
            for line in body_lines:
                p = (
                    None
                    if line.blank
                    else parse_participant(line.text, "pöytäkirjantarkastaja", True, file, line)
                )
                if p is not None:
                    cover.signatures.append(p)
        elif kind == "public_view":
            cover.published = cover.published or parse_date(text)
        elif kind == "appeal":
            cover.appeal_instructions.extend(_appeals(seg, file))
        if _CHECKED.search(text) or _CHECKED.search(heading):
            cover.checked = True
        if kind != "public_view" and cover.published is None and _PUBLISHED.search(text):
            for sentence in text.splitlines():
                if _PUBLISHED.search(sentence) and parse_date(sentence):
                    cover.published = parse_date(sentence)
    return cover


def _preamble(cover: Cover, lines: list[Line]) -> None:
    for line in lines:
        if line.blank:
            continue
        title = parse_meeting_title(line.text)
        if title is not None:
            cover.kind, cover.number = title.kind, cover.number or title.number
            cover.meeting_data = True
            continue
        named = _BODY_DATE_KIND.match(line.text)
        if named and cover.body is None and looks_like_body_name(named.group("body")):
            cover.body = named.group("body")
            _time(cover, named.group("date"))
            if named.group("kind"):
                cover.kind = "agenda" if named.group("kind").casefold() in _AGENDA_WORDS else "minutes"
                cover.meeting_data = True
            continue
        if cover.body is None and looks_like_body_name(line.text):
            cover.body = line.text.strip(" :")
            continue
        if re.search(r"\b(?:kaupunki|kunta|stad|kommun|hyvinvointialue|välfärdsområde)$", line.text, re.I):
            cover.municipality_line = cover.municipality_line or line.text
            continue
        number = re.match(
            r"^(?:kokous(?:numero)?|nro|n:o|sammanträde(?:snummer)?)\s*:?\s*(\d{1,3}/\d{4})$", line.text, re.I
        )
        if number:
            cover.number = cover.number or number.group(1)
            continue
        if cover.date is None and parse_date(line.text) and len(line.text) < 80:
            _time(cover, line.text)


def _time(cover: Cover, text: str) -> None:
    day, start, end = parse_meeting_time(text)
    if day and cover.date is None:
        cover.date = day
        m = re.search(r"\d{1,2}\.\d{1,2}\.\d{4}", text)
        cover.date_raw = m.group(0) if m else None
    cover.start = cover.start or start
    cover.end = cover.end or end


def _signatures(lines: list[Line], file: str) -> list[Participant]:
    """Signature blocks: ``Name, role`` lines, or a name line followed by a role line (also in columns)."""
    out: list[Participant] = []
    filled = [line for line in lines if not line.blank]
    i = 0
    while i < len(filled):
        line = filled[i]
        cells = [c for c in re.split(r"\s{2,}|\t|\s*\|\s*", line.raw.strip()) if c.strip(" |*")]
        role, rest = _role_of(line.text)
        if role and re.search(NAME, rest):
            p = parse_participant(line.text, role, True, file, line)
            if p is not None:
                out.append(p)
            i += 1
            continue
        nxt = filled[i + 1] if i + 1 < len(filled) else None
        if nxt is not None and re.search(NAME, line.text):
            next_cells = [c for c in re.split(r"\s{2,}|\t|\s*\|\s*", nxt.raw.strip()) if c.strip(" |*")]
            roles = [_role_of(c)[0] for c in next_cells]
            if roles and all(roles) and len(next_cells) == len(cells):
                for cell, cell_role in zip(cells, roles, strict=True):
                    p = parse_participant(cell.strip(" *"), cell_role or "muu", True, file, line)
                    if p is not None:
                        out.append(p)
                i += 2
                continue
        i += 1
    return out


def _appeals(lines: list[Line], file: str) -> list[AppealInfo]:
    """Split an appeal block into instructions at kind headings and at paragraphs listing § numbers."""
    body = lines[1:] if lines and classify_meeting_heading(lines[0].text) else lines
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in body:
        if line.blank:
            if current:
                paragraphs.append(current)
            current = []
        elif _is_appeal_heading(line):
            if current:
                paragraphs.append(current)
            paragraphs.append([line])
            current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    groups: list[tuple[str, list[list[Line]]]] = []
    for para in paragraphs:
        if len(para) == 1 and _is_appeal_heading(para[0]):
            groups.append((para[0].text.rstrip(":"), [para]))
            continue
        text = block_text(para)
        new = bool(find_section_list(text)) and appeal_kind(text) is not None
        if not groups or (new and find_section_list(_group_text(groups[-1]))):
            groups.append(("", [para]))
        else:
            groups[-1][1].append(para)
    out: list[AppealInfo] = []
    for heading, paras in groups:
        every = [line for para in paras for line in para]
        info = parse_appeal(heading, _group_text((heading, paras)), block_span(file, every))
        if info is not None:
            out.append(info)
    return out


def _is_appeal_heading(line: Line) -> bool:
    if classify_heading(line.text) == "appeal":
        return True
    return line.marked and len(line.text) < 80 and appeal_kind(line.text) is not None


def _group_text(group: tuple[str, list[list[Line]]]) -> str:
    heading, paras = group
    texts = [
        block_text(p) for p in paras if not (heading and len(p) == 1 and p[0].text.rstrip(":") == heading)
    ]
    return "\n\n".join(t for t in texts if t)
