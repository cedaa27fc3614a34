"""What was read and what was published, per body and meeting, with the reason for anything held back."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Coverage", "level_label"]

#: what each maturity level means (as ``paatosdata check`` reports it)
LEVELS = {0: "parsed", 1: "core complete", 2: "legally complete", 3: "linked"}


def level_label(level: int) -> str:
    """``"2 legally complete"``: a level with its meaning, sortable by the number."""
    return f"{level} {LEVELS.get(level, '')}".strip()


@dataclass(slots=True)
class Coverage:
    """Counts per body and meeting, held-back items and unreadable inputs."""

    bodies: dict[str, Counter[str]] = field(default_factory=dict)
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    held: list[dict[str, Any]] = field(default_factory=list)
    flagged: list[dict[str, Any]] = field(default_factory=list)  # published with violations
    unreadable: list[dict[str, str]] = field(default_factory=list)
    per_month: Counter[tuple[str, str]] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    validated: bool = True

    def count(self, body: str, meeting: str, date: str, published: bool) -> None:
        """Record one item read."""
        counts = self.bodies.setdefault(body, Counter())
        entry = self.meetings.setdefault(
            meeting, {"body": body, "date": date, "read": 0, "published": 0, "held": 0}
        )
        counts["read"] += 1
        entry["read"] += 1
        key = "published" if published else "held"
        counts[key] += 1
        entry[key] += 1
        if published:
            self.per_month[(body, date[:7] or "unknown")] += 1

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

    def to_json(self) -> bytes:
        """The report as deterministic JSON."""
        data = {
            "items": {"read": self.read, "published": self.published, "held": self.read - self.published},
            "validated": self.validated,
            "bodies": {b: dict(sorted(c.items())) for b, c in sorted(self.bodies.items())},
            "meetings": {m: self.meetings[m] for m in sorted(self.meetings)},
            "held": sorted(self.held, key=lambda h: (h["iri"], h["source"])),
            "publishedWithViolations": sorted(self.flagged, key=lambda h: (h["iri"], h["source"])),
            "unreadable": sorted(self.unreadable, key=lambda u: u["path"]),
            "levels": dict(sorted(self.levels.items())),
        }
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
