"""The vote results a CaseM item page prints under ``Äänestystulokset`` / ``Äänestykset``.

The page lists each choice on a line of its own, with its count (``• Kyllä 47 kpl 94%``) or without
(``Jaa``), and the voters under it, on one line separated by commas or one a line. A voting may open with
what was voted on and the propositions (``Kaupunginhallituksen ehdotus JAA``). A count not printed is
the number of voters listed; a choice not printed at all stays unknown. The handling may say the
counts in a sentence (``äänin 47 JAA, 2 EI, 1 tyhjä``) where the list was cut short.

>>> text = "• Kyllä 3 kpl 60%\\nAino Aho, Eero Eka, Iida Ilo\\n• Ei 2 kpl 40%\\nOlli Oja, Ulla Uro"
>>> [(v.yes, v.no, v.blank, v.absent, len(v.votes)) for v in vote_results(text)]
[(3, 2, None, None, 5)]
>>> (vote,) = vote_results("Hallituksen ehdotus JAA\\nJaa\\nAho Aino\\nEi\\nOja Olli")
>>> [(vote.yes, vote.no, vote.yes_proposition)]
[(1, 1, 'Hallituksen ehdotus')]
"""

from __future__ import annotations

import re

from paatosdata.model import Item, Span, Vote, VoteEvent
from paatosdata.parse.proceedings import parse_votes

__all__ = ["item_votes", "vote_results"]

#: a choice's line: its word, the count (``47 kpl``, ``47 st``) and the share (``94%``) the page may print
_CHOICE = re.compile(
    r"^[•*·-]?\s*(?P<word>kyllä|jaa|ja|ei|nej|tyhjä|tyhjiä|tyhjää|blanka|blank|poissa|frånvarande)"
    r"(?:\s+(?P<count>\d+)\s*(?:kpl|st)?\.?)?(?:\s+\d+(?:[.,]\d+)?\s*%)?\s*:?$",
    re.IGNORECASE,
)
_CHOICES = {
    "kyllä": "yes",
    "jaa": "yes",
    "ja": "yes",
    "ei": "no",
    "nej": "no",
    "tyhjä": "blank",
    "tyhjiä": "blank",
    "tyhjää": "blank",
    "blanka": "blank",
    "blank": "blank",
    "poissa": "absent",
    "frånvarande": "absent",
}
#: a proposition's line ends with the capital word of its side (``Raevaaran ehdotus EI``)
_SIDES = {"JAA": "yes_proposition", "JA": "yes_proposition", "EI": "no_proposition", "NEJ": "no_proposition"}
#: a voter's name as the list prints it: capitalised words (``Rincón Salazar Natalia``, ``Willem van Beek``)
_NAME = re.compile(r"^[A-ZÅÄÖÜÉ][\w'’.-]*(?:\s+(?:(?:van|von|af|de|der)\s+)?[A-ZÅÄÖÜÉ][\w'’.-]*){1,4}$")


def vote_results(text: str, span: Span | None = None) -> list[VoteEvent]:
    """The votings the block lists, in order; a choice printed again opens the next voting."""
    events: list[VoteEvent] = []
    current: VoteEvent | None = None
    choice: str | None = None
    seen: set[str] = set()  # the choices the current voting has listed
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        chosen = _CHOICE.match(line)
        words = line.rsplit(None, 1)
        names = [n.strip() for n in line.split(",") if n.strip()]
        if chosen is not None:
            choice = _CHOICES[chosen.group("word").casefold()]
            if current is None or choice in seen:
                current, seen = _next(events, span), set()
            seen.add(choice)
            if chosen.group("count"):
                setattr(current, choice, int(chosen.group("count")))
        elif choice is not None and current is not None and names and all(_NAME.match(n) for n in names):
            current.votes.extend(Vote(voter=name, choice=choice) for name in names)
            continue
        else:
            if choice is not None or current is None:
                current, choice, seen = _next(events, span), None, set()  # what the next voting is on
            if len(words) == 2 and words[1] in _SIDES:
                setattr(current, _SIDES[words[1]], words[0])
        current.text = f"{current.text}\n{line}".strip()
    for event in events:
        for key in ("yes", "no", "blank", "absent"):
            listed = sum(1 for vote in event.votes if vote.choice == key)
            if getattr(event, key) is None and listed:
                setattr(event, key, listed)
    return [e for e in events if e.yes is not None or e.no is not None or e.votes]


def _next(events: list[VoteEvent], span: Span | None) -> VoteEvent:
    event = VoteEvent(round=len(events) + 1, span=span)
    events.append(event)
    return event


def item_votes(item: Item) -> list[VoteEvent]:
    """The item's votings: the page's vote results, with the counts they leave out taken from the votings
    the handling and the decision tell of (``äänin 47 JAA, 2 EI``) when both tell of as many; else those."""
    told = "\n\n".join(text for text in (item.handling, item.decision) if text)
    handled = parse_votes(told, item.spans.get("handling") or item.spans.get("decision")) if told else []
    recorded = [event for s in item.sections if s.kind == "vote" for event in vote_results(s.text, s.span)]
    if not recorded:
        return handled
    if len(handled) == len(recorded):
        for event, other in zip(recorded, handled, strict=True):
            for key in ("yes_proposition", "no_proposition", "yes", "no", "blank", "absent", "result"):
                if getattr(event, key) is None:
                    setattr(event, key, getattr(other, key))
    return recorded
