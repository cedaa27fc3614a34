"""Run one pure batch function three ways: in-process, on local worker processes, or on Dask.

The pipeline hands each task a batch (a list of inputs) and gets the results back **in the
order of the batches**, whichever way it ran, so the merged outputs are byte-identical:

* ``jobs=1`` and no scheduler: in this process (no pickling, easiest to debug);
* ``jobs=N``: a ``concurrent.futures.ProcessPoolExecutor`` with N workers (shapes and other
  per-process state are loaded once per worker by the batch function's own cache);
* ``scheduler="tcp://host:port"``: a Dask distributed cluster (``pip install paatosdata[scale]``);
  the same function and batches are submitted with ``Client.map``.

At most ``IN_FLIGHT × workers`` batches are in flight, so memory stays flat however long the input.
:class:`Workers` keeps the processes (or the Dask client) for a whole run, so that work other than
the batches can go to a worker left idle after the last batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

from paatosdata.errors import EnvironmentProblem

__all__ = ["IN_FLIGHT", "Pending", "Workers", "batched", "default_jobs", "map_ordered"]

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

#: Batches submitted per worker ahead of the one awaited: a worker that finishes early finds the
#: next batch queued while this process is busy with an earlier result
IN_FLIGHT = 2


def default_jobs() -> int:
    """The number of usable cores."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class Pending(Protocol[R_co]):
    """A task handed to :meth:`Workers.submit`: ``result()`` waits for its value (or raises)."""

    def result(self) -> R_co: ...


class _Deferred(Generic[R]):
    """A task of an in-process run: done when its result is first asked for, where it was before."""

    def __init__(self, func: Callable[..., R], args: tuple[Any, ...]) -> None:
        self.func, self.args = func, args
        self.done = False
        self.value: R | None = None

    def result(self) -> R:
        if not self.done:
            self.value, self.done = self.func(*self.args), True
        return self.value  # type: ignore[return-value]


class Workers:
    """Where the batches of one run go: this process, ``jobs`` local processes, or a Dask cluster.

    A context manager: the processes (or the client) live until its end, so that after the last
    batch a worker left idle can take other work handed to :meth:`submit` while this process goes
    on. ``in_flight`` batches per worker are submitted ahead of the one awaited.
    """

    def __init__(self, jobs: int = 1, scheduler: str | None = None, in_flight: int | None = None) -> None:
        self.jobs, self.scheduler = jobs, scheduler
        self.in_flight = max(1, IN_FLIGHT if in_flight is None else in_flight)
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None
        self.workers = 1

    @property
    def local(self) -> bool:
        """True when every task runs in this process (nothing is pickled)."""
        return self.jobs <= 1 and not self.scheduler

    def __enter__(self) -> Workers:
        if self.scheduler:
            self._client = _dask_client(self.scheduler)
            try:
                self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))
            except BaseException:
                self._client.close()
                raise
        elif self.jobs > 1:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
            self.workers = self.jobs
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=error is not None)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def submit(self, func: Callable[..., R], *args: Any) -> Pending[R]:
        """Run ``func(*args)`` on a worker; in-process, when its result is asked for."""
        if self._pool is not None:
            return self._pool.submit(func, *args)
        if self._client is not None:
            future: Pending[R] = self._client.submit(func, *args, pure=False)
            return future
        return _Deferred(func, args)

    def map_ordered(
        self, func: Callable[[T], R], tasks: Iterable[T], then: Callable[[], object] | None = None
    ) -> Iterator[R]:
        """``func(task)`` for every task, yielded in task order; ``then()`` once every task is handed out."""
        if self.local:
            for task in tasks:
                yield func(task)
            if then is not None:
                then()
            return
        pending: deque[Pending[R]] = deque()
        window = self.in_flight * self.workers
        for task in tasks:
            pending.append(self.submit(func, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        if then is not None:
            then()
        while pending:
            yield pending.popleft().result()


def map_ordered(
    func: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[R]:
    """``func(task)`` for every task, yielded in task order, on the chosen executor."""
    with Workers(jobs, scheduler) as workers:
        yield from workers.map_ordered(func, tasks)


def _dask_client(scheduler: str) -> Any:
    try:
        import distributed
    except ImportError:  # pragma: no cover - depends on the installation
        raise EnvironmentProblem(
            "running on a Dask cluster needs the 'distributed' package",
            hint="pip install 'paatosdata[scale]'",
        ) from None
    make_client: Any = distributed.Client  # untyped third-party API, kept to this function
    try:
        return make_client(scheduler, timeout="10s")
    except OSError as exc:
        raise EnvironmentProblem(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
