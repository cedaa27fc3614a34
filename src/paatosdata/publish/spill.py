"""Bounded-memory building blocks for the publishing process: an external sort and a compact key set.

:class:`SortedSpill` takes records in any order and gives them back sorted, holding at most
``run_size`` records in memory: full runs are sorted and pickled to temporary files, and the runs
are merged (at most ``_FANIN`` at a time, a few chunks of each in memory) with :func:`heapq.merge`,
or, for records sorted without a key, a batch at a time with :func:`merged` (same order, far fewer
steps in Python).
:class:`KeySet` remembers a set of strings in 8 bytes each (sorted arrays of 64-bit digests, :func:`digest`),
for membership tests over every published resource.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import pickle
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import IO, Any, Generic, TypeVar

__all__ = ["RUN_SIZE", "KeySet", "SortedSpill", "Tape", "digest", "read_tape", "unique"]

T = TypeVar("T")
#: Records sorted in memory before a run is written to disk
RUN_SIZE = 20_000


#: Records pickled together (each chunk is a pickle of its own, read back with a fresh memo); a merge
#: holds one chunk per run it reads
_CHUNK = 128
#: Runs merged at once: this many runs of one size become one run of the next size, so a final merge
#: reads from at most (_FANIN - 1) runs per size
_FANIN = 16


def pickled_chunks(handle: IO[bytes]) -> Iterator[Any]:
    """The values of the pickled chunks (lists) from where ``handle`` stands to its end."""
    while True:
        try:
            chunk = pickle.load(handle)
        except EOFError:
            return
        yield from chunk


def _read(handle: IO[bytes]) -> Iterator[Any]:
    handle.seek(0)
    return pickled_chunks(handle)


def _chunks(handle: IO[bytes]) -> Iterator[list[Any]]:
    """The pickled chunks (lists) of ``handle``, from its start."""
    handle.seek(0)
    while True:
        try:
            yield pickle.load(handle)
        except EOFError:
            return


#: Chunks a run of :func:`merged` reads at once: what a merge of many runs holds (a merge of 16 runs
#: of ledger records held about 11 MB reading 8 chunks at once), and no slower for being small
_READ_AHEAD = 2


def merged(runs: list[Iterator[list[Any]]]) -> Iterator[list[Any]]:
    """What :func:`heapq.merge` gives for sorted runs (without a key), each run given as its chunks;
    in sorted batches (lists).

    Taken a batch at a time rather than a record at a time: every record below the smallest last
    record read of the runs not read to their end is read already; those are sorted together (a
    stable sort of runs laid end to end, done in C) and given out. Equal records come out as from
    :func:`heapq.merge`, by run and then in their order: a run whose last record read equals that
    smallest one reads on past it first, so that every record equal to one given out is read.
    """
    buffers: list[list[Any]] = [[] for _ in runs]
    sources: list[Iterator[list[Any]] | None] = list(runs)

    def read(n: int) -> None:
        source = sources[n]
        assert source is not None
        for taken, chunk in enumerate(source, 1):
            buffers[n].extend(chunk)
            if taken >= _READ_AHEAD:
                return
        sources[n] = None

    def smallest_last() -> Any:
        lasts = [buffers[n][-1] for n, source in enumerate(sources) if source is not None]
        return min(lasts) if lasts else None

    for n in range(len(runs)):
        while sources[n] is not None and not buffers[n]:
            read(n)
    while True:
        bound = smallest_last()
        if bound is None:
            break
        for n in range(len(runs)):
            while sources[n] is not None and not buffers[n][-1] > bound:
                read(n)
        bound = smallest_last()
        if bound is None:
            break
        batch: list[Any] = []
        for buffer in buffers:
            cut = bisect_left(buffer, bound)
            if cut:
                batch += buffer[:cut]
                del buffer[:cut]
        if batch:
            batch.sort()
            yield batch
    # every run read to its end
    rest = [record for buffer in buffers for record in buffer]
    if rest:
        rest.sort()
        yield rest


class SortedSpill(Generic[T]):
    """Records added in any order, read back once in sorted order (by ``key``, stable for equal keys)."""

    def __init__(
        self, key: Callable[[T], Any] | None = None, run_size: int = RUN_SIZE, chunk: int = _CHUNK
    ) -> None:
        self.key = key
        self.run_size = max(1, run_size)
        self.chunk = max(1, chunk)  # records pickled together: what a run being merged holds in memory
        self.buffer: list[T] = []
        self.runs: list[tuple[int, IO[bytes]]] = []  # (level, file), oldest first
        self.count = 0

    def add(self, record: T) -> None:
        """Add one record."""
        self.buffer.append(record)
        self.count += 1
        if len(self.buffer) >= self.run_size:
            self._spill()

    def extend(self, records: Iterable[T]) -> None:
        """Add several records."""
        before = len(self.buffer)
        self.buffer.extend(records)
        self.count += len(self.buffer) - before
        if len(self.buffer) >= self.run_size:
            self._spill()

    def _write(self, records: Iterable[T]) -> IO[bytes]:
        handle = tempfile.TemporaryFile()
        chunk: list[T] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= self.chunk:
                pickle.dump(chunk, handle, protocol=pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            pickle.dump(chunk, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return handle

    def _spill(self) -> None:
        self.buffer.sort(key=self.key)
        self.runs.append((0, self._write(self.buffer)))
        self.buffer = []
        # the newest _FANIN runs of one level become one run of the next level (order is kept)
        while len(self.runs) >= _FANIN and len({level for level, _ in self.runs[-_FANIN:]}) == 1:
            group = self.runs[-_FANIN:]
            del self.runs[-_FANIN:]
            merged = self._write(self._merge([run for _, run in group]))
            for _, run in group:
                run.close()
            self.runs.append((group[0][0] + 1, merged))

    def _merge(self, runs: list[IO[bytes]]) -> Iterator[T]:
        """The records of sorted ``runs`` merged (stable: equal records by run, then in order)."""
        if self.key is None:
            return chain.from_iterable(merged([_chunks(run) for run in runs]))
        return heapq.merge(*map(_read, runs), key=self.key)

    def batches(self) -> Iterator[list[T]]:
        """:meth:`__iter__` in sorted lists of records (for records sorted without a key)."""
        assert self.key is None, "batches() is for records sorted without a key"
        self.buffer.sort()
        if not self.runs:
            buffer, self.buffer = self.buffer, []
            if buffer:
                yield buffer
            return
        if self.buffer:
            self._spill()
        try:
            yield from merged([_chunks(run) for _, run in self.runs])
        finally:
            self.close()

    def __iter__(self) -> Iterator[T]:
        """Every record, sorted; the spill is emptied as it is read."""
        self.buffer.sort(key=self.key)
        if not self.runs:
            buffer, self.buffer = self.buffer, []
            yield from buffer
            return
        if self.buffer:
            self._spill()
        try:
            yield from self._merge([run for _, run in self.runs])
        finally:
            self.close()

    def close(self) -> None:
        """Remove the run files."""
        for _, run in self.runs:
            run.close()
        self.runs = []
        self.buffer = []


def unique(records: Iterable[T]) -> Iterator[T]:
    """Sorted ``records`` without repeats."""
    previous: object = object()
    for record in records:
        if record != previous:
            yield record
            previous = record


#: KeySet digests are grouped by their top byte
_BUCKETS, _BUCKET_SHIFT = 256, 56
_MASK = (1 << 64) - 1


def digest(key: bytes) -> int:
    """The 64-bit digest of ``key`` that :class:`KeySet` keeps: the interpreter's own hash of bytes
    (SipHash-1-3, under a key drawn at random for each process unless ``PYTHONHASHSEED`` fixes it).

    Computed in C without an object of its own, several times faster than a :mod:`hashlib` digest; the
    same only within one process, and never stored or compared across processes.
    """
    return hash(key) & _MASK


class KeySet:
    """A set of byte strings kept as sorted 64-bit digests (8 bytes per key).

    The digests are kept in 256 arrays by their top byte, each sorted on its own when first looked
    into, so sorting never needs more than a 256th of the keys as Python integers at once.
    Two distinct keys collide with a probability of about n²/2⁶⁵ (≈ 3·10⁻¹⁰ for a million keys); the
    digest's key is drawn anew for each process, so no input can choose keys that collide.
    """

    def __init__(self, keys: Iterable[bytes] = ()) -> None:
        self.buckets = [array("Q") for _ in range(_BUCKETS)]
        self.unsorted: set[int] = set()
        for key in keys:
            self.add(key)

    def add(self, key: bytes) -> None:
        """Add one key."""
        value = hash(key) & _MASK  # digest(key), inline: one call per published resource
        bucket = value >> _BUCKET_SHIFT
        self.buckets[bucket].append(value)
        self.unsorted.add(bucket)

    def __len__(self) -> int:
        return sum(map(len, self.buckets))

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, bytes):
            return False
        value = hash(key) & _MASK
        bucket = value >> _BUCKET_SHIFT
        keys = self.buckets[bucket]
        if bucket in self.unsorted:
            keys = self.buckets[bucket] = array("Q", sorted(keys))
            self.unsorted.discard(bucket)
        at = bisect_left(keys, value)
        return at < len(keys) and keys[at] == value

    def any_of(self, values: Iterable[int]) -> bool:
        """Whether any of the digests ``values`` (each a key's :func:`digest`) is one of this set's keys."""
        wanted = set(values)
        return bool(wanted) and any(not wanted.isdisjoint(keys) for keys in self.buckets)


class Tape(Generic[T]):
    """Records written once, in order, to a temporary file and read back once in the same order.

    A ``named`` tape's file has a name, so that another process on this machine can read it once
    it is sealed (:meth:`seal`, then :func:`read_tape`).
    """

    def __init__(self, chunk: int = _CHUNK, named: bool = False) -> None:
        self.path: str | None = None
        if named:
            handle = tempfile.NamedTemporaryFile(prefix="paatosdata-tape-", delete=False)  # noqa: SIM115
            self.handle: IO[bytes] = handle
            self.path = handle.name
        else:
            self.handle = tempfile.TemporaryFile()
        self.chunk = max(1, chunk)
        self.buffer: list[T] = []

    def add(self, record: T) -> None:
        """Append one record."""
        self.buffer.append(record)
        if len(self.buffer) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        pickle.dump(self.buffer, self.handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.buffer = []

    def __iter__(self) -> Iterator[T]:
        """Every record, in the order added; the file is removed once read."""
        if self.buffer:
            self._flush()
        try:
            yield from _read(self.handle)
        finally:
            self.close()

    def seal(self) -> str:
        """Write what is buffered and close a named tape; the path of its file, which the caller
        reads (:func:`read_tape`) and removes."""
        assert self.path is not None, "seal() is for a named tape"
        if self.buffer:
            self._flush()
        self.handle.close()
        path, self.path = self.path, None
        return path

    def close(self) -> None:
        """Remove the file unread."""
        self.buffer = []
        self.handle.close()
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


def read_tape(path: str) -> Iterator[Any]:
    """The records of a sealed tape's file at ``path``, in their order (the file is left in place)."""
    with open(path, "rb") as handle:
        yield from pickled_chunks(handle)
