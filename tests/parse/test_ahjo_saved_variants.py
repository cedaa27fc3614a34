"""Variants of Helsinki's saved decision pages: a body's capital short mark before the item's place, a
decision in parts under a lone letter, the proposal printed again under the decision, a rescue
department's head deciding as an office holder, the older export cut inside the presenter it prints again,
the older export's flattened table of whom the item is sent to and the city's letterhead, and an officer's
decision going on under a subheading of its own before its reasons."""

from __future__ import annotations

from pathlib import Path

from paatosdata.model import DocumentKind
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes


def _saved(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sivu.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_older_export_with_the_body_s_capital_short_mark_before_the_place(tmp_path: Path) -> None:
    """The export prints the item's place after a body's short mark in capitals (``KLJ/4``) as well as
    after an official's (``Stj/1``): the item's agenda number all the same."""
    text = (
        "Helsingin kaupunki\n\nPöytäkirja\n\n5/2026\n\n1 (1)\n\nKaupunginkirjaston johtokunta\n\n \n\n"
        "KLJ/4\n\n \n\n17.03.2026\n\n \n\n§ 21\n\nLainausaikojen pidentäminen\n\n"
        "HEL 2026-002215 T 12 06 00\n\nPäätös\n\n"
        "Kaupunginkirjaston johtokunta päätti pidentää kirjojen lainausajan neljään viikkoon.\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    meeting = document.meeting
    assert (meeting.body.name, meeting.number) == ("Kaupunginkirjaston johtokunta", "5/2026")
    [item] = document.items
    assert (item.agenda_number, item.number) == ("4", "21")


def test_untitled_officer_decision_in_parts_is_detected_and_named_by_its_decider(tmp_path: Path) -> None:
    """A page saved with only its titles over ``Päätös``, line under line, whose decision opens with the
    lone letter of its first part (``A``) over ``Tonttipäällikkö päätti …``: the Ahjo reader's, an officer's
    decision by the office that decided, the letter kept in the decision."""
    text = (
        "Tonttivaraus, varausten jatkaminen, kaupunkiympäristön toimiala\n"
        "Eräiden pientalotonttien varausten jatkaminen\n"
        "Päätös\n"
        "A\n"
        "Tonttipäällikkö päätti jatkaa seuraavia tonttien varauksia 30.6.2027 saakka:\n"
        "- (AP) 91234/5, Esimerkkirakennus Oy (A1191-77)\n"
        "B\n"
        "Tonttipäällikkö päätti päättää tontin 91234/6 varauksen.\n"
    )
    path = _saved(tmp_path, text)
    assert reader_for(path, read_bytes(path)).name == "ahjo-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Tonttipäällikkö"
    [item] = document.items
    assert item.title == "Eräiden pientalotonttien varausten jatkaminen"
    assert item.decision is not None
    assert item.decision.startswith("A\n\nTonttipäällikkö päätti jatkaa seuraavia tonttien varauksia")


def test_proposal_printed_again_after_the_decision_without_a_heading(tmp_path: Path) -> None:
    """The site may print the proposal again right under the decision, with no heading: the decision's
    first line in the present tense (``… esittää …`` after ``… esitti …``) opens the proposal and ends the
    decision."""
    text = (
        "Kokoonpanon muutos, kaupunginvaltuusto\n\nHEL 2026-001122\n3. / 45 §\n\n"
        "V 4.3.2026, Muutos kaupunginvaltuuston kokoonpanossa\n\nHelsingin kaupunginhallitus\n\nPäätös\n\n"
        "Kaupunginhallitus esitti kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto myöntää Outi Esimerkille eron kaupunginvaltuutetun luottamustoimesta.\n\n"
        "Kaupunginhallitus esittää kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto myöntää Outi Esimerkille eron kaupunginvaltuutetun luottamustoimesta.\n\n"
        "Sulje\n\nOuti Esimerkki on pyytänyt eroa muuton vuoksi.\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    [item] = document.items
    assert item.decision == (
        "Kaupunginhallitus esitti kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto myöntää Outi Esimerkille eron kaupunginvaltuutetun luottamustoimesta."
    )
    assert item.proposal == (
        "Kaupunginhallitus esittää kaupunginvaltuustolle seuraavaa:\n\n"
        "Kaupunginvaltuusto myöntää Outi Esimerkille eron kaupunginvaltuutetun luottamustoimesta."
    )
    assert item.reasons == "Outi Esimerkki on pyytänyt eroa muuton vuoksi."


def test_a_rescue_commander_s_decision_is_an_officer_s(tmp_path: Path) -> None:
    """``Pelastuskomentaja päätti …``: the head of the rescue department decides as an office holder."""
    text = (
        "Pelastusviranomaiset vuonna 2026, Pelastuslaitos\n\nHEL 2026-000077\n§ 12\n\n"
        "Pelastuslain mukaiset pelastusviranomaiset\n\nPelastuskomentaja\n\nPäätös\n\n"
        "Pelastuskomentaja päätti määrätä palotarkastaja Eero Esimerkin pelastusviranomaiseksi.\n\n"
        "Päätöksen perustelut\n\nPelastuslaitoksen ylin viranhaltija määrää pelastusviranomaiset.\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    assert document.kind is DocumentKind.OFFICER_DECISION
    assert document.meeting.body.name == "Pelastuskomentaja"
    [item] = document.items
    assert item.number == "12"


def test_older_export_cut_inside_the_presenter_printed_again_after_the_reasons(tmp_path: Path) -> None:
    """The older export prints ``Esittelijä`` with the office and the name after the decision and again
    after the presenter's reasons; a page cut inside the second block keeps the first: the office without
    its acting mark (``vt.``), the acting flag, the name."""
    text = (
        "Helsingin kaupunki\n\nPöytäkirja\n\n12/2026\n\n1 (1)\n\nKaupunginhallitus\n\n \n\n"
        "Kj/3\n\n \n\n13.04.2026\n\n \n\n§ 318\n\nSelvitys kaupunginosayhdistysten avustuksista\n\n"
        "HEL 2026-004410 T 02 05 01\n\nPäätös\n\nKaupunginhallitus päätti panna asian pöydälle.\n\n"
        "Esittelijä\n\nvt. kaupunginsihteeri\n\nHelmi Mallikas\n\n"
        "Lisätiedot\n\nOlli Esimerkki, erityissuunnittelija, puhelin: 310 12345\n\n"
        "Päätösehdotus\n\nKaupunginhallitus päättää merkitä selvityksen tiedoksi.\n\n"
        "Esittelijän perustelut\n\nSelvitys koskee vuonna 2025 myönnettyjä avustuksia.\n\n"
        "Esittelijä\n\nvt. kaupunginsihtee"
    )
    [document] = read_path(_saved(tmp_path, text))
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Helmi Mallikas",
        "kaupunginsihteeri",
        True,
    )


def test_older_export_s_sent_to_line_and_letterhead_are_no_preparers(tmp_path: Path) -> None:
    """The older export closes an item with its table of whom it is sent to, flattened to one line
    (``Tiedoksi; Muutoksenhakukielto, valmistelu``), and the city's letterhead (``Postiosoite``,
    ``Käyntiosoite``, the business ID …). Under ``Lisätiedot`` they were read as preparers; now the line
    is the distribution and the letterhead a part of its own."""
    text = (
        "Helsingin kaupunki\n\nPöytäkirja\n\n9/2026\n\n1 (1)\n\nKaupunginhallitus\n\n \n\n"
        "Kj/2\n\n \n\n09.03.2026\n\n \n\n§ 201\n\nHopeisen ansiomerkin myöntäminen\n\n"
        "HEL 2026-002290 T 00 04 04\n\nPäätös\n\nKaupunginhallitus päätti myöntää ansiomerkit.\n\n"
        "Esittelijä\n\nkaupunginjohtaja\n\nAarne Kuvitelma\n\n"
        "Lisätiedot\n\nSirpa Keksitty, hallintosihteeri, puhelin: 310 55555\n\n"
        "Tiedoksi; Muutoksenhakukielto, valmistelu\n\nHallintokeskus\n\n \n\n"
        "Postiosoite\n\nKäyntiosoite\n\nPuhelin\n\nY-tunnus\n\nPL 99\n\nEsimerkkikatu 1\n\n0000000-0\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Sirpa Keksitty", "310 55555")]
    assert "Hallintokeskus" in item.distribution
    [letterhead] = [s for s in item.sections if s.heading == "Postiosoite"]
    assert letterhead.kind == "generic" and "Esimerkkikatu 1" in letterhead.text


def test_officer_decision_s_own_subheading_stays_in_the_decision_before_its_reasons(tmp_path: Path) -> None:
    """A page without the folding button whose decision, after a table of grants, goes on under a short
    subheading of its own (``Ehdot tuen saajalle``) and only then under ``Päätöksen perustelut``: the
    subheading and its paragraphs are the decision's, the reasons start under their heading."""
    text = (
        "Tuen myöntäminen, kulttuurin kohdetuet 2026\n\nHEL 2026-004321\n§ 14\n\n"
        "Kulttuurin kohdetuet 2026\n\nKulttuurijohtaja\n\nPäätös\n\n"
        "Kulttuurijohtaja päätti myöntää kulttuurin kohdetukea yhteensä 1 500 euroa seuraavasti:\n\n"
        "Hakija\nHaettu\nMyönnetty\nKuoro Esimerkki ry\n2 000\n1 500\n\n"
        "Kuoro Esimerkki ry järjestää laulukursseja ikäihmisille.\n\n"
        "Ehdot tuen saajalle\n\n"
        "Kohdetukea voidaan käyttää 30.6.2027 saakka. Tuen käytöstä annetaan selvitys 31.10.2027.\n\n"
        "Tuki maksetaan yhdessä erässä.\n\n"
        "Päätöksen perustelut\n\n"
        "Käsittelyssä otettiin huomioon määräaikaan mennessä saapuneet hakemukset (1 kpl).\n\n"
        "Kohdetuen periaatteista on päätetty erikseen.\n"
    )
    [document] = read_path(_saved(tmp_path, text))
    assert document.kind is DocumentKind.OFFICER_DECISION
    [item] = document.items
    assert item.reasons.startswith("Käsittelyssä otettiin huomioon määräaikaan mennessä saapuneet")
    assert "Ehdot tuen saajalle" not in item.reasons
    assert "Tuki maksetaan yhdessä erässä." in item.decision
