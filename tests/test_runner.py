"""The same batch function gives the same ordered results in-process, on processes and on Dask."""

from __future__ import annotations

import hashlib

import pytest

from paatosdata.runner import batched, map_ordered


def digest(batch: list[int]) -> str:
    """A deterministic, picklable batch function."""
    return hashlib.sha256(",".join(map(str, batch)).encode()).hexdigest()


BATCHES = list(batched(range(1000), 37))


def test_batched_keeps_everything_in_order() -> None:
    assert [x for b in BATCHES for x in b] == list(range(1000))
    assert all(len(b) == 37 for b in BATCHES[:-1])


def test_processes_match_in_process() -> None:
    expected = [digest(b) for b in BATCHES]
    assert list(map_ordered(digest, BATCHES, jobs=1)) == expected
    assert list(map_ordered(digest, BATCHES, jobs=2)) == expected


@pytest.mark.slow
def test_dask_cluster_matches_in_process() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        got = list(map_ordered(digest, BATCHES, scheduler=cluster.scheduler_address))
    assert got == [digest(b) for b in BATCHES]


def test_unreachable_scheduler_is_an_environment_error() -> None:
    pytest.importorskip("distributed")
    from paatosdata.errors import EnvironmentProblem

    with pytest.raises(EnvironmentProblem, match="cannot reach"):
        list(map_ordered(digest, BATCHES, scheduler="tcp://127.0.0.1:9"))
