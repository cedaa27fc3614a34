"""The query store: what it loads from sites, RDF files and minutes, and what it refuses."""

from __future__ import annotations

import gzip
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from paatosdata.errors import InputError
from paatosdata.store import (
    QueryError,
    QueryRefused,
    QueryTimeout,
    collect_inputs,
    open_store,
    refuse_remote,
)
from tests.conftest import EXAMPLES

EX = "http://example.org/"
TTL = f"""@prefix ex: <{EX}> .
ex:a ex:p "eka"@fi ; ex:q ex:b .
ex:b ex:p "toka" .
"""


def _count(store_paths: list[Path], query: str = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") -> int:
    result = open_store(store_paths).store.query(query)
    row = result.rows[0][0]
    assert row is not None
    return int(row.value)


def test_rdf_files_of_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL, encoding="utf-8")
    with gzip.open(tmp_path / "b.nq.gz", "wt", encoding="utf-8") as out:
        out.write(f'<{EX}c> <{EX}p> "kolmas" <{EX}graph> .\n')
    (tmp_path / "c.jsonld").write_text(f'{{"@id": "{EX}d", "{EX}p": "neljäs"}}', encoding="utf-8")
    (tmp_path / "d.rdf").write_text(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        f'xmlns:ex="{EX}"><rdf:Description rdf:about="{EX}e"><ex:p>viides</ex:p>'
        "</rdf:Description></rdf:RDF>",
        encoding="utf-8",
    )
    files = sorted(tmp_path.iterdir())
    store = open_store(files).store
    result = store.query(f"SELECT ?o {{ ?s <{EX}p> ?o }} ORDER BY ?o")
    assert [r[0].value for r in result.rows if r[0]] == ["eka", "kolmas", "neljäs", "toka", "viides"]
    # the quad of a named graph is in the merged default graph; graph names are not kept
    assert store.query(f"ASK {{ <{EX}c> <{EX}p> ?o }}").boolean is True
    assert store.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean is False


def test_site_loads_its_dumps_only(tmp_path: Path) -> None:
    (tmp_path / "dumps").mkdir()
    with gzip.open(tmp_path / "dumps" / "all.nq.gz", "wt", encoding="utf-8") as out:
        out.write(f'<{EX}a> <{EX}p> "dump" <{EX}g> .\n')
    item = tmp_path / "akn" / "x"
    item.mkdir(parents=True)
    (item / "index.ttl").write_text(f'<{EX}a> <{EX}p> "per-item file" .\n', encoding="utf-8")
    assert [i.path.name for i in collect_inputs([tmp_path])] == ["all.nq.gz"]
    assert _count([tmp_path]) == 1


def test_a_dump_with_a_turtle_twin_loads_the_turtle_one(tmp_path: Path) -> None:
    # publish writes both dumps with the same statements; the store keeps no graph names
    (tmp_path / "dumps").mkdir()
    with gzip.open(tmp_path / "dumps" / "all.nq.gz", "wt", encoding="utf-8") as out:
        out.write(f'<{EX}a> <{EX}p> "dump" <{EX}g> .\n<{EX}a> <{EX}p> "dump" <{EX}h> .\n')
    with gzip.open(tmp_path / "dumps" / "all.ttl.gz", "wt", encoding="utf-8") as out:
        out.write(f'<{EX}a> <{EX}p> "dump" .\n')
    (tmp_path / "dumps" / "other.nq").write_text(f'<{EX}b> <{EX}p> "alone" <{EX}g> .\n', encoding="utf-8")
    assert [i.path.name for i in collect_inputs([tmp_path])] == ["all.ttl.gz", "other.nq"]
    assert _count([tmp_path]) == 2


def test_site_without_dumps_loads_one_file_per_resource(tmp_path: Path) -> None:
    item = tmp_path / "akn" / "x"
    item.mkdir(parents=True)
    (item / "index.ttl").write_text(TTL, encoding="utf-8")
    (item / "index.jsonld").write_text(f'{{"@id": "{EX}z", "{EX}p": "other"}}', encoding="utf-8")
    (item / "index.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / ".hidden.ttl").write_text(f'<{EX}h> <{EX}p> "hidden" .\n', encoding="utf-8")
    assert [i.path.name for i in collect_inputs([tmp_path])] == ["index.ttl"]
    assert _count([tmp_path]) == 3


def test_minutes_are_read_and_mapped(tmp_path: Path) -> None:
    seed = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
    if not seed.is_file():
        pytest.skip("examples/ is not in this tree")
    result = open_store([seed]).store.query(
        "PREFIX pd: <https://w3id.org/paatosdata/def#> "
        "SELECT ?n ?d { ?i a pd:Decision ; pd:sectionNumber ?n ; pd:meetingDate ?d }"
    )
    assert [(r[0].value, r[1].value) for r in result.rows if r[0] and r[1]] == [("28", "2026-05-07")]


def test_bad_inputs_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/p> .", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_store([bad])
    assert str(bad) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(InputError, match="no such file"):
        open_store([tmp_path / "missing.nq"])
    broken = tmp_path / "broken.nq.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="broken.nq.gz"):
        open_store([broken])


def test_persistent_store_reloads_only_when_inputs_change(tmp_path: Path) -> None:
    data = tmp_path / "data.ttl"
    data.write_text(TTL, encoding="utf-8")
    folder = tmp_path / "store"
    first = open_store([data], folder)
    assert first.loaded and len(first.store) == 3
    del first
    again = open_store([data], folder)
    assert not again.loaded and len(again.store) == 3
    del again
    # touched, same bytes: the hash shows nothing changed
    stat = data.stat()
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    touched = open_store([data], folder)
    assert not touched.loaded
    del touched
    data.write_text(TTL + f'<{EX}new> <{EX}p> "uusi" .\n', encoding="utf-8")
    changed = open_store([data], folder)
    assert changed.loaded and len(changed.store) == 4
    del changed
    # a different set of inputs also reloads
    other = tmp_path / "other.ttl"
    other.write_text(f'<{EX}o> <{EX}p> "muu" .\n', encoding="utf-8")
    both = open_store([data, other], folder)
    assert both.loaded and len(both.store) == 5


def test_a_store_of_an_older_version_is_built_again(tmp_path: Path) -> None:
    """A store built before the stores were compacted is rebuilt, not reused as it is."""
    import json

    data = tmp_path / "data.ttl"
    data.write_text(TTL, encoding="utf-8")
    folder = tmp_path / "store"
    del open_store([data], folder).store
    manifest = folder / "paatosdata-store.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**recorded, "version": 1}), encoding="utf-8")
    rebuilt = open_store([data], folder)
    assert rebuilt.loaded and len(rebuilt.store) == 3
    del rebuilt
    assert json.loads(manifest.read_text(encoding="utf-8"))["version"] == 2


def test_store_folder_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data.ttl"
    data.write_text(TTL, encoding="utf-8")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not a paatosdata store"):
        open_store([data], precious)
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_bad_query_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL, encoding="utf-8")
    store = open_store([tmp_path / "a.ttl"]).store
    with pytest.raises(QueryError) as caught:
        store.query("SELECT * WHERE { ?s ?p ")
    assert str(caught.value).startswith("bad query: ") and "\n" not in str(caught.value)


def test_updates_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL, encoding="utf-8")
    store = open_store([tmp_path / "a.ttl"]).store
    for update in (
        f"INSERT DATA {{ <{EX}x> <{EX}p> 1 }}",
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        f"LOAD <{EX}data.ttl>",
    ):
        with pytest.raises(QueryRefused, match="read-only"):
            store.query(update)
    assert len(store) == 3


class _Listener:
    """A local socket that records whether anything connected to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.sock.close()


def test_service_is_refused_and_nothing_is_fetched(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL, encoding="utf-8")
    store = open_store([tmp_path / "a.ttl"]).store
    listener = _Listener()
    try:
        endpoint = f"http://127.0.0.1:{listener.port}/sparql"
        for query in (
            f"SELECT * {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
            f"select * {{ ?s ?p ?o . service silent <{endpoint}> {{ ?s ?p ?x }} }}",
            f"SELECT * {{ SERVICE\n<{endpoint}>{{?s ?p ?o}} }}",
        ):
            with pytest.raises(QueryRefused, match="SERVICE"):
                store.query(query)
        # a JSON-LD remote context is not fetched either
        remote = tmp_path / "remote.jsonld"
        remote.write_text(
            f'{{"@context": "http://127.0.0.1:{listener.port}/context.jsonld", "@id": "{EX}x", "name": "a"}}',
            encoding="utf-8",
        )
        with pytest.raises(InputError):
            open_store([remote])
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()
    # the word in a string, a comment or an IRI is not a SERVICE clause
    refuse_remote(f'SELECT * {{ ?s ?p "SERVICE" }} # SERVICE <{EX}>')
    refuse_remote(f"SELECT ?service {{ ?service <{EX}SERVICE> ?o }}")
    assert store.query('SELECT ?s { ?s ?p "SERVICE" }').rows == []


def test_limit_and_deadline(tmp_path: Path) -> None:
    lines = [f'<{EX}s{i}> <{EX}p> "{i}" .' for i in range(200)]
    (tmp_path / "many.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store([tmp_path / "many.nt"]).store
    limited = store.query("SELECT * { ?s ?p ?o }", limit=10)
    assert len(limited.rows) == 10 and limited.truncated
    full = store.query("SELECT * { ?s ?p ?o }", limit=200)
    assert len(full.rows) == 200 and not full.truncated
    start = time.monotonic()
    with pytest.raises(QueryTimeout):
        store.query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", deadline=time.monotonic() + 0.5)
    assert time.monotonic() - start < 5


def test_a_triple_in_many_graphs_counts_once(tmp_path: Path) -> None:
    # an item graph repeats its body, meeting and persons: the default graph must hold them once
    lines = [f'<{EX}body> <{EX}name> "Kunnanhallitus" <{EX}item{i}> .' for i in range(50)]
    lines += [f"<{EX}item{i}> <{EX}decidedBy> <{EX}body> <{EX}item{i}> ." for i in range(50)]
    (tmp_path / "dump.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store([tmp_path / "dump.nq"]).store
    rows = store.query(f"SELECT ?name {{ <{EX}body> <{EX}name> ?name . <{EX}body> <{EX}name> ?again }}").rows
    assert len(rows) == 1
    count = store.query(f"SELECT (COUNT(*) AS ?n) {{ ?item <{EX}decidedBy> ?body . ?body <{EX}name> ?x }}")
    assert count.rows[0][0] is not None and count.rows[0][0].value == "50"
    assert len(store) == 51
