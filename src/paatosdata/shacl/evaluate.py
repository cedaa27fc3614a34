"""Evaluate compiled shapes over a :class:`~paatosdata.shacl.data.DataIndex`.

Focus nodes come from the targets (``sh:targetClass`` follows ``rdfs:subClassOf`` in the data);
value nodes are the focus node itself for a node shape and the nodes its path reaches for a
property shape. Cardinality and ``sh:hasValue`` give one result per focus node (without
``sh:value``); every other component one per failing value node, with it as ``sh:value``. A nested
``sh:property`` shape reports its own results (its own severity); an ``sh:or`` member only decides
conformance, and its results are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib.term import BNode, Node

from paatosdata.shacl.compile import Plan, Shape
from paatosdata.shacl.constraints import (
    DATATYPE,
    HAS_VALUE,
    IN,
    MAX_COUNT,
    MAX_LENGTH,
    MIN_COUNT,
    MIN_LENGTH,
    NODE_KIND,
    OR,
    PATTERN,
    PROPERTY,
    RANGE_TESTS,
    datatype_matches,
    in_range,
    matches_node_kind,
    string_of,
)
from paatosdata.shacl.data import DataIndex
from paatosdata.shacl.paths import values as path_values
from paatosdata.shacl.results import Result

__all__ = ["evaluate", "focus_nodes", "validate_shape"]


def focus_nodes(shape: Shape, data: DataIndex) -> set[Node]:
    """The focus nodes the targets of ``shape`` select in ``data``."""
    found: set[Node] = set(shape.nodes)
    for cls in shape.classes:
        found |= data.instances(cls)
    for prop in shape.subjects_of:
        found |= data.subjects_of(prop)
    for prop in shape.objects_of:
        found |= data.objects_of(prop)
    return found


def _failing(component: Node, param: Any, found: set[Node], data: DataIndex) -> Iterable[Node] | None:
    """The value nodes that fail a per-value constraint (None: the focus node fails as a whole)."""
    if component is DATATYPE:
        return [v for v in found if not datatype_matches(v, param)]
    if component is NODE_KIND:
        return [v for v in found if not matches_node_kind(v, param)]
    if component is IN:
        return [v for v in found if v not in param]
    if component is PATTERN:
        return [v for regex in param for v in found if isinstance(v, BNode) or not regex.search(string_of(v))]
    if component is MIN_LENGTH:
        return [v for v in found if isinstance(v, BNode) or len(string_of(v)) < param] if param else []
    if component is MAX_LENGTH:
        return [v for v in found if isinstance(v, BNode) or len(string_of(v)) > param]
    if component is OR:
        return [v for v in found if not any(not validate_shape(m, data, (v,)) for m in param)]
    if component in RANGE_TESTS:
        return [v for v in found if not in_range(v, param, component)]
    raise AssertionError(f"no evaluation for {component}")  # pragma: no cover - compile.py emits no other


def validate_shape(shape: Shape, data: DataIndex, focus_list: Iterable[Node]) -> list[Result]:
    """The results of validating each node of ``focus_list`` against ``shape``."""
    if shape.deactivated:
        return []
    out: list[Result] = []
    path = shape.path
    where, node, severity = shape.path_node, shape.node, shape.severity
    for focus in focus_list:
        found = path_values(data, focus, path) if path is not None else {focus}
        for constraint in shape.constraints:
            component, param = constraint.component, constraint.param
            if component is MIN_COUNT:
                if len(found) < param:  # type: ignore[operator]
                    out.append(Result(focus, where, None, node, component, severity))
            elif component is MAX_COUNT:
                if len(found) > param:  # type: ignore[operator]
                    out.append(Result(focus, where, None, node, component, severity))
            elif component is HAS_VALUE:
                if param not in found:
                    out.append(Result(focus, where, None, node, component, severity))
            elif component is PROPERTY:
                for child in param:  # type: ignore[attr-defined]
                    for v in found:
                        out += validate_shape(child, data, (v,))
            elif found:
                for v in _failing(component, param, found, data) or ():
                    out.append(Result(focus, where, v, node, component, severity))
    return out


def evaluate(plan: Plan, data: DataIndex) -> list[Result]:
    """The results of every compiled shape of ``plan`` on its focus nodes in ``data``."""
    out: list[Result] = []
    for shape in plan.shapes:
        if not shape.deactivated:
            out += validate_shape(shape, data, focus_nodes(shape, data))
    return out
