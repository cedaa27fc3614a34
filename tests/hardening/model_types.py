"""What a read document holds checked against the model's own type hints (the hardening tests' oracle)."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, time
from enum import Enum
from typing import Any


def type_ok(value: Any, hint: Any) -> bool:
    """True when ``value`` is of the annotated type (unions, ``list[X]``, ``dict[K, V]``, classes)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(type_ok(value, arg) for arg in typing.get_args(hint))
    if origin is list:
        (arg,) = typing.get_args(hint)
        return isinstance(value, list) and all(type_ok(v, arg) for v in value)
    if origin is dict:
        key_type, value_type = typing.get_args(hint)
        return isinstance(value, dict) and all(
            type_ok(k, key_type) and type_ok(v, value_type) for k, v in value.items()
        )
    if hint is type(None):
        return value is None
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is date:
        return isinstance(value, date)
    if hint is time:
        return isinstance(value, time)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return isinstance(value, hint)
    return isinstance(value, hint)


def wrong_types(value: Any, where: str = "document") -> list[str]:
    """The fields of a model object (and of the objects it holds) whose value is not of their type."""
    if isinstance(value, list):
        return [w for n, v in enumerate(value) for w in wrong_types(v, f"{where}[{n}]")]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return []
    hints = typing.get_type_hints(type(value))
    wrong = []
    for field in dataclasses.fields(value):
        member = getattr(value, field.name)
        if not type_ok(member, hints[field.name]):
            wrong.append(f"{where}.{field.name} = {member!r}")
        wrong += wrong_types(member, f"{where}.{field.name}")
    return wrong
