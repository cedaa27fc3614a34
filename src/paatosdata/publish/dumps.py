"""The bulk downloads: gzip N-Quads (one named graph per resource) and gzip Turtle (the union).

Both are written streaming: N-Quads graph by graph, Turtle statement by statement, so no
whole-corpus graph is ever held. A graph's own Turtle statements are cut from the resource's
``index.ttl`` (written by the same serializer with the same prefixes, subject by subject in the
order of its N-Triples) rather than parsed and serialised again; where that file cannot be used
the kept N-Triples go through pyoxigraph's serializer as before, which gives the same bytes.

The union drops duplicate triples: a triple whose subject lives under the IRI of the graph it
came from is that graph's own and is written as is; a triple about another published resource is
left to that resource's own graph; any other triple (about a body, a person, a meeting…) is
shared: shared triples are spilled to sorted runs on disk and written once each, after the
graphs' own triples, so memory stays bounded however many graphs share them. The counts the VoID
description states are taken here, on exactly the triples written.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import heapq
import os
import queue
import re
import tempfile
import threading
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import IO, NamedTuple, cast

import pyoxigraph as ox
from zlib_ng import gzip_ng

from paatosdata.publish.rdfwrite import RESOURCE_PREFIXES as PREFIXES
from paatosdata.publish.redact import HETU_MASK
from paatosdata.publish.spill import RUN_SIZE, KeySet, SortedSpill, Tape, digest
from paatosdata.statistics import decision_keys

__all__ = [
    "DUMP_NQ",
    "DUMP_TTL",
    "DumpFile",
    "DumpStats",
    "DumpWriter",
    "GraphPlan",
    "LearntOwners",
    "Misses",
    "cut_statements",
    "gzip_writer",
    "plan_graph",
    "sha256_file",
    "write_dumps",
]

DUMP_NQ = "paatosdata.nq.gz"
DUMP_TTL = "paatosdata.ttl.gz"
#: Subjects whose owner is remembered, and shared blocks remembered per generation, before forgetting
_CACHE = 1 << 14
#: Subjects outside the graph being written remembered as having no owner, before forgetting
_OUTSIDE = 1 << 12
#: queued to a background writer: flush the sink there (a bytes object of its own, told by identity)
_FLUSH = bytes(bytearray(b"flush"))
# The patterns repeat possessively (``++``, ``*+``): what follows each repeat can never match what it
# gave back, so they match what greedy repeats match, without keeping the state to go back.
#: A run of lines with the same subject (group 1)
_BLOCK = re.compile(rb"(\S++) [^\n]*+\n(?:\1 [^\n]*+\n)*+")
#: the predicate and the rdf:type class of each line, matched from the line break before it (a
#: pattern that starts with a literal byte is searched for quickly; "^" under MULTILINE is tried at
#: every position)
_PREDICATE = re.compile(rb"\n\S++ (\S++) ")
_CLASS = re.compile(rb"\n\S++ <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> (<[^>\n]*+>)")
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#: Turtle statements as pyoxigraph writes them: a line, then the lines that go on with a tab
_STATEMENT = re.compile(rb"[^\n]*+\n(?:\t[^\n]*+\n)*+")
#: gzip level of the N-Quads dump (zlib-ng): 2 compresses it about 4× faster than the standard library's
#: zlib did at 3, for files about 17 % larger. Levels 1, 4, 5 and 6 of zlib-ng give bytes that depend on
#: how the input is cut into writes; 2, 3 and 7–9 do not (tested), which the writing threads rely on.
NQ_LEVEL = 2
#: gzip level of the Turtle dump (zlib-ng): a little smaller than the standard library's 6, and faster
TTL_LEVEL = 7
#: Shared lines sorted in memory before a run goes to disk
SHARED_RUN = RUN_SIZE
#: Bytes gathered before they are handed to a dump's writing thread
WRITE_CHUNK = 1 << 18
#: Graphs taken by their plans whose predicates and classes are counted together
_PLANS_COUNTED = 256
#: Bytes a write to a dump's thread holds on average, at least, to be written on its own (not joined)
_LARGE_WRITE = 4096


@dataclass(slots=True)
class DumpFile:
    """One written dump: its name, size, checksum and how many statements it holds."""

    name: str
    media_type: str
    byte_size: int
    sha256: str
    statements: int


@dataclass(slots=True)
class DumpStats:
    """Statistics of the union graph, for VoID."""

    triples: int = 0
    quads: int = 0
    graphs: int = 0
    entities: int = 0
    subjects: int = 0
    properties: Counter[str] = field(default_factory=Counter)
    classes: Counter[str] = field(default_factory=Counter)
    files: list[DumpFile] = field(default_factory=list)


def gzip_writer(raw: IO[bytes], level: int) -> gzip.GzipFile:
    """A gzip stream without a timestamp or file name, so equal content gives equal bytes.

    ``level`` is :data:`NQ_LEVEL` or :data:`TTL_LEVEL` (or another level whose bytes do not depend on
    how the input is cut into writes; see :data:`NQ_LEVEL`).

    Compressed with zlib-ng, which deflates the dumps faster than the standard library's zlib (about
    4× at the N-Quads dump's level, 1.4× at the Turtle dump's, where it also gives a smaller file)
    and takes their CRC-32 about 4× faster. Any gzip reader reads them; their compressed bytes are
    those of the installed zlib-ng build (the same for the same input with the same build).
    """
    # zlib-ng's GzipFile subclasses the standard one and takes the same arguments, unannotated
    stream: gzip.GzipFile = gzip_ng.GzipFile(  # type: ignore[no-untyped-call]
        filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=level
    )
    return stream


class _Background:
    """Writes to ``sink`` in a thread through a bounded queue: zlib compresses without holding the
    GIL, so each dump is compressed while this process goes on with the next graph.

    Writes are gathered into pieces of about ``chunk`` bytes before they are queued: a queued piece
    wakes the thread, and a graph at a time that is several thousand hand-overs per thousand items.
    Large writes (a graph's N-Quads) are queued as a list and written one by one, since joining
    them would copy every byte once more; small ones (Turtle statements) are joined, as a write
    each would cost more than the copy. Deflate gives the same bytes however its input is cut.
    """

    def __init__(
        self, sink: IO[bytes] | gzip.GzipFile, name: str = "dump-writer", chunk: int = WRITE_CHUNK
    ) -> None:
        self.sink = sink
        self.queue: queue.Queue[list[bytes] | bytes | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.chunk = chunk
        self.pending: list[bytes] = []
        self.size = 0
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            if self.error is None:
                try:
                    if data is _FLUSH:
                        self.sink.flush()
                    elif isinstance(data, list):
                        write = self.sink.write
                        for piece in data:
                            write(piece)
                    else:
                        self.sink.write(data)
                except BaseException as exc:  # handed to the writing thread by close()
                    self.error = exc

    def write(self, data: bytes) -> None:
        """Queue ``data`` (raises what an earlier write raised)."""
        self.pending.append(data)
        self.size += len(data)
        if self.size >= self.chunk:
            self._put()

    def _put(self) -> None:
        if self.error is not None:
            raise self.error
        pending = self.pending
        if pending:
            large = self.size >= _LARGE_WRITE * len(pending)
            data = pending[0] if len(pending) == 1 else pending if large else b"".join(pending)
            self.pending, self.size = [], 0
            self.queue.put(data)

    def flush(self) -> None:
        """Queue a flush of the sink, in its place among the writes."""
        self._put()
        self.queue.put(_FLUSH)

    def close(self) -> None:
        """Wait until everything queued is written; raise what a write raised."""
        if self.error is None:
            self._put()
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Hashed:
    """A file being written, with the SHA-256 and the size of what went through (so that a dump's
    checksum is taken by its writing thread as it is written, not by reading the file again)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


class _Owners:
    """Which published resource a subject IRI lives under, remembered for recent IRIs.

    ``missed``, when given, is told the IRIs looked for in ``owners`` and not found on the way to
    an owner found further up (see :class:`Misses`).
    """

    def __init__(self, owners: Container[bytes], missed: Callable[[bytes], None] | None = None) -> None:
        self.owners = owners
        self.missed = missed
        self.cache: dict[bytes, bytes] = {}
        self.unowned: set[bytes] = set()
        self.outer: set[bytes] = set()  # see outside()

    def known(self, iri: bytes) -> None:
        """Remember that ``iri`` (no fragment) is in ``owners``: what looking it up would find."""
        if len(self.cache) >= _CACHE:
            self.cache.clear()
        self.cache[iri] = iri

    def forget_unowned(self) -> None:
        """Forget which IRIs had no owner (``owners`` has grown)."""
        self.unowned = set()

    def outside(self, subject: bytes) -> bool:
        """Whether ``subject`` had no owner when last looked up (None from :meth:`__call__`).

        For subjects outside the graph being written only: an owner learnt since can make them
        another resource's, never the graph's own, and lines kept as shared whose subject has an
        owner in the end are dropped then (see :meth:`_Union.shared`); so this is not forgotten
        when owners are learnt, only when it grows too large.
        """
        if subject in self.outer:
            return True
        if self(subject) is not None:
            return False
        if len(self.outer) >= _OUTSIDE:
            self.outer = set()
        self.outer.add(subject)
        return True

    def __call__(self, subject: bytes) -> bytes | None:
        """The owner of ``subject`` (``<iri>``, ``<iri#…>``, ``<iri/…>``), or None."""
        iri = subject[1:-1].split(b"#", 1)[0]
        if iri in self.unowned:
            return None
        owner = self.cache.get(iri)
        if owner is not None:
            return owner
        key = iri
        looked: list[bytes] = []
        cache, unowned = self.cache, self.unowned
        # whether the way up was looked at to its end: then nothing on it has an owner
        whole = False
        for _ in range(16):
            # an IRI remembered as its own owner is in ``owners``: found without its digest
            if cache.get(iri) == iri or iri in self.owners:
                owner = iri
                break
            looked.append(iri)
            cut = iri.rfind(b"/")
            if cut <= 8:
                whole = True
                break
            iri = iri[:cut]
            if iri in unowned:  # its own way up is this one's rest
                whole = True
                break
        if owner is None:
            # what was looked at on a whole way up has no owner either (its lookup goes the same way)
            if not whole:
                looked = [key]
            if len(unowned) + len(looked) > _CACHE:
                self.unowned = unowned = set()
            unowned.update(looked)
            return None
        if self.missed is not None:
            for missed in looked:
                self.missed(missed)
        if len(cache) >= _CACHE:
            cache.clear()
        cache[key] = owner
        return owner


def _block_key(lines: bytes) -> bytes:
    """What tells shared lines seen recently (see :class:`_Union`): 16 bytes of their SHA-256, which
    processors compute in hardware (about three times as fast as BLAKE2b here)."""
    return hashlib.sha256(lines).digest()[:16]


class LearntOwners:
    """The owners known so far, while results still arrive: keys added and asked for in any order.

    Kept as 64-bit digests, 8 bytes per key: the newest in a small set, the rest in sorted arrays
    merged as a binary counter (each larger than the next), so a key is looked for in a few of them
    and each key is merged a few times. A false hit (two keys with one digest) is as likely
    as in :class:`~paatosdata.publish.spill.KeySet`.
    """

    #: keys held in the set before they go into a sorted array
    NEWEST = 4096

    def __init__(self) -> None:
        self.newest: set[int] = set()
        self.runs: list[array[int]] = []  # largest first

    def add(self, key: bytes) -> None:
        """Add one key."""
        self.newest.add(digest(key))
        if len(self.newest) >= self.NEWEST:
            run = array("Q", sorted(self.newest))
            self.newest = set()
            while self.runs and len(self.runs[-1]) <= len(run):
                run = array("Q", heapq.merge(self.runs.pop(), run))
            self.runs.append(run)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, bytes):
            return False
        value = digest(key)
        if value in self.newest:
            return True
        for run in self.runs:
            at = bisect_left(run, value)
            if at < len(run) and run[at] == value:
                return True
        return False


class Misses:
    """IRIs an owner lookup did not find on its way up to the owner it found, kept on disk.

    Looked up while the owners were not all known, a subject was given to the owner found; had one
    of these IRIs been an owner already, the subject would have been given to it. Once the owners
    are final, :meth:`any_in` tells whether that happened. (A lookup that found no owner needs no
    record: its lines are shared, and :meth:`_Union.shared` drops those that have an owner after
    all.) Each IRI is kept as its :func:`~paatosdata.publish.spill.digest`, the one the final
    owners keep, so that they are compared a set at a time in C. Repeats are dropped when recently
    seen (two generations of at most :attr:`RECENT`), so what stays in memory is bounded.
    """

    RECENT = 2048
    #: digests written to the file at once, and read back at once
    CHUNK = 1 << 14

    def __init__(self) -> None:
        self.handle: IO[bytes] = tempfile.TemporaryFile()
        self.recent: set[int] = set()
        self.older: set[int] = set()
        self.buffer = array("Q")

    def add(self, iri: bytes) -> None:
        """Remember that ``iri`` was looked for and not found."""
        value = digest(iri)
        if value in self.recent:
            return
        if value not in self.older:
            self.buffer.append(value)
            if len(self.buffer) >= self.CHUNK:
                self._flush()
        self.recent.add(value)
        if len(self.recent) >= self.RECENT:
            self.older, self.recent = self.recent, set()

    def _flush(self) -> None:
        self.buffer.tofile(self.handle)
        self.buffer = array("Q")

    def any_in(self, owners: KeySet) -> bool:
        """Whether any IRI not found was in ``owners`` after all; the file is removed."""
        self._flush()
        self.recent, self.older = set(), set()
        try:
            self.handle.seek(0)
            while data := self.handle.read(8 * self.CHUNK):
                if owners.any_of(array("Q", data)):
                    return True
            return False
        finally:
            self.handle.close()

    def close(self) -> None:
        """Remove the file."""
        self.handle.close()


_OWN, _SHARED, _OTHERS = 0, 1, 2


class _Kept(NamedTuple):
    """What :meth:`_Union.accept` kept of one graph."""

    lines: bytes  # the kept N-Triples lines
    blocks: list[int]  # positions of the kept blocks among the graph's runs of lines with one subject
    total: int  # how many such runs the graph has


@cache
def turtle_header() -> bytes:
    """The prefix lines pyoxigraph writes before the first statement of any Turtle output here."""
    marker = ox.NamedNode("urn:x-paatosdata:header")
    data = ox.serialize([ox.Triple(marker, marker, marker)], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert data is not None
    return data[: data.index(b"<urn:x-paatosdata:header>")]


def _own_statements(path: str, kept: _Kept) -> bytes | None:
    """The Turtle statements of the kept blocks, cut from the resource's own Turtle file at ``path``.

    None when the file cannot be used (missing, or not as :func:`cut_statements` needs it).
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    return cut_statements(data, kept.blocks, kept.total)


def cut_statements(data: bytes, blocks: list[int], total: int) -> bytes | None:
    """The statements ``blocks`` (positions among ``total``) of a resource's Turtle ``data``.

    None when ``data`` is not as the serializer writes it here (the prefix lines, then one statement
    per run of N-Triples lines with one subject, in their order).
    """
    header = turtle_header()
    if not data.startswith(header):
        return None
    statements = _STATEMENT.findall(data, len(header))
    if len(statements) != total or sum(map(len, statements)) != len(data) - len(header):
        return None
    if len(blocks) == total:
        return data[len(header) :]
    return b"".join([statements[i] for i in blocks])


class GraphPlan(NamedTuple):
    """What a worker works out of one graph for the dumps, so the publishing process need not.

    The graph's runs of lines with one subject fall in three kinds: those whose subject is the
    graph's IRI (with or without a fragment) or a blank node, always its own once the graph is
    published; those under the graph's IRI (``<graph/…>``), its own when no resource nearer to them
    is published (``inner``, one subject per IRI to look up); and the rest, about other resources
    or shared (``outer``: one subject per IRI to look up, the digest of their lines, where the lines
    are). When the graph's IRI and each of ``inner`` are found to be the graph's own,
    :meth:`_Union.accept_plan` takes ``own`` (byte ranges of the N-Triples), the counts and the Turtle
    statements from here; anything else goes the way of a graph without a plan.
    """

    own: tuple[tuple[int, int], ...]
    inner: tuple[bytes, ...]
    outer: tuple[tuple[bytes, bytes, tuple[tuple[int, int], ...]], ...]
    triples: int  # lines in ``own``
    subjects: int  # distinct subjects in ``own``
    entities: int  # of which IRIs
    properties: tuple[bytes, ...]  # the predicate of each line of ``own`` (counted where taken)
    classes: tuple[bytes, ...]  # the class of each rdf:type line of ``own``
    turtle: bytes | None  # the Turtle statements of ``own``, or None to serialise them
    decisions: tuple[tuple[str, str], ...]  # what the graph counts for (statistics.decision_keys)


#: Terms a worker's plans repeat (predicates, classes, shared subjects), one object each, so that a
#: batch of results pickles each once; forgotten when it grows past _TERMS_MOST (a batch needs far
#: fewer: a meeting brings three new terms, and a larger table only grows a worker's memory)
_TERMS: dict[bytes, bytes] = {}
_TERMS_MOST = 1 << 12


def _interned(term: bytes) -> bytes:
    found = _TERMS.get(term)
    if found is None:
        if len(_TERMS) >= _TERMS_MOST:
            _TERMS.clear()
        found = _TERMS[term] = term
    return found


def _interned_all(terms: list[bytes]) -> tuple[bytes, ...]:
    """:func:`_interned` of each of ``terms`` (one lookup in C per term)."""
    if len(_TERMS) >= _TERMS_MOST:
        _TERMS.clear()
    return tuple(map(_TERMS.setdefault, terms, terms))


def _own_facts(ntriples: bytes, own: list[tuple[int, int]]) -> tuple[list[bytes], list[bytes]] | None:
    """The predicate of each line in the ranges ``own`` of ``ntriples``, and the class of each of
    their ``rdf:type`` lines whose object is an IRI: what :data:`_PREDICATE` and :data:`_CLASS` find
    there, taken by splitting the lines (the expressions look at every byte of a subject, several
    times slower). None when a line is not ``subject predicate object .``.
    """
    properties: list[bytes] = []
    classes: list[bytes] = []
    for start, end in own:
        # each range ends with a line break: the last split piece is empty, and left out
        for line in ntriples[start : end - 1].split(b"\n"):
            terms = line.split(b" ", 2)
            if len(terms) < 3 or not terms[1]:
                return None
            predicate = terms[1]
            properties.append(predicate)
            # (slices, comparisons and partition: bytes.find and startswith parse their arguments slowly)
            if predicate == _RDF_TYPE and terms[2][:1] == b"<":
                iri, close, _ = terms[2].partition(b">")
                if not close:
                    return None
                classes.append(iri + close)
    return properties, classes


def plan_graph(graph: str, ntriples: bytes, turtle: bytes = b"") -> GraphPlan | None:
    """The :class:`GraphPlan` of ``graph`` from its N-Triples and its Turtle file's bytes.

    None when the graph is to go the general way (empty, an IRI with a fragment, a subject that is
    neither an IRI nor a blank node). Run in the worker that rendered the graph.
    """
    if not ntriples or "#" in graph:
        return None
    if not ntriples.endswith(b"\n"):
        ntriples += b"\n"
    own_iri = graph.encode()
    below, opened = own_iri + b"/", b"<" + own_iri
    own: list[tuple[int, int]] = []
    blocks: list[int] = []
    subjects: set[bytes] = set()
    inner: dict[bytes, bytes] = {}
    outer: dict[bytes, tuple[bytes, list[tuple[int, int]]]] = {}
    index = -1
    for index, block in enumerate(_BLOCK.finditer(ntriples)):
        subject = block[1]
        start, end = block.span()
        if subject[0] != 0x5F:  # not "_:", a blank node
            if subject[0] != 0x3C or len(subject) < 3 or subject[1] == 0x3C:  # not an IRI
                return None
            key = subject[1:-1].split(b"#", 1)[0]
            if key != own_iri:
                if subject[: len(opened)] == opened and key[: len(below)] == below:
                    inner.setdefault(key, subject)
                else:
                    group = outer.get(key)
                    if group is None:
                        outer[key] = (_interned(subject), [(start, end)])
                    elif group[1][-1][1] == start:
                        group[1][-1] = (group[1][-1][0], end)
                    else:
                        group[1].append((start, end))
                    continue
        subjects.add(subject)
        blocks.append(index)
        if own and own[-1][1] == start:
            own[-1] = (own[-1][0], end)
        else:
            own.append((start, end))
    found = _own_facts(ntriples, own)
    if found is None:
        return None
    properties, classes = found
    shared = tuple(
        (
            subject,
            _block_key(
                ntriples[ranges[0][0] : ranges[0][1]]
                if len(ranges) == 1
                else b"".join([ntriples[a:b] for a, b in ranges])
            ),
            tuple(ranges),
        )
        for subject, ranges in outer.values()
    )
    statements = None
    # the mask's first byte ("[") is rare in N-Triples, and one byte is looked for far faster
    mask = HETU_MASK.encode()
    if turtle and (mask[:1] not in ntriples or mask not in ntriples):
        statements = cut_statements(turtle, blocks, index + 1)
    return GraphPlan(
        tuple(own),
        tuple(inner.values()),
        shared,
        len(properties),  # a predicate per line
        len(subjects),
        sum(1 for s in subjects if s[0] == 0x3C),  # IRIs, not blank nodes
        _interned_all(properties),
        _interned_all(classes),
        statements,
        tuple(sorted(decision_keys(graph, ntriples))),
    )


class _Headless:
    """A file for pyoxigraph's Turtle serializer: drops the prefix lines, passes the rest on."""

    def __init__(self, out: _TurtleOut) -> None:
        self.out = out
        self.head = b""
        self.seen = False

    def write(self, data: bytes) -> int:
        """Take all of ``data`` (the count returned is what the serializer gave)."""
        size = len(data)
        if self.seen:
            self.out.statements(bytes(data))
            return size
        self.head += data
        header = turtle_header()
        if len(self.head) >= len(header):
            assert self.head.startswith(header)
            self.seen = True
            self.out.statements(self.head[len(header) :])
            self.head = b""
        return size

    def flush(self) -> None:
        """Nothing is buffered past the prefix lines."""


class _TurtleOut:
    """The union Turtle: the prefix lines once, before the first statement, then statements."""

    def __init__(self, sink: IO[bytes]) -> None:
        self.sink = sink
        self.started = False

    def statements(self, data: bytes) -> None:
        """Write statements (Turtle as pyoxigraph writes it, without prefix lines)."""
        if data:
            if not self.started:
                self.sink.write(turtle_header())
                self.started = True
            self.sink.write(data)

    def serialize(self, triples: Iterable[ox.Triple]) -> None:
        """Write ``triples`` through pyoxigraph's serializer."""
        ox.serialize(triples, cast(IO[bytes], _Headless(self)), ox.RdfFormat.TURTLE, prefixes=PREFIXES)

    def finish(self) -> None:
        """Flush the sink once, as the serializer does at its end (a gzip sink marks the point)."""
        self.sink.flush()


class _Union:
    """Decides which lines enter the union graph and counts what it lets through.

    A graph's own lines are written at once. Shared lines, a subject's lines at a time, pass a bounded
    filter of recently seen blocks (digests, two generations of at most ``_CACHE``; a block seen again
    moves to the newer one) and are spilled to sorted runs on disk;
    :meth:`shared` gives them back sorted and without repeats.
    """

    def __init__(
        self,
        owners: Container[bytes],
        stats: DumpStats,
        run_size: int,
        missed: Callable[[bytes], None] | None = None,
    ) -> None:
        self.owner = _Owners(owners, missed)
        self.stats = stats
        self.recent: set[bytes] = set()
        self.older: set[bytes] = set()
        self.spill: SortedSpill[bytes] = SortedSpill(run_size=run_size)
        self.properties: Counter[bytes] = Counter()
        self.classes: Counter[bytes] = Counter()
        # the predicates and classes of plans taken, counted a few hundred graphs at a time (in the
        # order they came, so the counters keep the order of first sight)
        self.plan_properties: list[tuple[bytes, ...]] = []
        self.plan_classes: list[tuple[bytes, ...]] = []

    def _place(self, graph: bytes, subject: bytes) -> int:
        if subject.startswith(b"_:"):
            return _OWN
        owner = self.owner(subject)
        if owner is None:
            return _SHARED
        return _OWN if owner == graph else _OTHERS

    def accept(self, graph: bytes, ntriples: bytes) -> _Kept:
        """The lines of ``graph`` that belong to it; its shared lines are kept for :meth:`shared`."""
        out: list[bytes] = []
        kept_blocks: list[int] = []
        own_subjects: set[bytes] = set()
        # ``<graph>`` and ``<graph#…>`` are the graph's own when the graph is published: the owner
        # lookup would look at the graph's IRI first and find it
        exact, fragment = b"<" + graph + b">", b"<" + graph + b"#"
        if self.owner(exact) != graph:
            exact = fragment = b"\x00"
        index = -1
        for index, block in enumerate(_BLOCK.finditer(ntriples)):
            subject = block[1]
            if subject == exact or subject.startswith(fragment):
                place = _OWN
            else:
                place = self._place(graph, subject)
            if place == _OWN:
                own_subjects.add(subject)
                out.append(block[0])
                kept_blocks.append(index)
            elif place == _SHARED:
                # a block already seen recently is skipped whole; the rest is made exact on disk
                lines = block[0]
                key = _block_key(lines)
                if key in self.recent:
                    continue
                if key not in self.older:
                    self.spill.extend(lines.splitlines(keepends=True))
                self.recent.add(key)
                if len(self.recent) >= _CACHE:
                    self.older, self.recent = self.recent, set()
        kept = b"".join(out)
        self._count(kept)
        self.stats.subjects += len(own_subjects)
        self.stats.entities += sum(1 for s in own_subjects if s.startswith(b"<"))
        return _Kept(kept, kept_blocks, index + 1)

    def accept_plan(self, graph: bytes, ntriples: bytes, plan: GraphPlan) -> bool:
        """:meth:`accept` from a worker's :class:`GraphPlan`: the same lines kept, spilled and counted.

        False (having kept nothing) when the plan does not apply: the graph is not its own owner, or
        a subject under its IRI belongs to another resource; :meth:`accept` then takes the graph.
        """
        owner = self.owner
        # (an IRI with a fragment has no plan; a graph learnt is known as its own owner)
        if owner.cache.get(graph) != graph and owner(b"<" + graph + b">") != graph:
            return False
        for subject in plan.inner:
            if owner(subject) != graph:
                return False
        recent, spill = self.recent, self.spill
        outside = owner.outside
        for subject, key, ranges in plan.outer:
            if key in recent or not outside(subject):
                continue
            if key not in self.older:
                for start, end in ranges:
                    spill.extend(ntriples[start:end].splitlines(keepends=True))
            recent.add(key)
            if len(recent) >= _CACHE:
                self.older, self.recent = recent, set()
                recent = self.recent
        stats = self.stats
        stats.triples += plan.triples
        stats.subjects += plan.subjects
        stats.entities += plan.entities
        self.plan_properties.append(plan.properties)
        self.plan_classes.append(plan.classes)
        if len(self.plan_properties) >= _PLANS_COUNTED:
            self._count_plans()
        return True

    def _count_plans(self) -> None:
        """Count the predicates and classes of the plans taken since last time."""
        if self.plan_properties:
            self.properties.update(chain.from_iterable(self.plan_properties))
            self.classes.update(chain.from_iterable(self.plan_classes))
            self.plan_properties, self.plan_classes = [], []

    def _count(self, lines: bytes) -> None:
        self._count_plans()
        self.stats.triples += lines.count(b"\n")
        # what the expressions find, taken by splitting the lines where they are as expected
        found = _own_facts(lines, [(0, len(lines))]) if lines else None
        if found is not None:
            self.properties.update(found[0])
            self.classes.update(found[1])
            return
        lines = b"\n" + lines
        self.properties.update(_PREDICATE.findall(lines))
        self.classes.update(_CLASS.findall(lines))

    def shared(self) -> Iterator[bytes]:
        """The shared lines, once each, in sorted chunks; counted as they pass.

        The lines of a subject that has an owner after all are left out: the owner was learnt
        after a graph that mentions the subject had passed (see :class:`DumpWriter`), and its lines
        are in that owner's graph.
        """
        self.recent, self.older = set(), set()
        # the subject of the lines before, and whether its lines are kept
        last = b""
        keep = True
        previous = b""  # the last line given
        stats, owner = self.stats, self.owner
        for batch in self.spill.batches():  # sorted: a repeat comes right after its line
            lines = list(dict.fromkeys(batch))
            if lines[0] == previous:
                del lines[0]
                if not lines:
                    continue
            previous = lines[-1]
            data = b"".join(lines)
            # the runs of lines with one subject: the lines of a subject are looked up once
            blocks = [(block[1], block[0]) for block in _BLOCK.finditer(data)]
            # every shared line is an N-Triples line with its line break (see accept())
            assert sum(len(block) for _, block in blocks) == len(data), "a shared line is not N-Triples"
            kept: list[bytes] = []
            for subject, block in blocks:
                if subject != last:
                    last = subject
                    keep = owner(subject) is None
                    if keep:
                        stats.subjects += 1
                        stats.entities += 1
                if keep:
                    kept.append(block)
            if len(kept) < len(blocks):
                data = b"".join(kept)
            if data:
                self._count(data)
                yield data

    def finish(self) -> None:
        """Fold the counts by predicate and class into the statistics."""
        self._count_plans()
        for predicate, count in self.properties.items():
            self.stats.properties[predicate[1:-1].decode()] += count
        for cls, count in self.classes.items():
            self.stats.classes[cls[1:-1].decode()] += count


class DumpWriter:
    """Writes both dumps graph by graph as the graphs come (:meth:`add`), then the shared triples.

    ``owners`` holds the IRIs (as bytes) of every published resource, asked as the graphs come.
    Without it the writer starts before the owners are known: the caller tells it the resources of
    each input before their graphs (:meth:`learn`), then the final owners (:meth:`final`) once the
    graphs that are not yet final are all that is left, and asks (:meth:`holds`) whether what was
    written is what a writer given the final owners from the start writes. It is when every owner
    learnt is final and no owner was learnt too late: a subject whose owner came after a graph that
    mentions it was kept there as shared, and the shared lines are looked up again in the final
    owners at the end; only a subject given to an owner further up its IRI while the nearer owner
    was not yet known is wrong (see :class:`Misses`). When it does not hold, :meth:`written` gives
    the graphs back (read from the N-Quads written, which hold every graph with its IRI) to write
    the dumps again.

    ``run_size`` is how many shared lines are sorted in memory before a run goes to disk. Both
    files are compressed in threads of their own. Nothing is in place until :meth:`finish`; after a
    failure, or when the caller gives this writer up, :meth:`discard` removes what it wrote.
    """

    def __init__(
        self, folder: Path, owners: Container[bytes] | None = None, run_size: int | None = None
    ) -> None:
        self.stats = DumpStats()
        self.learnt: LearntOwners | None = None
        self.final_owners: KeySet | None = None  # given to final()
        self.misses: Misses | None = None
        # (IRI, Turtle path, bytes of N-Quads) of each graph written, to read them back (written())
        self.index: Tape[tuple[str, str, int]] | None = None
        if owners is None:
            self.learnt = owners = LearntOwners()
            self.misses = Misses()
            self.index = Tape()
        missed = self.misses.add if self.misses is not None else None
        self.union = _Union(owners, self.stats, run_size or SHARED_RUN, missed)
        self.nq_path, self.ttl_path = folder / DUMP_NQ, folder / DUMP_TTL
        # Written under new names and renamed over: the staged files are hard links shared with the
        # live site, and opening them for writing would change the live dumps before the swap.
        self.nq_part = self.nq_path.with_name(DUMP_NQ + ".part")
        self.ttl_part = self.ttl_path.with_name(DUMP_TTL + ".part")
        self.mask = HETU_MASK.encode()
        # what is open, closed in this order: the writing threads, the gzip streams, the files
        self.threads: list[_Background] = []
        self.streams: list[IO[bytes]] = []
        self.hashed: list[_Hashed] = []  # the files' checksums, N-Quads first
        try:
            nq_gz = self._open(self.nq_part, NQ_LEVEL)
            ttl_gz = self._open(self.ttl_part, TTL_LEVEL)
            self.nq = _Background(nq_gz, "nq-writer")
            self.threads.append(self.nq)
            ttl_sink = _Background(ttl_gz, "ttl-writer")
            self.threads.append(ttl_sink)
        except BaseException:
            self.discard()
            raise
        self.ttl = _TurtleOut(cast(IO[bytes], ttl_sink))

    def learn(self, iris: Iterable[str]) -> None:
        """Take the resources ``iris`` for published, before any of their graphs comes."""
        assert self.learnt is not None, "learn() is for a writer started without its owners"
        owner = self.union.owner
        for iri in iris:
            key = iri.encode()
            self.learnt.add(key)
            owner.known(key)
        # an IRI that had no owner may have one now
        owner.forget_unowned()

    def final(self, owners: KeySet) -> None:
        """Look owners up in the final ``owners`` from now on (the shared triples too).

        ``owners`` may still be filled until :meth:`holds` is asked.
        """
        self.union.owner = _Owners(owners)
        self.final_owners = owners
        self.learnt = None

    def holds(self) -> bool:
        """Whether the graphs written before :meth:`final` are written as with the final owners.

        Asked once the final owners are complete; the graphs given later are written with them.
        """
        if self.misses is None:
            return True
        assert self.final_owners is not None, "holds() is asked after final()"
        misses, self.misses = self.misses, None
        return not misses.any_in(self.final_owners)

    def _open(self, path: Path, level: int) -> gzip.GzipFile:
        raw = open(path, "wb")  # noqa: SIM115 - closed by finish() or discard()
        self.streams.append(raw)
        hashed = _Hashed(raw)
        self.hashed.append(hashed)
        stream = gzip_writer(cast(IO[bytes], hashed), level)
        self.streams.insert(0, cast(IO[bytes], stream))
        return stream

    def add(self, graph: str, ntriples: bytes, turtle: str, plan: GraphPlan | None = None) -> None:
        """Write one graph: its IRI, its N-Triples, the path of its Turtle file (``""`` for none).

        ``plan``, when given, is the graph's :func:`plan_graph` (made where the graph was rendered):
        the same bytes are written with less work here.
        """
        if not ntriples:
            return
        stats, union = self.stats, self.union
        if not ntriples.endswith(b"\n"):
            ntriples += b"\n"
        iri = graph.encode()
        # a literal never holds a raw line break in N-Triples: " .\n" ends a line (the lines cut
        # there are joined again with the graph: what replace() gives, and they are counted on the way)
        pieces = ntriples.split(b" .\n")
        quads = (b" <" + iri + b"> .\n").join(pieces)
        self.nq.write(quads)
        stats.quads += len(pieces) - 1
        stats.graphs += 1
        if self.index is not None:
            self.index.add((graph, turtle, len(quads)))
        if plan is not None and union.accept_plan(iri, ntriples, plan):
            if not plan.own:
                return
            if turtle and plan.turtle is not None:
                self.ttl.statements(plan.turtle)
            else:
                lines = b"".join([ntriples[start:end] for start, end in plan.own])
                self.ttl.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES))
            return
        kept = union.accept(iri, ntriples)
        if not kept.lines:
            return
        # a masked identity code may have been masked in the file's bytes on its own
        own = _own_statements(turtle, kept) if turtle and self.mask not in ntriples else None
        if own is not None:
            self.ttl.statements(own)
        else:
            self.ttl.serialize(ox.parse(kept.lines, format=ox.RdfFormat.N_TRIPLES))

    def finish(self) -> DumpStats:
        """Write the shared triples, close and put both dumps in place; their statistics."""
        try:

            def shared_triples(chunk: bytes) -> Iterator[ox.Triple]:
                # lines of the graphs' N-Triples, which pyoxigraph wrote: their IRIs are not
                # checked again (``lenient``), which is most of the parsing
                return ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES, lenient=True)

            # the shared triples are read (union.shared runs) only once every graph is through
            self.ttl.serialize(chain.from_iterable(map(shared_triples, self.union.shared())))
            self.ttl.finish()
            self._close()
        except BaseException:
            self.discard()
            raise
        os.replace(self.nq_part, self.nq_path)
        os.replace(self.ttl_part, self.ttl_path)
        stats = self.stats
        self.union.finish()
        for path, media, count, hashed in (
            (self.nq_path, "application/n-quads", stats.quads, self.hashed[0]),
            (self.ttl_path, "text/turtle", stats.triples, self.hashed[1]),
        ):
            stats.files.append(DumpFile(path.name, media, hashed.size, hashed.sha256.hexdigest(), count))
        return stats

    def _close(self) -> None:
        """Let the compression threads finish, then close the streams (gzip before the file under it)."""
        for thread in self.threads:
            thread.close()
        self.threads = []
        for stream in self.streams:
            stream.close()
        self.streams = []

    def written(self) -> Iterator[tuple[str, bytes, str]]:
        """Give this writer up (:meth:`discard`) and read back the graphs given to :meth:`add`.

        Each as :meth:`add` took it (IRI, N-Triples with a final line break, Turtle path), in their
        order, read from the N-Quads written so far: the graph's name is cut from each of its lines
        again. For a writer started without its owners.
        """
        assert self.index is not None, "written() is for a writer started without its owners"
        index, self.index = self.index, None
        try:
            self._close()
            handle = open(self.nq_part, "rb")  # noqa: SIM115 - closed by _read_back()
        except BaseException:
            index.close()
            self.discard()
            raise
        self.discard()  # the open file stays readable
        return _read_back(handle, index)

    def discard(self) -> None:
        """Stop writing and remove the partial files (errors on the way are of no interest)."""
        for thread in self.threads:
            with contextlib.suppress(BaseException):
                thread.close()
        self.threads = []
        for stream in self.streams:
            with contextlib.suppress(BaseException):
                stream.close()
        self.streams = []
        self.union.spill.close()
        if self.misses is not None:
            self.misses.close()
            self.misses = None
        if self.index is not None:
            self.index.close()
            self.index = None
        for part in (self.nq_part, self.ttl_part):
            with contextlib.suppress(OSError):
                part.unlink()


def _read_back(handle: IO[bytes], index: Tape[tuple[str, str, int]]) -> Iterator[tuple[str, bytes, str]]:
    """The graphs of :meth:`DumpWriter.written` from the N-Quads file ``handle`` and their ``index``."""
    with handle, gzip.GzipFile(fileobj=handle, mode="rb") as stream:
        for graph, turtle, size in index:
            quads = stream.read(size)
            if len(quads) != size:
                raise OSError(f"the N-Quads written end before the graph {graph}")
            # each line ends with " <graph> .\n", and only there can that be found
            yield graph, quads.replace(b" <" + graph.encode() + b"> .\n", b" .\n"), turtle


def write_dumps(
    folder: Path,
    records: Iterable[tuple[str, bytes, str]],
    owners: Container[bytes],
    run_size: int | None = None,
) -> DumpStats:
    """Write both dumps of ``records`` into ``folder``.

    A record is a graph IRI, the N-Triples of that graph, and the path of the graph's Turtle file
    as the publish wrote it (``""`` for none). ``owners`` holds the IRIs (as bytes) of every
    published resource; ``run_size`` is how many shared lines are sorted in memory before a run
    goes to disk.
    """
    writer = DumpWriter(folder, owners, run_size)
    try:
        for graph, ntriples, turtle in records:
            writer.add(graph, ntriples, turtle)
    except BaseException:
        writer.discard()
        raise
    return writer.finish()
