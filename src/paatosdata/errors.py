"""Errors the library raises. It never prints: the CLI turns these into one clear line."""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "ExitStatus",
    "ExportError",
    "InputError",
    "MappingError",
    "PaatosdataError",
    "ParseError",
    "PublishError",
    "ShapeLoadError",
]


class ExitStatus(IntEnum):
    """Exit codes of every ``paatosdata`` command (documented in the README)."""

    OK = 0
    FINDINGS = 1
    USAGE_OR_INPUT = 2
    INTERNAL = 3


class PaatosdataError(Exception):
    """Base class: a message, where it happened (``file:line`` or an IRI) and a hint."""

    exit_status = ExitStatus.USAGE_OR_INPUT

    def __init__(self, message: str, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason

    @property
    def reason(self) -> str:
        """The message and its hint on one line, without the place (for reports that name it)."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(PaatosdataError):
    """An input cannot be read at all: missing, empty, binary, undecodable, too large."""


class ParseError(PaatosdataError):
    """An input was read but does not have the shape its format needs."""


class MappingError(PaatosdataError):
    """The model cannot be mapped to RDF or Akoma Ntoso."""


class ShapeLoadError(PaatosdataError):
    """A shapes graph or profile cannot be loaded."""


class ExportError(PaatosdataError):
    """An output cannot be written."""


class PublishError(PaatosdataError):
    """A publish run cannot complete; the previous site is left as it was."""


class EnvironmentProblem(PaatosdataError):
    """Something outside the input is missing (Java for the reasoner, a scheduler)."""

    exit_status = ExitStatus.INTERNAL
