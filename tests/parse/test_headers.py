"""Item and meeting headers: the printed shapes, and round trips over generated bodies, dates, numbers."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paatosdata.parse.headers import (
    clean_line,
    expand_section_list,
    looks_like_body_name,
    parse_item_header,
    parse_meeting_time,
    parse_meeting_title,
)


@pytest.mark.parametrize(
    ("line", "number", "number_raw", "title", "body", "day"),
    [
        (
            "Työllisyysaluelautakunta 07.05.2026 § 28",
            "28",
            "§ 28",
            None,
            "Työllisyysaluelautakunta",
            date(2026, 5, 7),
        ),
        ("Kaupunginhallitus 12.03.2024 § 45", "45", "§ 45", None, "Kaupunginhallitus", date(2024, 3, 12)),
        ("Vapaa-aikalautakunta 22.01.2026 4 §", "4", "4 §", None, "Vapaa-aikalautakunta", date(2026, 1, 22)),
        (
            "§ 28 Yhteistyö- ja seurantakeskustelut",
            "28",
            "§ 28",
            "Yhteistyö- ja seurantakeskustelut",
            None,
            None,
        ),
        (
            "## § 3 Pöytäkirjan tarkastajien valinta",
            "3",
            "§ 3",
            "Pöytäkirjan tarkastajien valinta",
            None,
            None,
        ),
        ("28 § Ilmoitusasiat", "28", "28 §", "Ilmoitusasiat", None, None),
        ("§ 28", "28", "§ 28", None, None, None),
        ("Pykälä 28", "28", "Pykälä 28", None, None, None),
        (
            "Paragraf 28 Val av protokolljusterare",
            "28",
            "Paragraf 28",
            "Val av protokolljusterare",
            None,
            None,
        ),
        ("Pöytäkirja 20.06.2017/Pykälä 156", "156", "Pykälä 156", None, None, date(2017, 6, 20)),
        (
            "Ympäristölautakunta / Pöytäkirja 17.01.2013 Pykälä 5",
            "5",
            "Pykälä 5",
            None,
            "Ympäristölautakunta",
            None,
        ),
        ("Protokoll 04.05.2026/Paragraf 67", "67", "Paragraf 67", None, None, date(2026, 5, 4)),
        ("**Kommunstyrelsen 4.5.2026 § 67**", "67", "§ 67", None, "Kommunstyrelsen", date(2026, 5, 4)),
    ],
)
def test_item_headers(
    line: str, number: str, number_raw: str, title: str | None, body: str | None, day: date | None
) -> None:
    header = parse_item_header(line)
    assert header is not None
    assert (header.number, header.number_raw, header.title) == (number, number_raw, title)
    if body is not None:
        assert header.body == body
    if day is not None:
        assert header.date == day


def test_agenda_header() -> None:
    header = parse_item_header("Esityslista 29.05.2017 Asianro 4")
    assert header is not None
    assert (header.number, header.number_raw, header.agenda_number, header.kind) == (
        None,
        None,
        "4",
        "agenda",
    )
    assert header.date == date(2017, 5, 29)
    dynasty = parse_item_header("Pöytäkirja 20.06.2017/Pykälä 156")
    assert dynasty is not None and dynasty.kind == "minutes"


@pytest.mark.parametrize(
    "line",
    [
        "Kuntalain 136 §:n mukaan seuraaviin päätöksiin",
        "§§ 18–19, 22",
        "§ 3, 5–6",
        "(kh 21.10.2025, § 293)",
        "Itä-Suomen elinvoimakeskus järjestää keskustelun 21.5.2026",
        "Perusopetuslaki 628/1998 6 §",
        "28 §:n mukaan",
        "",
    ],
)
def test_not_item_headers(line: str) -> None:
    assert parse_item_header(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("PÖYTÄKIRJA 3/2026", "minutes", "3/2026"),
        ("Pöytäkirja", "minutes", None),
        ("ESITYSLISTA 2/2026", "agenda", "2/2026"),
        ("PROTOKOLL 4/2026", "minutes", "4/2026"),
        ("FÖREDRAGNINGSLISTA", "agenda", None),
        ("## Kokouskutsu ja esityslista nro 5/2026", "agenda", "5/2026"),
    ],
)
def test_meeting_titles(line: str, kind: str, number: str | None) -> None:
    title = parse_meeting_title(line)
    assert title is not None and (title.kind, title.number) == (kind, number)


def test_meeting_title_needs_the_whole_line() -> None:
    assert parse_meeting_title("Pöytäkirja on tarkastettu 16.03.2026.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03.2026 klo 16:15 - 19:16", (date(2026, 3, 12), time(16, 15), time(19, 16))),
        (
            "torstai 12.3.2026 klo 16.15–19.16, keskeytetty 17.30–17.45",
            (date(2026, 3, 12), time(16, 15), time(19, 16)),
        ),
        ("4.5.2026 kl. 18.00", (date(2026, 5, 4), time(18, 0), None)),
        ("Kaupungintalo", (None, None, None)),
    ],
)
def test_meeting_time(text: str, expected: tuple[date | None, time | None, time | None]) -> None:
    assert parse_meeting_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§§ 116–117, 120–122", ["116", "117", "120", "121", "122"]),
        ("3, 5-6", ["3", "5", "6"]),
        ("§ 7", ["7"]),
        ("1–2000", ["1", "2000"]),
    ],
)
def test_section_lists(text: str, expected: list[str]) -> None:
    assert expand_section_list(text) == expected


def test_clean_line() -> None:
    assert clean_line("### **Päätösehdotus**  ") == "Päätösehdotus"
    assert clean_line("> *Kursiivi* ja \\*tähti\\*") == "Kursiivi ja *tähti*"
    assert clean_line("- 1 Liite") == "- 1 Liite"


def test_body_names() -> None:
    assert looks_like_body_name("Sivistyslautakunta")
    assert looks_like_body_name("Kaupunki- ja ympäristölautakunta")
    assert looks_like_body_name("Kommunstyrelsen")
    assert not looks_like_body_name("Kaislarannan kaupunki")
    assert not looks_like_body_name("Lautakunta hyväksyi esityksen 12.3.2026")


# --- round trips over generated headers ---------------------------------------------------------

_SUFFIXES = ["lautakunta", "hallitus", "valtuusto", "jaosto", "nämnden", "styrelsen", "fullmäktige"]
_LETTERS = "abcdefghijklmnoprstuvyäöå"
bodies = st.builds(
    lambda first, stem, suffix, extra: (extra + " " if extra else "") + first + stem + suffix,
    st.sampled_from("ABDEHIKLMNOPRSTVYÄÖ"),
    st.text(alphabet=_LETTERS, min_size=0, max_size=12),
    st.sampled_from(_SUFFIXES),
    st.sampled_from(["", "Tekninen", "Kaupunki- ja", "Svenska"]),
)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
numbers = st.integers(min_value=1, max_value=9999).map(str)


def _fi_date(day: date, padded: bool) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if padded else f"{day.day}.{day.month}.{day.year}"


@given(bodies, dates, numbers, st.booleans(), st.booleans())
def test_body_date_number_round_trip(
    body: str, day: date, number: str, padded: bool, section_first: bool
) -> None:
    printed = f"§ {number}" if section_first else f"{number} §"
    header = parse_item_header(f"{body} {_fi_date(day, padded)} {printed}")
    assert header is not None
    assert (header.body, header.date, header.number, header.number_raw) == (body, day, number, printed)


_TITLE_WORDS = st.text(alphabet=_LETTERS + " -", min_size=1, max_size=40).map(str.strip).filter(bool)


@given(numbers, st.sampled_from("ABCDEHKLMOPRSTVYÄÖ"), _TITLE_WORDS, st.booleans(), st.booleans())
def test_section_title_round_trip(number: str, initial: str, rest: str, markdown: bool, first: bool) -> None:
    title = " ".join((initial + rest).split())
    printed = f"§ {number}" if first else f"{number} §"
    line = f"## {printed} {title}" if markdown else f"{printed} {title}"
    header = parse_item_header(line)
    assert header is not None
    assert (header.number, header.number_raw, header.title) == (number, printed, title)


@given(dates, numbers, st.booleans())
def test_dynasty_round_trip(day: date, number: str, agenda: bool) -> None:
    if agenda:
        line = f"Esityslista {_fi_date(day, True)} Asianro {number}"
    else:
        line = f"Pöytäkirja {_fi_date(day, True)}/Pykälä {number}"
    header = parse_item_header(line)
    assert header is not None and header.date == day
    if agenda:
        assert (header.agenda_number, header.number, header.kind) == (number, None, "agenda")
    else:
        assert (header.number, header.number_raw, header.kind) == (number, f"Pykälä {number}", "minutes")


@given(
    st.integers(1, 999), st.integers(1990, 2099), st.sampled_from(["PÖYTÄKIRJA", "Esityslista", "PROTOKOLL"])
)
def test_meeting_title_round_trip(serial: int, year: int, word: str) -> None:
    title = parse_meeting_title(f"{word} {serial}/{year}")
    assert title is not None and title.number == f"{serial}/{year}"


@given(st.lists(st.integers(1, 400), min_size=1, max_size=8))
def test_section_list_round_trip(values: list[int]) -> None:
    ordered = sorted(set(values))
    text = "§§ " + ", ".join(str(v) for v in ordered)
    assert expand_section_list(text) == [str(v) for v in ordered]
