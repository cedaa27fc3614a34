"""The data side of the fast engine: a batch of triples indexed by subject and by predicate.

The index holds rdflib terms, because the mapping, the RDF readers and pySHACL all speak them
and rdflib's IRIs hash as plain strings; triples of pyoxigraph terms are converted on the way in
(with a cache, since predicates, types and shared nodes repeat in every item).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = ["DataIndex", "from_oxigraph", "term_cache"]

Triple = tuple[Node, Node, Node]
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NONE: tuple[Node, ...] = ()


class DataIndex:
    """Triples indexed as subject → predicate → objects and predicate → object → subjects.

    ``reverse`` names the predicates worth indexing backwards while adding (None: all of them);
    the backward index of any other predicate is built from the forward one when first asked for.
    """

    __slots__ = ("_spo", "_pos", "_graph", "_reverse", "_parents")

    def __init__(self, triples: Iterable[Triple] = (), reverse: frozenset[Node] | None = None) -> None:
        # innermost dicts are insertion-ordered sets (values unused)
        self._spo: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._pos: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._graph: Graph | None = None
        self._reverse = reverse
        self._parents: dict[Node, list[Node]] | None = None
        self.add_all(triples)

    def add_all(self, triples: Iterable[Triple]) -> None:
        """Add ``triples`` (each at most once, even when repeated)."""
        spo, pos, reverse = self._spo, self._pos, self._reverse
        for s, p, o in triples:
            by_p = spo.get(s)
            if by_p is None:
                by_p = spo[s] = {}
            objects = by_p.get(p)
            if objects is None:
                by_p[p] = {o: None}
            elif o in objects:
                continue
            else:
                objects[o] = None
            if reverse is not None and p not in reverse:
                continue
            by_o = pos.get(p)
            if by_o is None:
                by_o = pos[p] = {}
            subjects = by_o.get(o)
            if subjects is None:
                by_o[o] = {s: None}
            else:
                subjects[s] = None
        self._graph = None
        self._parents = None
        if reverse is not None:  # backward indexes built on demand are now stale
            for p in [p for p in pos if p not in reverse]:
                del pos[p]

    def _backward(self, p: Node) -> dict[Node, dict[Node, None]] | None:
        by_o = self._pos.get(p)
        if by_o is None and self._reverse is not None and p not in self._reverse:
            by_o = self._pos[p] = {}
            for s, by_p in self._spo.items():
                for o in by_p.get(p, ()):
                    by_o.setdefault(o, {})[s] = None
        return by_o

    @classmethod
    def from_graph(cls, graph: Graph) -> DataIndex:
        """The index of an rdflib graph."""
        return cls(graph.triples((None, None, None)))

    def __len__(self) -> int:
        return sum(len(objects) for by_p in self._spo.values() for objects in by_p.values())

    def __iter__(self) -> Iterator[Triple]:
        for s, by_p in self._spo.items():
            for p, objects in by_p.items():
                for o in objects:
                    yield s, p, o

    def objects(self, s: Node, p: Node) -> Collection[Node]:
        """The objects of ``s p ?o``."""
        by_p = self._spo.get(s)
        return (by_p.get(p) or _NONE) if by_p is not None else _NONE

    def subjects(self, p: Node, o: Node) -> Collection[Node]:
        """The subjects of ``?s p o``."""
        by_o = self._backward(p)
        return (by_o.get(o) or _NONE) if by_o is not None else _NONE

    def value(self, s: Node, p: Node) -> Node | None:
        """One object of ``s p ?o`` (the first added), or None."""
        return next(iter(self.objects(s, p)), None)

    def predicates(self, s: Node) -> Iterable[Node]:
        """The predicates ``s`` has values for."""
        by_p = self._spo.get(s)
        return by_p.keys() if by_p is not None else ()

    def subjects_of(self, p: Node) -> set[Node]:
        """Every subject of a triple with predicate ``p``."""
        return {s for subjects in (self._backward(p) or {}).values() for s in subjects}

    def objects_of(self, p: Node) -> set[Node]:
        """Every object of a triple with predicate ``p``."""
        return set(self._backward(p) or {})

    def parents(self, o: Node) -> list[Node]:
        """Every subject that has ``o`` as an object, under any predicate."""
        if self._parents is None:
            parents: dict[Node, list[Node]] = {}
            for s, by_p in self._spo.items():
                for objects in by_p.values():
                    for obj in objects:
                        parents.setdefault(obj, []).append(s)
            self._parents = parents
        return self._parents.get(o, [])

    def instances(self, cls: Node) -> set[Node]:
        """Nodes typed ``cls`` or a subclass of it (``rdf:type/rdfs:subClassOf*`` in this data)."""
        classes = {cls}
        frontier = [cls]
        while frontier:
            for sub in self.subjects(RDFS.subClassOf, frontier.pop()):
                if sub not in classes:
                    classes.add(sub)
                    frontier.append(sub)
        found: set[Node] = set()
        for c in classes:
            found.update(self.subjects(RDF.type, c))
        return found

    def graph(self) -> Graph:
        """The triples as an rdflib graph (built once, for pySHACL)."""
        if self._graph is None:
            graph = Graph(bind_namespaces="none")
            graph.addN((s, p, o, graph) for s, p, o in self)
            self._graph = graph
        return self._graph


#: converted terms that recur from batch to batch: predicates and typed literals (dates, numbers,
#: flags) — an rdflib literal of a datatype costs ten times more to make than an IRI
_LASTING: dict[Any, Node] = {}
_LASTING_MAX = 20_000


class _FromOxigraph(dict[Any, Node]):
    """pyoxigraph term → rdflib term, cached (for a batch; some terms for the process)."""

    def __missing__(self, term: Any) -> Node:
        node = _LASTING.get(term)
        if node is not None:
            self[term] = node
            return node
        kind = type(term).__name__
        lasting = False
        if kind == "NamedNode":
            node = URIRef(term.value)
        elif kind == "BlankNode":
            node = BNode(term.value)
        elif kind == "Literal":
            if term.language:
                node = Literal(term.value, lang=term.language)
            else:
                datatype = term.datatype.value
                if datatype == _XSD_STRING:
                    node = Literal(term.value)
                else:
                    node = Literal(term.value, datatype=URIRef(datatype))
                    lasting = True
        else:
            raise TypeError(f"not an RDF term of a triple: {kind}")
        self[term] = node
        if lasting:
            _last(term, node)
        return node

    def predicate(self, term: Any) -> Node:
        """The rdflib form of a predicate (kept for the process: predicates come from a vocabulary)."""
        node = self.get(term)
        if node is None:
            node = _LASTING.get(term)
            if node is None:
                node = URIRef(term.value)
                _last(term, node)
            self[term] = node
        return node


def _last(term: Any, node: Node) -> None:
    if len(_LASTING) >= _LASTING_MAX:
        _LASTING.clear()
    _LASTING[term] = node


def from_oxigraph(triples: Iterable[Any], terms: dict[Any, Node] | None = None) -> Iterator[Triple]:
    """pyoxigraph triples, quads (the graph name is dropped) or tuples of terms as rdflib triples.

    A plain ``xsd:string`` literal becomes a plain rdflib literal, as rdflib reads ``"x"``.
    ``terms``, a cache made by :func:`term_cache`, can be shared by the calls of one batch.
    """
    cache = terms if isinstance(terms, _FromOxigraph) else _FromOxigraph()
    predicate = cache.predicate
    for triple in triples:
        if isinstance(triple, tuple):
            s, p, o = triple
        else:
            s, p, o = triple.subject, triple.predicate, triple.object
        yield cache[s], predicate(p), cache[o]


def term_cache(known: dict[Any, Node] | None = None) -> dict[Any, Node]:
    """A cache of converted terms for :func:`from_oxigraph`, to share within one batch.

    ``known`` maps pyoxigraph terms to the rdflib terms to give for them: the shapes' own IRIs,
    so that the index holds the very objects the compiled shapes look up (found by identity).
    """
    return _FromOxigraph(known or {})
