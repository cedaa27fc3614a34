"""CaseM item pages saved as text: parts the page prints inside another part's text (a preparer under a
label atop the reasons of an earlier handling, earlier handlings listed under a heading atop the reasons,
the meeting's vote results)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from paatosdata.parse import read_path


def _saved_page(tmp_path: Path, meeting: str, heading: str, body: str) -> Path:
    path = tmp_path / "item.txt"
    path.write_text(
        f"{meeting}\n\nPöytäkirja on tarkastettu\n\n{heading}\n\nMALDno-2026-77\n\n{body}", "utf-8"
    )
    return path


def test_a_labelled_preparer_atop_the_reasons_of_an_earlier_handling(tmp_path: Path) -> None:
    """``Aikaisempi käsittely`` with only the board's handling under it (the page was cut before the
    council's own): ``Asian valmistelija: title Name`` opening its reasons names the preparer and is no
    part of the reasons, as it is not when it opens the item's own reasons."""
    path = _saved_page(
        tmp_path,
        "Aluevaltuusto, kokous 14.4.2026",
        "§ 31 Kokousaikataulu syksylle 2026",
        "Aikaisempi käsittely\n\nPerustelut\n\n"
        "Asian valmistelija: hallintopäällikkö Veera Vihtori\n\n"
        "Hallintosäännön mukaan toimielin päättää kokoustensa ajasta.\n\n"
        "Ehdotus\n\nAluehallitus päättää:\n\n 1. hyväksyä syksyn kokousajat.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Veera Vihtori", "hallintopäällikkö")]
    assert item.reasons == "Hallintosäännön mukaan toimielin päättää kokoustensa ajasta."


def test_earlier_handlings_listed_atop_the_reasons_under_their_own_heading(tmp_path: Path) -> None:
    """``Perustelut`` with nothing under it, then ``Aikaisempi käsittely`` and the earlier handlings on short
    lines (``Tela 3.3.2025 § 40``), then the reasons' prose: the lines are the history, the prose the
    reasons."""
    path = _saved_page(
        tmp_path,
        "Valtuusto, kokous 8.6.2026",
        "§ 52 Maankäyttösopimus, Kivikankaan yritysalue",
        "Valmistelija\n\nOona Ojala, maankäyttöpäällikkö, oona.ojala@example.fi\n\n"
        "Perustelut\n\nAikaisempi käsittely\nTela 3.3.2025 § 40\n\n"
        "Maanomistaja omistaa sopimusalueen kiinteistöt. Alueella ei ole asemakaavaa.\n\n"
        "Sopimus on laadittu yhteistyösopimuksen perusteella.\n\n"
        "Ehdotus\n\nValtuusto hyväksyy maankäyttösopimuksen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Oona Ojala"]
    assert item.reasons == (
        "Maanomistaja omistaa sopimusalueen kiinteistöt. Alueella ei ole asemakaavaa.\n\n"
        "Sopimus on laadittu yhteistyösopimuksen perusteella."
    )
    assert [(ref.raw, ref.date, ref.section) for ref in item.history] == [
        ("Tela 3.3.2025 § 40", date(2025, 3, 3), "40")
    ]
    assert item.proposal == "Valtuusto hyväksyy maankäyttösopimuksen."


def test_vote_results_with_counts_end_the_decision(tmp_path: Path) -> None:
    """``Äänestystulokset`` after the decision lists each choice with its count (``• Kyllä 3 kpl 60%``) and
    the voters on a line: it is the item's vote, not the decision's text; a count the list does not print
    (the page was cut) comes from the handling's sentence."""
    path = _saved_page(
        tmp_path,
        "Kaupunginvaltuusto, kokous 7.9.2026",
        "§ 60 Pöytäkirjan tarkastaminen ja työjärjestyksen vahvistaminen",
        "Ehdotus\n\nValtuusto hyväksyy esityslistan työjärjestykseksi.\n\nKokouskäsittely\n\n"
        "Kalle Kuusi ehdotti, ettei lisäasiaa oteta käsiteltäväksi. Äänestysjärjestykseksi hyväksyttiin: "
        "JAA = lisäasian käsittely, EI = Kuusen ehdotus.\n\n"
        "Äänestyksen jälkeen puheenjohtaja totesi, että äänin 5 JAA, 3 EI, 1 tyhjä lisäasia käsitellään.\n\n"
        "Päätös\n\nHyväksyttiin esityslista työjärjestykseksi.\n\n"
        "Äänestystulokset\n\n  • Kyllä 5 kpl 56%\n\n"
        "    Aino Aho, Eero Eka, Willem van Beek, Iida Ilo, Olli Oksa\n\n  • Ei 3 kpl 33%\n\n"
        "    Kalle Kuusi, Ulla Uro,",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Hyväksyttiin esityslista työjärjestykseksi."
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (5, 3, 1, None)
    assert vote.votes[2].voter == "Willem van Beek"
    assert [v.voter for v in vote.votes if v.choice == "no"] == ["Kalle Kuusi", "Ulla Uro"]


def test_vote_results_as_lists_of_names_without_counts(tmp_path: Path) -> None:
    """``Äänestykset`` with what was voted on, the propositions (``… ehdotus JAA``) and the voters one a line
    under ``Jaa`` / ``Ei`` / ``Tyhjä``: the counts are the voters listed; the reasons end before it."""
    path = _saved_page(
        tmp_path,
        "Kaupunginvaltuusto, kokous 18.5.2026",
        "§ 41 Kokouksen laillisuus ja päätösvaltaisuus",
        "Perustelut\n\nKokoukseen voi osallistua myös etäyhteydellä.\n\n"
        "Äänestykset\nVeli Vaahteran ehdotus ettei lisäasiaa oteta käsiteltäväksi\n"
        "Kaupunginhallituksen ehdotus JAA\nVaahteran ehdotus EI\n\n"
        "Jaa\nAho Aino\nEka Eero\nIlo Iida\nEi\nVaahtera Veli\nTyhjä\nOksa Olli\n\n"
        "Päätösehdotus oli\n\nTodetaan kokous lailliseksi ja päätösvaltaiseksi.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Kokoukseen voi osallistua myös etäyhteydellä."
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank, vote.absent) == (3, 1, 1, None)
    assert (vote.yes_proposition, vote.no_proposition) == (
        "Kaupunginhallituksen ehdotus",
        "Vaahteran ehdotus",
    )
    assert [(v.voter, v.choice) for v in vote.votes][-2:] == [("Vaahtera Veli", "no"), ("Oksa Olli", "blank")]
    assert item.proposal == "Todetaan kokous lailliseksi ja päätösvaltaiseksi."


def test_a_decision_taken_by_a_vote_is_not_unanimous(tmp_path: Path) -> None:
    """A decision that tells of a vote held on a changed proposal, without saying how the vote went in the
    words the outcome rules know, was not unanimous: the votes read from the page say so."""
    path = _saved_page(
        tmp_path,
        "Nuorisovaltuusto, kokous 12.3.2026",
        "§ 5 Nuorisovaltuuston kesätapahtuma",
        "Päätösehdotus\n\nNuorisovaltuusto päättää kesätapahtuman paikasta.\n\n"
        "Päätös\n\nOskari Orava teki muutetun päätösehdotuksen: tapahtuma pidetään rannalla.\n\n"
        "Koska esitys sai kannatusta, pidettiin asiasta äänestys.\n\n"
        "JAA: pohjaehdotus\n\nEI: Oskari Oravan muutosehdotus\n\n"
        "Äänestyksen tulos: JAA 4 ääntä, EI 9 ääntä, TYHJÄ 1 ääntä.\n\n"
        "Puheenjohtaja totesi, että päätökseksi tuli Oskari Oravan muutosesitys.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    [vote] = item.votes
    assert (vote.yes, vote.no, vote.blank) == (4, 9, 1)
    assert item.unanimous is False


def test_sub_headings_printed_inside_the_reasons(tmp_path: Path) -> None:
    """``Perustelut`` with nothing under it, then ``Tiivistelmä`` and its paragraphs, then ``Valmistelu`` over
    running text: both are sub-headings of the reasons, kept in the reasons' text. The running text under
    ``Valmistelu`` names no preparer; the preparer is the one the ``Valmistelija`` part names."""
    path = _saved_page(
        tmp_path,
        "Ympäristölautakunta, kokous 8.9.2026",
        "§ 61 Viheralueohjelma 2035",
        "Valmistelija\n\nKaisa Kokeilu, viherpäällikkö, kaisa.kokeilu@example.fi\n\n"
        "Perustelut\n\nTiivistelmä\n\n"
        "Viheralueohjelma kokoaa kaupungin puistojen ja metsien hoidon tavoitteet vuoteen 2035.\n\n"
        "Valmistelu\n\n"
        "Ohjelman laatiminen käynnistettiin keväällä 2025 asukaskyselyllä. Kyselyyn vastasi runsaasti "
        "asukkaita. Luonnos oli Esillä Kirjastossa koko kesän ajan, ja siitä saatiin palautetta.\n\n"
        "Ehdotus\n\nLautakunta hyväksyy viheralueohjelman.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Kaisa Kokeilu"]
    assert item.reasons is not None
    assert item.reasons.startswith("Tiivistelmä\n\nViheralueohjelma kokoaa kaupungin puistojen")
    assert "Valmistelu\n\nOhjelman laatiminen käynnistettiin keväällä 2025" in item.reasons
    assert item.proposal == "Lautakunta hyväksyy viheralueohjelman."


def test_a_reasons_heading_right_under_an_empty_reasons_heading(tmp_path: Path) -> None:
    """``Perustelut`` with nothing under it, then ``Selostus`` over the text: one reasons part, its text
    opened by the sub-heading as printed."""
    path = _saved_page(
        tmp_path,
        "Kunnanhallitus, kokous 8.9.2026",
        "§ 140 Selitys hallinto-oikeudelle",
        "Perustelut\n\nSelostus\nHallinto-oikeus on pyytänyt kunnanhallitukselta selitystä valitukseen.\n\n"
        "Selitys on annettava kuukauden kuluessa.\n\nEhdotus\n\nKunnanhallitus antaa selityksen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == (
        "Selostus\n\nHallinto-oikeus on pyytänyt kunnanhallitukselta selitystä valitukseen.\n\n"
        "Selitys on annettava kuukauden kuluessa."
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a page cut right after the presenter's line, inside the address that follows the office
        ("Ville Mallikas, pelastusjohtaja, Ville.M", "pelastusjohtaja"),
        # the division the office belongs to, printed after it
        ("Ville Mallikas, toimialajohtaja, sivistystoimiala, ville.mallikas@example.fi", "toimialajohtaja"),
        # an office with its acting mark run into it ends like an office, not like a cut address
        ("Ville Mallikas, hallintojohtaja, vs.kunnanjohtaja", "hallintojohtaja, vs.kunnanjohtaja"),
    ],
)
def test_what_follows_the_presenter_s_office_on_the_line(tmp_path: Path, line: str, title: str) -> None:
    """Under ``Esittelijä``, ``Name, office, …``: the start of an e-mail address where the page was cut and
    the office's division are not part of the title; a second office is."""
    path = _saved_page(
        tmp_path,
        "Pelastuslautakunta, kokous 8.9.2026",
        "§ 12 Palvelutasopäätös",
        f"Perustelut\n\nPalvelutasopäätös on päivitettävä.\n\nPäätösehdotus\n\nEsittelijä\n\n  • {line}",
    )
    [document] = read_path(path)
    presenter = document.items[0].presenter
    assert presenter is not None
    assert (presenter.name, presenter.title) == ("Ville Mallikas", title)


def test_the_reasons_heading_printed_twice(tmp_path: Path) -> None:
    """``Perustelut``, a blank line, ``Perustelut`` again over the text: one reasons part, its text not
    opened by the heading's copy."""
    path = _saved_page(
        tmp_path,
        "Kulttuurilautakunta, kokous 8.9.2026",
        "§ 44 Kesäteatterin avustus",
        "Perustelut\n\nPerustelut \n\nKesäteatteri hakee avustusta kauden 2027 esityksiin.\n\n"
        "Avustus maksetaan kahdessa erässä.\n\nEhdotus\n\nLautakunta myöntää avustuksen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == (
        "Kesäteatteri hakee avustusta kauden 2027 esityksiin.\n\nAvustus maksetaan kahdessa erässä."
    )
    assert [s.heading for s in item.sections if s.kind == "reasons"] == ["Perustelut"]


def test_a_labelled_preparer_line_going_on_with_the_address(tmp_path: Path) -> None:
    """``Valmistelu ja lisätiedot: office Name,`` atop the reasons, the address on the next line: the address
    is the preparer's, the reasons start after it."""
    path = _saved_page(
        tmp_path,
        "Aluehallitus, kokous 8.9.2026",
        "§ 210 Eron myöntäminen lautakunnan jäsenelle",
        "Perustelut\n\nValmistelu ja lisätiedot: hallintojohtaja Elina Esimerkki,  \n"
        "elina.esimerkki(at)example.fi \n\n"
        "Jäsen Pekka Pohja on pyytänyt eroa luottamustoimesta muuttonsa vuoksi.\n\n"
        "Ehdotus\n\nAluehallitus myöntää eron.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Elina Esimerkki", "hallintojohtaja")]
    assert item.reasons == "Jäsen Pekka Pohja on pyytänyt eroa luottamustoimesta muuttonsa vuoksi."


def test_the_preparer_s_proposal_before_the_presenter_s(tmp_path: Path) -> None:
    """``Valmistelijan ehdotus`` opened by the preparer's line (``Name, office (p. …):``), then
    ``Päätösehdotus`` opened by ``Esittelijä: Name, office``: the first line names the preparer and the
    preparer's proposal stays a part of its own; the presenter's line names the presenter, and the proposal
    is what follows it."""
    path = _saved_page(
        tmp_path,
        "Aluehallitus, kokous 8.9.2026",
        "§ 97 Eropyyntö lautakunnan jäsenyydestä",
        "Perustelut\n\nJäsen on pyytänyt eroa lautakunnasta.\n\n"
        "Valmistelijan ehdotus\n\nOona Oikeusta, lakimies (p. 040 123 4567):\n\n"
        "Aluehallitus esittää aluevaltuustolle, että\n\n1. aluevaltuusto myöntää eron.\n\n"
        "Päätösehdotus\n\nEsittelijä: Aapo Alue, hyvinvointialuejohtaja\n\n"
        "Aluehallitus hyväksyy lakimiehen ehdotuksen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Oona Oikeusta", "040 123 4567")]
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Aapo Alue", "hyvinvointialuejohtaja")
    assert item.proposal == "Aluehallitus hyväksyy lakimiehen ehdotuksen."
    [own] = [s for s in item.sections if s.heading == "Valmistelijan ehdotus"]
    assert "1. aluevaltuusto myöntää eron." in own.text


def test_the_preparer_s_proposal_printed_alone_is_the_proposal(tmp_path: Path) -> None:
    """``Valmistelijan ehdotus`` with no proposal after it: its text after the preparer's line is the
    item's proposal."""
    path = _saved_page(
        tmp_path,
        "Aluehallitus, kokous 8.9.2026",
        "§ 98 Lausunto ministeriölle",
        "Perustelut\n\nMinisteriö pyytää lausuntoa.\n\n"
        "Valmistelijan ehdotus\n\nOona Oikeusta, lakimies (p. 040 123 4567):\n\n"
        "Aluehallitus antaa liitteen mukaisen lausunnon.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Oona Oikeusta"]
    assert item.proposal == "Aluehallitus antaa liitteen mukaisen lausunnon."


def test_two_labelled_preparers_inline_atop_the_reasons(tmp_path: Path) -> None:
    """``Asian valmistelijat: title Name ja title Name`` opening the reasons with no preparers' heading:
    the plural label names both preparers, and is no part of the reasons."""
    path = _saved_page(
        tmp_path,
        "Aluehallitus, kokous 3.2.2026",
        "§ 14 Oikaisuvaatimus, suunnittelijan viran täyttäminen",
        "Perustelut\n\n"
        "Asian valmistelijat: lakimies Sanna Saarela ja henkilöstöjohtaja Pekka Pihlaja\n\n"
        "Tausta\n\n"
        "Oikaisuvaatimus on saapunut määräajassa.\n\n"
        "Ehdotus\n\nAluehallitus hylkää oikaisuvaatimuksen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Sanna Saarela", "lakimies"),
        ("Pekka Pihlaja", "henkilöstöjohtaja"),
    ]
    assert item.reasons is not None and item.reasons.endswith("Oikaisuvaatimus on saapunut määräajassa.")
    assert "Sanna Saarela" not in item.reasons
