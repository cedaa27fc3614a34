"""Queries run in worker processes that can be killed: a runaway query is really stopped.

pyoxigraph evaluates lazily, but a sort, an aggregate or a big join can spend minutes inside one
step before the first row appears, with no way to interrupt it from Python. So every query runs
in a worker process holding the on-disk store open read-only; when the time limit passes, the
worker is killed and a fresh one takes its place. Workers are started with ``spawn`` (never
``fork`` from the threaded server).
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

__all__ = ["Answer", "QueryPool"]

_START_TIMEOUT = 60.0


@dataclass(slots=True)
class Answer:
    """What the server sends back: an HTTP status, a media type and the body."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False


def _error(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _answer(store: Any, query: str, select_format: str, graph_format: str, limit: int | None) -> Answer:
    """Run ``query`` and serialise its result (runs inside a worker)."""
    from paatosdata.errors import PaatosdataError
    from paatosdata.results import MEDIA_TYPES, query_prefixes
    from paatosdata.serve.formats import GRAPH_MEDIA_TYPES
    from paatosdata.store import QueryRefused, QueryTimeout

    try:
        result = store.answer(query, select_format, graph_format, prefixes=query_prefixes(query), limit=limit)
    except QueryRefused as error:
        return _error(403 if "read-only" in error.message else 400, str(error))
    except QueryTimeout as error:
        return _error(503, str(error))
    except PaatosdataError as error:
        return _error(400, str(error))
    media_type = GRAPH_MEDIA_TYPES[graph_format] if result.kind == "graph" else MEDIA_TYPES[select_format]
    return Answer(200, media_type, result.data, result.truncated)


def worker_main(conn: Connection, store_path: str, limit: int | None) -> None:
    """Entry point of a worker process: open the store, then answer queries until told to stop."""
    from paatosdata.errors import PaatosdataError
    from paatosdata.store import QueryStore

    try:
        store = QueryStore.read_only(Path(store_path))
    except PaatosdataError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready", len(store)))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        query, select_format, graph_format = message
        try:
            answer = _answer(store, query, select_format, graph_format, limit)
        except Exception as exc:  # a bug: report it rather than leave the request hanging
            answer = _error(500, f"internal error: {type(exc).__name__}: {exc}")
        conn.send(answer)


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store_path: Path, limit: int | None) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=worker_main, args=(child, str(store_path), limit), daemon=True
        )
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> int:
        """Wait for the worker to open the store; the number of quads it sees."""
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError("a query worker did not start in time")
        status, detail = self.conn.recv()
        if status != "ready":
            self.kill()
            raise RuntimeError(f"a query worker could not open the store: {detail}")
        return int(detail)

    def kill(self) -> None:
        """Stop the process now and reap it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the process to finish, then make sure it has."""
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        self.kill()


class QueryPool:
    """A fixed number of query workers over one on-disk store, with a per-query time limit."""

    def __init__(
        self, store_path: Path, size: int = 2, timeout: float = 10.0, limit: int | None = None
    ) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self.limit = limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starters: list[threading.Thread] = []
        workers = [_Worker(store_path, limit) for _ in range(max(1, size))]
        try:
            counts = [w.wait_ready(_START_TIMEOUT) for w in workers]
        except RuntimeError:
            for worker in workers:
                worker.kill()
            raise
        self.quads = counts[0]
        for worker in workers:
            self._all.add(worker)
            self._idle.put(worker)

    def _replace(self, dead: _Worker) -> None:
        """Start a worker in place of ``dead`` (in the background: the client is not kept waiting)."""
        with self._lock:
            self._all.discard(dead)

        def start() -> None:
            try:
                worker = _Worker(self.store_path, self.limit)
                worker.wait_ready(_START_TIMEOUT)
            except (RuntimeError, OSError, EOFError, ValueError):
                return  # the pool has one worker fewer; the others keep answering
            with self._lock:
                if self._closed:
                    worker.stop()
                    return
                self._all.add(worker)
            self._idle.put(worker)

        starter = threading.Thread(target=start, name="paatosdata-worker-start", daemon=True)
        with self._lock:
            self._starters = [t for t in self._starters if t.is_alive()] + [starter]
        starter.start()

    def run(self, query: str, select_format: str, graph_format: str) -> Answer:
        """Answer ``query`` within the time limit, or 503 with a message when it is exceeded."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return _error(503, "the server is busy: every query worker is taken; try again shortly")
        try:
            worker.conn.send((query, select_format, graph_format))
            remaining = max(0.0, deadline - time.monotonic())
            if not worker.conn.poll(remaining):
                worker.kill()
                self._replace(worker)
                return _error(
                    503,
                    f"the query took longer than {self.timeout:g} s and was stopped "
                    "(narrow it, add a LIMIT, or ask for a longer --timeout)",
                )
            answer: Answer = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            self._replace(worker)
            return _error(500, "the query worker stopped unexpectedly")
        self._idle.put(worker)
        return answer

    def close(self) -> None:
        """Stop every worker (waiting for replacements still starting)."""
        with self._lock:
            self._closed = True
            starters = list(self._starters)
        for starter in starters:
            starter.join(_START_TIMEOUT)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
