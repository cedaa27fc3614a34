"""An undated document: refused, or exported with the meeting date the publisher states."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from paatosdata.akn.build import build
from paatosdata.akn.collection import build_collection
from paatosdata.cli import cli
from paatosdata.config import ConfigError, load_config
from paatosdata.errors import MappingError
from tests.akn import fixtures
from tests.akn.helpers import NS, PD, TRANSFORM, assert_valid_akn

UNDATED_TEXT = """Työllisyysaluelautakunta

§ 28
Kokouksen avaus

Päätösehdotus
Lautakunta toteaa kokouksen avatuksi.

Päätös
Hyväksyttiin.
"""


def _undated(whole: bool = False):
    doc = fixtures.whole_minutes() if whole else fixtures.seed_document()
    doc.meeting.date = None
    doc.meeting.date_raw = None
    return doc


@pytest.mark.parametrize("whole", [False, True], ids=["item", "minutes"])
def test_undated_document_is_refused_without_a_stated_date(whole):
    with pytest.raises(MappingError, match="meeting date is unknown") as refused:
        build(_undated(whole))
    assert "--date YYYY-MM-DD" in (refused.value.hint or "")


@pytest.mark.parametrize("whole", [False, True], ids=["item", "minutes"])
def test_stated_date_names_every_iri_and_is_marked(whole):
    doc = _undated(whole)
    root = assert_valid_akn(build(doc, transform_date=TRANSFORM, meeting_date=date(2026, 5, 7)))
    assert doc.meeting.date is None
    works = [w.get("value") for w in root.iter(f"{{{NS['a']}}}FRBRuri")]
    assert works and all("/2026-05-07/" in iri for iri in works if "/act/" not in iri)
    dates = {d.get("date") for d in root.iter(f"{{{NS['a']}}}FRBRdate") if d.get("name") != "transform"}
    assert dates == {"2026-05-07"}
    assert root.find(f".//{{{PD}}}meeting", NS).get("dateSource") == "publisher"


def test_stated_date_never_overrides_the_documents_own():
    root = assert_valid_akn(
        build(fixtures.seed_document(), transform_date=TRANSFORM, meeting_date=date(2000, 1, 1))
    )
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-05-07"
    assert root.find(f".//{{{PD}}}meeting", NS).get("dateSource") is None


def test_collection_dates_only_its_undated_members():
    root = assert_valid_akn(
        build_collection(
            [fixtures.seed_document(), _undated(whole=True)],
            transform_date=TRANSFORM,
            meeting_date=date(2026, 3, 1),
        )
    )
    sources = [m.get("dateSource") for m in root.iter(f"{{{PD}}}meeting")]
    assert sources == [None, "publisher"]


def test_config_key_states_the_meeting_date(tmp_path):
    toml = tmp_path / "paatosdata.toml"
    toml.write_text("[akn]\nmeeting_date = 2016-09-05\n", encoding="utf-8")
    assert load_config(toml).akn_meeting_date == date(2016, 9, 5)
    toml.write_text('[akn]\nmeeting_date = "2016-09-05"\n', encoding="utf-8")
    assert load_config(toml).akn_meeting_date == date(2016, 9, 5)
    toml.write_text('[akn]\nmeeting_date = "5.9.2016"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="akn.meeting_date"):
        load_config(toml)


def test_convert_uses_the_config_key_and_the_option_overrides_it(tmp_path):
    source = tmp_path / "item.txt"
    source.write_text(UNDATED_TEXT, encoding="utf-8")
    toml = tmp_path / "paatosdata.toml"
    toml.write_text("[akn]\nmeeting_date = 2026-05-07\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "item.xml"
    args = ["convert", "--to", "akn", str(source), "-o", str(out), "--config", str(toml)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    root = assert_valid_akn(out.read_bytes())
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-05-07"
    result = runner.invoke(cli, [*args, "--date", "2026-05-08"])
    assert result.exit_code == 0, result.output
    root = assert_valid_akn(out.read_bytes())
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-05-08"


def test_date_option_is_for_akn_only(tmp_path):
    source = tmp_path / "item.txt"
    source.write_text(UNDATED_TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", "--to", "turtle", "--date", "2026-05-07", str(source)])
    assert result.exit_code == 2 and "--date applies to --to akn only" in result.output
    result = CliRunner().invoke(cli, ["convert", "--to", "akn", "--date", "7.5.2026", str(source)])
    assert result.exit_code == 2
