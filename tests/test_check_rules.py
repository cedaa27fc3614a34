"""``paatosdata check`` end to end for FI-004 (reasons), FI-023 (a dissenter who took no part) and FI-028
(one body's § number in two meetings of a year)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from paatosdata.checking import CheckOptions, check_paths
from paatosdata.cli import cli
from paatosdata.report import render_text

MINUTE = """\
# § 41 Uimahallin aukioloajat

Vapaa-aikalautakunta 14.04.2026

Dnro 88/12.00.00/2026

**Lisätiedot:** liikuntapäällikkö Juha Mäntylä, puh. 044 555 0310

## Päätösehdotus

Lautakunta hyväksyy uimahallin uudet aukioloajat 1.6.2026 alkaen.

## Käsittely

Jäsen Katja Lindholm ilmoitti olevansa esteellinen (HL 28 § 1 mom. 5 k) eikä osallistunut asian käsittelyyn.

Jäsen Mikko Niskanen ehdotti, että aukioloja jatketaan kello 21:een. Jäsen Pasi Hakala kannatti ehdotusta.

JA = päätösehdotus, EI = Niskasen ehdotus

Ja-äänet 2, Ei-äänet 2, Tyhjiä 0, Poissa 0

JA: Eeva Korhonen, Ari Lampinen
EI: Mikko Niskanen, Pasi Hakala

Puheenjohtaja totesi, että lautakunta on hyväksynyt päätösehdotuksen puheenjohtajan äänen ratkaistessa.

Katja Lindholm jätti eriävän mielipiteen.

Mikko Niskanen jätti eriävän mielipiteen.

## Päätös

Lautakunta hyväksyi päätösehdotuksen äänestyksen jälkeen.
{reasons}
## Toimivallan peruste

Hallintosääntö 32 §

## Vaikutusten arviointi

Aukioloajat eivät muuta henkilöstön määrää.
"""

REASONS = """
## Perustelut

Kävijämäärät ovat iltaisin pienet.
"""


def _check(tmp_path: Path, text: str, *more: str) -> str:
    paths = []
    for index, minute in enumerate((text, *more)):
        path = tmp_path / f"vapaa-aikalautakunta-{index}.md"
        path.write_text(minute, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(cli, ["check", "--lang", "en", *paths])
    return result.stdout


def test_a_dissent_of_a_disqualified_member_is_reported_and_one_of_a_voter_is_not(tmp_path: Path) -> None:
    out = _check(tmp_path, MINUTE.format(reasons=REASONS))
    lines = [line for line in out.splitlines() if "FI-023" in line]
    assert len(lines) == 1, out
    assert "[WARNING]" in lines[0] and "(Katja Lindholm)" in lines[0]
    assert "Niskanen" not in lines[0]
    assert "FI-004" not in out


def test_an_item_without_reasons_gets_a_warning_not_a_violation(tmp_path: Path) -> None:
    out = _check(tmp_path, MINUTE.format(reasons=""))
    lines = [line for line in out.splitlines() if "FI-004" in line]
    assert len(lines) == 1 and lines[0].lstrip().startswith("[WARNING] FI-004"), out
    assert "No description or reasons were found in the item (HL 45 §)." in lines[0]


def test_one_number_in_two_meetings_of_a_year_is_reported_on_both(tmp_path: Path) -> None:
    april = MINUTE.format(reasons=REASONS)
    may = april.replace("14.04.2026", "12.05.2026")
    next_year = april.replace("14.04.2026", "13.04.2027")
    out = _check(tmp_path, april, may, next_year)
    lines = [line for line in out.splitlines() if "FI-028" in line]
    assert len(lines) == 2, out
    assert any("vapaa-aikalautakunta-0.md" in line and "(§ 41: 12.05.2026)" in line for line in lines)
    assert any("vapaa-aikalautakunta-1.md" in line and "(§ 41: 14.04.2026)" in line for line in lines)
    assert not any("vapaa-aikalautakunta-2.md" in line for line in lines)
    # the same minutes read twice: one date, nothing to report
    assert "FI-028" not in _check(tmp_path, april, april)


WHOLE = Path(__file__).resolve().parents[1] / "examples" / "kaislaranta-sivistyslautakunta-2026-03-12.md"


def test_whole_minutes_without_checkers_are_reported_once_about_the_minutes(tmp_path: Path) -> None:
    text = WHOLE.read_text(encoding="utf-8")
    assert "FI-025" not in _check(tmp_path, text)
    checkers = "Minna Aaltonen, pöytäkirjantarkastaja\nElina Rautio, pöytäkirjantarkastaja\n"
    assert checkers in text
    path = tmp_path / "minutes.md"
    path.write_text(text.replace(checkers, ""), encoding="utf-8")
    # one item per batch: the minutes are in every batch, the finding is given once
    report = check_paths([path], CheckOptions(lang="en", batch_size=1))
    out = render_text(report)
    lines = [line for line in out.splitlines() if "FI-025" in line]
    assert len(lines) == 1, out
    assert [f.item for f in report.findings if f.rule_id == "FI-025"] == [None]
    signatures = text.splitlines().index("Leena Haapasalo, puheenjohtaja", 20) + 1
    assert lines[0] == (
        f"[WARNING] FI-025 {path}:{signatures}: The minutes lack a signature or their checkers"
        " (minutes checkers) (KuntaL 107 §, hallintosääntö)"
    )


def test_whole_minutes_without_a_place_are_reported_about_the_minutes(tmp_path: Path) -> None:
    text = WHOLE.read_text(encoding="utf-8")
    place = "**Kokouspaikka** Kaupungintalo, lautakuntahuone 2, Rantakatu 4\n\n"
    assert place in text
    path = tmp_path / "minutes.md"
    path.write_text(text.replace(place, ""), encoding="utf-8")
    report = check_paths([path], CheckOptions(lang="fi"))
    found = [f for f in report.findings if f.rule_id == "FI-024"]
    assert len(found) == 1 and found[0].item is None
    assert found[0].message.endswith("(kokouspaikka)")
    assert found[0].location is not None and found[0].location.file == str(path)
