"""The bulk downloads: gzip N-Quads (one named graph per resource) and gzip Turtle (the union).

Both are written streaming: N-Quads line by line, Turtle through pyoxigraph's serializer fed by
a generator, so no whole-corpus graph is ever held. The union drops duplicate triples: a triple
whose subject lives under the IRI of the graph it came from is that graph's own and is written
as is; any other triple is written once (a set of short digests remembers the shared ones), and
a triple about another published resource is left to that resource's own graph. The counts the
VoID description states are taken here, on exactly the triples written.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from paatosdata.publish.rdfio import PREFIXES

__all__ = ["DUMP_NQ", "DUMP_TTL", "DumpFile", "DumpStats", "gzip_writer", "sha256_file", "write_dumps"]

DUMP_NQ = "paatosdata.nq.gz"
DUMP_TTL = "paatosdata.ttl.gz"
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


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


def gzip_writer(raw: IO[bytes]) -> gzip.GzipFile:
    """A gzip stream without a timestamp or file name, so equal content gives equal bytes."""
    return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _owner(subject: bytes, owners: set[bytes]) -> bytes | None:
    """The published resource whose IRI ``subject`` lives under (``<iri>``, ``<iri#…>``, ``<iri/…>``)."""
    iri = subject[1:-1].split(b"#", 1)[0]
    for _ in range(16):
        if iri in owners:
            return iri
        cut = iri.rfind(b"/")
        if cut <= 8:
            return None
        iri = iri[:cut]
    return None


class _Union:
    """Decides which lines enter the union graph and counts what it lets through."""

    def __init__(self, owners: set[bytes], stats: DumpStats) -> None:
        self.owners = owners
        self.stats = stats
        self.seen: set[bytes] = set()
        self.shared_subjects: set[bytes] = set()

    def accept(self, graph: bytes, lines: list[bytes]) -> list[bytes]:
        out: list[bytes] = []
        own_subjects: set[bytes] = set()
        for line in lines:
            subject, predicate, rest = line.split(b" ", 2)
            if subject.startswith(b"_:"):
                own_subjects.add(subject)
            else:
                owner = _owner(subject, self.owners)
                if owner == graph:
                    own_subjects.add(subject)
                elif owner is not None:
                    continue
                else:
                    key = hashlib.blake2b(line, digest_size=12).digest()
                    if key in self.seen:
                        continue
                    self.seen.add(key)
                    self.shared_subjects.add(hashlib.blake2b(subject, digest_size=12).digest())
            out.append(line)
            self.stats.properties[predicate[1:-1].decode()] += 1
            if predicate == _RDF_TYPE and rest.startswith(b"<"):
                self.stats.classes[rest[1 : rest.index(b">")].decode()] += 1
        self.stats.triples += len(out)
        self.stats.subjects += len(own_subjects)
        self.stats.entities += sum(1 for s in own_subjects if s.startswith(b"<"))
        return out

    def finish(self) -> None:
        self.stats.subjects += len(self.shared_subjects)
        self.stats.entities += len(self.shared_subjects)


def write_dumps(folder: Path, records: Iterable[tuple[str, bytes]], owners: set[str]) -> DumpStats:
    """Write both dumps of ``records`` (graph IRI, N-Triples of that graph) into ``folder``."""
    stats = DumpStats()
    union = _Union({o.encode() for o in owners}, stats)
    nq_path, ttl_path = folder / DUMP_NQ, folder / DUMP_TTL
    # Written under new names and renamed over: the staged files are hard links shared with the live
    # site, and opening them for writing would change the live dumps before the swap.
    nq_part, ttl_part = nq_path.with_name(DUMP_NQ + ".part"), ttl_path.with_name(DUMP_TTL + ".part")
    with open(nq_part, "wb") as nq_raw, gzip_writer(nq_raw) as nq, open(ttl_part, "wb") as ttl_raw:
        with gzip_writer(ttl_raw) as ttl:

            def triples() -> Iterator[ox.Triple]:
                for graph, ntriples in records:
                    lines = ntriples.splitlines(keepends=True)
                    tail = b" <" + graph.encode() + b"> .\n"
                    nq.write(b"".join(line[:-3] + tail for line in lines))
                    stats.quads += len(lines)
                    stats.graphs += 1
                    kept = union.accept(graph.encode(), lines)
                    if kept:
                        yield from ox.parse(b"".join(kept), format=ox.RdfFormat.N_TRIPLES)

            ox.serialize(triples(), cast(IO[bytes], ttl), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    os.replace(nq_part, nq_path)
    os.replace(ttl_part, ttl_path)
    union.finish()
    for path, media, count in (
        (nq_path, "application/n-quads", stats.quads),
        (ttl_path, "text/turtle", stats.triples),
    ):
        stats.files.append(DumpFile(path.name, media, path.stat().st_size, sha256_file(path), count))
    return stats
