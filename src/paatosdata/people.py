"""People as printed in minutes: title, name, phone, e-mail, and the acting flag (``vs.``).

>>> p = parse_person("työllisyysaluejohtaja Tiina Mäenpää, puh. 044 718 7502")
>>> (p.title, p.name, p.phone, p.acting)
('työllisyysaluejohtaja', 'Tiina Mäenpää', '044 718 7502', False)
>>> p = parse_person("vs. työllisyysaluejohtaja Virpi Noronen")
>>> (p.title, p.name, p.acting)
('työllisyysaluejohtaja', 'Virpi Noronen', True)
>>> parse_person("Va. toimialajohtaja Christina Esimerkki").title
'toimialajohtaja'
>>> p = parse_person("Kaupunginjohtaja Jukka Mäkelä")
>>> (p.title, p.name)
('kaupunginjohtaja', 'Jukka Mäkelä')
>>> p = parse_person("Anna-Liisa Virtanen, hallintojohtaja, p. 040 123 4567, anna-liisa.virtanen@example.fi")
>>> (p.name, p.title, p.phone, p.email)
('Anna-Liisa Virtanen', 'hallintojohtaja', '040 123 4567', 'anna-liisa.virtanen@example.fi')
>>> p = parse_person("Virtanen Liisa, puh. (09) 816 12345")
>>> (p.name, p.title, p.phone)
('Liisa Virtanen', None, '(09) 816 12345')
>>> p = parse_person("förvaltningsdirektör Greta Exempel, tfn 040 222 3344")
>>> (p.title, p.name, p.phone)
('förvaltningsdirektör', 'Greta Exempel', '040 222 3344')
>>> p = parse_person("• Outi Esimerkki, va. toimialajohtaja, outi.esimerkki@example.fi")
>>> (p.name, p.title, p.acting)
('Outi Esimerkki', 'toimialajohtaja', True)
>>> p = parse_person("Timo Virtanen <timo.virtanen@example.fi> - kaupunginjohtaja")
>>> (p.name, p.title, p.email)
('Timo Virtanen', 'kaupunginjohtaja', 'timo.virtanen@example.fi')

Names printed surname first (``Virtanen Matti``, as Dynasty prints them) are turned round when the
e-mail address or the given names say which word is the surname:

>>> parse_person("Virtanen Matti, hallintojohtaja").name
'Matti Virtanen'
>>> parse_person("Ekberg Heli, heli.ekberg@example.fi").name
'Heli Ekberg'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from paatosdata.model import Person, Span

__all__ = [
    "EMAIL",
    "FIRST_NAMES",
    "PHONE",
    "TITLE_ENDINGS",
    "ends_name",
    "follow_page_order",
    "is_office_only",
    "natural_order",
    "office_holder",
    "parse_people",
    "parse_person",
    "proposing_office",
]

#: an e-mail address, also as printed to fool harvesters (``etunimi.sukunimi(a)hel.fi``)
EMAIL = re.compile(r"[\w.+-]+(?:@|\(at?\)|\[at\])[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?:(?:puh(?:elin)?|p|tel|telefon|tfn|gsm|mob)\.?:?\s*)?"
    r"(?P<number>(?:\(0\d{1,2}\)\s*)?\+?\d[\d ()-]{5,}\d)",
    re.IGNORECASE,
)
_AT = re.compile(r"\(at?\)|\[at\]")
#: the brackets a phone number was printed in, once it is taken out
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
#: a word that joined the phone and the address (``puh. 040 … tai etunimi.sukunimi@…``)
_CONNECTIVES = frozenset({"tai", "ja", "or", "eller", "och"})
#: an acting mark before the title: vs./v.s. (viransijainen), va. (väliaikainen), vt. (virkaa tekevä),
#: t.f. (tillförordnad), sijainen
_ACTING = re.compile(r"^\s*(?:vs\.|v\.s\.|va\.|vt\.|t\.f\.|tf\.|sijainen)\s*", re.IGNORECASE)
#: a list mark before the line (a page's bullet kept in its text)
_BULLET = re.compile(r"^[•·▪◦*]\s*")
_NAME_TOKEN = r"(?:[A-ZÅÄÖÜÉ][\wåäöüé'’]*(?:-[A-ZÅÄÖÜÉ]?[\wåäöüé'’]+)*)"
#: a double surname printed with its first part in lower case (``Outi kari-Granfors``): a lower-case part
#: joined by a hyphen to a capitalised one, read as a name only as its last word
_JOINED_SURNAME = r"(?:[a-zåäöü]{2,}-[A-ZÅÄÖÜÉ][\wåäöüé'’]+)"
#: a name: two to four capitalised words, a middle initial or two after the given name (``Jouko K. Laine``)
_NAME = re.compile(
    rf"{_NAME_TOKEN}(?:\s+[A-ZÅÄÖÜÉ]\.){{0,2}}(?:\s+(?:(?:von|af|de|van)\s+)?{_NAME_TOKEN}){{0,2}}"
    rf"\s+(?:(?:von|af|de|van)\s+)?(?:{_NAME_TOKEN}|{_JOINED_SURNAME})"
)
_JOINED_SURNAME_WORD = re.compile(_JOINED_SURNAME)


def ends_name(word: str) -> bool:
    """True for a word that may end a person's name as :func:`parse_person` reads it: a capitalised one, or
    a double surname whose first part is printed in lower case (``kari-Granfors``)."""
    return word[:1].isupper() or _JOINED_SURNAME_WORD.fullmatch(word) is not None


def parse_person(text: str, span: Span | None = None, *, order: bool = True) -> Person:
    """One person from a line such as ``titteli Etunimi Sukunimi, puh. …, e-mail``.

    ``order=False`` keeps the name in its printed order (``Virtanen Matti`` stays as it is).

    >>> parse_person("Sähköasentaja Matti Meikäläinen").name
    'Matti Meikäläinen'
    >>> parse_person("Rakennusmestari Liisa Esimerkki").name
    'Liisa Esimerkki'
    """
    line = _BULLET.sub("", " ".join(text.replace("\u00a0", " ").split()))
    acting = bool(_ACTING.match(line))
    line = _ACTING.sub("", line)
    email_match = EMAIL.search(line)
    email = _AT.sub("@", email_match.group(0)) if email_match else None
    if email_match:
        # an address may be printed in angle brackets: "Nimi <nimi@example.fi> - titteli"
        line = re.sub(rf"<\s*{re.escape(email_match.group(0))}\s*>", " ", line)
        line = line.replace(email_match.group(0), " ")
    phone_match = PHONE.search(line)
    phone = phone_match.group("number").strip() if phone_match else None
    if phone_match:
        line = line[: phone_match.start()] + " " + line[phone_match.end() :]
        line = _EMPTY_BRACKETS.sub(" ", line)  # ``office (p. 040 …)`` leaves ``office ( )``
    # a dash between spaces separates fields like a comma ("Nimi - titteli"); a hyphen inside a word does not
    parts = [p.strip(" .;:") for p in re.split(r",|;|\s[-–]\s", line) if p.strip(" .;:")]
    name: str | None = None
    title_parts: list[str] = []
    if len(parts) >= 2 and (turned := _surname_comma_given(parts[0], parts[1])) is not None:
        # ``kaupunginjohtaja Virtanen, Matti``: the surname, a comma, the given name
        name, title_before = turned
        title_parts = [title_before] if title_before else []
        parts = parts[2:]
    for part in parts:
        if name is None:
            m = _best_name(part) or _initialled_after_office(part)
            if m is not None:
                name = m.group(0)
                before = part[: m.start()].strip(" :")  # ``Kunnanjohtaja: Matti Virtanen``
                after = part[m.end() :].strip()
                title_parts.extend(x for x in (before, after) if x)
                continue
        title_parts.append(part)
    if name is None:
        name = parts[0] if parts else line.strip()
        title_parts = parts[1:]
    # what removing the phone and the address leaves: ``( )`` around a phone, ``tai`` between the two
    title_parts = [p for p in title_parts if p.strip("()[] ") and p.casefold() not in _CONNECTIVES]
    if title_parts and _ACTING.match(title_parts[0]):
        # the acting mark printed with the title after the name: "Nimi, va. titteli"
        acting = True
        title_parts[0] = _ACTING.sub("", title_parts[0])
    if order:
        name = natural_order(name, email)
    title = ", ".join(title_parts) or None
    if title:
        title = title[0].lower() + title[1:] if not title[:2].isupper() else title
    return Person(name=name, title=title, phone=phone, email=email, acting=acting, span=span)


def _surname_comma_given(first: str, second: str) -> tuple[str, str] | None:
    """``(name, title)`` for a surname ending ``first`` and a known given name as all of ``second``
    (``kaupunginjohtaja Virtanen`` and ``Matti``), the title before the surname an office or nothing;
    None otherwise.

    >>> _surname_comma_given("Kaupunginjohtaja Virtanen", "Matti")
    ('Matti Virtanen', 'Kaupunginjohtaja')
    >>> _surname_comma_given("Virtanen Liisa", "Matti") is None
    True
    """
    m = re.fullmatch(rf"(?P<title>.*?)\s*(?P<surname>{_NAME_TOKEN})", first)
    if m is None or not re.fullmatch(_NAME_TOKEN, second) or not _is_given_name(second):
        return None
    title = m.group("title")
    if m.group("surname").casefold().endswith(TITLE_ENDINGS):
        return None
    if title and not is_office_only(title):
        return None
    return f"{second} {m.group('surname')}", m.group("title")


def is_title_only(text: str) -> bool:
    """True for a line that names an office and no person: ``Tekninen johtaja``, ``Kunnanjohtaja``.

    >>> is_title_only("Tekninen johtaja"), is_title_only("Kaupunginjohtaja Jukka Mäkelä")
    (True, False)
    >>> is_title_only("Virtanen Matti")
    False

    Two offices' fields joined by ``ja`` may make four or five words, each but the conjunction a genitive
    or a hyphenated stem:

    >>> is_title_only("Yhteiskoulun ja lukion rehtori")
    True
    >>> is_title_only("Asiasta antaa lisätietoja ja talousjohtaja")
    False
    """
    words = " ".join(text.split()).strip(" .:").split()
    return (
        (1 <= len(words) <= 3 or _joined_fields(words))
        and all(not w[:1].isupper() for w in words[1:])
        and words[-1].casefold().endswith(TITLE_ENDINGS)
    )


def _joined_fields(words: list[str]) -> bool:
    """True for an office of four or five words whose fields are joined by ``ja``/``och``
    (``Yhteiskoulun ja lukion rehtori``): every word before the last is the conjunction, a genitive in -n
    or a hyphenated stem, so that a sentence ending in an office (``Asiasta antaa lisätietoja ja
    talousjohtaja``) is none."""
    return (
        4 <= len(words) <= 5
        and any(w in ("ja", "och") for w in words[1:-1])
        and all(w in ("ja", "och") or w.endswith(("n", "-")) for w in words[:-1])
    )


def is_office_only(text: str) -> bool:
    """:func:`is_title_only` after an acting mark: ``Vs. Sivistysjohtaja`` names an office too.

    >>> is_office_only("Vs. Sivistysjohtaja"), is_office_only("vs. sivistysjohtaja Matti Meikäläinen")
    (True, False)
    """
    return is_title_only(_ACTING.sub("", text.strip()))


#: a heading naming whose proposal follows (``Teknisen johtajan ehdotus``): the office in the genitive
_PROPOSAL_OF = re.compile(
    r"(?P<office>(?:[\wåäö]+isen\s+)?[\wåäö]+)n\s+(?:(?:päätös)?ehdotus|esitys):?", re.IGNORECASE
)


def proposing_office(heading: str) -> str | None:
    """The office, in the nominative, whose proposal ``heading`` names; None for any other heading.

    Only a genitive that is the nominative and ``-n`` is turned (``johtajan``, ``pormestarin``), with
    an adjective in ``-isen`` before it (``teknisen`` → ``tekninen``):

    >>> proposing_office("Teknisen johtajan ehdotus"), proposing_office("Kunnanjohtajan päätösehdotus")
    ('Tekninen johtaja', 'Kunnanjohtaja')
    >>> proposing_office("Esittelijän ehdotus"), proposing_office("Lautakunnan ehdotus")
    (None, None)

    An acting mark before the office is kept (``Vt. kaupunginjohtajan päätösehdotus``):

    >>> proposing_office("Vt. kaupunginjohtajan päätösehdotus")
    'Vt. kaupunginjohtaja'
    """
    line = " ".join(heading.split())
    acting = _ACTING.match(line)
    m = _PROPOSAL_OF.fullmatch(line[acting.end() :] if acting else line)
    if m is None:
        return None
    words = m.group("office").split()
    if len(words) == 2:
        words[0] = words[0][:-3] + "nen"  # teknisen -> tekninen
    office = " ".join(words)
    if not is_title_only(office):
        return None
    return f"{acting.group(0).strip()} {office}" if acting else office


def office_holder(text: str, span: Span | None = None) -> Person:
    """The holder of an office printed without a name (``Esittelijä: Sivistysjohtaja``): no name, the
    title lower-cased as :func:`parse_person` gives it, the acting mark kept.

    >>> p = office_holder("Vs. Sivistysjohtaja")
    >>> (p.name, p.title, p.acting)
    (None, 'sivistysjohtaja', True)
    >>> office_holder("Keskusvaalilautakunnan puheenjohtaja").title
    'keskusvaalilautakunnan puheenjohtaja'
    """
    line = _BULLET.sub("", " ".join(text.replace("\u00a0", " ").split()))
    acting = bool(_ACTING.match(line))
    title = _ACTING.sub("", line).strip(" .:;,")
    if title and not title[:2].isupper():
        title = title[0].lower() + title[1:]
    return Person(name=None, title=title or None, acting=acting, span=span)


#: a name printed with its given name's initial (``A. Virtanen``, ``A.-M. Virtanen``, ``A. B. Virtanen``)
_INITIALLED = re.compile(rf"(?<!\S)(?:[A-ZÅÄÖ]\.(?:-[A-ZÅÄÖ]\.)?\s?){{1,2}}{_NAME_TOKEN}$")


def _initialled_after_office(part: str) -> re.Match[str] | None:
    """An initialled name ending ``part`` after an office (``Kaupunginjohtaja A. Virtanen``), else None.

    >>> _initialled_after_office("kaupunginjohtaja A. Virtanen").group(0)
    'A. Virtanen'
    >>> _initialled_after_office("Liite A. Suunnitelma") is None
    True
    """
    m = _INITIALLED.search(part)
    if m is None or not is_office_only(part[: m.start()].strip(" :")):
        return None
    return m


#: an agency named by its abbreviation joined to a common noun (``ELY-keskus``, ``TE-toimisto``): no name
#: is printed so (a double given name has its second part capitalised, ``Anna-Liisa``)
_AGENCY = re.compile(r"^[A-ZÅÄÖ]{2,}-[a-zåäö]+$")


def _best_name(part: str) -> re.Match[str] | None:
    """The last run of capitalised words: a leading capitalised title word, or an agency named by its
    abbreviation (``ELY-keskus``, ``TE-toimisto``), is not part of it.

    >>> _best_name("ELY-keskus Aino Esimerkki").group(0)
    'Aino Esimerkki'
    >>> _best_name("Anna-Liisa Esimerkki").group(0)
    'Anna-Liisa Esimerkki'
    """
    matches = list(_NAME.finditer(part))
    if not matches:
        return None
    m = matches[-1]
    tokens = m.group(0).split()
    if (
        len(tokens) >= 3
        and m.start() == 0
        and (tokens[0].lower().endswith(TITLE_ENDINGS) or _AGENCY.match(tokens[0]))
    ):
        return _NAME.search(part, m.start() + len(tokens[0]) + 1)
    return m


#: endings of Finnish and Swedish official titles: an office, not a name. Shared by the person-line test, the
#: deciding officer and parse_person; the Dynasty reader's presenter heading keeps a narrower list on purpose
#: (``Valmistelija`` or ``Puheenjohtaja`` alone there is a label or a chair, not a presenting office)
TITLE_ENDINGS = (
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
    "mestari",
    "mästare",
    "harjoittelija",
    "asentaja",
    # the keeper of a library, of an office's accounts (``Kirjastonhoitaja``, ``Taloudenhoitaja``)
    "hoitaja",
    "ekonom",
    "jurist",
    "juristi",
    "planerare",
    "ingenjör",
    "geodeetti",
    "pormestari",
    # the head of a rescue department (``Pelastuskomentaja``), who decides as an office holder
    "komentaja",
    # the city's auditor (``Kaupunginreviisori``), printed before or after the name
    "reviisori",
    # Swedish offices in the definite form, as a Swedish page prints them before a name
    # ("Stadssekreteraren Merja Jokela")
    "direktören",
    "chefen",
    "sekreteraren",
    "rektorn",
    "ordföranden",
    "juristen",
    "ingenjören",
    "planeraren",
    "ekonomen",
)


def parse_people(lines: list[str], span: Span | None = None) -> list[Person]:
    """People from the lines of a preparers block; a line with only an e-mail or phone joins the last.

    A line with a title and an address or number of its own, where the last person already has
    others, is a person of its own even when no name is printed.

    A line naming several people, each with a phone number (``talousjohtaja A B puh. 040 1,
    controller C D puh. 040 2``), gives one person each.
    """
    people: list[Person] = []
    for raw in lines:
        for line in _one_per_person(raw.strip()):
            if not line:
                continue
            stripped = EMAIL.sub("", line)
            stripped = PHONE.sub("", stripped).strip(" ,.;:")
            if people and not _NAME.search(stripped):
                last = people[-1]
                email = EMAIL.search(line)
                phone = PHONE.search(line)
                if _another_contact(last, stripped, email, phone):
                    people.append(parse_person(line, span))
                    continue
                if email and not last.email:
                    last.email = _AT.sub("@", email.group(0))  # ``x(at)example.fi`` as on the person's line
                if phone and not last.phone:
                    last.phone = phone.group("number").strip()
                continue
            people.append(parse_person(line, span))
    return people


#: words that label a contact detail rather than name an office (``sähköposti``, ``puh.``)
_CONTACT_LABELS = frozenset(
    "sähköposti s-posti e-mail email e-post epost puh puhelin p tel telefon tfn gsm mob fax ja och".split()
)


def _another_contact(
    last: Person, rest: str, email: re.Match[str] | None, phone: re.Match[str] | None
) -> bool:
    """Whether a line without a name is a person of its own: a title with an address or number of
    its own, where the last person already has a different one (``hallintosuunnittelija
    jaana.esimerkki@…, puh. …`` under ``kansliapäällikkö jouni.esimerkki@…, puh. …``)."""
    words = [w for w in re.split(r"[\s,.;:()]+", rest.casefold()) if w]
    if not any(w not in _CONTACT_LABELS and w.isalpha() for w in words):
        return False
    other_email = bool(email and last.email and _AT.sub("@", email.group(0)) != last.email)
    other_phone = bool(phone and last.phone and phone.group("number").strip() != last.phone)
    return other_email or other_phone


_BETWEEN_PEOPLE = re.compile(r"\s*(?:[,;]|\s(?:ja|och)\s)\s*")


def _one_per_person(line: str) -> list[str]:
    """``line`` cut after each phone number (after the address printed right after it, ``puh. …,
    etu.suku(at)…``) when every piece names a person of its own; without numbers,
    cut at its commas when every piece is a title and a name of its own (``rehtori Anna Berg, opettaja
    Eero Aho``)."""
    phones = list(PHONE.finditer(line))
    if len(phones) < 2:
        return _titled_people(line) or [line]
    pieces: list[str] = []
    start = 0
    for phone in phones[:-1]:
        end = phone.end()
        gap = _BETWEEN_PEOPLE.match(line, end)
        email = EMAIL.match(line, gap.end()) if gap is not None else None
        if email is not None:  # the person's address after the number: the next person starts after it
            end = email.end()
            gap = _BETWEEN_PEOPLE.match(line, end)
        if gap is None or EMAIL.match(line, gap.end()):
            return [line]  # the number is followed by more of the same person
        pieces.append(line[start:end])
        start = gap.end()
    pieces.append(line[start:])
    if all(_NAME.search(PHONE.sub("", EMAIL.sub("", piece))) for piece in pieces):
        return pieces
    return [line]


#: a piece that is a title in lower case before a name (``perusopetuksen rehtori Tarja Esimerkki``)
_TITLED_NAME = re.compile(
    rf"^(?:vs\.|va\.|vt\.)?\s*[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*)*\s+(?P<name>{_NAME.pattern})$"
)


def _titled_people(line: str) -> list[str] | None:
    """The pieces of a line that names several people, each after a title of their own and between
    commas, semicolons or ``ja``; ``None`` unless every piece is such a title and a name, one of them at
    least with a known given name and the others a given name and a surname (``johdon erityisavustaja
    Tuuli Esimerkki``) if not (a title or place after a name, ``Anna Berg, rehtori``, is that person's). The
    first title may be capitalised (``Kaupunginjohtaja Rantala Jari ja tekninen johtaja Korte Antti``)."""
    return _titled_pieces(re.split(r"[,;]", line)) or _titled_pieces(re.split(r"[,;]|\s(?:ja|och)\s", line))


def _titled_pieces(split: list[str]) -> list[str] | None:
    pieces = [piece.strip() for piece in split]
    if len(pieces) < 2:
        return None
    known = False
    for piece in pieces:
        first = piece.split(" ", 1)[0]
        if first[:1].isupper() and first.casefold().endswith(TITLE_ENDINGS):
            piece = first.casefold() + piece[len(first) :]
        m = _TITLED_NAME.match(piece)
        if m is None:
            return None
        tokens = m.group("name").split()
        if any(_is_given_name(token) for token in tokens):
            known = True
        elif len(tokens) != 2:
            return None  # a name with no known given name is taken only as a given name and a surname
    return pieces if known else None


def _fold(text: str) -> str:
    return text.casefold().translate(str.maketrans("åäöüé", "aaoue"))


def _is_given_name(token: str) -> bool:
    return all(part.casefold() in FIRST_NAMES for part in token.split("-"))


def follow_page_order(people: list[Person], printed: Sequence[str | None]) -> None:
    """Turn the names whose order no given name tells when the page prints its names surname first.

    ``printed`` are the page's names as printed. When some of them are known to be surname first
    (``Vallden Aila``) and none known to be given name first, a two-word name of unknown words on the
    same page (``Hokkanen Torsti``) is printed the same way and is turned round, unless its e-mail
    address spells it as it stands (``Torsti Hokkanen``, ``torsti.hokkanen@…``).

    >>> people = [Person(name="Aila Vallden"), Person(name="Hokkanen Torsti")]
    >>> follow_page_order(people, ["Vallden Aila", "Hokkanen Torsti"])
    >>> [p.name for p in people]
    ['Aila Vallden', 'Torsti Hokkanen']
    """
    pairs = [name.split() for name in printed if name and len(name.split()) == 2]
    surname_first = any(natural_order(" ".join(pair)) != " ".join(pair) for pair in pairs)
    given_first = any(_is_given_name(pair[0]) for pair in pairs)
    if not surname_first or given_first:
        return
    for person in people:
        tokens = person.name.split() if person.name else []
        if (
            len(tokens) == 2
            and all(t[:1].isupper() for t in tokens)
            and not any(_is_given_name(t) for t in tokens)
            and not _email_spells(tokens, person.email)
        ):
            person.name = f"{tokens[1]} {tokens[0]}"


def _email_spells(tokens: list[str], email: str | None) -> bool:
    """True when the e-mail address spells the name in the order it stands (``katriina.sahala@…``)."""
    local = _fold(email.split("@")[0]) if email else ""
    words = [w for w in re.split(r"[._]", local) if w]
    return len(words) >= 2 and [_fold(t) for t in tokens] == words[: len(tokens)]


#: webmail services whose addresses their users choose themselves (any order of the name's words)
_WEBMAIL = frozenset(
    "gmail.com hotmail.com hotmail.fi outlook.com outlook.fi live.com live.fi msn.com yahoo.com "
    "icloud.com me.com luukku.com suomi24.fi".split()
)


def _webmail(email: str | None) -> bool:
    return email is not None and email.rpartition("@")[2].casefold().rstrip(".") in _WEBMAIL


def natural_order(name: str, email: str | None = None) -> str:
    """``name`` with its given names first when it is printed surname first.

    The e-mail address decides when it spells the name (``matti.virtanen@…``); otherwise the name
    is turned round when only its last words are known given names. An address at a webmail service
    is the person's own choice, not an organisation's ``firstname.surname@`` rule: it may keep a name
    as printed but does not turn it (``Kauko Väisänen, vaisanen.kauko@gmail.com``).

    >>> natural_order("Virtanen Matti")
    'Matti Virtanen'
    >>> natural_order("Matti Virtanen")
    'Matti Virtanen'
    >>> natural_order("Aho Anna-Liisa")
    'Anna-Liisa Aho'
    >>> natural_order("Kukkonen Esa", "kukkonen.esa@example.fi")
    'Kukkonen Esa'
    >>> natural_order("Tuuli Sade")
    'Tuuli Sade'
    >>> natural_order("Kauko Sammalinen", "sammalinen.kauko@gmail.com")
    'Kauko Sammalinen'
    """
    tokens = name.split()
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return name
    turned = [tokens[-1], *tokens[:-1]] if len(tokens) == 2 else [*tokens[1:], tokens[0]]
    local = _fold(email.split("@")[0]) if email else ""
    words = [w for w in re.split(r"[._]", local) if w]
    if len(words) >= 2:
        if [_fold(t) for t in tokens] == words[: len(tokens)]:
            return name
        if [_fold(t) for t in turned] == words[: len(turned)] and not _webmail(email):
            return " ".join(turned)
    if _is_given_name(tokens[0]):
        return name
    surname, given = (tokens[0], tokens[1:])
    if all(_is_given_name(t) for t in given):
        return " ".join([*given, surname])
    return name


#: common Finnish and Finland-Swedish given names (lower case), to tell a name printed surname first
FIRST_NAMES = frozenset(
    """
    aapo aarne aaro aarre aatu ahti aila aili aino aija aki alexander aleksi aleksanteri alma
    anders anja anna anne anneli anni anniina annika anssi antero antti anu ari arja arto arvo armi
    asko atte auli aulikki aune eeva eero eetu eija eila eino eira eeli eemi elias elina elisa elisabet
    elsa emilia emma erik erja erkki esa esko eveliina eva hanna hannele hannu harri heidi heikki heini
    heli helena helmi henna henri henrik hilkka hilja hanne hannes ilkka ilmari ilona iiris inkeri
    irja irma irmeli isto jaakko jaana jan jani janne jari jarkko jarmo jarno jenni jere jesse joel
    johanna johannes jonna joni jonne jorma jouko jouni juha juhani juho jukka julia jussi jyrki
    jyri kaarina kaarlo kai kaija kaisa kalle kalervo karoliina kari karin kati katja katri
    katariina kerttu kimmo kirsi kirsti kristiina kristian krista kyösti laila laura lauri leena
    leila lasse liisa lotta lea leo linnea maarit maija maire marika marita marja marjatta marjo
    marjut markku markus marko marketta marianne martti matias matti maria mari merja mervi mia
    miia mika mikael mikko milla minna mirja mirjami mirva niina niko nina noora olavi oliver olli
    onni oskari otto outi paavo paula pauli pauliina pekka pentti pertti petra petri petteri pia
    pirjo pirkko päivi raija raimo raili rauni reija reijo reino riikka riitta risto ritva roope ruut
    saara sakari salla sami sampo sanna sanni santeri sari sarianne satu seija seppo simo sinikka
    sirkka sirpa soile sofia susanna suvi taina taisto taneli tapani tapio tarja teemu tellervo
    teppo terhi teuvo tiina timo tommi toni topi tuija tuomas tuomo tuula tuulikki tuuli tytti
    ulla unto urho ursula valtteri vesa ville vilja vilho viljo virpi viktoria veikko veli venla
    väinö yrjö
    aada aapeli akseli aliisa eelis ella elli elmeri enni essi fanni hely hemmo hugo iida iina
    inka ismo janika jasmin jemina jenna joonas jori jutta keijo kosti lassi leevi liisi
    luukas marjaana mats mikaela minttu mira mirko nea nelli nestori niilo oili oona ossi panu pasi
    pihla piia pilvi pirkka rasmus reetta riina riku ronja saana saija samuli sara sauli severi siiri
    sini soili sonja stiina tanja tatu teija tekla tero terttu tiia topias tuire tuukka veera vilma
    vuokko wilma
    """.split()
)
