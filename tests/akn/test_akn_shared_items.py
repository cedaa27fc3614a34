"""An item's statement written once for its own file and for its component in the meeting's file
(``shared_items``) gives the same bytes as building both anew with nothing remembered.

In the order publishing builds them: each item on its own (a document holding only that item, as the
redactor makes it), then the meeting holding the same item objects. Over the examples, the fixtures
and generated minutes with every optional part, and the cases where the parts must not be reused:
references whose eIds differ between the two contexts (names that slug alike), text that holds a
character XML cannot carry, items changed between the two builds outside a block.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from paatosdata.akn import build as akn_build
from paatosdata.akn.build import (
    build_document,
    build_document_bytes,
    build_item,
    build_item_bytes,
    is_lone_item,
    shared_items,
)
from paatosdata.model import (
    Document,
    Item,
    Participant,
    Person,
    VoteEvent,
)
from paatosdata.parse import read_path
from tests.akn import fixtures
from tests.akn.helpers import TRANSFORM, assert_valid_akn, cold_bytes, published_items, varied_minutes
from tests.conftest import EXAMPLES

GIVEN = date(2016, 9, 5)


class _Counter:
    """How many components were written from their item's parts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shared = 0
        made = akn_build._component

        def counted(*args):
            statement = made(*args)
            self.shared += statement is not None
            return statement

        monkeypatch.setattr(akn_build, "_component", counted)


def _publish(doc: Document, validate: bool = False, **options) -> bool:
    """Build ``doc``'s items and meeting within one block and compare with cold builds; True when
    the meeting file was built (not a lone item)."""
    options = {"transform_date": TRANSFORM, "meeting_date": GIVEN, **options}
    kept: list[Item] = []
    with shared_items():
        for alone, item in published_items(doc):
            warm = build_item_bytes(alone, item, **options)
            assert warm == cold_bytes(build_item, alone, item, **options)
            kept.append(item)
        meeting = dataclasses.replace(doc, items=kept)
        if is_lone_item(meeting):
            return False
        warm = build_document_bytes(meeting, **options)
    assert not akn_build._parts  # forgotten when the block ends
    assert warm == cold_bytes(build_document, meeting, **options)
    if validate:
        assert_valid_akn(warm)
    return True


@pytest.mark.parametrize("confidential", [False, True])
def test_generated_minutes_with_every_part(confidential, monkeypatch):
    counter = _Counter(monkeypatch)
    docs = varied_minutes()
    assert any(item.votes for doc in docs for item in doc.items)
    assert any(item.legal_basis for doc in docs for item in doc.items)
    items = 0
    for index, doc in enumerate(docs):
        abbreviations = {"kh": "Kunnanhallitus"}
        if _publish(doc, index < 8, include_confidential=confidential, abbreviations=abbreviations):
            items += len(doc.items)
    assert counter.shared == items  # every component written from its item's parts


def test_fixtures(monkeypatch):
    counter = _Counter(monkeypatch)
    for make in (
        fixtures.whole_minutes,
        fixtures.swedish_minutes,
        fixtures.agenda,
        fixtures.confidential_item,
        fixtures.seed_document,
    ):
        _publish(make(), validate=True)
        _publish(make(), include_confidential=True)
    assert counter.shared > 0


def test_examples(monkeypatch):
    counter = _Counter(monkeypatch)
    paths = sorted(p for p in EXAMPLES.glob("*") if p.is_file() and p.suffix in (".md", ".txt"))
    assert paths
    docs = [doc for path in paths for doc in read_path(path)]
    for doc in docs:
        _publish(doc, validate=True)
        _publish(doc, include_confidential=True)
    assert counter.shared >= sum(len(doc.items) for doc in docs if not is_lone_item(doc))


def _with_presenter(name: str) -> Document:
    doc = fixtures.whole_minutes()
    doc.items[0].presenter = Person(name=name, title="kunnanjohtaja")
    return doc


def test_names_that_slug_alike_are_built_anew(monkeypatch):
    # "Äijö Virtanen" in the attendance takes the eId the presenter "Aijo Virtanen" gets in the
    # component, so the item's own file names him "#aijo-virtanen-2": its parts are not reused
    counter = _Counter(monkeypatch)
    doc = _with_presenter("Aijo Virtanen")
    doc.meeting.participants.insert(0, Participant(Person(name="Äijö Virtanen"), "jäsen"))
    assert _publish(doc, validate=True)
    shared_before = counter.shared
    assert shared_before == len(doc.items) - 1
    # without the collision every component is reused
    assert _publish(_with_presenter("Aijo Virtanen"))
    assert counter.shared - shared_before == len(doc.items)


def test_votes_and_motions_keep_their_references(monkeypatch):
    counter = _Counter(monkeypatch)
    docs = [doc for doc in varied_minutes() if any(item.votes for item in doc.items)]
    assert docs
    for doc in docs[:3]:
        item = next(item for item in doc.items if item.votes)
        item.votes.append(VoteEvent(round=len(item.votes) + 1, yes=3, no=2, text="toinen äänestys"))
        _publish(doc, validate=True)
    assert counter.shared > 0


@pytest.mark.parametrize("text", ["vä\x00li", "vä\x01li", "ok\ufffd\x00"])
def test_characters_xml_cannot_carry(text, monkeypatch):
    # text holding the characters the shared parts stand in for: the item is built as before
    counter = _Counter(monkeypatch)
    doc = fixtures.whole_minutes()
    doc.items[0].title = f"Otsikko {text}"
    doc.items[1].decision = f"Päätös {text}"
    doc.items[0].presenter = Person(name=f"Nimi {text}", title="kunnanjohtaja")
    assert _publish(doc)
    assert counter.shared == len(doc.items) - 2 + ("\x00" not in text) * 2


def test_changes_outside_a_block_are_seen():
    doc = fixtures.whole_minutes()
    options = {"transform_date": TRANSFORM}
    with shared_items():
        alone, item = next(published_items(doc))
        build_item_bytes(alone, item, **options)
    item.title = "Muutettu otsikko"
    assert build_document_bytes(doc, **options) == cold_bytes(build_document, doc, **options)


def test_other_options_for_the_meeting_are_built_anew(monkeypatch):
    counter = _Counter(monkeypatch)
    doc = fixtures.whole_minutes()
    options = {"transform_date": TRANSFORM}
    with shared_items():
        for alone, item in published_items(doc):
            build_item_bytes(alone, item, **options)
        meeting = dataclasses.replace(doc, items=[item for _, item in published_items(doc)])
        warm = build_document_bytes(meeting, include_confidential=True, **options)
        other_day = build_document_bytes(meeting, transform_date=date(2026, 5, 21))
    assert counter.shared == 0
    assert warm == cold_bytes(build_document, meeting, include_confidential=True, **options)
    assert other_day == cold_bytes(build_document, meeting, transform_date=date(2026, 5, 21))
