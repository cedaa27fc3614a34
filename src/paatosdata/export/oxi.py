"""Serialization through pyoxigraph: rdflib terms in, bytes out (much faster than rdflib's writers).

The mapping produces rdflib terms (sets of triples, or small graphs); this adapter turns them into
pyoxigraph terms and lets pyoxigraph write Turtle, RDF/XML, N-Triples and N-Quads. Plain literals
stay plain: pyoxigraph writes ``"x"`` for ``xsd:string``, which rdflib reads back as a plain literal
(rdflib #2123 is about explicit ``^^xsd:string``, which this path never writes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = [
    "FORMATS",
    "new_term_cache",
    "oxi_quads",
    "oxi_term",
    "oxi_triples",
    "serialize_quads",
    "serialize_triples",
]

#: our format names → pyoxigraph formats
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def oxi_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph form of an rdflib IRI, blank node or literal."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot serialize an RDF term of type {type(term).__name__}")


class _Terms(dict[Node, Any]):
    """A conversion cache: predicates, types and shared nodes repeat in every item."""

    def __missing__(self, term: Node) -> Any:
        converted = oxi_term(term)
        self[term] = converted
        return converted


def new_term_cache() -> dict[Node, Any]:
    """A cache to share between :func:`oxi_triples` calls of one export."""
    return _Terms()


def oxi_triples(
    triples: Graph | Iterable[tuple[Node, Node, Node]], terms: dict[Node, Any] | None = None
) -> Iterator[ox.Triple]:
    """rdflib triples (a graph or a set) as pyoxigraph triples; ``terms`` caches across calls."""
    cache = terms if terms is not None else _Terms()
    source = triples.triples((None, None, None)) if isinstance(triples, Graph) else triples
    for s, p, o in source:
        yield ox.Triple(cache[s], cache[p], cache[o])


def oxi_quads(
    graphs: Iterable[tuple[URIRef, Graph | Iterable[tuple[Node, Node, Node]]]],
) -> Iterator[ox.Quad]:
    """The triples of each named graph as quads named by its IRI."""
    cache = _Terms()
    for name, triples in graphs:
        graph_name = ox.NamedNode(str(name))
        source = triples.triples((None, None, None)) if isinstance(triples, Graph) else triples
        for s, p, o in source:
            yield ox.Quad(cache[s], cache[p], cache[o], graph_name)


def serialize_triples(
    triples: Iterable[ox.Triple], fmt: str, prefixes: dict[str, str] | None = None
) -> bytes:
    """``triples`` in ``fmt`` (turtle, rdfxml, ntriples), sorted for a stable output."""
    ordered = sorted(set(triples), key=str)
    data = ox.serialize(ordered, format=FORMATS[fmt], prefixes=prefixes if fmt == "turtle" else None)
    assert data is not None
    return data


def serialize_quads(quads: Iterable[ox.Quad], fmt: str = "nquads") -> bytes:
    """``quads`` in ``fmt`` (nquads, trig), sorted for a stable output."""
    ordered = sorted(set(quads), key=str)
    data = ox.serialize(ordered, format=FORMATS[fmt])
    assert data is not None
    return data
