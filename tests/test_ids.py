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
