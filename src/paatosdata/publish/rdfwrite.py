"""The Turtle, JSON-LD and RDF/XML files of one published resource, written by pyoxigraph.

Turtle and RDF/XML use one fixed prefix set, :data:`RESOURCE_PREFIXES` (the Turtle dump declares the
same, so that its statements can be cut from the resources' files):

- Turtle: the prefix lines, then a statement per subject with prefixed names, ``a``, ``;`` and ``,``;
- RDF/XML: the prefixes as namespace declarations, so that properties are prefixed elements; a
  carriage return in a literal is written as ``&#13;`` (XML reads a raw one as a line feed);
- JSON-LD: expanded (full IRIs, no context), as pyoxigraph writes it. Compacting it in Python (an
  inline context and ``pd:`` names) was measured at ≈0.13 ms per resource, more than writing it,
  and expanded JSON-LD reads the same in every JSON-LD processor; ``paatosdata convert --to jsonld``
  gives the compact, framed form.

Writers in Python, from the sorted N-Triples, were measured two to four times slower than
pyoxigraph's. The same graph always gives the same bytes.
"""

from __future__ import annotations

from typing import NamedTuple

import pyoxigraph as ox

__all__ = ["RESOURCE_PREFIXES", "Written", "write_resource"]

#: The prefixes of every resource file and of the Turtle dump: our own vocabulary, the vocabularies
#: the mapping uses (ELI and its draft-legislation extension, PROV, ORG, the Core Public
#: Organisation Vocabulary ``m8g``), RDF, RDFS, XSD, OWL, and three common vocabularies.
RESOURCE_PREFIXES: dict[str, str] = {
    "pd": "https://w3id.org/paatosdata/def#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "eli-dl": "http://data.europa.eu/eli/eli-draft-legislation-ontology#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "m8g": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


class Written(NamedTuple):
    """The three files of one resource."""

    ttl: bytes
    jsonld: bytes
    rdf: bytes


def _serialize(triples: list[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str] | None) -> bytes:
    data = (
        ox.serialize(triples, format=fmt, prefixes=prefixes)
        if prefixes
        else ox.serialize(triples, format=fmt)
    )
    assert data is not None
    return data


def write_resource(triples: list[ox.Triple]) -> Written:
    """The Turtle, JSON-LD and RDF/XML files of ``triples`` (sorted)."""
    rdf = _serialize(triples, ox.RdfFormat.RDF_XML, RESOURCE_PREFIXES)
    if b"\r" in rdf:  # only in text: an IRI holds no carriage return
        rdf = rdf.replace(b"\r", b"&#13;")
    return Written(
        _serialize(triples, ox.RdfFormat.TURTLE, RESOURCE_PREFIXES),
        _serialize(triples, ox.RdfFormat.JSON_LD, None),
        rdf,
    )
