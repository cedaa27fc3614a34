"""``assert_valid_akn``: every AKN output in the tests must pass the strict XSD and the profile;
``cold_bytes``: a build with every cache cleared, to compare cached builds with."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from datetime import date

from lxml import etree

from benchmarks.generate import generate_documents
from paatosdata.akn import build as akn_build
from paatosdata.akn import frbr as akn_frbr
from paatosdata.akn.build import build, to_bytes
from paatosdata.akn.profile import validate_akn
from paatosdata.model import Attachment, Confidentiality, Document, DocumentKind, Item, LegalReference

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
    akn_frbr._leaf.cache_clear()
    akn_frbr._author.cache_clear()
    return to_bytes(make(*args, **options))  # type: ignore[operator]


def published_items(doc: Document) -> Iterator[tuple[Document, Item]]:
    """Each item as publishing renders it: the document holding that item only, minutes text dropped,
    an unnumbered item numbered by its place."""
    for index, item in enumerate(doc.items, start=1):
        if not item.number and not item.agenda_number:
            item = dataclasses.replace(item, agenda_number=f"nn-{index}")
        yield dataclasses.replace(doc, items=[item], sections=[]), item


def varied_minutes() -> list[Document]:
    """60 generated documents, the first six changed to hold every optional part: an agenda, a Swedish
    document, unnumbered items, wholly confidential items, attachments, a legal basis, an absentee."""
    docs = list(generate_documents(60))
    first, second, third, fourth, fifth, sixth = docs[:6]
    first.kind = DocumentKind.AGENDA
    second.language = "sv"
    for item in second.items:
        item.language = "sv"
    third.items[0].number = third.items[0].number_raw = third.items[0].agenda_number = None
    third.items[3].number = third.items[3].number_raw = third.items[3].agenda_number = None
    fourth.items[2].confidentiality = Confidentiality(
        ground="JulkL 24.1 § 25 k", whole_item=True, public_title="Salassa pidettävä asia"
    )
    fifth.items[1].confidentiality = Confidentiality(ground="JulkL 24.1 § 32 k", whole_item=True)
    sixth.items[0].attachments = [
        Attachment("Liite 1: Talousarvio", number="1"),
        Attachment("Salainen liite", number="2", public=False, url="https://example.org/2.pdf"),
        Attachment("Oheismateriaali", supplementary=True),
    ]
    sixth.items[1].legal_basis = [
        LegalReference("KuntaL 39 §", "statute", "Kuntalaki", "KuntaL", 410, 2015, section="39")
    ]
    sixth.meeting.participants.append(copy.deepcopy(sixth.meeting.participants[0]))
    sixth.meeting.participants[-1].present = False
    return docs
