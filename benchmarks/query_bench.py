"""Benchmark of the example queries: cold and median latency at each size, pyoxigraph against rdflib.

Items come from :mod:`benchmarks.generate` (whole minutes of ten items), each mapped through
``mapping.item_graph`` into its own named graph of one N-Quads dump, as the publisher writes it.
Each dump is loaded through :func:`paatosdata.store.open_store` (in memory, the layout ``query``
uses) and every query in ``examples/queries/`` (or ``--queries DIR``) runs once on the fresh store
(cold: nothing cached anywhere) and then ``--repeat`` more times (median).

What is timed is what a user waits for: from handing the query text to the store until the whole
answer is there as bytes in the requested results format (``--format``, default ``json``, the
SPARQL 1.1 JSON results that ``serve`` sends by default and ``query --format json`` prints), through
:meth:`paatosdata.store.QueryStore.answer`, the call ``query`` and ``serve`` make. Loading the store,
starting Python and sending the bytes over HTTP are not in it. The row count is taken afterwards,
outside the timing. ``--format table`` times the terminal table, which goes through Python values.

At ``--rdflib-at`` items the same triples are also loaded into an rdflib Graph and each query runs
once there (rows only, no serialisation), for the naive baseline and the ratio. Everything lands
in one table.

Dumps are kept with ``--cache DIR`` (mapping 100,000 items takes long). ``--copies-from N`` makes
a larger dump from copies of the N-item dump instead of generating it: copy k moves every year
2026-2029 (in IRIs, dates, diary numbers) 4·k years on, so the copies are distinct items, meetings and
cases of the same municipalities, bodies and people over a longer period.

``--serve STORE`` measures ``paatosdata serve`` instead: a site folder holding the dump is served
with its on-disk store in ``STORE`` (built on the first run, reopened on the next; the time to
build or open it is reported), and every query is sent over HTTP (POST, JSON results) once cold and
``--repeat`` more times; what is timed is the whole request as the client sees it.

The example query ``decisions-per-body-per-month.rq`` reads the statistics that ``query`` and
``serve`` compute when they load a dump without ``statistics.ttl`` (as here): that computation is
part of the load time; ``decisions-per-body-per-month-raw.rq`` counts the same from the data.

Run: ``python -m benchmarks.query_bench 10000 100000 --rdflib-at 10000 --copies-from 10000 --cache DIR``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

QUERIES = Path(__file__).resolve().parents[1] / "examples" / "queries"
_CHUNK = 50  # documents per task
#: Years of the generated minutes; older years are statutes' and namespaces' (XMLSchema 2001).
_YEARS = (2026, 2027, 2028, 2029)


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
    part = path.with_name(path.name + ".part")
    with gzip.open(part, "wb", compresslevel=1) as out, ProcessPoolExecutor(jobs) as pool:
        for data in pool.map(_map_chunk, chunks):
            out.write(data)
    os.replace(part, path)


def write_copies(base: Path, copies: int, path: Path) -> None:
    """Write ``copies`` copies of the dump ``base``, copy k with every year of the corpus moved 4·k on.

    The corpus's own years are 2026-2029 (its dates, item, meeting and case IRIs, diary numbers);
    older years (statutes, the XML Schema namespace) are left alone, and four years keep leap days
    valid. Every occurrence of those four numbers is replaced, also inside a longer number, which
    changes nothing but makes the copy's serial numbers its own. The base corpus holds no blank nodes
    (checked), so the copies share only what carries no year: municipalities, bodies, people, statutes.
    """
    with gzip.open(base, "rb") as stream:
        data = stream.read()
    if b"_:" in data:
        raise ValueError(f"{base} holds blank nodes: copies would merge them")
    part = path.with_name(path.name + ".part")
    with gzip.open(part, "wb", compresslevel=1) as out:
        for k in range(copies):
            copy = data
            for year in _YEARS:
                copy = copy.replace(str(year).encode(), str(year + 4 * k).encode())
            out.write(copy)
    os.replace(part, path)


@dataclass(slots=True)
class Figures:
    """One query at one size: rows, first-run and median latency (ms)."""

    rows: int
    cold_ms: float
    median_ms: float
    baseline_rows: int | None = None
    baseline_median_ms: float | None = None
    cpu_median_ms: float | None = None


@dataclass(slots=True)
class SizeRun:
    """Everything measured at one size."""

    items: int
    store: str = "memory"
    triples: int = 0
    load_s: float = 0.0
    load_cpu_s: float = 0.0
    reopen_s: float | None = None
    sst_files: int | None = None
    queries: dict[str, Figures] = field(default_factory=dict)
    rdflib_load_s: float | None = None
    rdflib: dict[str, Figures] = field(default_factory=dict)


_QUERY_DIR = [QUERIES]


def _query_files() -> list[Path]:
    return sorted(_QUERY_DIR[0].glob("*.rq"))


def count_rows(data: bytes, fmt: str) -> int:
    """Rows of a SELECT answer in ``fmt`` (0 for ASK and graphs), counted by a standard parser."""
    import pyoxigraph as ox

    from paatosdata.store import RESULTS_FORMATS

    if fmt not in RESULTS_FORMATS:
        return max(0, data.count(b"\n") - 3)  # the table: header, rule and the count line
    if fmt == "csv":  # CSV results lose term types, so Oxigraph does not read them back
        import csv
        import io

        return max(0, len(list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))) - 1)
    parsed = ox.parse_query_results(data, format=RESULTS_FORMATS[fmt])
    return sum(1 for _ in parsed) if isinstance(parsed, ox.QuerySolutions) else 0


def _baseline_ms(store: Any, text: str) -> tuple[float, int]:
    """One run of a query the way ``query`` answered before: every row turned into Python values."""
    begin = time.perf_counter()
    rows = len(store.query(text).rows)
    return (time.perf_counter() - begin) * 1000, rows


def bench_oxigraph(
    dump: Path,
    repeat: int,
    run: SizeRun,
    fmt: str = "json",
    baseline: Path | None = None,
    store_dir: Path | None = None,
) -> None:
    """Load ``dump`` as ``paatosdata query`` does, then time every query cold and ``repeat`` times.

    With ``store_dir`` the store is built on disk there (as ``query --store`` and ``serve`` build it;
    an older store in that folder is removed first, so the build is timed whole), then opened again
    as an unchanged store is (timed as ``reopen_s``), and the queries run over the reopened store.
    The CPU time of each run (``time.process_time``: this process, all its threads) is kept beside
    the wall time: on a shared machine it is the figure that does not depend on the load.

    With ``baseline`` (a folder of older versions of the queries, by file name), the older query of
    the same name runs through :meth:`QueryStore.query` (rows as Python values, as ``query`` and
    ``serve`` answered before) once cold and then up to twice, alternating with the timed runs of
    the current one, so that both see the same load.
    """
    import shutil

    from paatosdata.store import open_store

    if store_dir is not None:
        shutil.rmtree(store_dir, ignore_errors=True)
    start, cpu = time.perf_counter(), time.process_time()
    store = open_store([dump], store_dir).store
    run.load_s, run.load_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    if store_dir is not None:
        del store
        run.sst_files = sum(1 for p in store_dir.rglob("*.sst"))
        start = time.perf_counter()
        opened = open_store([dump], store_dir)
        run.reopen_s = time.perf_counter() - start
        assert not opened.loaded, "the unchanged store was built again"
        store = opened.store
        print(
            f"# on disk: built in {run.load_s:.1f} s ({run.load_cpu_s:.1f} s CPU), "
            f"{run.sst_files} SST files, reopened in {run.reopen_s:.2f} s",
            flush=True,
        )
    run.triples = len(store)
    for query_file in _query_files():
        text = query_file.read_text(encoding="utf-8")
        old_file = baseline / query_file.name if baseline else None
        old_text = old_file.read_text(encoding="utf-8") if old_file and old_file.is_file() else None
        old_times: list[float] = []
        old_rows = None
        if old_text is not None:
            ms, old_rows = _baseline_ms(store, old_text)
            old_times.append(ms)
        begin = time.perf_counter()
        data = store.answer(text, fmt).data
        cold = (time.perf_counter() - begin) * 1000
        rows = count_rows(data, fmt)
        times, cpu_times = [], []
        for k in range(repeat):
            if old_text is not None and k < 2:
                old_times.append(_baseline_ms(store, old_text)[0])
            begin, cpu = time.perf_counter(), time.process_time()
            store.answer(text, fmt)
            times.append((time.perf_counter() - begin) * 1000)
            cpu_times.append((time.process_time() - cpu) * 1000)
        figures = Figures(rows, cold, statistics.median(times) if times else cold)
        figures.cpu_median_ms = statistics.median(cpu_times) if cpu_times else None
        if old_text is not None:
            figures.baseline_rows = old_rows
            figures.baseline_median_ms = statistics.median(old_times)
        run.queries[query_file.stem] = figures
        cpu_ms = figures.cpu_median_ms if figures.cpu_median_ms is not None else float("nan")
        line = f"  {run.store:6} {query_file.stem:34} {rows:>7} {cold:>9.1f} {figures.median_ms:>9.1f}"
        line += f" {cpu_ms:>9.1f}"
        if figures.baseline_median_ms is not None:
            line += f"   baseline {old_rows:>7} rows {figures.baseline_median_ms:>9.1f}"
        print(line, f"load {os.getloadavg()[0]:.1f}", flush=True)
    del store


def bench_http(dump: Path, repeat: int, run: SizeRun, store_dir: Path) -> None:
    """Serve a site holding ``dump`` with its on-disk store in ``store_dir``; time every query over HTTP."""
    import http.client
    import threading
    import urllib.parse

    from paatosdata.serve import serving

    site = store_dir.with_name(store_dir.name + "-site")
    site.mkdir(parents=True, exist_ok=True)
    link = site / "paatosdata.nq.gz"
    if not link.exists():
        link.symlink_to(dump.resolve())
    start = time.perf_counter()
    with serving(site, port=0, timeout=600, limit=None, workers=1, store_dir=store_dir) as server:
        run.load_s = time.perf_counter() - start
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        host, port = server.server_address[:2]

        def ask(text: str) -> tuple[float, bytes]:
            body = urllib.parse.urlencode({"query": text}).encode()
            begin = time.perf_counter()
            connection = http.client.HTTPConnection(str(host), port, timeout=900)
            connection.request(
                "POST",
                "/sparql",
                body,
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Accept": "application/sparql-results+json",
                },
            )
            response = connection.getresponse()
            data = response.read()
            connection.close()
            if response.status != 200:
                raise RuntimeError(f"HTTP {response.status}: {data[:200]!r}")
            return (time.perf_counter() - begin) * 1000, data

        try:
            for query_file in _query_files():
                text = query_file.read_text(encoding="utf-8")
                cold, data = ask(text)
                times = [ask(text)[0] for _ in range(repeat)]
                rows = count_rows(data, "json")
                figures = Figures(rows, cold, statistics.median(times) if times else cold)
                run.queries[query_file.stem] = figures
                print(
                    f"  http {query_file.stem:29} {rows:>7} {cold:>9.1f} {figures.median_ms:>9.1f}",
                    f"load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        finally:
            server.shutdown()
    print(f"# serve: store built or opened in {run.load_s:.1f} s", flush=True)


def bench_rdflib(dump: Path, run: SizeRun) -> None:
    """Load time (s) and per query (ms of one run, rows) with rdflib's own SPARQL engine."""
    from rdflib import Graph

    start = time.perf_counter()
    graph = Graph()
    with gzip.open(dump, "rt", encoding="utf-8") as stream:
        # the graph name is dropped: the queries read the merge of all graphs
        triples = "".join(line.rsplit(" <", 1)[0] + " .\n" for line in stream)
    graph.parse(data=triples, format="nt")
    del triples
    run.rdflib_load_s = time.perf_counter() - start
    for query_file in _query_files():
        text = query_file.read_text(encoding="utf-8")
        begin = time.perf_counter()
        rows = len(list(graph.query(text)))
        ms = (time.perf_counter() - begin) * 1000
        run.rdflib[query_file.stem] = Figures(rows, ms, ms)
        print(f"  rdflib {query_file.stem:27} {rows:>7} {ms:>9.0f}", flush=True)


def _dump_for(size: int, folder: Path, args: argparse.Namespace) -> Path:
    dump = folder / f"items-{size}.nq.gz"
    if dump.is_file():
        return dump
    start = time.perf_counter()
    base = args.copies_from
    if base and size > base and size % base == 0:
        write_copies(_dump_for(base, folder, args), size // base, dump)
        how = f"copied {size // base}× from {base:,} items"
    else:
        write_dump(size, dump, args.jobs)
        how = "generated and mapped"
    print(f"# {how}: {size:,} items in {time.perf_counter() - start:.0f} s", flush=True)
    return dump


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def print_table(runs: list[SizeRun]) -> None:
    """One Markdown table: per query, rows and cold/median at each size, rdflib and the ratio."""
    header = ["query"]
    for run in runs:
        k = (f"{run.items // 1000}k" if run.items >= 1000 else str(run.items)) + (
            "" if run.store == "memory" else f" {run.store}"
        )
        header += [f"rows {k}", f"cold {k}", f"median {k}", f"CPU median {k}"]
        if any(f.baseline_median_ms is not None for f in run.queries.values()):
            header += [f"baseline rows {k}", f"baseline median {k}", f"baseline ÷ median {k}"]
        if run.rdflib:
            header += [f"rdflib {k}", f"rdflib ÷ median {k}"]
    print("\n| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for name in [p.stem for p in _query_files()]:
        cells = [name]
        for run in runs:
            figures = run.queries.get(name)
            with_baseline = any(f.baseline_median_ms is not None for f in run.queries.values())
            if figures is None:
                cells += (
                    ["–", "–", "–", "–"]
                    + (["–"] * 3 if with_baseline else [])
                    + (["–", "–"] if run.rdflib else [])
                )
                continue
            cells += [
                f"{figures.rows:,}",
                _ms(figures.cold_ms),
                _ms(figures.median_ms),
                _ms(figures.cpu_median_ms),
            ]
            if with_baseline:
                old = figures.baseline_median_ms
                ratio = "–" if old is None else f"{old / max(figures.median_ms, 0.01):,.0f}×"
                rows = "–" if figures.baseline_rows is None else f"{figures.baseline_rows:,}"
                cells += [rows, _ms(old), ratio]
            if run.rdflib:
                naive = run.rdflib[name]
                mark = "" if naive.rows == figures.rows else f" (rdflib rows {naive.rows})"
                cells += [_ms(naive.cold_ms), f"{naive.cold_ms / max(figures.median_ms, 0.01):,.0f}×{mark}"]
        print("| " + " | ".join(cells) + " |")
    for run in runs:
        line = (
            f"\n{run.items:,} items ({run.store}): {run.triples:,} triples, "
            f"pyoxigraph load {run.load_s:.1f} s ({run.load_cpu_s:.1f} s CPU)"
        )
        if run.reopen_s is not None:
            line += f", {run.sst_files} SST files, reopened in {run.reopen_s:.2f} s"
        if run.rdflib_load_s is not None:
            line += f"; rdflib load {run.rdflib_load_s:.1f} s"
        print(line.lstrip("\n"))
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> None:
    """Parse arguments, build or reuse the dumps, run and print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10000, 100000])
    parser.add_argument("--rdflib-at", type=int, default=10000, help="size for the rdflib baseline (0: none)")
    parser.add_argument("--repeat", type=int, default=5, help="runs after the cold one (median)")
    parser.add_argument("--jobs", type=int, default=2, help="processes mapping items")
    parser.add_argument("--cache", type=Path, default=None, help="keep generated dumps in this folder")
    parser.add_argument(
        "--copies-from", type=int, default=0, help="make larger sizes from copies of this size's dump"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--format", default="json", choices=["json", "xml", "csv", "tsv", "table"], help="answer format timed"
    )
    parser.add_argument("--queries", type=Path, default=QUERIES, help="folder of .rq files to run")
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="folder of older versions of the queries (same file names), run the old way for a ratio",
    )
    parser.add_argument(
        "--on-disk",
        type=Path,
        default=None,
        help="also build the on-disk store (--store) in this folder (SIZE appended), time the queries there",
    )
    parser.add_argument(
        "--serve",
        type=Path,
        default=None,
        help="measure `serve` over HTTP, its on-disk store in this folder (SIZE appended to the name)",
    )
    args = parser.parse_args()
    _QUERY_DIR[0] = args.queries
    folder = args.cache or Path(tempfile.mkdtemp(prefix="paatosdata-query-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    print(f"timed: the answer as {args.format} bytes, queries from {args.queries}", flush=True)
    runs: list[SizeRun] = []
    for size in args.sizes:
        dump = _dump_for(size, folder, args)
        run = SizeRun(size)
        print(f"## {size:,} items (store, query, rows, cold ms, median ms, CPU median ms)", flush=True)
        if args.serve is not None:
            bench_http(dump, args.repeat, run, args.serve.with_name(f"{args.serve.name}-{size}"))
        else:
            bench_oxigraph(dump, args.repeat, run, args.format, args.baseline)
        if size == args.rdflib_at:
            bench_rdflib(dump, run)
        runs.append(run)
        if args.on_disk is not None:
            disk = SizeRun(size, store="disk")
            store_dir = args.on_disk.with_name(f"{args.on_disk.name}-{size}")
            bench_oxigraph(dump, args.repeat, disk, args.format, args.baseline, store_dir)
            runs.append(disk)
    print_table(runs)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in runs], indent=1), encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
