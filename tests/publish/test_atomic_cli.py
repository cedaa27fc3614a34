"""publish from the command line, and an interrupted publish leaving the old site intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from paatosdata.cli import cli
from tests.conftest import EXAMPLES
from tests.publish.helpers import site_bytes

REPO = Path(__file__).resolve().parents[2]


def test_cli_publishes_examples(tmp_path: Path) -> None:
    site = tmp_path / "site"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["publish", str(EXAMPLES), "-o", str(site), "--now", "2026-06-30", "--jobs", "2"]
    )
    assert result.exit_code in (0, 1), result.output
    assert "Published " in result.stdout
    assert "items/s" not in result.stderr  # no progress bar when stderr is not a terminal
    assert (site / "index.html").is_file() and (site / "catalog.ttl").is_file()
    again = runner.invoke(
        cli, ["publish", str(EXAMPLES), "-o", str(site), "--now", "2026-06-30", "--jobs", "2"]
    )
    assert again.exit_code == result.exit_code
    assert "0 feed events: nothing changed since the last publish" in again.stdout
    assert "nothing changed" not in result.stdout


def test_cli_help_and_bad_now(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["publish", "--help"]).exit_code == 0
    bad = runner.invoke(cli, ["publish", str(EXAMPLES), "-o", str(tmp_path / "s"), "--now", "yesterday"])
    assert bad.exit_code == 2


def _assert_complete(site: Path) -> None:
    """Every checksum matches, every dump decompresses, every resource has all its representations."""
    import gzip
    import hashlib

    for line in filter(None, (site / "SHA256SUMS").read_text().split("\n")):
        digest, name = line.split("  ")
        data = (site / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest
        gzip.decompress(data)
    names = {"index.html", "index.ttl", "index.jsonld", "index.rdf", "index.akn.xml"}
    for page in (site / "akn").rglob("index.html"):
        assert names <= {p.name for p in page.parent.iterdir()}


@pytest.mark.slow
def test_killed_publish_leaves_a_complete_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    command = [
        sys.executable,
        "-m",
        "paatosdata",
        "publish",
        str(EXAMPLES),
        "-o",
        str(site),
        "--now",
        "2026-06-30",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    subprocess.run(command, env=env, capture_output=True, check=False)
    old = site_bytes(site)
    _assert_complete(site)
    # a different base changes every file, so a half-done swap would show
    changed = [*command, "--base", "https://example.org/pd"]
    rng = random.Random(7)
    outcomes = []
    for _ in range(6):
        process = subprocess.Popen(changed, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = site_bytes(site)
        if now == old:
            outcomes.append("old")
            continue
        assert b"https://example.org/pd" in now["catalog.ttl"], "the site is neither the old nor the new one"
        _assert_complete(site)
        outcomes.append("new")
        break
    assert outcomes
    subprocess.run(command, env=env, capture_output=True, check=False)
    _assert_complete(site)
    assert b"https://w3id.org/paatosdata" in (site / "catalog.ttl").read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]
