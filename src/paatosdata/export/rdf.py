"""RDF exporters: Turtle, JSON-LD, RDF/XML, N-Triples and N-Quads of the mapped documents.

Triples are mapped per document with :mod:`paatosdata.mapping` (redacted: see its docs), which makes
pyoxigraph terms, and written through pyoxigraph (:mod:`paatosdata.export.oxi`), except JSON-LD,
which is framed by our own writer (:mod:`paatosdata.export.jsonld`) from rdflib terms. N-Quads put
each item in its own named graph (named by the item IRI) and each document's own parts (signatures,
appeal instructions, minutes-level text) in a graph named by the document IRI.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import Graph

from paatosdata.config import Config
from paatosdata.export.base import Exporter
from paatosdata.export.jsonld import to_jsonld
from paatosdata.export.oxi import serialize_quads, serialize_triples
from paatosdata.mapping import (
    PREFIXES,
    Triple,
    bind_prefixes,
    document_iri,
    document_own_ox_triples,
    document_ox_triples,
    document_triples,
    item_iri,
    item_ox_triples,
    shared_parts,
)
from paatosdata.model import Document

__all__ = [
    "JsonLdExporter",
    "NQuadsExporter",
    "NTriplesExporter",
    "RdfXmlExporter",
    "TurtleExporter",
    "merged_graph",
]


def merged_graph(documents: list[Document], config: Config) -> Graph:
    """One rdflib graph of all ``documents`` (for callers that want rdflib; the writers do not use it)."""
    graph = bind_prefixes(Graph())
    for doc in documents:
        graph.addN((s, p, o, graph) for s, p, o in document_triples(doc, config))
    return graph


def _triples(documents: list[Document], config: Config) -> Iterator[ox.Triple]:
    # one document's triples at a time, never an rdflib store; duplicates go when written
    for doc in documents:
        for s, p, o in document_ox_triples(doc, config):
            yield ox.Triple(s, p, o)


class _TriplesExporter(Exporter):
    fmt = ""

    def dumps(self, documents: list[Document], config: Config) -> bytes:
        """All ``documents`` as one graph in this format."""
        return serialize_triples(_triples(documents, config), self.fmt, PREFIXES)


class TurtleExporter(_TriplesExporter):
    """Turtle, with the project's prefixes."""

    name = "turtle"
    media_type = "text/turtle"
    extension = "ttl"
    fmt = "turtle"


class RdfXmlExporter(_TriplesExporter):
    """RDF/XML."""

    name = "rdfxml"
    media_type = "application/rdf+xml"
    extension = "rdf"
    fmt = "rdfxml"


class NTriplesExporter(_TriplesExporter):
    """N-Triples (one triple a line, sorted)."""

    name = "ntriples"
    media_type = "application/n-triples"
    extension = "nt"
    fmt = "ntriples"


class NQuadsExporter(Exporter):
    """N-Quads: one named graph per item, one per document for its own parts."""

    name = "nquads"
    media_type = "application/n-quads"
    extension = "nq"

    def dumps(self, documents: list[Document], config: Config) -> bytes:
        """All ``documents`` as N-Quads."""

        def quads() -> Iterator[ox.Quad]:
            with shared_parts():
                for doc in documents:
                    graph = ox.NamedNode(str(document_iri(doc, config)))
                    for s, p, o in document_own_ox_triples(doc, config):
                        yield ox.Quad(s, p, o, graph)
                    for item in doc.items:
                        graph = ox.NamedNode(str(item_iri(doc, item, config)))
                        for s, p, o in item_ox_triples(doc, item, config):
                            yield ox.Quad(s, p, o, graph)

        return serialize_quads(quads())


class JsonLdExporter(Exporter):
    """JSON-LD compacted with our context and framed: one nested tree per item."""

    name = "jsonld"
    media_type = "application/ld+json"
    extension = "jsonld"

    def dumps(self, documents: list[Document], config: Config) -> bytes:
        """All ``documents`` as one framed JSON-LD document."""
        triples: set[Triple] = set()
        for doc in documents:
            triples |= document_triples(doc, config)
        return to_jsonld(triples)
