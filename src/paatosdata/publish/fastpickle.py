"""Pickling dataclasses with slots as their field values, for what crosses between processes.

A dataclass with slots is pickled by default as a list of its values and rebuilt field by field
through Python-level ``__getstate__``/``__setstate__``, several times slower than pickling the
values as a tuple and calling the class with them. The read documents handed to worker processes,
the results coming back and the ledger of the publishing process are all such objects; a reducer
registered here (in :mod:`copyreg`, for this process and the processes forked from it) pickles
them the fast way. A pickle made either way is read back the same by any process.
"""

from __future__ import annotations

import copyreg
import dataclasses
from collections.abc import Callable, Iterable
from operator import attrgetter
from types import ModuleType
from typing import Any

__all__ = ["by_field_values", "dataclasses_of"]


def _reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]] | None:
    """A reducer giving ``cls`` and its field values, or None when the class cannot be rebuilt so."""
    fields = dataclasses.fields(cls)
    if not fields or any(not f.init or f.kw_only for f in fields):
        return None
    names = [f.name for f in fields]
    if len(names) == 1:
        name = names[0]

        def reduce_one(obj: Any) -> tuple[type, tuple[Any, ...]]:
            return cls, (getattr(obj, name),)

        return reduce_one
    values = attrgetter(*names)

    def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(obj)

    return reduce


def by_field_values(classes: Iterable[type]) -> None:
    """Pickle each dataclass of ``classes`` with slots (and fields all given to its constructor in
    order) as its class called with its field values; other classes are left as they are."""
    for cls in classes:
        if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
            continue
        if "__reduce__" in cls.__dict__ or "__reduce_ex__" in cls.__dict__:
            continue  # pickled its own way already
        reduce = _reducer(cls)
        if reduce is not None:
            copyreg.pickle(cls, reduce)


def dataclasses_of(*modules: ModuleType) -> list[type]:
    """The dataclasses defined in ``modules``."""
    return [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
    ]
