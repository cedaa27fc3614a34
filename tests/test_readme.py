"""The README stays true: its configuration example loads, and every command it lists exists."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from paatosdata.cli import COMMANDS, cli
from paatosdata.config import load_config
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_configuration_example_loads(tmp_path: Path) -> None:
    block = re.search(r"```toml\n(.*?)```", README, re.S)
    assert block is not None
    path = tmp_path / "paatosdata.toml"
    path.write_text(block.group(1), encoding="utf-8")
    config = load_config(path)
    assert config.base == "https://data.example.fi/paatokset"
    assert config.municipality_slug == "kuopio" and config.retention_days == 37


def test_every_listed_command_exists_and_has_help() -> None:
    listed = set(re.findall(r"^\| `paatosdata (\w+)", README, re.M))
    assert listed == set(COMMANDS)
    for name in listed:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, result.output
