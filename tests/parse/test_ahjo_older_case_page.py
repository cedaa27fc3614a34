"""The older case page of Helsinki's decision site saved as text: no handling listed under the case's
title, no place line, a statement closed by ``Lausunto on ehdotuksen mukainen.`` and the day the
decision was published; the contact people under the English site's headings."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import Outcome
from paatosdata.parse import read_path, reader_for

_STATEMENT = """Avustuksen myöntäminen, soutustadion katsomo, Korpilahden Soutuseura ry
Liikuntalautakunnan lausunto kaupunginhallitukselle Korpilahden Soutuseura ry:n avustushakemuksesta
Lausunto
Korpilahden Soutuseura ry on 3.4.2023 perunut hakemuksensa. Tämän johdosta lautakunta ei anna lausuntoa.
Lausunto on ehdotuksen mukainen.
Hakemusta on käsitelty liikuntalautakunnassa 14.2.2023. Asia jäi tuolloin pöydälle.
Seura ilmoitti perumisesta kirjeellä, eikä asiassa ole muuta lausuttavaa.
Liikuntalautakunta 14.02.2023 § 7
{published}
MUUTOKSENHAKUKIELTO
Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua tai täytäntöönpanoa.
Presenter information
Ask for more info
Ilmari Esimerkki, suunnittelija, puhelin: 09 310 11111
"""


def _saved(tmp_path: Path, published: str) -> Path:
    path = tmp_path / "lausunto.txt"
    path.write_text(_STATEMENT.format(published=published), encoding="utf-8")
    return path


def test_statement_page_with_the_sites_notes_is_read_as_the_sites(tmp_path: Path) -> None:
    path = _saved(tmp_path, "This decision was published on 20.04.2023")
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    assert document.meeting.body.name == "Liikuntalautakunta"  # the body its statement's title names
    [item] = document.items
    assert item.title.startswith("Liikuntalautakunnan lausunto kaupunginhallitukselle")
    assert item.decision == (
        "Korpilahden Soutuseura ry on 3.4.2023 perunut hakemuksensa. "
        "Tämän johdosta lautakunta ei anna lausuntoa."
    )
    assert item.outcome is Outcome.APPROVED
    assert item.reasons is not None and item.reasons.startswith("Hakemusta on käsitelty")
    assert [p.name for p in item.preparers] == ["Ilmari Esimerkki"]
    assert [p.phone for p in item.preparers] == ["09 310 11111"]


def test_the_closing_sentence_alone_tells_the_site(tmp_path: Path) -> None:
    path = _saved(tmp_path, "")
    assert reader_for(path, path.read_bytes()).name == "ahjo-html"
    [document] = read_path(path)
    assert document.items[0].outcome is Outcome.APPROVED


def test_swedish_body_that_considered_a_motion_answered(tmp_path: Path) -> None:
    """``Stadsfullmäktige betraktade motionen som slutbehandlad``: the body that considered it, as
    ``katsoi`` does in Finnish."""
    path = tmp_path / "motion.txt"
    path.write_text(
        "Valtuustoaloite, pyöräpysäköinti kouluilla\n"
        "- Helsingfors stadsfullmäktige 4/08.03.2023\n"
        "- Helsingfors stadsstyrelse 9/27.02.2023\n"
        "Ledamoten Ella Exempels motion om cykelparkering vid skolorna\n"
        "Beslut\n"
        "Stadsfullmäktige betraktade motionen som slutbehandlad.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.body.name == "Kaupunginvaltuusto"
