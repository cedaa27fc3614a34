"""What was read and what was published, per body and meeting, with the reason for anything held back.

The counts per meeting grow with the corpus, so they are not held in memory: items are counted
while they arrive grouped by meeting (as the sorted pass over the ledger gives them), each finished
group goes to a sorted spill on disk (:mod:`paatosdata.publish.spill`), and ``coverage.json`` is
written streaming, a meeting at a time, with the same bytes as one ``json.dumps`` of the whole.

A meeting is listed by its IRI. Meetings with no date share one (``…/nn/nn``), so an undated
meeting is listed once per input file its items were read from: its key is the IRI, a space and
the file (an IRI holds no space), and its counts name the file as ``source``.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from paatosdata.publish.spill import SortedSpill

__all__ = ["Coverage", "MeetingCounts", "level_label"]

#: what each maturity level means (as ``paatosdata check`` reports it)
LEVELS = {0: "parsed", 1: "core complete", 2: "legally complete", 3: "linked"}
#: Groups of meeting counts sorted in memory before a run goes to disk
MEETING_RUN = 4000
#: Bytes of ``coverage.json`` gathered before they are written
_WRITE_CHUNK = 1 << 16

#: A group of counts: meeting, body, date, read, published, held, the file of an undated meeting
_Row = tuple[str, str, str, int, int, int, str]
#: the line number a source (``file:line``) ends with
_LINE = re.compile(r":\d+$")


@cache
def level_label(level: int) -> str:
    """``"2 legally complete"``: a level with its meaning, sortable by the number."""
    return f"{level} {LEVELS.get(level, '')}".strip()


class MeetingCounts:
    """Items read, published and held back per meeting, kept on disk sorted by meeting IRI.

    Consecutive counts for one meeting are summed in memory; a meeting counted again later (its
    items did not arrive together) is summed when read. A meeting keeps the body and date it was
    first counted with. Nothing here grows with the number of meetings.
    """

    def __init__(self, run_size: int = MEETING_RUN) -> None:
        self.run_size = run_size
        self.spill: SortedSpill[_Row] = SortedSpill(itemgetter(0), run_size)
        self.current: list[Any] | None = None

    def count(self, meeting: str, body: str, date: str, published: bool, source: str = "") -> None:
        """Record one item of ``meeting`` read (``source``: the file of an undated meeting, else empty)."""
        current = self.current
        if current is None or current[0] != meeting:
            if current is not None:
                self.spill.add(tuple(current))
            current = self.current = [meeting, body, date, 0, 0, 0, source]
        current[3] += 1
        current[4 if published else 5] += 1

    def __iter__(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every meeting counted, sorted by IRI, with its counts (as ``coverage.json`` lists them).

        The counts can be read again (and counted further): they are put back on disk as they are read.
        """
        if self.current is not None:
            self.spill.add(tuple(self.current))
            self.current = None
        rows, self.spill = self.spill, SortedSpill(itemgetter(0), self.run_size)
        merged = _summed(rows)
        try:
            for row in merged:
                self.spill.add(row)
                meeting, body, date, read, published, held, source = row
                counts: dict[str, Any] = {
                    "body": body,
                    "date": date,
                    "held": held,
                    "published": published,
                    "read": read,
                }
                if source:
                    counts["source"] = source
                yield meeting, counts
        finally:
            # the rest, if the reader stopped early
            for row in merged:
                self.spill.add(row)


def _summed(rows: SortedSpill[_Row]) -> Iterator[_Row]:
    """Sorted ``rows`` with those of one meeting summed (the first one's body and date kept)."""
    held: _Row | None = None
    for row in rows:
        if held is not None and held[0] == row[0]:
            held = (held[0], held[1], held[2], held[3] + row[3], held[4] + row[4], held[5] + row[5], held[6])
            continue
        if held is not None:
            yield held
        held = row
    if held is not None:
        yield held


@dataclass(slots=True)
class Coverage:
    """Counts per body and meeting, held-back items and unreadable inputs."""

    bodies: dict[str, Counter[str]] = field(default_factory=dict)
    meetings: MeetingCounts = field(default_factory=MeetingCounts)
    held: list[dict[str, Any]] = field(default_factory=list)
    flagged: list[dict[str, Any]] = field(default_factory=list)  # published with violations
    unreadable: list[dict[str, str]] = field(default_factory=list)
    levels: Counter[str] = field(default_factory=Counter)
    validated: bool = True

    def count(self, body: str, meeting: str, date: str, published: bool, source: str = "") -> None:
        """Record one item read (``source``: where it was read, ``file:line``).

        An item of an undated meeting is counted under its meeting and its file: undated meetings
        share one IRI, and the file tells them apart.
        """
        counts = self.bodies.get(body)
        if counts is None:  # (not setdefault: that makes a counter for every item counted)
            counts = self.bodies[body] = Counter()
        if not date and source and "/nn/" in meeting:
            file = _LINE.sub("", source)
            self.meetings.count(f"{meeting} {file}", body, date, published, file)
        else:
            self.meetings.count(meeting, body, date, published)
        counts["read"] += 1
        key = "published" if published else "held"
        counts[key] += 1

    def hold(
        self, iri: str, source: str, body: str, date: str, number: str, title: str, reasons: list[str]
    ) -> None:
        """Record an item held back and why."""
        self.held.append(
            {
                "iri": iri,
                "source": source,
                "body": body,
                "date": date,
                "number": number,
                "title": title,
                "reasons": reasons,
            }
        )

    def flag(self, iri: str, source: str, violations: list[str]) -> None:
        """Record an item published although it has violations (``--allow-invalid``)."""
        self.flagged.append({"iri": iri, "source": source, "violations": violations})

    @property
    def read(self) -> int:
        """Items read."""
        return sum(c["read"] for c in self.bodies.values())

    @property
    def published(self) -> int:
        """Items published."""
        return sum(c["published"] for c in self.bodies.values())

    def chunks(self) -> Iterator[bytes]:
        """The report as deterministic JSON, in pieces of whole lines (the meetings streamed)."""
        data = {
            "items": {"read": self.read, "published": self.published, "held": self.read - self.published},
            "validated": self.validated,
            "bodies": {b: dict(sorted(c.items())) for b, c in sorted(self.bodies.items())},
            "meetings": {},
            "held": sorted(self.held, key=lambda h: (h["iri"], h["source"])),
            "publishedWithViolations": sorted(self.flagged, key=lambda h: (h["iri"], h["source"])),
            "unreadable": sorted(self.unreadable, key=lambda u: u["path"]),
            "levels": dict(sorted(self.levels.items())),
        }
        text = _dumps(data) + "\n"
        # a top-level key is the only line that starts with one space and a quote (strings hold no
        # raw line breaks), and "meetings" is never the last key
        slot = '\n "meetings": {},\n'
        cut = text.index(slot) + len(slot) - len("},\n")
        meetings = iter(self.meetings)
        first = next(meetings, None)
        if first is None:
            yield text.encode("utf-8")
            return
        parts = [text[:cut], "\n"]
        size = 0
        previous = _member(*first)
        for meeting, counts in meetings:
            parts.append(previous + ",\n")
            size += len(previous)
            previous = _member(meeting, counts)
            if size >= _WRITE_CHUNK:
                yield "".join(parts).encode("utf-8")
                parts, size = [], 0
        parts.append(previous + "\n ")
        parts.append(text[cut:])
        yield "".join(parts).encode("utf-8")

    def to_json(self) -> bytes:
        """The report as deterministic JSON."""
        return b"".join(self.chunks())

    def write(self, path: Path, guard: Callable[[bytes], bytes] | None = None) -> bool:
        """Write the report to ``path`` streaming, each piece through ``guard``; True when written.

        As :func:`paatosdata.publish.atomic.write_if_changed`: a file already there with exactly
        these bytes is left alone, and one with other bytes is replaced by a new file renamed over
        it (never changed in place: in a staging folder it is a link to the live site's file).
        """
        exists = path.exists()
        part = path.with_name(path.name + ".part") if exists else path
        try:
            with open(part, "xb" if not exists else "wb") as handle:
                for chunk in self.chunks():
                    handle.write(chunk if guard is None else guard(chunk))
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        if not exists:
            return True
        if filecmp.cmp(part, path, shallow=False):
            part.unlink()
            return False
        os.replace(part, path)
        return True


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


#: A string as JSON, as :func:`_dumps` writes it (the encoder's own function, in C)
_string = json.encoder.encode_basestring


def _member(meeting: str, counts: dict[str, Any]) -> str:
    """One meeting as a member of the ``meetings`` object, indented as one ``json.dumps`` would.

    Written out here rather than by the encoder, whose indenting runs in Python (a call per
    meeting): the counts are strings and integers, each on its line, sorted by key.
    """
    lines = ",\n   ".join(
        f"{_string(key)}: {_string(value) if isinstance(value, str) else int(value)}"
        for key, value in sorted(counts.items())
    )
    return f"  {_string(meeting)}: {{\n   {lines}\n  }}"
