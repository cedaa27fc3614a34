"""Coverage per meeting lives on disk and coverage.json is written streaming, with the bytes of one dump.

The reference is the report built the simple way: every meeting's counts in a dictionary, the
whole report dumped with ``json.dumps`` at once. Strings with quotes, line breaks, braces and
non-ASCII letters, meetings counted in several separate groups and runs of one record on disk must
all give exactly those bytes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from paatosdata.publish.coverage import Coverage, MeetingCounts
from paatosdata.publish.redact import guard
from paatosdata.publish.spill import KeySet, digest

_PIECES = ["a", "ä", '"', "\\", "\n", " ", "}", '"meetings": {}', "\u2028", "x", "0"]


def _reference(coverage: Coverage, meetings: dict[str, dict[str, Any]]) -> bytes:
    data = {
        "items": {
            "read": coverage.read,
            "published": coverage.published,
            "held": coverage.read - coverage.published,
        },
        "validated": coverage.validated,
        "bodies": {b: dict(sorted(c.items())) for b, c in sorted(coverage.bodies.items())},
        "meetings": {m: meetings[m] for m in sorted(meetings)},
        "held": sorted(coverage.held, key=lambda h: (h["iri"], h["source"])),
        "publishedWithViolations": sorted(coverage.flagged, key=lambda h: (h["iri"], h["source"])),
        "unreadable": sorted(coverage.unreadable, key=lambda u: u["path"]),
        "levels": dict(sorted(coverage.levels.items())),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def test_streamed_report_has_the_bytes_of_one_dump(tmp_path: Path) -> None:
    rng = random.Random(11)

    def word() -> str:
        return "".join(rng.choice(_PIECES) for _ in range(rng.randrange(6)))

    for trial in range(200):
        coverage = Coverage(meetings=MeetingCounts(run_size=rng.choice([1, 3, 4000])))
        meetings: dict[str, dict[str, Any]] = {}
        for _ in range(rng.choice([0, 1, 2, 7, 60, 400])):
            meeting = rng.choice(["m1", "m2", "m" + word(), word()])
            body, date, published = word(), word(), rng.random() < 0.7
            coverage.count(body, meeting, date, published)
            entry = meetings.setdefault(
                meeting, {"body": body, "date": date, "read": 0, "published": 0, "held": 0}
            )
            entry["read"] += 1
            entry["published" if published else "held"] += 1
        if rng.random() < 0.5:
            coverage.hold("i" + word(), word(), word(), word(), "1", word(), [word()])
        expected = _reference(coverage, meetings)
        assert coverage.to_json() == expected
        assert coverage.to_json() == expected  # the counts can be read again
        assert all(chunk.endswith(b"\n") for chunk in coverage.chunks())
        path = tmp_path / f"coverage-{trial}.json"
        assert coverage.write(path, guard)
        assert path.read_bytes() == guard(expected)
        assert not coverage.write(path, guard)  # unchanged: left alone
        assert not path.with_name(path.name + ".part").exists()


def test_report_read_in_part_keeps_every_meeting() -> None:
    coverage = Coverage(meetings=MeetingCounts(run_size=2))
    for n in range(9):
        coverage.count("Kunnanhallitus", f"m{n}", "2026-01-02", n % 2 == 0)
    first = next(iter(coverage.meetings))
    assert first[0] == "m0"
    assert [m for m, _ in coverage.meetings] == [f"m{n}" for n in range(9)]


def test_identity_codes_are_masked_when_written(tmp_path: Path) -> None:
    coverage = Coverage()
    coverage.count("Kunnanhallitus", "m1", "2026-01-02", False)
    coverage.hold("i1", "a.md", "Kunnanhallitus", "2026-01-02", "1", "Hakija 010203A1230", ["x"])
    path = tmp_path / "coverage.json"
    coverage.write(path, guard)
    assert b"010203A1230" in coverage.to_json()
    assert b"010203A1230" not in path.read_bytes()
    assert path.read_bytes() == guard(coverage.to_json())


def test_keyset_of_many_keys() -> None:
    keys = KeySet(f"https://example.org/{n}".encode() for n in range(20_000))
    keys.add(b"extra")
    assert all(f"https://example.org/{n}".encode() in keys for n in range(0, 20_000, 97))
    assert b"extra" in keys
    keys.add(b"later")  # added after a look-up: that bucket is sorted again
    assert b"later" in keys and b"extra" in keys
    assert b"https://example.org/20000" not in keys
    assert len(keys) == 20_002


def test_keyset_finds_any_of_many_digests() -> None:
    keys = KeySet(f"https://example.org/{n}".encode() for n in range(5_000))
    others = [digest(f"https://example.org/other/{n}".encode()) for n in range(5_000)]
    assert not keys.any_of(others) and not keys.any_of([])
    assert keys.any_of([*others, digest(b"https://example.org/4321")])
