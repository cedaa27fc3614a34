"""The people of a Turku signature line: the preparers' dated line (``Titteli A B, titteli C D
18.4.2017:``), the presenter's line over the proposal, the unit that may open either, and the official's
title printed over a decision (:func:`is_office`)."""

from __future__ import annotations

import re

from paatosdata.people import TITLE_ENDINGS, ends_name, is_office_only

__all__ = ["DATE_TAIL", "is_office", "signers_of"]

DATE_TAIL = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}\s*:?\s*$")
#: between the people of a signature line: a comma, or "ja"/"och" after a name; one within a title
#: (``Kasvatus- ja opetusjohtaja``, ``Direktör för fostran och undervisning``) parts no one
_CONJUNCTION = re.compile(r"\s+(?:ja|och)\s+")


def _signer_parts(names: str) -> list[str]:
    """The parts of a signature line set apart by commas or by a slash between spaces (``Titteli A B /
    titteli C D:``), each split again at a "ja"/"och" that follows a capitalised word (the end of a name)
    not ending in a hyphen. A slash splits only between people, each side ending in a name: one between
    two titles (``Kasvatus- ja opetusjohtaja / sivistysjohtaja A B``) is the person's double title."""
    parts: list[str] = []
    for chunk in (piece for part in re.split(r"\s*,\s*", names) for piece in _between_people(part)):
        start = 0
        for conjunction in _CONJUNCTION.finditer(chunk):
            before = chunk[start : conjunction.start()].split()
            if before and before[-1][:1].isupper() and not before[-1].endswith("-"):
                parts.append(chunk[start : conjunction.start()])
                start = conjunction.end()
        parts.append(chunk[start:])
    return [part for part in parts if part]


def _between_people(chunk: str) -> list[str]:
    """A part of a signature line split at its slashes between spaces when every side ends in a
    capitalised word (a name), else whole."""
    sides = re.split(r"\s+/\s+", chunk)
    if all(side.split() and side.split()[-1][:1].isupper() for side in sides):
        return sides
    return [chunk]


#: the mark of an acting official before the title (vs., va., t.)
_ACTING_MARK = re.compile(r"^(?:vs\.|va\.|v\.s\.|t\.)\s*", re.IGNORECASE)


#: a deputy's title: the office in the genitive and ``sijainen`` (``liikennesuunnittelupäällikön sijainen``)
_DEPUTY_OF = re.compile(r"^(?P<office>.+?)\s+(?:sijainen|sijaisena)$", re.IGNORECASE)


def is_office(text: str, office: str) -> bool:
    """True when a line is the official's title as the header names the office, in any case, an acting
    official's mark before it (``vs. liikennesuunnittelupäällikkö``), or the title of the official's deputy
    (``liikennesuunnittelupäällikön sijainen``, ``teknisen johtajan sijainen``)."""
    line = _ACTING_MARK.sub("", text).casefold()
    # an office printed with its series after a slash (``Kaupunginjohtaja/sarja``) or its post number in
    # brackets (``Johtava terveystarkastaja (vakanssi 203002)``) is the office before it
    name = office.split("/")[0].split("(")[0].strip().casefold()
    if line == name:
        return True
    deputy = _DEPUTY_OF.match(line)
    return deputy is not None and _genitive_of(deputy.group("office").split(), name.split())


def _genitive_of(words: list[str], office: list[str]) -> bool:
    """True when ``words`` are the words of ``office`` in the genitive: each ends in -n and agrees with the
    office's word but for its last three letters, which the genitive may change (``päällikkö`` →
    ``päällikön``, ``arkkitehti`` → ``arkkitehdin``, ``tekninen`` → ``teknisen``)."""
    return len(words) == len(office) and all(
        word.endswith("n") and word[: max(len(stem) - 3, 3)] == stem[: max(len(stem) - 3, 3)]
        for word, stem in zip(words, office, strict=True)
    )


def signers_of(
    text: str, over_proposal: bool = False, opening: bool = False, first: bool = False
) -> list[str] | None:
    """The people of a signature line, else ``None``; the office alone of a dated line naming no person
    (``Hallinto- ja talouspäällikkö 25.5.2022:``).

    Names end in a colon: ``Kaupunginjohtaja A B:``, ``Titteli A B, titteli C D 18.4.2017:``,
    ``Titteli A B ja titteli C D 18.3.2020:``. A dated line may name the unit first
    (``Kaupunkiympäristötoimiala, tonttipalvelut, tonttipäällikkö A B 19.2.2021:``; the unit is not a
    person), each person's own unit when two sign (``Sivistystoimiala, lakimies A B ja konsernihallinto,
    sihteeri C D 2.3.2019:``), or lack the colon when each name is two capitalised words
    (``Kasvatus- ja opetusjohtaja A B ja palveluverkkojohtaja C D 30.9.2021``); a unit of a dated line ending
    in its colon may run to three words, its head noun after two genitives, before people titled by an
    office (``Satamanseudun elävöittämisen ohjelma, ohjelmapäällikkö A B ja Liikunnan hanke, hankejohtaja C
    D, 2.4.2026:``). A dated line's title may
    run to six words, "och" within it (``Direktör för svensk fostran och undervisning A B 1.12.2022:``), and
    so may the presenter's undated line right over the proposal (``over_proposal``). The line opening an
    official's decision (``opening``) may name the unit before an undated name (``Liikennesuunnittelu,
    A B:``), and lack the colon when it does; an undated line ending in its colon may name the unit first
    when an office's title stands before a name (``Hallintoyksikkö, kulttuurisihteeri A B:``, see
    :func:`_unit_and_titled`). A line runs to 16 words, a dated one with its colon to five
    words a person when more sign (``Titteli A B, Kaupungin yksikön vt. johtaja C D, titteli E F ja
    titteli G H 1.2.2021:``). The line opening a handling (``first``) may lack both date and colon when
    every person is titled by an office (``Titteli A B, tittelit C D ja E F``, see :func:`_titled_people`),
    and its dated line may name only the unit (``Liikelaitos 1.2.2026:``, returned whole as an office is); so
    may the line over the proposal lack them (``Toimialajohtaja A B`` alone over ``Ehdotus …``)."""
    dated = DATE_TAIL.search(text) is not None
    length = len(text.split())
    bare = not (text.endswith(":") or dated)
    if (bare and not (opening or first or over_proposal)) or (
        length > 16 and not (dated and text.endswith(":"))
    ):
        return None
    names = DATE_TAIL.sub("", text).rstrip(":").strip()
    if dated and text.endswith(":") and (is_office_only(names) or (first and _UNIT_ONLY.fullmatch(names))):
        return [names]  # the office or the unit signs; no person is named
    parts = _signer_parts(names)
    strict = not text.endswith(":")

    def person(part: str) -> bool:
        # a title of many words (``Direktör för svenskspråkig fostran och undervisning A B``) only on a
        # dated line or the line over the proposal, and then with both names capitalised
        words = part.split()
        # a compound's stem before "ja" is one word with what follows (``Kulttuuri- ja nuorisolautakunnan``)
        joined = sum(
            1 for a, b in zip(words, words[1:], strict=False) if a.endswith("-") and b in ("ja", "och")
        )
        long = len(words) - 2 * joined > 5
        if long and not ((dated or over_proposal) and len(words) <= 8):
            return False
        tail = words[-2:] if strict or long else words[-1:]
        return len(words) >= 2 and all(w[:1].isupper() for w in tail[:-1]) and ends_name(tail[-1])

    people = [part for part in parts if person(part)]
    if not people or not person(parts[-1]) or length > max(16, 5 * len(people)):
        return None
    # a unit is a word or two; "ja" may join two (``kaupunkisuunnittelu ja maaomaisuus``)
    units = [unit for part in parts if not person(part) for unit in _CONJUNCTION.split(part)]
    unit_first = dated or opening or (text.endswith(":") and _unit_and_titled(units, people))
    # a unit of three words only on a dated line ending in its colon, before people each titled by an office
    wide = dated and text.endswith(":") and _unit_and_titled(units, people)
    if units and not (unit_first and all(_unit_words(unit, wide) for unit in units)):
        return None
    if bare and not (
        (opening and _unit_and_person(units, people))
        or ((first or over_proposal) and _titled_people(units, people))
    ):
        return None  # without a date or a colon only a line naming its unit first, or titled people, signs
    return people


def _unit_words(unit: str, wide: bool) -> bool:
    """True when a part of a signature line is short enough to be a unit: a word or two; where a unit may
    be ``wide``, three, a head noun after two words in -n (``Satamanseudun elävöittämisen ohjelma``). A
    sentence opening with its subject (``Kaupunginhallitus on kuullut``) is not such words; one whose first
    two words end in -n (``Asian on valmistellut``) would pass, the caller's other tests deciding."""
    words = unit.split()
    if len(words) <= 2:
        return True
    return wide and len(words) == 3 and all(word.endswith("n") for word in words[:2])


#: a unit alone, a capitalised word a part (``Kunnallistekniikkaliikelaitos``, ``Konsernihallinto, talous``),
#: or a noun after its adjective in -inen (``Alueellinen vesihuolto``); an ordinal in -inen (``Toinen
#: käsittely``) names a reading, no unit, and a verb after a noun (``Lautakunta päätti``) makes a sentence
_UNIT_ONLY = re.compile(
    r"(?:(?!(?:Ensimmäinen|Toinen)\s)[A-ZÅÄÖ][a-zåäö]{2,}inen\s+[a-zåäö][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+)"
    r"(?:\s*,\s*[\wåäö-]{2,})*"
)


def _titled_people(units: list[str], people: list[str]) -> bool:
    """True when a line without date or colon names only people, the first titled by an office before the
    name (``Liikuntapaikkapäällikkö A B``), each later one so titled, in the plural too (``suunnittelijat C
    D``), or sharing the title before it (``… ja E F``): prose names no office before every name."""
    if units:
        return False
    for index, person in enumerate(people):
        words = person.split()
        title = [word.casefold() for word in words[:-2]]
        if not title and index > 0 and len(words) == 2:
            continue
        if not 0 < len(title) <= 3 or any(word[:1].isupper() for word in words[1:-2]):
            return False
        last = title[-1].removesuffix("t") if not title[-1].endswith(TITLE_ENDINGS) else title[-1]
        if not last.endswith(TITLE_ENDINGS) or (index > 0 and words[0][:1].isupper()):
            return False
    return True


def _unit_and_titled(units: list[str], people: list[str]) -> bool:
    """True when the parts of an undated line ending in a colon are a unit and then people each titled
    before the name, one by an office (``Hallintoyksikkö, kulttuurisihteeri A B:``, ``Terveysvalvonta,
    päällikön varahenkilö A B, johtava tarkastaja C D:``): prose ending in a colon has no office's title
    before a name (``Lisäksi todetaan, että A B:``), nor a party, a company or a town as
    :func:`_unit_and_person` tells."""
    titles = [_title_before_name(person) for person in people]
    return (
        _unit_and_person(units, people)
        and all(titles)
        and any(title.split()[-1].casefold().endswith(TITLE_ENDINGS) for title in titles)
    )


def _title_before_name(person: str) -> str:
    """The lower-case words before a person's capitalised name (``johtava tarkastaja`` of ``johtava
    tarkastaja A B``), an acting mark among them; empty when the part opens with the name."""
    words = person.split()
    title = [word for word in words if not word[:1].isupper()]
    if words[: len(title)] != title or len(words) - len(title) < 2:
        return ""
    return " ".join(title)


#: a word naming a company or a municipality, never a person's (``Oy Yritys Ab``, ``Turun kaupunki``)
_NO_PERSON = re.compile(r"^(?:oyj?|ab[bp]?|ky|ry|rf|kb|\w*kaupunki|\w*kunta|stad|kommun)$", re.IGNORECASE)


#: a word a unit's name never has: a passive verb (``todetaan``, ``esitetään``) or a conjunction of a clause
_SENTENCE_WORD = re.compile(r"\w(?:t|d)(?:aan|ään)\b|\b(?:että|jotta|koska)\b", re.IGNORECASE)


def _unit_and_person(units: list[str], people: list[str]) -> bool:
    """True when the parts of a line without a date or a colon are a unit and then people: a unit whose
    last word is no agent noun in -ja/-jä (``Hakija, A B`` names a party, not a unit), and people without
    a company's or a municipality's word (``Hankinta, Oy Yritys Ab``, ``Liikelaitos, Turun kaupunki``). A
    unit names no verb of a sentence (``Perusteluna todetaan, kaupunginjohtaja A B:`` is prose)."""
    return bool(
        units
        and not any(unit.split()[-1].casefold().endswith(("ja", "jä")) for unit in units)
        and not any(_SENTENCE_WORD.search(unit) for unit in units)
        and not any(_NO_PERSON.match(word) for person in people for word in person.split())
    )
