"""The built wheel carries the vocabulary, context and shapes, and finds them once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from paatosdata.cli import COMMANDS

REPO_ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import json, sys
from pathlib import Path
import paatosdata
from paatosdata.resources import ontology_dir, shapes_dir
from paatosdata.owl import load_vocabulary, vocabulary_problems
from paatosdata.export.jsonld import context
site = Path(sys.argv[1]).resolve()
for folder in (Path(paatosdata.__file__), ontology_dir(), shapes_dir()):
    assert site in folder.resolve().parents, (folder, site)
assert vocabulary_problems(load_vocabulary()) == []
assert context()["pd"] == "https://w3id.org/paatosdata/def#"
assert (shapes_dir()).is_dir()
from paatosdata.parse.municipalities import COUNTIES, MUNICIPALITIES
assert (len(MUNICIPALITIES), len(COUNTIES)) == (309, 21)
print("ok", ontology_dir())
"""


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.slow
def test_installed_wheel_finds_its_data(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO_ROOT)
    (wheel,) = dist.glob("paatosdata-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packaged = {name for name in archive.namelist() if name.startswith("paatosdata/data/")}
    expected = {
        f"paatosdata/data/{path.relative_to(REPO_ROOT).as_posix()}"
        for folder in ("ontology", "shapes")
        for path in (REPO_ROOT / folder).rglob("*")
        if path.is_file() and not path.name.startswith(".")
    }
    assert packaged == expected
    assert "paatosdata/data/ontology/paatosdata.ttl" in packaged
    assert "paatosdata/data/ontology/context.jsonld" in packaged

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel)
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    # dependencies come from this interpreter's site-packages; paatosdata itself only from the wheel
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    env.pop("PYTHONHOME", None)
    result = _run(python, "-c", CHECK, site, env=env)
    assert result.stdout.startswith("ok ")
    assert "site-packages" in result.stdout
    command = venv / "bin" / "paatosdata"
    assert "--to" in _run(command, "convert", "--help", env=env).stdout
    _run(command, "ontology", "docs", "-o", tmp_path / "docs", env=env)
    assert (tmp_path / "docs" / "index.html").is_file()
    missing = [name for name, target in COMMANDS.items() if not _module_exists(target.split(":")[0])]
    if missing:
        pytest.skip(f"'paatosdata --help' needs every registered command; not on this branch yet: {missing}")
    help_text = _run(command, "--help", env=env).stdout
    assert "convert" in help_text and "ontology" in help_text


def _module_exists(module: str) -> bool:
    path = REPO_ROOT / "src" / Path(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
