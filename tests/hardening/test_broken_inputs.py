"""Broken inputs never lose the rest: 100 inputs, 5 broken → 95 checked and published, 5 reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from paatosdata.cli import cli
from tests.conftest import EXAMPLES

SEED = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
HEADER = "Työllisyysaluelautakunta 07.05.2026 § 28"

BROKEN = {
    "empty.md": b"",
    "binary.md": bytes(range(256)) * 4,
    "truncated.htm": (
        b'<html><head><meta name="Generator" content="Microsoft Word 14 (filtered)"></head>'
        b'<body class="bodyKokousasia"><div class="WordSection1"><p class="Sivuotsikko"><b>P'
    ),
    "wrong-shape.json": b'{"ExtendedProperties": "not a list"}',
    "scanned.pdf": (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    text = SEED.read_text(encoding="utf-8")
    assert HEADER in text
    for number in range(1, 96):
        item = text.replace(HEADER, HEADER.replace("§ 28", f"§ {number}"))
        (folder / f"item-{number:03d}.md").write_text(item, encoding="utf-8")
    for name, data in BROKEN.items():
        (folder / name).write_bytes(data)
    return folder


def test_check_reads_the_95_and_names_the_5(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(corpus), "--format", "json"])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("paatosdata: error:")]
    assert sorted(Path(line.split()[2].split(":")[0]).name for line in errors) == sorted(BROKEN)
    report = json.loads(result.output[result.output.index("{") :])
    assert len(report["items"]) == 95


def test_publish_publishes_the_95_and_lists_the_5(corpus: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = CliRunner().invoke(cli, ["publish", str(corpus), "-o", str(site)])
    assert result.exit_code == 2, result.output
    coverage = json.loads((site / "coverage.json").read_text(encoding="utf-8"))
    unreadable = {Path(entry["path"]).name: entry["reason"] for entry in coverage["unreadable"]}
    assert sorted(unreadable) == sorted(BROKEN)
    assert all(reason for reason in unreadable.values())
    pages = list((site / "akn").rglob("statement/deliberation/*/2026-05-07/*/index.ttl"))
    assert len(pages) == 95
