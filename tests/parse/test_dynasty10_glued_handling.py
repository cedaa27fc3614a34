"""A Dynasty 10 item page whose earlier handling's mark runs into the text it opens
(``YMPJ 03.05.2025 § 41 Toiminnasta on keskusteltu …``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from paatosdata.model import Item
from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item

_HEAD = [
    "Ympäristölautakunnan lupajaosto",
    "Pöytäkirja 12.02.2026/Pykälä 18",
    "",
    "",
    "Määräysten antaminen Rantasahan toiminnasta",
    "",
    "",
    "88/11.01.04/2026",
    "",
    "",
    "412/11.03.01/2024",
    "",
]
_TEXT = [
    "Rantasahan alueelta on tehty ilmoituksia pölystä vuodesta 2022 alkaen.",
    "",
    "Saha ei itse kuljeta puutavaraa, vaan kuljetukset tilataan alihankkijoilta.",
    "",
    "Päätösehdotus",
    "",
    "Lupajaosto antaa Rantasahalle määräykset pölyn torjumiseksi.",
]


def _read(tmp_path: Path, opening: list[str]) -> Item:
    [document] = read_path(saved_item(tmp_path, [*_HEAD, *opening, "", *_TEXT]))
    [item] = document.items
    return item


def test_an_earlier_handlings_mark_run_into_its_text_reads_as_a_mark_on_its_own_line(tmp_path: Path) -> None:
    """``YMPJ 03.05.2025 § 41 Toiminnasta on …`` opens the text: the mark names an earlier handling, the text
    after it is the presentation, as when the mark stands on a line of its own; the second diary line
    stacked under the item's own stays out of both."""
    text = "Toiminnasta on keskusteltu toiminnanharjoittajan kanssa."
    glued = _read(tmp_path, [f"YMPJ 03.05.2025 § 41 {text}"])
    apart = _read(tmp_path, ["YMPJ 03.05.2025 § 41", "", text])
    for item in (glued, apart):
        assert [(ref.raw, ref.date, ref.section) for ref in item.history] == [
            ("YMPJ 03.05.2025 § 41", date(2025, 5, 3), "41")
        ]
        assert item.reasons is not None
        assert item.reasons.startswith(f"{text}\n")
        assert "412/11.03.01/2024" not in item.reasons
        assert item.case is not None and item.case.diary_number is not None
        assert item.case.diary_number.raw == "88/11.01.04/2026"
    assert glued.reasons == apart.reasons


def test_a_sentence_opening_with_a_cited_decision_stays_text(tmp_path: Path) -> None:
    """``Valtuuston 14.11.2024 § 77 hyväksymän …`` and ``Kokouksessaan 03.05.2025 § 41 lautakunta …`` cite a
    decision in a sentence, and a reference (``Ks. 03.05.2025 § 41 …``) names no body: no earlier handling,
    and the sentence stays whole in the presentation."""
    for sentence in (
        "Valtuuston 14.11.2024 § 77 hyväksymän ympäristönsuojelumääräysten mukaan pöly on torjuttava.",
        "Kokouksessaan 03.05.2025 § 41 lupajaosto päätti kuulla toiminnanharjoittajaa.",
        "Ks. 03.05.2025 § 41 Rantasahan kuuleminen.",
    ):
        item = _read(tmp_path, [sentence])
        assert item.history == []
        assert item.reasons is not None and item.reasons.startswith(sentence)
