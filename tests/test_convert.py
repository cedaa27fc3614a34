"""Exporters and ``paatosdata convert``: formats agree as graphs, golden outputs, CLI behaviour."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import XSD
from rdflib.term import Node

from paatosdata import parse
from paatosdata.cli import cli
from paatosdata.config import Config
from paatosdata.export import EXPORTERS, exporter_for
from paatosdata.export.rdf import merged_graph
from paatosdata.mapping import document_own_graph, item_graph, item_iri
from paatosdata.model import Document
from paatosdata.modeljson import document_to_json

GOLDEN = Path(__file__).parent / "golden"
RDFLIB_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "rdfxml": "xml", "ntriples": "nt"}


def parse_graph(source: bytes | Path, fmt: str) -> Graph:
    """Parse with rdflib, quietening its internal use of the deprecated ConjunctiveGraph."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        if isinstance(source, Path):
            return Graph().parse(source, format=fmt)
        return Graph().parse(data=source, format=fmt)


def graphs_of_nquads(source: bytes | Path) -> dict[URIRef, Graph]:
    """N-Quads as one rdflib graph per graph name (read with pyoxigraph, terms converted)."""
    data = source.read_bytes() if isinstance(source, Path) else source
    graphs: dict[URIRef, Graph] = {}

    def term(value: object) -> Node:
        if isinstance(value, ox.NamedNode):
            return URIRef(value.value)
        if isinstance(value, ox.BlankNode):
            return BNode(value.value)
        assert isinstance(value, ox.Literal)
        if value.language:
            return Literal(value.value, lang=value.language)
        if value.datatype.value == str(XSD.string):
            return Literal(value.value)
        return Literal(value.value, datatype=URIRef(value.datatype.value))

    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        assert isinstance(quad.graph_name, ox.NamedNode), "every quad is in a named graph"
        graph = graphs.setdefault(URIRef(quad.graph_name.value), Graph())
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))
    return graphs


def _diff(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = [f"- {t}" for t in sorted(only_expected, key=str)[:20]]
    lines += [f"+ {t}" for t in sorted(only_actual, key=str)[:20]]
    return "\n".join(lines)


def assert_same_graph(expected: Graph, actual: Graph) -> None:
    assert isomorphic(expected, actual), _diff(expected, actual)


@pytest.mark.parametrize("name", sorted(RDFLIB_FORMATS))
def test_formats_are_isomorphic(
    name: str, seed_doc: Document, full_doc: Document, agenda_doc: Document
) -> None:
    docs = [seed_doc, full_doc, agenda_doc]
    expected = merged_graph(docs, Config())
    data = exporter_for(name).dumps(docs, Config())
    actual = parse_graph(data, RDFLIB_FORMATS[name])
    assert_same_graph(expected, actual)
    assert b"^^<http://www.w3.org/2001/XMLSchema#string>" not in data
    assert b"XMLSchema#string" not in data


def test_nquads_has_one_graph_per_item(full_doc: Document) -> None:
    config = Config()
    data = exporter_for("nquads").dumps([full_doc], config)
    graphs = graphs_of_nquads(data)
    assert len(graphs) == len(full_doc.items) + 1
    for item in full_doc.items:
        name = item_iri(full_doc, item, config)
        assert_same_graph(item_graph(full_doc, item, config), graphs[name])
    own = graphs.pop(
        URIRef(
            "https://w3id.org/paatosdata/akn/fi-esimerkkila/debateReport/minute/kunnanhallitus/2026-03-02/3"
        )
    )
    assert_same_graph(document_own_graph(full_doc, config), own)


def test_jsonld_is_one_nested_tree_per_item(seed_doc: Document, full_doc: Document) -> None:
    data = json.loads(exporter_for("jsonld").dumps([seed_doc, full_doc], Config()))
    context, local = data["@context"]
    assert context["pd"] == "https://w3id.org/paatosdata/def#" and local == {"@language": "fi"}
    trees = data["@graph"]
    items = [tree for tree in trees if "pd:Item" in str(tree.get("type")) or "Item" in tree.get("type", [])]
    assert sorted(tree.get("sectionNumber", "-") for tree in items) == ["-", "12", "13", "28"]
    assert all("document" in tree for tree in items)
    seed = next(tree for tree in trees if tree.get("sectionNumber") == "28")
    assert seed["decidedBy"]["name"] == "Työllisyysaluelautakunta"
    assert seed["outcome"] == "noted"
    assert seed["unanimous"] is True
    assert seed["case"]["diaryNumber"]["rawValue"] == "2804/00.01.01/2026"
    assert seed["handling"]["presenceChange"]["person"]["name"] == {"@value": "Kari Virranta"}
    assert seed["impactAssessment"]["decisionReference"]["refersTo"].endswith(
        "/kaupunginhallitus/2025-10-21/293"
    )
    assert seed["meetingDate"] == "2026-05-07"


@pytest.mark.parametrize(
    ("golden", "build", "fmt"),
    [
        ("seed.ttl", "seed", "turtle"),
        ("seed.jsonld", "seed", "jsonld"),
        ("full-minutes.ttl", "full", "turtle"),
        ("agenda.nq", "agenda", "nquads"),
    ],
)
def test_golden_outputs(
    golden: str,
    build: str,
    fmt: str,
    update_golden: bool,
    seed_doc: Document,
    full_doc: Document,
    agenda_doc: Document,
) -> None:
    doc = {"seed": seed_doc, "full": full_doc, "agenda": agenda_doc}[build]
    data = exporter_for(fmt).dumps([doc], Config())
    path = GOLDEN / golden
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    rdflib_format = {"turtle": "turtle", "jsonld": "json-ld", "nquads": "nquads"}[fmt]
    if fmt == "nquads":
        expected_graphs, actual_graphs = graphs_of_nquads(path), graphs_of_nquads(data)
        assert set(expected_graphs) == set(actual_graphs)
        for name, graph in expected_graphs.items():
            assert_same_graph(graph, actual_graphs[name])
        return
    assert_same_graph(parse_graph(path, rdflib_format), parse_graph(data, rdflib_format))


# --- the command --------------------------------------------------------------------------------


@pytest.fixture
def json_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_doc: Document, full_doc: Document
) -> tuple[Path, Path]:
    monkeypatch.setitem(parse.READERS, "modeljson", "tests.model_json_reader:ModelJsonReader")
    monkeypatch.delitem(parse.READERS, "text", raising=False)
    seed = tmp_path / "seed.json"
    seed.write_text(document_to_json(seed_doc), encoding="utf-8")
    full = tmp_path / "full.json"
    full.write_text(document_to_json(full_doc), encoding="utf-8")
    return seed, full


def test_convert_to_turtle_on_stdout(json_inputs: tuple[Path, Path], seed_doc: Document) -> None:
    seed, _ = json_inputs
    result = CliRunner().invoke(cli, ["convert", str(seed)])
    assert result.exit_code == 0, result.output
    assert_same_graph(merged_graph([seed_doc], Config()), parse_graph(result.stdout_bytes, "turtle"))


@pytest.mark.parametrize("name", sorted(RDFLIB_FORMATS))
def test_convert_every_format_to_a_file(
    name: str, json_inputs: tuple[Path, Path], tmp_path: Path, seed_doc: Document, full_doc: Document
) -> None:
    out = tmp_path / "out" / f"all.{name}"
    out.parent.mkdir()
    result = CliRunner().invoke(cli, ["convert", *map(str, json_inputs), "--to", name, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    expected = merged_graph([seed_doc, full_doc], Config())
    assert_same_graph(expected, parse_graph(out, RDFLIB_FORMATS[name]))


def test_convert_reports_a_bad_input_and_converts_the_rest(
    json_inputs: tuple[Path, Path], tmp_path: Path, seed_doc: Document
) -> None:
    seed, _ = json_inputs
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "minutes"}', encoding="utf-8")
    missing = tmp_path / "missing.json"
    result = CliRunner().invoke(
        cli, ["convert", str(bad), str(seed), str(missing), "--to", "ntriples", "-o", "-"]
    )
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"paatosdata: error: {bad}: ")
    assert errors[1] == f"paatosdata: error: {missing}: no such file"
    assert_same_graph(merged_graph([seed_doc], Config()), parse_graph(result.stdout_bytes, "nt"))


def test_convert_refuses_a_missing_output_folder(json_inputs: tuple[Path, Path], tmp_path: Path) -> None:
    seed, _ = json_inputs
    result = CliRunner().invoke(cli, ["convert", str(seed), "-o", str(tmp_path / "no" / "such" / "out.ttl")])
    assert result.exit_code == 2
    assert "output folder does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def test_convert_uses_the_configuration(json_inputs: tuple[Path, Path], tmp_path: Path) -> None:
    seed, _ = json_inputs
    config = tmp_path / "paatosdata.toml"
    config.write_text('base = "https://data.example.fi"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(seed), "--config", str(config), "--to", "ntriples"])
    assert result.exit_code == 0, result.output
    assert b"<https://data.example.fi/akn/fi-kuopio/statement/deliberation/" in result.stdout_bytes
    config.write_text('base = "https://data.example.fi"\n[bodies\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(seed), "--config", str(config)])
    assert result.exit_code == 2
    assert f"{config}:2" in result.stderr


def test_convert_choices_come_from_the_registry() -> None:
    result = CliRunner().invoke(cli, ["convert", "--help"])
    assert result.exit_code == 0
    for name in EXPORTERS:
        assert name in result.output
    assert CliRunner().invoke(cli, ["convert", "x.md", "--to", "pdf"]).exit_code == 2


def test_convert_the_real_seed(seed_path: Path) -> None:
    """With the text reader on main, the seed converts and carries the item's key facts."""
    pytest.importorskip("paatosdata.parse.text", reason="the text reader is not on this branch yet")
    result = CliRunner().invoke(cli, ["convert", str(seed_path), "--to", "ntriples"])
    assert result.exit_code == 0, result.output
    graph = parse_graph(result.stdout_bytes, "nt")
    item = URIRef(
        "https://w3id.org/paatosdata/akn/fi-kuopio/statement/deliberation/tyollisyysaluelautakunta/2026-05-07/28"
    )
    assert (item, None, None) in graph


def test_hostile_values_still_give_valid_outputs(seed_doc: Document) -> None:
    """Unsafe slugs become safe IRI segments; characters XML cannot carry are dropped."""
    seed_doc.meeting.body.slug = "../../etc passwd"
    assert seed_doc.meeting.municipality is not None
    seed_doc.meeting.municipality.slug = "Kuopio <x>"
    item = seed_doc.items[0]
    item.title = "Otsikko\x0c jossa \x01 ohjausmerkkejä <script>&"
    item.attachments[:] = []
    docs = [seed_doc]
    expected = merged_graph(docs, Config())
    iri = item_iri(seed_doc, item)
    assert str(iri).startswith(
        "https://w3id.org/paatosdata/akn/fi-kuopio-x/statement/deliberation/etc-passwd/"
    )
    for name in sorted(RDFLIB_FORMATS):
        data = exporter_for(name).dumps(docs, Config())
        assert_same_graph(expected, parse_graph(data, RDFLIB_FORMATS[name]))
    assert "Otsikko jossa  ohjausmerkkejä <script>&" in {str(o) for o in expected.objects()}
