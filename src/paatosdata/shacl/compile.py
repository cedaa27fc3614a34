"""Shapes graph → :class:`Plan`: the shapes the fast engine evaluates, the rest left to pySHACL.

A shape with targets is compiled with everything it reaches (nested ``sh:property`` shapes and the
members of ``sh:or``). Anything the fast engine does not implement — another constraint component,
a repetition path, ``sh:flags`` other than ``i``/``m``, an implicit class target, a severity other
than ``sh:Violation`` inside ``sh:or`` (where pySHACL's allowed warnings change what "conforms"
means), a malformed parameter — sends the whole shape to pySHACL: the plan's ``residual`` shapes
graph keeps those shapes' targets and drops the targets of the compiled ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from paatosdata.shacl.constraints import (
    DATATYPE,
    HAS_VALUE,
    IN,
    MAX_COUNT,
    MAX_LENGTH,
    MIN_COUNT,
    MIN_LENGTH,
    NODE_KIND,
    NODE_KINDS,
    OR,
    PATTERN,
    PROPERTY,
    RANGE_TESTS,
    pattern,
)
from paatosdata.shacl.paths import Path, Unsupported, compile_path

__all__ = ["Constraint", "Plan", "Shape", "compile_shapes"]

TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
_RANGES = {
    SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
}
_SUPPORTED = {
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH.nodeKind,
    SH["in"],
    SH.hasValue,
    SH["or"],
    SH.pattern,
    SH.flags,
    SH.minLength,
    SH.maxLength,
    SH.property,
    *_RANGES,
}
#: SHACL terms on a shape that do not validate (targets are handled apart)
_INERT = {
    SH.path,
    SH.severity,
    SH.message,
    SH.name,
    SH.description,
    SH.deactivated,
    SH.order,
    SH.group,
    SH.defaultValue,
    *TARGETS,
}
_INTEGERS = {
    XSD.integer,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.byte,
    XSD.unsignedInt,
    XSD.unsignedLong,
    XSD.unsignedShort,
    XSD.unsignedByte,
}


@dataclass(slots=True, frozen=True)
class Constraint:
    """One constraint of a shape: its component and parameter (a shape list for sh:property, sh:or)."""

    component: Node
    param: object


@dataclass(slots=True)
class Shape:
    """A compiled node or property shape."""

    node: Node
    path: Path | None  # None for a node shape
    path_node: Node | None
    severity: Node
    deactivated: bool
    constraints: list[Constraint] = field(default_factory=list)
    # targets (top-level shapes only)
    classes: tuple[Node, ...] = ()
    subjects_of: tuple[Node, ...] = ()
    objects_of: tuple[Node, ...] = ()
    nodes: tuple[Node, ...] = ()


@dataclass(slots=True)
class Plan:
    """Compiled shapes for the fast engine; ``residual`` holds the others for pySHACL (or None)."""

    shapes: list[Shape]
    residual: Graph | None
    unsupported: dict[Node, str]  # top-level shape → why it is left to pySHACL
    _reverse: frozenset[Node] | None = None

    def reverse_predicates(self) -> frozenset[Node]:
        """The predicates the compiled shapes follow backwards (targets, inverse paths, types)."""
        if self._reverse is None:
            self._reverse = self._find_reverse()
        return self._reverse

    def _find_reverse(self) -> frozenset[Node]:
        out: set[Node] = {RDF.type, RDFS.subClassOf}

        def walk(shape: Shape) -> None:
            out.update(shape.subjects_of)
            out.update(shape.objects_of)
            if shape.path is not None:
                out.update(_inverse_predicates(shape.path))
            for constraint in shape.constraints:
                if constraint.component in (PROPERTY, OR):
                    for child in constraint.param:  # type: ignore[attr-defined]
                        walk(child)

        for shape in self.shapes:
            walk(shape)
        return frozenset(out)


def _inverse_predicates(path: Path) -> set[Node]:
    kind, arg = path
    if kind == "inv":
        return {arg}  # type: ignore[arg-type]
    if kind in ("seq", "alt"):
        return {p for part in arg for p in _inverse_predicates(part)}  # type: ignore[attr-defined]
    return set()


def _one(shapes: Graph, node: Node, prop: URIRef) -> Node:
    values = list(shapes.objects(node, prop))
    if len(values) != 1:
        raise Unsupported(f"{len(values)} values of {prop}")
    return values[0]


def _integer(shapes: Graph, node: Node, prop: URIRef, integers: set[URIRef]) -> int:
    value = _one(shapes, node, prop)
    if (
        not isinstance(value, Literal)
        or value.datatype not in integers
        or getattr(value, "ill_typed", False)
        or not isinstance(value.value, int)
        or value.value < 0
    ):
        raise Unsupported(f"{prop} is not a non-negative integer")
    return int(value.value)


def _items(shapes: Graph, head: Node) -> list[Node]:
    try:
        return list(Collection(shapes, head))
    except Exception as exc:  # a malformed list
        raise Unsupported(f"malformed list {head}") from exc


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.stack: list[Node] = []

    def shape(self, node: Node, *, inside_or: bool) -> Shape:
        g = self.shapes
        if node in self.stack:
            raise Unsupported("a recursive shape")
        self.stack.append(node)
        try:
            unknown = [
                p
                for p in set(g.predicates(node, None))
                if str(p).startswith(str(SH)) and p not in _SUPPORTED and p not in _INERT
            ]
            if unknown:
                raise Unsupported(f"{unknown[0]} is not implemented")
            paths = list(g.objects(node, SH.path))
            if len(paths) > 1:
                raise Unsupported("more than one sh:path")
            severities = list(g.objects(node, SH.severity))
            severity = severities[0] if severities else SH.Violation
            if len(severities) > 1 or (inside_or and severity != SH.Violation):
                raise Unsupported("a severity pySHACL treats specially")
            flags = [f for f in g.objects(node, SH.deactivated) if isinstance(f, Literal)]
            if len(flags) != len(list(g.objects(node, SH.deactivated))) or len(flags) > 1:
                raise Unsupported("malformed sh:deactivated")
            deactivated = bool(flags[0].value) if flags else False
            path_node = paths[0] if paths else None
            shape = Shape(
                node=node,
                path=compile_path(g, path_node) if path_node is not None else None,
                path_node=path_node,
                severity=severity,
                deactivated=deactivated,
            )
            shape.constraints = self.constraints(node, shape, inside_or)
            return shape
        finally:
            self.stack.pop()

    def constraints(self, node: Node, shape: Shape, inside_or: bool) -> list[Constraint]:
        g = self.shapes
        has = {p for p in g.predicates(node, None)}
        out: list[Constraint] = []
        if SH.minCount in has or SH.maxCount in has:
            if shape.path is None:
                raise Unsupported("a count on a node shape")
        if SH.minCount in has:
            out.append(Constraint(MIN_COUNT, _integer(g, node, SH.minCount, {XSD.integer})))
        if SH.maxCount in has:
            out.append(Constraint(MAX_COUNT, _integer(g, node, SH.maxCount, {XSD.integer})))
        if SH.datatype in has:
            datatype = _one(g, node, SH.datatype)
            if not isinstance(datatype, URIRef):
                raise Unsupported("sh:datatype is not an IRI")
            out.append(Constraint(DATATYPE, datatype))
        if SH.nodeKind in has:
            kind = _one(g, node, SH.nodeKind)
            if kind not in NODE_KINDS:
                raise Unsupported("unknown sh:nodeKind")
            out.append(Constraint(NODE_KIND, kind))
        for prop, component in _RANGES.items():
            bounds = list(g.objects(node, prop))
            if any(not isinstance(b, Literal) for b in bounds):
                raise Unsupported(f"{prop} is not a literal")
            out += [Constraint(component, bound) for bound in bounds]
        assert set(RANGE_TESTS) == set(_RANGES.values())
        if SH["in"] in has:
            out.append(Constraint(IN, frozenset(_items(g, _one(g, node, SH["in"])))))
        for value in g.objects(node, SH.hasValue):
            out.append(Constraint(HAS_VALUE, value))
        if SH.flags in has and SH.pattern not in has:
            raise Unsupported("sh:flags without sh:pattern")
        if SH.pattern in has:
            out.append(Constraint(PATTERN, self.patterns(node)))
        if SH.minLength in has:
            out.append(Constraint(MIN_LENGTH, _integer(g, node, SH.minLength, _INTEGERS)))
        if SH.maxLength in has:
            out.append(Constraint(MAX_LENGTH, _integer(g, node, SH.maxLength, _INTEGERS)))
        children = list(g.objects(node, SH.property))
        if children:
            nested = [self.shape(child, inside_or=inside_or) for child in children]
            if any(child.path is None for child in nested):
                raise Unsupported("sh:property names a shape without sh:path")
            out.append(Constraint(PROPERTY, tuple(nested)))
        for head in g.objects(node, SH["or"]):
            members = {m for m in _items(g, head)}
            if not members:
                raise Unsupported("an empty sh:or list")
            out.append(Constraint(OR, tuple(self.shape(m, inside_or=True) for m in members)))
        return out

    def patterns(self, node: Node) -> tuple[re.Pattern[str], ...]:
        g = self.shapes
        flags_found = list(g.objects(node, SH.flags))
        if len(flags_found) > 1:
            raise Unsupported("more than one sh:flags")
        flags = str(flags_found[0]) if flags_found else ""
        if set(flags.lower()) - {"i", "m"}:
            raise Unsupported(f"sh:flags {flags!r}")
        out = []
        for value in g.objects(node, SH.pattern):
            if not isinstance(value, Literal) or value.datatype not in (None, XSD.string) or value.language:
                raise Unsupported("sh:pattern is not a string")
            try:
                out.append(pattern(str(value), flags.lower()))
            except re.error as exc:
                raise Unsupported(f"sh:pattern does not compile: {exc}") from exc
        return tuple(out)


def _implicit_class(shapes: Graph, node: Node) -> bool:
    classes = set(shapes.subjects(RDFS.subClassOf, RDFS.Class)) | {RDFS.Class}
    return any(t in classes for t in shapes.objects(node, RDF.type))


def compile_shapes(shapes: Graph, known: set[Node] | None = None) -> Plan:
    """Compile every shape with targets in ``shapes``; the ones that do not compile stay with pySHACL.

    With ``known``, a shape outside it stays with pySHACL too (its results need pySHACL's messages).
    """
    compiled: list[Shape] = []
    unsupported: dict[Node, str] = {}
    if any(shapes.triples((None, SH.parameter, None))):
        # custom constraint components: pySHACL decides which shapes they apply to
        tops = {s for prop in TARGETS for s in shapes.subjects(prop, None)}
        return Plan([], shapes, dict.fromkeys(tops, "custom constraint components"))
    tops = {s for prop in TARGETS for s in shapes.subjects(prop, None)}
    tops |= {
        s
        for s in set(shapes.subjects(RDF.type, None))
        if _implicit_class(shapes, s) and any(str(p).startswith(str(SH)) for p in shapes.predicates(s, None))
    }
    for top in sorted(tops, key=str):
        try:
            if _implicit_class(shapes, top):
                raise Unsupported("an implicit class target")
            if known is not None and top not in known:
                raise Unsupported("a shape without rule information")
            shape = _Compiler(shapes).shape(top, inside_or=False)
            shape.classes = tuple(shapes.objects(top, SH.targetClass))
            shape.subjects_of = tuple(shapes.objects(top, SH.targetSubjectsOf))
            shape.objects_of = tuple(shapes.objects(top, SH.targetObjectsOf))
            shape.nodes = tuple(shapes.objects(top, SH.targetNode))
            if any(not isinstance(t, URIRef) for t in (*shape.subjects_of, *shape.objects_of)):
                raise Unsupported("a target predicate that is not an IRI")
        except Unsupported as why:
            unsupported[top] = str(why)
            continue
        compiled.append(shape)
    residual = None
    if unsupported:
        done = {shape.node for shape in compiled}
        residual = Graph(bind_namespaces="none")
        residual.addN((s, p, o, residual) for s, p, o in shapes if not (s in done and p in TARGETS))
    return Plan(compiled, residual, unsupported)
