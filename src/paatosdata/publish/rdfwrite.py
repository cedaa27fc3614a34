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

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import pyoxigraph as ox

__all__ = ["RESOURCE_PREFIXES", "Piece", "SortedTriples", "Written", "write_resource", "write_resources"]

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


#: A run of a graph's sorted triples: ``(start, end, reused)``; ``reused`` is None for triples of the
#: graph's own, else what writers wrote for those triples before, by format (filled by the writers)
Piece = tuple[int, int, "dict[str, bytes] | None"]


class SortedTriples(list[ox.Triple]):
    """Triples in the order of their N-Triples lines, as
    :func:`~paatosdata.publish.rdfio.sorted_with_ntriples` gives them.

    ``pieces`` (empty when unknown) cut the list into runs, at changes of subject: a run whose
    triples are all shared ones (the same objects, in the same order, in every graph of the document
    that shares them, with no triple of the graph's own about their subjects) carries a dictionary
    kept with the shared part, where :func:`write_resource` keeps what it wrote for them, so that
    each graph after the first writes only its own runs.
    """

    __slots__ = ("pieces",)

    def __init__(self, triples: Iterable[ox.Triple] = (), pieces: list[Piece] | None = None) -> None:
        super().__init__(triples)
        self.pieces: list[Piece] = pieces or []


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


class _Envelope(NamedTuple):
    """What a format writes around the descriptions of subjects: a document is ``head``, then the
    descriptions joined by ``between``, then ``tail`` (each description depends on its subject's
    triples alone, so the bytes written for some subjects can be put together with others')."""

    name: str
    fmt: ox.RdfFormat
    prefixes: dict[str, str] | None
    head: bytes
    between: bytes
    tail: bytes


#: Part of the marker triple's IRI: a batch is cut only when the markers alone write it (:func:`_batched`)
_MARKED = b"x-paatosdata:"
_MARKER = ox.NamedNode("urn:x-paatosdata:marker")
_MARK = ox.Triple(_MARKER, _MARKER, _MARKER)


@cache
def _envelopes() -> tuple[_Envelope, _Envelope, _Envelope]:
    """The envelopes of Turtle, JSON-LD and RDF/XML as written here, read from what pyoxigraph writes
    for one triple."""
    one = [_MARK]
    turtle = _serialize(one, ox.RdfFormat.TURTLE, RESOURCE_PREFIXES)
    xml = _serialize(one, ox.RdfFormat.RDF_XML, RESOURCE_PREFIXES)
    root = xml.index(b"<rdf:RDF")
    return (
        _Envelope(
            "ttl",
            ox.RdfFormat.TURTLE,
            RESOURCE_PREFIXES,
            turtle[: turtle.index(b"<urn:x-paatosdata:")],
            b"",
            b"",
        ),
        _Envelope("jsonld", ox.RdfFormat.JSON_LD, None, b"[", b",", b"]"),
        _Envelope(
            "rdf",
            ox.RdfFormat.RDF_XML,
            RESOURCE_PREFIXES,
            xml[: xml.index(b">\n", root) + 2],
            b"",
            b"</rdf:RDF>",
        ),
    )


def _inner(envelope: _Envelope, data: bytes) -> bytes | None:
    """The descriptions of ``data`` without its envelope; None when it is not there as expected."""
    head, tail = envelope.head, envelope.tail
    if not data.startswith(head) or not data.endswith(tail) or len(data) <= len(head) + len(tail):
        return None
    return data[len(head) : len(data) - len(tail)]


def _pieced(triples: SortedTriples, envelope: _Envelope) -> bytes | None:
    """``triples`` written in ``envelope``'s format piece by piece, reusing what was written for the
    shared pieces before; None when some output is not as :func:`_envelopes` expects."""
    parts: list[bytes] = []
    name = envelope.name
    for start, end, reused in triples.pieces:
        inner = None if reused is None else reused.get(name)
        if inner is None:
            inner = _inner(envelope, _serialize(triples[start:end], envelope.fmt, envelope.prefixes))
            if inner is None:
                return None
            if reused is not None:
                reused[name] = inner
        parts.append(inner)
    return envelope.head + envelope.between.join(parts) + envelope.tail


@cache
def _marks() -> dict[str, bytes]:
    """The description of the marker triple alone, by format."""
    marks = {e.name: _inner(e, _serialize([_MARK], e.fmt, e.prefixes)) or b"" for e in _envelopes()}
    assert all(_MARKED in mark for mark in marks.values())
    return marks


def _batched(graphs: list[list[ox.Triple]], envelope: _Envelope) -> list[bytes] | None:
    """``graphs`` written in ``envelope``'s format, what no graph before wrote for them (their own
    pieces, shared ones written for none yet, whole graphs without pieces) by one call, the parts
    apart by the marker triple; None when that output is not as expected.

    Each call costs a fixed amount besides the triples (the prefixes), about as much as writing an
    item's own pieces. Each description depends on its subject's triples alone, and the marker
    ends one and begins another; a part is taken only when the marker's IRI is written nowhere
    else, so no graph's triple about it can have joined a marker's description.
    """
    name = envelope.name
    batch: list[ox.Triple] = []
    plans: list[list[int | bytes]] = []  # by graph: its parts, written before or by number in the batch
    fills: dict[int, tuple[int, dict[str, bytes]]] = {}  # the shared pieces written now, by id
    count = 0
    for triples in graphs:
        plan: list[int | bytes] = []
        pieces = triples.pieces if isinstance(triples, SortedTriples) else []
        for start, end, reused in pieces or [(0, len(triples), None)]:
            known: bytes | int | None = None
            if reused is not None:
                known = reused.get(name) or (fills[id(reused)][0] if id(reused) in fills else None)
            if known is None:
                if count:
                    batch.append(_MARK)
                batch += triples[start:end]
                if reused is not None:
                    fills[id(reused)] = (count, reused)
                known = count
                count += 1
            plan.append(known)
        plans.append(plan)
    parts: list[bytes] = []
    if count:
        inner = _inner(envelope, _serialize(batch, envelope.fmt, envelope.prefixes)) or b""
        mark = _marks()[name]
        parts = inner.split(mark)
        if len(parts) != count or not all(parts) or inner.count(_MARKED) != mark.count(_MARKED) * (count - 1):
            return None
    for number, reused in fills.values():
        reused[name] = parts[number]
    head, tail = envelope.head, envelope.tail
    return [head + b"".join([p if isinstance(p, bytes) else parts[p] for p in plan]) + tail for plan in plans]


def write_resources(graphs: list[list[ox.Triple]]) -> list[Written]:
    """:func:`write_resource` of each of ``graphs`` (the items of one meeting), the same bytes:
    Turtle and RDF/XML by one call for all (:func:`_batched`), JSON-LD graph by graph as
    :func:`write_resource` writes it (by one call, it was measured slower)."""
    turtle, jsonld, xml = _envelopes()
    ttls, rdfs = _batched(graphs, turtle), _batched(graphs, xml)
    if ttls is None or rdfs is None:
        return [write_resource(triples) for triples in graphs]
    written = []
    for triples, ttl, rdf in zip(graphs, ttls, rdfs, strict=True):
        json = _pieced(triples, jsonld) if isinstance(triples, SortedTriples) and triples.pieces else None
        if json is None:
            json = _serialize(triples, ox.RdfFormat.JSON_LD, None)
        written.append(Written(ttl, json, _xml_returns(rdf)))
    return written


def write_resource(triples: list[ox.Triple]) -> Written:
    """The Turtle, JSON-LD and RDF/XML files of ``triples`` (sorted).

    :class:`SortedTriples` with pieces are written piece by piece, what
    was written for shared pieces before being reused: the same bytes as writing them at once.
    """
    if isinstance(triples, SortedTriples) and triples.pieces:
        turtle, jsonld, xml = _envelopes()
        written = [_pieced(triples, turtle), _pieced(triples, jsonld), _pieced(triples, xml)]
        if None not in written:
            ttl, json, rdf = (data or b"" for data in written)
            return Written(ttl, json, _xml_returns(rdf))
    return Written(
        _serialize(triples, ox.RdfFormat.TURTLE, RESOURCE_PREFIXES),
        _serialize(triples, ox.RdfFormat.JSON_LD, None),
        _xml_returns(_serialize(triples, ox.RdfFormat.RDF_XML, RESOURCE_PREFIXES)),
    )


def _xml_returns(rdf: bytes) -> bytes:
    """``rdf`` with each carriage return written ``&#13;`` (XML reads a raw one as a line feed; only
    text can hold one, an IRI cannot)."""
    return rdf.replace(b"\r", b"&#13;") if b"\r" in rdf else rdf
