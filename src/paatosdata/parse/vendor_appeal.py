"""Appeal information as the API and vendor readers (Ahjo, CaseM, 6Aika) read it: the kind a heading or
text names first, and the statute (the one after ``Sovellettava lainkohta``, or a ban's), period and court.

It shares the ban wordings and the reading of a general ``valitusosoitus`` with
:mod:`paatosdata.parse.appeal`, and stays apart from it because that module's ``appeal_kind`` takes the
kinds in a fixed order where this one takes the kind named first (which :mod:`paatosdata.parse.assemble`
also asks of the text under a general heading).
"""

from __future__ import annotations

import re

from paatosdata.legal import parse_legal_references
from paatosdata.model import AppealInfo, AppealKind, Span
from paatosdata.parse.appeal import APPEAL_BAN, refine_general_appeal

__all__ = ["appeal_info", "appeal_kind"]

_APPEAL_KINDS: list[tuple[re.Pattern[str], AppealKind]] = [
    (APPEAL_BAN, AppealKind.APPEAL_BAN),
    (re.compile(r"oikaisuvaatimu|rättelseyrkand", re.I), AppealKind.RECTIFICATION),
    (re.compile(r"hallintovalitu|förvaltningsbesvär", re.I), AppealKind.ADMINISTRATIVE_APPEAL),
    (
        re.compile(r"valitusosoitus|kunnallisvalitu|besvärsanvisning|kommunalbesvär", re.I),
        AppealKind.MUNICIPAL_APPEAL,
    ),
]
_PERIOD = re.compile(r"\(?(\d+)\)?\s*(?:päivän|vuorokauden|dagar|dagars|dygn)", re.I)
_AUTHORITY = re.compile(
    r"\b([A-ZÅÄÖ][\wåäö-]+ hallinto-oikeu)(?:delle|delta|teen|desta|dessa|s)\b"
    r"|\b([A-ZÅÄÖ][\wåäö-]+ förvaltningsdomstol)"
)


def appeal_kind(text: str) -> AppealKind | None:
    """The kind of appeal information a heading or text names first, else ``None``.

    >>> appeal_kind("Oikaisuvaatimusta ei saa tehdä päätöksistä, jotka koskevat valmistelua")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Ei saa tehdä kuntalain 136 §:n mukaan oikaisuvaatimusta eikä kunnallisvalitusta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Oikaisuvaatimusta eikä kunnallisvalitusta ei saa tehdä. (Kuntalaki 136 §)")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Päätöksestä ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Päätökseen ei saa kuntalain 136 §:n perusteella hakea muutosta.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Kunnallisvalitusta ei saa tehdä päätöksestä, joka koskee vain valmistelua.")
    <AppealKind.APPEAL_BAN: 'appealBan'>
    >>> appeal_kind("Valitusosoitus. Kunnallisvalitusta ei saa tehdä valmistelusta.")
    <AppealKind.MUNICIPAL_APPEAL: 'municipalAppeal'>
    >>> appeal_kind("Valitusosoitus: Rakennuslupa. Kunnallisvalitusta ei saa tehdä valmistelusta.")
    <AppealKind.ADMINISTRATIVE_APPEAL: 'administrativeAppeal'>
    """
    found = [
        (m.start(), rank, kind)
        for rank, (pattern, kind) in enumerate(_APPEAL_KINDS)
        if (m := pattern.search(text))
    ]
    return refine_general_appeal(min(found)[2], text) if found else None


def appeal_info(heading: str, text: str, where: Span | None = None) -> AppealInfo | None:
    """Appeal information from its heading (``VALITUSOSOITUS``) and text: kind, statute, period, court."""
    kind = appeal_kind(heading) or appeal_kind(text)
    if kind is None:
        return None
    statute = None
    lagrum = re.search(r"(?:Sovellettava lainkohta|Tillämpat lagrum)\s*:?\s*(.+)", text)
    refs = parse_legal_references(
        lagrum.group(1) if lagrum else text if kind is AppealKind.APPEAL_BAN else ""
    )
    if refs:
        statute = refs[0]
    period = _PERIOD.search(text)
    court = _AUTHORITY.search(text)
    authority = None
    if court:
        authority = f"{court.group(1)}s" if court.group(1) else court.group(2)
    return AppealInfo(
        kind=kind,
        text=text,
        statute=statute,
        period_days=int(period.group(1)) if period else None,
        authority=authority,
        span=where,
    )
