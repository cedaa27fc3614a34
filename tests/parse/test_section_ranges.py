"""The § numbers an appeal row of a Dynasty meeting page applies to (``125-131, 133``)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from paatosdata.parse.dynasty_header import expand_sections


@contextmanager
def _within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging when the block runs longer than ``seconds``."""

    def _late(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, _late)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_ranges_and_lists() -> None:
    assert expand_sections("125-128, 133") == ["125", "126", "127", "128", "133"]


def test_glued_numbers_split_by_the_known_sections() -> None:
    assert expand_sections("125-127133", ["125", "126", "127", "133"]) == ["125", "126", "127", "133"]


def test_an_item_without_a_number_among_the_known_does_not_stall() -> None:
    """A listed item with no § (an empty number among the known) once matched at a digit no known § starts
    with (``7`` of a kohta glued on), and the scan never moved on."""
    with _within(2):
        assert expand_sections("12-14, 167", ["12", "", "13", "14", "16"]) == ["12", "13", "14", "16"]
