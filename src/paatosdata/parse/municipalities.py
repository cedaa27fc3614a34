"""Municipalities named on vendor pages ("Espoon kaupunki", "Turun kaupunki") → :class:`Municipality`."""

from __future__ import annotations

import re

from paatosdata.ids import slugify
from paatosdata.model import Municipality

__all__ = ["KNOWN", "municipality_by_name", "municipality_from_host", "municipality_from_label"]

#: genitive stem (as in "Espoon kaupunki") → (name, Statistics Finland code, Swedish name)
KNOWN: dict[str, tuple[str, str, str | None]] = {
    "espoon": ("Espoo", "049", "Esbo"),
    "helsingin": ("Helsinki", "091", "Helsingfors"),
    "vantaan": ("Vantaa", "092", "Vanda"),
    "kauniaisten": ("Kauniainen", "235", "Grankulla"),
    "kuopion": ("Kuopio", "297", None),
    "mikkelin": ("Mikkeli", "491", "S:t Michel"),
    "oulun": ("Oulu", "564", "Uleåborg"),
    "tampereen": ("Tampere", "837", "Tammerfors"),
    "turun": ("Turku", "853", "Åbo"),
}

_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?P<host>[^/:?#]+)", re.IGNORECASE)
_LABEL = re.compile(r"\b(?P<stem>[A-ZÅÄÖ][\wåäö-]+)\s+(?:kaupunki|kunta|kaupungin|kunnan)\b")


def municipality_from_label(text: str) -> Municipality | None:
    """The municipality a label such as ``Oulun kaupunki`` names, else ``None``.

    >>> m = municipality_from_label("Espoon kaupunki")
    >>> (m.name, m.code, m.slug)
    ('Espoo', '049', 'espoo')
    >>> municipality_from_label("Jokin muu") is None
    True
    """
    m = _LABEL.search(text)
    if m is None:
        return None
    stem = m.group("stem")
    known = KNOWN.get(stem.casefold())
    if known is None:
        return Municipality(name=m.group(0), slug=slugify(m.group(0)))
    name, code, name_sv = known
    return Municipality(name=name, slug=slugify(name), code=code, name_sv=name_sv)


def municipality_by_name(name: str) -> Municipality:
    """A municipality from its name (``espoo`` → Espoo, 049); unknown names are kept as given.

    >>> municipality_by_name("espoo").code
    '049'
    """
    for known_name, code, name_sv in KNOWN.values():
        if known_name.casefold() == name.strip().casefold():
            return Municipality(name=known_name, slug=slugify(known_name), code=code, name_sv=name_sv)
    return Municipality(name=name.strip(), slug=slugify(name))


def municipality_from_host(url: str) -> Municipality | None:
    """The known municipality one label of a URL's host names (``paatokset.vantaa.fi``), else ``None``.

    >>> municipality_from_host("http://paatokset.vantaa.fi/ktwebbin/ktproxy2.dll").name
    'Vantaa'
    >>> municipality_from_host("https://www.example.fi/") is None
    True
    """
    m = _HOST.match(url.strip())
    if m is None:
        return None
    labels = m.group("host").casefold().split(".")
    for name, code, name_sv in KNOWN.values():
        if name.casefold() in labels:
            return Municipality(name=name, slug=slugify(name), code=code, name_sv=name_sv)
    return None
