"""The earlier handlings a CaseM item page prints: the parts under ``Aikaisempi käsittely`` that belong
to earlier bodies' handlings (:func:`earlier_parts`), and the lines naming earlier handlings under that
heading or atop the item's own reasons."""

from __future__ import annotations

import re
from pathlib import Path

from paatosdata.legal import parse_date
from paatosdata.model import DecisionReference, Item, Meeting, Span
from paatosdata.parse.base import span
from paatosdata.parse.casem_html_parts import Part
from paatosdata.parse.vendor_deciders import body_from_text

__all__ = ["earlier_parts", "history_lines_atop_the_reasons", "history_lines_under_the_heading"]


#: the parts that open a handling of their own: after a decision, one of them starts the next handling
_OPENING_KINDS = {"preparers", "reasons", "proposal"}
#: a body's own decision in its proposal (``Tekninen lautakunta päättää esittää …``), not a proposal to it
_DECIDES = re.compile(
    r"^\s*(?:päättää|päätti|merkitsee|hyväksyy|beslutar|beslöt|antecknar|godkänner)\b", re.I
)


def _same_body(one: str, other: str) -> bool:
    """``Hallitus`` and ``Kunnanhallitus`` name the same body; ``Tekninen lautakunta`` and
    ``Kunnanvaltuusto`` do not."""
    a, b = " ".join(one.casefold().split()), " ".join(other.casefold().split())
    return a.endswith(b) or b.endswith(a)


def earlier_parts(parts: list[Part], body: str) -> set[int]:
    """Indexes of the parts printed under ``Aikaisempi käsittely`` that belong to an earlier handling.

    The heading may be followed by whole handlings of earlier bodies (preparer, reasons, proposal,
    decision), each ending at its decision, before the item's own parts; a handling has reasons or a
    proposal, so a contact heading after a decision opens none. Every handling but the last
    is an earlier one; the last is the item's own unless its proposal is another body's own decision
    (``Tekninen lautakunta päättää esittää kunnanhallitukselle …``): the page was cut before the
    item's own parts.
    """
    start = next((i for i, ((kind, _, _), _) in enumerate(parts) if kind == "history"), None)
    if start is None:
        return set()
    groups: list[list[int]] = [[]]
    decided = False
    for index in range(start + 1, len(parts)):
        kind = parts[index][0][0]
        if decided and kind in _OPENING_KINDS:
            groups.append([])
            decided = False
        groups[-1].append(index)
        decided = decided or kind == "decision"
    for at in range(len(groups) - 1, 0, -1):
        # a handling has reasons or a proposal: a contact (``Lisätietoja``) after a decision opens none
        if not any(parts[i][0][0] in ("reasons", "proposal") for i in groups[at]):
            groups[at - 1].extend(groups.pop(at))
    earlier = {index for group in groups[:-1] for index in group}
    last = groups[-1]
    proposal = next(("\n".join(parts[i][1]) for i in last if parts[i][0][0] == "proposal"), "")
    other = body_from_text(proposal)
    if body and other and not _same_body(other, body) and _DECIDES.match(proposal.split(other, 1)[-1]):
        earlier.update(last)
    return earlier


_HANDLING_LINE = re.compile(
    r"^(?P<body>[A-ZÅÄÖ](?:[\wåäö-]*\s+){0,3}?[\wåäö-]*"
    r"(?:lautakunta|hallitus|valtuusto|jaosto|johtokunta|toimikunta|nämnd|styrelse|fullmäktige|sektion))"
    r"(?:\s*,\s*|\s+)(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\s*,?\s*(?:§\s*(?P<a>\d+)|(?P<b>\d+)\s*§)\s*\.?$"
)
#: a rule the page prints between two earlier handlings (``_____``)
_RULE = re.compile(r"^[_=-]{10,}$")


def history_lines_under_the_heading(item: Item, parts: list[Part], earlier: set[int], path: Path) -> None:
    """Earlier handlings printed as lines of their own (``Tekninen lautakunta 11.5.2021, 38 §.``,
    ``Kunnanhallitus, 20.9.2021, § 216``) at the top of the part right under ``Aikaisempi käsittely`` (the
    page's copy puts them after that part's heading), or right after a rule that ends the handling before
    inside an earlier handling's part, as the handling's own list would name them."""
    start = next((i for i, ((kind, _, _), _) in enumerate(parts) if kind == "history"), None)
    if start is None or start + 1 >= len(parts):
        return
    for index in range(start + 1, len(parts)):
        if index != start + 1 and index not in earlier:
            continue
        (_, _, line), texts = parts[index]
        where = span(path, line)
        top = index == start + 1  # the lines at the top of the first part
        after_rule = False
        for text in texts:
            m = _HANDLING_LINE.match(text.strip())
            if m is not None and (top or after_rule):
                _add_handling(item, text, m, where)
            else:
                top = False
            after_rule = _RULE.match(text.strip()) is not None


def history_lines_atop_the_reasons(
    item: Item, parts: list[Part], earlier: set[int], meeting: Meeting, path: Path
) -> None:
    """Earlier handlings printed as lines of their own at the very top of the item's own reasons on a page
    without ``Aikaisempi käsittely`` (``Liikuntalautakunta 09.02.2017 § 9``, then the reasons): the page
    names where the case was before. A line naming this meeting's own day is the item's own handling."""
    if any(kind == "history" for (kind, _, _), _ in parts):
        return
    index = next(
        (i for i, ((kind, _, _), _) in enumerate(parts) if kind == "reasons" and i not in earlier), None
    )
    if index is None:
        return
    (_, _, line), texts = parts[index]
    where = span(path, line)
    for text in texts:
        for text_line in text.split("\n"):
            if not text_line.strip():
                continue
            m = _HANDLING_LINE.match(text_line.strip())
            if m is None:
                return
            if parse_date(m.group("date")) != meeting.date:
                _add_handling(item, text_line, m, where)


def _add_handling(item: Item, text: str, m: re.Match[str], where: Span) -> None:
    """The earlier handling a line names, unless the item's history names it already."""
    when = parse_date(m.group("date"))
    number = m.group("a") or m.group("b")
    if when is None or any(ref.date == when and ref.section == number for ref in item.history):
        return
    raw = text.strip().rstrip(".")
    item.history.append(
        DecisionReference(raw=raw, body=m.group("body"), date=when, section=number, span=where)
    )
