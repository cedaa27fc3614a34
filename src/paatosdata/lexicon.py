"""The heading lexicon: every spelling of every part of a pykälä, Finnish, Swedish and vendor variants.

One data table, used by every reader. Matching is case-insensitive, ignores Markdown emphasis,
a trailing colon and surrounding whitespace, and prefers the longest heading that matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "HEADINGS",
    "SECTION_KINDS",
    "HeadingMatch",
    "classify_heading",
    "match_heading_prefix",
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
            "Valmistelijat",
            "Valmistelija",
            "Lisätiedot",
            "Lisätietoja",
            "Lisätietoja antaa",
            "Lisätietoja antavat",
            "Lisätietojen antajat",
            "Lisätietojen antaja",
            "Valmistelu",
            "Asian valmisteli",
            "Asian valmistelija",
            "Valmistelija ja lisätietojen antaja",
            "Upplysningar",
            "Beredare",
            "Beredning",
            "Ytterligare upplysningar",
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
            "Beskrivning",
            "Motivering",
            "Föredragandens motivering",
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
            "Jakelu",
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


def classify_heading(text: str) -> str | None:
    """The section kind of a line that holds only a heading, else ``None``."""
    return HEADINGS.get(normalise_heading(text))


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A heading found at the start of a line, and the text after it on the same line."""

    kind: str
    heading: str
    rest: str


_BY_LENGTH = sorted(HEADINGS, key=len, reverse=True)


def match_heading_prefix(line: str) -> HeadingMatch | None:
    """A known heading at the start of ``line`` followed by text on the same line.

    Dynasty prints ``Päätösehdotus Kaupunginjohtaja Jukka Mäkelä`` and text often follows
    ``Lisätiedot:``. The heading must end at a word boundary (a colon, spaces or the end).
    """
    stripped = re.sub(r"\s*/\s*", " / ", _EMPHASIS.sub("", line).strip())
    folded = stripped.casefold()
    for heading in _BY_LENGTH:
        if folded.startswith(heading):
            rest = stripped[len(heading) :]
            if rest and rest[0] not in ": \t\u00a0":
                continue
            return HeadingMatch(
                HEADINGS[heading], stripped[: len(heading)], rest.lstrip(": \t\u00a0").strip()
            )
    return None
