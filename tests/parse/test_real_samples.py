"""The vendor readers over the real published samples: every hand-written fact is read exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from paatosdata.parse.facts import compare_facts, document_facts
from tests.conftest import shared_path

EXPECTED = Path(__file__).parent / "expected" / "real"
CASES = sorted(EXPECTED.rglob("*.json"))

pytestmark = pytest.mark.shared


def _sample(facts_file: Path) -> Path:
    relative = facts_file.relative_to(EXPECTED).with_suffix("")
    return shared_path("real", *relative.parts)


@pytest.mark.parametrize("facts_file", CASES, ids=[c.stem for c in CASES])
def test_real_sample_facts(facts_file: Path) -> None:
    spec = json.loads(facts_file.read_text(encoding="utf-8"))
    path = _sample(facts_file)
    assert reader_for(path, read_bytes(path)).name == spec["format"]
    [document] = read_path(path)
    actual = document_facts(document)
    misses = [key for key, ok in compare_facts(spec["facts"], actual) if not ok]
    assert misses == [], {key: (spec["facts"][key], actual.get(key)) for key in misses}
    assert document.source is not None and document.source.format == spec["format"]


@pytest.mark.parametrize("facts_file", CASES, ids=[c.stem for c in CASES])
def test_real_sample_title_spans_point_at_the_title(facts_file: Path) -> None:
    path = _sample(facts_file)
    [document] = read_path(path)
    if path.suffix.lower() in (".pdf", ".json"):
        pytest.skip("span lines of PDFs and JSON are checked in the reader tests")
    text = path.read_bytes().decode("cp1252" if b"windows-1252" in path.read_bytes()[:4096] else "utf-8")
    lines = text.split("\n")
    for item in document.items:
        if not item.title:
            continue
        assert item.span is not None
        first_word = item.title.split()[0]
        window = "\n".join(lines[item.span.line - 1 : item.span.line + 2])
        assert first_word in window, (item.title, item.span)


def test_dynasty_meeting_page_people_present() -> None:
    [document] = read_path(shared_path("real", "espoo-dynasty", "2017406946.HTM"))
    people = document.meeting.participants
    assert len(people) == 33
    chair = people[0]
    assert (chair.person.name, chair.role) == ("Markus Torkki", "puheenjohtaja")
    late = next(p for p in people if p.person.name == "Pia Kauma")
    assert late.role == "jäsen" and late.note == "saapui klo 16.53 § 146 käsittelyn aikana"
    secretary = people[-1]
    assert (secretary.person.name, secretary.person.title, secretary.role) == (
        "Riitta-Liisa Kammonen",
        "kaupunginsihteeri",
        "sihteeri",
    )
    ban = document.appeal_instructions[0]
    assert ban.statute is not None and (ban.statute.abbreviation, ban.statute.section) == ("KuntaL", "91")


def test_dynasty_item_keeps_every_part_as_a_section() -> None:
    [document] = read_path(shared_path("real", "espoo-dynasty", "2013262303-5.HTM"))
    [item] = document.items
    assert [(s.kind, s.heading) for s in item.sections] == [
        ("preparers", "Valmistelijat / lisätiedot"),
        ("proposal", "Päätösehdotus"),
        ("decision", "Päätös"),
        ("reasons", "Selostus"),
        ("distribution", "Tiedoksi"),
    ]
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.span is not None and item.case.diary_number.span.line == 855
    assert item.spans["decision"].line == 905


def test_tweb_pdf_sections_in_order_with_lines() -> None:
    [document] = read_path(shared_path("real", "oulu-tweb", "35090068.pdf"))
    [item] = document.items
    assert [s.heading for s in item.sections] == [
        "Päätöshistoria",
        "Tiivistelmä",
        "Esittelyteksti",
        "Liitteet",
        "Oheismateriaali",
        "Esittelijä",
        "Päätösesitys",
        "Päätös",
        "Valmistelijat",
        "Täytäntöönpanotiedot",
    ]
    implementation = item.section("implementation")
    assert implementation is not None
    assert implementation.text.split("\n") == [
        "Asia tiedoksi kaupunginvaltuustoon",
        "Ote: Oulun kaupungin hallintokunnat ja liikelaitokset",
        "Ei muutoksenhakuoikeutta",
    ]
