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

import gzip
import hashlib
import os
import queue
import re
import threading
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import IO, NamedTuple, cast

import pyoxigraph as ox

from paatosdata.publish.rdfio import PREFIXES
from paatosdata.publish.redact import HETU_MASK
from paatosdata.publish.spill import RUN_SIZE, SortedSpill, unique

__all__ = ["DUMP_NQ", "DUMP_TTL", "DumpFile", "DumpStats", "gzip_writer", "sha256_file", "write_dumps"]

DUMP_NQ = "paatosdata.nq.gz"
DUMP_TTL = "paatosdata.ttl.gz"
#: Subjects whose owner is remembered, and shared blocks remembered per generation, before forgetting
_CACHE = 1 << 14
_MISSING = object()
#: A run of lines with the same subject (group 1)
_BLOCK = re.compile(rb"(\S+) [^\n]*\n(?:\1 [^\n]*\n)*")
#: the predicate and the rdf:type class of each line, matched from the line break before it (a
#: pattern that starts with a literal byte is searched for quickly; "^" under MULTILINE is tried at
#: every position)
_PREDICATE = re.compile(rb"\n\S+ (\S+) ")
_CLASS = re.compile(rb"\n\S+ <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> (<[^>\n]*>)")
#: Turtle statements as pyoxigraph writes them: a line, then the lines that go on with a tab
_STATEMENT = re.compile(rb"[^\n]*\n(?:\t[^\n]*\n)*")
#: gzip level of the N-Quads dump: 3 compresses it about 4× faster than 6, for files about 30 % larger
NQ_LEVEL = 3
#: Shared lines sorted in memory before a run goes to disk
SHARED_RUN = RUN_SIZE


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


def gzip_writer(raw: IO[bytes], level: int = 6) -> gzip.GzipFile:
    """A gzip stream without a timestamp or file name, so equal content gives equal bytes."""
    return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=level)


class _Background:
    """Writes to ``sink`` in a thread through a bounded queue: zlib compresses without holding the
    GIL, so the N-Quads dump is compressed while this process goes on with the union graph."""

    def __init__(self, sink: IO[bytes] | gzip.GzipFile) -> None:
        self.sink = sink
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="nq-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.sink.write(data)
                except BaseException as exc:  # handed to the writing thread by close()
                    self.error = exc

    def write(self, data: bytes) -> None:
        """Queue ``data`` (raises what an earlier write raised)."""
        if self.error is not None:
            raise self.error
        self.queue.put(data)

    def close(self) -> None:
        """Wait until everything queued is written; raise what a write raised."""
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


class _Owners:
    """Which published resource a subject IRI lives under, remembered for recent subjects."""

    def __init__(self, owners: Container[bytes]) -> None:
        self.owners = owners
        self.cache: dict[bytes, bytes | None] = {}

    def __call__(self, subject: bytes) -> bytes | None:
        """The owner of ``subject`` (``<iri>``, ``<iri#…>``, ``<iri/…>``), or None."""
        found = self.cache.get(subject, _MISSING)
        if found is not _MISSING:
            return cast("bytes | None", found)
        owner = None
        iri = subject[1:-1].split(b"#", 1)[0]
        for _ in range(16):
            if iri in self.owners:
                owner = iri
                break
            cut = iri.rfind(b"/")
            if cut <= 8:
                break
            iri = iri[:cut]
        if len(self.cache) >= _CACHE:
            self.cache.clear()
        self.cache[subject] = owner
        return owner


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

    None when the file cannot be used (missing, not as written by the serializer, or not one
    statement per run of lines with one subject).
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    header = turtle_header()
    if not data.startswith(header):
        return None
    statements = _STATEMENT.findall(data, len(header))
    if len(statements) != kept.total or sum(map(len, statements)) != len(data) - len(header):
        return None
    if len(kept.blocks) == kept.total:
        return data[len(header) :]
    return b"".join([statements[i] for i in kept.blocks])


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

    def __init__(self, owners: Container[bytes], stats: DumpStats, run_size: int) -> None:
        self.owner = _Owners(owners)
        self.stats = stats
        self.recent: set[bytes] = set()
        self.older: set[bytes] = set()
        self.spill: SortedSpill[bytes] = SortedSpill(run_size=run_size)
        self.properties: Counter[bytes] = Counter()
        self.classes: Counter[bytes] = Counter()

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
                key = hashlib.blake2b(lines, digest_size=16).digest()
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

    def _count(self, lines: bytes) -> None:
        self.stats.triples += lines.count(b"\n")
        lines = b"\n" + lines
        self.properties.update(_PREDICATE.findall(lines))
        self.classes.update(_CLASS.findall(lines))

    def shared(self) -> Iterator[bytes]:
        """The shared lines, once each, in sorted chunks; counted as they pass."""
        self.recent, self.older = set(), set()
        chunk: list[bytes] = []
        last = b""
        for line in unique(self.spill):
            subject = line[: line.index(b" ")]
            if subject != last:
                last = subject
                self.stats.subjects += 1
                self.stats.entities += 1
            chunk.append(line)
            if len(chunk) >= 1000:
                yield self._counted(chunk)
                chunk = []
        if chunk:
            yield self._counted(chunk)

    def _counted(self, chunk: list[bytes]) -> bytes:
        data = b"".join(chunk)
        self._count(data)
        return data

    def finish(self) -> None:
        """Fold the counts by predicate and class into the statistics."""
        for predicate, count in self.properties.items():
            self.stats.properties[predicate[1:-1].decode()] += count
        for cls, count in self.classes.items():
            self.stats.classes[cls[1:-1].decode()] += count


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
    stats = DumpStats()
    union = _Union(owners, stats, run_size or SHARED_RUN)
    nq_path, ttl_path = folder / DUMP_NQ, folder / DUMP_TTL
    # Written under new names and renamed over: the staged files are hard links shared with the live
    # site, and opening them for writing would change the live dumps before the swap.
    nq_part, ttl_part = nq_path.with_name(DUMP_NQ + ".part"), ttl_path.with_name(DUMP_TTL + ".part")
    mask = HETU_MASK.encode()
    with (
        open(nq_part, "wb") as nq_raw,
        gzip_writer(nq_raw, NQ_LEVEL) as nq_gz,
        open(ttl_part, "wb") as ttl_raw,
    ):
        with gzip_writer(ttl_raw) as ttl_gz:
            nq = _Background(nq_gz)
            ttl = _TurtleOut(cast(IO[bytes], ttl_gz))
            try:
                for graph, ntriples, turtle in records:
                    if not ntriples:
                        continue
                    if not ntriples.endswith(b"\n"):
                        ntriples += b"\n"
                    # a literal never holds a raw line break in N-Triples: " .\n" ends a line
                    nq.write(ntriples.replace(b" .\n", b" <" + graph.encode() + b"> .\n"))
                    stats.quads += ntriples.count(b"\n")
                    stats.graphs += 1
                    kept = union.accept(graph.encode(), ntriples)
                    if not kept.lines:
                        continue
                    # a masked identity code may have been masked in the file's bytes on its own
                    own = _own_statements(turtle, kept) if turtle and mask not in ntriples else None
                    if own is not None:
                        ttl.statements(own)
                    else:
                        ttl.serialize(ox.parse(kept.lines, format=ox.RdfFormat.N_TRIPLES))

                def shared_triples(chunk: bytes) -> Iterator[ox.Triple]:
                    return ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES)

                # the shared triples are read (union.shared runs) only once every graph is through
                ttl.serialize(chain.from_iterable(map(shared_triples, union.shared())))
                ttl.finish()
            finally:
                nq.close()
    os.replace(nq_part, nq_path)
    os.replace(ttl_part, ttl_path)
    union.finish()
    for path, media, count in (
        (nq_path, "application/n-quads", stats.quads),
        (ttl_path, "text/turtle", stats.triples),
    ):
        stats.files.append(DumpFile(path.name, media, path.stat().st_size, sha256_file(path), count))
    return stats
