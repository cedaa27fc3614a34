"""A meeting's attendance cut from its document's graph, for when that graph is not published.

The attendance (the meeting's ``pd:participation`` links, the Participation descriptions and the
persons they name) is described only in the graph of the meeting's document: an item's graph does
not repeat it. When the document's graph is left out of the dumps (two whole-minutes inputs give
the meeting different content), its attendance is published in a graph of its own, named by the
meeting, provided every input that gives an attendance gives the same one (:class:`Attendances`).
"""

from __future__ import annotations

from collections.abc import Iterator

from paatosdata.namespaces import PD_NAMESPACE

__all__ = ["Attendances", "attendance_of"]

_PARTICIPATION = f"<{PD_NAMESPACE}participation>".encode()


def _object(line: bytes) -> bytes | None:
    """The object of an N-Triples line when it is an IRI or a blank node."""
    parts = line.split(b" ", 2)
    if len(parts) < 3 or not parts[2].endswith(b" .\n"):
        return None
    term = parts[2][:-3]
    return term if term.startswith((b"<", b"_:")) else None


def attendance_of(graph: str, ntriples: bytes) -> Iterator[tuple[str, bytes]]:
    """Each meeting with an attendance in ``ntriples`` (the N-Triples of the document ``graph``):
    its IRI and, as sorted N-Triples lines, its ``pd:participation`` lines and the descriptions of
    what they reach, followed from object to object (never back to the meeting or the document)."""
    if ntriples and not ntriples.endswith(b"\n"):
        ntriples += b"\n"
    described: dict[bytes, list[bytes]] = {}
    links: dict[bytes, list[bytes]] = {}
    for line in ntriples.splitlines(keepends=True):
        parts = line.split(b" ", 2)
        if len(parts) < 3:
            continue
        described.setdefault(parts[0], []).append(line)
        if parts[1] == _PARTICIPATION:
            links.setdefault(parts[0], []).append(line)
    document = b"<" + graph.encode() + b">"
    for meeting, lines in links.items():
        if not meeting.startswith(b"<"):
            continue
        kept = list(lines)
        seen = {meeting, document, *links}
        todo = [term for term in map(_object, lines) if term is not None]
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            for line in described.get(node, ()):
                kept.append(line)
                term = _object(line)
                if term is not None and term not in seen:
                    todo.append(term)
        yield meeting[1:-1].decode(), b"".join(sorted(kept))


class Attendances:
    """The attendances cut from the graphs left out, per meeting and in the order read; then, per
    meeting, the one graph to publish, or the meeting noted in :attr:`differing` when its inputs
    give different attendances (none is published: which one is right cannot be told)."""

    def __init__(self) -> None:
        self.found: dict[str, list[bytes]] = {}
        self.differing: list[str] = []

    def add(self, graph: str, ntriples: bytes) -> None:
        """Take the attendance from the N-Triples of the document ``graph``, left out."""
        for meeting, lines in attendance_of(graph, ntriples):
            self.found.setdefault(meeting, []).append(lines)

    def graphs(self) -> Iterator[tuple[str, bytes]]:
        """Each meeting's attendance graph (its IRI, N-Triples) on which every input agrees."""
        found, self.found = self.found, {}
        for meeting, versions in found.items():
            if all(version == versions[0] for version in versions):
                yield meeting, versions[0]
            else:
                self.differing.append(meeting)
