"""The example queries in examples/queries/: each gives its committed answer over examples/,
and rdflib and pyoxigraph agree on every one of them (over the same triples: the minutes and
their statistics, counted by rdflib here). The query that defines the statistics
(``paatosdata.statistics.DEFINING_QUERY``, not an example: it visits every decision) gives the
committed answer of ``decisions-per-body-per-month.rq``, which reads them.

Expected answers are ``<name>.expected.csv`` beside each query (SPARQL 1.1 CSV results), compared
as multisets of rows. Rewrite them with ``pytest --update-golden`` after a deliberate change.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from paatosdata.config import Config
from paatosdata.mapping import document_graph
from paatosdata.results import format_result
from paatosdata.statistics import COUNT_QUERY, DEFINING_QUERY, Counts, statistics_triples
from paatosdata.store import QueryStore, open_store
from tests.conftest import EXAMPLES
from tests.sparql_site import example_documents

QUERIES = EXAMPLES / "queries"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))

Row = tuple[tuple[str, str, str | None, str | None] | None, ...]


@pytest.fixture(scope="module")
def store() -> QueryStore:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    return open_store([EXAMPLES], config=Config()).store


@pytest.fixture(scope="module")
def rdflib_graph() -> Graph:
    """The example minutes, with their statistics counted by rdflib's own SPARQL engine."""
    graph = Graph()
    for document in example_documents(EXAMPLES):
        graph += document_graph(document, Config())
    counts: Counts = Counter()
    for row in graph.query(COUNT_QUERY):
        counts[(str(row[0]), str(row[1]))] = int(row[2])  # type: ignore[index]
    assert counts
    data = ox.serialize(statistics_triples(Config().base, counts), format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    graph.parse(data=data, format="nt")
    return graph


def test_there_are_at_least_ten_documented_queries() -> None:
    assert len(QUERY_FILES) >= 10
    for path in QUERY_FILES:
        header = path.read_text(encoding="utf-8").splitlines()
        assert header[0].startswith("# ") and any(line.startswith("# Question:") for line in header), (
            path.name
        )


def _csv_rows(text: str) -> tuple[list[str], Counter[tuple[str, ...]]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], Counter(tuple(row) for row in rows[1:])


@pytest.mark.parametrize("query_file", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_expected_answer(store: QueryStore, query_file: Path, update_golden: bool) -> None:
    answer = format_result(store.query(query_file.read_text(encoding="utf-8")), "csv")
    expected_file = query_file.with_suffix(".expected.csv")
    if update_golden:
        expected_file.write_text(answer, encoding="utf-8", newline="")
    assert expected_file.is_file(), f"{expected_file.name} is missing: run pytest --update-golden"
    header, rows = _csv_rows(answer)
    expected_header, expected_rows = _csv_rows(expected_file.read_text(encoding="utf-8"))
    assert header == expected_header
    assert rows == expected_rows
    assert rows, f"{query_file.name} finds nothing over examples/: the example shows nothing"


def _from_rdflib(value: object) -> tuple[str, str, str | None, str | None] | None:
    if value is None:
        return None
    if isinstance(value, URIRef):
        return ("uri", str(value), None, None)
    if isinstance(value, Literal):
        datatype = None if value.datatype in (None, XSD.string) else str(value.datatype)
        return ("literal", str(value), datatype, value.language)
    return ("bnode", "", None, None)


def _from_oxigraph(
    value: ox.NamedNode | ox.Literal | ox.BlankNode | None,
) -> tuple[str, str, str | None, str | None] | None:
    if value is None:
        return None
    if isinstance(value, ox.NamedNode):
        return ("uri", value.value, None, None)
    if isinstance(value, ox.Literal):
        datatype = value.datatype.value
        plain = datatype in (str(XSD.string), "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
        return ("literal", value.value, None if plain else datatype, value.language)
    return ("bnode", "", None, None)


def test_the_defining_query_gives_the_answer_of_the_statistics_example(store: QueryStore) -> None:
    """The example reads the observations; counting every decision gives the same rows."""
    example = QUERIES / "decisions-per-body-per-month.rq"
    header, rows = _csv_rows(format_result(store.query(DEFINING_QUERY), "csv"))
    expected = _csv_rows(example.with_suffix(".expected.csv").read_text(encoding="utf-8"))
    assert (header, rows) == expected
    assert rows


@pytest.mark.parametrize(
    "text",
    [p.read_text(encoding="utf-8") for p in QUERY_FILES] + [DEFINING_QUERY],
    ids=[p.stem for p in QUERY_FILES] + ["statistics-defining-query"],
)
def test_rdflib_and_pyoxigraph_agree(rdflib_graph: Graph, text: str) -> None:
    oxi = ox.Store()
    oxi.bulk_extend(
        ox.parse(rdflib_graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    )
    solutions = oxi.query(text)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    from_oxigraph: Counter[Row] = Counter(
        tuple(_from_oxigraph(s[n]) for n in names)
        for s in solutions  # type: ignore[arg-type]
    )
    result = rdflib_graph.query(text)
    assert [str(v) for v in result.vars or []] == names
    from_rdflib: Counter[Row] = Counter(tuple(_from_rdflib(row[n]) for n in names) for row in result)  # type: ignore[index]
    assert from_rdflib == from_oxigraph
    assert sum(from_rdflib.values()) > 0
