"""Citations in minutes: statutes, municipal regulations, secrecy grounds and earlier decisions.

>>> r = parse_legal_references("Kuntalaki 410/2015 90 §")[0]
>>> (r.kind, r.abbreviation, r.number, r.year, r.section)
('statute', 'KuntaL', 410, 2015, '90')
>>> r = parse_legal_references("Muutoksenhakukielto kuntalaki 91 §")[0]
>>> (r.abbreviation, r.section)
('KuntaL', '91')
>>> r = parse_legal_references("Kuopion kaupungin hallintosääntö 32 §")[0]
>>> (r.kind, r.name, r.section)
('regulation', 'Kuopion kaupungin hallintosääntö', '32')
>>> r = parse_legal_references("JulkL 24 § 1 mom. 25 k")[0]
>>> (r.number, r.year, r.section, r.subsection, r.paragraph)
(621, 1999, '24', '1', '25')
>>> r = parse_legal_references("Salassa pidettävä (JulkL (621/1999) 24.1 § 25 k)")[0]
>>> (r.section, r.subsection, r.paragraph)
('24', '1', '25')
>>> r = parse_legal_references("työllisyyden edistämisestä annetun lain (380/2023) mukaan")[0]
>>> (r.number, r.year)
(380, 2023)
>>> r = parse_legal_references("Tillämpat lagrum: 136 § i kommunallagen")[0]
>>> (r.abbreviation, r.number, r.section)
('KomL', 410, '136')
>>> d = parse_decision_references("ei tehdä (kh 21.10.2025, § 293)")[0]
>>> (d.body_abbreviation, d.date.isoformat(), d.section)
('kh', '2025-10-21', '293')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from paatosdata.model import DecisionReference, LegalReference, Span

__all__ = [
    "STATUTES",
    "parse_date",
    "parse_decision_history",
    "parse_decision_references",
    "parse_legal_references",
]

#: known statutes: lower-case stems of name and abbreviation → (display name, abbreviation, number, year)
STATUTES: dict[str, tuple[str, str, int, int]] = {
    "kuntalai": ("Kuntalaki", "KuntaL", 410, 2015),
    "kuntal": ("Kuntalaki", "KuntaL", 410, 2015),
    "kl": ("Kuntalaki", "KuntaL", 410, 2015),
    "kommunallag": ("Kommunallag", "KomL", 410, 2015),
    "koml": ("Kommunallag", "KomL", 410, 2015),
    "hallintolai": ("Hallintolaki", "HL", 434, 2003),
    "hl": ("Hallintolaki", "HL", 434, 2003),
    "förvaltningslag": ("Förvaltningslag", "FörvL", 434, 2003),
    "förvl": ("Förvaltningslag", "FörvL", 434, 2003),
    "julkisuuslai": ("Julkisuuslaki", "JulkL", 621, 1999),
    "julkl": ("Julkisuuslaki", "JulkL", 621, 1999),
    "offentlighetslag": ("Offentlighetslag", "OffL", 621, 1999),
    "offl": ("Offentlighetslag", "OffL", 621, 1999),
    "laki viranomaisten toiminnan julkisuudesta": ("Julkisuuslaki", "JulkL", 621, 1999),
    "maankäyttö- ja rakennuslai": ("Maankäyttö- ja rakennuslaki", "MRL", 132, 1999),
    "mrl": ("Maankäyttö- ja rakennuslaki", "MRL", 132, 1999),
    "alueidenkäyttölai": ("Alueidenkäyttölaki", "AKL", 132, 1999),
    "sosiaalihuoltolai": ("Sosiaalihuoltolaki", "SHL", 1301, 2014),
    "terveydenhuoltolai": ("Terveydenhuoltolaki", "TervHL", 1326, 2010),
    "hankintalai": ("Hankintalaki", "HankintaL", 1397, 2016),
    "hallintolainkäyttölai": ("Hallintolainkäyttölaki", "HLL", 586, 1996),
    "laki oikeudenkäynnistä hallintoasioissa": ("Laki oikeudenkäynnistä hallintoasioissa", "OHL", 808, 2019),
    "ohl": ("Laki oikeudenkäynnistä hallintoasioissa", "OHL", 808, 2019),
    "perusopetuslai": ("Perusopetuslaki", "POL", 628, 1998),
    "kuntaan kohdistuvasta": ("Kuntalaki", "KuntaL", 410, 2015),
    "tietosuojalai": ("Tietosuojalaki", "TSL", 1050, 2018),
    # the wellbeing services counties' own act, named as printed: "laki hyvinvointialueesta",
    # "hyvinvointialuelaki", "hyvinvointialueesta annettu laki"
    "lain hyvinvointialueesta": ("Laki hyvinvointialueesta", "HyvinvointialueL", 611, 2021),
    "hyvinvointialuelai": ("Laki hyvinvointialueesta", "HyvinvointialueL", 611, 2021),
    "hyvinvointialueesta annet": ("Laki hyvinvointialueesta", "HyvinvointialueL", 611, 2021),
    "lag om välfärdsområden": ("Lag om välfärdsområden", "VälfOL", 611, 2021),
    "lagen om välfärdsområden": ("Lag om välfärdsområden", "VälfOL", 611, 2021),
    "työllisyyden edistämisen järjestämisestä": (
        "Laki työvoimapalvelujen järjestämisestä",
        "TyöjärjL",
        380,
        2023,
    ),
}

_SECTION = (
    r"(?P<sec>\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?)(?:\.(?P<mom>\d+))?\s*§"
    r"(?::n|:ssä|:ään|:stä|:än|:ssa)?"
    r"(?:\s*(?P<mom2>\d+)\s*(?:mom\.?|momentti|momentin|moment)(?![\wåäö]))?"
    r"(?:\s*(?P<k>\d+)\s*(?:kohta|kohdan|k\.?|punkten|punkt|p\.?)(?![\wåäö]))?"
)
_REGULATION = re.compile(
    r"(?P<name>(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:kaupungin|kunnan|hyvinvointialueen|stads|kommuns)\s+)?"
    r"(?:hallintosääntö|hallintosäännön|förvaltningsstadga|förvaltningsstadgan|"
    r"johtosääntö|johtosäännön|toimintasääntö|toimintasäännön|taloussääntö|taloussäännön))"
    rf"(?:\s+(?:\d+\s+luvun\s+)?(?:{_SECTION}))?",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    r"(?P<name>(?:[A-ZÅÄÖa-zåäö][\wåäö-]*\s+){0,6}?)\(?(?P<num>\d{1,4})/(?P<year>(?:18|19|20)\d{2})\)?"
    rf"(?:\s*(?:{_SECTION}))?"
)
_ABBREV = re.compile(
    r"(?P<name>\b(?:kuntala(?:ki|i)\w*|kuntal|kl|kommunallag\w*|koml|hallintola(?:ki|i)\w*|hl|förvaltningslag\w*|förvl|"
    r"julkisuusla(?:ki|i)\w*|julkl|offentlighetslag\w*|offl|mrl|ohl|maankäyttö- ja rakennusla(?:ki|i)\w*|"
    r"sosiaalihuoltola(?:ki|i)\w*|terveydenhuoltola(?:ki|i)\w*|hankintala(?:ki|i)\w*|tietosuojala(?:ki|i)\w*|perusopetusla(?:ki|i)\w*|"
    r"la(?:ki|in)\s+hyvinvointialueesta|hyvinvointialuela(?:ki|i)\w*|hyvinvointialueesta\s+annet\w*\s+la(?:ki|i)\w*|"
    r"lag(?:en)?\s+om\s+välfärdsområden)"
    rf")\s*(?:\(\d{{1,4}}/\d{{4}}\)\s*)?(?:{_SECTION})",
    re.IGNORECASE,
)


#: Swedish word order: "136 § i kommunallagen", "24 § 1 mom. i offentlighetslagen"
_SECTION_FIRST = re.compile(
    r"(?P<sec>\d+[a-z]?)\s*§\s+(?:(?P<mom>\d+)\s*mom\.?\s+)?i\s+"
    r"(?P<name>kommunallagen|förvaltningslagen|offentlighetslagen|lagen\s+om\s+välfärdsområden)",
    re.IGNORECASE,
)


def _statute(name: str) -> tuple[str, str, int, int] | None:
    key = re.sub(r"laki\b", "lain", name.strip().casefold())  # "kuntalaki" → the stem "kuntalai"
    for stem, info in STATUTES.items():
        if key.startswith(stem) or key == stem:
            return info
    for stem, info in STATUTES.items():
        if len(stem) > 4 and stem in key:
            return info
    return None


def _section_parts(m: re.Match[str]) -> tuple[str | None, str | None, str | None]:
    sec = m.group("sec")
    mom = m.group("mom") or m.group("mom2")
    return (re.sub(r"\s+", "", sec) if sec else None), mom, m.group("k")


def _regulation(m: re.Match[str], span: Span | None) -> LegalReference | None:
    name = m.group("name").strip()
    sec, mom, k = _section_parts(m)
    return LegalReference(
        raw=m.group(0).strip(),
        kind="regulation",
        name=name[:1].upper() + name[1:],
        section=sec,
        subsection=mom,
        paragraph=k,
        span=span,
    )


def _numbered(m: re.Match[str], span: Span | None) -> LegalReference | None:
    words = m.group("name").strip()
    info = _statute(words) if words else None
    sec, mom, k = _section_parts(m)
    return LegalReference(
        raw=m.group(0).strip(),
        kind="statute",
        name=info[0] if info else (words or None),
        abbreviation=info[1] if info else None,
        number=int(m.group("num")),
        year=int(m.group("year")),
        section=sec,
        subsection=mom,
        paragraph=k,
        span=span,
    )


def _named(m: re.Match[str], span: Span | None) -> LegalReference | None:
    info = _statute(m.group("name"))
    if info is None:
        return None
    groups = m.groupdict()
    if "k" in groups:
        sec, mom, k = _section_parts(m)
    else:  # section first: "136 § i kommunallagen"
        sec, mom, k = re.sub(r"\s+", "", m.group("sec")), m.group("mom"), None
    return LegalReference(
        raw=m.group(0).strip(),
        kind="statute",
        name=info[0],
        abbreviation=info[1],
        number=info[2],
        year=info[3],
        section=sec,
        subsection=mom,
        paragraph=k,
        span=span,
    )


#: citation forms, most specific first; a later form never claims text an earlier one took
_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str], Span | None], LegalReference | None]]] = [
    (_REGULATION, _regulation),
    (_NUMBERED, _numbered),
    (_ABBREV, _named),
    (_SECTION_FIRST, _named),
]


def parse_legal_references(text: str, span: Span | None = None) -> list[LegalReference]:
    """Every statute or regulation cited in ``text``, in order of appearance, without duplicates."""
    found: list[tuple[int, LegalReference]] = []
    taken: list[tuple[int, int]] = []
    for pattern, build in _FORMS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            ref = build(m, span)
            if ref is None:
                continue
            taken.append((start, end))
            found.append((start, ref))
    found.sort(key=lambda pair: pair[0])
    return [ref for _, ref in found]


_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b|\b(?P<iso>\d{4}-\d{2}-\d{2})\b")


def parse_date(text: str) -> date | None:
    """The first date in ``text`` (``7.5.2026``, ``07.05.2026``, ``2026-05-07``), else ``None``."""
    m = _DATE.search(text)
    if m is None:
        return None
    try:
        if m.group("iso"):
            return date.fromisoformat(m.group("iso"))
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


_DECISION_REF = re.compile(
    r"(?P<body>\b[A-ZÅÄÖa-zåäö][\wåäö-]{0,40})\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*,?\s*"
    r"(?:§\s*(?P<sec1>\d+)|(?P<sec2>\d+)\s*§)"
)


def parse_decision_references(text: str, span: Span | None = None) -> list[DecisionReference]:
    """References to earlier decisions: ``kh 21.10.2025, § 293``, ``KH 20.06.2017 § 156``."""
    refs = []
    for m in _DECISION_REF.finditer(text):
        body = m.group("body")
        abbreviation = body if len(body) <= 8 else None
        refs.append(
            DecisionReference(
                raw=m.group(0),
                body_abbreviation=abbreviation,
                body=None if abbreviation else body,
                date=parse_date(m.group("date")),
                section=m.group("sec1") or m.group("sec2"),
                span=span,
            )
        )
    return refs


_HISTORY_BODY = re.compile(r"[A-ZÅÄÖ0-9][\wåäöÅÄÖ .-]{0,60}")


def parse_decision_history(text: str, span: Span | None = None) -> list[DecisionReference]:
    """The handlings a decision history (Päätöshistoria) lists, in order: those with a § as
    :func:`parse_decision_references` reads them, and meetings named by body and date alone
    (``Suomi 100 -juhlatoimikunta 19.4.2016, 19.10.2016``), each date one handling of that body.

    >>> refs = parse_decision_history("Toimikunta 19.4.2016, 19.10.2016 Kaupunginhallitus 20.2.2017 § 53")
    >>> [(r.date.isoformat(), r.section) for r in refs if r.date]
    [('2016-04-19', None), ('2016-10-19', None), ('2017-02-20', '53')]
    >>> [r.body for r in refs]
    ['Toimikunta', 'Toimikunta', 'Kaupunginhallitus']
    """
    found: list[tuple[int, DecisionReference]] = []
    covered: list[tuple[int, int]] = []
    for m in _DECISION_REF.finditer(text):
        covered.append(m.span())
        found.extend((m.start(), ref) for ref in parse_decision_references(m.group(0), span))
    body: str | None = None
    previous_end = 0
    for m in _DATE.finditer(text):
        start, end = m.span()
        inside = any(s <= start < e for s, e in covered)
        between = text[previous_end:start].strip(" ,;")
        previous_end = max(end, next((e for s, e in covered if s <= start < e), end))
        if inside:
            body = None
            continue
        if between:
            named = _HISTORY_BODY.fullmatch(between)
            body = " ".join(named.group(0).split()) if named else None
        if body is None:
            continue
        abbreviation = body if len(body) <= 8 and " " not in body else None
        reference = DecisionReference(
            raw=f"{body} {m.group(0)}",
            body_abbreviation=abbreviation,
            body=None if abbreviation else body,
            date=parse_date(m.group(0)),
            span=span,
        )
        found.append((start, reference))
    found.sort(key=lambda pair: pair[0])
    return [ref for _, ref in found]
