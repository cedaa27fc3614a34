"""Work paths and slugs."""

from __future__ import annotations

from paatosdata.ids import body_slug, item_path, slugify
from paatosdata.model import Body, Document, DocumentKind, Item, Meeting


def test_body_slug_never_starts_with_a_digit() -> None:
    doc = Document(kind=DocumentKind.MINUTES, meeting=Meeting(body=Body("2. rakennusjaosto")))
    assert body_slug(doc) == "toimielin-2-rakennusjaosto"
    assert item_path(doc, Item(number="5", title="x")).actor == "toimielin-2-rakennusjaosto"


def test_slug_is_one_safe_segment() -> None:
    for hostile in ["../../etc/passwd", "/abs/path", "a\x00b", "x" * 500, "", "§§§"]:
        slug = slugify(hostile)
        assert slug and "/" not in slug and "." not in slug and "\x00" not in slug and len(slug) <= 80


def test_paths_follow_the_model_when_it_changes() -> None:
    """Paths are kept by the values they are made from: a changed model gives its own path."""
    from datetime import date

    from paatosdata.ids import meeting_path

    meeting = Meeting(body=Body("Kunnanhallitus"), date=date(2026, 5, 7), number="3")
    doc = Document(kind=DocumentKind.MINUTES, meeting=meeting)
    item = Item(number="5", title="x")
    assert item_path(doc, item).work == "/akn/fi-unknown/statement/deliberation/kunnanhallitus/2026-05-07/5"
    assert meeting_path(doc).work == "/akn/fi-unknown/debateReport/minute/kunnanhallitus/2026-05-07/3"
    item.number = "6"
    meeting.body.name = "Kaupunginhallitus"
    meeting.number = "4"
    changed = "/akn/fi-unknown/statement/deliberation/kaupunginhallitus/2026-05-07/6"
    assert item_path(doc, item).work == changed
    assert meeting_path(doc).work == "/akn/fi-unknown/debateReport/minute/kaupunginhallitus/2026-05-07/4"
    doc.kind = DocumentKind.AGENDA
    assert meeting_path(doc).work == "/akn/fi-unknown/debateReport/agenda/kaupunginhallitus/2026-05-07/4"


def test_kept_paths_stay_bounded() -> None:
    """A long run keeps at most a bounded number of paths (its memory stays flat)."""
    from paatosdata import ids

    doc = Document(kind=DocumentKind.MINUTES, meeting=Meeting(body=Body("Kunnanhallitus")))
    for number in range(ids._PATHS_KEPT * 2 + 10):
        assert item_path(doc, Item(number=str(number), title="x")).number == str(number)
    assert len(ids._PATHS) <= ids._PATHS_KEPT
