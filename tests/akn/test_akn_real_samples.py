"""Every real vendor sample exports to AKN that passes the strict XSD and the profile.

A sample either states its meeting date (read by its reader) or states none anywhere in the file:
the Helsinki Ahjo fragments and case/vote JSON, the Oulu Tweb item PDF (its "Päivämäärä" header is
empty) and the Tampere CaseM ExtendedProperties (no date property; the dates in their text are those
of earlier decisions). An undated sample is refused until the publisher states the meeting date
(``meeting_date`` / ``convert --to akn --date``); then it exports with that date, marked
``pd:meeting/@dateSource="publisher"``. The date given here is a test input, not the meeting's.
"""

from __future__ import annotations

import copy
from datetime import date

import pytest
from click.testing import CliRunner
from lxml import etree

from paatosdata.akn.build import build, to_bytes
from paatosdata.akn.read import parse_akn, read_akn
from paatosdata.cli import cli
from paatosdata.errors import MappingError
from paatosdata.parse import read_path
from tests.akn.helpers import NS, PD, TRANSFORM, assert_valid_akn
from tests.conftest import shared_path

#: the meeting date stated for the undated samples in these tests (a test input)
GIVEN = date(2016, 9, 5)

DATED = "dated"  # the reader finds the meeting date in the file
UNDATED = "undated"  # the file states no meeting date; exported with a date given by the publisher

SAMPLES = [
    ("espoo-dynasty", "2013262303-5.HTM", DATED),
    ("espoo-dynasty", "2017406946.HTM", DATED),
    ("espoo-dynasty", "2017409886-4.HTM", DATED),
    ("espoo-dynasty", "espoo_kh_170508_contents_127.json", DATED),
    ("helsinki-ahjo", "case.json", UNDATED),  # only Created/Acquired (case) and Issued (record)
    ("helsinki-ahjo", "confidential-decision-content.html", UNDATED),
    ("helsinki-ahjo", "decision-content-new.html", UNDATED),  # 19.06.2024 dates an attachment
    ("helsinki-ahjo", "decision-content.html", UNDATED),
    ("helsinki-ahjo", "decision-motion.html", UNDATED),
    ("helsinki-ahjo", "decision-record.json", DATED),  # DateMeeting
    ("helsinki-ahjo", "decision-vote-results.json", UNDATED),
    ("helsinki-ahjo", "meeting.html", UNDATED),
    ("oulu-tweb", "oulu_tweb_kaupunginhallitus_5_2017.html", DATED),
    ("oulu-tweb", "35090068.pdf", UNDATED),  # empty "Päivämäärä" header
    ("tampere-casem", "contents_57_extended_properties.json", UNDATED),
    ("tampere-casem", "contents_58_extended_properties.json", UNDATED),
    ("tampere-casem", "contents_59_extended_properties.json", UNDATED),
    ("tampere-casem", "contents_60_extended_properties.json", UNDATED),
    ("tampere-casem", "node_11292_contents.json", DATED),  # "Kokous 5.9.2016"
    ("turku", "turku_kh_2017-02-05-190.htm", DATED),
    ("turku", "turku_kh_2017-02-05-poytakirja.htm", DATED),
]


def _work_date(root: etree._Element) -> str:
    return str(root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date"))


def _date_source(root: etree._Element) -> str | None:
    meeting = root.find(".//pd:meeting", NS)
    return None if meeting is None else meeting.get("dateSource")


@pytest.mark.shared
@pytest.mark.parametrize(("folder", "name", "status"), SAMPLES, ids=[name for _, name, _ in SAMPLES])
def test_real_sample_exports_to_valid_akn_and_reads_back(folder, name, status):
    documents = read_path(shared_path("real", folder, name))
    assert documents
    for doc in documents:
        assert (doc.meeting.date is not None) == (status == DATED), f"{name}: the meeting date changed"
        before = copy.deepcopy(doc)
        if status == UNDATED:
            with pytest.raises(MappingError, match="meeting date is unknown") as refused:
                build(doc)
            assert "--date" in (refused.value.hint or "")
        data = to_bytes(build(doc, transform_date=TRANSFORM, include_confidential=True, meeting_date=GIVEN))
        root = assert_valid_akn(data)
        assert doc == before, "exporting must not change the document"
        if status == DATED:
            assert _work_date(root) == doc.meeting.date.isoformat() and _date_source(root) is None
            assert read_akn(parse_akn(data)) == doc
        else:
            assert _work_date(root) == GIVEN.isoformat() and _date_source(root) == "publisher"
            before.meeting.date = GIVEN
            assert read_akn(parse_akn(data)) == before
        # the public version (confidential parts withheld) is valid too
        assert_valid_akn(to_bytes(build(doc, transform_date=TRANSFORM, meeting_date=GIVEN)))


@pytest.mark.shared
def test_every_real_sample_is_listed():
    folder = shared_path("real")
    files = {
        (path.parent.name, path.name)
        for path in folder.rglob("*")
        if path.is_file() and not path.name.startswith("LICENSE")
    }
    assert files == {(f, n) for f, n, _ in SAMPLES}


@pytest.mark.shared
def test_convert_states_the_date_of_undated_samples(tmp_path):
    folder = shared_path("real", "tampere-casem")
    undated = [str(folder / f"contents_{n}_extended_properties.json") for n in (57, 58, 59, 60)]
    runner = CliRunner()
    refused = runner.invoke(cli, ["convert", "--to", "akn", undated[0], "-o", str(tmp_path / "x.xml")])
    assert refused.exit_code == 2
    assert "meeting date is unknown" in refused.output and "--date YYYY-MM-DD" in refused.output
    assert not (tmp_path / "x.xml").exists()

    out = tmp_path / "casem.xml"
    result = runner.invoke(cli, ["convert", "--to", "akn", "--date", "2016-09-05", *undated, "-o", str(out)])
    assert result.exit_code == 0, result.output
    root = assert_valid_akn(out.read_bytes())
    members = root.findall(".//a:collectionBody/a:component/a:statement", NS)
    assert len(members) == 4
    for member in members:
        assert member.find("a:meta/a:identification/a:FRBRWork/a:FRBRdate", NS).get("date") == "2016-09-05"
        assert member.find(f"a:meta/a:proprietary/{{{PD}}}meeting", NS).get("dateSource") == "publisher"


@pytest.mark.shared
def test_a_stated_date_wins_over_the_option(tmp_path):
    sample = shared_path("real", "helsinki-ahjo", "decision-record.json")
    out = tmp_path / "record.xml"
    result = CliRunner().invoke(
        cli, ["convert", "--to", "akn", "--date", "2000-01-01", str(sample), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    root = assert_valid_akn(out.read_bytes())
    assert _work_date(root) == "2025-01-27" and _date_source(root) is None
