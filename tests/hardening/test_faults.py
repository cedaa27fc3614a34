"""Faults during publish: a full disk or an unwritable output leaves the old site intact.

"Disk full" is simulated with RLIMIT_FSIZE in a child process (writes then fail with EFBIG);
an output whose parent is a file stands for an unwritable location (tests run as root, so
permission bits would not stop a write).
"""

from __future__ import annotations

import hashlib
import resource
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from paatosdata.cli import cli
from tests.conftest import EXAMPLES


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _small_file_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


def test_full_disk_keeps_the_old_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    seed = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
    first = CliRunner().invoke(cli, ["publish", str(seed), "-o", str(site)])
    assert first.exit_code == 0, first.output
    before = tree_digest(site)

    changed = tmp_path / "in" / seed.name
    changed.parent.mkdir()
    changed.write_text(
        seed.read_text(encoding="utf-8").replace("Yhteistyö", "Yhteistyö 2026"), encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "paatosdata", "publish", str(EXAMPLES), str(changed), "-o", str(site)],
        preexec_fn=_small_file_limit,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 3, run.stderr
    assert "Traceback" not in run.stderr
    assert "cannot write the site" in run.stderr and "previous site is unchanged" in run.stderr
    assert tree_digest(site) == before
    assert not any(p.name.endswith(".staging") for p in tmp_path.iterdir())


def test_unwritable_output_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    seed = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"
    result = CliRunner().invoke(cli, ["publish", str(seed), "-o", str(blocker / "site")])
    assert result.exit_code in (2, 3)
    assert "Traceback" not in result.output
    assert result.output.count("paatosdata: error:") == 1
    assert blocker.read_text(encoding="utf-8") == "x"
