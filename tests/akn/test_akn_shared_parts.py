"""The parts one meeting's documents share (opening, FRBR entries) give the same bytes as a build that
shares nothing, in the order publishing builds them: each item on its own, then the meeting with
every item as a component.

Over the examples, the real samples (skipped when absent), the fixtures and generated minutes with
every optional part: votes, attachments, confidential and redacted items, agendas, Swedish
documents, unnumbered items.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest

from benchmarks.generate import generate_documents
from paatosdata.akn.build import (
    build,
    build_bytes,
    build_document,
    build_document_bytes,
    build_item,
    build_item_bytes,
    is_lone_item,
)
from paatosdata.errors import PaatosdataError
from paatosdata.model import Attachment, Confidentiality, Document, DocumentKind
from paatosdata.parse import read_path
from tests.akn import fixtures
from tests.akn.helpers import TRANSFORM, assert_valid_akn, cold_bytes
from tests.conftest import EXAMPLES, SAMPLES

GIVEN = date(2016, 9, 5)


def _item_documents(doc: Document) -> Iterator[tuple[Document, object]]:
    """Each item as publishing renders it: the document holding that item only, minutes text dropped."""
    for index, item in enumerate(doc.items, start=1):
        if not item.number and not item.agenda_number:
            item = dataclasses.replace(item, agenda_number=f"nn-{index}")
        yield dataclasses.replace(doc, items=[item], sections=[]), item


def _assert_same_as_cold(doc: Document, **options) -> None:
    options = {"transform_date": TRANSFORM, "meeting_date": GIVEN, **options}
    for alone, item in _item_documents(doc):
        warm = build_item_bytes(alone, item, **options)
        assert warm == cold_bytes(build_item, alone, item, **options)
    if not is_lone_item(doc):
        warm = build_document_bytes(doc, **options)
        assert warm == cold_bytes(build_document, doc, **options)
    warm = build_bytes(doc, **options)
    assert warm == cold_bytes(build, doc, **options)


def _generated() -> list[Document]:
    docs = list(generate_documents(60))
    first, second, third, fourth, fifth, sixth = docs[:6]
    # an agenda, a Swedish document, unnumbered items and wholly confidential items
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
    sixth.meeting.participants.append(copy.deepcopy(sixth.meeting.participants[0]))
    sixth.meeting.participants[-1].present = False
    return docs


@pytest.mark.parametrize("confidential", [False, True])
def test_generated_minutes_with_every_part(confidential):
    docs = _generated()
    assert any(item.votes for doc in docs for item in doc.items)
    assert any(item.attachments for doc in docs for item in doc.items)
    for doc in docs:
        _assert_same_as_cold(doc, include_confidential=confidential, abbreviations={"kh": "Kunnanhallitus"})


def test_fixtures_in_publishing_order():
    for make in (
        fixtures.whole_minutes,
        fixtures.swedish_minutes,
        fixtures.agenda,
        fixtures.confidential_item,
        fixtures.seed_document,
    ):
        _assert_same_as_cold(make())
        _assert_same_as_cold(make(), include_confidential=True)


def test_a_changed_component_opening_is_built_anew():
    doc = fixtures.whole_minutes()
    before = build_document_bytes(doc, transform_date=TRANSFORM)
    doc.meeting.body.name = "Toinen lautakunta"
    after = build_document_bytes(doc, transform_date=TRANSFORM)
    assert after != before
    assert after.count(b"Toinen lautakunta") > before.count(b"Toinen lautakunta")
    assert after == cold_bytes(build_document, doc, transform_date=TRANSFORM)
    assert_valid_akn(after)


def _read(paths) -> list[Document]:
    return [doc for path in paths for doc in read_path(path)]


def test_examples_in_publishing_order():
    paths = sorted(p for p in EXAMPLES.glob("*") if p.is_file() and p.suffix in (".md", ".txt"))
    assert paths
    for doc in _read(paths):
        _assert_same_as_cold(doc)
        _assert_same_as_cold(doc, include_confidential=True)


@pytest.mark.shared
def test_real_samples_in_publishing_order():
    real = SAMPLES / "real"
    if not real.is_dir():
        pytest.skip("shared samples not available (real is absent)")
    paths = sorted(p for p in real.rglob("*") if p.is_file() and not p.name.startswith("LICENSE"))
    docs = []
    for path in paths:
        try:
            docs += read_path(path)
        except PaatosdataError:  # a sample no reader takes on its own
            continue
    assert len(docs) >= 10
    for doc in docs:
        _assert_same_as_cold(doc, include_confidential=True)
