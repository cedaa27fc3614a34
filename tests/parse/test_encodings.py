"""Inputs in UTF-8 (with or without BOM), windows-1252 and UTF-16/32 with a BOM read alike.

Binary and empty inputs are refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from paatosdata.errors import InputError, ParseError
from paatosdata.parse import read_path
from tests.conftest import EXAMPLES

SEED = EXAMPLES / "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.md", lambda text: text.encode("utf-8")),
        ("bom.md", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("cp1252.md", lambda text: text.encode("cp1252")),
        ("crlf.txt", lambda text: text.replace("\n", "\r\n").encode("cp1252")),
    ],
)
def test_encodings_read_alike(tmp_path: Path, name: str, encode: object) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert callable(encode)
    (expected,) = read_path(SEED)
    (document,) = read_path(_write(tmp_path, name, encode(text)))
    assert document == expected
    assert document.items[0].title == "Yhteistyö- ja seurantakeskustelut"
    assert document.items[0].spans["title"].line == expected.items[0].spans["title"].line


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = _write(tmp_path, "bad.md", data)
    with pytest.raises(InputError, match=message) as info:
        read_path(path)
    assert info.value.source == str(path)


def test_text_without_items_is_a_parse_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", "Muistio\n\nTämä ei ole pöytäkirja.\n".encode())
    with pytest.raises(ParseError, match="no item header") as info:
        read_path(path)
    assert info.value.source == f"{path}:1"


WIDE_INPUTS = [
    SEED,
    EXAMPLES.parent / "tests" / "fixtures" / "dynasty10" / "item-agenda.html",
    EXAMPLES.parent / "tests" / "fixtures" / "casem" / "item-page-sv.html",
    EXAMPLES.parent / "tests" / "fixtures" / "ahjo" / "confidential.html",
    EXAMPLES.parent / "tests" / "fixtures" / "tweb" / "meeting.html",
    EXAMPLES.parent / "tests" / "fixtures" / "turku" / "item-saved-council.txt",
    EXAMPLES.parent / "tests" / "fixtures" / "6aika" / "event-with-actions.json",
]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
@pytest.mark.parametrize("source", WIDE_INPUTS, ids=lambda path: path.name)
def test_a_page_saved_as_unicode_reads_as_its_utf8(tmp_path: Path, source: Path, encoding: str) -> None:
    """UTF-16 and UTF-32 with a byte order mark (a page saved as "Unicode") read as the UTF-8 does, at the
    same lines, and the source record keeps the file's own SHA-256."""
    data = source.read_text(encoding="utf-8").encode(encoding)
    if encoding.endswith("-be"):
        data = ("\ufeff" + source.read_text(encoding="utf-8")).encode(encoding)
    path = _write(tmp_path, source.name, data)
    expected = read_path(source)
    documents = read_path(path)
    assert documents == expected
    lines = [{k: s.line for k, s in item.spans.items()} for d in documents for item in d.items]
    assert lines == [{k: s.line for k, s in item.spans.items()} for d in expected for item in d.items]
    assert any(lines)
    assert {d.source.sha256 for d in documents if d.source} == {hashlib.sha256(data).hexdigest()}
