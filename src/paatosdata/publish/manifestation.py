"""An Akoma Ntoso file's transform date kept while nothing else in the file changes.

Each published Akoma Ntoso file names, in ``FRBRManifestation``, the day its XML was made
(``<FRBRdate date="…" name="transform"/>``). Written afresh on every publish, that date alone would
change every file from one day to the next, and the change feed would call every item updated. So a
file already published keeps its bytes when the new rendering differs from it only in that date: the
transform date is the day the current content was first written.
"""

from __future__ import annotations

import os
import re

__all__ = ["keep_transform_date"]

_TRANSFORM = re.compile(rb'(<FRBRdate date=")\d{4}-\d{2}-\d{2}(" name="transform"/>)')


def _undated(data: bytes) -> bytes:
    return _TRANSFORM.sub(rb"\1\2", data)


def keep_transform_date(path: str, data: bytes) -> bytes:
    """``data``, or the bytes already at ``path`` when the two differ only in their transform dates."""
    try:
        if os.stat(path).st_size != len(data):
            return data
        with open(path, "rb") as handle:
            old = handle.read()
    except (FileNotFoundError, NotADirectoryError):
        return data
    if old == data or _undated(old) != _undated(data):
        return data
    return old
