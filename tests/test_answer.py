"""Answers written by Oxigraph (``QueryStore.answer``): the same results as the Python values give,
exact row limits, the deadline, graphs, and the refusals of ``query``."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from paatosdata.config import Config
from paatosdata.results import format_result
from paatosdata.store import RESULTS_FORMATS, QueryRefused, QueryStore, QueryTimeout, open_store
from tests.conftest import EXAMPLES

EX = "http://example.org/"
QUERY_FILES = sorted((EXAMPLES / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def examples() -> QueryStore:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    return open_store([EXAMPLES], config=Config()).store


@pytest.fixture
def many(tmp_path: Path) -> QueryStore:
    # awkward values: quotes, commas, newlines, markup and braces inside literals
    lines = [
        f'<{EX}s{i:03}> <{EX}p> "rivi {i}, \\"{{lainattu}}\\"\\n<result> & {{}}"@fi .' for i in range(200)
    ]
    (tmp_path / "many.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return open_store([tmp_path / "many.nt"]).store


def _solutions(data: bytes, fmt: str) -> list[dict[str, str]]:
    parsed = ox.parse_query_results(data, format=RESULTS_FORMATS[fmt])
    assert isinstance(parsed, ox.QuerySolutions)
    names = [v.value for v in parsed.variables]
    return [{n: str(s[n]) for n in names if s[n] is not None} for s in parsed]


@pytest.mark.parametrize("query_file", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_same_answer_as_through_python_values(examples: QueryStore, query_file: Path) -> None:
    text = query_file.read_text(encoding="utf-8")
    result = examples.query(text)
    assert result.rows
    for fmt in ("json", "xml", "tsv"):
        native = examples.answer(text, fmt)
        assert native.kind == "select" and not native.truncated
        through_python = format_result(result, fmt).encode("utf-8")
        assert _solutions(native.data, fmt) == _solutions(through_python, fmt), fmt
    assert json.loads(examples.answer(text, "json").data) == json.loads(format_result(result, "json"))
    assert examples.answer(text, "csv").data == format_result(result, "csv").encode("utf-8")
    assert examples.answer(text, "table").data == format_result(result, "table").encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv", "table"])
def test_limit_cuts_at_exactly_the_limit_in_every_format(many: QueryStore, fmt: str) -> None:
    query = f"SELECT ?s ?o {{ ?s <{EX}p> ?o }} ORDER BY ?s"
    for limit, rows, truncated in [(10, 10, True), (199, 199, True), (200, 200, False), (None, 200, False)]:
        answer = many.answer(query, fmt, limit=limit)
        assert answer.truncated is truncated, (fmt, limit)
        if fmt == "table":
            assert answer.data.decode("utf-8").count(f"{EX}s") == rows
            continue
        if fmt == "csv":
            got = list(csv.reader(io.StringIO(answer.data.decode("utf-8"), newline="")))[1:]
            assert [r[0] for r in got] == [f"{EX}s{i:03}" for i in range(rows)]
            assert got[0][1] == 'rivi 0, "{lainattu}"\n<result> & {}'
            continue
        solutions = _solutions(answer.data, fmt)
        assert [s["s"] for s in solutions] == [f"<{EX}s{i:03}>" for i in range(rows)], (fmt, limit)


def test_ask_and_graph_answers(many: QueryStore) -> None:
    assert json.loads(many.answer(f"ASK {{ <{EX}s001> ?p ?o }}", "json").data) == {
        "head": {},
        "boolean": True,
    }
    assert many.answer(f"ASK {{ <{EX}nothing> ?p ?o }}", "csv").data.strip() == b"false"
    assert many.answer(f"ASK {{ <{EX}s001> ?p ?o }}", "table").data == b"true\n"
    construct = f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}"
    full = many.answer(construct, graph_format="ntriples")
    assert full.kind == "graph" and not full.truncated
    assert len(list(ox.parse(full.data, format=ox.RdfFormat.N_TRIPLES))) == 200
    cut = many.answer(
        construct, graph_format="turtle", prefixes={"ex": EX, "unused": "http://unused.org/"}, limit=5
    )
    assert cut.truncated
    assert len(list(ox.parse(cut.data, format=ox.RdfFormat.TURTLE))) == 5
    assert b"@prefix ex:" in cut.data and b"unused" not in cut.data


def test_deadline_and_refusals(many: QueryStore) -> None:
    start = time.monotonic()
    with pytest.raises(QueryTimeout):
        many.answer("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "csv", deadline=time.monotonic() + 0.5)
    assert time.monotonic() - start < 10
    with pytest.raises(QueryRefused):
        many.answer(f"DELETE WHERE {{ <{EX}s001> ?p ?o }}", "json")
    with pytest.raises(QueryRefused):
        many.answer("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "json")
    assert many.answer(f"SELECT (COUNT(*) AS ?n) {{ ?s <{EX}p> ?o }}", "csv").data == b"n\r\n200\r\n"
