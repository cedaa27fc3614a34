"""An API reader's JSON file (6Aika, Ahjo, CaseM) read with its lines: the parsed value and its text, a
syntax error as a :class:`~paatosdata.errors.ParseError` naming the file and line (and saying when the file
was cut short), and the line of every ``"key":``, which the parsed value no longer knows, for the spans of
the values read from it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from paatosdata.errors import ParseError
from paatosdata.parse.base import decode

__all__ = ["key_lines", "load_json"]


def load_json(data: bytes, path: Path) -> tuple[Any, str]:
    """The parsed JSON and its text; a syntax error becomes a ParseError naming file and line."""
    text = decode(data, path)
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) - 1 or _unclosed(text)
        what = "the JSON ends too early (truncated?)" if truncated else f"invalid JSON: {exc.msg}"
        raise ParseError(what, source=f"{path}:{exc.lineno}") from None
    except RecursionError:
        raise ParseError("the JSON is nested too deeply", source=str(path)) from None


def _unclosed(text: str) -> bool:
    """True when brackets or a string are still open at the end (the file was cut short)."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


def key_lines(text: str, key: str) -> list[int]:
    """Line numbers of every ``"key":`` in ``text``, in document order (escaped quotes ignored)."""
    pattern = re.compile(r'(?<!\\)"' + re.escape(key) + r'"\s*:')
    lines = []
    line = 1
    last = 0
    for m in pattern.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        lines.append(line)
    return lines
