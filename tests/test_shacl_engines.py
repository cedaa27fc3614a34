"""The fast SHACL engine against pySHACL: the same results on every input we have.

Each case indexes one batch of triples and compares the multiset of (focus node, result path,
value, source shape, constraint component, severity) from both engines: the shape fixtures, the
examples, the seed, the real samples, a generated corpus, generated documents and random graphs
over the profiles' own vocabulary. Shapes the fast engine does not implement go to pySHACL.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from paatosdata.cli import cli
from paatosdata.errors import PaatosdataError
from paatosdata.mapping import to_rdflib
from paatosdata.model import Document
from paatosdata.shacl.compile import compile_shapes
from paatosdata.shacl.data import DataIndex, from_oxigraph
from paatosdata.validate import RuleBook, Unit, load_rulebook, shacl_results, units_from_document
from tests.akn.strategies import documents

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "samples"
PD = Namespace("https://w3id.org/paatosdata/def#")
EX = Namespace("https://example.org/")


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return load_rulebook()


def _index(triples: object) -> DataIndex:
    data = DataIndex()
    for unit_triples in triples if isinstance(triples, list) else [triples]:
        source = unit_triples.triples((None, None, None)) if isinstance(unit_triples, Graph) else unit_triples
        data.add_all(source)
    return data


def _differences(
    book: RuleBook, data: DataIndex
) -> tuple[int, Counter[tuple[Node | None, ...]], Counter[tuple[Node | None, ...]]]:
    fast = Counter(r.key() for r in shacl_results(book, data, "fast"))
    reference = Counter(r.key() for r in shacl_results(book, data, "pyshacl"))
    return sum(reference.values()), fast - reference, reference - fast


def _assert_same(book: RuleBook, data: DataIndex) -> int:
    total, only_fast, only_reference = _differences(book, data)
    assert not only_fast and not only_reference, (only_fast, only_reference)
    return total


def _units(docs: list[Document]) -> list[object]:
    out: list[object] = []
    for doc in docs:
        out.append(to_rdflib(units_from_document(doc).triples))
    return out


def test_the_builtin_profiles_run_entirely_on_the_fast_engine(book: RuleBook) -> None:
    plan = book.plan()
    assert plan.unsupported == {}
    assert plan.residual is None
    assert len(plan.shapes) >= 25


@pytest.mark.parametrize(
    "fixture", sorted((REPO / "tests" / "shapes").glob("*/*.ttl")), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_shape_fixtures(book: RuleBook, fixture: Path) -> None:
    graph = Graph()
    graph.parse(fixture)
    total = _assert_same(book, _index(graph))
    if fixture.stem == "invalid" and not fixture.parent.name.endswith("Rule"):
        assert total > 0  # the invalid fixtures do fire


def _read_documents(path: Path) -> list[Document]:
    from paatosdata.parse import read_path

    try:
        return read_path(path, None)
    except PaatosdataError:
        return []


def test_examples_and_seed(book: RuleBook) -> None:
    inputs = [p for p in sorted((REPO / "examples").iterdir()) if p.is_file()]
    seed = sorted((SHARED / "seed").glob("*")) if (SHARED / "seed").is_dir() else []
    docs = [doc for path in [*inputs, *seed] for doc in _read_documents(path)]
    assert len(docs) >= len(inputs)
    total = 0
    for doc in docs:
        total += _assert_same(book, _index(_units([doc])))
    assert total > 0
    # and all of them in one batch, as check batches them
    _assert_same(book, _index(_units(docs)))


def test_real_samples(book: RuleBook) -> None:
    if not (SHARED / "real").is_dir():
        pytest.skip("the real samples (../shared/samples/real) are not available")
    docs = [
        doc
        for path in sorted((SHARED / "real").rglob("*"))
        if path.is_file()
        for doc in _read_documents(path)
    ]
    assert docs, "no real sample could be read"
    _assert_same(book, _index(_units(docs)))


def test_generated_corpus(book: RuleBook) -> None:
    from benchmarks.generate import generate_documents

    docs = list(generate_documents(200))
    total = 0
    for start in range(0, len(docs), 10):
        total += _assert_same(book, _index(_units(docs[start : start + 10])))
    assert total > 0


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(doc=documents())
def test_generated_documents(book: RuleBook, doc: Document) -> None:
    try:
        unit = units_from_document(doc)
    except PaatosdataError:
        return
    _assert_same(book, _index(to_rdflib(unit.triples)))


# --- random graphs over the profiles' vocabulary -------------------------------------------------


def _vocabulary() -> tuple[list[URIRef], list[URIRef], list[Node]]:
    """Predicates, classes and IRI values the profiles mention."""
    graph = load_rulebook().shapes
    predicates = sorted(
        {
            o
            for o in graph.objects()
            if isinstance(o, URIRef) and str(o).startswith(str(PD)) and o[len(PD) :][:1].islower()
        }
    )
    classes = sorted({o for o in graph.objects(None, SH.targetClass) if isinstance(o, URIRef)})
    values = sorted(
        {
            o
            for o in graph.objects()
            if isinstance(o, URIRef)
            and str(o).startswith(str(PD))
            and o[len(PD) :] in {"approved", "noted", "voted", "tabled"}
        }
    )
    return predicates, classes, values


PREDICATES, CLASSES, IRI_VALUES = _vocabulary()
NODES: list[Node] = [EX.a, EX.b, EX["a#part"], BNode("b1"), BNode("b2")]
LITERALS: list[Node] = [
    Literal("12"),
    Literal("12a"),
    Literal("x"),
    Literal(""),
    Literal("00.01.01"),
    Literal("12", datatype=XSD.string),
    Literal("Otsikko", lang="fi"),
    Literal("ab", lang="sv"),
    Literal("", lang="fi"),
    Literal("2026-05-07", datatype=XSD.date),
    Literal("2026-13-45", datatype=XSD.date),
    Literal("2026-05-07T10:00:00", datatype=XSD.dateTime),
    Literal("3", datatype=XSD.integer),
    Literal("-1", datatype=XSD.integer),
    Literal("kolme", datatype=XSD.integer),
    Literal("2.5", datatype=XSD.decimal),
    Literal("true", datatype=XSD.boolean),
    Literal("false", datatype=XSD.boolean),
    Literal(False),
    Literal("tel:+358401234567", datatype=XSD.anyURI),
]
subjects = st.sampled_from(NODES)
objects = st.sampled_from([*NODES, *LITERALS, *IRI_VALUES, *CLASSES])
triples = st.one_of(
    st.tuples(subjects, st.just(RDF.type), st.sampled_from(CLASSES)),
    st.tuples(subjects, st.sampled_from(PREDICATES), objects),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(triples, min_size=1, max_size=30))
def test_random_graphs(book: RuleBook, graph_triples: list[tuple[Node, Node, Node]]) -> None:
    _assert_same(book, DataIndex(graph_triples))


# --- shapes the fast engine leaves to pySHACL ----------------------------------------------------

PUBLISHER_SHAPES = """\
@prefix pd: <https://w3id.org/paatosdata/def#> .
@prefix ex: <https://example.org/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:BodyIsAnOrganisation a sh:PropertyShape ;
    sh:targetClass pd:Decision ;
    sh:path pd:decidedBy ;
    sh:class pd:Body ;
    sh:message "Päättäjä ei ole toimielin."@fi .

ex:TitleNotShouted a sh:PropertyShape ;
    sh:targetClass pd:Decision ;
    sh:path pd:title ;
    sh:pattern "^[^A-ZÄÖÅ]*[a-zäöå]" ;
    sh:flags "s" .

ex:ShortSummary sh:targetClass pd:Decision ;
    sh:path pd:summary ;
    sh:maxLength 5 .

ex:OneNumber a sh:PropertyShape ;
    sh:targetClass pd:Decision ;
    sh:path pd:sectionNumber ;
    sh:maxCount 1 ;
    sh:message "Yksi numero."@fi .
"""

DATA = """\
@prefix pd: <https://w3id.org/paatosdata/def#> .
@prefix ex: <https://example.org/> .
ex:item a pd:Decision ;
    pd:decidedBy ex:someone ;
    pd:title "OTSIKKO"@fi ;
    pd:summary "Pitkä tiivistelmä"@fi ;
    pd:sectionNumber "1", "2" .
"""


def test_unsupported_shapes_fall_back_to_pyshacl(tmp_path: Path) -> None:
    shapes_file = tmp_path / "own.ttl"
    shapes_file.write_text(PUBLISHER_SHAPES, encoding="utf-8")
    book = load_rulebook(extra=[shapes_file])
    plan = book.plan()
    local = {str(node).split("#")[-1]: why for node, why in plan.unsupported.items()}
    assert set(local) == {"BodyIsAnOrganisation", "TitleNotShouted", "ShortSummary"}
    assert "class" in local["BodyIsAnOrganisation"] and "flags" in local["TitleNotShouted"]
    assert "OneNumber" in {str(shape.node).split("#")[-1] for shape in plan.shapes}
    assert plan.residual is not None
    graph = Graph()
    graph.parse(data=DATA, format="turtle")
    data = DataIndex.from_graph(graph)
    fired = {str(r.shape).split("#")[-1] for r in shacl_results(book, data, "fast")}
    assert {"BodyIsAnOrganisation", "TitleNotShouted", "ShortSummary", "OneNumber"} <= fired
    _assert_same(book, data)

    data_file = tmp_path / "item.ttl"
    data_file.write_text(DATA, encoding="utf-8")
    runner = CliRunner()
    outputs = []
    for engine in ("fast", "pyshacl"):
        result = runner.invoke(
            cli, ["check", "--shapes", str(shapes_file), "--engine", engine, "-f", "json", str(data_file)]
        )
        assert result.exit_code == 1, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert "Päättäjä ei ole toimielin." in outputs[0]


def test_unsupported_features_are_detected() -> None:
    shapes = Graph()
    shapes.parse(
        data="""\
@prefix ex: <https://example.org/shapes#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
ex:Repeat sh:targetClass ex:C ; sh:path [ sh:zeroOrMorePath ex:p ] ; sh:minCount 1 .
ex:InverseSequence sh:targetClass ex:C ; sh:path [ sh:inversePath ( ex:p ex:q ) ] ; sh:minCount 1 .
ex:WarningInOr sh:targetClass ex:C ; sh:or ( [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ] ) .
ex:Closed sh:targetClass ex:C ; sh:closed true .
ex:Fine sh:targetClass ex:C ; sh:path ( ex:p [ sh:inversePath ex:q ] ) ; sh:minCount 1 .
""",
        format="turtle",
    )
    plan = compile_shapes(shapes)
    assert {str(n).split("#")[-1] for n in plan.unsupported} == {
        "Repeat",
        "InverseSequence",
        "WarningInOr",
        "Closed",
    }
    assert [str(s.node).split("#")[-1] for s in plan.shapes] == ["Fine"]


def test_pyoxigraph_triples_give_the_same_index(book: RuleBook) -> None:
    from benchmarks.generate import generate_documents
    from paatosdata.export.oxi import oxi_triples

    doc = next(iter(generate_documents(10)))
    triples = to_rdflib(units_from_document(doc).triples)
    from_rdflib = DataIndex(triples)  # type: ignore[arg-type]
    from_ox = DataIndex(from_oxigraph(oxi_triples(triples)))  # type: ignore[arg-type]
    assert set(from_rdflib) == set(from_ox)
    assert Counter(r.key() for r in shacl_results(book, from_ox)) == Counter(
        r.key() for r in shacl_results(book, from_rdflib)
    )


def test_check_reports_are_the_same_with_either_engine(tmp_path: Path) -> None:
    runner = CliRunner()
    outputs = []
    for engine in ("fast", "pyshacl"):
        result = runner.invoke(cli, ["check", "--engine", engine, "-f", "json", str(REPO / "examples")])
        assert result.exit_code in (0, 1), result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert '"findings": []' not in outputs[0]


def test_check_unit_from_oxigraph_triples(book: RuleBook) -> None:
    from benchmarks.generate import generate_documents
    from paatosdata.export.oxi import oxi_triples
    from paatosdata.validate import check_units

    for doc in generate_documents(200):
        unit = units_from_document(doc)
        expected, _ = check_units(book, [unit])
        if expected:
            break
    assert expected
    rdf_unit = Unit(to_rdflib(unit.triples), units_from_document(doc).refs)
    found, _ = check_units(book, [rdf_unit])
    assert sorted(map(repr, found)) == sorted(map(repr, expected))
    ox_unit = Unit(list(oxi_triples(rdf_unit.triples)), units_from_document(doc).refs)  # type: ignore[arg-type]
    found, _ = check_units(book, [ox_unit])
    assert sorted(map(repr, found)) == sorted(map(repr, expected))
    as_tuples = Unit([tuple(t) for t in oxi_triples(rdf_unit.triples)], units_from_document(doc).refs)  # type: ignore[arg-type]
    found, _ = check_units(book, [as_tuples])
    assert sorted(map(repr, found)) == sorted(map(repr, expected))
