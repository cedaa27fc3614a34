"""Throughput and peak memory of ``check``: naive whole-graph pySHACL against batched per-item checks.

Both strategies map the same generated items (``benchmarks.generate``) and validate them against
the same profiles, end to end (mapping included):

* ``naive``: every item in one rdflib graph, one pySHACL call, in the calling process;
* ``batched``: ``paatosdata.checking.check_documents`` with batches of 100 items and ``--jobs N``
  worker processes, each loading the profiles once.

Each run happens in a fresh process so that peak memory (``ru_maxrss``) belongs to that run only;
for the batched runs the largest worker's peak is reported too. Run-to-run noise on a shared
machine is large: compare the ratio measured in one invocation.

    python -m benchmarks.check_bench                  # 2,000 and 10,000 items, --jobs 2
    python -m benchmarks.check_bench --sizes 500 --jobs 2
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


def run_batched(n_items: int, jobs: int) -> dict[str, Any]:
    """``check_documents`` over the same items: batches of 100, ``jobs`` worker processes."""
    from benchmarks.generate import generate_documents
    from paatosdata.checking import CheckOptions, check_documents

    start = time.perf_counter()
    report = check_documents(generate_documents(n_items), CheckOptions(jobs=jobs))
    done = time.perf_counter()
    assert len(report.items) == n_items
    return {
        "mode": f"batched --jobs {jobs}",
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


def main(argv: list[str] | None = None) -> None:
    """Run every size in both modes, print a table and the throughput ratio."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--one", nargs=3, metavar=("MODE", "N", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        mode, n, jobs = args.one[0], int(args.one[1]), int(args.one[2])
        result = run_naive(n) if mode == "naive" else run_batched(n, jobs)
        print(json.dumps(result))
        return
    print(f"check benchmark: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    header = (
        f"{'mode':<18}{'items':>7}{'seconds':>9}{'items/s':>9}{'CPU s':>8}{'items/CPU-s':>13}"
        f"{'peak MB':>9}{'worker MB':>11}"
    )
    print(header)
    for n in args.sizes:
        rows = [_in_subprocess("naive", n, 1), _in_subprocess("batched", n, args.jobs)]
        for row in rows:
            rate = row["items"] / row["seconds"]
            per_cpu = row["items"] / row["cpu_seconds"]
            worker = f"{row['worker_peak_mb']:.0f}" if row["worker_peak_mb"] else "-"
            print(
                f"{row['mode']:<18}{row['items']:>7}{row['seconds']:>9.1f}{rate:>9.1f}{row['cpu_seconds']:>8.1f}"
                f"{per_cpu:>13.1f}{row['peak_mb']:>9.0f}{worker:>11}"
            )
        naive, batched = rows
        ratio = (batched["items"] / batched["seconds"]) / (naive["items"] / naive["seconds"])
        cpu_ratio = (batched["items"] / batched["cpu_seconds"]) / (naive["items"] / naive["cpu_seconds"])
        print(
            f"  {n} items: batched/naive wall throughput {ratio:.2f}x (target >= 1.5x); "
            f"per CPU-second {cpu_ratio:.2f}x "
            f"(projected on {args.jobs} idle cores: {cpu_ratio * args.jobs:.2f}x); "
            f"naive validate-only {naive['validate_seconds']:.1f} s for {naive['triples']:,} triples"
        )
    print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
