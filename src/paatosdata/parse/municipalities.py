"""Finland's municipalities and wellbeing services counties, as vendor pages name them.

A reader knows a page's municipality from a label (``Espoon kaupunki``, ``Kosken Tl kunta``,
``Mariehamns stad``, ``Länsi-Uudenmaan hyvinvointialue``), from a host (``eura10.oncloudos.com``,
``kuopio.tweb.fi``, ``tampere.cloudnc.fi``, ``paatokset.vantaa.fi``) or from a name (``espoo``).

The tables are ``municipalities.csv`` and ``wellbeing_counties.csv`` beside this module,
read once at import into dictionaries.

Municipalities: every municipality of mainland Finland and Åland in force in 2025 (308), and Pertunmaa
(588), joined to Mäntyharju on 1 January 2025, kept with ``until`` 2024-12-31 so that its older minutes
are still named. Columns:

- ``code`` – Statistics Finland's three-digit municipality number, ``name`` and ``name_sv`` – the
  Finnish and Swedish names: all from the municipality code list ``kunta_1_20230101`` of Statistics
  Finland (http://uri.suomi.fi/codelist/jhs/kunta_1_20230101), 309 municipalities. The 2025 list is
  that list less Pertunmaa: the Government confirmed the merger on 6 June 2024 (pertunmaa.fi,
  "Valtioneuvosto vahvisti Mäntyharjun ja Pertunmaan kuntaliitoksen"), and the 2025 municipality key
  of the rOpenGov ``geofi`` package has 308 rows (309 for 2024). Two names are shortened from the
  code list's forms: ``Maarianhamina - Mariehamn`` is ``Maarianhamina``; ``Pedersören kunta`` is
  ``Pedersöre``, the name in both languages. The code list gives a Swedish form for every
  municipality; where it equals the Finnish name, no Swedish name is given.
- ``genitive`` – the genitive of the name as in ``Espoon kaupunki``; written for this table from
  Finnish inflection (consonant gradation: Hanko → Hangon, Lieto → Liedon, Juuka → Juuan; the
  -nen names in -sten or -sen: Huittisten, Kaustisen; plural names: Virrat → Virtain; compounds
  inflected in both parts: Isokyrö → Isonkyrön, Uusikaupunki → Uudenkaupungin); spot-checked against
  the municipalities' own usage (e.g. Kaustinen's own "Omistusmuoto – Kaustisen"; "Juuan kunta";
  "Korsnäsin kunta"; "Virtain kaupunki"; "Kosken Tl kunta").
- ``kind`` – ``kaupunki`` or ``kunta`` as the municipality calls itself: from a municipality table
  with the column ``kuntamuoto`` (population figures of 2020), corrected for Kangasala (a city from
  1 January 2018) and Lieto (a city from July 2022, lieto.fi); the result, 108 cities, is the count
  the Finnish Wikipedia list of cities gives from 2023 on.

Wellbeing services counties (hyvinvointialueet, välfärdsområden): the 21 counties with their
Finnish and Swedish names and the two-digit codes of Statistics Finland's classification, as in the
CSC Vipunen table ``hyvinvointialue`` (source "Tilastokeskus"); the names agree with the lists of
other sources. A county becomes a :class:`Municipality` (the model's "municipality or wellbeing
services county") with its names and no ``code``: the model's code is the three-digit municipality
number, which a county does not have; :data:`COUNTIES` keeps the county codes.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

from paatosdata.ids import slugify
from paatosdata.model import Municipality

__all__ = [
    "BY_CODE",
    "COUNTIES",
    "KNOWN",
    "MUNICIPALITIES",
    "County",
    "MunicipalityRecord",
    "in_force",
    "municipality_by_genitive",
    "municipality_by_name",
    "municipality_from_host",
    "municipality_from_label",
]


class MunicipalityRecord(NamedTuple):
    """One row of the municipality table."""

    code: str
    name: str
    name_sv: str | None
    genitive: str
    kind: str  # "kaupunki" or "kunta"
    until: str | None  # last day (ISO date) of a municipality that no longer exists
    slug: str  # ``slugify(name)``

    def municipality(self) -> Municipality:
        """The model's :class:`Municipality` for this row."""
        return Municipality(name=self.name, slug=self.slug, code=self.code, name_sv=self.name_sv)


class County(NamedTuple):
    """A wellbeing services county (hyvinvointialue) with Statistics Finland's two-digit code."""

    code: str
    name: str
    name_sv: str

    @property
    def genitive(self) -> str:
        """``Etelä-Savon`` of ``Etelä-Savon hyvinvointialue``."""
        return self.name.rsplit(" ", 1)[0]

    def municipality(self) -> Municipality:
        """The county as the model's :class:`Municipality` (no municipality code)."""
        return Municipality(name=self.name, slug=slugify(self.name), code=None, name_sv=self.name_sv)


def _rows(name: str, columns: int) -> list[list[str]]:
    """The rows of a table beside this module: comma-separated, no quoting, a header line first."""
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split(",") for line in lines if line]
    if any(len(row) != columns for row in rows):
        raise ValueError(f"{name}: every row needs {columns} columns")
    return rows


def _load_municipalities() -> tuple[MunicipalityRecord, ...]:
    return tuple(
        MunicipalityRecord(
            code=code,
            name=name,
            name_sv=name_sv if name_sv and name_sv != name else None,
            genitive=genitive,
            kind=kind,
            until=until or None,
            slug=slugify(name),
        )
        for code, name, name_sv, genitive, kind, until in _rows("municipalities.csv", 6)
    )


#: every municipality of the table, in code order (Pertunmaa included, with ``until``)
MUNICIPALITIES: tuple[MunicipalityRecord, ...] = _load_municipalities()
#: the 21 wellbeing services counties, in code order
COUNTIES: tuple[County, ...] = tuple(County(*row) for row in _rows("wellbeing_counties.csv", 3))
#: Statistics Finland code → municipality
BY_CODE: dict[str, MunicipalityRecord] = {record.code: record for record in MUNICIPALITIES}

#: genitive (lower case, as in "Espoon kaupunki") → (name, Statistics Finland code, Swedish name)
KNOWN: dict[str, tuple[str, str, str | None]] = {
    record.genitive.casefold(): (record.name, record.code, record.name_sv) for record in MUNICIPALITIES
}


def in_force(year: int) -> tuple[MunicipalityRecord, ...]:
    """The municipalities of the table that exist on 1 January of ``year`` (2024: 309, 2025: 308)."""
    return tuple(r for r in MUNICIPALITIES if r.until is None or int(r.until[:4]) >= year)


def _unique(pairs: list[tuple[str, MunicipalityRecord]]) -> dict[str, MunicipalityRecord]:
    """Keys that name exactly one municipality; a key shared by two is left out."""
    found: dict[str, MunicipalityRecord] = {}
    shared: set[str] = set()
    for key, record in pairs:
        if key in found and found[key].code != record.code:
            shared.add(key)
        found.setdefault(key, record)
    return {key: record for key, record in found.items() if key not in shared}


_BY_GENITIVE = _unique([(r.genitive.casefold(), r) for r in MUNICIPALITIES])
#: Finnish or Swedish name, or its slug (``hameenlinna``, ``mariehamn``) → municipality
_BY_NAME = _unique(
    [(key, r) for r in MUNICIPALITIES for key in (r.name.casefold(), r.slug)]
    + [(key, r) for r in MUNICIPALITIES if r.name_sv for key in (r.name_sv.casefold(), slugify(r.name_sv))]
)
#: a host label (``hameenlinna``, ``mariehamn``) → municipality
_BY_HOST = _unique(
    [(r.slug, r) for r in MUNICIPALITIES] + [(slugify(r.name_sv), r) for r in MUNICIPALITIES if r.name_sv]
)
_COUNTY_BY_GENITIVE = {county.genitive.casefold(): county for county in COUNTIES}
_COUNTY_BY_SV = {county.name_sv.rsplit(" ", 1)[0].casefold(): county for county in COUNTIES}
_COUNTY_BY_NAME = {
    key: county for county in COUNTIES for key in (county.name.casefold(), county.name_sv.casefold())
}

_WORD = r"[A-ZÅÄÖ][\wåäö-]+"
_LABEL = re.compile(rf"\b(?P<stem>{_WORD})\s+(?:kaupunki|kunta|kaupungin|kunnan)\b")


@functools.cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The rarer label patterns, compiled when first needed."""
    if kind == "tl":  # ``Kosken Tl kunta``: slower than _LABEL, so only for a text with `` Tl ``
        return re.compile(rf"\b(?P<stem>{_WORD}(?:\s+Tl)?)\s+(?:kaupunki|kunta|kaupungin|kunnan)\b")
    if kind == "county":  # ``Etelä-Savon hyvinvointialue``, ``Vantaan ja Keravan hyvinvointialue``
        return re.compile(rf"\b(?P<stem>{_WORD}(?:\s+ja\s+{_WORD})?)\s+hyvinvointialue")
    if kind == "sv":
        # ``Jakobstads stad``, ``Korsholms kommun``, ``Gustav Adolfs kommun``, ``S:t Karins stad``
        return re.compile(
            r"(?<![\w:-])(?P<stem>[A-ZÅÄÖ][\w:åäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?)\s+(?:stad|kommun)\b"
        )
    # ``Västra Nylands välfärdsområde``, ``Vanda och Kervo välfärdsområde``
    return re.compile(rf"(?<![\w-])(?P<stem>{_WORD}(?:\s+(?:och\s+)?{_WORD})?)\s+välfärdsområde")


def _candidates(phrase: str) -> list[str]:
    """``I Jakobstads`` → the phrase and its last word, each also without a genitive ``s``."""
    words = [phrase, phrase.split()[-1]] if " " in phrase else [phrase]
    return [form for word in words for form in (word, word[:-1] if word.endswith("s") else word)]


def _sv_municipality(phrase: str) -> MunicipalityRecord | None:
    for form in _candidates(phrase):
        record = _BY_NAME.get(form.casefold())
        if record is not None:
            return record
    return None


def _sv_county(phrase: str) -> County | None:
    for form in (phrase, phrase.split()[-1]):
        county = _COUNTY_BY_SV.get(form.casefold())
        if county is not None:
            return county
    return None


def municipality_from_label(text: str) -> Municipality | None:
    """The municipality or county a label such as ``Oulun kaupunki`` names, else ``None``.

    The first label of a known municipality or county wins (``Liedon kunta``, ``Jakobstads stad``,
    ``Etelä-Savon hyvinvointialue``); without one, the first Finnish label of an unknown
    municipality is kept as printed (``Jokin kunta``).

    >>> m = municipality_from_label("Espoon kaupunki")
    >>> (m.name, m.code, m.slug)
    ('Espoo', '049', 'espoo')
    >>> municipality_from_label("Mariehamns stad").name
    'Maarianhamina'
    >>> municipality_from_label("Jokin muu") is None
    True
    """
    found: list[tuple[int, Municipality]] = []
    fallback: re.Match[str] | None = None
    for m in (_pattern("tl") if " Tl " in text else _LABEL).finditer(text):
        record = _BY_GENITIVE.get(m.group("stem").casefold())
        if record is not None:
            found.append((m.start(), record.municipality()))
            break
        if fallback is None:
            fallback = m
    for m in _pattern("sv").finditer(text) if "stad" in text or "kommun" in text else ():
        record = _sv_municipality(m.group("stem"))
        if record is not None:
            found.append((m.start("stem"), record.municipality()))
            break
    for m in _pattern("county").finditer(text) if "hyvinvointialue" in text else ():
        county = _COUNTY_BY_GENITIVE.get(m.group("stem").casefold())
        if county is not None:
            found.append((m.start(), county.municipality()))
            break
    for m in _pattern("sv-county").finditer(text) if "välfärdsområde" in text else ():
        county = _sv_county(m.group("stem"))
        if county is not None:
            found.append((m.start(), county.municipality()))
            break
    if found:
        return min(found, key=lambda pair: pair[0])[1]
    if fallback is not None:
        return Municipality(name=fallback.group(0), slug=slugify(fallback.group(0)))
    return None


def municipality_by_name(name: str) -> Municipality:
    """A municipality or county from its name (``espoo`` → Espoo, 049); unknown names are kept as given.

    >>> municipality_by_name("espoo").code
    '049'
    >>> municipality_by_name("Jakobstad").name
    'Pietarsaari'
    """
    key = name.strip().casefold()
    record = _BY_NAME.get(key)
    if record is not None:
        return record.municipality()
    county = _COUNTY_BY_NAME.get(key)
    if county is not None:
        return county.municipality()
    return Municipality(name=name.strip(), slug=slugify(name))


def municipality_by_genitive(genitive: str) -> Municipality | None:
    """The municipality whose genitive this is (``Kittilän`` → Kittilä, 261), else ``None``; a genitive
    shared by two municipalities of the table names neither.

    >>> municipality_by_genitive("Kittilän").code
    '261'
    >>> municipality_by_genitive("Jonkin") is None
    True
    """
    record = _BY_GENITIVE.get(genitive.strip().casefold())
    return record.municipality() if record is not None else None


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?P<host>[^/:?#]+)", re.IGNORECASE)
#: vendor services whose first host label is the municipality, with digits after it at times
#: (``espoo.oncloudos.com``, ``kokkola10.oncloudos.com``, ``oulu.tweb.fi``, ``tampere.cloudnc.fi``)
_VENDOR_SUFFIXES = (".oncloudos.com", ".tweb.fi", ".cloudnc.fi", ".documenta.fi")
#: the municipalities' own domains: ``paatokset.vantaa.fi``, ``decisions.tampere.fi``, ``mariehamn.ax``
_OWN_TOPS = ("fi", "ax")


def _vendor_host_record(label: str) -> MunicipalityRecord | None:
    """A vendor host's first label: the name, perhaps with a number (``jamsa10``, ``orivesid10`` for
    Dynasty 10) or a Swedish edition's ``se``/``sv`` after it (``kauniainense``, ``espoo-sv``)."""
    editions = (label.removesuffix(suffix) for suffix in ("-se", "-sv", "se", "sv"))
    for candidate in (label, *editions):
        unnumbered = candidate.rstrip("0123456789")
        record = _BY_HOST.get(candidate) or _BY_HOST.get(unnumbered)
        if record is None and unnumbered != candidate:
            record = _BY_HOST.get(unnumbered.removesuffix("d"))
        if record is not None:
            return record
    return None


def municipality_from_host(url: str) -> Municipality | None:
    """The municipality a URL's host names, else ``None``.

    A vendor host names it by its first label (``eura10.oncloudos.com``, ``kuopio.tweb.fi``); a
    host under ``.fi`` or ``.ax`` by any label (``paatokset.vantaa.fi``, ``www.hameenlinna.fi``).

    >>> municipality_from_host("http://paatokset.vantaa.fi/ktwebbin/ktproxy2.dll").name
    'Vantaa'
    >>> municipality_from_host("https://kokkola10.oncloudos.com/cgi/DREQUEST.PHP").code
    '272'
    >>> municipality_from_host("https://www.example.fi/") is None
    True
    """
    m = _HOST.match(url.strip())
    if m is None:
        return None
    host = m.group("host").casefold().rstrip(".")
    labels = host.split(".")
    if host.endswith(_VENDOR_SUFFIXES):
        record = _vendor_host_record(labels[0])
        return record.municipality() if record is not None else None
    if labels[-1] in _OWN_TOPS:
        for label in labels[:-1]:
            record = _BY_HOST.get(label)
            if record is not None:
                return record.municipality()
    return None
