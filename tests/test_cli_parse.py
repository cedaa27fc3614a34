"""``paatosdata parse``: JSON and summary output, folders, bad inputs, --help and --version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from paatosdata import __version__
from paatosdata.cli import COMMANDS, cli
from tests.conftest import EXAMPLES

SEED = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_of_one_file_is_one_object() -> None:
    code, out, err = _run("parse", str(SEED))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["meeting"]["body"]["name"] == "Työllisyysaluelautakunta"
    item = data["items"][0]
    assert (item["number"], item["title"]) == ("28", "Yhteistyö- ja seurantakeskustelut")
    assert item["spans"]["title"] == {"file": str(SEED), "line": 3}  # column 1 is the default, left out
    assert item["sections"][0]["span"]["line"] == 8


def test_no_spans() -> None:
    code, out, _ = _run("parse", "--no-spans", str(SEED))
    assert code == 0 and '"span' not in out


def test_folder_gives_an_array_in_order() -> None:
    code, out, err = _run("parse", str(EXAMPLES))
    assert (code, err) == (0, "")
    data = json.loads(out)
    names = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".md", ".txt"))
    assert [Path(d["source"]["path"]).name for d in data] == names


def test_summary() -> None:
    code, out, _ = _run(
        "parse", "--format", "summary", str(EXAMPLES / "kaislaranta-sivistyslautakunta-2026-03-12.md")
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith(
        "  Kaislaranta · Sivistyslautakunta · pöytäkirja 3/2026 · 12.03.2026 klo 16.15–19.16"
    )
    assert "koko pöytäkirja" in lines[2] and "tarkastettu" in lines[2]
    assert lines[3].split()[:2] == ["§", "18"]
    row = next(line for line in lines if "§ 20" in line)
    assert "412/12.00.00/2025" in row and "äänestys, 5–2" in row


def test_bad_inputs_one_line_each_others_still_printed(tmp_path: Path) -> None:
    binary = tmp_path / "kuva.md"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    empty = tmp_path / "tyhja.md"
    empty.write_bytes(b"")
    missing = tmp_path / "puuttuu.md"
    code, out, err = _run("parse", str(binary), str(SEED), str(empty), str(missing))
    assert code == 2
    assert err.splitlines() == [
        f"paatosdata: error: {binary}: this is a binary file, not text",
        f"paatosdata: error: {empty}: the file is empty",
        f"paatosdata: error: {missing}: no such file",
    ]
    assert "Traceback" not in err
    (document,) = json.loads(out)
    assert document["items"][0]["number"] == "28"


def test_parse_error_names_the_line(tmp_path: Path) -> None:
    note = tmp_path / "muistio.txt"
    note.write_text("\n\nMuistio ilman pykäliä\n", encoding="utf-8")
    code, out, err = _run("parse", str(note))
    assert (code, out) == (2, "")
    assert err.startswith(f"paatosdata: error: {note}:3: no item header")


def test_empty_folder(tmp_path: Path) -> None:
    code, _, err = _run("parse", str(tmp_path))
    assert code == 2 and err.startswith("paatosdata: error: no readable files found")


def test_unknown_from_format() -> None:
    code, _, err = _run("parse", "--from", "nosuch", str(SEED))
    assert code == 2 and "Invalid value for '--from'" in err


def test_forced_format() -> None:
    code, out, _ = _run("parse", "--from", "text", str(SEED))
    assert code == 0 and json.loads(out)["items"][0]["number"] == "28"


@pytest.mark.parametrize(
    ("fmt", "vendor"),
    [("casem-html", "a CaseM item page"), ("dynasty", "a Dynasty page"), ("turku", "a Turku page")],
)
def test_plain_text_in_no_layout_of_an_html_reader_is_refused_for_what_it_lacks(
    tmp_path: Path, fmt: str, vendor: str
) -> None:
    """Text without a tag that none of the reader's text layouts takes is no cut HTML page: one line
    names the file and what the layouts look for, and the exit code is 2."""
    note = tmp_path / "tiedote.txt"
    note.write_text(
        "Harjulan kylätoimikunta, tiedote 4.5.2026\n\nUimarannan laituri korjataan kesäkuussa.\n\n"
        "Lisätietoja antaa Sointu Esimerkki <sointu.esimerkki@example.fi>.\n",
        encoding="utf-8",
    )
    code, out, err = _run("parse", "--from", fmt, str(note))
    assert (code, out) == (2, "")
    [line] = err.splitlines()
    assert line.startswith(f"paatosdata: error: {note}: the text is not {vendor} saved as text: no ")
    assert "truncated" not in line and "HTML" not in line


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_of_every_command(command: str) -> None:
    for flag in ("--help", "-h"):
        code, out, _ = _run(command, flag)
        assert code == 0
        assert out.startswith("Usage: ") and f" {command} " in out.splitlines()[0]
        assert "--version" in out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_version_of_every_command(command: str) -> None:
    code, out, _ = _run(command, "--version")
    assert code == 0 and out.strip() == f"paatosdata, version {__version__}"


def test_top_level_help_and_version() -> None:
    code, out, _ = _run("--help")
    assert code == 0 and "parse" in out
    code, out, _ = _run("--version")
    assert code == 0 and __version__ in out
