"""The value tests of the SHACL-Core constraint components the fast engine implements.

Each test follows SHACL 1.0 as pySHACL (the reference engine) implements it over rdflib terms, so
both engines agree on every edge: a literal matches ``sh:datatype`` only when its datatype is the
one asked for and its lexical form is well formed (rdflib's ``ill_typed`` and value type); plain
literals count as ``xsd:string`` and language-tagged ones as ``rdf:langString``; blank nodes never
pass ``sh:pattern`` or a length test; ranges compare literal values of comparable types only.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

__all__ = [
    "DATATYPE",
    "HAS_VALUE",
    "IN",
    "MAX_COUNT",
    "MAX_LENGTH",
    "MIN_COUNT",
    "MIN_LENGTH",
    "NODE_KIND",
    "OR",
    "PATTERN",
    "PROPERTY",
    "RANGE_TESTS",
    "datatype_matches",
    "in_range",
    "matches_node_kind",
    "string_of",
]

#: the constraint components (one object each, so the evaluator can compare by identity)
MIN_COUNT = SH.MinCountConstraintComponent
MAX_COUNT = SH.MaxCountConstraintComponent
DATATYPE = SH.DatatypeConstraintComponent
NODE_KIND = SH.NodeKindConstraintComponent
IN = SH.InConstraintComponent
HAS_VALUE = SH.HasValueConstraintComponent
PATTERN = SH.PatternConstraintComponent
MIN_LENGTH = SH.MinLengthConstraintComponent
MAX_LENGTH = SH.MaxLengthConstraintComponent
PROPERTY = SH.PropertyConstraintComponent
OR = SH.OrConstraintComponent

_VALUE_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: datetime.date,
    XSD.time: datetime.time,
    XSD.dateTime: datetime.datetime,
}


def _value_fits(value: Literal, rule: Node) -> bool:
    expected = _VALUE_TYPES.get(rule)
    return True if expected is None else isinstance(value.value, expected)


def datatype_matches(node: Node, rule: Node) -> bool:
    """True when ``node`` is a well-formed literal of datatype ``rule`` (sh:datatype)."""
    if not isinstance(node, Literal):
        return False
    datatype = node.datatype
    if datatype == rule:
        if getattr(node, "ill_typed", None) is True:
            return False
        return _value_fits(node, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and datatype:
        return True
    if datatype is None and node.language is None and rule == XSD.string:
        return _value_fits(node, rule)
    if rule == RDF.langString and node.language:
        return _value_fits(node, rule)
    return False


_KINDS: dict[Node, tuple[bool, bool, bool]] = {  # (blank node, IRI, literal) allowed
    SH.BlankNode: (True, False, False),
    SH.IRI: (False, True, False),
    SH.Literal: (False, False, True),
    SH.BlankNodeOrIRI: (True, True, False),
    SH.BlankNodeOrLiteral: (True, False, True),
    SH.IRIOrLiteral: (False, True, True),
}
NODE_KINDS = frozenset(_KINDS)


def matches_node_kind(node: Node, kind: Node) -> bool:
    """True when ``node`` is of the sh:nodeKind ``kind``."""
    blank, iri, literal = _KINDS[kind]
    if isinstance(node, BNode):
        return blank
    if isinstance(node, Literal):
        return literal
    return iri if isinstance(node, URIRef) else False


def _compare(value: Literal, bound: Literal) -> int:
    if value.eq(bound):
        return 0
    if value.value.__class__ in (datetime.datetime, datetime.time):
        if value.value == bound.value:
            return 0
        if value.value > bound.value:
            return 1
    elif value > bound:
        return 1
    return -1


#: constraint component → test of the comparison result against the bound
RANGE_TESTS: dict[Node, Callable[[int], bool]] = {
    SH.MinExclusiveConstraintComponent: lambda c: c > 0,
    SH.MinInclusiveConstraintComponent: lambda c: c >= 0,
    SH.MaxExclusiveConstraintComponent: lambda c: c < 0,
    SH.MaxInclusiveConstraintComponent: lambda c: c <= 0,
}


def in_range(node: Node, bound: Literal, component: Node) -> bool:
    """True when literal ``node`` passes the range ``component`` against ``bound``."""
    if not isinstance(node, Literal):
        return False
    bound_is_string = isinstance(bound.value, str)
    if bound_is_string != isinstance(node.value, str):
        return False
    try:
        return bool(RANGE_TESTS[component](_compare(node, bound)))
    except (TypeError, NotImplementedError):
        return False


def string_of(node: Node) -> str:
    """The string a pattern or a length test sees (SPARQL ``str``)."""
    if (
        isinstance(node, Literal)
        and node.value is not None
        and node.datatype in (None, RDF.langString, XSD.string)
    ):
        return str(node.value)
    return str(node)


def pattern(text: str, flags: str) -> re.Pattern[str]:
    """``text`` compiled with the SHACL flags ``i`` and ``m``."""
    re_flags = (re.I if "i" in flags else 0) | (re.M if "m" in flags else 0)
    return re.compile(text, re_flags)
