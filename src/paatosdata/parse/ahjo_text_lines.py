"""The lines of Helsinki's decision pages saved as text that more than one layout reads: the dnro, the item's
place and §, the site's notes, labels, folding button and closing sentence, a handling's mark, the heading of
the decider's block; the city's bodies by their names in the site's languages; the site's banner and the
labels of the presenter's and the decider's fields taken out of the text; and the page written for it
(:class:`AhjoTextPage`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from paatosdata.lexicon import classify_heading

__all__ = [
    "CLOSE",
    "CONFORMS",
    "CONFORMS_CLASS",
    "DECIDER",
    "DECISION",
    "DNRO",
    "HANDLING_MARK",
    "LATER",
    "PLACE",
    "PUBLISHED",
    "AhjoTextPage",
    "body_of",
    "city_body",
    "short_name",
    "statement_by",
    "without_banner",
    "without_field_labels",
]

DNRO = re.compile(r"^HEL[ -]\d{4}-\d{6}(?: T \d{2}(?: \d{2}){2,3})?$")
#: the item's place on the agenda and its §, after the site's word for a case in its language; an
#: officer's decision has its § alone (``§ 62``)
PLACE = re.compile(
    r"^(?:(?:Asia|Ärende|Case)\s+)?(?P<agenda>\d+)\.\s*/\s*(?P<number>\d+[a-z]?)\s*§$"
    r"|^§\s*(?P<alone>\d+[a-z]?)$"
)
#: the site's notes in the head: that the case was handled again later, or that the body or office that
#: decided no longer exists (``Tämä toimielin tai virka on lakkautettu``, ``This decisionmaker is no longer
#: active``, ``Denna beslutsfattare är inte längre aktiv``) — neither is a title nor a body
LATER = re.compile(
    r"^(?:Asialla on uudempia käsittelyjä|Ärendet har nyare handläggningar|More recent handlings"
    r"|Tämä toimielin tai virka on lakkautettu|This decision[- ]?maker is no longer active"
    r"|Denna beslutsfattare är inte längre aktiv)$"
)
#: the label of the decision part, in the languages of the site's chrome and of the decision
#: (a statement the body gives is printed under ``Lausunto``, ``Utlåtande``)
DECISION = re.compile(
    r"^(?:Päätös|Esitys|Lausunto|Beslut|Framställning|Utlåtande|Decision|Proposal|Statement)$"
)
#: the site's note of the day the decision was published, in its languages (``Päätös tullut nähtäväksi
#: 01.07.2026``, ``This decision was published on …``, ``Detta beslut publicerades …``): no part of the
#: decision
PUBLISHED = re.compile(
    r"^(?:Päätös tullut nähtäväksi|Tämä päätös on julkaistu|This decision was published on"
    r"|Det(?:ta| här) beslut(?:et)? publicerades)\s+\d{1,2}\.\d{1,2}\.\d{4}$"
)
#: the button that folds the decision: what follows it are the presenter's reasons
CLOSE = re.compile(r"^(?:Sulje|Stäng|Close)$")
#: the sentence that closes the decision on the site: what follows it are the presenter's reasons. It is the
#: site's statement about the decision, not what was decided: a block of its own (``CONFORMS_CLASS``)
CONFORMS = re.compile(
    r"^(?:(?:Päätös|Esitys|Lausunto) on ehdotuksen mukainen|Beslutet stämmer överens med förslaget|"
    r"(?:Framställningen|Utlåtandet) stämmer överens med förslaget)\.?$"
)
#: the class of the block that holds the site's closing sentence in the markup written for a page
CONFORMS_CLASS = "PaatosEhdotuksenMukainen"
#: a handling's mark (``Kunnanhallitus 12.03.2024 § 5``): another system's minutes, not the site's title
HANDLING_MARK = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*§\s*\d+\s*$")
#: the site's invitation to a user test printed over the page (``Använder du tjänsten Beslut regelbundet? Vi
#: söker nu deltagare till … användartester …``): a question and the word for a user test, in any language
_USER_TEST = re.compile(r"\b(?:användartest|käyttäjätest|user test)", re.I)
#: the site's notice of a disruption printed over the page (``… on laaja häiriö … Pahoittelemme häiriötä.``,
#: ``… Vi beklagar störningen.``): the word for the disruption and the apology for it, in any language
_DISRUPTION = re.compile(r"\b(?:häiriö|störning|disruption)", re.I)
_APOLOGY = re.compile(r"\b(?:Pahoittelemme|Vi beklagar|We apologi[sz]e)\b")
#: the heading of the block that closes an officer's decision with the decider's name and office, in the
#: site's languages (``Päättäjä`` / ``Marja Esimerkki`` / ``asemakaavapäällikkö``; the English site's heading
#: also as one word, ``Decisionmaker``): written as Ahjo's block of the decision maker, no contact person
DECIDER = re.compile(r"^(?:Päättäjä|Beslutsfattare|Decision[- ]?maker)$")
#: the labels some pages print over each value of the presenter's, the decider's and the contact people's
#: blocks (``Esittelijä`` / ``Nimi`` / ``Marja Esimerkki`` / ``Titteli`` / ``kansliapäällikkö``): no part of
#: the value
_NAME_LABEL = re.compile(r"^(?:Nimi|Namn|Name)$")
_TITLE_LABEL = re.compile(r"^(?:Titteli|Titel|Title)$")
#: the title of a statement on a case page that prints no body line names the body that gives it, in the
#: genitive (``Kulttuuri- ja vapaa-aikalautakunnan lausunto kaupunginhallitukselle …``)
_STATEMENT_BY = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?:(?<=-),)?(?:\s+(?:ja\s+)?[\wåäö-]+(?:(?<=-),)?){0,3}?"
    r"(?P<organ>lautakunnan|hallituksen|valtuuston|jaoston|johtokunnan))\s+lausunto\b"
)
_ORGAN_NOMINATIVE = {
    "lautakunnan": "lautakunta",
    "hallituksen": "hallitus",
    "valtuuston": "valtuusto",
    "jaoston": "jaosto",
    "johtokunnan": "johtokunta",
}
#: the city's own bodies as the Swedish and English site names them
_BODIES = {
    "helsingfors stadsstyrelse": "Kaupunginhallitus",
    "helsingfors stadsfullmäktige": "Kaupunginvaltuusto",
    "helsinki city board": "Kaupunginhallitus",
    "helsinki city council": "Kaupunginvaltuusto",
    "stadsstyrelsen": "Kaupunginhallitus",
    "stadsfullmäktige": "Kaupunginvaltuusto",
    "stadsmiljönämnden": "Kaupunkiympäristölautakunta",
    "urban environment committee": "Kaupunkiympäristölautakunta",
    "stadsmiljönämndens miljö- och tillståndssektion": (
        "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto"
    ),
    "stadsmiljönämndens sektion för byggnader och allmänna områden": (
        "Kaupunkiympäristölautakunnan rakennusten ja yleisten alueiden jaosto"
    ),
    "fostrans- och utbildningsnämnden": "Kasvatus- ja koulutuslautakunta",
    "nämnden för fostran och utbildning": "Kasvatus- ja koulutuslautakunta",
    "education committee": "Kasvatus- ja koulutuslautakunta",
    "svenska sektionen vid nämnden för fostran och utbildning": (
        "Kasvatus- ja koulutuslautakunnan ruotsinkielinen jaosto"
    ),
    "kultur- och fritidsnämnden": "Kulttuuri- ja vapaa-aikalautakunta",
    "culture and leisure committee": "Kulttuuri- ja vapaa-aikalautakunta",
    "social-, hälsovårds- och räddningsnämnden": "Sosiaali-, terveys- ja pelastuslautakunta",
    "social- och hälsovårdsnämnden": "Sosiaali- ja terveyslautakunta",
    "revisionsnämnden": "Tarkastuslautakunta",
    "audit committee": "Tarkastuslautakunta",
    "räddningsnämnden": "Pelastuslautakunta",
    "stadsstyrelsens koncernsektion": "Kaupunginhallituksen konsernijaosto",
    "stadsstyrelsens näringslivssektion": "Kaupunginhallituksen elinkeinojaosto",
    "environment and permits sub-committee": "Kaupunkiympäristölautakunnan ympäristö- ja lupajaosto",
    # the board of the city's transport enterprise (HKL), whose decisions may name it ``Johtokunta`` only
    "board of helsinki city transport": "Liikenneliikelaitoksen johtokunta",
    # the English site's name of the mayor's office, whose decisions are an officer's
    "helsinki mayor": "Pormestari",
}


@dataclass
class AhjoTextPage:
    """The markup written for a saved page, and what the markup cannot say."""

    markup: str
    agenda_number: str | None
    body: str | None
    #: the body's short name the page prints in brackets after its name (``(Palmia)``), without them
    body_short: str | None = None
    meeting_number: str | None = None
    meeting_day: str | None = None
    #: the language of the site's own wording, and of the decision's label: an office line in the chrome's
    #: language when that is not the decision's is the site's translation of the office
    chrome: str = "fi"
    decided_in: str = "fi"


def without_banner(lines: list[str]) -> list[str]:
    """The lines with the site's invitation to a user test or its notice of a disruption, when it opens the
    text, left blank (so every line keeps its number)."""
    filled = [i for i, line in enumerate(lines[:5]) if line.strip()]
    first = lines[filled[0]] if filled else ""
    invitation = "?" in first and _USER_TEST.search(first)
    notice = _DISRUPTION.search(first) and _APOLOGY.search(first)
    if len(first) < 400 and (invitation or notice):
        return ["" if i == filled[0] else line for i, line in enumerate(lines)]
    return lines


def without_field_labels(lines: list[str]) -> list[str]:
    """The lines with the labels of a presenter's, a decider's or the contact people's block (its heading,
    ``Nimi``, the name, ``Titteli``, the title) left blank and the values in the order the site prints them
    without labels: the presenter's title (in lower case, as the site prints it there) over the name, the
    decider's name over the title, each contact person on one line of the name and the title (``Marja
    Esimerkki, kokoelmapäällikkö``), as many as are labelled under the heading. Every line keeps its
    number."""
    out = list(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for at, heading in enumerate(filled[:-4]):
        if (labelled := _labelled(lines, filled, at)) is None:
            continue
        line = lines[heading].strip()
        kind = "decider" if DECIDER.match(line) else classify_heading(line)
        if kind == "preparers" or line.casefold() == _ENGLISH_PREPARERS:
            while labelled is not None:
                name, title = labelled
                out[filled[at + 1]], out[filled[at + 3]], out[filled[at + 4]] = "", "", ""
                out[filled[at + 2]] = f"{name}, {_lower_title(title)}"
                at += 4
                labelled = _labelled(lines, filled, at)
            continue
        name, title = labelled
        if kind == "decider":
            values = (name, title)
        elif kind == "presenter":
            values = (_lower_title(title), name)
        else:
            continue
        first, _, second, _ = filled[at + 1 : at + 5]
        out[first], out[filled[at + 2]], out[second], out[filled[at + 4]] = "", values[0], "", values[1]
    return out


#: the English site's heading over the contact people
_ENGLISH_PREPARERS = "ask for more info"


def _labelled(lines: list[str], filled: list[int], at: int) -> tuple[str, str] | None:
    """The name and the title of the labelled values after the filled line ``at`` (``Nimi`` / the name /
    ``Titteli`` / the title), else ``None``."""
    if at + 4 >= len(filled):
        return None
    label, name, label2, title = (lines[i].strip() for i in filled[at + 1 : at + 5])
    if _NAME_LABEL.match(label) and _TITLE_LABEL.match(label2):
        return name, title
    return None


def _lower_title(title: str) -> str:
    """A title printed as a field's value is capitalised; the site prints it in lower case elsewhere (an
    abbreviation in capitals stays as it is)."""
    return title if title[:2].isupper() else title[:1].lower() + title[1:]


def city_body(name: str) -> str:
    """The Finnish name of one of the city's bodies named in Swedish or English, else ``name``.

    >>> city_body("Stadsfullmäktige"), city_body("Kaupunginhallitus")
    ('Kaupunginvaltuusto', 'Kaupunginhallitus')
    """
    return _BODIES.get(name.casefold(), name)


#: a body's short name printed in brackets after its name (``… johtokunta (Stara)``, ``(HKL)``): one word,
#: no part of the name
_SHORT_NAME = re.compile(r"\s+\((?P<short>[A-ZÅÄÖ][\wåäö-]{1,15})\)$")


def short_name(line: str) -> str | None:
    """The short name in brackets after a body's name (``… johtokunta (Stara)`` → ``Stara``), if any."""
    m = _SHORT_NAME.search(line)
    return m.group("short") if m else None


def body_of(line: str) -> str:
    """``Helsingin kaupunginhallitus`` → Kaupunginhallitus; a Swedish or English name of the city's own;
    a short name in brackets after the name left out."""
    line = _SHORT_NAME.sub("", line)
    key = line.casefold()
    named = _BODIES.get(key) or _BODIES.get(re.sub(r"^helsingfors\s+", "", key))
    if named:
        return named
    stem = re.sub(r"^Helsingin\s+", "", line)
    return stem[:1].upper() + stem[1:]


def statement_by(title: str) -> str | None:
    """The body that gives the statement a title names (``Kulttuuri- ja vapaa-aikalautakunnan lausunto …``
    → ``Kulttuuri- ja vapaa-aikalautakunta``), else ``None``."""
    m = _STATEMENT_BY.match(title)
    if m is None:
        return None
    organ = m.group("organ")
    name = m.group("body")[: -len(organ)] + _ORGAN_NOMINATIVE[organ]
    return None if name.casefold() in _ORGAN_NOMINATIVE.values() else body_of(name)
