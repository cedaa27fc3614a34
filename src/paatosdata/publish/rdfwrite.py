"""The Turtle, JSON-LD and RDF/XML files of one published resource.

Every item and meeting is published in the three syntaxes with one fixed prefix set,
:data:`RESOURCE_PREFIXES` (the Turtle dump declares the same, so that its statements can be cut
from the resources' files):

- Turtle: the prefix lines, then a statement per subject with prefixed names, ``a``, ``;`` and ``,``;
- JSON-LD: ``{"@context": {prefixes}, "@graph": [nodes]}`` with compact IRIs (``pd:Decision``,
  ``xsd:date``): the context is inline, so reading the file never needs the network; ``<``, ``>``,
  ``&``, U+2028 and U+2029 are written as JSON escapes, so that the document can be embedded in an
  HTML ``<script>`` element as it is;
- RDF/XML: the prefixes as namespace declarations, so that properties are prefixed elements; a
  carriage return in a literal is written as ``&#13;`` (XML reads a raw one as a line feed).

pyoxigraph writes all three: writers in Python, from the sorted N-Triples, measured two to four
times slower than pyoxigraph's. Its JSON-LD is expanded; the IRIs in it are compacted here by
replacing the quoted namespace at the start of a JSON string with its prefix, which is exact
unless a literal of the graph starts with a namespace, an IRI's scheme reads as one of the
prefixes, or an IRI is a namespace followed by ``//``: such a rare graph is left expanded, without
a context.
The same graph always gives the same bytes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pyoxigraph as ox

__all__ = ["RESOURCE_PREFIXES", "Written", "compact_jsonld", "jsonld_context", "write_resource"]

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

#: quoted namespace → quoted prefix and colon
_COMPACT = {b'"' + ns.encode(): b'"' + name.encode() + b":" for name, ns in RESOURCE_PREFIXES.items()}
#: a JSON string that starts with a namespace (the longest, were one ever to start another)
_QUOTED_NAMESPACE = re.compile(
    b"|".join(re.escape(quoted) for quoted in sorted(_COMPACT, key=len, reverse=True))
)
#: in N-Triples, an IRI whose scheme is a prefix (``<pd:x>``: the context would read it as compact)
_SCHEMES = re.compile(b"<(?:" + b"|".join(re.escape(name.encode()) for name in RESOURCE_PREFIXES) + b"):")


def _risky(ntriples: bytes) -> bool:
    """Whether plain compaction of the graph ``ntriples`` would be inexact: a literal starts with a
    namespace (its JSON string would start so too), an IRI's scheme is a prefix, or an IRI is a
    namespace followed by ``//`` (``pd://x`` reads as an absolute IRI). Every namespace starts with
    ``http`` and ends with ``#`` or ``/``; the cheap scans come first."""
    return bool(
        (b'"http' in ntriples and _QUOTED_NAMESPACE.search(ntriples))
        or b"#//" in ntriples
        or b"///" in ntriples
        or _SCHEMES.search(ntriples)
    )


_CONTEXT = (
    b'{"@context":{'
    + b",".join(b'"%s":"%s"' % (name.encode(), ns.encode()) for name, ns in RESOURCE_PREFIXES.items())
    + b'},"@graph":'
)
#: what cannot stand in HTML script text, and its JSON escape (found only inside JSON strings)
_UNSAFE = (
    (b"<", b"\\u003c"),
    (b">", b"\\u003e"),
    (b"&", b"\\u0026"),
    ("\u2028".encode(), b"\\u2028"),
    ("\u2029".encode(), b"\\u2029"),
)


def jsonld_context() -> dict[str, str]:
    """The inline ``@context`` of every JSON-LD file written here: the prefix map."""
    return dict(RESOURCE_PREFIXES)


def _html_safe(data: bytes) -> bytes:
    for raw, escaped in _UNSAFE:
        if raw in data:  # usually absent: a scan is cheaper than a copy
            data = data.replace(raw, escaped)
    return data


def compact_jsonld(expanded: bytes, ntriples: bytes) -> bytes:
    """pyoxigraph's expanded JSON-LD ``expanded`` of the graph whose N-Triples are ``ntriples``, with
    the inline context and compact IRIs.

    In pyoxigraph's JSON-LD a JSON string starts with a namespace only where it is an IRI (an
    ``@id``, an ``@type``, a property) or where a literal's text does; in N-Triples an IRI opens with
    ``<`` and a literal's text (or an escaped quote inside it) follows ``"``, so a namespace found
    after ``"`` in ``ntriples`` marks a literal that would be changed: such a graph (and one with an
    IRI no prefix may stand for, see :func:`_risky`) is left expanded, without a context.
    """
    data = expanded.strip()
    if _risky(ntriples):  # rare: leave the graph expanded
        return _html_safe(data + b"\n")
    for quoted in set(_QUOTED_NAMESPACE.findall(data)):
        data = data.replace(quoted, _COMPACT[quoted])
    return _html_safe(_CONTEXT + data + b"}\n")


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


def write_resource(triples: list[ox.Triple], ntriples: bytes) -> Written:
    """The Turtle, JSON-LD and RDF/XML files of ``triples`` (sorted; ``ntriples`` are their N-Triples)."""
    rdf = _serialize(triples, ox.RdfFormat.RDF_XML, RESOURCE_PREFIXES)
    if b"\r" in rdf:  # only in text: an IRI holds no carriage return
        rdf = rdf.replace(b"\r", b"&#13;")
    return Written(
        _serialize(triples, ox.RdfFormat.TURTLE, RESOURCE_PREFIXES),
        compact_jsonld(_serialize(triples, ox.RdfFormat.JSON_LD, None), ntriples),
        rdf,
    )
