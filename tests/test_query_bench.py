"""The query benchmark's copied corpus: copies are distinct items with every year moved on."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest

from benchmarks.query_bench import write_copies

_BASE = (
    "<https://e.org/item/2026-01-08/1> <https://e.org/def#meetingDate> "
    '"2026-01-08"^^<http://www.w3.org/2001/XMLSchema#date> <https://e.org/item/2026-01-08/1> .\n'
    '<https://e.org/item/2026-01-08/1> <https://e.org/def#diary> "12026/02.01/2028" '
    "<https://e.org/item/2026-01-08/1> .\n"
    '<https://e.org/body/kh> <https://e.org/def#name> "Kunnanhallitus" <https://e.org/item/2026-01-08/1> .\n'
)


def _quads(path: Path) -> set[str]:
    with gzip.open(path, "rb") as stream:
        return {str(q) for q in ox.parse(stream, ox.RdfFormat.N_QUADS)}


def test_copies_move_every_year_and_share_only_yearless_resources(tmp_path: Path) -> None:
    base, copied = tmp_path / "base.nq.gz", tmp_path / "copied.nq.gz"
    with gzip.open(base, "wt", encoding="utf-8") as out:
        out.write(_BASE)
    write_copies(base, 3, copied)
    quads = _quads(copied)
    assert len(quads) == 9
    assert _quads(base) <= quads
    text = gzip.decompress(copied.read_bytes()).decode("utf-8")
    assert '"2034-01-08"^^<http://www.w3.org/2001/XMLSchema#date>' in text
    assert "<https://e.org/item/2030-01-08/1>" in text
    assert '"12034/02.01/2036"' in text  # every 2026-2029 moves, also inside a longer number
    assert "2001/XMLSchema" in text and "2009/XMLSchema" not in text  # namespaces keep their years
    subjects = {line.split(" ", 1)[0] for line in text.splitlines()}
    assert len(subjects) == 4  # three items and the one body they share
    assert not copied.with_name(copied.name + ".part").exists()


def test_copies_refuse_blank_nodes(tmp_path: Path) -> None:
    base = tmp_path / "base.nq.gz"
    with gzip.open(base, "wt", encoding="utf-8") as out:
        out.write('_:b1 <https://e.org/p> "2026" <https://e.org/g> .\n')
    with pytest.raises(ValueError, match="blank nodes"):
        write_copies(base, 2, tmp_path / "copied.nq.gz")


def test_rows_are_counted_from_the_answer_in_each_format(tmp_path: Path) -> None:
    from benchmarks.query_bench import count_rows
    from paatosdata.store import open_store

    lines = [f'<https://e.org/s{i}> <https://e.org/p> "{{rivi}}\\n{i}" .' for i in range(7)]
    (tmp_path / "data.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store([tmp_path / "data.nt"]).store
    for fmt in ("json", "xml", "csv", "tsv", "table"):
        answer = store.answer("SELECT ?s ?o { ?s ?p ?o }", fmt)
        assert count_rows(answer.data, fmt) == 7, fmt
    assert count_rows(store.answer("ASK { ?s ?p ?o }", "json").data, "json") == 0


def test_the_on_disk_store_answers_as_the_in_memory_one(tmp_path: Path) -> None:
    """``--on-disk``: built, reopened without loading again, and every example query gives the same rows."""
    from benchmarks.generate import generate_documents
    from benchmarks.query_bench import SizeRun, _map_chunk, bench_oxigraph

    dump = tmp_path / "items-40.nq.gz"
    dump.write_bytes(gzip.compress(_map_chunk(list(generate_documents(40)))))  # in this process
    memory, disk = SizeRun(40), SizeRun(40, store="disk")
    bench_oxigraph(dump, 1, memory)
    bench_oxigraph(dump, 1, disk, store_dir=tmp_path / "store")
    assert disk.reopen_s is not None and disk.sst_files
    assert disk.triples == memory.triples > 0
    assert {k: f.rows for k, f in disk.queries.items()} == {k: f.rows for k, f in memory.queries.items()}
    assert any(f.rows for f in memory.queries.values())
    assert all(f.cpu_median_ms is not None for f in disk.queries.values())
