"""``make bench`` works end to end: every stage runs and the results file holds every figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

STAGES = ("parse", "parse_naive", "convert", "naive_pipeline", "check_1", "check_2", "publish_1", "publish_2")


def test_the_benchmark_measures_every_stage_beside_its_baseline(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--sizes",
        "20,30",
        "--jobs",
        "2",
        "--output",
        str(out),
    ]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "→" in done.stdout and "scaling 1 → 2 workers" in done.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    for size in ("20", "30"):
        figures = results["sizes"][size]
        for stage in (*STAGES, "query", "query_naive"):
            assert "error" not in figures[stage], (stage, figures[stage])
            assert figures[stage]["items_per_s"] > 0 and figures[stage]["tree_peak_mb"] > 0
        assert figures["publish_1"]["published"] > 0
        # one file at a time counts a shared triple (a body, a person) once per file; one graph once
        assert figures["parse"]["triples"] >= figures["parse_naive"]["triples"] > 0
        assert set(figures["scaling"]) == {"check", "publish"}
        assert figures["query"]["queries"] and all(
            q["rows"] >= 0 for q in figures["query"]["queries"].values()
        )
        assert {q: v["rows"] for q, v in figures["query"]["queries"].items()} == {
            q: v["rows"] for q, v in figures["query_naive"]["queries"].items()
        }
    assert results["peak_memory_growth"]["to"] == "30"
