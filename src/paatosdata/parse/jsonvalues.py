"""Typed access to parsed JSON values for the API readers (6Aika, Ahjo, Dynasty JSON, CaseM).

An API file may hold a value of another type than its schema says (a list where a name is, a
number where a list of attachments is). The readers take each value through these helpers: a value
of the wrong type for one field reads as empty, so that field is left out and the rest of the file
is still read, and the model only gets the types it declares.

>>> text_value(12), text_value("§ 4"), text_value(True), text_value(["a"]), text_value(None)
('12', '§ 4', '', '', '')
>>> optional_text(""), optional_text({"fi": "x"}), optional_text("x")
(None, None, 'x')
>>> list_value({"a": 1}), dict_value([1]), count_value("7"), count_value(True), count_value(-1)
([], {}, 7, None, None)
>>> sorted([3, None, "b", 1, [], "a"], key=order_key)
[1, 3, 'a', 'b', None, []]
"""

from __future__ import annotations

from typing import Any

__all__ = ["count_value", "dict_value", "is_number", "list_value", "optional_text", "order_key", "text_value"]


def is_number(value: object) -> bool:
    """True for a JSON number (``true`` and ``false`` are not numbers, though Python counts them)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def text_value(value: object) -> str:
    """A JSON string as it is, a number as its digits; ``null``, a boolean, a list or an object as ``""``."""
    if isinstance(value, str):
        return value
    return str(value) if is_number(value) else ""


def optional_text(value: object) -> str | None:
    """:func:`text_value`, with ``None`` for an empty result."""
    return text_value(value) or None


def list_value(value: object) -> list[Any]:
    """A JSON list as it is; anything else as an empty list."""
    return value if isinstance(value, list) else []


def dict_value(value: object) -> dict[str, Any]:
    """A JSON object as it is; anything else as an empty object."""
    return value if isinstance(value, dict) else {}


def count_value(value: object) -> int | None:
    """A count (of votes): a whole non-negative number or a string of digits; else ``None``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def order_key(value: object, missing: tuple[int, float, str] = (2, 0, "")) -> tuple[int, float, str]:
    """A sort key for an ``ordering`` or ``order`` value: numbers first by value (a number written as
    text, ``"10"``, too: it comes after ``"9"``), then other strings by their text, then anything else
    (``missing``, last unless given). Values of mixed types never meet in one comparison, so no file
    makes the sort fail."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value, "")
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value) < 19:
        return (0, int(value), "")
    if isinstance(value, str) and value:
        return (1, 0, value)
    return missing
