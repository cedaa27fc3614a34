"""FI-028 over a whole `check` run: a body's § numbers run through a calendar year, so one § number
of one body in two meetings of the same year is a numbering slip (or two bodies read as one).

An item read twice (a lone item and its whole minutes, or the Finnish and Swedish version) has the
same meeting date and is not reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from paatosdata.namespaces import PD
from paatosdata.report import Finding, ItemRef

if TYPE_CHECKING:
    from paatosdata.validate import RuleBook

__all__ = ["RULE", "duplicate_number_findings"]

#: the rule's local name in the shapes
RULE = "UniqueSectionNumberRule"
_YEAR = re.compile(r"\b(\d{4})\b")


def duplicate_number_findings(book: RuleBook, refs: Iterable[ItemRef], lang: str) -> list[Finding]:
    """A finding on every item whose body, year and § another item of another meeting date shares."""
    if book.python_rule(RULE) is None:
        return []
    from paatosdata.validate import rule_finding

    dates: dict[tuple[str, str, str], dict[str, list[ItemRef]]] = defaultdict(lambda: defaultdict(list))
    for ref in refs:
        year = _YEAR.search(ref.date or "")
        if ref.series is None or not ref.number or year is None:
            continue
        dates[(ref.series, year.group(1), ref.number)][ref.date or ""].append(ref)
    findings = []
    for (_, _, number), by_date in dates.items():
        if len(by_date) < 2:
            continue
        for date, same_day in by_date.items():
            others = ", ".join(sorted((d for d in by_date if d != date), key=_chronological))
            for ref in same_day:
                findings.append(
                    rule_finding(book, RULE, lang, ref, PD.sectionNumber, f" (§ {number}: {others})")
                )
    return findings


def _chronological(date: str) -> tuple[str, ...]:
    """``DD.MM.YYYY`` or ``YYYY-MM-DD`` as (year, month, day) for sorting."""
    parts = re.findall(r"\d+", date)
    return tuple(reversed(parts)) if parts and len(parts[0]) < 4 else tuple(parts)
