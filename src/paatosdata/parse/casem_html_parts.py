"""The parts of a CaseM item page: which heading opens a part and which is a label inside a part's text
(a heading printed twice, the proposal's own label, a label repeating a part already given), and the
sub-headings and preparers' lines printed inside the reasons given back to the reasons."""

from __future__ import annotations

import re

from lxml import etree

from paatosdata.parse.casem_html_people import contact_like
from paatosdata.parse.casem_text import casem_heading_kind

__all__ = [
    "CONTACT_HEADING",
    "Part",
    "label_of_the_proposal",
    "printed_twice",
    "reasons_after_their_preparers",
    "repeated_label",
    "runs_on",
    "subheadings_of_the_reasons",
]


#: a part of the page: (kind, heading, line) and its paragraphs
Part = tuple[tuple[str, str, int], list[str]]


def reasons_after_their_preparers(parts: list[Part]) -> list[Part]:
    """Parts with the reasons a page prints after a preparers' label under its reasons heading given back to
    the reasons: ``Perustelut`` with nothing under it, then ``Valmistelu ja lisätiedot:``, the names and
    addresses on short lines, then the reasons' prose. The preparers are the short lines up to the first
    paragraph that is not one; that paragraph and those after it are the reasons. The earlier handlings
    listed the same way (``Aikaisempi käsittely``, then ``Kh 4.10.2016 § 122``) are such short lines too."""
    out: list[Part] = []
    for (kind, heading, line), texts in parts:
        previous = out[-1] if out else None
        if (
            kind not in ("preparers", "history")
            or previous is None
            or previous[0][0] != "reasons"
            or any(t.strip() for t in previous[1])
        ):
            out.append(((kind, heading, line), texts))
            continue
        names = next((i for i, text in enumerate(texts) if not contact_like(text)), len(texts))
        if names == 0 or names == len(texts):
            out.append(((kind, heading, line), texts))
            continue
        out[-1] = ((kind, heading, line), texts[:names])
        out.append((previous[0], texts[names:]))
    return out


#: kinds a heading may have when it heads a paragraph of the reasons under a reasons heading with nothing
#: under it (``Perustelut``, then ``Tiivistelmä`` or ``Selostus``)
_SUBHEADING_KINDS = {"summary", "reasons"}
#: a sentence's end followed by the next sentence
_SENTENCES = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _prose(text: str) -> bool:
    """True for a paragraph of running text (many words, more than one sentence, no e-mail address): what a
    part's text says, not the names and contacts of its preparers."""
    return len(text.split()) >= 15 and "@" not in text and _SENTENCES.search(text) is not None


def subheadings_of_the_reasons(parts: list[Part]) -> list[Part]:
    """Parts with the sub-headings printed inside the reasons given back to the reasons: a reasons heading
    with nothing under it, then a summary or reasons heading (``Perustelut``, then ``Tiivistelmä`` and its
    paragraphs) heads the reasons' first paragraphs; after the reasons, a preparers heading over running
    text (``Valmistelu``, then how the case was prepared) heads more of them. The sub-headings stay in the
    reasons' text, as printed."""
    out: list[Part] = []
    for (kind, heading, line), texts in parts:
        previous = out[-1] if out else None
        if previous is not None and previous[0][0] == "reasons":
            empty = not any(t.strip() for t in previous[1])
            opens = empty and kind in _SUBHEADING_KINDS
            goes_on = (
                not empty
                and kind == "preparers"
                and not CONTACT_HEADING.match(heading)
                and bool(texts)
                and _prose(texts[0])
            )
            if opens or goes_on:
                out[-1] = (previous[0], [*previous[1], heading, *texts])
                continue
        out.append(((kind, heading, line), texts))
    return out


#: a heading over the contacts for more information, not over the preparers (``Lisätietoja päätöksestä``,
#: ``Valmistelijan yhteystiedot``, ``Ytterligare upplysningar``)
CONTACT_HEADING = re.compile(
    r"^\s*(?:Lisätie|Valmistelijan yhteystiedot|Yhteys|Ytterligare|Upplysningar|Mer information)", re.I
)


def printed_twice(title: str, current: tuple[str, str, int] | None, texts: list[str]) -> bool:
    """True for a heading printed a second time right under itself (``Perustelut``, then ``Perustelut``
    again over the text): the page's heading and the text's own, one part."""
    if current is None or texts:
        return False
    return " ".join(title.split()).casefold().rstrip(":") == " ".join(current[1].split()).casefold().rstrip(
        ":"
    )


#: a body's proposal named by a label (``Aluehallituksen ehdotus:``, ``Lautakunnan päätösesitys:``): the
#: body's genitive, then the word for its proposal
_BODYS_LABEL = re.compile(
    r"^\s*(?P<body>[\wåäö-]*?(?P<kind>hallituksen|lautakunnan|valtuuston|jaoston|johtokunnan|toimikunnan))"
    r"\s+(?:päätös)?(?:ehdotus|esitys)\s*:\s*$",
    re.I,
)
#: the genitive of a body's kind (``Aluevaltuusto`` → ``valtuuston``), to tell the meeting's own body
_BODY_GENITIVES = {
    "hallitus": "hallituksen",
    "lautakunta": "lautakunnan",
    "valtuusto": "valtuuston",
    "jaosto": "jaoston",
    "johtokunta": "johtokunnan",
    "toimikunta": "toimikunnan",
}


def label_of_the_proposal(
    title: str,
    el: etree._Element,
    after: list[tuple[str, etree._Element, str, str]],
    body: str,
    *,
    saved: bool,
) -> bool:
    """True for a proposal's label with a colon right under the page's empty proposal heading that is
    the proposal's own first line, kept at its start: one naming another body (``Aluehallituksen
    ehdotus:`` on the council's page: the proposal the council decides on is the board's, and the label
    says so), or one whose text goes on in the same paragraph of a saved page, on the very next line
    (``Kaupunginjohtajan ehdotus:`` then ``Kaupunginhallitus toteaa …``). An office's label standing
    alone over its text (``Puheenjohtajan ehdotus:``, a blank line, the text) heads it and stays out."""
    if not title.rstrip().endswith(":") or casem_heading_kind(title) != "proposal":
        return False
    label = _BODYS_LABEL.match(title)
    if label is not None:
        words = body.casefold().split()
        own = next((g for kind, g in _BODY_GENITIVES.items() if words and words[-1].endswith(kind)), None)
        if own is None or label.group("kind").casefold() != own:
            return True
    return saved and runs_on(el, after)


def runs_on(el: etree._Element, after: list[tuple[str, etree._Element, str, str]]) -> bool:
    """True when the text goes on right after ``el`` on the very next line of a saved page, in the same
    paragraph (no blank line between): what ``el`` prints is the first line of that text."""
    if not after or after[0][0] != "text" or el.sourceline is None:
        return False
    return after[0][1].sourceline == el.sourceline + 1


def repeated_label(
    title: str, kind: str, parts: list[Part], current: tuple[str, str, int] | None, texts: list[str]
) -> bool:
    """True for a label with a colon (``Valmistelijat:``, ``Päätös:``) naming a part the handling has
    already given with its text: the part's own text printing it again (the preparers listed once more
    at the top of the reasons, the decision's outcome under a second label), not a new part. A label
    right under an empty heading of its kind (``Ehdotus`` then ``Puheenjohtajan ehdotus:``) still opens
    the part, and so does one of a kind the handling has not given (``Käsittely:``)."""
    if not title.rstrip().endswith(":") or kind == "generic":
        return False
    given: set[str] = set()
    for (part_kind, _, _), part_texts in parts:
        if part_kind == "decision":
            given.clear()  # the handling before ended at its decision
        elif part_texts:
            given.add(part_kind)
    if current is not None and texts:
        given.add(current[0])
    return kind in given
