"""Handling marks (``Valt 18.03.2024 § 24``): the page's own handling and the earlier handlings it
reprints, each with its parts.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from paatosdata.diary import parse_diary_number
from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import Case, DecisionReference, Item, Meeting, Section, Span
from paatosdata.parse.dynasty10.head import BODY_DATE
from paatosdata.parse.dynasty10.page import Page, Paragraph, dnro_paragraph
from paatosdata.parse.dynasty10.parts import BODY_PROPOSES
from paatosdata.parse.dynasty10.sections import parts as _parts
from paatosdata.parse.dynasty10.text import DATE_ONLY, SECTION_NUMBER

#: ``Valt 18.03.2024 § 24``; Kuopio 2015 prints the number before the sign (``… 29.4.2014 47 §``); a
#: handling behind closed doors names its body after ``S/`` (``S/Kunnanhallitus salainen 31.10.2017 § 6``)
#: Perho prints the number before the date (``Khall  § 103  14.04.2025``), Heinola the abbreviation in lower
#: case (``khall 27.11.2023 § 249``), Loviisa the number and the date apart by a slash
#: (``KV § 49/20.10.2021``), a company's board its name's genitive (``Liikuntakeskus Oy:n hallitus``),
#: Sipoo the body's full name, bilingual, between the number and the date
#: (``SIVVLK § 68 Sivistysvaliokunta / Bildningsutskottet 27.11.2017``). The body's name ends on a
#: non-space, so that a long run of spaces is read in linear time. A cross-reference in running text
#: (``ks. 12.3.2024 § 45``, ``päätös 12.3.2024 § 45``) names no body.
_NOT_A_BODY = r"(?:ks|vrt|liite|päätös|käsitelty|jfr|se|katso)"
HANDLING = re.compile(
    r"^(?P<body>[A-ZÅÄÖ](?:[\wåäö./-]| +(?=\S)|:(?=[a-zåäö]))*?"
    r"|(?!" + _NOT_A_BODY + r"\b)[a-zåäö][\wåäö.]{1,15})\s+"
    r"(?:§\s*(?P<number_ahead>\d+)(?:\s+[A-ZÅÄÖ][\w-]*(?: (?:/ )?[\w-]+){0,5})?(?:\s+|\s*/\s*))?"
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?(number_ahead)|\s*,?\s*(?:§\s*(?P<number>\d+)|(?P<number_first>\d+)\s*§))$"
)
#: an earlier handling's mark run into the text it opens (``LUPJ 14.06.2021 § 59 Juhlatalon toiminnasta …``):
#: the body as one word, its date and number opening the paragraph and a capitalised word after them; a
#: sentence citing a decision goes on in lower case (``Valtuuston 11.12.2017 § 223 hyväksymän …``)
_GLUED_HANDLING = re.compile(
    r"^(?P<mark>(?!(?i:" + _NOT_A_BODY + r")\b)[A-ZÅÄÖ][\wåäö./-]{0,30}\s+\d{1,2}\.\d{1,2}\.\d{4}"
    r"\s*(?:§\s*\d+|\d+\s*§))[ \t]+(?=[A-ZÅÄÖ][\wåäö-])"
)


#: an agenda's own handling mark by the body's abbreviation in lower case and the date (``vamneu 18.08.2025``)
_LOWER_MARK = re.compile(
    r"^(?!" + _NOT_A_BODY + r"\b)[a-zåäö][a-zåäö.]{1,11}\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$"
)


#: the page's own handling marked by the body's abbreviation and the number only: ``TEKNLTK § 35``
UNDATED_MARK = re.compile(r"^[A-ZÅÄÖ][\wåäö.]{1,15}\s+§\s*(?P<number>\d+)$")


def earlier_handlings(paragraphs: list[Paragraph], item: Item, path: Path) -> list[Section]:
    """Earlier handlings printed before the item's own (on older pages, each under its dnro and a line such
    as ``KHALL 03.03.2003 § 101``, with its proposal and decision): history, not the item's parts. The
    first paragraph that is only a dnro is the case's; each handling line names an earlier decision."""
    lines: list[str] = []
    start: Span | None = None
    for paragraph in paragraphs:
        here = Span(str(path), paragraph.line)
        dnro = dnro_paragraph(paragraph.text) if item.case is None and not lines else None
        if dnro is not None:
            item.case = Case(diary_number=parse_diary_number(dnro[0], span=here), title=dnro[1], span=here)
            item.case.title = item.case.title or item.title or None
            continue
        for offset, line in enumerate(paragraph.text.split("\n")):
            m = HANDLING.match(line)
            when = parse_date(m.group("date")) if m is not None else None
            number = handling_number(m) if m is not None else None
            if m is not None and not any(ref.date == when and ref.section == number for ref in item.history):
                span = Span(str(path), paragraph.line + offset)
                item.history.append(
                    DecisionReference(raw=line, body=m.group("body"), date=when, section=number, span=span)
                )
        lines.append(paragraph.text)
        start = start or here
    return [Section("history", "", "\n\n".join(lines), start)] if lines else []


def is_earlier_handling(text: str) -> bool:
    """True when a line of ``text`` names a handling by its body, date and number (``KHALL 03.03.2003 §
    101``)."""
    return any(HANDLING.match(line) for line in text.split("\n"))


def is_mark(text: str) -> bool:
    """A handling line (``Kh 12.02.2024 § 44``, ``vamneu 18.08.2025``, ``SIVLTK § 60``) or ``§ 8`` alone."""
    return any(mark.match(text) for mark in (HANDLING, BODY_DATE, _LOWER_MARK, UNDATED_MARK, SECTION_NUMBER))


def handling(item: Item, m: re.Match[str], meeting: Meeting, own: str | None, span: Span) -> bool:
    """Record a handling line naming another meeting as history; True when it names this page's own."""
    when = parse_date(m.group("date"))
    number = handling_number(m)
    if when == meeting.date and (own is None or number == own):
        return True
    if not any(ref.date == when and ref.section == number for ref in item.history):
        item.history.append(
            DecisionReference(raw=m.group(0), body=m.group("body"), date=when, section=number, span=span)
        )
    return False


def handling_number(m: re.Match[str]) -> str:
    """The number a handling line gives, wherever it stands (``§ 24``, ``47 §``, ``§ 103`` before a date)."""
    return m.group("number") or m.group("number_first") or m.group("number_ahead")


def sections(
    paragraphs: list[Paragraph], item: Item, meeting: Meeting, own: str | None, page: Page
) -> list[Section]:
    """The parts after the title. A handling line opens a handling: the page's own is read into parts,
    an earlier one is kept whole as history text. When the page's own is not printed (a page cut
    short), the last handling printed is read as the item's."""
    paragraphs = _without_own_mark(_glued_marks_apart(paragraphs), meeting, own)
    marks: list[int] = []
    own_at: int | None = None
    unnumbered = _unnumbered_earlier(paragraphs, meeting)
    for index, paragraph in enumerate(paragraphs):
        if index == unnumbered:
            marks.append(index)
            _unnumbered_handling(item, paragraph.text, Span(str(page.path), paragraph.line))
            continue
        m = HANDLING.match(paragraph.text)
        if m is None and marks and own_at is None and _own_unnumbered(paragraph, meeting):
            marks.append(index)  # ``Yhtymäkokous 17.06.2025`` after the board's handling: the agenda's own
            own_at = index
            continue
        if m is None:
            continue
        marks.append(index)
        if handling(item, m, meeting, own, Span(str(page.path), paragraph.line)):
            own_at = index
    if not marks:
        return _parts(paragraphs, item, page, meeting.body.name)
    last = HANDLING.match(paragraphs[marks[-1]].text)
    if (
        own_at is None
        and last is not None
        and meeting.date
        and parse_date(last.group("date")) == meeting.date
    ):
        # the last handling is of this meeting's date though its number is another (``KH 22.02.2022 §
        # 214`` on § 19's page): the page's own, not an earlier decision
        own_at = marks[-1]
        item.history = [ref for ref in item.history if ref.raw != last.group(0)]
    read_at = own_at if own_at is not None else _oldest(paragraphs, marks)
    sections = _parts(paragraphs[: marks[0]], item, page, meeting.body.name)
    own_start = len(sections)
    for start, end in zip(marks, [*marks[1:], len(paragraphs)], strict=True):
        segment = paragraphs[start + 1 : end]
        span = Span(str(page.path), paragraphs[start].line)
        if start == read_at and own_at is None:
            parts = _parts(segment, item, page, meeting.body.name, own=False)
            parts = _others_proposal_as_history(parts, meeting.body.name, paragraphs[start].text)
            if len(marks) > 1:  # the case went on to later handlings: what this one decided is its own
                parts = _decided_earlier(parts, item, paragraphs[start].text)
            sections.extend(parts)
        elif start == read_at:
            own_start = len(sections)
            sections.extend(_parts(segment, item, page, meeting.body.name))
        else:
            text = "\n".join(p.text for p in segment)
            sections.append(Section("history", paragraphs[start].text, text, span))
    if own_at is not None:
        bounds = zip(marks, [*marks[1:], len(paragraphs)], strict=True)
        others = [(start, end) for start, end in bounds if start != own_at]
        borrowed = _matter_from_earlier(sections, paragraphs, others, page, meeting)
        sections[own_start:own_start] = borrowed
    return sections


def _glued_marks_apart(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A paragraph opened by a handling's mark run into its text (``LUPJ 14.06.2021 § 59 Juhlatalon …``)
    as two: the mark, read as a handling line on its own, and the text under it. A decision history's
    label with its marks beside it (``Päätöshistoria      Lautakunta 17.10.2026 § 54``, a side heading put
    on a line of its own) is the label and a paragraph a mark."""
    apart: list[Paragraph] = []
    for paragraph in paragraphs:
        label, _, marks = paragraph.text.partition("\n")
        ends_as_mark = marks[-1:].isdigit() or marks.endswith("§")  # the cheapest test first
        if (
            ends_as_mark
            and all(map(HANDLING.match, marks.split("\n")))
            and classify_heading(label) == "history"
        ):
            apart.append(Paragraph(label, paragraph.line))
            apart.extend(Paragraph(mark, paragraph.line) for mark in marks.split("\n"))
            continue
        m = None if paragraph.row else _GLUED_HANDLING.match(paragraph.text)
        if m is None or not HANDLING.match(m.group("mark")):
            apart.append(paragraph)
            continue
        apart.append(Paragraph(m.group("mark"), paragraph.line))
        apart.append(Paragraph(paragraph.text[m.end() :], paragraph.line))
    return apart


def _matter_from_earlier(
    sections: list[Section],
    paragraphs: list[Paragraph],
    others: list[tuple[int, int]],
    page: Page,
    meeting: Meeting,
) -> list[Section]:
    """The preparers and the presentation of the matter when the page's own handling prints neither (a
    council's handling that gives only the board's proposal and its decision): those of the latest
    earlier handling that has them, each looked for on its own, as the other readers take them. Of the
    ``others`` handlings printed on the page, one dated after the meeting (a later handling of the case)
    lends nothing; one without a date counts as the oldest. What a handling proposed and decided stays its
    own, in its history."""
    wanted = {
        kind
        for kind in ("preparers", "reasons")
        if not any(section.kind == kind and section.text.strip() for section in sections)
    }
    dated = []
    for start, end in others:
        m = HANDLING.match(paragraphs[start].text) or BODY_DATE.match(paragraphs[start].text)
        when = parse_date(m.group("date")) if m is not None else None
        if when is not None and meeting.date is not None and when > meeting.date:
            continue  # a later handling of the case
        dated.append((when or date.min, start, end))
    borrowed: list[Section] = []
    for _when, start, end in sorted(dated, reverse=True):
        if not wanted:
            break
        parts = _parts(
            paragraphs[start + 1 : end], Item(number=None, title=""), page, meeting.body.name, own=False
        )
        presentation = _presentation(parts)
        found = {part.kind for part in presentation if part.kind in wanted and part.text.strip()}
        borrowed.extend(part for part in presentation if part.kind in found and part.text.strip())
        wanted -= found
    return borrowed


def _presentation(parts: list[Section]) -> list[Section]:
    """The parts of an earlier handling that present the matter: those before its proposal; or, when the
    handling opens with its proposal and decision (``Päätösehdotus …`` / ``Päätös …`` / ``Selostus …`` /
    ``Valmistelija …``), those printed after them."""
    at = 0
    while at < len(parts) and parts[at].kind in ("proposal", "decision", "handling"):
        at += 1
    if at and parts[0].kind == "proposal":
        parts = parts[at:]
    presentation = []
    for part in parts:
        if part.kind in ("proposal", "decision"):
            break
        presentation.append(part)
    return presentation


def _unnumbered_earlier(paragraphs: list[Paragraph], meeting: Meeting) -> int | None:
    """Where an earlier handling printed without its number opens the text (``Kaupunginhallitus
    02.11.2021`` on the council's page): a ``Body dd.mm.yyyy`` line of a date before the meeting's,
    among the first paragraphs and before any numbered handling line. Further down such a line is the
    text's own (a quoted letter's ``Esimerkkilässä 1.9.2026``)."""
    for index, paragraph in enumerate(paragraphs[:3]):
        if paragraph.row or HANDLING.match(paragraph.text):
            return None
        m = BODY_DATE.match(paragraph.text)
        when = parse_date(m.group("date")) if m is not None and len(m.group("body")) <= 60 else None
        if when is not None and meeting.date is not None and when < meeting.date:
            return index
    return None


def _own_unnumbered(paragraph: Paragraph, meeting: Meeting) -> bool:
    """True for the page's own handling printed without a number below an earlier one (an agenda's
    ``Yhtymäkokous 17.06.2025`` after the board's ``Hallitus 22.05.2025 § 42``): the meeting's body by its
    name and the meeting's date, alone on the line."""
    m = None if paragraph.row else BODY_DATE.match(paragraph.text)
    return (
        m is not None
        and meeting.date is not None
        and _names_body(m.group("body"), meeting.body.name)
        and parse_date(m.group("date")) == meeting.date
    )


def _names_body(printed: str, body: str) -> bool:
    """True when ``printed`` is the body's name or its one-word abbreviation: the name's first letter, then
    some of its letters in order (``Khall`` of ``Kunnanhallitus``, ``Teknltk`` of ``Tekninen lautakunta``)."""
    short, name = printed.casefold(), body.casefold()
    if short == name:
        return True
    if " " in short or not 3 <= len(short) <= 12 or len(short) >= len(name) or short[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in short[1:])


def _unnumbered_handling(item: Item, text: str, span: Span) -> None:
    """Record an earlier handling printed as ``Body dd.mm.yyyy``: history with no number."""
    m = BODY_DATE.match(text)
    if m is not None:
        ref = DecisionReference(raw=text, body=m.group("body"), date=parse_date(m.group("date")), span=span)
        item.history.append(ref)


def _oldest(paragraphs: list[Paragraph], marks: list[int]) -> int:
    """The mark of the oldest handling printed (the last of equal dates): the one that presents the case,
    whichever order the page prints the chain in."""
    dated = []
    for index in marks:
        m = HANDLING.match(paragraphs[index].text) or BODY_DATE.match(paragraphs[index].text)
        when = parse_date(m.group("date")) if m is not None else None
        dated.append((when or date.max, -index))
    return -min(dated)[1]


def _others_proposal_as_history(sections: list[Section], body: str, mark: str) -> list[Section]:
    """The parts of the last handling printed on a page cut before its own: a proposal another body makes
    (``Tekninen lautakunta päättää esittää kunnanhallitukselle …`` on the board's page) and the parts
    after it are that body's handling, kept as history under its mark, not the item's proposal and
    decision. The presentation before it stays the item's."""
    for index, section in enumerate(sections):
        m = BODY_PROPOSES.match(section.text) if section.kind == "proposal" else None
        if m is not None and body and m.group("body").casefold() != body.casefold():
            text = "\n".join(f"{s.heading} {s.text}".strip() for s in sections[index:])
            return [*sections[:index], Section("history", mark, text, section.span)]
    return sections


def _decided_earlier(sections: list[Section], item: Item, mark: str) -> list[Section]:
    """The parts of the oldest handling read for a page cut before its own, when later handlings follow
    it: a decision there (``Päätös Hyväksyttiin``) is that meeting's, and so are the presenter and the
    proposal it decided; they are kept as history under its mark, not the item's. The presentation
    before them stays the item's. (With no later handling printed, the page ends inside the one
    handling, and its parts are read as the item's.)"""
    at = next((index for index, section in enumerate(sections) if section.kind == "decision"), None)
    if at is None:
        return sections
    while at > 0 and sections[at - 1].kind in ("presenter", "proposal"):
        at -= 1
    earlier = sections[at:]
    if any(
        section.kind == "presenter" and section.span == item.spans.get("presenter") for section in earlier
    ):
        item.presenter = None
        del item.spans["presenter"]
    text = "\n".join(f"{section.heading} {section.text}".strip() for section in earlier)
    return [*sections[:at], Section("history", mark, text, earlier[0].span)]


def _without_own_mark(paragraphs: list[Paragraph], meeting: Meeting, own: str | None) -> list[Paragraph]:
    """Without the page's own handling printed before the text with no number (an agenda's
    ``Kyliennk 02.03.2026`` or ``vamneu 18.08.2025``, the abbreviated body and this meeting's date) or with
    no date (``TEKNLTK § 35``, the abbreviated body and the header's own number, perhaps with this
    meeting's date on the next line): a mark, not text."""
    for index, paragraph in enumerate(paragraphs[:3]):
        m = None if paragraph.row else BODY_DATE.match(paragraph.text) or _LOWER_MARK.match(paragraph.text)
        if m is not None and meeting.date is not None and parse_date(m.group("date")) == meeting.date:
            return paragraphs[:index] + paragraphs[index + 1 :]
        first, _, rest = paragraph.text.partition("\n")
        mark = None if paragraph.row or own is None else UNDATED_MARK.match(first)
        if mark is not None and mark.group("number") == own:
            if DATE_ONLY.match(rest.strip()) and parse_date(rest.strip()) == meeting.date:
                rest = ""  # the mark's date on a line of its own (``YhtHall § 36`` / ``3.3.2010``)
            if rest:
                return [*paragraphs[:index], Paragraph(rest, paragraph.line + 1), *paragraphs[index + 1 :]]
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs
