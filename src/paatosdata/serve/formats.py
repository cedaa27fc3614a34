"""Which results format a request asks for, by ``format=`` or by ``Accept``."""

from __future__ import annotations

from paatosdata.serve.negotiate import choose

__all__ = ["GRAPH_MEDIA_TYPES", "graph_format", "select_format"]

#: CONSTRUCT/DESCRIBE serialisations and their media types.
GRAPH_MEDIA_TYPES: dict[str, str] = {
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}

# Accepted media types (and aliases clients send) → format name; the first is the default.
_SELECT_OFFERS: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "table",
}
_GRAPH_OFFERS: dict[str, str] = {
    "text/turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/json": "jsonld",
    "text/plain": "ntriples",
}
# Names accepted in ``format=`` (as in Fuseki and Virtuoso).
_SELECT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "text": "table", "table": "table"}
_GRAPH_NAMES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "json-ld": "jsonld",
    "jsonld": "jsonld",
    "json": "jsonld",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "xml": "rdfxml",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
}


def _by_name(name: str, names: dict[str, str], offers: dict[str, str]) -> str | None:
    lowered = name.strip().lower()
    if lowered in names:
        return names[lowered]
    return offers.get(lowered.split(";")[0].strip())


def select_format(accept: str | None, fmt: str | None) -> str:
    """The SELECT/ASK results format: ``format=`` first, then Accept, else JSON."""
    if fmt:
        named = _by_name(fmt, _SELECT_NAMES, _SELECT_OFFERS)
        if named:
            return named
    chosen = choose(accept, list(_SELECT_OFFERS))
    return _SELECT_OFFERS[chosen] if chosen else "json"


def graph_format(accept: str | None, fmt: str | None) -> str:
    """The CONSTRUCT/DESCRIBE serialisation: ``format=`` first, then Accept, else Turtle."""
    if fmt:
        named = _by_name(fmt, _GRAPH_NAMES, _GRAPH_OFFERS)
        if named:
            return named
    chosen = choose(accept, list(_GRAPH_OFFERS))
    return _GRAPH_OFFERS[chosen] if chosen else "turtle"
