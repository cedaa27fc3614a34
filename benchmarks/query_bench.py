"""Benchmark of the example queries: median latency over N generated items, pyoxigraph against rdflib.

Items come from :mod:`benchmarks.generate` (whole minutes of ten items), each mapped through
``mapping.item_graph`` into its own named graph of one N-Quads dump, as the publisher writes it.
The dump is loaded through :func:`paatosdata.store.open_store` (in memory) and every query in
``examples/queries/`` runs ``--repeat`` times after one warm-up; the median is reported. At
``--rdflib-at`` items the same triples are also loaded into an rdflib Graph and each query runs
once there, for the naive baseline and the ratio.

Run: ``python -m benchmarks.query_bench 10000 30000 --rdflib-at 10000``.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"
_CHUNK = 50  # documents per task


def _map_chunk(documents: list[Any]) -> bytes:
    """N-Quads of the items of ``documents``, one named graph per item (as the publisher writes)."""
    from paatosdata.mapping import item_graph, item_iri

    lines: list[str] = []
    for document in documents:
        for item in document.items:
            iri, graph = item_iri(document, item), item_graph(document, item)
            for line in graph.serialize(format="nt").splitlines():
                if line.strip():
                    lines.append(f"{line[:-2]} <{iri}> .\n")
    return "".join(lines).encode("utf-8")


def write_dump(n_items: int, path: Path, jobs: int) -> None:
    """Write the gzip N-Quads dump of ``n_items`` generated items (documents of ten items)."""
    from benchmarks.generate import generate_documents

    documents = list(generate_documents(n_items))
    chunks = [documents[i : i + _CHUNK] for i in range(0, len(documents), _CHUNK)]
    with gzip.open(path, "wb", compresslevel=1) as out, ProcessPoolExecutor(jobs) as pool:
        for data in pool.map(_map_chunk, chunks):
            out.write(data)


def _median_ms(run: object, repeat: int) -> float:
    assert callable(run)
    run()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_oxigraph(dump: Path, repeat: int) -> tuple[float, int, dict[str, tuple[float, int]]]:
    """Load time (s), quads, and per query (median ms, rows)."""
    from paatosdata.store import open_store

    start = time.perf_counter()
    store = open_store([dump]).store
    load = time.perf_counter() - start
    results: dict[str, tuple[float, int]] = {}
    for query_file in sorted(QUERIES.glob("*.rq")):
        text = query_file.read_text(encoding="utf-8")
        rows = len(store.query(text).rows)
        results[query_file.stem] = (_median_ms(lambda text=text: store.query(text), repeat), rows)
    return load, len(store), results


def bench_rdflib(dump: Path) -> tuple[float, dict[str, tuple[float, int]]]:
    """Load time (s) and per query (ms of one run, rows) with rdflib's own SPARQL engine."""
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    with gzip.open(dump, "rt", encoding="utf-8") as stream:
        # the graph name is dropped: the queries read the union of all graphs anyway
        triples = "".join(line.rsplit(" <", 1)[0] + " .\n" for line in stream)
    graph.parse(data=triples, format="nt")
    load = time.perf_counter() - start
    results: dict[str, tuple[float, int]] = {}
    for query_file in sorted(QUERIES.glob("*.rq")):
        text = query_file.read_text(encoding="utf-8")
        begin = time.perf_counter()
        rows = len(list(graph.query(text)))
        results[query_file.stem] = ((time.perf_counter() - begin) * 1000, rows)
    return load, results


def main() -> None:
    """Parse arguments, build the dumps, run and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10000, 30000])
    parser.add_argument("--rdflib-at", type=int, default=10000, help="size for the rdflib baseline (0: none)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2, help="processes mapping items")
    parser.add_argument("--cache", type=Path, default=None, help="keep generated dumps in this folder")
    args = parser.parse_args()
    folder = args.cache or Path(tempfile.mkdtemp(prefix="paatosdata-query-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        dump = folder / f"items-{size}.nq.gz"
        if not dump.is_file():
            start = time.perf_counter()
            write_dump(size, dump, args.jobs)
            print(f"# generated and mapped {size:,} items in {time.perf_counter() - start:.0f} s", flush=True)
        load, quads, oxigraph = bench_oxigraph(dump, args.repeat)
        print(f"\n## {size:,} items, {quads:,} triples; pyoxigraph load {load:.1f} s", flush=True)
        print(f"{'query':34} {'rows':>7} {'pyoxigraph ms':>14}")
        for name, (ms, rows) in oxigraph.items():
            print(f"{name:34} {rows:>7} {ms:>14.1f}", flush=True)
        if size != args.rdflib_at:
            continue
        rdflib_load, baseline = bench_rdflib(dump)
        print(f"\nrdflib at {size:,} items: load {rdflib_load:.1f} s ({rdflib_load / load:.1f}x pyoxigraph)")
        print(f"{'query':34} {'rows':>7} {'rdflib ms':>10} {'rdflib / pyoxigraph':>20}")
        for name, (ms, rows) in oxigraph.items():
            rdflib_ms, rdflib_rows = baseline[name]
            mark = "" if rdflib_rows == rows else f" (pyoxigraph rows {rows})"
            print(
                f"{name:34} {rdflib_rows:>7} {rdflib_ms:>10.0f} {rdflib_ms / max(ms, 0.01):>19.0f}x{mark}",
                flush=True,
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
