"""Appeal information read from a heading and its text (the text readers' path)."""

from __future__ import annotations

from paatosdata.model import AppealKind
from paatosdata.parse.appeal import parse_appeal


def test_a_ban_with_the_statute_before_the_verb() -> None:
    """``ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta``: a ban under the Local Government Act,
    not rectification instructions."""
    info = parse_appeal(
        "Muutoksenhaku",
        "Tästä päätöksestä ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta, koska se koskee "
        "vain asian valmistelua.",
    )
    assert info is not None and info.statute is not None
    assert (info.kind, info.statute.section) == (AppealKind.APPEAL_BAN, "136")


def test_rectification_instructions_stay_instructions() -> None:
    info = parse_appeal(
        "Oikaisuvaatimusohje",
        "Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu. Oikaisuvaatimusaika on 14 päivää.",
    )
    assert info is not None and (info.kind, info.period_days) == (AppealKind.RECTIFICATION, 14)
