"""Where a key of an Ahjo JSON file stands: the line of a ``"key":``, or of the one nearest the record being
read, for the spans of what the reader takes from it.

:class:`AhjoJsonLines` holds the file's text, its path and the line of the record being read, which every
part of :class:`~paatosdata.parse.ahjo_json.AhjoJsonReader` points its spans from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from paatosdata.model import Span
from paatosdata.parse.base import Reader, span
from paatosdata.parse.vendor_json import key_lines


class AhjoJsonLines(Reader):
    """The text and path of the Ahjo JSON file being read and the line of the record being read, with the
    lines of its keys."""

    _text: str
    _path: Path
    _anchor: int | None

    def _line(self, key: str, nth: int = 0) -> Span:
        """The line of the ``nth`` ``"key":``, or of the one nearest the record being read."""
        lines = key_lines(self._text, key)
        if self._anchor is not None and lines:
            anchor = self._anchor
            return span(self._path, min(lines, key=lambda line: (abs(line - anchor), line)))
        return span(self._path, lines[nth] if nth < len(lines) else 1)

    def _value_line(self, key: str, value: object) -> int | None:
        """The line of ``"key": "value"`` (a record's own id), to find its other keys near it."""
        if not isinstance(value, str) or not value:
            return None
        m = re.search(
            r'"' + re.escape(key) + r'"\s*:\s*' + re.escape(json.dumps(value, ensure_ascii=False)), self._text
        )
        if m is None:
            m = re.search(r'"' + re.escape(key) + r'"\s*:\s*' + re.escape(json.dumps(value)), self._text)
        return self._text.count("\n", 0, m.start()) + 1 if m else None
