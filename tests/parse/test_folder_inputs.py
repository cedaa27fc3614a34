"""Reading a folder: each item once, when a Dynasty meeting list and its item pages are saved together."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from paatosdata.cli import cli
from paatosdata.parse import iter_inputs, read_many

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dynasty10"

#: an item page of the listed meeting (asianro 3) whose text has no header: the list cannot read it in
_BROKEN_ITEM = """<html><head><meta charset="utf-8"></head><body>
<a href="https://vantaa.oncloudos.com/kokous/20263001-3.PDF">Kokousasia</a>
<p>Kokousasian teksti</p>
</body></html>
"""


def _folder(tmp_path: Path) -> Path:
    """The list, one of its items saved beside it, and an item page of another meeting."""
    folder = tmp_path / "kokous"
    folder.mkdir()
    shutil.copy(FIXTURES / "meeting.html", folder / "meeting.html")
    shutil.copy(FIXTURES / "item-run-together.html", folder / "asia5.html")
    shutil.copy(FIXTURES / "item-agenda.html", folder / "toinen.html")
    return folder


def _items(paths: list[Path]) -> list[tuple[str, str, str | None]]:
    """(file the item is read from, the file read, title) for every item read."""
    found = []
    for result in read_many(paths):
        assert result.error is None, result.error
        for document in result.documents:
            for item in document.items:
                assert item.span is not None
                found.append((Path(item.span.file).name, result.path.name, item.title))
    return found


def test_a_folder_reads_each_item_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    # the page the list brings in is not read again; the page of another meeting is
    assert [p.name for p in iter_inputs([folder])] == ["meeting.html", "toinen.html"]
    assert _items([folder]) == [
        ("meeting.html", "meeting.html", "Kokouksen laillisuus ja päätösvaltaisuus"),
        ("meeting.html", "meeting.html", "Siltakadun pysäköintialueen vuokraaminen"),
        ("asia5.html", "meeting.html", "Kuusiston koulun pihan kunnostus"),
        ("toinen.html", "toinen.html", "Lammenrannan puistosuunnitelman hyväksyminen"),
    ]


def test_a_file_named_is_always_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    named = [folder / "meeting.html", folder / "asia5.html"]
    assert list(iter_inputs(named)) == named


def test_the_item_page_alone_in_a_folder_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "meeting.html").unlink()
    assert [p.name for p in iter_inputs([folder])] == ["asia5.html", "toinen.html"]


def test_a_page_the_list_cannot_read_is_read_on_its_own(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "asia3.html").write_text(_BROKEN_ITEM, encoding="utf-8")
    results = list(read_many([folder]))
    assert [r.path.name for r in results] == ["asia3.html", "meeting.html", "toinen.html"]
    broken = results[0]
    assert broken.error is not None and "header" in broken.error.message
    # the list keeps item 3 by its link only
    [listed] = results[1].documents
    assert [i.agenda_number for i in listed.items] == ["1", "3", "5"]
    assert listed.items[1].sections == []


def test_read_as_another_format_nothing_is_left_out(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert [p.name for p in iter_inputs([folder], "text")] == ["asia5.html", "meeting.html", "toinen.html"]


def test_check_reports_each_item_once(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(folder)])
    report = json.loads(result.output)
    assert report["problems"] == []
    located = sorted((Path(i["location"]["file"]).name, i["title"]) for i in report["items"])
    assert located == [
        ("asia5.html", "Kuusiston koulun pihan kunnostus"),
        ("meeting.html", "Kokouksen laillisuus ja päätösvaltaisuus"),
        ("meeting.html", "Siltakadun pysäköintialueen vuokraaminen"),
        ("toinen.html", "Lammenrannan puistosuunnitelman hyväksyminen"),
    ]
