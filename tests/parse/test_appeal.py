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
        # the statute between the negation and the verb
        "Päätöksestä ei kuntalain 136 §:n perusteella saa tehdä oikaisuvaatimusta tai kunnallisvalitusta",
    ],
)
def test_a_ban_with_the_statute_before_or_after_the_verb(ban: str) -> None:
    """``ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta``: a ban under the Local Government Act,
    not rectification instructions, wherever the statute stands."""
    info = parse_appeal("Muutoksenhaku", f"{ban}, koska se koskee vain asian valmistelua.")
    assert info is not None and info.statute is not None
    assert (info.kind, info.statute.section) == (AppealKind.APPEAL_BAN, "136")


@pytest.mark.parametrize(
    "text",
    [
        "Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu. Oikaisuvaatimusaika on 14 päivää.",
        # a negation in a clause of its own before the permission is no ban
        "Jos asianosainen ei ole tyytyväinen, hän saa tehdä oikaisuvaatimusta koskevan kirjelmän 14 päivässä",
    ],
)
def test_rectification_instructions_stay_instructions(text: str) -> None:
    info = parse_appeal(
        "Oikaisuvaatimusohje",
        text,
    )
    assert info is not None and (info.kind, info.period_days) == (AppealKind.RECTIFICATION, 14)
