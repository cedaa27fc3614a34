"""Throughput and peak memory of ``check``: naive whole-graph pySHACL against batched checks.

Every strategy maps the same generated items (``benchmarks.generate``) and validates them against
the same profiles, end to end (mapping included):

* ``naive``: every item in one rdflib graph, one pySHACL call, in the calling process;
* ``fast``: ``paatosdata.checking.check_documents`` with the fast SHACL engine (the default),
  batches of 100 items, ``--jobs 1`` and ``--jobs N`` worker processes;
* ``pyshacl``: the same batches validated by pySHACL (``check --engine pyshacl``).

Each run happens in a fresh process so that peak memory (``ru_maxrss``) belongs to that run only;
for the runs with workers the largest worker's peak is reported too. Run-to-run noise on a shared
machine is large: compare the ratios printed, which are measured within one invocation.

    python -m benchmarks.check_bench                  # 1,000 and 10,000 items, --jobs 1 and 2
    python -m benchmarks.check_bench --sizes 500 --jobs 2 --engines fast
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_naive(n_items: int) -> dict[str, Any]:
    """Map every item into one graph and validate it with a single pySHACL call."""
    from pyshacl import validate
    from rdflib import Graph

    from benchmarks.generate import generate_documents
    from paatosdata.mapping import document_graph
    from paatosdata.validate import load_rulebook

    book = load_rulebook()
    start = time.perf_counter()
    graph = Graph()
    for doc in generate_documents(n_items):
        part = document_graph(doc, redact=False)
        graph.addN((s, p, o, graph) for s, p, o in part)
    mapped = time.perf_counter()
    _conforms, results, _text = validate(
        graph, shacl_graph=book.shapes, inference="none", inplace=True, allow_warnings=True, allow_infos=True
    )
    done = time.perf_counter()
    return {
        "mode": "naive",
        "items": n_items,
        "triples": len(graph),
        "results": len(set(results.subjects())),
        "seconds": done - start,
        "validate_seconds": done - mapped,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "worker_peak_mb": None,
        "cpu_seconds": _cpu_seconds(resource.RUSAGE_SELF),
    }


def run_batched(n_items: int, jobs: int, engine: str = "fast") -> dict[str, Any]:
    """``check_documents`` over the same items: batches of 100, ``jobs`` worker processes."""
    from benchmarks.generate import generate_documents
    from paatosdata.checking import CheckOptions, check_documents

    start = time.perf_counter()
    report = check_documents(generate_documents(n_items), CheckOptions(jobs=jobs, engine=engine))
    done = time.perf_counter()
    assert len(report.items) == n_items
    return {
        "mode": f"{engine} --jobs {jobs}",
        "items": n_items,
        "triples": None,
        "results": len(report.findings),
        "seconds": done - start,
        "validate_seconds": None,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN) if jobs > 1 else None,
        "cpu_seconds": _cpu_seconds(resource.RUSAGE_SELF) + _cpu_seconds(resource.RUSAGE_CHILDREN),
    }


def _in_subprocess(mode: str, n_items: int, jobs: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.check_bench", "--one", mode, str(n_items), str(jobs)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=os.environ.copy()).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _rate(row: dict[str, Any]) -> float:
    return float(row["items"] / row["seconds"])


def main(argv: list[str] | None = None) -> None:
    """Run every size in every mode, print a table, the ratios and the load average."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2, help="workers of the parallel runs (and 1)")
    parser.add_argument("--engines", nargs="+", default=["fast", "pyshacl"], choices=["fast", "pyshacl"])
    parser.add_argument("--no-naive", action="store_true", help="skip the whole-graph baseline")
    parser.add_argument("--one", nargs=3, metavar=("MODE", "N", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        mode, n, jobs = args.one[0], int(args.one[1]), int(args.one[2])
        result = run_naive(n) if mode == "naive" else run_batched(n, jobs, mode)
        print(json.dumps(result))
        return
    print(f"check benchmark: {os.cpu_count()} CPUs, load average {_load()} at start")
    header = (
        f"{'mode':<20}{'items':>7}{'seconds':>9}{'items/s':>9}{'CPU s':>8}{'items/CPU-s':>13}"
        f"{'peak MB':>9}{'worker MB':>11}{'load':>6}"
    )
    print(header, flush=True)
    for n in args.sizes:
        rows: dict[str, dict[str, Any]] = {}
        plan = [] if args.no_naive else [("naive", "naive", 1)]
        plan += [(f"{e} --jobs {j}", e, j) for e in args.engines for j in sorted({1, args.jobs})]
        for label, mode, jobs in plan:
            row = rows[label] = _in_subprocess(mode, n, jobs)
            worker = f"{row['worker_peak_mb']:.0f}" if row["worker_peak_mb"] else "-"
            print(
                f"{label:<20}{row['items']:>7}{row['seconds']:>9.1f}{_rate(row):>9.1f}{row['cpu_seconds']:>8.1f}"
                f"{row['items'] / row['cpu_seconds']:>13.1f}{row['peak_mb']:>9.0f}{worker:>11}"
                f"{os.getloadavg()[0]:>6.1f}",
                flush=True,
            )
        _ratios(n, rows, args.engines, args.jobs)
    print(f"load average {_load()} at end")


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def _ratios(n: int, rows: dict[str, dict[str, Any]], engines: list[str], jobs: int) -> None:
    """Throughput ratios between the runs of one size (wall clock, and per CPU-second)."""
    naive = rows.get("naive")
    lines = []
    for engine in engines:
        for j in sorted({1, jobs}):
            row = rows[f"{engine} --jobs {j}"]
            if naive is not None:
                wall = _rate(row) / _rate(naive)
                cpu = (row["items"] / row["cpu_seconds"]) / (naive["items"] / naive["cpu_seconds"])
                lines.append(f"{engine} --jobs {j} / naive: {wall:.2f}x wall, {cpu:.2f}x per CPU-second")
        if jobs > 1:
            scale = _rate(rows[f"{engine} --jobs {jobs}"]) / _rate(rows[f"{engine} --jobs 1"])
            lines.append(f"{engine} --jobs {jobs} / --jobs 1: {scale:.2f}x")
    if "fast" in engines and "pyshacl" in engines:
        for j in sorted({1, jobs}):
            ratio = _rate(rows[f"fast --jobs {j}"]) / _rate(rows[f"pyshacl --jobs {j}"])
            lines.append(f"fast / pyshacl at --jobs {j}: {ratio:.2f}x")
    if naive is not None:
        lines.append(
            f"naive validate-only {naive['validate_seconds']:.1f} s for {naive['triples']:,} triples"
        )
    print(f"  {n} items:")
    for line in lines:
        print(f"    {line}")


if __name__ == "__main__":
    main()
