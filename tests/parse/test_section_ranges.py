"""The § numbers an appeal row of a Dynasty meeting page applies to (``125-131, 133``)."""

from __future__ import annotations

from paatosdata.parse.dynasty_header import expand_sections
from tests.deadline import within


def test_ranges_and_lists() -> None:
    assert expand_sections("125-128, 133") == ["125", "126", "127", "128", "133"]


def test_glued_numbers_split_by_the_known_sections() -> None:
    assert expand_sections("125-127133", ["125", "126", "127", "133"]) == ["125", "126", "127", "133"]


def test_an_item_without_a_number_among_the_known_does_not_stall() -> None:
    """A listed item with no § (an empty number among the known) once matched at a digit no known § starts
    with (``7`` of a kohta glued on), and the scan never moved on."""
    with within(2):
        assert expand_sections("12-14, 167", ["12", "", "13", "14", "16"]) == ["12", "13", "14", "16"]
