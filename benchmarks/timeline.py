"""Where a parallel publish leaves cores idle: a CPU timeline of the publishing process and its workers.

    python -m benchmarks.timeline 10000 --jobs 2            # idle core-seconds per phase
    python -m benchmarks.timeline 10000 --jobs 2 --trace    # and the timeline, one line per second
    python -m benchmarks.timeline 400 --pickle              # result bytes and pickling CPU per item

The publish runs in a child process (the workload of ``benchmarks.run``'s publish stage: generated
items, validation, every page). Every ``--interval`` seconds (0.2) this process reads, for the child
and each of its worker processes, ``/proc/<pid>/stat`` (user + system CPU) and
``/proc/<pid>/task/*/schedstat`` (time on a CPU and time waiting for one). Phases:

* start-up: from the call to ``publish`` until the first result reaches the publishing process;
* main loop: until the last result reaches it;
* tail: until ``publish`` returns (the ledger pass, shared triples, feed, metadata, coverage).

For each phase it reports the core-seconds the tree left idle, two ways:

* ``idle_cpu``: cores × wall time − CPU time the tree used (what a quiet machine would waste; on a
  loaded machine other programs' CPU shows here too);
* ``idle_demand``: per interval, cores × interval − the time the tree's threads were runnable (on a
  CPU or queued for one), never below zero: cores the tree did not ask for. Other programs do not
  raise it, so it is the figure to compare on a shared machine.

``--pickle`` runs the batch function in this process on generated inputs and reports what crossing
the process boundary costs: pickled result bytes per item and the CPU of pickling and unpickling.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.generate import generate_documents

REPO = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")

#: the child: publish generated items, printing the monotonic times of its phases as JSON
CHILD = """
import json, sys, time
from datetime import UTC, datetime
from pathlib import Path
from benchmarks.generate import generate_documents
from paatosdata.publish.site import Options, publish

n, jobs, site = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
if len(sys.argv) > 4:
    import paatosdata.runner
    paatosdata.runner.IN_FLIGHT = int(sys.argv[4])
marks = {"first": None, "last": None}

def progress(done, total, read):
    now = time.monotonic()
    if marks["first"] is None:
        marks["first"] = now
    marks["last"] = now

start = time.monotonic()
summary = publish(generate_documents(n), site, Options(jobs=jobs, now=datetime(2026, 6, 30, tzinfo=UTC),
                                                      progress=progress))
end = time.monotonic()
print(json.dumps({"start": start, "first": marks["first"], "last": marks["last"], "end": end,
                  "items": summary.coverage.read, "published": summary.coverage.published}))
"""


@dataclass(slots=True)
class Sample:
    """One reading of the tree: monotonic time, then per pid (CPU seconds, runnable seconds per thread)."""

    at: float
    procs: dict[int, tuple[float, dict[int, float]]] = field(default_factory=dict)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return found


def _read(pid: int) -> tuple[float, dict[int, float]] | None:
    """User + system CPU seconds of ``pid`` (its threads' too, ended ones included), and per thread
    the seconds it was runnable (on a CPU or waiting for one)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICK
        runnable: dict[int, float] = {}
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat") as handle:
                    on_cpu, waiting, _slices = handle.read().split()
                runnable[int(tid)] = (int(on_cpu) + int(waiting)) / 1e9
            except OSError:
                continue
    except (OSError, IndexError, ValueError):
        return None
    return cpu, runnable


def _sample(root: int) -> Sample:
    sample = Sample(time.monotonic())
    for pid in [root, *_children(root)]:
        reading = _read(pid)
        if reading is not None:
            sample.procs[pid] = reading
    return sample


def _deltas(a: Sample, b: Sample) -> tuple[float, float, dict[int, float]]:
    """CPU and runnable seconds of the tree between two samples, and the CPU per pid.

    A thread or process that ended between the samples is missed (its last fraction of a second);
    one that began counts whole.
    """
    cpu = runnable = 0.0
    per: dict[int, float] = {}
    for pid, (c, threads) in b.procs.items():
        c0, threads0 = a.procs.get(pid, (0.0, {}))
        per[pid] = c - c0
        cpu += c - c0
        runnable += sum(r - threads0.get(tid, 0.0) for tid, r in threads.items())
    return cpu, runnable, per


def timeline(
    n_items: int, jobs: int, interval: float, cores: int, trace: bool, in_flight: int | None = None
) -> dict[str, Any]:
    """Publish ``n_items`` generated items on ``jobs`` workers in a child process; sample its tree."""
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(n_items), str(jobs), str(site)]
            + ([str(in_flight)] if in_flight is not None else []),
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        launched = time.monotonic()
        samples = [Sample(launched)]
        while child.poll() is None:
            samples.append(_sample(child.pid))
            time.sleep(interval)
        out, _err = child.communicate()
        ended = time.monotonic()
    if child.returncode != 0:
        raise SystemExit(f"the publish failed (exit {child.returncode})")
    marks = json.loads(out.strip().splitlines()[-1])
    bounds = {
        "imports": (launched, marks["start"]),
        "start-up": (marks["start"], marks["first"]),
        "main loop": (marks["first"], marks["last"]),
        "tail": (marks["last"], marks["end"]),
        "exit": (marks["end"], ended),
    }
    root = child.pid
    phases: dict[str, dict[str, float]] = {
        name: {
            "seconds": hi - lo,
            "cpu": 0.0,
            "cpu_main": 0.0,
            "cpu_workers": 0.0,
            "idle_cpu": 0.0,
            "idle_demand": 0.0,
        }
        for name, (lo, hi) in bounds.items()
    }
    lines = []
    for a, b in zip(samples, samples[1:], strict=False):
        cpu, runnable, per = _deltas(a, b)
        dt = b.at - a.at
        mid = (a.at + b.at) / 2
        name = next((k for k, (lo, hi) in bounds.items() if lo <= mid < hi), "exit")
        phase = phases[name]
        phase["cpu"] += cpu
        phase["cpu_main"] += per.get(root, 0.0)
        phase["cpu_workers"] += cpu - per.get(root, 0.0)
        phase["idle_cpu"] += max(0.0, cores * dt - cpu)
        phase["idle_demand"] += max(0.0, cores * dt - runnable)
        if trace:
            workers = " ".join(f"{v / dt:4.2f}" for p, v in sorted(per.items()) if p != root)
            lines.append(
                f"{b.at - launched:7.2f} {name:9} main {per.get(root, 0.0) / dt:4.2f} "
                f"workers {workers}  runnable {runnable / dt:4.2f}"
            )
    total_seconds = marks["end"] - marks["start"]
    result = {
        "items": marks["items"],
        "published": marks["published"],
        "jobs": jobs,
        "cores": cores,
        "seconds": round(total_seconds, 2),
        "items_per_s": round(marks["items"] / total_seconds, 1),
        "in_flight": in_flight,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "phases": {k: {m: round(v, 2) for m, v in p.items()} for k, p in phases.items()},
    }
    if trace:
        result["trace"] = lines
    return result


def pickling(n_items: int, repeat: int = 3) -> dict[str, Any]:
    """Pickled result bytes per item and the CPU of pickling and unpickling them (one process)."""
    from datetime import UTC, datetime

    from paatosdata.config import Config
    from paatosdata.publish.atomic import stage
    from paatosdata.publish.render import DEFAULT_RENDERERS
    from paatosdata.publish.verdict import DEFAULT_VALIDATOR
    from paatosdata.publish.worker import Job, document_payload, process_batch

    documents = list(generate_documents(n_items))
    with tempfile.TemporaryDirectory() as work:
        staging = stage(Path(work) / "site")
        job = Job(
            staging=str(staging.root),
            base=Config().base.rstrip("/"),
            config=Config(),
            now=datetime(2026, 6, 30, tzinfo=UTC).date(),
            personal_data_days=37,
            allow_invalid=False,
            validator=DEFAULT_VALIDATOR,
            renderers=DEFAULT_RENDERERS,
        )
        start = time.process_time()
        payloads = [document_payload(d) for d in documents]
        payload_cpu = time.process_time() - start
        start = time.process_time()
        for payload in payloads:
            pickle.loads(payload)
        payload_load_cpu = time.process_time() - start
        batches = [payloads[i : i + 4] for i in range(0, len(payloads), 4)]
        start = time.process_time()
        results = [process_batch(job, batch) for batch in batches]
        work_cpu = time.process_time() - start
    items = sum(len(r.items) for batch in results for r in batch)
    ntriples = sum(len(i.ntriples) for batch in results for r in batch for i in r.items)
    ntriples += sum(len(m.ntriples) for batch in results for r in batch for m in r.meetings)
    best_dump = best_load = float("inf")
    size = 0
    for _ in range(repeat):
        start = time.process_time()
        blobs = [pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL) for batch in results]
        best_dump = min(best_dump, time.process_time() - start)
        start = time.process_time()
        for blob in blobs:
            pickle.loads(blob)
        best_load = min(best_load, time.process_time() - start)
        size = sum(len(b) for b in blobs)
    return {
        "items": items,
        "worker_cpu_ms_per_item": round(work_cpu / items * 1000, 3),
        "result_bytes_per_item": round(size / items),
        "ntriples_bytes_per_item": round(ntriples / items),
        "pickle_ms_per_item": round(best_dump / items * 1000, 4),
        "unpickle_ms_per_item": round(best_load / items * 1000, 4),
        "payload_bytes_per_item": round(sum(len(p) for p in payloads) / items),
        "payload_pickle_ms_per_item": round(payload_cpu / items * 1000, 4),
        "payload_unpickle_ms_per_item": round(payload_load_cpu / items * 1000, 4),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("items", type=int, nargs="?", default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--cores", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--in-flight", type=int, default=None, help="batches per worker ahead (runner.IN_FLIGHT)"
    )
    parser.add_argument("--trace", action="store_true", help="print the timeline, one line per sample")
    parser.add_argument("--pickle", action="store_true", help="measure result pickling instead")
    args = parser.parse_args(argv)
    if args.pickle:
        print(json.dumps(pickling(args.items), indent=1))
        return
    result = timeline(args.items, args.jobs, args.interval, args.cores, args.trace, args.in_flight)
    for line in result.pop("trace", []):
        print(line)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
