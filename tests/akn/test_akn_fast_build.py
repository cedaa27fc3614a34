"""The bytes builders (``build_bytes`` …) write exactly what lxml writes for the same document, and the
parts one meeting's documents share are never taken from another meeting or an older state."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from paatosdata.akn.build import (
    build,
    build_bytes,
    build_document,
    build_document_bytes,
    build_item,
    build_item_bytes,
    is_lone_item,
    to_bytes,
)
from paatosdata.model import Confidentiality, Participant, Person
from tests.akn import fixtures
from tests.akn.helpers import TRANSFORM, assert_valid_akn
from tests.akn.strategies import documents

GIVEN = date(2020, 2, 3)


def _same_bytes(doc, **options):
    options = {"transform_date": TRANSFORM, "meeting_date": GIVEN, **options}
    assert build_bytes(doc, **options) == to_bytes(build(doc, **options))
    if not is_lone_item(doc):
        assert build_document_bytes(doc, **options) == to_bytes(build_document(doc, **options))
    for item in doc.items:
        assert build_item_bytes(doc, item, **options) == to_bytes(build_item(doc, item, **options))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_bytes_equal_lxml_serialisation(doc):
    _same_bytes(doc)
    _same_bytes(doc, include_confidential=True, abbreviations={"kh": "Kunnanhallitus"})


def test_markup_characters_and_line_ends_are_escaped_as_lxml_does():
    doc = fixtures.whole_minutes()
    odd = "A & B <c> \"d\" 'e'\r\n\tf\u00a0g\x01h"
    doc.meeting.body.name = "Lauta" + odd
    doc.meeting.place = odd
    doc.meeting.participants.append(Participant(Person(odd, title=odd, group=odd), odd, note=odd))
    item = doc.items[0]
    item.title = odd
    item.decision = odd + "\n\n" + odd
    _same_bytes(doc)
    assert_valid_akn(build_bytes(doc, transform_date=TRANSFORM))


def test_items_of_one_meeting_do_not_depend_on_build_order():
    doc = fixtures.whole_minutes()
    first, second = doc.items[0], doc.items[1]
    alone = build_item_bytes(doc, second, transform_date=TRANSFORM)
    build_item_bytes(doc, first, transform_date=TRANSFORM)
    assert build_item_bytes(doc, second, transform_date=TRANSFORM) == alone
    meeting = build_document_bytes(doc, transform_date=TRANSFORM)
    build_item_bytes(doc, first, transform_date=TRANSFORM)
    assert build_document_bytes(doc, transform_date=TRANSFORM) == meeting


def test_a_changed_meeting_is_built_anew():
    doc = fixtures.whole_minutes()
    item = doc.items[0]
    before = build_item_bytes(doc, item, transform_date=TRANSFORM)
    doc.meeting.participants[0].person.name = "Uusi Nimi"  # changed in place, the same objects
    doc.meeting.participants[1].present = not doc.meeting.participants[1].present
    after = build_item_bytes(doc, item, transform_date=TRANSFORM)
    assert after != before
    assert b"Uusi Nimi" in after
    assert after == build_item_bytes(copy.deepcopy(doc), item, transform_date=TRANSFORM)
    assert after == to_bytes(build_item(doc, item, transform_date=TRANSFORM))


def test_a_redacted_item_between_others_keeps_attendance_out_of_it_only():
    doc = fixtures.whole_minutes()
    plain = doc.items[0]
    secret = copy.deepcopy(doc.items[1])
    secret.confidentiality = Confidentiality(ground="JulkL 24.1 § 25 k", whole_item=True)
    expected = build_item_bytes(copy.deepcopy(doc), plain, transform_date=TRANSFORM)
    hidden = build_item_bytes(doc, secret, transform_date=TRANSFORM)
    assert b'name="attendance"' not in hidden
    assert build_item_bytes(doc, plain, transform_date=TRANSFORM) == expected
    assert_valid_akn(hidden)
    assert_valid_akn(expected)


def test_reference_elements_shared_by_items_keep_each_documents_prefix():
    doc = fixtures.whole_minutes()
    fresh = [build_item_bytes(copy.deepcopy(doc), item, transform_date=TRANSFORM) for item in doc.items]
    items = [build_item_bytes(doc, item, transform_date=TRANSFORM) for item in doc.items]
    meeting = build_document_bytes(doc, transform_date=TRANSFORM)
    again = [build_item_bytes(doc, item, transform_date=TRANSFORM) for item in doc.items]
    assert items == fresh == again
    assert b'<TLCOrganization eId="paatosdata"' in items[0]
    assert b'<TLCOrganization eId="cmp_1__paatosdata"' in meeting
    assert meeting == to_bytes(build_document(copy.deepcopy(doc), transform_date=TRANSFORM))


def test_a_child_is_written_as_the_serialiser_writes_it_at_its_level():
    from paatosdata.akn.tree import Node, child_text, placed, serialise, sub

    root = Node("akomaNtoso", {})
    preface = sub(root, "preface")
    container = sub(preface, "container", {"name": "attendance", "eId": "container_1"})
    p = sub(container, "p")
    sub(p, "person", {"refersTo": "#a&b"}, "A <B>").tail = ", jäsen"
    container.freeze()
    whole = serialise(root).decode()
    assert f"\n  {child_text(container, 2)}\n" in whole
    assert child_text(container, 2) is child_text(container, 2)  # a frozen subtree's text is kept

    other = Node("akomaNtoso", {})
    sub(other, "preface").append(placed(child_text(container, 2), 2))
    assert serialise(other).decode() == whole
    misplaced = Node("akomaNtoso", {})
    misplaced.append(placed(child_text(container, 2), 2))
    with pytest.raises(ValueError):
        serialise(misplaced)
