"""An item's outcome as the API and vendor readers read it: the outcome codes of the Ahjo and 6Aika APIs
(``RESOLUTIONS``), and a decision's text, where approving a proposal that only notes a matter is ``noted``.
"""

from __future__ import annotations

import re

from paatosdata.model import Outcome
from paatosdata.outcome import classify_outcome, notes_only

__all__ = ["RESOLUTIONS", "item_outcome"]

#: Ahjo outcome codes (Pikapaatos / openahjo resolution) → outcome
RESOLUTIONS: dict[str, Outcome] = {
    "1": Outcome.APPROVED,
    "2": Outcome.VOTED,
    "3": Outcome.AMENDED,
    "4": Outcome.AMENDED,
    "5": Outcome.REJECTED,
    "6": Outcome.NOTED,
    "7": Outcome.RETURNED,
    "8": Outcome.REMOVED,
    "9": Outcome.TABLED,
    "10": Outcome.ELECTED,
    "passed": Outcome.APPROVED,
    "passed_unchanged": Outcome.APPROVED,
    "passed_voted": Outcome.VOTED,
    "passed_revised": Outcome.AMENDED,
    "passed_modified": Outcome.AMENDED,
    "rejected": Outcome.REJECTED,
    "noted": Outcome.NOTED,
    "returned": Outcome.RETURNED,
    "removed": Outcome.REMOVED,
    "tabled": Outcome.TABLED,
    "election": Outcome.ELECTED,
}


_APPROVES_PROPOSAL = re.compile(
    r"^\s*(?:päätösehdotus|ehdotus|esittelijän ehdotus|beslutsförslaget|förslaget)\s+"
    r"(?:hyväksyttiin|hyväksyttiin yksimielisesti|godkändes)",
    re.I,
)


def item_outcome(decision: str, proposal: str | None) -> tuple[Outcome | None, bool | None]:
    """The outcome of a decision; approving a proposal that only notes a matter is ``noted``.

    >>> item_outcome("Päätösehdotus hyväksyttiin.", "Lautakunta päättää merkitä katsauksen tiedoksi.")
    (<Outcome.NOTED: 'noted'>, None)
    """
    outcome, unanimous = classify_outcome(decision)
    if outcome is Outcome.APPROVED and proposal and _APPROVES_PROPOSAL.match(decision):
        if notes_only(proposal):
            outcome = Outcome.NOTED
    return outcome, unanimous
