"""One pipeline, three executors: in-process, two local processes and a Dask cluster give the same bytes.

The same batch functions of ``publish`` and ``check`` run with ``--jobs 1``, ``--jobs 2`` and on a
local Dask cluster started here; the dumps, checksums, every file of the site and the check
reports must be byte-identical.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from benchmarks.generate import generate_documents
from paatosdata.checking import CheckOptions, check_documents
from paatosdata.cli import cli
from paatosdata.model import Document
from paatosdata.publish.site import Options, publish
from paatosdata.report import render_json
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow

GENERATED = 60


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a two-worker local Dask cluster (one thread per worker process)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def _sources() -> list[Path | Document]:
    examples: list[Path | Document] = sorted(p for p in EXAMPLES.iterdir() if p.is_file())
    return examples + list(generate_documents(GENERATED))


def _tree(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def _publish(tmp_path: Path, name: str, **how: Any) -> tuple[Path, dict[str, str]]:
    site = tmp_path / name
    summary = publish(_sources(), site, Options(now=datetime(2026, 6, 30, tzinfo=UTC), **how))
    assert summary.coverage.read >= GENERATED
    return site, _tree(site)


def test_publish_is_byte_identical_in_process_on_processes_and_on_dask(
    tmp_path: Path, scheduler: str
) -> None:
    one, tree_one = _publish(tmp_path, "jobs1")
    _two, tree_two = _publish(tmp_path, "jobs2", jobs=2)
    _dask, tree_dask = _publish(tmp_path, "dask", scheduler=scheduler)
    for name in ("paatosdata.nq.gz", "paatosdata.ttl.gz", "SHA256SUMS"):
        assert name in tree_one
        assert tree_one[name] == tree_two[name] == tree_dask[name], name
    assert tree_one == tree_two == tree_dask
    assert sum(1 for rel in tree_one if rel.endswith("/index.ttl")) > GENERATED
    sums = (one / "SHA256SUMS").read_text(encoding="ascii")
    assert hashlib.sha256((one / "paatosdata.nq.gz").read_bytes()).hexdigest() in sums


def test_publish_cli_on_dask_matches_jobs(tmp_path: Path, scheduler: str) -> None:
    runner = CliRunner()
    trees = []
    for name, extra in (("jobs2", ["--jobs", "2"]), ("dask", ["--scheduler", scheduler])):
        site = tmp_path / name
        result = runner.invoke(
            cli, ["publish", str(EXAMPLES), "-o", str(site), "--now", "2026-06-30", *extra]
        )
        assert result.exit_code in (0, 1), result.output
        assert "Published" in result.output
        trees.append(_tree(site))
    assert trees[0] == trees[1]


def test_check_reports_are_identical_in_process_on_processes_and_on_dask(scheduler: str) -> None:
    reports = [
        render_json(check_documents(generate_documents(GENERATED * 3), CheckOptions(batch_size=25, **how)))
        for how in ({}, {"jobs": 2}, {"scheduler": scheduler})
    ]
    assert reports[0] == reports[1] == reports[2]
    data = json.loads(reports[0])
    assert len(data["items"]) == GENERATED * 3
    assert data["findings"], "the generated items hold findings to report"


def test_check_cli_on_dask_matches_jobs(tmp_path: Path, scheduler: str) -> None:
    runner = CliRunner()
    outputs = []
    for how in ([], ["--jobs", "2"], ["--scheduler", scheduler]):
        out = tmp_path / f"report-{len(outputs)}.json"
        result = runner.invoke(cli, ["check", "--format", "json", "-o", str(out), *how, str(EXAMPLES)])
        assert result.exit_code in (0, 1), result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["items"]


def test_an_unreachable_scheduler_is_one_line_and_exit_3(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = CliRunner().invoke(
        cli,
        [
            "check",
            "--scheduler",
            "tcp://127.0.0.1:9",
            str(EXAMPLES / "skarvik-kommunstyrelsen-2026-05-04-67.md"),
        ],
    )
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], result.output


def _square(value: int) -> int:
    return value * value


def _pid(_: object = None) -> int:
    import os

    return os.getpid()


def test_workers_run_extra_work_after_the_last_batch_on_a_worker_process() -> None:
    import os

    from paatosdata.runner import Workers, batched

    with Workers(jobs=2) as workers:
        extra: list[Any] = []
        got = list(
            workers.map_ordered(sum, batched(range(100), 7), lambda: extra.append(workers.submit(_pid)))
        )
        assert got == [sum(b) for b in batched(range(100), 7)]
        assert len(extra) == 1 and extra[0].result() != os.getpid()
        assert workers.submit(_square, 12).result() == 144


def test_in_process_extra_work_runs_when_its_result_is_asked_for() -> None:
    import os

    from paatosdata.runner import Workers

    calls: list[int] = []

    def note(value: int) -> int:
        calls.append(value)
        return value + 1

    with Workers(jobs=1) as workers:
        assert workers.local
        pending = workers.submit(note, 1)
        assert calls == []  # nothing done ahead: an in-process run does no work it did not before
        assert pending.result() == 2 and pending.result() == 2
        assert calls == [1]
        assert workers.submit(_pid).result() == os.getpid()


def test_republishing_on_processes_gives_the_same_feed_and_site(tmp_path: Path) -> None:
    """The feed is written on a worker with ``--jobs 2``: changes and deletions read the same."""
    first = list(generate_documents(40))
    second = first[:20] + list(generate_documents(50))[40:]  # 20 items gone, 10 new
    trees = []
    for jobs in (1, 2):
        site = tmp_path / f"jobs{jobs}"
        for day, docs in ((29, first), (30, second)):
            publish(list(docs), site, Options(jobs=jobs, now=datetime(2026, 6, day, tzinfo=UTC)))
        trees.append(_tree(site))
    assert trees[0] == trees[1]
    feed = [rel for rel in trees[0] if rel.startswith("feed/")]
    assert "feed/state.json" in feed and len(feed) > 2, feed
