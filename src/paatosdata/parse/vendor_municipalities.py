"""The municipality an API or vendor file names in the service's own short forms: a CaseM service's host
(``tampere.cloudnc.fi``), a diary number's prefix (``MliDno``, ``TUUDno``, ``698Dno``), a short name (``hel``,
``ouka``), a wellbeing services county's short name (``pirha``) or the domain of the e-mail addresses it
prints (``x@mikkeli.fi``).

Only these short forms live here, because only the vendors' data uses them; names, Swedish names and
codes come from the shared table in :mod:`paatosdata.parse.municipalities`.
"""

from __future__ import annotations

import re

from paatosdata.model import Municipality
from paatosdata.parse.municipalities import BY_CODE, municipality_by_name, municipality_from_host

__all__ = ["municipality_for", "municipality_from_emails"]

#: what only the vendors' data says: the short names their services use for a municipality (diary
#: number prefixes ``TRE``, ``MliDno``, ``JARDno``, ``OUKA/899/…``, e-mail domains ``hel.fi``, ``ouka.fi``)
#: → Statistics Finland code; names, Swedish names and codes come from the shared municipality table
_SHORT_NAMES: dict[str, str] = {
    "hel": "091",
    "tre": "837",
    "mli": "491",
    "jar": "186",
    "ouka": "564",
}
#: CaseM diary number prefixes (``TUUDno-2021-888``, ``PRIDno-…``) of the municipalities whose own service
#: (``tuusula.cloudnc.fi``) prints them, by their short part → Statistics Finland code; read only before
#: ``Dno``, so a short part never names a host or a data source (``Lai`` is both Laihia's and Laitila's:
#: left out)
_DNRO_PREFIXES: dict[str, str] = {
    "aur": "019",  # Aura
    "eno": "047",  # Enontekiö
    "hol": "098",  # Hollola
    "hmk": "108",  # Hämeenkyrö
    "kaj": "205",  # Kajaani
    "kng": "213",  # Kangasniemi
    "kir": "257",  # Kirkkonummi
    "lap": "408",  # Lapua
    "muo": "498",  # Muonio
    "mju": "507",  # Mäntyharju
    "pad": "576",  # Padasjoki
    "pri": "609",  # Pori
    "puu": "623",  # Puumala
    "rau": "686",  # Rautalampi
    "roi": "698",  # Rovaniemi
    "rus": "704",  # Rusko
    "tuu": "858",  # Tuusula
    "ves": "922",  # Vesilahti
}
#: the short names wellbeing services counties go by in their hosts and e-mail domains
#: (``pirha.cloudnc.fi``, ``x@luvn.fi``) → the county's name in the shared table
_COUNTY_SHORT_NAMES: dict[str, str] = {
    "itauusimaa": "Itä-Uudenmaan hyvinvointialue",
    "keusote": "Keski-Uudenmaan hyvinvointialue",
    "luvn": "Länsi-Uudenmaan hyvinvointialue",
    "vakehyva": "Vantaan ja Keravan hyvinvointialue",
    "varha": "Varsinais-Suomen hyvinvointialue",
    "omahame": "Kanta-Hämeen hyvinvointialue",
    "pirha": "Pirkanmaan hyvinvointialue",
    "paijatha": "Päijät-Hämeen hyvinvointialue",
    "eksote": "Etelä-Karjalan hyvinvointialue",
    "pshyvinvointialue": "Pohjois-Savon hyvinvointialue",
    "siunsote": "Pohjois-Karjalan hyvinvointialue",
    "hyvaks": "Keski-Suomen hyvinvointialue",
    "hyvaep": "Etelä-Pohjanmaan hyvinvointialue",
    "soite": "Keski-Pohjanmaan hyvinvointialue",
    "pohde": "Pohjois-Pohjanmaan hyvinvointialue",
    "lapha": "Lapin hyvinvointialue",
}
#: a CaseM service's host (``tampere.cloudnc.fi``): its first label names the municipality
_CASEM_HOST = re.compile(r"^(?:https?://)?([^/.]+)\.cloudnc\.fi", re.IGNORECASE)


def _known(key: str) -> Municipality | None:
    """The municipality of a short name (``hel``) or a Finnish or Swedish name (``espoo``, ``esbo``)."""
    code = _SHORT_NAMES.get(key)
    if code is not None:
        return BY_CODE[code].municipality()
    county = _COUNTY_SHORT_NAMES.get(key)
    if county is not None:
        return municipality_by_name(county)
    found = municipality_by_name(key)
    return found if found.code else None


def municipality_for(key: str | None) -> Municipality | None:
    """A municipality from a name, a CaseM host (``tampere.cloudnc.fi``) or a dnro prefix.

    >>> municipality_for("MliDno").name
    'Mikkeli'
    >>> municipality_for("698Dno").name
    'Rovaniemi'
    >>> municipality_for("TUUDno").name
    'Tuusula'
    >>> municipality_for("https://esimerkkila.cloudnc.fi/fi-FI").slug
    'esimerkkila'
    """
    if not key:
        return None
    text = key.strip().casefold()
    host = _CASEM_HOST.match(text)
    if host:
        label = host.group(1)
        named = municipality_from_host(f"https://{label}.cloudnc.fi") or _known(label)
        return named or Municipality(name=label.capitalize(), slug=label)
    found = _known(text)
    if found is None and text.endswith("dno"):
        # a dnro prefix such as "MliDno", or one led by the municipality's code ("698Dno")
        short = text[:-3]
        code = short if re.fullmatch(r"\d{3}", short) else _DNRO_PREFIXES.get(short)
        record = BY_CODE.get(code) if code is not None else None
        found = record.municipality() if record is not None else _known(short)
    return found


def municipality_from_emails(text: str) -> Municipality | None:
    """The municipality whose domain every known e-mail address in ``text`` uses (``x@mikkeli.fi``).

    >>> municipality_from_emails("Timo <timo.virtanen@mikkeli.fi>").name
    'Mikkeli'
    >>> municipality_from_emails("a@mikkeli.fi, b@tampere.fi") is None
    True
    """
    found = {m.group(1).casefold() for m in _EMAIL_DOMAIN.finditer(text)}
    known = {m.slug: m for name in found if (m := _known(name)) is not None}
    if len(known) != 1:
        return None
    return known.popitem()[1]


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?:[\w-]+\.)*?([\w-]+)\.fi\b")
