"""coverage.json tells every meeting apart: undated meetings share one IRI, and are listed per file.

Also: what Coverage keeps in memory does not grow with the months counted, and the statistics take
the vocabulary's terms from its namespace.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from paatosdata import statistics
from paatosdata.namespaces import PD
from paatosdata.publish.coverage import Coverage
from paatosdata.publish.site import Options, publish

UNDATED = "https://example.org/akn/fi-tuulijarvi/debateReport/minute/tekninen-lautakunta/nn/nn"
DATED = "https://example.org/akn/fi-tuulijarvi/debateReport/minute/tekninen-lautakunta/2026-02-19/nn"

_MINUTES = """Tuulijärven kunta
Tekninen lautakunta

§ {number} {title}

Päätösehdotus
Lautakunta hyväksyy ehdotuksen.

Päätös
Hyväksyttiin.
"""


def test_undated_meetings_of_two_files_are_two_entries() -> None:
    coverage = Coverage()
    coverage.count("Tekninen lautakunta", UNDATED, "", True, "/in/a.md:4")
    coverage.count("Tekninen lautakunta", UNDATED, "", False, "/in/a.md:30")
    coverage.count("Tekninen lautakunta", UNDATED, "", True, "/in/b.md:4")
    coverage.count("Tekninen lautakunta", DATED, "2026-02-19", True, "/in/c.md:4")
    meetings = json.loads(coverage.to_json())["meetings"]
    assert meetings == {
        DATED: {"body": "Tekninen lautakunta", "date": "2026-02-19", "held": 0, "published": 1, "read": 1},
        f"{UNDATED} /in/a.md": {
            "body": "Tekninen lautakunta",
            "date": "",
            "held": 1,
            "published": 1,
            "read": 2,
            "source": "/in/a.md",
        },
        f"{UNDATED} /in/b.md": {
            "body": "Tekninen lautakunta",
            "date": "",
            "held": 0,
            "published": 1,
            "read": 1,
            "source": "/in/b.md",
        },
    }


def test_publish_lists_two_undated_meetings_apart(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "a.md").write_text(_MINUTES.format(number=5, title="Katuvalojen uusiminen"), encoding="utf-8")
    (sources / "b.md").write_text(_MINUTES.format(number=9, title="Puiston kunnostus"), encoding="utf-8")
    site = tmp_path / "site"
    publish([sources], site, Options(validator=None, now=datetime(2026, 6, 30, tzinfo=UTC)))
    report = json.loads((site / "coverage.json").read_text(encoding="utf-8"))
    meetings = report["meetings"]
    assert sorted(m["source"] for m in meetings.values()) == [str(sources / "a.md"), str(sources / "b.md")]
    assert all(m["read"] == 1 and m["date"] == "" for m in meetings.values())
    assert report["items"]["read"] == 2


def test_coverage_in_memory_does_not_grow_with_months() -> None:
    coverage = Coverage()
    for month in range(1, 13):
        for year in range(2000, 2040):
            coverage.count("Kunnanhallitus", f"m{year}-{month}", f"{year}-{month:02d}-01", True)
    assert coverage.published == 480
    # per body, not per month: the counts per month are the statistics' (statistics.ttl)
    in_memory = [value for name in Coverage.__slots__ if isinstance(value := getattr(coverage, name), dict)]
    assert in_memory and all(len(value) <= 1 for value in in_memory)


def test_statistics_spell_no_vocabulary_namespace_of_their_own() -> None:
    assert not hasattr(statistics, "PD")
    triples = statistics.statistics_triples("https://example.org", {("https://example.org/b", "2026-05"): 2})
    predicates = {t.predicate.value for t in triples}
    assert {str(PD.refBody), str(PD.decisionCount)} <= predicates
