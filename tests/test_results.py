"""Result formats: the SPARQL 1.1 JSON, XML, CSV and TSV formats and the terminal table.

JSON, XML and TSV are read back with pyoxigraph's own results parser, so they follow the specs.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from paatosdata.results import format_result
from paatosdata.store import QueryResult, open_store

EX = "http://example.org/"
DATA = f"""@prefix ex: <{EX}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:name "Päätös, \\"lainattu\\"\\nrivi"@fi ; ex:count 7 ; ex:day "2026-05-07"^^xsd:date .
ex:b ex:name "plain <tag> & more" ; ex:ref [ ex:name "anonymous" ] .
"""
QUERY = f"""PREFIX ex: <{EX}>
SELECT ?s ?name ?count ?day WHERE {{
  ?s ex:name ?name . OPTIONAL {{ ?s ex:count ?count }} OPTIONAL {{ ?s ex:day ?day }}
}} ORDER BY ?name"""


@pytest.fixture
def result(tmp_path: Path) -> QueryResult:
    (tmp_path / "data.ttl").write_text(DATA, encoding="utf-8")
    return open_store([tmp_path / "data.ttl"]).store.query(QUERY)


def _expected() -> list[dict[str, object]]:
    store = ox.Store()
    store.load(DATA.encode("utf-8"), ox.RdfFormat.TURTLE)
    solutions = store.query(QUERY)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in solutions]


def _normalise(rows: list[dict[str, object]]) -> list[dict[str, str]]:
    # blank node labels are not stable across serialisations; everything else must be identical
    return [{k: ("_:b" if isinstance(v, ox.BlankNode) else str(v)) for k, v in row.items()} for row in rows]


@pytest.mark.parametrize(
    ("fmt", "ox_format"),
    [
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
    ],
)
def test_round_trip_through_a_standard_parser(result: QueryResult, fmt: str, ox_format: object) -> None:
    text = format_result(result, fmt)
    parsed = ox.parse_query_results(text.encode("utf-8"), format=ox_format)  # type: ignore[arg-type]
    assert isinstance(parsed, ox.QuerySolutions)
    names = [v.value for v in parsed.variables]
    assert names == ["s", "name", "count", "day"]
    rows = [{n: s[n] for n in names if s[n] is not None} for s in parsed]
    assert _normalise(rows) == _normalise(_expected())


def test_json_shape(result: QueryResult) -> None:
    document = json.loads(format_result(result, "json"))
    assert document["head"]["vars"] == ["s", "name", "count", "day"]
    first = document["results"]["bindings"][0]
    assert first["name"] == {"type": "literal", "value": 'Päätös, "lainattu"\nrivi', "xml:lang": "fi"}
    assert first["count"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    plain = document["results"]["bindings"][2]
    assert plain["name"] == {"type": "literal", "value": "plain <tag> & more"}
    assert "count" not in plain


def test_csv_is_rfc4180_with_plain_values(result: QueryResult) -> None:
    text = format_result(result, "csv")
    assert text.startswith("s,name,count,day\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == [f"{EX}a", 'Päätös, "lainattu"\nrivi', "7", "2026-05-07"]
    assert rows[2][0].startswith("_:") and rows[2][1] == "anonymous"


def test_table_is_aligned(result: QueryResult) -> None:
    text = format_result(result, "table", {"ex": EX})
    lines = text.splitlines()
    assert lines[0].split(" | ")[0].strip() == "?s"
    bars = {line.index("|") for line in lines[:-1] if "|" in line}
    assert len(bars) == 1  # every row puts its first separator in the same column
    assert "ex:a" in text and "(3 rows)" in lines[-1]


def test_ask_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "data.ttl").write_text(DATA, encoding="utf-8")
    store = open_store([tmp_path / "data.ttl"]).store
    yes = store.query(f"ASK {{ <{EX}a> ?p ?o }}")
    no = store.query(f"ASK {{ <{EX}zzz> ?p ?o }}")
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    parsed = ox.parse_query_results(format_result(no, "xml").encode(), format=ox.QueryResultsFormat.XML)
    assert isinstance(parsed, ox.QueryBoolean) and not bool(parsed)
    assert format_result(yes, "table") == "true\n"
    assert format_result(no, "csv").splitlines()[-1] == "false"
