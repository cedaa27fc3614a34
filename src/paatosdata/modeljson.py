"""The model as JSON: ``to_dict`` / ``from_dict`` for every dataclass in :mod:`paatosdata.model`.

Dates are ISO strings, enums their values, spans ``{"file", "line", "column", "end_line"}``.
Fields at their default are left out (``compact=True``) so the JSON reads like the minutes.
``from_dict(Document, to_dict(doc))`` gives back an equal document, spans included.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from paatosdata import model

__all__ = ["document_from_json", "document_to_json", "from_dict", "to_dict"]

T = TypeVar("T")


def to_dict(obj: Any, *, compact: bool = True, spans: bool = True) -> Any:
    """Turn a model object (or a list of them) into JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if not spans and f.name in ("span", "spans"):
                continue
            if compact and _is_default(f, value):
                continue
            out[f.name] = to_dict(value, compact=compact, spans=spans)
        return out
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, date | time):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_dict(v, compact=compact, spans=spans) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v, compact=compact, spans=spans) for k, v in obj.items()}
    return obj


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value == f.default_factory())
    return False


@cache
def _hints(cls: type) -> dict[str, Any]:
    namespace = {**vars(model), "date": date, "time": time}
    return typing.get_type_hints(cls, namespace, namespace)


def from_dict(cls: type[T], data: Any) -> T:
    """Build ``cls`` (a model dataclass) from :func:`to_dict` output."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], data) if len(args) == 1 else data
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_convert(inner, v) for v in data]
    if origin is dict:
        _, inner = typing.get_args(tp)
        return {k: _convert(inner, v) for k, v in data.items()}
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            hints = _hints(tp)
            kwargs = {
                f.name: _convert(hints[f.name], data[f.name])
                for f in dataclasses.fields(tp)
                if f.name in data
            }
            return tp(**kwargs)
        if issubclass(tp, Enum):
            return tp(data)
        if tp is date:
            return date.fromisoformat(data)
        if tp is time:
            return time.fromisoformat(data)
    return data


def document_to_json(doc: model.Document, *, indent: int | None = 2, spans: bool = True) -> str:
    """One document as a JSON text."""
    return json.dumps(to_dict(doc, spans=spans), ensure_ascii=False, indent=indent)


def document_from_json(text: str) -> model.Document:
    """A document from :func:`document_to_json` output."""
    return from_dict(model.Document, json.loads(text))
