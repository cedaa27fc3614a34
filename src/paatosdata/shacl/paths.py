"""SHACL property paths the fast engine evaluates: predicates, sequences, alternatives, inverses.

A path is compiled from the shapes graph into a small tree of tuples and evaluated from a focus
node over a :class:`~paatosdata.shacl.data.DataIndex`. Paths the engine does not evaluate
(``sh:zeroOrMorePath`` and the other repetitions, the inverse of anything but a predicate, lists
of fewer than two paths) raise :class:`Unsupported`, which sends the shape to pySHACL.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import BNode, Node

from paatosdata.shacl.data import DataIndex

__all__ = ["Path", "Unsupported", "compile_path", "values"]

#: ("p", iri) | ("inv", iri) | ("seq", (path, ...)) | ("alt", (path, ...))
Path = tuple[str, object]


class Unsupported(Exception):
    """A shapes-graph feature the fast engine does not implement (the shape goes to pySHACL)."""


def _members(shapes: Graph, head: Node) -> list[Node]:
    try:
        return list(Collection(shapes, head))
    except Exception as exc:  # a malformed list
        raise Unsupported(f"malformed list {head}") from exc


def compile_path(shapes: Graph, node: Node) -> Path:
    """The path tree of the ``sh:path`` value ``node``."""
    if isinstance(node, URIRef):
        return ("p", node)
    if not isinstance(node, BNode):
        raise Unsupported(f"path {node!r} is neither an IRI nor a blank node")
    kinds = [
        k
        for k, present in (
            ("seq", (node, RDF.first, None) in shapes),
            ("inv", (node, SH.inversePath, None) in shapes),
            ("alt", (node, SH.alternativePath, None) in shapes),
        )
        if present
    ]
    other = {p for p in shapes.predicates(node, None) if p not in (RDF.first, RDF.rest)}
    if len(kinds) != 1 or len(other) > (0 if kinds == ["seq"] else 1):
        raise Unsupported(f"path {node} is not a sequence, an inverse or alternatives")
    if kinds == ["seq"]:
        parts = _members(shapes, node)
        if len(parts) < 2:
            raise Unsupported("a sequence path of fewer than two paths")
        return ("seq", tuple(compile_path(shapes, part) for part in parts))
    if kinds == ["inv"]:
        inverted = list(shapes.objects(node, SH.inversePath))
        if len(inverted) != 1 or not isinstance(inverted[0], URIRef):
            raise Unsupported("only the inverse of a predicate is supported")
        return ("inv", inverted[0])
    heads = list(shapes.objects(node, SH.alternativePath))
    parts = _members(shapes, heads[0]) if len(heads) == 1 else []
    if len(parts) < 2:
        raise Unsupported("alternatives of fewer than two paths")
    return ("alt", tuple(compile_path(shapes, part) for part in parts))


def values(data: DataIndex, focus: Node, path: Path) -> set[Node]:
    """The value nodes reached from ``focus`` along ``path``."""
    kind, arg = path
    if kind == "p":
        return set(data.objects(focus, arg))  # type: ignore[arg-type]
    if kind == "inv":
        return set(data.subjects(arg, focus))  # type: ignore[arg-type]
    parts: tuple[Path, ...] = arg  # type: ignore[assignment]
    if kind == "alt":
        out: set[Node] = set()
        for part in parts:
            out |= values(data, focus, part)
        return out
    nodes = {focus}
    for part in parts:
        step: set[Node] = set()
        for node in nodes:
            step |= values(data, node, part)
        nodes = step
    return nodes
