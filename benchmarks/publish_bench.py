"""Benchmark of ``paatosdata publish``: N generated items (no validation), items/s and peak memory.

Run: ``python -m benchmarks.publish_bench 10000 100000 --jobs 2``. Each size runs in a fresh
process so that its peak resident memory (``ru_maxrss`` of the publishing process, ``peak_mb``, and
of the largest of its workers, ``worker_peak_mb``) is its own. ``cpu_ms_per_item`` is the CPU time
the publishing process spent per item (the serial part, which wall-clock items/s on a loaded machine
hides); ``--main-only`` replays worker results to time that process alone. The load average is
printed beside each size, and the last line gives the ratios of the largest size to the smallest
(memory should stay flat: a ratio near 1).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

ITEMS_PER_MEETING = 10


def documents(count: int) -> Iterator[object]:
    """Whole minutes of ten items each, shaped like the examples, for ``count`` items."""
    from paatosdata.model import (
        Body,
        Document,
        DocumentKind,
        Item,
        Meeting,
        Municipality,
        Outcome,
        Participant,
        Person,
        Section,
    )

    bodies = ["Kunnanhallitus", "Tekninen lautakunta", "Sivistyslautakunta", "Ympäristölautakunta"]
    people = [Participant(Person(f"Jäsen {i}", group="Ryhmä"), "jäsen") for i in range(9)]
    made = 0
    meeting_no = 0
    while made < count:
        meeting_no += 1
        body = bodies[meeting_no % len(bodies)]
        day = date(2020, 1, 1) + timedelta(days=meeting_no)
        items = []
        for n in range(min(ITEMS_PER_MEETING, count - made)):
            number = str(n + 1)
            text = f"Asian {number} selostus kokouksessa {meeting_no}. " * 20
            items.append(
                Item(
                    number=number,
                    number_raw=f"§ {number}",
                    title=f"Asia {meeting_no}-{number}",
                    proposal="Lautakunta hyväksyy esityksen.",
                    decision="Hyväksyttiin.",
                    outcome=Outcome.APPROVED,
                    sections=[Section("reasons", "Selostus", text)],
                )
            )
        made += len(items)
        yield Document(
            kind=DocumentKind.MINUTES,
            meeting=Meeting(
                Body(body),
                day,
                Municipality("Esimerkkilä"),
                number=f"{meeting_no}/2020",
                participants=list(people),
            ),
            items=items,
            whole=True,
        )


def replayed_results(count: int, staging: str) -> Iterator[object]:
    """Worker results for ``count`` items without running the workers: one real minutes is rendered
    once, and its results are given again under a new date (so new IRIs) for every meeting.

    The replayed results carry no dump plan (a plan names its graph's IRIs), so the dumps take them
    the general way: this times the publishing process as it was before the workers planned.
    """
    import dataclasses

    from paatosdata.config import Config
    from paatosdata.publish.render import DEFAULT_RENDERERS
    from paatosdata.publish.worker import Job, process

    template = next(iter(documents(ITEMS_PER_MEETING)))
    job = Job(
        staging,
        "https://example.org",
        Config(base="https://example.org"),
        date(2026, 1, 1),
        37,
        False,
        None,
        DEFAULT_RENDERERS,
    )
    model = process(job, template)  # type: ignore[arg-type]
    old = model.meetings[0].date
    for meeting_no in range(count // ITEMS_PER_MEETING):
        new = (date(1950, 1, 1) + timedelta(days=meeting_no)).isoformat()

        def swap(text: str, new: str = new) -> str:
            return text.replace(old, new)

        items = [
            dataclasses.replace(
                item,
                iri=swap(item.iri),
                rel=swap(item.rel),
                date=new,
                meeting=swap(item.meeting),
                digest=f"{meeting_no}-{n}",
                ntriples=item.ntriples.replace(old.encode(), new.encode()),
                plan=None,  # the worker's plan names the template's IRIs: the general way here
            )
            for n, item in enumerate(model.items)
        ]
        meetings = [
            dataclasses.replace(
                m,
                iri=swap(m.iri),
                rel=swap(m.rel),
                date=new,
                items=[(a, b, swap(c)) for a, b, c in m.items],
                digest=str(meeting_no),
                ntriples=m.ntriples.replace(old.encode(), new.encode()),
                plan=None,
            )
            for m in model.meetings
        ]
        yield dataclasses.replace(model, path=f"replay-{meeting_no}", items=items, meetings=meetings)


def run_one(count: int, jobs: int, main_only: bool = False) -> dict[str, float]:
    """Publish ``count`` items once in this process and measure.

    With ``main_only`` the workers are not run: their results for ``count`` items are replayed
    (see :func:`replayed_results`), which measures the publishing process alone.
    """
    from paatosdata.publish import site as publishing
    from paatosdata.publish.site import Options, publish

    with tempfile.TemporaryDirectory() as tmp:
        if main_only:
            replay = partial(replayed_results, count, tmp)

            def results(*args: object, then: object = None) -> Iterator[object]:
                # the results of every batch, then (as when the last batch is handed out) ``then()``
                hand_out = args[4] if len(args) > 4 else then
                if callable(hand_out):
                    hand_out()
                yield from replay()

            publishing._results = results  # type: ignore[assignment]
        before = resource.getrusage(resource.RUSAGE_SELF)
        cpu_before = before.ru_utime + before.ru_stime
        start = time.perf_counter()
        summary = publish(
            documents(count),
            Path(tmp) / "site",
            Options(validator=None, jobs=jobs, now=datetime(2026, 1, 1, tzinfo=UTC)),
        )
        seconds = time.perf_counter() - start
        # taken before the temporary folder is removed: removing the site is no part of publishing
        usage = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    own, children = usage.ru_maxrss / 1024, workers.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    return {
        "items": summary.coverage.published,
        "seconds": round(seconds, 2),
        "items_per_s": round(summary.coverage.published / seconds, 1),
        "peak_mb": round(own, 1),
        "worker_peak_mb": round(children, 1),
        # CPU time of the publishing process itself: what the serial part costs, whatever the load
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_item": round(1000 * cpu / max(1, summary.coverage.published), 3),
        "worker_cpu_s": round(workers.ru_utime + workers.ru_stime, 2),
        "triples": summary.stats.triples,
    }


def main() -> None:
    """Run each size in its own process and print one JSON line per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--main-only",
        action="store_true",
        help="replay worker results instead of running the workers: the publishing process alone",
    )
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.sizes[0], args.jobs, args.main_only)))
        return
    extra = ["--main-only"] if args.main_only else []
    results: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        load_before = os.getloadavg()[0]
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.publish_bench",
                str(size),
                "--jobs",
                str(args.jobs),
                "--one",
                *extra,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        results[size] = json.loads(out.stdout)
        results[size]["load_before"] = round(load_before, 2)
        results[size]["load_after"] = round(os.getloadavg()[0], 2)
        print(f"{size}: {json.dumps(results[size])}", flush=True)
    if len(results) > 1:
        small, large = results[min(results)], results[max(results)]
        ratios = {
            key: round(large[key] / small[key], 2)
            for key in ("peak_mb", "worker_peak_mb", "items_per_s", "cpu_ms_per_item")
            if small.get(key)
        }
        print(f"{max(results)}/{min(results)}: {json.dumps(ratios)}", flush=True)


if __name__ == "__main__":
    main()
