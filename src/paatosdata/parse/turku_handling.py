"""The handlings of a Turku case: the line opening each (``Kh § 190``) and the reference it gives,
the parts of the page's own handling saved as text (signature lines, labelled parts, the presentation), and
the preparers and reasons an item takes from an earlier handling when its own names none."""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.legal import parse_date
from paatosdata.lexicon import classify_heading
from paatosdata.model import DecisionReference, Section, Span
from paatosdata.parse.turku_signers import DATE_TAIL, is_office, signers_of

__all__ = [
    "HANDLING",
    "TABLED",
    "handling_number",
    "matter_preparers",
    "matter_reasons",
    "reference_of",
    "taken_up",
    "text_handling",
]

#: the line opening a handling (``Kh § 190``, ``Kylk 12.02.2024 § 15``); the note that a tabled item is taken
#: up again (``Pöydältä 4.3.2019 § 88``) is no handling of its own but a line of the one it opens, nor is
#: an attachment whose title ends in a § (``Oheismateriaali 1Kunnanhallituksen päätös 7.6.2017 § 232``)
HANDLING = re.compile(
    r"^(?!Pöydältä\b|Från bordet\b|(?:Liite|Oheismateriaali|Bilaga)\s*\d)"
    r"(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+"
    r"(?:(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s+)?§\s*(?P<number>\d+)$"
)
TABLED = re.compile(r"^(?:Pöydältä|Från bordet)\s+(?:\d{1,2}\.\d{1,2}\.\d{4}\s+)?§\s*(?P<number>\d+)\.?$")
#: a note after the decision of the experts heard on the matter (``Asiaa oli kokouksessa selvittämässä …``,
#: ``Kokouksessa asiaa oli selvittämässä …``, ``Asiaa olivat etäyhteydellä selvittämässä …``): no part of
#: the decision
_HEARD = re.compile(
    r"^(?:(?:Kokouksessa\s+asiaa|Asiaa)\s+(?:oli|olivat)\s+(?:[a-zåäö]+\s+){0,3}?"
    r"(?:selvittämässä|esittelemässä|kuultavana)"
    r"|Asian\s+(?:aikana|käsittelyn\s+aikana)\s+kuultavana"
    # the officials who presented the matter at the meeting: ``Asian esittelivät kaupunginlakimies A B ja …``
    r"|Asian\s+esitteli(?:vät)?\s)"
)
#: a recipient under ``Jakelu`` after the code of its kind run into it: ``ilmKosonen Pentti``, even a
#: recipient named by that code's own abbreviation (``aoao. henkilö``)
_CODED_RECIPIENT = re.compile(r"^(?P<code>[a-zåäö]{2,6})(?P<recipient>(?:[A-ZÅÄÖ]|(?P=code)\.\s).*)$")
#: a label opening a line, run into its text, set apart by a colon or by one space before a capital
#: (``EhdotusLautakunta …``, ``Päätös: …``, ``Päätös Myönsin …``); a word in lower case after it is prose
_LABEL = re.compile(r"^(?P<label>Ehdotus|Päätös|Förslag|Beslut)(?:\s*:\s*|\s?(?=[A-ZÅÄÖ])|$)(?P<rest>.*)$")
#: the decision's label opening a line (``PäätösPäätin …``, ``Päätös: …``)
_DECIDES = re.compile(r"^(?:Päätös|Beslut)(?:\s*:|(?=[A-ZÅÄÖ])|\s|$)")
#: a person's name on a line of its own: two to four capitalised words
_NAME = re.compile(r"^[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+){1,3}$")


def handling_number(marker: str) -> str | None:
    """The § of a handling line such as ``Kh § 195``."""
    m = HANDLING.match(marker)
    return m.group("number") if m else None


def reference_of(marker: str, span: Span) -> DecisionReference:
    m = HANDLING.match(marker)
    if m is None:
        return DecisionReference(raw=marker, span=span)
    body = m.group("body")
    short = len(body) <= 8
    return DecisionReference(
        raw=marker,
        body_abbreviation=body if short else None,
        body=None if short else body,
        date=parse_date(m.group("date") or ""),
        section=m.group("number"),
        span=span,
    )


#: the parts of a handling that present the matter, as against its decision and what follows it
_PRESENTATION = ("preparers", "reasons", "attachments", "supplementary", "presenter", "proposal")


def taken_up(tabled: list[Section], own: list[Section]) -> list[Section]:
    """The parts of a handling that takes up a tabled item (``Pöydältä 4.3.2019 § 88``) and prints only
    its decision: the matter is decided on the presentation and proposal tabled, so those parts of the
    earlier handling open this one. A handling that prints a proposal of its own keeps its own."""
    if any(section.kind == "proposal" for section in own):
        return own
    return [section for section in tabled if section.kind in _PRESENTATION] + own


def matter_preparers(sections: list[Section], earlier: list[list[tuple[Span, str]]]) -> list[Section]:
    """The preparers of the matter when the page's own handling names none: the dated signature line
    of the latest earlier handling that has one (a council item presented by the board, or a page cut
    before its own handling), or its undated line that opens the presentation (``Titteli A B:`` over the
    reasons). An undated line right over the proposal presents that earlier handling and is left with it."""
    if any(section.kind == "preparers" for section in sections):
        return []
    for handling in reversed(earlier):
        for position, (where, text) in enumerate(handling):
            signers = signers_of(text)
            following = handling[position + 1][1] if position + 1 < len(handling) else ""
            presents = _LABEL.match(following) is not None or classify_heading(following) == "proposal"
            if signers is not None and (DATE_TAIL.search(text) or (following and not presents)):
                return [Section("preparers", "", "\n".join(signers), where)]
    return []


#: a line of the presentation naming an attachment run into its title (``Liite 1Kartta``)
_ATTACHMENT_LINE = re.compile(r"^(?:Liite|Oheismateriaali|Bilaga)\s*\d+")
#: the page's last line when the page is cut inside a heading: one word with no closing punctuation
#: (``Kaupunginhallit`` of ``Kaupunginhallituksen ehdotus``)
_CUT_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+$")


def matter_reasons(
    sections: list[Section], earlier: list[list[tuple[int, str]]], path: Path, last: str = ""
) -> list[Section]:
    """The reasons of the matter when the page's own handling gives none (it prints only its proposal and
    decision, or only attachment lines before them, or the page is cut before it): those of the latest
    earlier handling that has them, as its preparers are taken by :func:`matter_preparers`. An earlier
    handling's own note of taking the item up (``Pöydältä 4.3.2019 § 88``) or its attachment lines are no
    reasons: the search goes on further back. The page's ``last`` line, cut to a single word after the
    own handling's attachment lines (the heading of the proposal that follows them), is no reasons either."""
    own = [s for s in sections if s.kind == "reasons"]
    cut = last if _CUT_WORD.match(last) else None
    if any(
        not all(_ATTACHMENT_LINE.match(t) for t in _uncut(s.text.split("\n"), cut, s is own[-1])) for s in own
    ):
        return sections
    for handling in reversed(earlier):
        found = next(
            (s for s in text_handling(handling, path) if s.kind == "reasons" and not _only_notes(s)), None
        )
        if found is not None:
            at = next(
                (
                    i
                    for i, s in enumerate(sections)
                    if s.kind not in ("summary", "history", "generic", "preparers")
                ),
                len(sections),
            )
            return [*sections[:at], found, *sections[at:]]
    return sections


def _uncut(texts: list[str], cut: str | None, final: bool) -> list[str]:
    """The lines of a part of the presentation without the page's cut last line, when the part is the
    last and holds more lines than that one."""
    if final and cut is not None and len(texts) > 1 and texts[-1] == cut:
        return texts[:-1]
    return texts


def _only_notes(section: Section) -> bool:
    """True for a part of the presentation that holds only attachment lines and notes of taking a
    tabled item up."""
    return all(_ATTACHMENT_LINE.match(t) or TABLED.match(t) for t in section.text.split("\n"))


def text_handling(lines: list[tuple[int, str]], path: Path, office: str | None = None) -> list[Section]:
    """Parts of the page's own handling: the signature lines, labelled parts and the presentation.

    An official's decision (``office``, the official's title) may open with its preparer's line naming the
    unit and then the person, with neither title nor date and even without a colon (``Liikennesuunnittelu,
    A B``), and may close its decision with the official's name and title on lines of their own: the
    signature, no part of the decision. Its line over the decision (``Kaupunginjohtaja A B:`` over
    ``PäätösPäätin …``) names the official who decides, no presenter: the official's own decision has none.
    Any handling may open with its preparers' line of titled people without date or colon (``Titteli A B,
    titteli C D ja E F``), or with a dated line naming only the unit (``Liikelaitos 1.2.2026:``)."""
    sections: list[Section] = []
    kind, heading = "reasons", ""
    texts: list[str] = []
    span: Span | None = None
    for position, (number, text) in enumerate(lines):
        here = Span(str(path), number)
        if kind == "distribution" and (coded := _CODED_RECIPIENT.match(text)) is not None:
            span = span or here
            texts.append(f"{coded.group('recipient')} ({coded.group('code')})")
            continue
        if classify_heading(text) == "distribution":  # ``Jakelu`` on a line of its own
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "distribution", text, [], here
            continue
        if office is not None and kind == "decision" and len(texts) > 1 and is_office(text, office):
            if _NAME.match(texts[-1]):
                name = texts.pop()
                sections.append(Section(kind, heading, "\n".join(texts), span))
                sections.append(
                    Section("signatures", "", f"{name}, {text}", Span(str(path), lines[position - 1][0]))
                )
                kind, heading, texts, span = "generic", "", [], None
                continue
        if kind == "decision" and texts and _HEARD.match(text):
            sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "generic", "", [], None
        if len(text.split()) > 1 and _LABEL.match(text) is None and classify_heading(text) == "proposal":
            # a proposal headed by its body's name on a line of its own (``Stadsstyrelsens förslag``); a
            # one-word heading (``Lausuntoehdotus``) heads a draft quoted in the presentation
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            kind, heading, texts, span = "proposal", text, [], here
            continue
        label = _LABEL.match(text)
        if label is not None:
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            heading = label.group("label")
            kind, texts, span = classify_heading(heading) or "generic", [], here
            if label.group("rest").strip():
                texts.append(label.group("rest").strip())
            continue
        following = lines[position + 1][1] if position + 1 < len(lines) else ""
        before_proposal = _LABEL.match(following) is not None
        opening = office is not None and position == 0
        signers = signers_of(text, over_proposal=before_proposal, opening=opening, first=position == 0)
        if signers is not None:
            if texts:
                sections.append(Section(kind, heading, "\n".join(texts), span))
            # the line right over the proposal presents it: undated, or dated after the preparers' own line
            prepared = any(section.kind == "preparers" for section in sections)
            dated = DATE_TAIL.search(text) is not None
            role = "presenter" if before_proposal and (prepared or not dated) else "preparers"
            if role == "presenter" and office is not None and _DECIDES.match(following):
                role = "signatures"  # the line over an official's decision names the official deciding
            sections.append(Section(role, "", "\n".join(signers), here))
            kind, heading, texts, span = "reasons", "", [], None
            continue
        span = span or here
        texts.append(text)
    if texts:
        sections.append(Section(kind, heading, "\n".join(texts), span))
    return sections
