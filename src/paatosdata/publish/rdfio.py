"""Triples in, deterministic pyoxigraph triple lists and fast serialisation out.

The mapping makes pyoxigraph terms, which go to the writers as they are; rdflib graphs (pySHACL
results, DCAT and VoID descriptions) are converted. Triples are sorted and blank nodes relabelled
from a canonical form, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.compare import to_canonical_graph

from paatosdata.mapping import OxParts
from paatosdata.publish.rdfwrite import Piece, SortedTriples

__all__ = ["PREFIXES", "FORMATS", "SortedTriples", "ox_triples", "serialize", "sorted_with_ntriples"]

#: Prefixes of the site's own descriptions written here (VoID, the DCAT catalog); a resource's files
#: and the Turtle dump use :data:`paatosdata.publish.rdfwrite.RESOURCE_PREFIXES`.
PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "void": "http://rdfs.org/ns/void#",
    "spdx": "http://spdx.org/rdf/terms#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "dqv": "http://www.w3.org/ns/dqv#",
    "sh": "http://www.w3.org/ns/shacl#",
    "schema": "https://schema.org/",
}

#: extension → pyoxigraph format
FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
}


def _term(term: Any, bnodes: dict[str, ox.BlankNode]) -> Any:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return bnodes[str(term)]
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported RDF term {term!r}")


def ox_triples(
    graph: Iterable[tuple[Any, Any, Any]] | Iterable[ox.Triple], scope: str = ""
) -> list[ox.Triple]:
    """The triples of ``graph`` as pyoxigraph triples, sorted, stably labelled.

    ``graph`` is an rdflib graph, rdflib triples, or pyoxigraph triples (as the mapping makes them).
    Blank nodes are labelled from rdflib's canonical form, prefixed by a hash of ``scope`` so that
    labels from different graphs never meet in one dump.
    """
    given: list[Any] = list(graph)
    if given and isinstance(given[0], ox.Triple):
        blank = ox.BlankNode
        if not any(type(t.subject) is blank or type(t.object) is blank for t in given):
            given.sort(key=str)
            return given
        # rare (private persons): label blank nodes exactly as for an rdflib graph
        from paatosdata.mapping import to_rdflib

        given = list(to_rdflib(given))
    has_bnodes = any(type(s) is rdflib.BNode or type(o) is rdflib.BNode for s, _, o in given)
    source: Iterable[tuple[Any, Any, Any]] = given
    if has_bnodes:
        store = rdflib.Graph()
        for triple in given:
            store.add(triple)
        source = to_canonical_graph(store)
    bnodes: dict[str, ox.BlankNode] = {}
    if has_bnodes:
        prefix = "b" + hashlib.sha256(scope.encode()).hexdigest()[:12]
        labels = sorted({str(t) for triple in source for t in triple if isinstance(t, rdflib.BNode)})
        bnodes = {label: ox.BlankNode(f"{prefix}x{i}") for i, label in enumerate(labels)}
    cache: dict[Any, Any] = {}

    def term(node: Any) -> Any:
        found = cache.get(node)
        if found is None:
            found = cache[node] = _term(node, bnodes)
        return found

    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in source]
    triples.sort(key=str)
    return triples


def sorted_with_ntriples(
    graph: Iterable[tuple[Any, Any, Any]] | Iterable[ox.Triple], scope: str = ""
) -> tuple[list[ox.Triple], bytes]:
    """:func:`ox_triples` and their N-Triples (``serialize(triples, "nt")``) at once, for less work.

    For pyoxigraph triples without blank nodes the N-Triples are written once, unsorted, and their
    lines sorted as bytes: a line is ``str(triple)`` followed by `` .``, and UTF-8 bytes sort as
    code points, so this is the order :func:`ox_triples` gives, with no ``str`` per triple.
    """
    if isinstance(graph, OxParts):
        found = _with_shared_lines(graph)
        if found is not None:
            return found
    given: list[Any] = graph if isinstance(graph, list) else list(graph)
    if given and isinstance(given[0], ox.Triple):
        data = ox.serialize(given, format=ox.RdfFormat.N_TRIPLES)
        assert data is not None
        if not _may_hold_blank(data) or not any(
            type(t.subject) is ox.BlankNode or type(t.object) is ox.BlankNode for t in given
        ):
            lines = data.split(b"\n")
            lines.pop()  # after the last line break
            if len(lines) == len(given):  # one line per triple, as N-Triples writes them
                order = sorted(range(len(lines)), key=lines.__getitem__)
                return [given[i] for i in order], b"\n".join([lines[i] for i in order] + [b""])
    triples = ox_triples(given, scope)
    return triples, serialize(triples, "nt")


class _SharedLines:
    """The shared part of the graphs of one document as :func:`_with_shared_lines` uses it: its
    sorted ``(N-Triples line, triple)`` pairs (None with blank nodes), the set of those lines, its
    runs of one subject ``(subject + " ", first, end)`` and, by runs of runs, the dictionaries the
    writers keep (see :class:`SortedTriples`)."""

    __slots__ = ("known", "lines", "reused", "runs", "shared", "uses")

    def __init__(self, shared: frozenset[ox.Triple], lines: list[tuple[bytes, ox.Triple]] | None) -> None:
        self.shared = shared  # held, so that its id stays valid
        self.lines = lines
        self.known = frozenset(line for line, _ in lines or ())
        self.uses = 0
        self.reused: dict[tuple[int, int], dict[str, bytes]] = {}
        self.runs: list[tuple[bytes, int, int]] = []
        first = 0
        pairs = lines or []
        for index in range(1, len(pairs) + 1):
            key = pairs[first][0][: pairs[first][0].find(b" ") + 1]
            if index == len(pairs) or not pairs[index][0].startswith(key):
                self.runs.append((key, first, index))
                first = index


#: the shared parts last seen, by id
_SHARED_LINES: dict[int, _SharedLines] = {}
#: Shared triples a graph must reuse at least, for its writers to take them apart from its own
_REUSED_LEAST = 4


def _lines(triples: list[ox.Triple]) -> list[tuple[bytes, ox.Triple]] | None:
    """``(N-Triples line, triple)`` for each triple (no line end); None when any has a blank node."""
    if not triples:
        return []
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    if _may_hold_blank(data) and any(
        type(t.subject) is ox.BlankNode or type(t.object) is ox.BlankNode for t in triples
    ):
        return None
    lines = data.split(b"\n")
    lines.pop()  # after the last line break
    if len(lines) != len(triples):
        return None
    return list(zip(lines, triples, strict=True))


def _may_hold_blank(data: bytes) -> bool:
    """False when N-Triples ``data`` surely name no blank node (no ``_:``); one byte is looked for
    first, as searching for one byte runs many times faster than for two."""
    return b"_" in data and b"_:" in data


def _with_shared_lines(parts: OxParts) -> tuple[list[ox.Triple], bytes] | None:
    """:func:`sorted_with_ntriples` of ``parts`` writing the shared triples' lines once for all the
    graphs that share them; None when blank nodes need the general path.

    The triples of ``parts.own`` that are listed twice or are shared too are dropped by their lines
    (the lines of two triples are the same exactly when the triples are): bytes hash far faster
    than pyoxigraph triples. From the second graph of a shared part on, the triples come as
    :class:`SortedTriples` with their pieces."""
    shared = parts.shared
    cached = _SHARED_LINES.get(id(shared))
    if cached is None or cached.shared is not shared:
        if len(_SHARED_LINES) >= 4:
            _SHARED_LINES.clear()
        shared_lines = _lines(list(shared))
        if shared_lines is not None:
            _sort(shared_lines)
        cached = _SHARED_LINES[id(shared)] = _SharedLines(shared, shared_lines)
    shared_lines = cached.lines
    if shared_lines is None:
        return None
    own = _lines(parts.own if isinstance(parts.own, list) else list(parts.own))
    if own is None:
        return None
    known = cached.known
    added: dict[bytes, ox.Triple] = {}
    for line, triple in own:
        if line not in known:
            added.setdefault(line, triple)
    pairs = shared_lines + list(added.items())
    _sort(pairs)  # the same order as sorting the union's lines at once
    ntriples = b"\n".join([line for line, _ in pairs] + [b""])
    cached.uses += 1
    if cached.uses == 1:  # a shared part written for one graph only needs no pieces
        return [triple for _, triple in pairs], ntriples
    return SortedTriples([triple for _, triple in pairs], _pieces(cached, pairs)), ntriples


def _pieces(cached: _SharedLines, pairs: list[tuple[bytes, ox.Triple]]) -> list[Piece]:
    """The pieces of the sorted ``pairs`` (see :class:`SortedTriples`): each run of the shared lines
    that the graph's own lines leave whole and alone is reused, with the runs next to it."""
    shared_lines = cached.lines
    assert shared_lines is not None
    count = len(pairs)
    found: list[tuple[int, int, int, int]] = []  # (first run, last run, start, end) reused
    for number, (key, first, end) in enumerate(cached.runs):
        at = bisect_left(pairs, (shared_lines[first][0],))  # a 1-tuple sorts before its pair
        stop = at + end - first
        if (
            stop > count
            or pairs[stop - 1][0] is not shared_lines[end - 1][0]  # an own line within the run
            or (at and pairs[at - 1][0].startswith(key))  # own lines about the same subject
            or (stop < count and pairs[stop][0].startswith(key))
        ):
            continue
        if found and found[-1][1] == number - 1 and found[-1][3] == at:
            found[-1] = (found[-1][0], number, found[-1][2], stop)
        else:
            found.append((number, number, at, stop))
    pieces: list[Piece] = []
    start = 0
    for first_run, last_run, at, stop in found:
        if stop - at < _REUSED_LEAST:
            continue
        if at > start:
            pieces.append((start, at, None))
        pieces.append((at, stop, cached.reused.setdefault((first_run, last_run), {})))
        start = stop
    if not pieces:
        return []
    if start < count:
        pieces.append((start, count, None))
    return pieces


def _sort(pairs: list[tuple[bytes, ox.Triple]]) -> None:
    """Sort ``(line, triple)`` pairs by line; lines of distinct triples differ, so the triples
    themselves are never compared (if they ever were, the sort goes by line alone)."""
    try:
        pairs.sort()
    except TypeError:
        pairs.sort(key=_first)


def _first(pair: tuple[bytes, ox.Triple]) -> bytes:
    return pair[0]


def serialize(triples: list[ox.Triple], extension: str, prefixes: dict[str, str] | None = None) -> bytes:
    """``triples`` as bytes in the format named by ``extension`` (``ttl``, ``jsonld``, ``rdf``, ``nt``)."""
    fmt = FORMATS[extension]
    if extension in ("ttl", "jsonld", "rdf"):
        data = ox.serialize(triples, format=fmt, prefixes=prefixes or PREFIXES)
    else:
        data = ox.serialize(triples, format=fmt)
    assert data is not None
    return data
