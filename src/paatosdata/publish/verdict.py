"""Validation as publishing sees it: may this item be published, and at which maturity level.

The checks themselves live in :mod:`paatosdata.validate`; this module turns its findings into a
:class:`Verdict`. A publish names its validator by import path so worker processes can load it.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from paatosdata.model import Document

if TYPE_CHECKING:
    from paatosdata.config import Config

__all__ = ["DEFAULT_VALIDATOR", "PYSHACL_VALIDATOR", "Validator", "Verdict", "available", "load_validator"]


@dataclass(slots=True)
class Verdict:
    """Blocking findings (violations, as one-line messages), the warning count and maturity level."""

    violations: list[str] = field(default_factory=list)
    warnings: int = 0
    level: int | None = None


#: Checks a document; one verdict per item, in the order of ``doc.items``.
Validator = Callable[[Document, "Config"], list[Verdict]]


@cache
def _rulebook() -> Any:
    from paatosdata.validate import load_rulebook

    return load_rulebook()


def _check_document(doc: Document, config: Config, engine: str = "fast") -> list[Verdict]:
    """Validate the items of ``doc`` in one batch with the project's checks, as ``check`` does.

    The items are mapped with the publish's configuration, as they are published: run inside
    the renderers' block (:func:`paatosdata.mapping.shared_parts`), the item graphs mapped here
    are the ones the pages are then made from, so no item is mapped twice.
    """
    from paatosdata.report import Severity
    from paatosdata.validate import check_units, units_from_document

    findings, refs = check_units(_rulebook(), [units_from_document(doc, config)], engine=engine)
    verdicts = []
    for ref in refs:
        mine = [f for f in findings if f.item is ref]
        violations = sorted(f"{f.rule_id}: {f.message}" for f in mine if f.severity is Severity.VIOLATION)
        warnings = sum(1 for f in mine if f.severity is Severity.WARNING)
        verdicts.append(Verdict(violations, warnings, ref.maturity))
    return verdicts


def available() -> bool:
    """True when the project's checks (:mod:`paatosdata.validate`) are installed."""
    return importlib.util.find_spec("paatosdata.validate") is not None


def _default() -> Validator:
    return _check_document


def _reference() -> Validator:
    return partial(_check_document, engine="pyshacl")


#: Import path of the default validator factory (the fast SHACL engine).
DEFAULT_VALIDATOR = "paatosdata.publish.verdict:_default"
#: Import path of the validator that runs pySHACL, the reference engine.
PYSHACL_VALIDATOR = "paatosdata.publish.verdict:_reference"


def load_validator(target: str) -> Validator:
    """The validator returned by the zero-argument factory at ``target`` (``module:function``)."""
    module_name, attribute = target.split(":")
    validator: Validator = getattr(importlib.import_module(module_name), attribute)()
    return validator
