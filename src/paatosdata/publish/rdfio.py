"""Triples in, deterministic pyoxigraph triple lists and fast serialisation out.

The mapping makes pyoxigraph terms, which go to the writers as they are; rdflib graphs (pySHACL
results, DCAT and VoID descriptions) are converted. Triples are sorted and blank nodes relabelled
from a canonical form, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.compare import to_canonical_graph

from paatosdata.mapping import OxParts

__all__ = ["PREFIXES", "FORMATS", "ox_triples", "serialize", "sorted_with_ntriples"]

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


#: the shared parts last seen (held, so that their ids stay valid), with their sorted
#: (N-Triples line, triple) pairs and the set of those lines
_SHARED_LINES: dict[
    int, tuple[frozenset[ox.Triple], list[tuple[bytes, ox.Triple]] | None, frozenset[bytes]]
] = {}


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
    than pyoxigraph triples."""
    shared = parts.shared
    cached = _SHARED_LINES.get(id(shared))
    if cached is None or cached[0] is not shared:
        if len(_SHARED_LINES) >= 4:
            _SHARED_LINES.clear()
        shared_lines = _lines(list(shared))
        if shared_lines is not None:
            _sort(shared_lines)
        known = frozenset(line for line, _ in shared_lines or ())
        cached = _SHARED_LINES[id(shared)] = (shared, shared_lines, known)
    shared_lines = cached[1]
    if shared_lines is None:
        return None
    own = _lines(parts.own if isinstance(parts.own, list) else list(parts.own))
    if own is None:
        return None
    known = cached[2]
    added: dict[bytes, ox.Triple] = {}
    for line, triple in own:
        if line not in known:
            added.setdefault(line, triple)
    pairs = shared_lines + list(added.items())
    _sort(pairs)  # the same order as sorting the union's lines at once
    return [triple for _, triple in pairs], b"\n".join([line for line, _ in pairs] + [b""])


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
