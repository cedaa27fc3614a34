"""``assert_valid_akn``: every AKN output in the tests must pass the strict XSD and the profile;
``cold_bytes``: a build with every cache cleared, to compare cached builds with."""

from __future__ import annotations

from datetime import date

from lxml import etree

from paatosdata.akn import build as akn_build
from paatosdata.akn.build import build, to_bytes
from paatosdata.akn.profile import validate_akn
from paatosdata.model import Document

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PD = "https://w3id.org/paatosdata/def#"
NS = {"a": AKN, "pd": PD}
TRANSFORM = date(2026, 5, 20)


def assert_valid_akn(data: bytes | etree._Element) -> etree._Element:
    """Parse (if bytes), validate against the strict OASIS XSD and the profile; return the root."""
    root = etree.fromstring(data) if isinstance(data, bytes) else data
    problems = [problem for problem in validate_akn(root) if problem.severity == "error"]
    assert not problems, "\n".join(str(problem) for problem in problems)
    return root


def export(doc: Document, **options: object) -> tuple[bytes, etree._Element]:
    """Build, serialise and validate ``doc``; the bytes and the re-parsed root."""
    data = to_bytes(build(doc, transform_date=TRANSFORM, **options))
    return data, assert_valid_akn(data)


def cold_bytes(make: object, *args: object, **options: object) -> bytes:
    """``to_bytes(make(…))`` through lxml with nothing remembered from earlier builds."""
    akn_build._last_opening.clear()
    akn_build._last_conclusions.clear()
    akn_build._leaf.cache_clear()
    akn_build._author.cache_clear()
    return to_bytes(make(*args, **options))  # type: ignore[operator]
