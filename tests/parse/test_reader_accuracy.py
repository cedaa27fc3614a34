"""The reader accuracy benchmark counts exact and wrong fields per vendor."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "reader_accuracy.py"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reader_accuracy", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_accuracy_counts_exact_and_wrong_fields(tmp_path: Path) -> None:
    docs, expected = tmp_path / "docs", tmp_path / "expected"
    (docs / "turku").mkdir(parents=True)
    (expected / "turku").mkdir(parents=True)
    shutil.copy(FIXTURES / "turku" / "list.htm", docs / "turku" / "list.htm")
    facts = {
        "meeting.body": "Kaupunginhallitus",  # right
        "items.0.number": "97",  # right
        "items.1.title": "Jokin muu otsikko",  # wrong on purpose
    }
    (expected / "turku" / "list.htm.json").write_text(
        json.dumps({"format": "turku", "facts": facts}), encoding="utf-8"
    )
    result = _benchmark().evaluate(docs, expected)
    assert result["vendors"] == {"turku": {"files": 1, "total": 4, "exact": 3}}
    [record] = result["files"]
    assert len(record["misses"]) == 1 and record["misses"][0].startswith("items.1.title")


def test_unreadable_document_counts_every_field_wrong(tmp_path: Path) -> None:
    docs, expected = tmp_path / "docs", tmp_path / "expected"
    docs.mkdir()
    expected.mkdir()
    (docs / "cut.htm").write_bytes((FIXTURES / "turku" / "list.htm").read_bytes()[:300])
    (expected / "cut.htm.json").write_text(
        json.dumps({"format": "turku", "facts": {"meeting.body": "Kaupunginhallitus"}}), encoding="utf-8"
    )
    result = _benchmark().evaluate(docs, expected)
    assert result["vendors"]["turku"] == {"files": 1, "total": 2, "exact": 0}
    assert "truncated" in result["files"][0]["misses"][0]


def test_documents_and_facts_may_share_a_folder(tmp_path: Path) -> None:
    """A JSON document beside its ``.json.json`` facts is read as a document, not as facts."""
    document = next(p for p in sorted((FIXTURES / "casem").glob("*.json")))
    shutil.copy(document, tmp_path / document.name)
    (tmp_path / f"{document.name}.json").write_text(
        json.dumps({"format": "casem", "facts": {"item_count": 1}}), encoding="utf-8"
    )
    result = _benchmark().evaluate(tmp_path, tmp_path)
    assert [record["file"] for record in result["files"]] == [document.name]
    assert result["vendors"]["casem"] == {"files": 1, "total": 2, "exact": 2}
