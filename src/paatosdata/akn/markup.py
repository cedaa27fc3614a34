"""Akoma Ntoso elements written straight to text, as :func:`paatosdata.akn.tree.template` writes them.

The parts of an item (see :mod:`paatosdata.akn.items`) are written as text without building an
element tree first: the text is byte for byte what :func:`~paatosdata.akn.tree.template` writes
for the same elements, for any indentation: siblings at the outermost level are separated by
:data:`NEWLINE`, and each line inside a block element (:data:`paatosdata.akn.tree.BLOCKS`) starts
with :data:`NEWLINE` and its indentation relative to the outermost level (:data:`INDENT`). Values
are cleaned as :func:`paatosdata.akn.refs.clean_attrs` and :func:`~paatosdata.akn.refs.clean_text`
clean them, then escaped as libxml2 escapes them.
"""

from __future__ import annotations

from paatosdata.akn.refs import ATTRIBUTE_NAMES, clean_attr, clean_text
from paatosdata.akn.tree import NEWLINE, escape_attr, escape_text

__all__ = ["ENTRIES_KEPT", "INDENT", "attrs", "block", "flat", "leaf", "pd_attrs", "raw_attr"]

#: How many entries the caches of FRBR and document facts keep: the entries every document shares
#: and the few one meeting's documents share (its dates). A meeting's entries are not needed once its
#: documents are written, so a larger cache only grows a publishing worker's memory.
ENTRIES_KEPT = 512

#: the start of a line at each relative indentation level
INDENT = tuple(NEWLINE + " " * level for level in range(64))


def attrs(**values: str | None) -> str:
    """`` name="value"`` for each value that is not None (keyword arguments as
    :func:`~paatosdata.akn.refs.clean_attrs` takes them)."""
    out = ""
    for name, value in values.items():
        if value is not None:
            if not (value.isascii() and value.isprintable()):  # else clean as it is
                value = escape_attr(clean_attr(name, value))
            elif "&" in value or "<" in value or ">" in value or '"' in value:  # the rest escaped
                value = escape_attr(value)
            out += f' {ATTRIBUTE_NAMES.get(name, name)}="{value}"'
    return out


def pd_attrs(**values: str | None) -> str:
    """`` pd:name="value"`` for each value that is not None (values cleaned as text)."""
    out = ""
    for name, value in values.items():
        if value is not None:
            out += f' pd:{name}="{escape_attr(clean_text(value))}"'
    return out


def raw_attr(name: str, value: str) -> str:
    """`` name="value"`` for a value the caller made XML-clean."""
    return f' {name}="{escape_attr(value)}"'


def leaf(tag: str, attributes: str = "", text: str | None = None) -> str:
    """An element without children: empty when ``text`` is None."""
    if text is None:
        return f"<{tag}{attributes}/>"
    return f"<{tag}{attributes}>{escape_text(clean_text(text))}</{tag}>"


def flat(tag: str, attributes: str, parts: list[str]) -> str:
    """An element written on one line: ``parts`` are its text and children as text, in order
    (text escaped with :func:`escape_text`); empty when there are none."""
    if not parts:
        return f"<{tag}{attributes}/>"
    return f"<{tag}{attributes}>{''.join(parts)}</{tag}>"


def block(tag: str, attributes: str, children: list[str], level: int) -> str:
    """A block element at relative ``level`` with each of ``children`` (written for ``level + 1``)
    on its own line; empty when there are none."""
    if not children:
        return f"<{tag}{attributes}/>"
    inner = INDENT[level + 1]
    return f"<{tag}{attributes}>{inner}{inner.join(children)}{INDENT[level]}</{tag}>"
