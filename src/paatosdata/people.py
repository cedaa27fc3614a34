"""People as printed in minutes: title, name, phone, e-mail, and the acting flag (``vs.``).

>>> p = parse_person("työllisyysaluejohtaja Tiina Mäenpää, puh. 044 718 7502")
>>> (p.title, p.name, p.phone, p.acting)
('työllisyysaluejohtaja', 'Tiina Mäenpää', '044 718 7502', False)
>>> p = parse_person("vs. työllisyysaluejohtaja Virpi Noronen")
>>> (p.title, p.name, p.acting)
('työllisyysaluejohtaja', 'Virpi Noronen', True)
>>> p = parse_person("Kaupunginjohtaja Jukka Mäkelä")
>>> (p.title, p.name)
('kaupunginjohtaja', 'Jukka Mäkelä')
>>> p = parse_person("Anna-Liisa Virtanen, hallintojohtaja, p. 040 123 4567, anna-liisa.virtanen@example.fi")
>>> (p.name, p.title, p.phone, p.email)
('Anna-Liisa Virtanen', 'hallintojohtaja', '040 123 4567', 'anna-liisa.virtanen@example.fi')
>>> p = parse_person("Virtanen Liisa, puh. (09) 816 12345")
>>> (p.name, p.title, p.phone)
('Virtanen Liisa', None, '(09) 816 12345')
>>> p = parse_person("förvaltningsdirektör Greta Exempel, tfn 040 222 3344")
>>> (p.title, p.name, p.phone)
('förvaltningsdirektör', 'Greta Exempel', '040 222 3344')
>>> p = parse_person("Timo Virtanen <timo.virtanen@example.fi> - kaupunginjohtaja")
>>> (p.name, p.title, p.email)
('Timo Virtanen', 'kaupunginjohtaja', 'timo.virtanen@example.fi')
"""

from __future__ import annotations

import re

from paatosdata.model import Person, Span

__all__ = ["EMAIL", "PHONE", "parse_person", "parse_people"]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?:(?:puh(?:elin)?|p|tel|telefon|tfn|gsm|mob)\.?:?\s*)?"
    r"(?P<number>(?:\(0\d{1,2}\)\s*)?\+?\d[\d ()-]{5,}\d)",
    re.IGNORECASE,
)
_ACTING = re.compile(r"^\s*(?:vs\.|v\.s\.|vt\.|t\.f\.|tf\.|sijainen)\s*", re.IGNORECASE)
_NAME_TOKEN = r"(?:[A-ZÅÄÖÜÉ][\wåäöüé'’]*(?:-[A-ZÅÄÖÜÉ]?[\wåäöüé'’]+)*)"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:von|af|de|van)\s+)?{_NAME_TOKEN}){{1,3}}")


def parse_person(text: str, span: Span | None = None) -> Person:
    """One person from a line such as ``titteli Etunimi Sukunimi, puh. …, e-mail``."""
    line = " ".join(text.replace("\u00a0", " ").split())
    acting = bool(_ACTING.match(line))
    line = _ACTING.sub("", line)
    email_match = EMAIL.search(line)
    email = email_match.group(0) if email_match else None
    if email_match:
        # an address may be printed in angle brackets: "Nimi <nimi@example.fi> - titteli"
        line = re.sub(rf"<\s*{re.escape(email_match.group(0))}\s*>", " ", line)
        line = line.replace(email_match.group(0), " ")
    phone_match = PHONE.search(line)
    phone = phone_match.group("number").strip() if phone_match else None
    if phone_match:
        line = line[: phone_match.start()] + " " + line[phone_match.end() :]
    # a dash between spaces separates fields like a comma ("Nimi - titteli"); a hyphen inside a word does not
    parts = [p.strip(" .;:") for p in re.split(r",|;|\s[-–]\s", line) if p.strip(" .;:")]
    name: str | None = None
    title_parts: list[str] = []
    for part in parts:
        if name is None:
            m = _best_name(part)
            if m is not None:
                name = m.group(0)
                before = part[: m.start()].strip()
                after = part[m.end() :].strip()
                title_parts.extend(x for x in (before, after) if x)
                continue
        title_parts.append(part)
    if name is None:
        name = parts[0] if parts else line.strip()
        title_parts = parts[1:]
    title = ", ".join(title_parts) or None
    if title:
        title = title[0].lower() + title[1:] if not title[:2].isupper() else title
    return Person(name=name, title=title, phone=phone, email=email, acting=acting, span=span)


def _best_name(part: str) -> re.Match[str] | None:
    """The last run of capitalised words: a leading capitalised title word is not part of it."""
    matches = list(_NAME.finditer(part))
    if not matches:
        return None
    m = matches[-1]
    tokens = m.group(0).split()
    if len(tokens) >= 3 and m.start() == 0 and tokens[0].lower().endswith(_TITLE_ENDINGS):
        return _NAME.search(part, m.start() + len(tokens[0]) + 1)
    return m


#: endings of Finnish and Swedish official titles, to tell "Kaupunginjohtaja Jukka Mäkelä" apart
_TITLE_ENDINGS = (
    "johtaja",
    "päällikkö",
    "sihteeri",
    "asiantuntija",
    "suunnittelija",
    "insinööri",
    "lakimies",
    "esimies",
    "koordinaattori",
    "neuvos",
    "tarkastaja",
    "direktör",
    "chef",
    "sekreterare",
    "rektor",
    "rehtori",
    "puheenjohtaja",
    "ordförande",
    "kamreeri",
    "arkkitehti",
    "kirjaaja",
    "valmistelija",
    "isännöitsijä",
    "ylilääkäri",
    "lääkäri",
    "kanslisti",
    "pormestari",
)


def parse_people(lines: list[str], span: Span | None = None) -> list[Person]:
    """People from the lines of a preparers block; a line with only an e-mail or phone joins the last."""
    people: list[Person] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        stripped = EMAIL.sub("", line)
        stripped = PHONE.sub("", stripped).strip(" ,.;:")
        if people and not _NAME.search(stripped):
            last = people[-1]
            email = EMAIL.search(line)
            phone = PHONE.search(line)
            if email and not last.email:
                last.email = email.group(0)
            if phone and not last.phone:
                last.phone = phone.group("number").strip()
            continue
        people.append(parse_person(line, span))
    return people
