"""FI-025: whole minutes are signed by the chair and the secretary (pöytäkirjanpitäjä), and their
checkers (pöytäkirjantarkastajat) are recorded.

A finding about the minutes, not about one item: it points at the minutes' file (at the signatures,
else at the meeting's line). A lone item is not reported: its signatures are on pages not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import RDF, Literal
from rdflib.term import Node

from paatosdata.namespaces import PD
from paatosdata.report import Finding, Location

if TYPE_CHECKING:
    from paatosdata.shacl.data import DataIndex
    from paatosdata.validate import RuleBook

__all__ = ["RULE", "signature_findings"]

#: the rule's local name in the shapes
RULE = "SignaturesRule"

#: what must be there, the role concepts that give it, and how to name it in each language
_NEEDED = (
    ((PD.roleChair, PD.roleViceChair), {"fi": "puheenjohtaja", "sv": "ordförande", "en": "chair"}),
    ((PD.roleSecretary,), {"fi": "pöytäkirjanpitäjä", "sv": "protokollförare", "en": "secretary"}),
    (
        (PD.roleMinutesChecker,),
        {"fi": "pöytäkirjantarkastajat", "sv": "protokolljusterare", "en": "minutes checkers"},
    ),
)


def signature_findings(book: RuleBook, data: DataIndex, files: dict[Node, str], lang: str) -> list[Finding]:
    """A finding on every whole minutes in ``data`` whose chair, secretary or checkers are missing.

    ``files`` gives the source file of a document node (from its items), for the finding's location.
    """
    rule = book.python_rule(RULE)
    if rule is None:
        return []
    from paatosdata.validate import loose_finding

    findings = []
    for doc in sorted(data.subjects(RDF.type, PD.Minutes), key=str):
        whole = data.value(doc, PD.wholeMinutes)
        if not (isinstance(whole, Literal) and whole.value is True):
            continue
        signatures = list(data.objects(doc, PD.signature))
        roles = {data.value(signature, PD.role) for signature in signatures}
        missing = [names for concepts, names in _NEEDED if not roles.intersection(concepts)]
        if not missing:
            continue
        detail = " (" + ", ".join(names.get(lang, names["en"]) for names in missing) + ")"
        file = files.get(doc)
        where = _line(data, signatures) or _line(data, data.objects(doc, PD.meeting))
        location = Location(file, where) if file else None
        findings.append(loose_finding(book, RULE, lang, doc, PD.signature, location, detail))
    return findings


def _line(data: DataIndex, nodes: Iterable[Node]) -> int | None:
    """The first source line any of ``nodes`` carries."""
    lines = []
    for node in nodes:
        where = data.value(node, PD.sourceLocation)
        match = re.search(r":(\d+)$", str(where)) if where is not None else None
        if match:
            lines.append(int(match.group(1)))
    return min(lines) if lines else None
