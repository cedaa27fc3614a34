"""The people of an item: preparers and their contact lines, the presenter, officials signing or named over
the text, and how their names and offices are told apart from the item's text.
"""

from __future__ import annotations

import re

from paatosdata.lexicon import classify_heading
from paatosdata.model import Item, Section, Span
from paatosdata.parse.dynasty10.page import PHONE_MARK, Page, Paragraph, contact_line, dnro_paragraph
from paatosdata.parse.dynasty10.parts import NAME_PAIR, PRESENTER_TITLE
from paatosdata.parse.dynasty10.parts import part as _part
from paatosdata.parse.dynasty_header import looks_like_person
from paatosdata.people import (
    EMAIL,
    FIRST_NAMES,
    PHONE,
    is_office_only,
    is_title_only,
    office_holder,
    parse_people,
    parse_person,
)

#: a line of underscores or equals signs closing a part (``______`` under the decision, ``======`` under an
#: agenda's empty one): a separator, not text
RULE = re.compile(r"^(?:_{3,}|={3,})$")


#: the date of a line ending in its colon (``Tekninen johtaja Erkki Esimerkki 25.1.2026:``)
_DATE_BEFORE_COLON = re.compile(r"\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*:\s*$")


def further_preparers(text: str) -> bool:
    """A paragraph after the preparers' that names more of them: one contact line, or lines that each
    carry a phone or an address (``lakimies A B p. 050 … ja`` / ``hallintopäällikkö C D p. 040 …``)."""
    lines = text.split("\n")
    if len(lines) == 1:
        return contact_line(text)
    return all("@" in line or EMAIL.search(line) or PHONE_MARK.search(line) for line in lines)


def office_cut_short(text: str, following: str) -> bool:
    """True when the preparers' last line is an office broken over two paragraphs (``Valmistelija /
    Beredare: varhaiskasvatuspäällikkö/chef för`` / ``småbarnsfostran Mervi Esimerkki, …``): it names no
    person, no contact and no whole office, and the next paragraph goes on in lower case to a name."""
    last = text.rsplit("\n", 1)[-1]
    return (
        following.strip()[:1].islower()
        and NAME_PAIR.search(following) is not None
        and not NAME_PAIR.search(last)
        and not is_office_only(last)
        and not any(c.isdigit() for c in last)
        and "@" not in last
        and "(at)" not in last
    )


#: a sentence ending and the next one starting: ``… 2020-2026. Ohjelmassa …``
NEXT_SENTENCE = re.compile(r"[a-zåäö0-9)]\.\s+[A-ZÅÄÖ]")


def preparer_presents(item: Item, text: str, here: Span) -> None:
    """The one person named under a label for preparer and presenter both presents the item too; of
    several, the label does not say which presents."""
    people = parse_people(text.split("\n"), here)
    if len(people) == 1:
        item.presenter = people[0]
        item.spans["presenter"] = here


def office_over_proposal(paragraph: Paragraph, following: list[Paragraph], opened: str) -> bool:
    """True for an office alone on a line, no colon after it, over a paragraph that opens the proposal and
    names no presenter of its own (``Päätösehdotus Kunnanjohtaja Erkki Esimerkki`` does)."""
    text = paragraph.text.strip()
    if "\n" in text or text.endswith(":") or not following or not is_office_only(text):
        return False
    after = _part(following[0], opened)
    return after is not None and after[0] == "proposal" and not looks_like_person(after[2].split("\n")[0])


#: a municipality as the organisation Dynasty prints (``Perhon kunta``, ``Iin kunta``) …
ORGANISATION_NAME = r"[A-ZÅÄÖ][\wåäö-]*n\s+(?:kunta|kaupunki)"


#: … and after a name (``Sivistysjohtaja Risteelä Virpi Iin kunta``); (?<!\s) keeps long spaces linear
_ORGANISATION = re.compile(rf"(?<!\s)\s+(?P<organisation>{ORGANISATION_NAME})$")


def without_organisation(text: str, page: Page) -> str:
    """A person's line without the organisation after the name; the organisation names the page's
    municipality when its chrome names none."""
    first, newline, more = text.partition("\n")
    m = _ORGANISATION.search(first)
    if m is None or not looks_like_person(first[: m.start()]):
        return text
    if not page.label:
        page.label = m.group("organisation")
    return first[: m.start()] + newline + more


#: a unit's initials between an official's title and name (``apulaiskaupunginjohtaja HEP KOP Pekka
#: Esimerkki``): capitals of two to five letters, a name of two words after them
_INITIALS = re.compile(
    r"^(?P<title>\S+(?:\s+\S+){0,2}?)\s+(?:[A-ZÅÄÖ]{2,5}\s+)+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé][\wåäöé-]*\s+[A-ZÅÄÖ][a-zåäöé][\wåäöé-]*)$"
)


def without_initials(text: str) -> str:
    """A person's line without the initials of the official's unit between title and name."""
    first, newline, more = text.partition("\n")
    m = _INITIALS.match(first.strip())
    if m is None or not is_office_only(m.group("title")):
        return text
    return f"{m.group('title')} {m.group('name')}" + newline + more


def contact_lines(lines: list[str]) -> int:
    """How many of a preparers' part's paragraphs are its contacts: up to the last that names a person,
    an office, an address or a phone; the short lines after it are subheadings of the presentation, or
    the line leading into its first paragraph (``Enligt 7 § i förvaltningsstadgan:``)."""
    for count in range(len(lines), 0, -1):
        if not _subheading(lines[count - 1]) and not _lead_in(lines[count - 1]):
            return count
    return 0


def _lead_in(text: str) -> bool:
    """A line of the presentation leading into what follows it: one line of a few words ending in a colon,
    no contact, office or heading (``Kunnan hallintosäännön 12 §:n mukaan:``)."""
    return (
        "\n" not in text
        and len(text) <= 120
        and text[:1].isupper()
        and text.rstrip().endswith(":")
        and len(text.split()) >= 3
        and not contact_line(text)
        and not is_office_only(text.rstrip(": "))
        and classify_heading(text) is None
    )


def preparation_subheading(heading: str, rest: str, following: list[Paragraph]) -> bool:
    """True for ``Valmistelu`` (the preparation, not its preparer) beside a subheading that names nobody,
    over a paragraph of prose."""
    return (
        heading.casefold() in ("valmistelu", "beredning")
        and _subheading(rest)
        and bool(following)
        and prose(following[0].text)
    )


def _subheading(text: str) -> bool:
    """A subheading of the presentation: a title line (:func:`title_line`) with no digit."""
    return title_line(text) and not any(c.isdigit() for c in text)


def title_line(text: str) -> bool:
    """A line that reads as a title (``Palvelutasoehdotus 2026–2029``): one short line, capitalised, with
    no closing mark, that names no person, office, address or phone."""
    return (
        "\n" not in text
        and len(text) <= 90
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ":", ","))
        and not contact_line(text)
        and not is_office_only(text)
    )


def prose(text: str) -> bool:
    """A paragraph of running text, no contact line: a sentence of eight words or more with no address or
    phone mark (ending the paragraph, or followed by the next where a page is cut mid-sentence)."""
    ended = text.rstrip().endswith((".", ":")) or NEXT_SENTENCE.search(text) is not None
    return len(text.split()) >= 8 and ended and not contact_line(text)


def office_presents(item: Item, office: str, here: Span, own: bool) -> None:
    """The office over the proposal of the page's own handling (``Kunnanjohtaja:``, ``Pormestari: …``)
    presents it when no presenter is named. An office printed in capitals (``KUNNANJOHTAJA:``) is the same
    title, given lower-case as printed elsewhere."""
    if own and item.presenter is None:
        if office.isupper() and any(len(word) > 4 for word in office.split()):
            office = office.lower()
        item.presenter = office_holder(office, here)
        item.spans["presenter"] = here


#: a note of who attended the meeting as an expert: ``Asiantuntijana kokouksessa talousjohtaja Erkki
#: Esimerkki.``, ``Asiantuntijoina kokouksessa olivat …``; the meeting named within 60 characters
_EXPERT_NOTE = re.compile(r"^Asiantuntij(?:ana|oina)\b[^\n]{0,60}?\bkokou", re.IGNORECASE)


def expert_note(text: str) -> bool:
    """True for a one-line, one-sentence note of who attended the meeting as an expert."""
    text = text.strip()
    return (
        "\n" not in text
        and len(text) <= 200
        and bool(_EXPERT_NOTE.match(text))
        and not NEXT_SENTENCE.search(text)
    )


def presenter_in_heading(item: Item, who: str, sections: list[Section], here: Span) -> None:
    """Who presents, printed inside the proposal's heading: an office (``tekninen johtaja``), a person
    (``Tekninen johtaja Erkki Esimerkki``), or an office and a surname (``vs. tekninen johtaja
    Esimerkki``), the name then given in full when a preparer of that surname is named above."""
    if item.presenter is not None:
        return
    office, _, surname = who.strip().rpartition(" ")
    if is_title_only(who):
        person = office_holder(who, here)
    elif office and is_title_only(office) and _NAME_WORD.match(surname):
        person = office_holder(office, here)
        prepared = [
            parse_person(line) for s in sections if s.kind == "preparers" for line in s.text.split("\n")
        ]
        person.name = next((p.name for p in prepared if p.name and p.name.split()[-1] == surname), surname)
    elif looks_like_person(who):
        person = parse_person(who, here)
    else:
        return
    item.presenter = person
    item.spans["presenter"] = here


def presenter_over_body(text: str, body: str) -> bool:
    """``Apulaiskaupunginjohtaja Jari Kyllönen`` on a line over the body's name, the whole paragraph."""
    lines = text.split("\n")
    if len(lines) != 2 or not body or lines[1].strip().casefold() != body.casefold():
        return False
    words = lines[0].split()
    return 3 <= len(words) <= 5 and bool(PRESENTER_TITLE.match(words[0])) and looks_like_person(lines[0])


_OFFICIAL_WORD = re.compile(
    r"(?:johtaja|päällikkö|sihteeri|pormestari|lakimies|insinööri|tarkastaja|arkkitehti|direktör|chef)$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?$")


def official_named(line: str) -> bool:
    """``Hyvinvointijohtaja Erkki Esimerkki``: a title of one or more words and a name of two."""
    words = line.split()
    return (
        3 <= len(words) <= 6
        and bool(_OFFICIAL_WORD.search(words[-3]))
        and all(_NAME_WORD.match(w) for w in words[-2:])
    )


def official_over_text(text: str) -> bool:
    """``Kiinteistöpäällikkö Pekka Esimerkki:`` on a line of its own: an official named over the text."""
    return "\n" not in text and text.rstrip().endswith(":") and official_named(text.rstrip(": "))


def official_signing(text: str) -> str | None:
    """The official of ``Kiinteistöpäällikkö Pekka Esimerkki:`` on a line of its own, perhaps dated
    (``Liikuntajohtaja Erkki Esimerkki 25.1.2026:``, the date kept on a line of its own); else ``None``."""
    if "\n" in text or not text.rstrip().endswith(":"):
        return None
    dated = _DATE_BEFORE_COLON.search(text)
    official = text[: dated.start()] + ":" if dated is not None else text
    if not official_over_text(official):
        return None
    return official.rstrip(": ") + (f"\n{dated.group('date')}" if dated is not None else "")


def preparer_over_text(paragraph: Paragraph, following: list[Paragraph]) -> bool:
    """Who prepared the presentation, on a line of its own over a paragraph of prose and no label of a
    part: an office alone (``Sihteeri``), or an office and a name with no colon (``Talouspäällikkö Erkki
    Esimerkki``, as an older page prints its preparer under the dnro and handling line)."""
    text = paragraph.text.strip()
    if paragraph.heading is not None or "\n" in text or classify_heading(text) is not None:
        return False
    if not is_office_only(text) and not (official_named(text) and _part(paragraph) is None):
        return False
    return bool(following) and prose(following[0].text) and _part(following[0]) is None


def official_with_phone(text: str) -> bool:
    """``hallintojohtaja Erkki Esimerkki, puh. 040 123 4567`` on a line of its own: an office, a name and a
    labelled phone, nothing else (a preparer's contact printed with no heading)."""
    phone = PHONE.search(text)
    return (
        "\n" not in text
        and phone is not None
        and PHONE_MARK.search(text[phone.start() :]) is not None
        and not text[phone.end() :].strip(" .")
        and official_named(text[: phone.start()].rstrip(" ,"))
    )


def presenter_over_unit(text: str) -> bool:
    """``Hyvinvointijohtaja Erkki Esimerkki`` (a title of one or more words, a name) over a unit's name."""
    lines = text.split("\n")
    if len(lines) != 2:
        return False
    unit = lines[1].strip()
    return (
        official_named(lines[0])
        and 1 <= len(unit.split()) <= 5
        and unit[:1].isupper()
        and not any(c.isdigit() for c in unit)
        and not unit.endswith((".", ":"))
    )


def official_and_unit_joined(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The official and the unit printed as two paragraphs of one line each (Kuopio's column layout:
    ``Vs. suunnittelujohtaja Tanja Esimerkki`` / ``Asemakaavoitus``), joined as the one paragraph other
    pages print, when they are the first text of the part (after a dnro or a rule at most)."""
    for index, paragraph in enumerate(paragraphs[:3]):
        if RULE.match(paragraph.text) or dnro_paragraph(paragraph.text) is not None:
            continue
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if after is None or "\n" in paragraph.text or "\n" in after.text or paragraph.row or after.row:
            return paragraphs
        if paragraph.heading is not None or after.heading is not None or _part(paragraph) or _part(after):
            return paragraphs
        joined = f"{paragraph.text}\n{after.text}"
        if not presenter_over_unit(joined):
            return paragraphs
        return [*paragraphs[:index], Paragraph(joined, paragraph.line), *paragraphs[index + 2 :]]
    return paragraphs


#: ``ja`` before the next person, whose office may itself join two fields (``… ja markkinointi- ja
#: tiedotussihteeri C D``); not after a word cut short by a hyphen (``kasvatus- ja opetusjohtaja``), which
#: shares its ending with the next word of one title
_AND_NEXT_PERSON = re.compile(
    r"(?<!-)\s+(?:ja|och)\s+"
    r"(?=(?:(?:[a-zåäö]+-\s+(?:ja|och)\s+)?[a-zåäö-]+\s+)?[A-ZÅÄÖ][\wåäö'-]+\s+[A-ZÅÄÖ][\wåäö'-]+)"
)


#: the space after a person's address where the next person follows on the same line (``… a.b(at)x.fi
#: Opetuspäällikkö C D …``): a capitalised word and another, not a phone's mark
_AFTER_ADDRESS = re.compile(
    rf"(?<=\S)(?P<address>{EMAIL.pattern})\s+(?=(?!(?:Puh|Puhelin|Tel|Gsm|Mob)\b)[A-ZÅÄÖ][\wåäö-]+\s+[A-ZÅÄÖ])"
)


def one_per_line(text: str) -> str:
    """``Hallintojohtaja A B ja controller C D`` → one person a line; so too two people each followed by
    an address on one line, and bare names between commas."""
    text = _AFTER_ADDRESS.sub(r"\g<address>\n", _AND_NEXT_PERSON.sub("\n", text))
    return "\n".join(_bare_names_apart(line) for line in text.split("\n"))


#: a name with no office, two or three capitalised words (``Erkki Esimerkki``, ``Esimerkki Erkki``)
_BARE_NAME = re.compile(r"[A-ZÅÄÖ][\wåäö'-]+(?:\s+[A-ZÅÄÖ][\wåäö'-]+){1,2}")


def _bare_names_apart(line: str) -> str:
    """``Erkki Esimerkki, Aino Malli, etunimi.sukunimi@x.fi``: bare names between commas, each with a
    known given name, then only contacts (an address, a phone) → one name a line, the contacts kept
    after the last; any other line as it is (``Erkki Esimerkki, Esimerkkilän kunta`` is one person's)."""
    pieces = line.split(",")
    names = 0
    while names < len(pieces) and _bare_given_name(pieces[names].strip()):
        names += 1
    contacts = pieces[names:]
    if names < 2 or any(piece.strip() and not _contact_only(piece) for piece in contacts):
        return line
    last = ",".join(pieces[names - 1 :]).strip()
    return "\n".join([*(piece.strip() for piece in pieces[: names - 1]), last])


def _bare_given_name(piece: str) -> bool:
    """True for a name with no office, one of its words a known given name (``Aino Malli``)."""
    return _BARE_NAME.fullmatch(piece) is not None and any(
        word.casefold() in FIRST_NAMES for word in piece.split()
    )


def _contact_only(piece: str) -> bool:
    """True for an address or a phone number and nothing else."""
    return not PHONE.sub("", EMAIL.sub("", piece)).strip(" .;:")


#: a comma or ``ja`` between the people a sentence names
_NEXT_IN_LIST = re.compile(r",\s+|" + _AND_NEXT_PERSON.pattern)


def people_in_a_sentence(text: str) -> str | None:
    """The people a one-line sentence names, one a line: ``Opetusjohtaja Aino Esimerkki, hankinta-asiantuntija
    Olli Malli ja talouspäällikkö Eero Koe.``; ``None`` unless every piece is a title and a name."""
    if "\n" in text:
        return None
    pieces = [piece.strip() for piece in _NEXT_IN_LIST.split(text.strip().removesuffix("."))]
    if len(pieces) < 2 or not all(looks_like_person(piece) for piece in pieces):
        return None
    return "\n".join(pieces)


def _contact_heading(heading: str) -> bool:
    """``Lisätietoja``, ``Lisätietoja antaa``: a contact's heading, naming no preparer."""
    return heading.casefold().startswith(("lisätie", "ytterligare"))


def contacts_apart(item: Item, sections: list[Section]) -> None:
    """A contact under ``Lisätietoja`` who is not the preparer the ``Valmistelija`` part names, by name or
    by office (``Valmistelija toimistosihteeri`` / ``Lisätietoja hallintosihteeri Erkki Esimerkki``), is
    no preparer; the contact of the preparer's office (``Valmistelija hallintojohtaja`` / ``Lisätietoja
    hallintojohtaja Aino Esimerkki``) names that preparer, and with no ``Valmistelija`` part every contact
    is one."""
    names: set[str] = set()
    offices: set[str] = set()
    contacts: set[str] = set()
    for section in sections:
        if section.kind != "preparers":
            continue
        lines = [line.strip() for line in section.text.split("\n") if line.strip()]
        if _contact_heading(section.heading):
            contacts.update(p.name for p in parse_people(lines) if p.name)
            continue
        for line in lines:
            if is_office_only(line):
                offices.add((office_holder(line).title or "").casefold())
            else:
                person = parse_person(line)
                names.add(" ".join(sorted((person.name or "").casefold().split())))
                offices.add((person.title or "").casefold())
    names.discard("")
    offices.discard("")
    if not (names or offices) or not contacts:
        return
    item.preparers = [
        p
        for p in item.preparers
        if p.name not in contacts
        or " ".join(sorted(p.name.casefold().split())) in names
        or (p.title or "").casefold() in offices
    ]
