"""``paatosdata query`` through click's runner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from paatosdata.cli import cli

EX = "http://example.org/"
TTL = f"""@prefix ex: <{EX}> .
ex:a ex:p "eka"@fi ; ex:q ex:b .
ex:b ex:p "toka" .
"""


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "data.ttl"
    path.write_text(TTL, encoding="utf-8")
    return path


def test_table_is_the_default(data: Path) -> None:
    code, out, _ = _run("query", str(data), "-q", f"SELECT ?s ?o {{ ?s <{EX}p> ?o }} ORDER BY ?o")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["?s", "|", "?o"]
    assert lines[2].split() == [f"<{EX}a>", "|", "eka", "@fi"]
    assert lines[-1] == "(2 rows)"


def test_query_from_file_as_csv_and_json(data: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text(f"# values of ex:p\nSELECT ?o {{ ?s <{EX}p> ?o }} ORDER BY ?o\n", encoding="utf-8")
    code, out, _ = _run("query", str(data), "-f", str(query), "--format", "csv")
    assert code == 0 and list(csv.reader(io.StringIO(out))) == [["o"], ["eka"], ["toka"]]
    code, out, _ = _run("query", str(data), "-f", str(query), "--format", "json")
    bindings = json.loads(out)["results"]["bindings"]
    assert [b["o"]["value"] for b in bindings] == ["eka", "toka"]


def test_construct_gives_turtle_or_ntriples(data: Path) -> None:
    query = f"CONSTRUCT {{ ?s <{EX}label> ?o }} WHERE {{ ?s <{EX}p> ?o }}"
    code, out, _ = _run("query", str(data), "-q", query)
    assert code == 0
    graph = Graph().parse(data=out, format="turtle")
    assert len(graph) == 2 and (URIRef(f"{EX}b"), URIRef(f"{EX}label"), None) in graph
    code, out, _ = _run("query", str(data), "-q", query, "--format", "ntriples")
    assert code == 0 and len(Graph().parse(data=out, format="nt")) == 2
    code, out, _ = _run("query", str(data), "-q", f"DESCRIBE <{EX}a>", "--format", "jsonld")
    assert code == 0 and len(list(ox.parse(out.encode(), format=ox.RdfFormat.JSON_LD))) == 2


def test_bad_query_exits_2_with_one_line(data: Path) -> None:
    code, out, err = _run("query", str(data), "-q", "SELECT * WHERE { ?s ?p")
    assert code == 2 and out == ""
    assert err.startswith("paatosdata: error: bad query: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        [],  # neither -q nor -f
        ["-q", "ASK {}", "-f", "x.rq"],  # both
        ["-q", "SELECT * { ?s ?p ?o }", "--format", "turtle"],  # a graph format for a table
    ],
)
def test_usage_errors_exit_2(data: Path, args: list[str]) -> None:
    code, _, err = _run("query", str(data), *args)
    assert code == 2 and "Traceback" not in err


def test_refusals_exit_2(data: Path) -> None:
    code, _, err = _run("query", str(data), "-q", "SELECT * { SERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }")
    assert code == 2 and "SERVICE is not allowed" in err
    code, _, err = _run("query", str(data), "-q", "DELETE WHERE { ?s ?p ?o }")
    assert code == 2 and "read-only" in err


def test_store_option_reuses_the_store(data: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    for _ in range(2):
        code, out, _ = _run("query", str(data), "--store", str(store), "-q", "ASK { ?s ?p ?o }")
        assert code == 0 and out == "true\n"
    assert (store / "paatosdata-store.json").is_file()


def test_missing_source_exits_2(tmp_path: Path) -> None:
    code, _, err = _run("query", str(tmp_path / "nope.nq"), "-q", "ASK {}")
    assert code == 2 and "no such file" in err
