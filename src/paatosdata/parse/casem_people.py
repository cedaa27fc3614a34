"""The people of a CaseM item's ``ExtendedProperties``: the presenter named on the proposal's first line
(``Yleiskaavapäällikkö Hastio:``) or in a SharePoint person field, the participants listed with their times,
and the meeting's start read from their arrivals. Apart from the reader because the CaseM page reader
reads the same presenter lines.
"""

from __future__ import annotations

import re
from datetime import date, time

from paatosdata.model import Participant, Person, Span
from paatosdata.parse.headers import clock_time
from paatosdata.parse.vendor_html import html_text, parse_fragment
from paatosdata.people import is_office_only, office_holder, parse_person

__all__ = ["parse_participants", "parse_presenters", "split_presenter_line"]

_ACTING = re.compile(r"^(?:vs\.|v\.s\.|t\.f\.)\s*", re.I)
_DEPUTY = re.compile(r"\b(?:vs\.|v\.s\.|t\.f\.|varahenkilö|sijainen|ställföreträdare)", re.I)
_NOT_PRESENTER = re.compile(r"\b(?:päättää|päätti|esittää|beslutar|föreslår)\b", re.I)
#: the last word of a sentence that introduces what follows (``… myöntää luvan seuraavasti:``), not an office
_INTRODUCES = re.compile(r"\b(?:seuraavasti|seuraavaa|seuraavat|följande)\s*:$", re.I)


def split_presenter_line(line: str) -> Person | None:
    """``Yleiskaavapäällikkö Hastio:`` → presenter (title + surname); ``Puheenjohtaja:`` → the chair,
    an office holder with no name (:func:`paatosdata.people.office_holder`).

    >>> p = split_presenter_line("Yleiskaavapäällikkö Hastio:")
    >>> (p.title, p.name)
    ('yleiskaavapäällikkö', 'Hastio')
    >>> p = split_presenter_line("Puheenjohtaja:")
    >>> (p.name, p.title)
    (None, 'puheenjohtaja')
    >>> p = split_presenter_line("Vs. rakennuttamispäällikkö Kantola:")
    >>> (p.title, p.name, p.acting)
    ('rakennuttamispäällikkö', 'Kantola', True)
    >>> split_presenter_line("vs. Sivistysjohtaja Koivisto:").name
    'Koivisto'
    >>> split_presenter_line("Yhdyskuntalautakunta päättää") is None
    True
    >>> split_presenter_line("Lautakunta myöntää avustukset seuraavasti:") is None
    True

    A line of three words or more with no name that names no office is a sentence opening what follows:

    >>> split_presenter_line("Keskustellaan kirjaston aukioloajoista kohdissa:") is None
    True
    """
    text = " ".join(line.split())
    if not text.endswith(":") or _NOT_PRESENTER.search(text) or len(text.split()) > 12:
        return None
    if _INTRODUCES.search(text):
        return None
    body = text[:-1].strip()
    acting = bool(_ACTING.match(body))
    tokens = _ACTING.sub("", body).split()
    if not tokens:
        return None
    name_tokens: list[str] = []
    for token in reversed(tokens):
        if len(name_tokens) == 3 or not token[:1].isupper() or token.endswith((".", ",")):
            break
        name_tokens.insert(0, token)
    if len(name_tokens) == len(tokens):
        name_tokens = name_tokens[1:]
    title = " ".join(tokens[: len(tokens) - len(name_tokens)])
    if not title or not title[:1].isalpha():
        return None
    acting = acting or bool(_DEPUTY.search(title))
    title = title[0].lower() + title[1:]
    if not name_tokens:
        return office_holder(body) if len(tokens) < 3 or is_office_only(body) else None
    return Person(name=" ".join(name_tokens), title=title, acting=acting)


def parse_presenters(text: str, where: Span | None = None) -> list[Person]:
    """SharePoint person fields: ``Name;#Title;#;#email;#`` (repeated for several people).

    >>> p = parse_presenters("Pia Hastio;#Yleiskaavapäällikkö;#;#Pia.Hastio@tampere.fi;#")[0]
    >>> (p.name, p.title, p.email)
    ('Pia Hastio', 'yleiskaavapäällikkö', 'Pia.Hastio@tampere.fi')
    >>> [p.name for p in parse_presenters("Anna Aa;#johtaja;#;#a@x.fi;#!#Olli Oo;#päällikkö;#;#o@x.fi;#")]
    ['Anna Aa', 'Olli Oo']
    """
    if ";#" not in text:
        return [parse_person(text, where)] if text.strip() else []
    # people follow one another as fours of fields, or as records parted by "!#"
    fields: list[str] = []
    for record in text.split(";#!#"):
        parts = [f.strip() for f in record.split(";#")]
        while parts and not parts[-1]:
            parts.pop()
        fields.extend(parts + [""] * (-len(parts) % 4))
    people = []
    for i in range(0, len(fields), 4):
        name, title, _, email = (fields[i : i + 4] + ["", "", "", ""])[:4]
        if not name:
            continue
        acting = title.lower().startswith(("vs.", "vs "))
        title = re.sub(r"^vs\.?\s*", "", title, flags=re.I)
        people.append(
            Person(
                name=name,
                title=(title[0].lower() + title[1:]) if title else None,
                email=email or None,
                acting=acting,
                span=where,
            )
        )
    return people


_ARRIVAL = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<hour>\d{2}):(?P<minute>\d{2})")


def earliest_arrival(notes: list[str], day: date | None) -> time | None:
    """The meeting's start: the earliest arrival among participants' ``2016-09-13 09:00:00 – …`` times."""
    arrivals = []
    for note in notes:
        m = _ARRIVAL.match(note)
        if m is None or (day is not None and m.group("date") != day.isoformat()):
            continue
        clock = clock_time(m.group("hour"), m.group("minute"))
        if clock is not None:
            arrivals.append(clock)
    return min(arrivals) if arrivals else None


_ROLES = {
    "chairman": "puheenjohtaja",
    "secretary": "sihteeri",
    "1. vicechairman": "1. varapuheenjohtaja",
    "2. vicechairman": "2. varapuheenjohtaja",
    "vicechairman": "varapuheenjohtaja",
}


def parse_participants(text: str, where: Span | None = None) -> list[Participant]:
    """``Name;#role;#start;#end;#member;#!#…`` → participants; times are kept in the note.

    >>> text = "Matti Meikäläinen;#puheenjohtaja;#2016-09-13 09:00:00;#2016-09-13 09:50:00;#member;#"
    >>> p = parse_participants(text)[0]
    >>> (p.person.name, p.role, p.note)
    ('Matti Meikäläinen', 'puheenjohtaja', '2016-09-13 09:00:00 – 2016-09-13 09:50:00')
    """
    found = []
    for record in text.split(";#!#"):
        fields = [f.strip() for f in record.split(";#")]
        if not fields or not fields[0]:
            continue
        fields += [""] * 5
        role = fields[1]
        times = " – ".join(t for t in fields[2:4] if t) or None
        person = Person(name=fields[0], span=where)
        found.append(
            Participant(
                person=person, role=_ROLES.get(role.casefold(), role or "jäsen"), note=times, span=where
            )
        )
    return found


def proposal_and_presenter(raw: str) -> tuple[str, Person | None]:
    """The proposal text and the presenter named on its first line (``Titteli Sukunimi:``)."""
    root = parse_fragment(raw)
    text = html_text(root)
    first, _, rest = text.partition("\n")
    presenter = split_presenter_line(first)
    if presenter is None:
        return text, None
    return rest.strip(), presenter


def merge_presenter(listed: list[Person], line: Person | None) -> Person | None:
    if not listed:
        return line
    person = listed[0]
    if line is not None:
        person.acting = person.acting or line.acting
        if line.name and line.name not in (person.name or ""):
            # the proposal names someone else (a stand-in): trust the proposal line
            return line
    return person
