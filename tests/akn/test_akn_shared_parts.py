"""The parts one meeting's documents share (opening, FRBR entries) give the same bytes as a build that
shares nothing, in the order publishing builds them: each item on its own, then the meeting with
every item as a component.

Over the examples, the real samples (skipped when absent), the fixtures and generated minutes with
every optional part: votes, attachments, confidential and redacted items, agendas, Swedish
documents, unnumbered items.
"""

from __future__ import annotations

from datetime import date

import pytest

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
from paatosdata.model import Document
from paatosdata.parse import read_path
from tests.akn import fixtures
from tests.akn.helpers import TRANSFORM, assert_valid_akn, cold_bytes, published_items, varied_minutes
from tests.conftest import EXAMPLES, SAMPLES

GIVEN = date(2016, 9, 5)


def _assert_same_as_cold(doc: Document, **options) -> None:
    options = {"transform_date": TRANSFORM, "meeting_date": GIVEN, **options}
    for alone, item in published_items(doc):
        warm = build_item_bytes(alone, item, **options)
        assert warm == cold_bytes(build_item, alone, item, **options)
    if not is_lone_item(doc):
        warm = build_document_bytes(doc, **options)
        assert warm == cold_bytes(build_document, doc, **options)
    warm = build_bytes(doc, **options)
    assert warm == cold_bytes(build, doc, **options)


@pytest.mark.parametrize("confidential", [False, True])
def test_generated_minutes_with_every_part(confidential):
    docs = varied_minutes()
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
