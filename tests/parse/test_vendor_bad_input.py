"""Bad input to the CaseM, Ahjo and 6Aika readers: one clear error naming the file (and line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paatosdata.errors import InputError, PaatosdataError, ParseError
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.ahjo_html import AhjoHtmlReader
from paatosdata.parse.ahjo_json import AhjoJsonReader
from paatosdata.parse.casem import CasemListReader, CasemReader
from paatosdata.parse.casem_html import CasemHtmlReader
from paatosdata.parse.sixaika import SixAikaReader
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures"
VENDOR_READERS = [
    CasemReader,
    CasemListReader,
    CasemHtmlReader,
    AhjoHtmlReader,
    AhjoJsonReader,
    SixAikaReader,
]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("fmt", ["casem", "casem-list", "ahjo-json", "6aika"])
def test_json_of_another_shape(tmp_path: Path, fmt: str) -> None:
    path = _write(tmp_path, "other.json", b'{"kokous": "ei mikaan tunnettu"}\n')
    assert not any(reader.sniff(path.read_bytes(), path) for reader in VENDOR_READERS)
    with pytest.raises(ParseError) as info:
        read_path(path, fmt)
    assert "other.json" in str(info.value)


def test_list_where_an_object_is_expected(tmp_path: Path) -> None:
    path = _write(tmp_path, "list.json", b'[{"Id": 1, "Name": "Name", "Text": "x"}]')
    with pytest.raises(ParseError, match="found a JSON list") as info:
        read_path(path, "casem")
    assert str(info.value).startswith(f"{path}:1: ")


def test_property_without_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "noname.json", b'{"value": [{"Id": 1, "Text": "x"}]}')
    with pytest.raises(ParseError, match="has no 'Name'"):
        read_path(path, "casem")


def test_truncated_json_names_the_line(tmp_path: Path) -> None:
    whole = (FIXTURES / "casem" / "contents_extended_properties.json").read_bytes()
    path = _write(tmp_path, "cut.json", whole[: len(whole) // 2])
    assert reader_for(path, path.read_bytes()).name == "casem"
    with pytest.raises(ParseError) as info:
        read_path(path)
    assert info.value.source is not None and info.value.source.startswith(f"{path}:")
    assert int(info.value.source.rsplit(":", 1)[1]) > 1
    assert "truncated" in info.value.message


@pytest.mark.parametrize("name", ["ahjo/decision-votes.html", "casem/item-page.html"])
def test_truncated_html(tmp_path: Path, name: str) -> None:
    whole = (FIXTURES / name).read_bytes()
    path = _write(tmp_path, "cut.html", whole[: len(whole) * 2 // 3])
    with pytest.raises(ParseError, match="truncated") as info:
        read_path(path)
    assert str(path) in str(info.value)


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.json", b"")
    with pytest.raises(InputError, match="empty"):
        read_path(path, "ahjo-json")


def test_utf16_without_bom_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "ahjo" / "vote-results.json").read_text("utf-8")
    path = _write(tmp_path, "utf16.json", text.encode("utf-16-le"))
    with pytest.raises(InputError) as info:
        read_path(path, "ahjo-json")
    assert "utf16.json" in str(info.value)


def test_windows_1252_json_still_reads(tmp_path: Path) -> None:
    text = (FIXTURES / "casem" / "contents_extended_properties.json").read_text("utf-8")
    path = _write(tmp_path, "cp1252.json", text.replace("–", "-").encode("cp1252"))
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Kasvatus- ja opetuslautakunta"


def test_html_without_an_ahjo_decision(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.html", b"<html><body><p>Ei paatosta</p></body></html>")
    with pytest.raises(ParseError, match="no Ahjo decision"):
        read_path(path, "ahjo-html")
    with pytest.raises(ParseError, match="heading"):
        read_path(path, "casem-html")


def test_sixaika_cases_alone_describe_no_meeting(tmp_path: Path) -> None:
    path = _write(tmp_path, "cases.json", b'[{"register_id": "ESIDno-2026-1", "title": "Asia"}]')
    assert reader_for(path, path.read_bytes()).name == "6aika"
    with pytest.raises(ParseError, match="no event or action"):
        read_path(path)


def test_vote_group_of_the_wrong_type(tmp_path: Path) -> None:
    path = _write(tmp_path, "votes.json", b'{\n  "Ayes": [1, 2],\n  "Noes": {"NumberOfVotes": 1}\n}')
    with pytest.raises(ParseError, match="'Ayes'") as info:
        read_path(path)
    assert info.value.source == f"{path}:2"


def test_no_external_resources_are_loaded(tmp_path: Path) -> None:
    page = (FIXTURES / "ahjo" / "confidential.html").read_text("utf-8")
    hostile = page.replace(
        "<!DOCTYPE HTML>",
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://127.0.0.1:9/none.dtd">'
        '<?xml-stylesheet href="http://127.0.0.1:9/x.xsl"?>',
    ).replace(
        "</body>",
        '<img src="http://127.0.0.1:9/pixel.png"><script src="http://127.0.0.1:9/x.js"></script></body>',
    )
    path = _write(tmp_path, "hostile.html", hostile.encode("utf-8"))
    [doc] = read_path(path)
    assert doc.items[0].title == "Oppilaan erityisen tuen päätös"


def test_every_error_is_a_paatosdata_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "garbage.json", b"{ not json at all")
    for fmt in ("casem", "casem-list", "ahjo-json", "6aika"):
        with pytest.raises(PaatosdataError):
            read_path(path, fmt)


def test_html_without_closing_html_tag_is_not_truncated(tmp_path: Path) -> None:
    page = (FIXTURES / "ahjo" / "confidential.html").read_text("utf-8").replace("</body>\n</html>", "")
    path = _write(tmp_path, "open-end.html", page.encode("utf-8"))
    [doc] = read_path(path)
    assert doc.items[0].number == "14"
