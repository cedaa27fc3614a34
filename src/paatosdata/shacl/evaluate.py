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

from rdflib import Literal
from rdflib.namespace import SH
from rdflib.term import BNode, Node

from paatosdata.shacl.compile import Plan, Shape
from paatosdata.shacl.constraints import (
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


def _value_results(shape: Shape, focus: Node, failing: Iterable[Node], component: Node) -> list[Result]:
    return [Result(focus, shape.path_node, v, shape.node, component, shape.severity) for v in failing]


def validate_shape(shape: Shape, data: DataIndex, focus_list: Iterable[Node]) -> list[Result]:
    """The results of validating each node of ``focus_list`` against ``shape``."""
    if shape.deactivated:
        return []
    out: list[Result] = []
    path = shape.path
    for focus in focus_list:
        found = path_values(data, focus, path) if path is not None else {focus}
        for constraint in shape.constraints:
            component, param = constraint.component, constraint.param
            if component == SH.MinCountConstraintComponent:
                if len(found) < param:  # type: ignore[operator]
                    out.append(Result(focus, shape.path_node, None, shape.node, component, shape.severity))
            elif component == SH.MaxCountConstraintComponent:
                if len(found) > param:  # type: ignore[operator]
                    out.append(Result(focus, shape.path_node, None, shape.node, component, shape.severity))
            elif component == SH.DatatypeConstraintComponent:
                bad = [v for v in found if not datatype_matches(v, param)]  # type: ignore[arg-type]
                out += _value_results(shape, focus, bad, component)
            elif component == SH.NodeKindConstraintComponent:
                bad = [v for v in found if not matches_node_kind(v, param)]  # type: ignore[arg-type]
                out += _value_results(shape, focus, bad, component)
            elif component in RANGE_TESTS:
                bound: Literal = param  # type: ignore[assignment]
                out += _value_results(
                    shape, focus, [v for v in found if not in_range(v, bound, component)], component
                )
            elif component == SH.InConstraintComponent:
                out += _value_results(shape, focus, [v for v in found if v not in param], component)  # type: ignore[operator]
            elif component == SH.HasValueConstraintComponent:
                if param not in found:
                    out.append(Result(focus, shape.path_node, None, shape.node, component, shape.severity))
            elif component == SH.PatternConstraintComponent:
                for regex in param:  # type: ignore[attr-defined]
                    bad = [v for v in found if isinstance(v, BNode) or not regex.search(string_of(v))]
                    out += _value_results(shape, focus, bad, component)
            elif component == SH.MinLengthConstraintComponent:
                if param:
                    bad = [v for v in found if isinstance(v, BNode) or len(string_of(v)) < param]  # type: ignore[operator]
                    out += _value_results(shape, focus, bad, component)
            elif component == SH.MaxLengthConstraintComponent:
                bad = [v for v in found if isinstance(v, BNode) or len(string_of(v)) > param]  # type: ignore[operator]
                out += _value_results(shape, focus, bad, component)
            elif component == SH.PropertyConstraintComponent:
                for child in param:  # type: ignore[attr-defined]
                    for v in found:
                        out += validate_shape(child, data, (v,))
            elif component == SH.OrConstraintComponent:
                members: tuple[Shape, ...] = param  # type: ignore[assignment]
                bad = [v for v in found if not any(not validate_shape(m, data, (v,)) for m in members)]
                out += _value_results(shape, focus, bad, component)
            else:  # pragma: no cover - compile.py only emits the components above
                raise AssertionError(f"no evaluation for {component}")
    return out


def evaluate(plan: Plan, data: DataIndex) -> list[Result]:
    """The results of every compiled shape of ``plan`` on its focus nodes in ``data``."""
    out: list[Result] = []
    for shape in plan.shapes:
        if not shape.deactivated:
            out += validate_shape(shape, data, focus_nodes(shape, data))
    return out
