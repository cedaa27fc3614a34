"""``paatosdata.toml``: defaults, every setting, and errors that name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.config import DEFAULT_BASE, DEFAULT_RETENTION_DAYS, Config, ConfigError, load_config
from paatosdata.errors import ExitStatus, PaatosdataError

FULL = """\
base = "https://data.kuopio.fi/paatokset/"
licence = "http://creativecommons.org/publicdomain/zero/1.0/"

[municipality]
name = "Kuopio"
name_sv = "Kuopio"
code = "297"

[publisher]
name = "Kuopion kaupunki"
email = "kirjaamo@kuopio.fi"
url = "https://www.kuopio.fi/"

[bodies]
TYALK = "työllisyysaluelautakunta"
kh = "kunnanhallitus"

[privacy]
retention_days = 60

[sparql]
endpoint = "https://data.kuopio.fi/sparql"
"""


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config == Config()
    assert config.base == DEFAULT_BASE
    assert config.retention_days == DEFAULT_RETENTION_DAYS == 37
    assert config.expand_body("KH") == "kaupunginhallitus"
    assert config.expand_body("kvalt") == "kaupunginvaltuusto"
    assert config.expand_body("tela") == "tekninen lautakunta"
    assert config.sparql_endpoint is None


def test_every_setting(tmp_path: Path) -> None:
    path = tmp_path / "paatosdata.toml"
    path.write_text(FULL, encoding="utf-8")
    config = load_config(path)
    assert config.base == "https://data.kuopio.fi/paatokset"
    assert config.licence == "http://creativecommons.org/publicdomain/zero/1.0/"
    assert (config.municipality_name, config.municipality_slug, config.municipality_code) == (
        "Kuopio",
        "kuopio",
        "297",
    )
    assert config.municipality_name_sv == "Kuopio"
    assert (config.publisher_name, config.publisher_email) == ("Kuopion kaupunki", "kirjaamo@kuopio.fi")
    assert config.publisher_url == "https://www.kuopio.fi/"
    assert config.expand_body("tyalk") == "työllisyysaluelautakunta"
    assert config.expand_body("kh") == "kunnanhallitus"  # overrides the default
    assert config.expand_body("kv") == "kaupunginvaltuusto"  # defaults stay
    assert config.retention_days == 60
    assert config.sparql_endpoint == "https://data.kuopio.fi/sparql"


def test_finds_the_file_in_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "paatosdata.toml").write_text('[municipality]\nname = "Pieksämäki"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.municipality_slug == "pieksamaki"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('base = "https://x.fi"\n[municipality\n', 2, "not valid TOML"),
        ('base = "ftp://x.fi"\n', 1, "http(s) IRI"),
        ('\n\n[municipality]\ncode = "29"\n', 4, "three digits"),
        ('[municipality]\nslug = "Kuopio Town"\n', 2, "lower-case"),
        ("[privacy]\nretention_days = -1\n", 2, "whole number"),
        ('[privacy]\nretention_days = "37"\n', 2, "whole number"),
        ("[bodies]\nkh = 3\n", 2, "body's name"),
        ('basis = "https://x.fi"\n', 1, "unknown setting 'basis'"),
        ('[publisher]\nphone = "1"\n', 2, "unknown setting 'publisher.phone'"),
        ('municipality = "Kuopio"\n', 1, "must be a table"),
        ('[sparql]\nendpoint = "not a url"\n', 2, "http(s) URL"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "paatosdata.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert isinstance(error, PaatosdataError)
    assert error.exit_status == ExitStatus.USAGE_OR_INPUT
    assert error.source == f"{path}:{line}"
    assert message in error.message


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")
    path = tmp_path / "latin1.toml"
    path.write_bytes('base = "https://ä.fi"'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)
