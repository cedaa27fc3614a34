"""The quick look for identity codes, and redaction of many items of one document at once."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from paatosdata.model import Document, Participant, Person
from paatosdata.publish.redact import (
    HETU_MASK,
    PERSONAL_DATA_MASK,
    Redaction,
    Redactor,
    _has_identity_code,
    _may_hold_code,
    find_identity_codes,
    guard,
    redact_item,
    redact_meeting,
)

#: valid codes (date and check character right), in each century
CODES = ["131052-308T", "010101A123N", "290200A1239", "311299+999E"]
NOW = date(2026, 7, 1)

_pieces = st.one_of(
    st.sampled_from(CODES),
    st.sampled_from(["-", "+", "A", "U", "Y", "ä", "ö", "–", "\n", " ", "٣", "７", "0"]),
    st.text(alphabet="0123456789", min_size=1, max_size=8),
    st.text(max_size=6),
)
texts = st.lists(_pieces, max_size=12).map("".join)


def test_the_codes_used_here_are_valid() -> None:
    for code in CODES:
        assert find_identity_codes(f"x {code} y") == [code]


@given(texts)
def test_the_quick_look_never_misses_a_code(text: str) -> None:
    if find_identity_codes(text):
        assert _may_hold_code(text.encode("utf-8", "surrogatepass"))
    assert _has_identity_code([text]) == bool(find_identity_codes(text))


@given(st.lists(texts, max_size=5))
def test_codes_are_found_in_any_of_many_strings(strings: list[str]) -> None:
    assert _has_identity_code(strings) == any(find_identity_codes(s) for s in strings)


def test_codes_in_other_scripts_digits_are_found() -> None:
    # Python's \\d takes every script's digits; the quick look must not be narrower
    fullwidth = "１３１０５２-３０８T"
    assert find_identity_codes(fullwidth)
    assert _has_identity_code([fullwidth])


@given(texts)
def test_guard_masks_what_the_full_search_finds(text: str) -> None:
    data = text.encode("utf-8", "surrogateescape")
    guarded = guard(data)
    ascii_codes = [c for c in find_identity_codes(text) if c.isascii()]
    if ascii_codes:
        assert guarded != data
        left = find_identity_codes(guarded.decode("utf-8", "surrogateescape"))
        assert not [c for c in left if c.isascii()]
    else:
        assert guarded is data


def test_guard_keeps_clean_bytes_as_they_are() -> None:
    data = "Päätös 2026-05-07, dnro 123456/2026 ääkköset".encode()
    assert guard(data) is data


def _with_codes(doc: Document) -> Document:
    """``doc`` with a code in its meeting (a participant's note) and a private participant."""
    applicant = Participant(
        Person(name="Hakija Yksityinen", private=True), "kuultava", note=f"hetu {CODES[0]}"
    )
    meeting = dataclasses.replace(doc.meeting, participants=[*doc.meeting.participants, applicant])
    return dataclasses.replace(doc, meeting=meeting)


def test_redactor_gives_what_redact_item_gives(full_doc: Document, seed_doc: Document) -> None:
    for doc in (full_doc, seed_doc, _with_codes(full_doc), _with_codes(seed_doc)):
        for days in (1, 10_000):
            redactor = Redactor(doc, NOW, days)
            for item in doc.items:
                assert redactor.item(item) == redact_item(doc, item, NOW, days)


def test_a_code_in_the_meeting_is_masked_in_every_item(full_doc: Document) -> None:
    doc = _with_codes(full_doc)
    redactor = Redactor(doc, NOW, 10_000)
    for item in doc.items:
        published, redaction = redactor.item(item)
        notes = [p.note for p in published.meeting.participants if p.note]
        assert f"hetu {HETU_MASK}" in notes
        assert redaction.identity_codes >= 1
    # the original is not changed
    assert any(p.note == f"hetu {CODES[0]}" for p in doc.meeting.participants)


def test_a_clean_meeting_is_shared_not_copied(full_doc: Document) -> None:
    redactor = Redactor(full_doc, NOW, 10_000)
    clean = [item for item in full_doc.items if redactor.item(item)[1] == Redaction()]
    assert clean
    for item in clean:
        assert redactor.item(item)[0].meeting is full_doc.meeting
    assert redactor.meeting([]).meeting is full_doc.meeting


def test_redactor_meeting_gives_what_redact_meeting_gives(full_doc: Document) -> None:
    for doc in (full_doc, _with_codes(full_doc)):
        for days in (1, 10_000):
            items = list(doc.items)
            assert Redactor(doc, NOW, days).meeting(items) == redact_meeting(doc, items, NOW, days)


def test_expired_private_participants_are_erased_from_the_meeting(full_doc: Document) -> None:
    doc = _with_codes(full_doc)
    published = Redactor(doc, NOW, 1).meeting([])
    names = [p.person.name for p in published.meeting.participants]
    assert "Hakija Yksityinen" not in names
    assert PERSONAL_DATA_MASK in names
    assert "Hakija Yksityinen" in [p.person.name for p in doc.meeting.participants]


def test_one_look_over_the_whole_document_decides_for_every_item(full_doc: Document) -> None:
    import pickle

    clean = Redactor(full_doc, NOW, 10_000)
    assert clean.clean
    item = full_doc.items[-1]
    marked = dataclasses.replace(item, title=f"{item.title} {CODES[1]}")
    dirty_doc = dataclasses.replace(full_doc, items=[*full_doc.items[:-1], marked])
    for pickled in (None, pickle.dumps(dirty_doc)):
        dirty = Redactor(dirty_doc, NOW, 10_000, pickled)
        assert not dirty.clean
        published, redaction = dirty.item(marked)
        assert redaction.identity_codes == 1 and HETU_MASK in published.items[0].title
        assert dirty.item(dirty_doc.items[0])[1] == Redaction()
    # an item from elsewhere is looked at on its own, whatever the document held
    published, redaction = clean.item(marked)
    assert redaction.identity_codes == 1 and HETU_MASK in published.items[0].title
