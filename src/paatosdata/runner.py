"""Run one pure batch function three ways: in-process, on local worker processes, or on Dask.

The pipeline hands each task a batch (a list of inputs) and gets the results back **in the
order of the batches**, whichever way it ran, so the merged outputs are byte-identical:

* ``jobs=1`` and no scheduler: in this process (no pickling, easiest to debug);
* ``jobs=N``: a ``concurrent.futures.ProcessPoolExecutor`` with N workers (shapes and other
  per-process state are loaded once per worker by the batch function's own cache);
* ``scheduler="tcp://host:port"``: a Dask distributed cluster (``pip install paatosdata[scale]``);
  the same function and batches are submitted with ``Client.map``.

At most ``2 × workers`` batches are in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

from paatosdata.errors import EnvironmentProblem

__all__ = ["batched", "default_jobs", "map_ordered"]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of usable cores."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def map_ordered(
    func: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[R]:
    """``func(task)`` for every task, yielded in task order, on the chosen executor."""
    if scheduler:
        yield from _map_dask(func, tasks, scheduler)
    elif jobs <= 1:
        for task in tasks:
            yield func(task)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from _bounded(pool.submit, func, tasks, 2 * jobs)


def _bounded(
    submit: Callable[..., Any], func: Callable[[T], R], tasks: Iterable[T], window: int
) -> Iterator[R]:
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(func, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _map_dask(func: Callable[[T], R], tasks: Iterable[T], scheduler: str) -> Iterator[R]:
    try:
        import distributed
    except ImportError:  # pragma: no cover - depends on the installation
        raise EnvironmentProblem(
            "running on a Dask cluster needs the 'distributed' package",
            hint="pip install 'paatosdata[scale]'",
        ) from None
    make_client: Any = distributed.Client  # untyped third-party API, kept to this function
    try:
        client = make_client(scheduler, timeout="10s")
    except OSError as exc:
        raise EnvironmentProblem(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(f: Callable[[T], R], task: T) -> Any:
            return client.submit(f, task, pure=False)

        yield from _bounded(submit, func, tasks, 2 * workers)
    finally:
        client.close()
