"""The people of a CaseM item page: the preparers a part names or a label opens the reasons with
(:func:`add_preparers`, :func:`labelled_preparers`), the preparer's line over the preparer's own proposal, the
presenter labelled on the proposal's first line, and the organisation or division printed after an office left
out of its title (:func:`without_organisation`)."""

from __future__ import annotations

import re

from paatosdata.model import Item, Person, Span
from paatosdata.parse.casem_text import casem_heading_kind
from paatosdata.people import TITLE_ENDINGS, parse_people, parse_person

__all__ = [
    "add_preparers",
    "contact_like",
    "labelled_preparers",
    "labelled_presenter",
    "preparer_line",
    "without_organisation",
]


#: an organisation's abbreviation printed after an office (``pelastusjohtaja, KUP``)
_ABBREVIATION = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
#: the start of an e-mail address a cut page ends in (``firstname.l`` of ``firstname.lastname@…``): words
#: joined by dots, no spaces, no ``@``
_CUT_ADDRESS = re.compile(r"^[^\W\d_][\w-]*(?:\.[^\W_][\w-]*)+\.?$")
#: the division the office belongs to, printed after it (``toimialajohtaja, sivistystoimiala``)
_DIVISION = re.compile(r"^[a-zåäö][\w-]*(?:toimiala|toimialue|palvelualue|liikelaitos)$")


def without_organisation(person: Person) -> Person:
    """``person`` with the upper-case abbreviations printed after the office (``Name, pelastusjohtaja, KUP,
    address``) left out of the title: they name the organisation, not the office. A title that is an
    abbreviation alone stays. The last part may be an e-mail address the page was cut inside
    (``Name, pelastusjohtaja, Etunimi.S``), or the division the office belongs to (``Name, toimialajohtaja,
    sivistystoimiala``): not the office either."""
    parts = person.title.split(", ") if person.title else []
    last = parts[-1] if parts else ""
    if (
        len(parts) > 1
        and person.email is None
        and _CUT_ADDRESS.match(last)
        and not last.rstrip(".")
        .casefold()
        .endswith(TITLE_ENDINGS)  # an office run into its mark (vs.johtaja)
    ):
        parts.pop()
    while len(parts) > 1 and (_ABBREVIATION.match(parts[-1]) or _DIVISION.match(parts[-1])):
        parts.pop()
    if parts:
        person.title = ", ".join(parts)
    return person


#: the presenter under a label on the proposal's first line (``Esittelijä: Name, office``)
_PRESENTER_LABEL = re.compile(r"^\s*(?:Esittelijä|Föredragande)\s*:\s*(?P<who>\S.{2,150})$", re.I)
#: a name of two or three words, each capitalised
_FULL_NAME = re.compile(r"^[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2}$")


def labelled_presenter(line: str) -> Person | None:
    """The presenter a proposal's first line names under a label (``Esittelijä: Name, office``)."""
    m = _PRESENTER_LABEL.match(line.strip())
    if m is None:
        return None
    person = without_organisation(parse_person(m.group("who")))
    return person if person.name and _FULL_NAME.match(person.name) else None


def preparer_line(text: str) -> str | None:
    """The preparer a preparer's proposal opens with, on a line of its own ending in a colon (``Name,
    office (p. 040 …):``): the line without its colon, else ``None`` (the proposal's own text, ``Aluehallitus
    esittää aluevaltuustolle, että:``)."""
    line = text.split("\n", 1)[0].strip()
    if not line.endswith(":") or "," not in line or len(line.split()) > 12:
        return None
    name = line.split(",", 1)[0].strip()
    return line[:-1].strip() if _FULL_NAME.match(name) else None


def labelled_preparers(texts: list[str]) -> tuple[str | None, list[str]]:
    """The preparers a reasons' text opens with under a label (``Valmistelija: Name, title``, ``Asian
    valmistelija: title Name``), and the paragraphs of the reasons after them; ``None`` and ``texts`` when it
    opens with none. Further short lines without a sentence's end name more preparers; what the paragraph
    goes on with after them (a line break, then prose) is the reasons' text."""
    lines = texts[0].split("\n") if texts else [""]
    preparer = _LABELLED.match(lines[0])
    alone = lines[0].strip()
    if preparer is None and alone.endswith(":") and casem_heading_kind(alone) == "preparers":
        # the label alone on its line, the names on the lines under it (``Valmistelu ja lisätiedot:``)
        if len(lines) > 1 and contact_like(lines[1]):
            preparer = _LABELLED.match(f"{alone} {lines[1].strip()}")
            lines = lines[1:]
    if preparer is None or casem_heading_kind(preparer.group("label")) != "preparers":
        return None, texts
    more = 1
    while more < len(lines) and contact_like(lines[more]):
        more += 1
    who = [preparer.group("who"), *lines[1:more]]
    after = "\n".join(lines[more:]).strip()
    if after:
        return "\n".join(who), [after, *texts[1:]]
    rest = texts[1:]
    while rest and who[-1].rstrip().endswith(",") and "\n" not in rest[0] and contact_like(rest[0]):
        # a line ending in a comma goes on in the next paragraph (the address: ``x(at)example.fi``)
        who.append(rest[0])
        rest = rest[1:]
    return "\n".join(who), rest


def contact_like(line: str) -> bool:
    """A further line of a labelled preparers' line: a few words (a name, a title, an address or a phone)
    and no sentence's end."""
    line = line.strip()
    return bool(line) and len(line.split()) <= 8 and not line.endswith((".", ":"))


#: a paragraph that opens with a label and names after it (``Valmistelija: Name, title``)
_LABELLED = re.compile(r"^(?P<label>[^\W\d][\w ]{2,40}?)\s*:\s*(?P<who>\S.*)$")


def add_preparers(item: Item, text: str, where: Span) -> None:
    """The preparers a part names, each once: a page that prints an earlier handling names them again."""
    known = {person.name for person in item.preparers}
    people = (without_organisation(p) for p in parse_people(text.splitlines(), where))
    item.preparers.extend(p for p in people if p.name not in known)
