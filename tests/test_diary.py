"""Diary numbers: the known patterns, and round trips over generated numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paatosdata.diary import find_diary_number, is_task_class, parse_diary_number

serials = st.integers(min_value=1, max_value=999999).map(str)
years = st.integers(min_value=1990, max_value=2099)
classes = st.lists(st.integers(0, 99).map(lambda n: f"{n:02d}"), min_size=3, max_size=4).map(".".join)
#: a registry prefix (``TRE:…``); the label words a diary number is printed after (``Dno: 12/…``) are labels
prefixes = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVYÄÖ", min_size=2, max_size=5).filter(
    lambda p: p not in {"DNO", "DNR", "DNRO"}
)


@pytest.mark.parametrize(
    ("raw", "pattern", "serial", "task_class", "year", "prefix"),
    [
        ("2804/00.01.01/2026", "dynasty", "2804", "00.01.01", 2026, None),
        ("TRE:4787/10.03.01/2016", "casem", "4787", "10.03.01", 2016, "TRE"),
        ("OUKA/899/02.06.01.04/2017", "tweb", "899", "02.06.01.04", 2017, "OUKA"),
        ("HEL 2024-009117", "ahjo", "009117", None, 2024, "HEL"),
        ("HEL 2024-009117 T 00 00 03", "ahjo", "009117", "00.00.03", 2024, "HEL"),
        ("MliDno-2017-1255", "casem-dno", "1255", None, 2017, "MliDno"),
        # the municipality's code glued before ``Dno``
        ("917Dno-2026-58", "casem-dno", "58", None, 2026, "917Dno"),
        ("5024-2017 (010)", "turku", "5024", None, 2017, None),
        # Turku's newer task class printed with spaces, and several codes in one bracket
        ("826-2025 (00 01 01)", "turku", "826", "00.01.01", 2025, None),
        ("2682-2013 (000, 041)", "turku", "2682", None, 2013, None),
        ("13710-2021 (00 01 02, 06 00 00)", "turku", "13710", None, 2021, None),
        ("Dnro 3700/11.01.00/2011", "dynasty", "3700", "11.01.00", 2011, None),
        # a class whose levels repeat the levels above them, kept as printed
        ("318/02.0200.020001/2025", "cumulative", "318", "02.0200.020001", 2025, None),
        # a class of two levels
        ("31/00.02/2026", "dynasty", "31", "00.02", 2026, None),
    ],
)
def test_known_patterns(
    raw: str, pattern: str, serial: str, task_class: str | None, year: int, prefix: str | None
) -> None:
    d = parse_diary_number(raw)
    assert (d.pattern, d.serial, d.task_class, d.year, d.prefix) == (
        pattern,
        serial,
        task_class,
        year,
        prefix,
    )
    assert d.raw == raw


def test_unknown_keeps_raw() -> None:
    d = parse_diary_number("  ei diaarinumeroa  ")
    assert d.raw == "ei diaarinumeroa" and d.pattern is None and d.serial is None


def test_a_dnro_whose_task_class_was_left_empty_reads_its_serial_and_year() -> None:
    d = parse_diary_number("611//2026")
    assert (d.serial, d.year, d.task_class, d.pattern, d.raw) == (
        "611",
        2026,
        None,
        "serial-year",
        "611//2026",
    )
    assert find_diary_number("Asia 611//2026 käsiteltiin") == "611//2026"


def test_class_from_separate_line() -> None:
    d = parse_diary_number("5316/2016", task_class="00.01.01")
    assert (d.serial, d.year, d.task_class, d.pattern) == ("5316", 2016, "00.01.01", "serial-year")


@given(serials, classes, years)
def test_dynasty_round_trip(serial: str, cls: str, year: int) -> None:
    raw = f"{serial}/{cls}/{year}"
    d = parse_diary_number(raw)
    assert (d.serial, d.task_class, d.year, d.raw) == (serial, cls, year, raw)
    assert is_task_class(cls)
    assert find_diary_number(f"Asia {raw} käsiteltiin") == raw


@given(prefixes, serials, classes, years, st.sampled_from([":", "/"]))
def test_prefixed_round_trip(prefix: str, serial: str, cls: str, year: int, sep: str) -> None:
    d = parse_diary_number(f"{prefix}{sep}{serial}/{cls}/{year}")
    assert (d.prefix, d.serial, d.task_class, d.year) == (prefix, serial, cls, year)


@given(st.text(max_size=60))
def test_never_crashes(text: str) -> None:
    d = parse_diary_number(text)
    assert d.raw == text.strip()


def test_cumulative_class_is_found_in_running_text() -> None:
    assert find_diary_number("Dnro 318/02.0200.020001/2025 (kh)") == "318/02.0200.020001/2025"


def test_two_level_class_only_between_a_dnro_s_slashes() -> None:
    assert find_diary_number("Dnro 31/00.02/2026 (kh)") == "31/00.02/2026"
    assert not is_task_class("00.02")  # alone, two levels read as a time (klo 12.05)
    assert find_diary_number("kokous alkoi klo 12.05") is None


def test_turku_dnro_with_a_spaced_class_is_found_in_running_text() -> None:
    """Turku prints ``4410-2026 (02 05 00)``; before, only a single bracketed code was found."""
    assert find_diary_number("Dnro 4410-2026 (02 05 00) Asia") == "4410-2026 (02 05 00)"
    assert find_diary_number("1902-2026 (10 03 02, 02.01)") == "1902-2026 (10 03 02, 02.01)"


def test_five_level_task_class() -> None:
    """A regional council's dnro carries a five-level class (``07.00.04.00.00``); before, the whole
    number was left unread."""
    d = parse_diary_number("58/02.05.01.00.00/2026")
    assert (d.serial, d.task_class, d.year) == ("58", "02.05.01.00.00", 2026)
    assert find_diary_number("Maakuntahallitus 3.3.2026 58/02.05.01.00.00/2026") == "58/02.05.01.00.00/2026"


def test_an_archive_code_with_a_dot_is_kept_raw_and_its_serial_and_year_read() -> None:
    """``208/3.321/2004``: an older archive code (main class and subclass), not a task class nor a
    ``321/2004`` number found inside it."""
    assert find_diary_number("Dnro 208/3.321/2004") == "208/3.321/2004"
    d = parse_diary_number("208/3.321/2004")
    assert (d.serial, d.year, d.task_class, d.pattern) == ("208", 2004, None, "archive-code")
    assert find_diary_number("12/00.01/2020") == "12/00.01/2020"
    assert parse_diary_number("12/00.01/2020").task_class == "00.01"


def test_a_casem_dnro_whose_prefix_starts_with_the_municipality_code() -> None:
    """``917Dno-2026-58``: a CaseM dnro with the municipality's code glued before ``Dno``; before, it was
    neither parsed nor found in running text."""
    assert find_diary_number("Asia 917Dno-2026-58 käsiteltiin") == "917Dno-2026-58"
    assert find_diary_number("Asia 12917Dno-2026-58") is None  # a longer number is no municipality code


def test_a_label_before_the_number_is_no_prefix() -> None:
    """``DNO:1/00.00.00/1990`` is the label ``Dno:`` before a Dynasty number, not a registry prefix ``DNO``
    (why the prefix strategy above leaves the label words out)."""
    for raw in ("DNO:1/00.00.00/1990", "Dnro 1/00.00.00/1990", "DNR:1/00.00.00/1990"):
        d = parse_diary_number(raw)
        assert (d.prefix, d.serial, d.task_class, d.year) == (None, "1", "00.00.00", 1990)
