"""Numbered source lines and blocks of them: the unit text readers work on, with spans.

>>> lines = split_lines("## **Otsikko**  \\n\\nTeksti\\n")
>>> [(line.number, line.text, line.marked) for line in lines]
[(1, 'Otsikko', True), (2, '', False), (3, 'Teksti', False)]
>>> block_text(lines)
'Otsikko\\n\\nTeksti'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from paatosdata.model import Span
from paatosdata.parse.headers import clean_line

__all__ = ["Line", "block_span", "block_text", "split_lines"]

_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<inner>[^*_].*?)(?:\*\*|__)\s*:?\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_SPACES = re.compile(r"[ \t]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass(slots=True)
class Line:
    """One source line: 1-based number, raw text, cleaned text, column of its first character.

    ``marked`` is true for a Markdown heading (``## …``) or a line that is bold as a whole.
    """

    number: int
    raw: str
    text: str
    column: int
    marked: bool

    @property
    def blank(self) -> bool:
        """True for an empty line (or a Markdown table rule, which carries no text)."""
        return not self.text


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` (any newline convention), cleaned of Markdown heading marks and emphasis."""
    out: list[Line] = []
    for number, raw in enumerate(text.replace("\ufeff", "").splitlines(), start=1):
        raw = raw.rstrip()
        if not raw:
            out.append(Line(number, raw, "", 1, False))
            continue
        cleaned = "" if "---" in raw and _TABLE_RULE.match(raw) else clean_line(raw)
        column = len(raw) - len(raw.lstrip()) + 1
        marked = raw.lstrip()[:1] in ("#", "*", "_") and bool(_MD_HEADING.match(raw) or _BOLD_LINE.match(raw))
        if "  " in cleaned or "\t" in cleaned:
            cleaned = _SPACES.sub(" ", cleaned)
        out.append(Line(number, raw, cleaned, column, marked))
    return out


def block_text(lines: Sequence[Line]) -> str:
    """The cleaned text of ``lines``: blank runs become one empty line, no blank lines at the ends."""
    parts: list[str] = []
    for line in lines:
        if line.blank:
            if parts and parts[-1] != "":
                parts.append("")
        else:
            parts.append(line.text)
    while parts and parts[-1] == "":
        parts.pop()
    return "\n".join(parts)


def block_span(file: str, lines: Sequence[Line]) -> Span | None:
    """The span from the first to the last non-blank line of ``lines``."""
    filled = [line for line in lines if not line.blank]
    if not filled:
        return Span(file, lines[0].number, lines[0].column) if lines else None
    first, last = filled[0], filled[-1]
    return Span(file, first.number, first.column, last.number if last.number != first.number else None)
