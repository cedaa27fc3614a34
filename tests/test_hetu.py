"""Personal identity codes: generated valid codes are found, look-alikes are not."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paatosdata.hetu import CENTURY_SIGNS, CHECK_CHARACTERS, check_character, find_hetus, is_valid, mask

_SIGNS_BY_CENTURY = {
    century: [sign for sign, start in CENTURY_SIGNS.items() if start == century]
    for century in (1800, 1900, 2000)
}


@st.composite
def hetus(draw: st.DrawFn) -> str:
    """A valid code: a real date in 1800–2099, a sign of its century, a number 002–999, the right check."""
    day = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)))
    century = day.year // 100 * 100
    sign = draw(st.sampled_from(_SIGNS_BY_CENTURY[century]))
    number = draw(st.integers(min_value=2, max_value=999))
    digits = f"{day:%d%m}{day.year % 100:02d}{number:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{check_character(digits)}"


_CONTEXTS = [
    "Hakijan henkilötunnus on {} ja osoite on tiedossa.",
    "Sökandens personbeteckning {}, adress okänd.",
    "Liite 2: Hakemus ({}).pdf",
    "{}",
    "hetu:{}",
]


@given(code=hetus(), context=st.sampled_from(_CONTEXTS))
def test_generated_valid_codes_are_found(code: str, context: str) -> None:
    text = context.format(code)
    assert [m.code for m in find_hetus(text)] == [code]
    assert is_valid(code)
    assert code not in mask(text)


@given(code=hetus(), replacement=st.sampled_from(CHECK_CHARACTERS))
def test_a_changed_check_character_is_not_found(code: str, replacement: str) -> None:
    if replacement == code[-1]:
        return
    changed = code[:-1] + replacement
    assert find_hetus(f"hetu {changed} tässä") == []
    assert not is_valid(changed)


@given(code=hetus())
def test_codes_inside_longer_numbers_are_not_found(code: str) -> None:
    assert find_hetus("1" + code) == []
    assert find_hetus(code + "7") == []
    assert find_hetus(code + "-12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Y-tunnus 1234567-8",
        "FO-nummer 0123456-7",
        "kiinteistötunnus 837-715-2-47",
        "puh. 044 718 7502",
        "puh. 040-1234567",
        "tel. +358 44 718 7502",
        "dnro 2804/00.01.01/2026",
        "310294-123A",  # 31 February does not exist
        "131052-308U",  # wrong check character
        "131352-308T",  # month 13
        "131052-000T",  # individual numbers 000 and 001 are never issued
        "tilinumero FI21 1234 5600 0007 85",
    ],
)
def test_look_alikes_are_not_found(text: str) -> None:
    assert find_hetus(text) == []


def test_several_codes_and_both_centuries() -> None:
    text = "Asianosaiset 010594Y9021 ja 010594Y9032 sekä 131052-308T."
    assert [m.code for m in find_hetus(text)] == ["010594Y9021", "010594Y9032", "131052-308T"]
    assert mask(text) == "Asianosaiset *********** ja *********** sekä ***********."


def test_the_century_sign_decides_whether_the_date_exists() -> None:
    digits = "290200456"  # 29 February 2000 exists, 29 February 1900 does not
    assert is_valid(f"290200B456{check_character(digits)}")
    assert not is_valid(f"290200-456{check_character(digits)}")
    assert not is_valid(f"290200Y456{check_character(digits)}")
