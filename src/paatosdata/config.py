"""Publisher configuration (``paatosdata.toml``); everything has a documented default.

``load_config(path)`` reads the file named, or ``./paatosdata.toml`` when ``path`` is ``None``
and that file exists, or gives the defaults. Every key is optional::

    base = "https://data.kuopio.fi/paatokset"   # default https://w3id.org/paatosdata
    licence = "http://creativecommons.org/licenses/by/4.0/"   # the default

    [municipality]            # used when a document does not name its municipality
    name = "Kuopio"
    name_sv = "Kuopio"
    code = "297"              # Statistics Finland kuntanumero, three digits
    slug = "kuopio"           # default: slugify(name)

    [publisher]
    name = "Kuopion kaupunki"  # default "paatosdata"
    email = "kirjaamo@kuopio.fi"
    url = "https://www.kuopio.fi/"

    [bodies]                   # abbreviation = full name; merged over the defaults below
    kh = "kaupunginhallitus"
    tyalk = "työllisyysaluelautakunta"

    [privacy]
    retention_days = 37        # days personal data may stay online (30 + 7), see below

    [sparql]
    endpoint = "https://data.kuopio.fi/sparql"   # optional; announced in the dataset metadata

    [akn]
    meeting_date = 2016-09-05  # Akoma Ntoso: the meeting date of inputs that do not state one

Defaults: base ``https://w3id.org/paatosdata``; no municipality; licence CC BY 4.0; publisher
"paatosdata" without contact; body abbreviations :data:`DEFAULT_BODY_ABBREVIATIONS`; personal data
kept 37 days, i.e. the 30-day appeal period plus the 7 days after which a member of the public is
deemed notified (KuntaL 140 §), counted from the day the minutes were put on view (or, when that is
unknown, from the meeting date); no SPARQL endpoint; no stated meeting date (Akoma Ntoso export
refuses an input without one).

A file that is not valid TOML, or a value of the wrong kind, raises :class:`ConfigError` naming the
file and line (exit status 2 on the command line).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from paatosdata.errors import PaatosdataError

__all__ = [
    "CONFIG_FILE_NAME",
    "DEFAULT_BASE",
    "DEFAULT_BODY_ABBREVIATIONS",
    "DEFAULT_RETENTION_DAYS",
    "Config",
    "ConfigError",
    "load_config",
]

DEFAULT_BASE = "https://w3id.org/paatosdata"
CONFIG_FILE_NAME = "paatosdata.toml"

#: 30-day appeal period + 7 days until deemed notified (KuntaL 140 §).
DEFAULT_RETENTION_DAYS = 37

#: Common abbreviations of bodies in Finnish minutes and decision histories ("kh 21.10.2025 § 293").
#: Keys are lower case. A municipality (kunta, not kaupunki) should map kh/kv to kunnanhallitus/-valtuusto.
DEFAULT_BODY_ABBREVIATIONS: dict[str, str] = {
    "kh": "kaupunginhallitus",
    "khall": "kaupunginhallitus",
    "kv": "kaupunginvaltuusto",
    "kval": "kaupunginvaltuusto",
    "kvalt": "kaupunginvaltuusto",
    "kunh": "kunnanhallitus",
    "kunv": "kunnanvaltuusto",
    "kkj": "kaupunginhallituksen konsernijaosto",
    "tela": "tekninen lautakunta",
    "teklk": "tekninen lautakunta",
    "kasvlk": "kasvatus- ja opetuslautakunta",
    "sivlk": "sivistyslautakunta",
    "ymplk": "ympäristölautakunta",
    "rakltk": "rakennuslautakunta",
    "tarkltk": "tarkastuslautakunta",
    "tarkastuslk": "tarkastuslautakunta",
    "kvlk": "keskusvaalilautakunta",
    "kulk": "kulttuurilautakunta",
    "liilk": "liikuntalautakunta",
}

_BASE = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LINE = re.compile(r"at line (\d+)")


class ConfigError(PaatosdataError):
    """``paatosdata.toml`` cannot be read or holds a value of the wrong kind."""


@dataclass(slots=True)
class Config:
    """Base IRI, municipality, body abbreviations, licence, publisher contact and privacy settings."""

    base: str = DEFAULT_BASE
    municipality_name: str | None = None
    municipality_slug: str | None = None
    municipality_code: str | None = None
    body_abbreviations: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_BODY_ABBREVIATIONS))
    licence: str = "http://creativecommons.org/licenses/by/4.0/"
    publisher_name: str = "paatosdata"
    publisher_email: str | None = None
    municipality_name_sv: str | None = None
    publisher_url: str | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS
    sparql_endpoint: str | None = None
    path: str | None = None  # the file read, for messages
    akn_meeting_date: date | None = None  # the stated meeting date of inputs without one (AKN only)

    def expand_body(self, abbreviation: str) -> str | None:
        """The full body name for an abbreviation (``kh`` → ``kaupunginhallitus``), case-insensitively."""
        return self.body_abbreviations.get(abbreviation.strip().rstrip(".").lower())


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


class _Reader:
    """Reads typed values from the parsed TOML, raising ConfigError with file:line."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path = path
        self.text = text
        self.data = data

    def error(self, key: str, message: str, hint: str | None = None) -> ConfigError:
        line = _line_of(self.text, key.rsplit(".", 1)[-1])
        source = f"{self.path}:{line}" if line else str(self.path)
        return ConfigError(message, source=source, hint=hint)

    def table(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise self.error(name, f"{name!r} must be a table ([{name}])")
        return value

    def string(self, table: dict[str, Any], key: str, dotted: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(dotted, f"{dotted!r} must be a non-empty string")
        return value.strip()


_KNOWN = {
    "": {"base", "licence", "municipality", "publisher", "bodies", "privacy", "sparql", "akn"},
    "municipality": {"name", "name_sv", "code", "slug"},
    "publisher": {"name", "email", "url"},
    "privacy": {"retention_days"},
    "sparql": {"endpoint"},
    "akn": {"meeting_date"},
}


def _parse(path: Path, text: str) -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE.search(str(exc))
        source = f"{path}:{match.group(1)}" if match else str(path)
        message = _LINE.sub("", str(exc)).replace("()", "").strip(" (")
        raise ConfigError(f"not valid TOML: {message}", source=source) from None
    reader = _Reader(path, text, data)
    for table_name, keys in _KNOWN.items():
        table = data if not table_name else reader.table(table_name)
        for key in table:
            if key not in keys:
                where = f"{table_name}.{key}" if table_name else key
                raise reader.error(key, f"unknown setting {where!r}", hint="see the paatosdata.config docs")

    config = Config(path=str(path))
    base = reader.string(data, "base", "base")
    if base is not None:
        if not _BASE.match(base):
            raise reader.error("base", f"'base' must be an http(s) IRI, not {base!r}")
        config.base = base.rstrip("/")
    licence = reader.string(data, "licence", "licence")
    if licence is not None:
        config.licence = licence

    municipality = reader.table("municipality")
    config.municipality_name = reader.string(municipality, "name", "municipality.name")
    config.municipality_name_sv = reader.string(municipality, "name_sv", "municipality.name_sv")
    code = reader.string(municipality, "code", "municipality.code")
    if code is not None and not re.fullmatch(r"\d{3}", code):
        raise reader.error("code", f"'municipality.code' must be three digits (e.g. \"297\"), not {code!r}")
    config.municipality_code = code
    slug = reader.string(municipality, "slug", "municipality.slug")
    if slug is not None and not _SLUG.match(slug):
        raise reader.error("slug", f"'municipality.slug' must be lower-case ASCII with hyphens, not {slug!r}")
    if slug is None and config.municipality_name:
        from paatosdata.ids import slugify

        slug = slugify(config.municipality_name)
    config.municipality_slug = slug

    publisher = reader.table("publisher")
    config.publisher_name = reader.string(publisher, "name", "publisher.name") or config.publisher_name
    config.publisher_email = reader.string(publisher, "email", "publisher.email")
    config.publisher_url = reader.string(publisher, "url", "publisher.url")

    bodies = reader.table("bodies")
    for abbreviation, name in bodies.items():
        if not isinstance(name, str) or not name.strip():
            raise reader.error(abbreviation, f"'bodies.{abbreviation}' must be the body's name as a string")
        config.body_abbreviations[abbreviation.lower()] = name.strip()

    privacy = reader.table("privacy")
    days = privacy.get("retention_days")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            raise reader.error(
                "retention_days", "'privacy.retention_days' must be a whole number of days ≥ 0"
            )
        config.retention_days = days

    sparql = reader.table("sparql")
    endpoint = reader.string(sparql, "endpoint", "sparql.endpoint")
    if endpoint is not None and not _BASE.match(endpoint):
        raise reader.error("endpoint", f"'sparql.endpoint' must be an http(s) URL, not {endpoint!r}")
    config.sparql_endpoint = endpoint

    akn = reader.table("akn")
    day = akn.get("meeting_date")
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day.strip())
        except ValueError:
            day = None
    if "meeting_date" in akn and (not isinstance(day, date) or isinstance(day, datetime)):
        raise reader.error("meeting_date", "'akn.meeting_date' must be a date YYYY-MM-DD (e.g. 2016-09-05)")
    config.akn_meeting_date = day
    return config


def load_config(path: Path | None = None) -> Config:
    """The configuration from ``path``, else from ``./paatosdata.toml`` if present, else the defaults."""
    if path is None:
        candidate = Path.cwd() / CONFIG_FILE_NAME
        if not candidate.is_file():
            return Config()
        path = candidate
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such configuration file", source=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration: {exc.strerror}", source=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("the configuration is not UTF-8 text", source=str(path)) from None
    return _parse(path, text)
