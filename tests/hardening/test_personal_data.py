"""Personal data end to end: identity codes in Swedish text and attachment titles are never
published, look-alikes survive untouched, and private persons' data expires after the period."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from paatosdata.cli import cli
from paatosdata.hetu import check_character, find_hetus
from tests.conftest import EXAMPLES


def code(ddmmyy: str, sign: str, individual: str) -> str:
    return f"{ddmmyy}{sign}{individual}{check_character(ddmmyy + individual)}"


SWEDISH_CODE = code("240387", "-", "412")
TITLE_CODE = code("050612", "A", "931")
LOOK_ALIKES = [
    "2804/00.01.01/2026",  # a diary number
    "1234567-8",  # a business ID (Y-tunnus)
    "837-715-2-47",  # a property ID
    "044 718 7502",  # a phone number
    code("240387", "-", "412")[:-1] + ("X" if not code("240387", "-", "412").endswith("X") else "Y"),
]


def _published_text(site: Path) -> str:
    parts = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        parts.append(data.decode("utf-8", "replace"))
    return "\n".join(parts)


@pytest.fixture()
def minutes(tmp_path: Path) -> Path:
    seed = (EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md").read_text(encoding="utf-8")
    text = seed.replace(
        "Liitteet",
        "Vid mötet konstaterades att sökanden (personbeteckning "
        f"{SWEDISH_CODE}) hade lämnat in sin ansökan i tid.\n\n"
        f"Vertailun vuoksi: {', '.join(LOOK_ALIKES)}.\n\n"
        f"Liitteet\n\n1. Hakemus {TITLE_CODE}\n",
    )
    path = tmp_path / "in" / "kuopio-pd.md"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def test_the_planted_codes_are_real_and_the_look_alikes_are_not() -> None:
    assert [m.code for m in find_hetus(f"x {SWEDISH_CODE} y {TITLE_CODE}")] == [SWEDISH_CODE, TITLE_CODE]
    assert find_hetus(" ".join(LOOK_ALIKES)) == []


def test_check_reports_the_codes_without_repeating_them(minutes: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(minutes), "--lang", "sv"])
    assert result.exit_code == 1, result.output
    assert "FI-015" in result.output
    assert SWEDISH_CODE not in result.output and TITLE_CODE not in result.output


def test_codes_are_never_published_and_look_alikes_are(minutes: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = CliRunner().invoke(cli, ["publish", str(minutes), "-o", str(site), "--allow-invalid"])
    assert result.exit_code in (0, 1), result.output
    published = _published_text(site)
    assert "Hakemus" in published  # the attachment itself is published …
    assert SWEDISH_CODE not in published and TITLE_CODE not in published  # … without the codes
    for look_alike in LOOK_ALIKES[:2]:
        assert look_alike in published
