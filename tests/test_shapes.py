"""Every rule-bearing shape fires on its invalid fixture and stays silent on its valid one.

Fixtures live in ``tests/shapes/<ShapeName>/{valid,invalid}.ttl``; an invalid fixture lists the
results it expects as ``pdt:ExpectedResult`` nodes (rule id, severity, focus node), which are
removed before validation.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace
from rdflib.namespace import SH

from paatosdata.report import Severity
from paatosdata.resources import shapes_dir
from paatosdata.validate import PROFILES, RuleBook, check_graph, load_rulebook

FIXTURES = Path(__file__).parent / "shapes"
PDT = Namespace("https://w3id.org/paatosdata/test#")
SHAPES_NS = "https://w3id.org/paatosdata/shapes#"


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rulebook(PROFILES)


def _rule_shapes(book: RuleBook) -> dict[str, str]:
    """local name → IRI of every named shape or Python rule that carries a rule id."""
    named = {str(s) for s in book.by_shape if str(s).startswith(SHAPES_NS)}
    named |= set(book.python_iris.values())
    return {iri.split("#")[-1]: iri for iri in named}


def _shape_names() -> list[str]:
    graph = Graph()
    for path in shapes_dir().glob("*.ttl"):
        graph.parse(path)
    ruled = {str(s) for s in graph.subjects(Namespace("https://w3id.org/paatosdata/def#").ruleId, None)}
    return sorted(iri.split("#")[-1] for iri in ruled)


def _has_rule_id(book: RuleBook, shape: object) -> bool:
    rule = book.by_shape.get(shape)  # type: ignore[call-overload]
    return rule is not None and re.fullmatch(r"FI-\d{3}", rule.rule_id) is not None


def test_every_shape_has_a_rule_id_and_both_fixtures(book: RuleBook) -> None:
    graph = Graph()
    for path in shapes_dir().glob("*.ttl"):
        graph.parse(path)
    top = set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.subjects(RDF.type, SH.PropertyShape))
    named = {s for s in top if str(s).startswith(SHAPES_NS)}
    assert named, "no shapes found"
    missing_ids = sorted(
        str(s)
        for s in named
        if book.by_shape.get(s) is None or not re.fullmatch(r"FI-\d{3}", book.by_shape[s].rule_id)
    )
    assert missing_ids == [], f"shapes without a rule id: {missing_ids}"
    missing = [
        name
        for name in _rule_shapes(book)
        if not (FIXTURES / name / "valid.ttl").is_file() or not (FIXTURES / name / "invalid.ttl").is_file()
    ]
    assert missing == [], f"shapes without a valid.ttl and an invalid.ttl fixture: {missing}"


def test_every_rule_has_messages_in_three_languages_and_a_severity(book: RuleBook) -> None:
    for rule in [*book.by_shape.values(), *book.python_rules.values()]:
        assert {"fi", "sv", "en"} <= set(rule.messages), rule.rule_id
        assert rule.name and rule.description, rule.rule_id


def _load(path: Path) -> tuple[Graph, set[tuple[str, Severity, str]]]:
    graph = Graph()
    graph.parse(path)
    expected = set()
    for node in list(graph.subjects(RDF.type, PDT.ExpectedResult)):
        expected.add(
            (
                str(graph.value(node, PDT.ruleId)),
                Severity(str(graph.value(node, PDT.severity)).split("#")[-1]),
                str(graph.value(node, PDT.focusNode)),
            )
        )
        graph.remove((node, None, None))
    return graph, expected


@pytest.mark.parametrize("name", _shape_names())
def test_shape_fixtures(book: RuleBook, name: str) -> None:
    iri = _rule_shapes(book)[name]
    valid, none_expected = _load(FIXTURES / name / "valid.ttl")
    assert none_expected == set()
    findings, _ = check_graph(book, valid, "valid.ttl")
    assert [f for f in findings if f.shape == iri] == []

    invalid, expected = _load(FIXTURES / name / "invalid.ttl")
    assert expected, f"{name}/invalid.ttl lists no expected result"
    findings, _ = check_graph(book, invalid, "invalid.ttl")
    got = {(f.rule_id, f.severity, f.focus_node or "") for f in findings if f.shape == iri}
    assert got == expected


def test_nested_property_shapes_share_their_rules_severity(book: RuleBook) -> None:
    graph = book.shapes
    for parent, rule in list(book.by_shape.items()):
        if book.top_of.get(parent, parent) != parent:
            continue
        for child in graph.objects(parent, SH.property):
            declared = graph.value(child, SH.severity, default=SH.Violation)
            assert str(declared).split("#")[-1] == rule.severity.value, f"{parent} → {child}"


def test_shapes_conform_to_shacl_shacl() -> None:
    from pyshacl import validate

    graph = Graph()
    for path in sorted(shapes_dir().glob("*.ttl")):
        graph.parse(path)
    conforms, _, text = validate(Graph(), shacl_graph=graph, meta_shacl=True, inference="none")
    assert conforms, text


def test_only_shacl_core(book: RuleBook) -> None:
    graph = Graph()
    for path in shapes_dir().glob("*.ttl"):
        graph.parse(path)
    assert not list(graph.subject_objects(SH.sparql)), "SPARQL constraints: keep the profiles in SHACL-Core"


def test_the_rule_catalogue_documents_every_rule(book: RuleBook) -> None:
    catalogue = (Path(__file__).resolve().parents[1] / "docs" / "check.md").read_text(encoding="utf-8")
    for rule_id in book.catalogue():
        assert f"| {rule_id} |" in catalogue, rule_id
    for name in _rule_shapes(book):
        assert name in catalogue, name
