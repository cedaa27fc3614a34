"""The contact people of an Ahjo decision printed as lines (``Name, title, puhelin: 09 …``), where the page
gives no field of its own for each: the ``Lisätiedot`` block of the older export and of a page saved as text.

:func:`ahjo_people` reads lines, not the page's elements, so it stands apart from the reader's parts;
:mod:`paatosdata.parse.ahjo_html` still exports it.
"""

from __future__ import annotations

import re

from paatosdata.model import Person, Span
from paatosdata.people import EMAIL, parse_person

_PHONE_LABEL = re.compile(r",?\s*(?:puhelin|puh\.?|tfn|telefon)\s*:?\s*(?P<num>[^,\n]+)", re.I)


def ahjo_people(lines: list[str], where: Span | None = None) -> list[Person]:
    """Contact people from ``Name, title, puhelin: 09 …`` lines; a line with only an e-mail joins the last,
    and so does an address the saved text cuts before its domain (``jane.doe``, ``jane.doe@exa``): no
    person of its own, and too little to be the address.

    >>> p = ahjo_people(["Jane Doe, johtava asiantuntija, puhelin: 09123", "jane.doe@example.com"])[0]
    >>> (p.name, p.title, p.phone, p.email)
    ('Jane Doe', 'johtava asiantuntija', '09123', 'jane.doe@example.com')
    >>> [(p.name, p.email) for p in ahjo_people(["Jane Doe, johtava asiantuntija", "jane.doe"])]
    [('Jane Doe', None)]
    """
    people: list[Person] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        email = EMAIL.search(line)
        if people and email and not EMAIL.sub("", line).strip(" ,;"):
            people[-1].email = people[-1].email or email.group(0).replace("(a)", "@")
            continue
        if people and _cut_address_of(line, people[-1].name or ""):
            continue
        phone = _PHONE_LABEL.search(line)
        rest = line[: phone.start()] + line[phone.end() :] if phone else line
        person = parse_person(rest, where)
        if phone:
            person.phone = phone.group("num").strip()
        people.append(person)
    return people


#: an e-mail address cut before its domain is complete: its local part (``jane.doe``), at times with the
#: ``@`` and the start of the domain
_CUT_ADDRESS = re.compile(r"^(?P<local>[a-zåäöü0-9]+(?:[._-][a-zåäöü0-9]+)*)(?:@[\w.-]*)?$")
#: the letters an address writes without their marks
_UNMARKED = str.maketrans("åäöüé", "aaoue")


def _cut_address_of(line: str, name: str) -> bool:
    """True for an e-mail address cut before its domain that spells ``name`` (its words, or their initials,
    joined by dots, the letters ``å``, ``ä``, ``ö`` written without their marks: ``jane.doe``, ``j.doe@exa``,
    ``matti.makela`` for Matti Mäkelä).

    Text saved from the site may also end inside the local part: its last word then is the start of a
    word of the name (``jane.do``, or ``jan`` alone before its dot).
    """
    m = _CUT_ADDRESS.match(line)
    if m is None:
        return False
    words = [w for w in re.split(r"[\s-]+", name.casefold().translate(_UNMARKED)) if w]
    *whole, last = re.split(r"[._-]", m.group("local").translate(_UNMARKED))
    if not all(any(w == part or (len(part) == 1 and w.startswith(part)) for w in words) for part in whole):
        return False
    if m.group(0) == m.group("local") and len(last) >= 2 and any(w.startswith(last) for w in words):
        return True  # cut inside the local part
    return bool(whole) and any(w == last or (len(last) == 1 and w.startswith(last)) for w in words)
