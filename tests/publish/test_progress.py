"""The progress bar: items/s and ETA on a terminal, nothing otherwise."""

from __future__ import annotations

import io

import pytest

from paatosdata.commands.publish import _Bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_draws_rate_and_eta_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    bar = _Bar()
    bar(1, 4, 10)
    bar(4, 4, 40)
    text = terminal.getvalue()
    assert "1/4 inputs, 10 items" in text and "items/s" in text and "ETA" in text
    assert text.endswith("\n")


def test_bar_is_silent_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    bar = _Bar()
    bar(1, 2, 5)
    bar(2, 2, 9)
    assert pipe.getvalue() == ""
