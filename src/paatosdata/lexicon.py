"""The heading lexicon: every spelling of every part of a pykälä, Finnish, Swedish and vendor variants.

One data table, used by every reader. Matching is case-insensitive, ignores Markdown emphasis,
a trailing colon and surrounding whitespace, and prefers the longest heading that matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from paatosdata.people import proposing_office

__all__ = [
    "HEADINGS",
    "MEETING_HEADINGS",
    "MEETING_KINDS",
    "ROLES",
    "SECTION_KINDS",
    "HeadingMatch",
    "classify_heading",
    "classify_meeting_heading",
    "match_heading_prefix",
    "match_meeting_heading_prefix",
    "normalise_heading",
]


#: section kind → (English label, headings). Kinds are stable keys used in the model and in RDF/AKN.
SECTION_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "preparers": (
        "Preparers and further information",
        (
            "Valmistelijat / lisätiedot",
            "Valmistelijat/lisätiedot",
            "Valmistelijat ja lisätiedot",
            "Valmistelija / lisätiedot",
            "Valmistelija ja lisätiedot",
            "Valmistelu ja lisätiedot",
            "Valmistelijat",
            "Valmistelija",
            "Lisätiedot",
            "Lisätietoja",
            "Lisätietoja antaa",
            "Lisätietoja antavat",
            "Lisätietojen antajat",
            "Lisätietojen antaja",
            "Lisätiedon antaja",
            "Valmistelu",
            "Asian valmisteli",
            "Asian valmistelija",
            "Asian valmistelijat",
            "Asian valmistelija(t)",  # one or more, as the template's label leaves open
            "Valmistelija(t)",
            "Valmistelija ja lisätietojen antaja",
            "Valmistelija ja esittelijä",
            "Upplysningar",
            "Beredare",
            "Beredare av ärendet",
            "Beredning",
            "Ytterligare upplysningar",
            "Mer information fås av",
            "Mer information",
            "Beredare / upplysningar",
            "Beredare och upplysningar",
            "Tilläggsuppgifter",
        ),
    ),
    "presenter": (
        "Presenter",
        ("Esittelijä", "Esittelijät", "Asian esitteli", "Föredragande", "Föredragare"),
    ),
    "summary": ("Summary", ("Tiivistelmä", "Sammandrag")),
    "history": (
        "Decision history",
        (
            "Päätöshistoria",
            "Aikaisempi käsittely",
            "Aiempi käsittely",
            "Aikaisemmat käsittelyt",
            "Aiemmat käsittelyt",
            "Beslutshistoria",
            "Tidigare behandling",
        ),
    ),
    "reasons": (
        "Reasons",
        (
            "Selostus",
            "Perustelut",
            "Esittelyteksti",
            "Esittelijän perustelut",
            "Päätöksen perustelut",
            "Kuvaus",
            "Lähtökohdat",
            "Asian selostus",
            "Selostus ja perustelut",
            "Seloste ja perustelut",
            "Beskrivning",
            "Motivering",
            "Föredragandens motivering",
            "Föredragandens motiveringar",
            "Redogörelse",
            "Beslutsmotivering",
        ),
    ),
    "proposal": (
        "Proposal",
        (
            "Päätösehdotus",
            "Ehdotus",
            "Päätösesitys",
            "Esitys",
            "Kaupunginjohtajan esitys",
            "Kunnanjohtajan esitys",
            "Lausuntoehdotus",
            "Esitysehdotus",
            "Pohjaehdotus",
            "Esittelijän ehdotus",
            "Esittelijän päätösehdotus",
            "Esittelijän päätösesitys",
            "Kaupunginjohtajan ehdotus",
            "Kunnanjohtajan ehdotus",
            "Beslutsförslag",
            "Förslag",
            "Stadsdirektörens förslag",
            "Kommundirektörens förslag",
        ),
    ),
    "handling": ("Proceedings", ("Käsittely", "Kokouskäsittely", "Behandling", "Behandling på mötet")),
    "decision": ("Decision", ("Päätös", "Lausunto", "Beslut", "Utlåtande")),
    "dissent": ("Dissent", ("Eriävä mielipide", "Avvikande mening", "Avvikande åsikt")),
    "legal_basis": (
        "Legal basis",
        (
            "Toimivallan peruste",
            "Toimivalta",
            "Sovellettava lainkohta",
            "Sovelletut oikeusohjeet",
            "Oikeusohjeet",
            "Lainsäädäntö",
            "Tillämpat lagrum",
            "Tillämpade lagrum",
            "Behörighet",
            "Beslutanderätt",
            "Befogenhet",
        ),
    ),
    "impact": (
        "Impact assessment",
        (
            "Vaikutusten arviointi",
            "Vaikutusten ennakkoarviointi",
            "Vaikutusten ennakkoarviointi (EVA)",
            "Ennakkovaikutusten arviointi",
            "Ennakkovaikutusten arviointi laadittu",
            "Päätöksen vaikutusten arviointi",
            "Lapsivaikutusten arviointi",
            "Vaikutukset",
            "Konsekvensbedömning",
            "Förhandsbedömning av konsekvenser",
            "Konsekvenser",
        ),
    ),
    "disqualification": ("Disqualification", ("Esteellisyys", "Jäv")),
    "attachments": ("Attachments", ("Liitteet", "Liite", "Bilagor", "Bilaga")),
    "supplementary": (
        "Supplementary material",
        ("Oheismateriaali", "Oheismateriaalit", "Bilagematerial", "Material som delges", "Oheisaineisto"),
    ),
    "distribution": (
        "For information / extracts",
        (
            "Tiedoksi",
            "Tiedoksianto",
            "Jakelu",
            "Sändlista",
            "Otteet",
            "Ote",
            "Tiedoksi ja toimenpiteitä varten",
            "Utdrag",
            "Delges",
            "För kännedom",
        ),
    ),
    "implementation": ("Implementation", ("Täytäntöönpano", "Täytäntöönpanotiedot", "Verkställighet")),
    "appeal": (
        "Appeal information",
        (
            "Muutoksenhaku",
            "Muutoksenhakuohjeet",
            "Muutoksenhakuohje",
            "Oikaisuvaatimusohje",
            "Oikaisuvaatimusohjeet",
            "Ohjeet oikaisuvaatimuksen tekemiseksi",
            "Valitusosoitus",
            "Muutoksenhakukielto",
            "Muutoksenhakukielto ja oikaisuvaatimusohje",
            "Sökande av ändring",
            "Anvisning för rättelseyrkande",
            "Besvärsanvisning",
            "Förbud mot sökande av ändring",
            "Besvärsförbud",
        ),
    ),
    "confidentiality": (
        "Confidentiality",
        ("Salassapito", "Salassapitoperuste", "Salassapidon perustelut", "Sekretess", "Sekretessgrund"),
    ),
    "wish": ("Wish clause", ("Toivomusponsi", "Hemställningskläm")),
    "vote": ("Vote", ("Äänestys", "Äänestystulos", "Omröstning", "Omröstningsresultat")),
}

_EMPHASIS = re.compile(r"^[#>\s]*|[*_`]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def normalise_heading(text: str) -> str:
    """``### **Päätösehdotus:**`` → ``päätösehdotus``; slashes get single spaces around them."""
    text = _EMPHASIS.sub("", text).strip()
    text = text.rstrip(":").strip()
    text = re.sub(r"\s*/\s*", " / ", text)
    return _SPACES.sub(" ", text).casefold()


#: flat (normalised heading → kind) table, built once
HEADINGS: dict[str, str] = {
    normalise_heading(heading): kind
    for kind, (_label, headings) in SECTION_KINDS.items()
    for heading in headings
}


#: a body's proposal named after it: "Kaupunginhallituksen päätösehdotus", "Lautakunnan esitys"; an
#: office's of two words: "Teknisen johtajan ehdotus"; a Swedish body's: "Stadsstyrelsens förslag"
_BODYS_PROPOSAL = re.compile(
    r"^(?:[\wåäö-]+n\s+)?[\wåäö-]*(?:hallituksen|lautakunnan|valtuuston|jaoston|johtokunnan|toimikunnan|johtajan)\s+"
    r"(?:päätösehdotus|ehdotus|päätösesitys|esitys)$"
    # the same after the body's abbreviation: "Khall päätösehdotus", "Kh:n päätösesitys"
    r"|^[\wåäö]{1,6}\.?(?::n)?\s+(?:päätösehdotus|päätösesitys)$"
    # the same in Swedish: "Stadsstyrelsens förslag", "Svenska sektionens beslutsförslag"
    r"|^(?:[\wåäö-]+\s+)?[\wåäö-]*(?:styrelsens|nämndens|fullmäktiges|sektionens|direktionens)\s+"
    r"(?:beslutsförslag|förslag)$"
)


def classify_heading(text: str) -> str | None:
    """The section kind of a line that holds only a heading, else ``None``.

    A heading joined from two known ones (``Valmistelijat / Lisätietojen antaja``) has their kind
    when they agree; a proposal named after its body (``Kaupunginhallituksen päätösehdotus``, its
    abbreviation: ``Kh:n päätösesitys``) or after an office (``Pormestarin päätösehdotus``, ``Rehtorin
    ehdotus``) is a proposal.

    >>> classify_heading("Valmistelijat/ Lisätietojen antaja")
    'preparers'
    >>> classify_heading("Kaupunginhallituksen päätösehdotus"), classify_heading("Khall päätösehdotus")
    ('proposal', 'proposal')
    >>> classify_heading("Teknisen johtajan ehdotus:")
    'proposal'
    >>> classify_heading("Pormestarin päätösehdotus"), classify_heading("Jäsenen ehdotus")
    ('proposal', None)
    >>> classify_heading("Päätösehdotus / Päätös") is None
    True
    """
    heading = normalise_heading(text)
    kind = HEADINGS.get(heading)
    if kind is None and " / " in heading:
        kinds = {HEADINGS.get(part.strip()) for part in heading.split(" / ")}
        if len(kinds) == 1:
            kind = kinds.pop()
    if kind is None and (_BODYS_PROPOSAL.match(heading) or proposing_office(heading) is not None):
        kind = "proposal"
    return kind


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A heading found at the start of a line, and the text after it on the same line."""

    kind: str
    heading: str
    rest: str


def _by_first_word(table: dict[str, str]) -> dict[str, list[str]]:
    """Headings grouped by their first word, longest first, so a line is compared with few of them."""
    index: dict[str, list[str]] = {}
    for heading in sorted(table, key=len, reverse=True):
        index.setdefault(heading.split()[0], []).append(heading)
    return index


_BY_FIRST_WORD = _by_first_word(HEADINGS)


def match_heading_prefix(line: str) -> HeadingMatch | None:
    """A known heading at the start of ``line`` followed by text on the same line.

    Dynasty prints ``Päätösehdotus Kaupunginjohtaja Jukka Mäkelä`` and text often follows
    ``Lisätiedot:``. The heading must end at a word boundary (a colon, spaces or the end).

    >>> match_heading_prefix("Toimivallan peruste     Kuntalaki 410/2015 110 §").rest
    'Kuntalaki 410/2015 110 §'
    >>> match_heading_prefix("Valmistelijat/lisätiedot: Anna Berg").heading
    'Valmistelijat/lisätiedot'
    >>> m = match_heading_prefix("Valmistelu/lisätiedot talouspäällikkö Anna Berg")
    >>> (m.kind, m.heading, m.rest)
    ('preparers', 'Valmistelu/lisätiedot', 'talouspäällikkö Anna Berg')
    """
    return _prefix(line, _BY_FIRST_WORD, HEADINGS)


def _prefix(line: str, index: dict[str, list[str]], table: dict[str, str]) -> HeadingMatch | None:
    """Match on the normalised line, then cut the heading from the line as printed (slashes intact)."""
    if len(line) > 300 and not line[:300].strip():
        return None
    original = _EMPHASIS.sub("", line).strip()
    folded = re.sub(r"\s*/\s*", " / ", original).casefold()
    first = re.split(r"[\s:]+", folded, maxsplit=1)[0]
    for heading in index.get(first, ()):
        if not folded.startswith(heading):
            continue
        pattern = r"\s*/\s*".join(
            r"\s+".join(re.escape(w) for w in part.split()) for part in heading.split(" / ")
        )
        m = re.match(pattern, original, re.IGNORECASE)
        if m is None:
            continue
        rest = original[m.end() :]
        if rest[:1] == "/":
            joined = _joined(original[: m.end()], rest[1:], table[heading], index, table)
            if joined is not None:
                return joined
        if rest and rest[0] not in ": \t\u00a0":
            continue
        return HeadingMatch(table[heading], original[: m.end()], rest.lstrip(": \t\u00a0").strip())
    return None


def _joined(
    first: str, after: str, kind: str, index: dict[str, list[str]], table: dict[str, str]
) -> HeadingMatch | None:
    """Two headings of one kind joined by a slash right after the first (``Valmistelu/lisätiedot hallinnon
    sihteeri …``): one heading, as ``classify_heading`` reads it alone on its line. With a space before the
    slash the first heading is matched alone and its rest opens with the slash: readers take that for a
    bilingual label (``Valmistelija / Beredare: …``)."""
    second = _prefix(after, index, table)
    stripped = after.lstrip()
    if second is None or second.kind != kind or not stripped.startswith(second.heading):
        return None
    return HeadingMatch(kind, f"{first}/{after[: len(after) - len(stripped)]}{second.heading}", second.rest)


#: meeting-level heading kind → (English label, headings): the cover and closing pages of minutes
MEETING_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "meeting": (
        "Meeting data",
        ("Kokoustiedot", "Kokouksen tiedot", "Sammanträdesuppgifter", "Mötesuppgifter"),
    ),
    "time": (
        "Meeting time",
        ("Kokousaika", "Aika", "Kokousaika ja -paikka", "Tid", "Sammanträdestid", "Mötestid", "Tidpunkt"),
    ),
    "place": ("Meeting place", ("Kokouspaikka", "Paikka", "Plats", "Sammanträdesplats", "Mötesplats")),
    "present": (
        "Members present",
        (
            "Saapuvilla olleet jäsenet",
            "Läsnä olleet jäsenet",
            "Läsnä",
            "Läsnäolijat",
            "Jäsenet",
            "Osallistujat",
            "Närvarande",
            "Närvarande ledamöter",
            "Ledamöter",
        ),
    ),
    "absent": ("Absent", ("Poissa", "Poissa olleet", "Poissaolleet", "Poissa olleet jäsenet", "Frånvarande")),
    "others": (
        "Others present",
        (
            "Muut saapuvilla olleet",
            "Muut läsnäolijat",
            "Muut läsnä olleet",
            "Muut osallistujat",
            "Övriga närvarande",
            "Övriga deltagare",
        ),
    ),
    "signatures": ("Signatures", ("Allekirjoitukset", "Allekirjoitus", "Underskrifter", "Underskrift")),
    "checking": (
        "Checking of the minutes",
        (
            "Pöytäkirjan tarkastus",
            "Pöytäkirjan tarkastajat",
            "Pöytäkirjantarkastajat",
            "Tarkastajat",
            "Protokolljustering",
            "Protokolljusterare",
            "Justering",
            "Protokollets justering",
            "Protokollets granskning",
        ),
    ),
    "public_view": (
        "Minutes on public view",
        (
            "Pöytäkirja yleisesti nähtävänä",
            "Pöytäkirjan nähtävänä pito",
            "Pöytäkirjan nähtävänäpito",
            "Pöytäkirja nähtävänä",
            "Nähtävänäpito",
            "Protokollet framlagt till påseende",
            "Protokollet framlagt",
            "Framläggande",
        ),
    ),
    "contents": (
        "Items handled",
        (
            "Käsitellyt asiat",
            "Asialuettelo",
            "Asialista",
            "Sisällysluettelo",
            "Behandlade ärenden",
            "Ärendeförteckning",
            "Innehållsförteckning",
        ),
    ),
    "appeal": (
        "Appeal instructions of the minutes",
        (
            "Muutoksenhakuohjeet",
            "Muutoksenhaku",
            "Muutoksenhakuohjeet ja -kiellot",
            "Sökande av ändring",
            "Anvisningar för sökande av ändring",
            "Besvärsanvisningar",
        ),
    ),
}

#: flat (normalised meeting heading → kind) table
MEETING_HEADINGS: dict[str, str] = {
    normalise_heading(heading): kind
    for kind, (_label, headings) in MEETING_KINDS.items()
    for heading in headings
}

_MEETING_BY_FIRST_WORD = _by_first_word(MEETING_HEADINGS)


def classify_meeting_heading(text: str) -> str | None:
    """The meeting-level kind of a line that holds only a cover-page heading, else ``None``.

    >>> classify_meeting_heading("**Saapuvilla olleet jäsenet**")
    'present'
    >>> classify_meeting_heading("Protokollet framlagt till påseende:")
    'public_view'
    """
    return MEETING_HEADINGS.get(normalise_heading(text))


def match_meeting_heading_prefix(line: str) -> HeadingMatch | None:
    """A cover-page heading at the start of ``line`` with text after it: ``Kokousaika 12.3.2026 klo 16``.

    >>> m = match_meeting_heading_prefix("**Kokouspaikka:** Kaupungintalo")
    >>> (m.kind, m.rest)
    ('place', 'Kaupungintalo')
    """
    return _prefix(line, _MEETING_BY_FIRST_WORD, MEETING_HEADINGS)


#: participant role (canonical Finnish key) → spellings, Finnish and Swedish; longest spelling wins
ROLES: dict[str, tuple[str, ...]] = {
    "varapuheenjohtaja": ("varapuheenjohtaja", "varapj", "vpj", "vice ordförande", "viceordförande"),
    "puheenjohtaja": ("puheenjohtaja", "pj", "ordförande", "ordf"),
    "varajäsen": ("varajäsen", "ersättare"),
    "jäsen": ("jäsen", "ledamot"),
    "esittelijä": ("esittelijä", "föredragande", "föredragare"),
    "pöytäkirjanpitäjä": ("pöytäkirjanpitäjä", "protokollförare"),
    "sihteeri": ("sihteeri", "sekreterare"),
    "pöytäkirjantarkastaja": (
        "pöytäkirjantarkastaja",
        "pöytäkirjan tarkastaja",
        "pöytäkirjan tarkastajat",
        "tarkastaja",
        "protokolljusterare",
        "justerare",
    ),
    "asiantuntija": ("asiantuntija", "sakkunnig"),
    "edustaja": ("edustaja", "representant"),
}
