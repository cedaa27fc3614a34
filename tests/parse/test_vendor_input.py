"""Vendor formats are told apart by content; bad inputs stop with one clear error naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.errors import InputError, ParseError
from paatosdata.parse import read_many, read_path, reader_for
from tests.parse.pdfbuild import item_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("dynasty/item-minutes.htm", "dynasty"),
        ("dynasty/meeting.htm", "dynasty"),
        ("dynasty/esimerkki_tela_240314_contents_42.json", "dynasty-json"),
        ("tweb/meeting.html", "tweb"),
        ("turku/item.htm", "turku"),
        ("turku/list.htm", "turku"),
    ],
)
def test_format_is_sniffed_from_content_not_the_name(tmp_path: Path, name: str, fmt: str) -> None:
    renamed = tmp_path / "input.dat"
    renamed.write_bytes((FIXTURES / name).read_bytes())
    assert reader_for(renamed, renamed.read_bytes()).name == fmt
    [document] = read_path(renamed)
    assert document.items


def test_pdf_is_sniffed_by_its_magic(tmp_path: Path) -> None:
    path = tmp_path / "item.bin"
    path.write_bytes(item_pdf())
    assert reader_for(path, path.read_bytes()).name == "tweb-pdf"


def test_from_forces_a_format(tmp_path: Path) -> None:
    path = FIXTURES / "turku" / "item.htm"
    with pytest.raises(ParseError, match="not a Dynasty item or meeting page") as caught:
        read_path(path, "dynasty")
    assert caught.value.source == str(path)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_truncated_html(tmp_path: Path) -> None:
    data = (FIXTURES / "dynasty" / "item-minutes.htm").read_bytes()
    path = _write(tmp_path, "cut.htm", data[: len(data) // 2])
    with pytest.raises(ParseError, match="truncated") as caught:
        read_path(path)
    assert caught.value.source == str(path)


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.htm", b"")
    with pytest.raises(InputError, match="empty") as caught:
        read_path(path, "dynasty")
    assert caught.value.source == str(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.htm", b"  \n\n ")
    with pytest.raises(InputError, match="empty"):
        read_path(path, "turku")


def test_encoding_that_is_neither_utf8_nor_windows_1252(tmp_path: Path) -> None:
    data = (
        (FIXTURES / "dynasty" / "item-minutes.htm").read_bytes().replace(b"Koivukujan", b"Koivu\x81\x8dkujan")
    )
    path = _write(tmp_path, "odd.htm", data)
    with pytest.raises(InputError, match="neither UTF-8 nor windows-1252") as caught:
        read_path(path)
    assert caught.value.source == str(path)


def test_windows_1252_page_declared_as_utf8_falls_back(tmp_path: Path) -> None:
    data = (FIXTURES / "dynasty" / "item-minutes.htm").read_bytes().replace(b"windows-1252", b"utf-8")
    [document] = read_path(_write(tmp_path, "mislabelled.htm", data))
    assert document.meeting.body.name == "Tekninen lautakunta"
    assert document.items[0].title == "Koivukujan katusuunnitelman hyväksyminen"


@pytest.mark.parametrize(
    ("fmt", "page", "message"),
    [
        ("dynasty", b"<html><body class='bodyKokousasia'><p>Sivuotsikko</p></body></html>", "no header"),
        ("dynasty", b"<html><body class='other'><p>x</p></body></html>", "not a Dynasty"),
        ("tweb", b"<html><body><a href='/ktwebbin/x'>x</a></body></html>", "not a Tweb meeting page"),
        (
            "turku",
            b"<html><body><table class='ytt'><tr><td>x</td></tr></table></body></html>",
            "no value row",
        ),
        ("turku", b"<html><body class='luettelo'><h1>Hallitus 1.2.2024</h1></body></html>", "lists no items"),
    ],
)
def test_right_vendor_missing_structure(tmp_path: Path, fmt: str, page: bytes, message: str) -> None:
    path = _write(tmp_path, "page.htm", page)
    with pytest.raises(ParseError, match=message) as caught:
        read_path(path, fmt)
    assert caught.value.source == str(path)


def test_dynasty_json_of_another_shape(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.json", b'[{"order": 0, "name": "x"}]')
    with pytest.raises(ParseError, match="expected a list of objects"):
        read_path(path, "dynasty-json")
    bad = _write(tmp_path, "y.json", b'[{"order": 0, "title": "Dno", "content": ')
    with pytest.raises(ParseError, match="invalid JSON"):
        read_path(bad, "dynasty-json")


def test_external_references_are_not_fetched(tmp_path: Path) -> None:
    page = (
        b'<!DOCTYPE html SYSTEM "http://example.invalid/never.dtd">'
        b'<html><head><link rel="stylesheet" href="http://example.invalid/x.css"></head>'
        b"<body class='luettelo'><h1>Hallitus 01.02.2024 - P\xc3\xb6yt\xc3\xa4kirja</h1>"
        b"<table><tr><td><a href='1.htm'>1 \xc2\xa7</a></td><td></td><td>Otsikko</td></tr></table>"
        b"</body></html>"
    )
    [document] = read_path(_write(tmp_path, "list.htm", page), "turku")
    assert [i.title for i in document.items] == ["Otsikko"]


def test_read_many_reports_each_bad_file_and_reads_the_rest(tmp_path: Path) -> None:
    good = _write(tmp_path, "a.htm", (FIXTURES / "turku" / "list.htm").read_bytes())
    _write(tmp_path, "b.htm", (FIXTURES / "turku" / "list.htm").read_bytes()[:200])
    results = list(read_many([tmp_path]))
    assert [r.path.name for r in results] == ["a.htm", "b.htm"]
    assert results[0].error is None and results[0].path == good
    assert isinstance(results[1].error, ParseError) and results[1].error.source == str(tmp_path / "b.htm")
