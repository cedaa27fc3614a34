"""One SHACL validation result, as both engines report it."""

from __future__ import annotations

from typing import NamedTuple

from rdflib.term import Node

__all__ = ["ENGINES", "Result"]

#: the engines ``check`` and ``publish`` can run: the fast one (default) and pySHACL
ENGINES = ("fast", "pyshacl")


class Result(NamedTuple):
    """A validation result: focus node, result path and value (data or shapes graph terms).

    ``shape`` is the shape that produced the result (a nested shape when it came from one),
    ``component`` its constraint component and ``severity`` that shape's ``sh:severity``.
    ``message`` is pySHACL's ``sh:resultMessage`` (the fast engine leaves it to the rule book).
    """

    focus: Node
    path: Node | None
    value: Node | None
    shape: Node
    component: Node
    severity: Node
    message: str | None = None

    def key(self) -> tuple[Node | None, ...]:
        """The fields both engines must agree on."""
        return (self.focus, self.path, self.value, self.shape, self.component, self.severity)
