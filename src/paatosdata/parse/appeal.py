"""Appeal information (muutoksenhaku / sökande av ändring): kind, barring statute, period, authority
and the § numbers it covers.

>>> text = "Kuntalain 136 §:n mukaan seuraaviin päätöksiin ei saa hakea muutosta: §§ 116–117, 120–122"
>>> a = parse_appeal("Muutoksenhakukielto", text)
>>> (a.kind.value, a.statute.abbreviation, a.statute.section, a.applies_to)
('appealBan', 'KuntaL', '136', ['116', '117', '120', '121', '122'])
>>> a = parse_appeal("Oikaisuvaatimusohje", "Oikaisuvaatimusaika on 14 päivää. §§ 3, 5")
>>> (a.kind.value, a.period_days, a.applies_to)
('rectification', 14, ['3', '5'])
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_legal_references
from paatosdata.model import AppealInfo, AppealKind, Span
from paatosdata.parse.headers import expand_section_list

__all__ = [
    "APPEAL_BAN",
    "SPECIAL_LAW_APPEAL",
    "appeal_kind",
    "find_section_list",
    "parse_appeal",
    "refine_general_appeal",
]

#: the wordings of an appeal ban, shared by every reader's test of the appeal's kind
APPEAL_BAN = re.compile(
    r"muutoksenhakukielto|besvärsförbud|förbud mot sökande|får ändring inte sökas|får inte sökas ändring|"
    r"(?:ei|eikä)\b[^.]{0,40}?\b(?:saa|voi) hakea muutosta|muutosta ei (?:saa|voi) hakea|"
    # the statute between: "ei saa kuntalain (410/2015) 136 §:n perusteella hakea muutosta"
    r"ei saa (?:[^\s.]+ ){1,5}?hakea muutosta|"
    # a compound naming both remedies: "Oikaisuvaatimus- ja valituskielto"
    r"oikaisuvaatimus- (?:ja|tai|sekä) (?:kunnallis)?valituskielto|"
    # one or both named before the verb: "oikaisuvaatimusta eikä kunnallisvalitusta ei saa tehdä"
    r"(?:(?:oikaisuvaatimusta|(?:kunnallis)?valitusta) (?:eikä|tai|ja) )?"
    r"(?:oikaisuvaatimusta|(?:kunnallis)?valitusta) ei saa tehdä|"
    # the statute may come before or after the verb, or between the negation and the verb: "ei saa
    # kuntalain 136 §:n mukaan tehdä oikaisuvaatimusta", "ei saa tehdä kuntalain 136 §:n mukaan
    # oikaisuvaatimusta", "ei kuntalain 136 §:n perusteella saa tehdä oikaisuvaatimusta"
    r"ei (?:[^\s.,]+ ){0,5}?saa (?:[^\s.]+ ){0,5}?tehdä (?:[^\s.]+ ){0,5}?"
    r"(?:oikaisuvaatimusta|(?:kunnallis)?valitusta)",
    re.I,
)

_KINDS: list[tuple[AppealKind, re.Pattern[str]]] = [
    (AppealKind.APPEAL_BAN, APPEAL_BAN),
    (AppealKind.RECTIFICATION, re.compile(r"oikaisuvaatimu|rättelseyrkande", re.I)),
    (AppealKind.ADMINISTRATIVE_APPEAL, re.compile(r"hallintovalitu|förvaltningsbesvär", re.I)),
    (AppealKind.MUNICIPAL_APPEAL, re.compile(r"valitu|kommunalbesvär|besvär", re.I)),
]

_LIST = re.compile(
    r"(?:§§|§:t|§:ien|§|pykälät|pykälissä|pykälistä|paragraferna|paragraf(?:er)?|ärendena)\s*:?\s*"
    r"(?P<list>\d{1,4}(?:\s*(?:[-–—]|,|ja|och)\s*\d{1,4})*)(?![\d:/]|\.\d)",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"(\d{1,3})\s*(?:päivän|päivää|päivässä|vuorokauden|dagar|dagars|dygn)", re.I)
_AUTHORITY = re.compile(
    r"(?:oikaisuvaatimusviranomainen|viranomainen, jolle oikaisuvaatimus tehdään|valitusviranomainen|"
    r"besvärsmyndighet|myndighet till vilken rättelseyrkandet framställs)\s*(?:on|är)?\s*:?\s*"
    r"(?P<a>[^\n.]+)"
    r"|(?P<court>(?:\b(?-i:[A-ZÅÄÖ])[\wåäö-]+ )?"
    r"\b(?:hallinto-oikeu|förvaltningsdomstol|marknadsdomstol|markkinaoikeu)[\wåäö]*)"
    r"|(?:oikaisuvaatimus|rättelseyrkande[t]?)\s+(?:tehdään|osoitetaan|framställs hos|riktas till)\s+"
    r"(?P<to>[\wåäö-]+)",
    re.I,
)


#: appeal instructions for permits under special laws, and appeals to the Market Court (a procurement
#: decision): an administrative appeal, never a municipal one, even when they only say "valitusosoitus"
SPECIAL_LAW_APPEAL = re.compile(
    r"maankäyttö- ja rakennuslain|\bMRL\b|rakennuslupa|toimenpidelupa|purkamislupa|maisematyölupa|"
    r"maa-aineslain|ympäristönsuojelulain|ympäristölupa|vesilain|"
    r"markanvändnings- och bygglagen|bygglov|marktäktslagen|miljöskyddslagen|"
    r"markkinaoikeu|marknadsdomstol",
    re.I,
)
_NAMED_MUNICIPAL = re.compile(r"kunnallisvalitus(?!ta ei)|kommunalbesvär", re.I)


def refine_general_appeal(kind: AppealKind | None, text: str) -> AppealKind | None:
    """A general "valitusosoitus" is an administrative appeal when it instructs on a special-law
    permit (a building permit, a soil extraction permit …) and names no municipal appeal."""
    if (
        kind is AppealKind.MUNICIPAL_APPEAL
        and not _NAMED_MUNICIPAL.search(text)
        and SPECIAL_LAW_APPEAL.search(text)
    ):
        return AppealKind.ADMINISTRATIVE_APPEAL
    return kind


def appeal_kind(text: str) -> AppealKind | None:
    """The kind of appeal information ``text`` speaks of, else ``None``.

    >>> appeal_kind("Valitusosoitus: Rakennuslupa. Päätökseen saa hakea muutosta valittamalla.").value
    'administrativeAppeal'
    >>> appeal_kind("Valitusosoitus. Kunnallisvalitus tehdään hallinto-oikeudelle.").value
    'municipalAppeal'
    """
    kind = next((kind for kind, pattern in _KINDS if pattern.search(text)), None)
    return refine_general_appeal(kind, text)


def find_section_list(text: str) -> list[str]:
    """§ numbers listed in ``text`` (``§§ 1–2, 4``, ``Pykälät 3 ja 5``), ranges expanded."""
    out: list[str] = []
    for m in _LIST.finditer(text):
        for number in expand_section_list(re.sub(r"\b(?:ja|och)\b", ",", m.group("list"))):
            if number not in out:
                out.append(number)
    return out


def parse_appeal(
    heading: str, text: str, span: Span | None = None, applies_to: list[str] | None = None
) -> AppealInfo | None:
    """Appeal information from a heading and its text, or ``None`` when neither names a kind."""
    kind = appeal_kind(heading) or appeal_kind(text)
    if kind is None:
        return None
    statute = None
    if kind is AppealKind.APPEAL_BAN:
        refs = [r for r in parse_legal_references(text) if r.section]
        statute = refs[0] if refs else None
    period = _PERIOD.search(text)
    authority_match = _AUTHORITY.search(text)
    authority = None
    if authority_match:
        found = authority_match.group("a") or authority_match.group("court") or authority_match.group("to")
        authority = (found or "").strip(" :,") or None
    listed = find_section_list(f"{heading} {text}")
    return AppealInfo(
        kind=kind,
        text=text,
        statute=statute,
        period_days=int(period.group(1)) if period else None,
        authority=authority,
        applies_to=listed or list(applies_to or []),
        span=span,
    )
