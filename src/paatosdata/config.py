"""Publisher configuration (``paatosdata.toml``); everything has a documented default.

Placeholder until the configuration issue fills it in: the defaults below are what the
mapping and exporters may rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DEFAULT_BASE", "Config"]

DEFAULT_BASE = "https://w3id.org/paatosdata"


@dataclass(slots=True)
class Config:
    """Base IRI, municipality, body abbreviations, licence and publisher contact."""

    base: str = DEFAULT_BASE
    municipality_name: str | None = None
    municipality_slug: str | None = None
    municipality_code: str | None = None
    body_abbreviations: dict[str, str] = field(default_factory=dict)
    licence: str = "http://creativecommons.org/licenses/by/4.0/"
    publisher_name: str = "paatosdata"
    publisher_email: str | None = None
