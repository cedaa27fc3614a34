"""Appeal information read from a heading and its text (the text readers' path)."""

from __future__ import annotations

import pytest

from paatosdata.model import AppealKind
from paatosdata.parse.appeal import parse_appeal


@pytest.mark.parametrize(
    "ban",
    [
        "Tästä päätöksestä ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta",
        # the statute after the verb
        "Tästä päätöksestä ei saa tehdä kuntalain 136 §:n nojalla oikaisuvaatimusta",
    ],
)
def test_a_ban_with_the_statute_before_or_after_the_verb(ban: str) -> None:
    """``ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta``: a ban under the Local Government Act,
    not rectification instructions."""
    info = parse_appeal("Muutoksenhaku", f"{ban}, koska se koskee vain asian valmistelua.")
    assert info is not None and info.statute is not None
    assert (info.kind, info.statute.section) == (AppealKind.APPEAL_BAN, "136")


def test_rectification_instructions_stay_instructions() -> None:
    info = parse_appeal(
        "Oikaisuvaatimusohje",
        "Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu. Oikaisuvaatimusaika on 14 päivää.",
    )
    assert info is not None and (info.kind, info.period_days) == (AppealKind.RECTIFICATION, 14)
