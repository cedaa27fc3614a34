"""Rules about whole minutes rather than one item, checked in Python on the minutes' own nodes:

- FI-024: the meeting's organisation data: when it began, where it was held, who attended;
- FI-025: the minutes are signed by the chair and the secretary (pöytäkirjanpitäjä), and their checkers
  (pöytäkirjantarkastajat) are recorded.

A finding about the minutes points at the minutes' file (at the signatures or the meeting's line). A
lone item is not reported: the cover and closing pages that hold these were not read.
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

__all__ = ["minutes_findings"]

#: the rules' local names in the shapes
SIGNATURES = "SignaturesRule"
ORGANISATION = "MeetingRecordRule"

#: what must be there, the role concepts that give it, and how to name it in each language
_NEEDED = (
    ((PD.roleChair, PD.roleViceChair), {"fi": "puheenjohtaja", "sv": "ordförande", "en": "chair"}),
    ((PD.roleSecretary,), {"fi": "pöytäkirjanpitäjä", "sv": "protokollförare", "en": "secretary"}),
    (
        (PD.roleMinutesChecker,),
        {"fi": "pöytäkirjantarkastajat", "sv": "protokolljusterare", "en": "minutes checkers"},
    ),
)


#: what the meeting's record must hold (FI-024), and how to name it in each language
_RECORD = (
    (PD.startTime, {"fi": "alkamisaika", "sv": "starttid", "en": "starting time"}),
    (PD.place, {"fi": "kokouspaikka", "sv": "mötesplats", "en": "place"}),
    (PD.participation, {"fi": "läsnäolijat", "sv": "närvarande", "en": "attendance"}),
)


def minutes_findings(book: RuleBook, data: DataIndex, files: dict[Node, str], lang: str) -> list[Finding]:
    """Findings on every whole minutes in ``data`` whose meeting record (FI-024) or signatures
    (FI-025) are incomplete. ``files`` gives the source file of a document node, for the location."""
    if book.python_rule(SIGNATURES) is None and book.python_rule(ORGANISATION) is None:
        return []
    from paatosdata.validate import loose_finding

    findings = []
    for doc in sorted(data.subjects(RDF.type, PD.Minutes), key=str):
        whole = data.value(doc, PD.wholeMinutes)
        if not (isinstance(whole, Literal) and whole.value is True):
            continue
        file = files.get(doc)
        meetings = list(data.objects(doc, PD.meeting))
        if book.python_rule(ORGANISATION) is not None:
            missing = [names for prop, names in _RECORD if not any(data.objects(m, prop) for m in meetings)]
            if missing:
                location = Location(file, _line(data, meetings)) if file else None
                detail = _names(missing, lang)
                findings.append(loose_finding(book, ORGANISATION, lang, doc, PD.meeting, location, detail))
        signatures = list(data.objects(doc, PD.signature))
        roles = {data.value(signature, PD.role) for signature in signatures}
        missing = [names for concepts, names in _NEEDED if not roles.intersection(concepts)]
        if missing and book.python_rule(SIGNATURES) is not None:
            where = _line(data, signatures) or _line(data, meetings)
            location = Location(file, where) if file else None
            detail = _names(missing, lang)
            findings.append(loose_finding(book, SIGNATURES, lang, doc, PD.signature, location, detail))
    return findings


def _names(missing: list[dict[str, str]], lang: str) -> str:
    return " (" + ", ".join(names.get(lang, names["en"]) for names in missing) + ")"


def _line(data: DataIndex, nodes: Iterable[Node]) -> int | None:
    """The first source line any of ``nodes`` carries."""
    lines = []
    for node in nodes:
        where = data.value(node, PD.sourceLocation)
        match = re.search(r":(\d+)$", str(where)) if where is not None else None
        if match:
            lines.append(int(match.group(1)))
    return min(lines) if lines else None
