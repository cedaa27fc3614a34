"""The parts of an item's text on Dynasty 10 pages saved as text: preparers named in a sentence, the
proposal's heading, maker and placeholder, the preparation's proposal, and who acts on the decision."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item as _saved_item


def _written(tmp_path: Path, lines: list[str]) -> Path:
    """An item page of our own saved with a line a paragraph."""
    path = tmp_path / "item.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_preparers_named_in_a_sentence_of_their_own(tmp_path: Path) -> None:
    """``Valmistelijat`` over one sentence naming three people by office and name, commas and ``ja``
    between them (and ``ja`` inside an office, ``Liikunta- ja nuorisojohtaja``): three preparers, and the
    sentence is no part of the presentation."""
    path = _saved_item(
        tmp_path,
        [
            "Vapaa-aikalautakunta",
            "Esityslista 14.09.2026/Asianro 5",
            "",
            "Liikuntahallin siivouspalvelun hankinta",
            "",
            "Vapaa-aikalautakunta 14.09.2026",
            "",
            "Valmistelijat Liikunta- ja nuorisojohtaja Veera Esimerkki, hankinta-asiantuntija Olli Malli"
            " ja talouspäällikkö Eero Koe.",
            "",
            "Siivouspalvelu kilpailutettiin avoimella menettelyllä, ja määräaikaan mennessä saatiin neljä"
            " tarjousta.",
            "",
            "Päätösehdotus Vapaa-aikalautakunta hyväksyy halvimman tarjouksen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [
        ("Veera Esimerkki", "liikunta- ja nuorisojohtaja"),
        ("Olli Malli", "hankinta-asiantuntija"),
        ("Eero Koe", "talouspäällikkö"),
    ]
    assert item.reasons == (
        "Siivouspalvelu kilpailutettiin avoimella menettelyllä, ja määräaikaan mennessä saatiin neljä"
        " tarjousta."
    )


def test_a_proposal_to_be_given_at_the_meeting_is_the_proposal_s_text(tmp_path: Path) -> None:
    """``Päätösesitys annetaan kokouksessa.`` says the proposal is given at the meeting: the sentence is
    the proposal's whole text, as under a heading of its own (``Ehdotus Päätösehdotus annetaan …``), not
    a heading over ``annetaan kokouksessa.``"""
    path = _saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Esityslista 08.10.2026/Asianro 3",
            "",
            "Katuvalojen hankinta",
            "",
            "Tekninen lautakunta 08.10.2026",
            "",
            "Katuvalot uusitaan led-valaisimiksi kolmella asuinalueella.",
            "",
            "Päätösesitys annetaan kokouksessa.",
            "",
            "Käsittely",
            "",
            "Tekninen johtaja antoi päätösehdotuksen kokouksessa.",
            "",
            "Ehdotus ei saanut kannatusta.",
            "",
            "Päätös",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Katuvalot uusitaan led-valaisimiksi kolmella asuinalueella."
    assert item.proposal == "Päätösesitys annetaan kokouksessa."
    assert (
        item.handling == "Tekninen johtaja antoi päätösehdotuksen kokouksessa.\nEhdotus ei saanut kannatusta."
    )
    assert item.decision is None


def test_an_office_alone_over_the_proposal_presents_it(tmp_path: Path) -> None:
    """An office on a line of its own with no colon (``Ympäristö- ja rakennusjohtaja``) over the proposal
    presents it, as ``Ympäristöjohtaja:`` does; the line is no part of the presentation. An office so
    printed inside the presentation, with text after it, stays text."""
    path = _saved_item(
        tmp_path,
        [
            "Ympäristölautakunta",
            "Esityslista 08.10.2026/Asianro 6",
            "",
            "Lausunto maa-aineslupahakemuksesta",
            "",
            "Ympäristölautakunta 08.10.2026",
            "",
            "Hakija hakee lupaa ottaa soraa kymmenen vuoden ajan.",
            "",
            "Rakennustarkastaja",
            "",
            "Rakennustarkastajalla ei ole huomautettavaa hakemuksesta.",
            "",
            "Ympäristö- ja rakennusjohtaja",
            "",
            "Päätösehdotus Ympäristölautakunta puoltaa luvan myöntämistä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "ympäristö- ja rakennusjohtaja")
    assert item.proposal == "Ympäristölautakunta puoltaa luvan myöntämistä."
    assert item.reasons == (
        "Hakija hakee lupaa ottaa soraa kymmenen vuoden ajan.\nRakennustarkastaja\n"
        "Rakennustarkastajalla ei ole huomautettavaa hakemuksesta."
    )


@pytest.mark.parametrize("presenter", [True, False])
def test_the_preparation_s_proposal_before_the_presenter_s(tmp_path: Path, presenter: bool) -> None:
    """``Ehdotus:`` / ``Valmistelun ehdotus, rehtori: …`` and then ``Ehdotus:`` / ``Sivistysjohtaja: …``:
    the presenter's proposal is the item's, the preparation's is kept as a part of its own, and the
    preparer's office presents nothing. Printed alone, the preparation's proposal is the item's."""
    lines = [
        "Sivistyslautakunta",
        "Pöytäkirja 10.09.2026/Pykälä 12",
        "",
        "Musiikkiopiston lukukausimaksut",
        "",
        "Sivltk 10.09.2026 § 12",
        "",
        "Lukukausimaksuja on viimeksi korotettu vuonna 2021.",
        "",
        "Ehdotus:",
        "",
        "Valmistelun ehdotus, rehtori: Sivistyslautakunta korottaa maksuja viidellä prosentilla.",
        "",
    ]
    if presenter:
        lines += [
            "Ehdotus:",
            "",
            "Sivistysjohtaja: Sivistyslautakunta korottaa maksuja neljällä prosentilla.",
            "",
        ]
    lines += ["Päätös:", "", "Ehdotus hyväksyttiin."]
    [document] = read_path(_saved_item(tmp_path, lines))
    [item] = document.items
    if presenter:
        assert item.proposal == "Sivistyslautakunta korottaa maksuja neljällä prosentilla."
        assert item.presenter is not None
        assert (item.presenter.name, item.presenter.title) == (None, "sivistysjohtaja")
        [kept] = [s for s in item.sections if s.heading == "Valmistelun ehdotus, rehtori"]
        assert kept.text == "Sivistyslautakunta korottaa maksuja viidellä prosentilla."
    else:
        assert item.proposal == "Sivistyslautakunta korottaa maksuja viidellä prosentilla."
        assert item.presenter is None
    assert item.reasons == "Lukukausimaksuja on viimeksi korotettu vuonna 2021."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


def test_who_acts_on_the_decision_is_no_part_of_it(tmp_path: Path) -> None:
    """``Toimenpiteet Rakennustarkastaja`` after the decision names who acts on it, a part of its own; the
    line after it saying a member left the meeting records the handling. ``Toimenpiteet`` opening a
    sentence of the decision stays in it."""
    lines = [
        "Tekninen lautakunta",
        "Pöytäkirja 22.10.2026/Pykälä 64",
        "Rakennusjärjestyksen päivittäminen",
        "TL 22.10.2026 § 64",
        "Esittelijä Tekninen johtaja Rinne Outi",
        "Päätösehdotus Tekninen lautakunta aloittaa rakennusjärjestyksen päivittämisen.",
        "Päätös Tekninen lautakunta hyväksyi päätösehdotuksen.",
        "Toimenpiteet Rakennustarkastaja",
        "Rakennustarkastaja Ville Vaara poistui kokouksesta pykälän käsittelyn jälkeen.",
        "| Edellinen asia | Seuraava asia |",
    ]
    [document] = read_path(_written(tmp_path, lines))
    [item] = document.items
    assert item.decision == "Tekninen lautakunta hyväksyi päätösehdotuksen."
    assert [(s.heading, s.text) for s in item.sections if s.kind == "implementation"] == [
        ("Toimenpiteet", "Rakennustarkastaja")
    ]
    assert "poistui kokouksesta" in (item.handling or "")
    sentence = "Toimenpiteet aloitetaan heti, kun rahoitus on varmistunut."
    [document] = read_path(_written(tmp_path, [*lines[:7], sentence, lines[-1]]))
    assert document.items[0].decision == f"Tekninen lautakunta hyväksyi päätösehdotuksen.\n{sentence}"
    # a heading of measures or a short sentence about them names no one who acts: lines of the decision
    for line in ("Toimenpiteet vuosille 2027–2029", "Toimenpiteet jatkuvat"):
        [document] = read_path(_written(tmp_path, [*lines[:7], line, lines[-1]]))
        assert document.items[0].decision == f"Tekninen lautakunta hyväksyi päätösehdotuksen.\n{line}"


def test_the_body_that_makes_the_proposal_is_named_beside_its_heading(tmp_path: Path) -> None:
    """``Päätösehdotus Kaupunginhallitus`` over the council's proposal: the board makes the proposal, its
    name stands beside the heading and is no part of the text, and it is no person presenting. A body's
    name that is the subject of the lines after it (``Tekninen lautakunta`` / ``hyväksyy …``) stays."""
    head = [
        "Kaupunginvaltuusto",
        "Pöytäkirja 02.11.2026/Pykälä 71",
        "",
        "Valtuustoaloite leikkipuistojen kunnostamisesta",
        "",
        "Kaupunginvaltuusto 02.11.2026 § 71",
        "",
        "Aloitteessa ehdotetaan, että kaupungin leikkipuistot kunnostetaan viiden vuoden aikana.",
        "",
    ]
    path = _saved_item(
        tmp_path,
        [
            *head,
            "Päätösehdotus Kaupunginhallitus",
            "",
            "Kaupunginvaltuusto merkitsee vastauksen tiedoksi ja toteaa aloitteen loppuun käsitellyksi.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert (
        item.proposal
        == "Kaupunginvaltuusto merkitsee vastauksen tiedoksi ja toteaa aloitteen loppuun käsitellyksi."
    )
    assert [s.heading for s in item.sections if s.kind == "proposal"] == ["Päätösehdotus Kaupunginhallitus"]
    assert item.presenter is None
    path = _saved_item(
        tmp_path,
        [*head, "Päätösehdotus Kaupunginhallitus", "", "merkitsee vastauksen tiedoksi."],
    )
    [document] = read_path(path)
    assert document.items[0].proposal == "Kaupunginhallitus\nmerkitsee vastauksen tiedoksi."


def test_an_office_alone_over_a_proposal_that_names_its_presenter_gives_way(tmp_path: Path) -> None:
    """An office line over ``Päätösehdotus Ympäristöjohtaja Outi Esimerkki``: the named presenter is the
    item's, not the unnamed holder of the office above."""
    path = _saved_item(
        tmp_path,
        [
            "Ympäristölautakunta",
            "Esityslista 08.10.2026/Asianro 7",
            "",
            "Lausunto vesilupahakemuksesta",
            "",
            "Ympäristölautakunta 08.10.2026",
            "",
            "Hakija hakee lupaa laiturin rakentamiseen.",
            "",
            "Ympäristöjohtaja",
            "",
            "Päätösehdotus Ympäristöjohtaja Outi Esimerkki",
            "",
            "Ympäristölautakunta puoltaa luvan myöntämistä.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Outi Esimerkki", "ympäristöjohtaja")
    assert item.proposal == "Ympäristölautakunta puoltaa luvan myöntämistä."


def test_the_preparer_s_proposal_under_its_own_heading_presents_no_one(tmp_path: Path) -> None:
    """``Valmistelijan ehdotus:`` names the preparer's proposal, not an office presenting it; the
    presenter's proposal after it (``Esittelijän ehdotus:``) is the item's."""
    path = _saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 10.09.2026/Pykälä 13",
            "",
            "Kirjaston aukioloajat",
            "",
            "Sivltk 10.09.2026 § 13",
            "",
            "Kirjaston kävijämäärä on kasvanut iltaisin.",
            "",
            "Valmistelijan ehdotus:",
            "",
            "Sivistyslautakunta pidentää aukioloa kello 20:een.",
            "",
            "Esittelijän ehdotus:",
            "",
            "Sivistyslautakunta pidentää aukioloa kello 19:ään.",
            "",
            "Päätös:",
            "",
            "Ehdotus hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is None
    assert item.proposal == "Sivistyslautakunta pidentää aukioloa kello 19:ään."


def test_reasons_under_seloste_ja_perustelut_on_the_label_s_line(tmp_path: Path) -> None:
    """``Seloste ja perustelut: …`` (a line a paragraph, every label with a colon and its text on the
    same line): the label heads the presentation and is no part of its text."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Tekninen lautakunta",
            "Pöytäkirja 14.04.2026/Pykälä 31",
            "Katuvalojen uusiminen Myllypuron alueella",
            "Tekninen lautakunta 14.04.2026 § 31",
            "44/10.03.02/2026",
            "Valmistelija: Kunnossapitopäällikkö Ville Esimerkki",
            "Seloste ja perustelut: Myllypuron katuvalot ovat elohopealamppuja, joita ei enää",
            "saa myyntiin.",
            "Valaisimet vaihdetaan led-valaisimiin kesän aikana.",
            "Esittelijä: Tekninen johtaja",
            "Päätösehdotus: Tekninen lautakunta hyväksyy katuvalojen uusimisen.",
            "Päätös: Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons is not None
    assert item.reasons.startswith("Myllypuron katuvalot ovat elohopealamppuja, joita ei enää\nsaa myyntiin.")
    assert [p.name for p in item.preparers] == ["Ville Esimerkki"]
    assert item.proposal == "Tekninen lautakunta hyväksyy katuvalojen uusimisen."


def test_an_office_run_into_the_body_s_proposal_presents_it(tmp_path: Path) -> None:
    """A text copy runs the office's side heading into the proposal's line (``Sivistysjohtaja
    Sivistyslautakunta päättää …``, no ``Päätösehdotus`` label): the office presents the proposal, whose
    text starts with the body's name."""
    path = _written(
        tmp_path,
        [
            "RSS-linkki",
            "Kokousasiat:https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
            "Sivistyslautakunta",
            "Pöytäkirja 12.03.2026/Pykälä 9",
            "Kesäleirien avustukset 2026",
            "Sivistyslautakunta 12.03.2026 § 9",
            "7/02.05.01/2026",
            "Valmistelija: nuorisosihteeri Olli Esimerkki",
            "Avustuksia haki määräaikaan mennessä neljä seuraa.",
            "Sivistysjohtaja Sivistyslautakunta päättää myöntää kesäleirien avustukset liitteen mukaisesti.",
            "Päätös: Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "sivistysjohtaja")
    assert item.proposal == "Sivistyslautakunta päättää myöntää kesäleirien avustukset liitteen mukaisesti."
    assert item.reasons == "Avustuksia haki määräaikaan mennessä neljä seuraa."
    assert item.outcome is Outcome.APPROVED


def test_an_office_of_two_fields_joined_by_ja_presents_without_a_name(tmp_path: Path) -> None:
    """``Esittelijä Koulukeskuksen ja lukion rehtori``: an office of four words, its two fields joined by
    ``ja``, is the presenting office and no person's name; ``Esittelijän esityksen mukaan.`` approves."""
    path = _saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 10.03.2026/Pykälä 14",
            "",
            "Kerhotoiminnan maksut",
            "",
            "Sivistyslautakunta 10.03.2026 § 14",
            "",
            "Lautakunta päättää kerhojen maksuista hallintosäännön mukaan.",
            "",
            "Esittelijä Koulukeskuksen ja lukion rehtori",
            "",
            "Päätösehdotus Sivistyslautakunta päättää, että kerhomaksu on 10 euroa lukukaudelta.",
            "",
            "Päätös Esittelijän esityksen mukaan.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "koulukeskuksen ja lukion rehtori")
    assert item.outcome is Outcome.APPROVED


def _agenda_page(tmp_path: Path, tail: list[str]) -> Path:
    """An agenda's item page of our own: the page's own handling line with no number over the title."""
    return _saved_item(
        tmp_path,
        [
            "Hyvinvointilautakunta",
            "Esityslista 14.01.2026/Asianro 7",
            "",
            "Kokousasian teksti",
            "",
            "Asianumero 58/02.05.01/2026",
            "",
            "Hyvinvointilautakunta 14.01.2026  ",
            "",
            "Nuorisotilojen aukioloaikojen pidentäminen",
            "",
            "Valmistelijat / lisätiedot:",
            "",
            "Esimerkki Tuula",
            "",
            *tail,
        ],
    )


def test_an_agendas_unnumbered_own_handling_line_is_no_title(tmp_path: Path) -> None:
    """``Hyvinvointilautakunta 14.01.2026`` (this meeting's body and date, no §) over the title on an
    agenda's page is the page's own mark: the line below it is the title, and no part of the reasons."""
    path = _agenda_page(
        tmp_path,
        [
            "Päätösehdotus Nuorisojohtaja Kivinen Aarne",
            "",
            "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi.",
            "",
            "Selostus Nuorisotilat ovat olleet auki arkisin kello 18 asti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.title == "Nuorisotilojen aukioloaikojen pidentäminen"
    assert item.reasons == "Nuorisotilat ovat olleet auki arkisin kello 18 asti."
    assert not item.history


def test_presenter_label_on_the_proposal_headings_line_over_the_official(tmp_path: Path) -> None:
    """``Päätösehdotus Esittelijä`` over the official's line (office, then surname and given name): that
    official presents, and the proposal's text starts below the official's line."""
    path = _agenda_page(
        tmp_path,
        [
            "Päätösehdotus Esittelijä",
            "",
            " Hyvinvoinnin toimialajohtaja Lehtisalo-Kärki Annukka",
            "",
            "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi.",
            "",
            "Selostus Nuorisotilat ovat olleet auki arkisin kello 18 asti.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (
        "Annukka Lehtisalo-Kärki",
        "hyvinvoinnin toimialajohtaja",
    )
    assert item.proposal == "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi."


def test_tiedoksianto_heads_the_distribution_after_an_agendas_empty_decision(tmp_path: Path) -> None:
    """An agenda's empty ``Päätös`` followed by ``Tiedoksianto`` over the recipients: the recipients are
    the distribution, not the decision, which the agenda does not have yet."""
    path = _agenda_page(
        tmp_path,
        [
            "Päätösehdotus Nuorisojohtaja Kivinen Aarne",
            "",
            "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi.",
            "",
            "Päätös",
            "",
            " ",
            "",
            "Tiedoksianto",
            "",
            " Nuorisotilojen ohjaajat",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision is None
    assert item.proposal == "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi."
    assert [s.text for s in item.sections if s.kind == "distribution"] == ["Nuorisotilojen ohjaajat"]


@pytest.mark.parametrize(
    ("line", "actions"),
    [
        # a rule of equals signs framing the page's navigation
        ("======", []),
        # the page template's unfilled field: who acts on the decision is a part of its own, its
        # placeholder no text
        ("Toimenpiteet ja otteet aloita tästä", [("Toimenpiteet ja otteet", "")]),
    ],
)
def test_an_agendas_empty_decision_over_a_rule_or_a_placeholder_is_no_decision(
    tmp_path: Path, line: str, actions: list[tuple[str, str]]
) -> None:
    """An agenda's empty ``Päätös`` over a rule (``======``) or the template's placeholder (``Toimenpiteet ja
    otteet aloita tästä``) and the page's navigation: no text of the decision, which the agenda does not have
    yet."""
    path = _agenda_page(
        tmp_path,
        [
            "Päätösehdotus Nuorisojohtaja Kivinen Aarne",
            "",
            "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi.",
            "",
            "Päätös",
            "",
            line,
            "",
            "Edellinen asia | Seuraava asia | ![]() |",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision is None
    assert item.proposal == "Hyvinvointilautakunta pidentää nuorisotilojen aukioloaikoja kevätkaudeksi."
    assert [(s.heading, s.text) for s in item.sections if s.kind == "implementation"] == actions


def test_an_office_in_capitals_over_the_proposal_presents_it_lower_cased(tmp_path: Path) -> None:
    """``SIVISTYSJOHTAJA:`` in capitals on a line of its own over the proposal presents it as
    ``Sivistysjohtaja:`` does: the office is a title, given lower-case as printed elsewhere."""
    path = _saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 12.03.2026/Pykälä 21",
            "",
            "Koulukuljetusten hankinta lukuvuosiksi 2026-2028",
            "",
            "SIVLK 12.03.2026 § 21",
            "",
            "44/02.08.00/2026",
            "",
            "Koulukuljetukset on kilpailutettu avoimella menettelyllä, ja tarjouksia saatiin kolme.",
            "",
            "SIVISTYSJOHTAJA:",
            "",
            "Sivistyslautakunta hyväksyy halvimman tarjouksen.",
            "",
            "Päätös:",
            "",
            "Sivistyslautakunta hyväksyi esityksen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == (None, "sivistysjohtaja")
    assert item.proposal == "Sivistyslautakunta hyväksyy halvimman tarjouksen."
    assert item.decision == "Sivistyslautakunta hyväksyi esityksen."


def test_the_boards_proposal_heading_with_the_council_addressed_on_its_line(tmp_path: Path) -> None:
    """``Kaupunginhallituksen ehdotus Kaupunginvaltuusto:`` over a numbered list: the board's proposal,
    its heading on the line and the council it is put to opening its text, as ``Päätös Kaupunginvaltuusto:``
    opens the decision's. A sentence starting with the same words stays text."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Pöytäkirja 15.06.2026/Pykälä 42",
            "",
            "Tarkastuslautakunnan jäsenten valinta toimikaudelle 2026-2028",
            "",
            "Kaupunginvaltuusto 15.06.2026 § 42",
            "",
            "77/00.00.01/2026",
            "",
            "Kaupunginhallituksen ehdotus viime syksyltä jäi käsittelemättä.",
            "",
            "Kaupunginhallituksen ehdotus Kaupunginvaltuusto:",
            "1. valitsee tarkastuslautakuntaan viisi (5) jäsentä",
            "2. valitsee jäsenistä puheenjohtajan.",
            "",
            "Päätös Kaupunginvaltuusto:",
            "1. valitsi tarkastuslautakuntaan ehdotetut jäsenet",
            "2. valitsi puheenjohtajaksi Aino Esimerkin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.reasons == "Kaupunginhallituksen ehdotus viime syksyltä jäi käsittelemättä."
    assert item.proposal == (
        "Kaupunginvaltuusto:\n1. valitsee tarkastuslautakuntaan viisi (5) jäsentä\n"
        "2. valitsee jäsenistä puheenjohtajan."
    )
    assert item.decision == (
        "Kaupunginvaltuusto:\n1. valitsi tarkastuslautakuntaan ehdotetut jäsenet\n"
        "2. valitsi puheenjohtajaksi Aino Esimerkin."
    )


def test_a_by_law_heading_under_the_preparer_opens_the_reasons(tmp_path: Path) -> None:
    """``Kaupungin hallintosääntö § 12 / Johtokunnat`` on the line after the preparer's, a page with no blank
    line between its lines: capitalised words as a name is printed, but a rule's section sign names no
    person; the line is the presentation's first, a heading over the by-law's text."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginvaltuusto",
            "Esityslista 16.06.2026/Asianro 12",
            "Edellinen asia | Seuraava asia | ![]() |",
            "Satamajohtokunnan jäsenten vaali",
            "Kaupunginhallitus 02.06.2026 § 88",
            "Valmistelija hallintojohtaja Kaarina Esimerkki, puh. 040 123 4567",
            "Kaupungin hallintosääntö § 12 / Johtokunnat",
            "Kaupunginvaltuusto valitsee satamajohtokuntaan viisi jäsentä ja heille varajäsenet.",
            "Johtokunnan puheenjohtajan on oltava valtuutettu.",
            "Kuntalain 74 §:ssä säädetään vaalikelpoisuudesta lautakuntaan ja johtokuntaan.",
            "Päätösehdotus Kaupunginhallitus esittää, että valtuusto valitsee satamajohtokunnan jäsenet.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Kaarina Esimerkki", "hallintojohtaja")]
    assert item.reasons is not None
    assert item.reasons.startswith(
        "Kaupungin hallintosääntö § 12 / Johtokunnat\nKaupunginvaltuusto valitsee satamajohtokuntaan"
    )


def test_perustelu_after_the_decision_heads_the_reasons(tmp_path: Path) -> None:
    """The proposal and the decision printed before the presentation, which ``Perustelu`` (singular, on a
    line of its own) heads: the presentation is the reasons, no part of the decision."""
    lines = [
        "Ympäristölautakunta",
        "Pöytäkirja 09.03.2027/Pykälä 31",
        "Vesihuollon toiminta-alueen tarkistaminen",
        "YMP 09.03.2027 § 31",
        "Päätösesitys Ympäristölautakunta esittää toiminta-alueen laajentamista Kuusiniemen kylään.",
        "Päätös",
        "Päätösesitys hyväksyttiin.",
        "Perustelu",
        "Vesihuoltolain 8 §:n mukaan kunta hyväksyy vesihuoltolaitoksen toiminta-alueen.",
        "Kuusiniemen kylään on rakennettu kahdeksan uutta asuinrakennusta.",
        "| Edellinen asia | Seuraava asia |",
    ]
    [document] = read_path(_written(tmp_path, lines))
    [item] = document.items
    assert item.decision == "Päätösesitys hyväksyttiin."
    assert item.proposal == "Ympäristölautakunta esittää toiminta-alueen laajentamista Kuusiniemen kylään."
    assert item.reasons == (
        "Vesihuoltolain 8 §:n mukaan kunta hyväksyy vesihuoltolaitoksen toiminta-alueen.\n"
        "Kuusiniemen kylään on rakennettu kahdeksan uutta asuinrakennusta."
    )


def test_an_empty_asian_kasittely_label_after_the_proposal_is_no_part_of_it(tmp_path: Path) -> None:
    """``Asian käsittely`` on a line of its own between the proposal and the decision, nothing under it:
    the handling's label, no line of the proposal."""
    lines = [
        "Kunnanhallitus",
        "Pöytäkirja 15.09.2026/Pykälä 140",
        "Osavuosikatsaus 1-6/2026",
        "Kunnanhallitus 15.09.2026 § 140",
        "Esittelijä Kunnanjohtaja Aila Esimerkki",
        "Päätösehdotus Kunnanhallitus merkitsee osavuosikatsauksen tiedoksi.",
        "Asian käsittely",
        "Päätös Kunnanhallitus merkitsi osavuosikatsauksen tiedokseen.",
        "| Edellinen asia | Seuraava asia |",
    ]
    [document] = read_path(_written(tmp_path, lines))
    [item] = document.items
    assert item.proposal == "Kunnanhallitus merkitsee osavuosikatsauksen tiedoksi."
    assert item.decision == "Kunnanhallitus merkitsi osavuosikatsauksen tiedokseen."


def test_a_memo_page_is_read_as_an_agenda(tmp_path: Path) -> None:
    """A committee's memo (``Muistio 12.03.2027/Asianro 4``) instead of an agenda or minutes: read, not
    refused, as an agenda (the nearest kind the model has), its item numbered by the list's number."""
    path = _saved_item(
        tmp_path,
        [
            "Elinvoimavaliokunta",
            "Muistio 12.03.2027/Asianro 4",
            "",
            "Kokousasian teksti",
            "",
            "Kesätyöseteli nuorille vuonna 2027",
            "",
            "ELINVO 12.03.2027 § 4",
            "",
            "215/02.05.01/2027",
            "",
            "Valmistelija   Elinvoimajohtaja Tuomas Esimerkki",
            "",
            "Kaupunki on tukenut nuorten kesätyöllistymistä setelillä vuodesta 2019 lähtien.",
            "",
            "Seteli myönnetään 15–17-vuotiaille kaupungissa kirjoilla oleville nuorille.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert document.kind is DocumentKind.AGENDA
    assert document.meeting.body.name == "Elinvoimavaliokunta"
    assert document.meeting.date == date(2027, 3, 12)
    assert (item.agenda_number, item.number) == ("4", None)
    assert item.title == "Kesätyöseteli nuorille vuonna 2027"
    assert [p.name for p in item.preparers] == ["Tuomas Esimerkki"]
    assert item.reasons is not None
    assert item.reasons.startswith("Kaupunki on tukenut nuorten kesätyöllistymistä")


def test_a_proposal_named_after_two_offices_joined_by_ja(tmp_path: Path) -> None:
    """``Kirjastotoimen johtajan ja kulttuurijohtajan esitys:`` over the proposal: the two offices that make
    it together name its heading, and the text under it is the proposal, not the reasons."""
    path = _saved_item(
        tmp_path,
        [
            "Kaupunginhallitus",
            "Pöytäkirja 16.03.2027/Pykälä 41",
            "",
            "Kirjastoautopalvelun jatkaminen",
            "",
            "Khall 16.03.2027 § 41",
            "",
            "98/12.06.00/2027",
            "",
            "Valmistelija Kirjastotoimen johtaja Leena Esimerkki p. 040 1234567",
            "",
            "Kirjastoauto on palvellut haja-asutusalueen asukkaita vuodesta 1986.",
            "",
            "Kirjastotoimen johtajan ja kulttuurijohtajan esitys:",
            "",
            "Kaupunginhallitus päättää jatkaa kirjastoautopalvelua vuoden 2028 loppuun.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Kaupunginhallitus päättää jatkaa kirjastoautopalvelua vuoden 2028 loppuun."
    assert item.reasons == "Kirjastoauto on palvellut haja-asutusalueen asukkaita vuodesta 1986."


def test_a_changed_proposal_after_the_proposal_is_a_part_of_its_own(tmp_path: Path) -> None:
    """``Muutettu päätösehdotus …`` printed between the proposal and the decision: the proposal as changed
    at the meeting ends the proposal and is kept as a part of the handling, not read into the proposal."""
    path = _saved_item(
        tmp_path,
        [
            "Ympäristölautakunta",
            "Pöytäkirja 14.10.2027/Pykälä 52",
            "Retkeilyreittien kunnostusohjelma 2028",
            "Ympäristölautakunta 14.10.2027 § 52",
            "301/10.03.00/2027",
            "Valmistelija Ympäristöpäällikkö Sari Esimerkki",
            "Reittien pitkospuut ja opasteet ovat osin lahonneet.",
            "Esittelijä ympäristöpäällikkö Sari Esimerkki",
            "Päätösehdotus Ympäristölautakunta hyväksyy kunnostusohjelman vuodelle 2028.",
            "Muutettu päätösehdotus Ympäristölautakunta merkitsee kunnostusohjelman tiedoksi.",
            "Päätös Hyväksyttiin muutettu päätösehdotus.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Ympäristölautakunta hyväksyy kunnostusohjelman vuodelle 2028."
    assert item.handling == "Ympäristölautakunta merkitsee kunnostusohjelman tiedoksi."
    assert [s.heading for s in item.sections if s.kind == "handling"] == ["Muutettu päätösehdotus"]
    assert item.decision == "Hyväksyttiin muutettu päätösehdotus."
    assert item.outcome is Outcome.AMENDED


def test_further_preparers_with_at_addresses_two_on_a_line(tmp_path: Path) -> None:
    """Preparers after the first on lines of their own with addresses written ``(at)``, two on one line
    (``Opetuspäällikkö A B a.b(at)x.fi Kirjastopäällikkö C D c.d(at)x.fi``): all are preparers, and the
    reasons start at the first sentence after them."""
    path = _saved_item(
        tmp_path,
        [
            "Sivistyslautakunta",
            "Pöytäkirja 09.03.2027/Pykälä 18",
            "Toimintakertomus 2026",
            "Sivistyslautakunta 09.03.2027 § 18",
            "77/02.02.02/2026",
            "Valmistelu ja lisätiedot Sivistysjohtaja Pirjo Esimerkki pirjo.esimerkki(at)esimerkkila.fi",
            "Opetuspäällikkö Ville Malli ville.malli(at)esimerkkila.fi Kirjastopäällikkö Aino Testi "
            "aino.testi(at)esimerkkila.fi",
            "Nuorisopäällikkö Eero Koe eero.koe(at)esimerkkila.fi",
            "Lautakunnan on laadittava toimintakertomus kunnanhallitukselle helmikuun loppuun mennessä.",
            "Kertomus kuvaa tavoitteiden toteutumisen.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Pirjo Esimerkki", "Ville Malli", "Aino Testi", "Eero Koe"]
    assert item.reasons is not None
    assert item.reasons.startswith("Lautakunnan on laadittava toimintakertomus")


def test_an_agendas_own_mark_by_the_bodys_abbreviation_after_an_earlier_handling(tmp_path: Path) -> None:
    """An agenda's own handling printed by the body's abbreviation and the meeting's date with no number
    (``Khall 22.02.2027``) below an earlier body's handling: the item's proposal and its empty decision
    are the ones after that mark; the earlier body's proposal and decision stay history."""
    path = _saved_item(
        tmp_path,
        [
            "Kunnanhallitus",
            "Esityslista 22.02.2027/Asianro 5",
            "",
            "Matkustusohjeen päivittäminen",
            "",
            "Henktmk 04.02.2027 § 3",
            "",
            " Kunnan matkustusohje on vuodelta 2015, ja sitä on tarpeen päivittää.",
            "",
            "Päätösehdotus Henkilöstötoimikunta käy ohjeen läpi ja esittää siitä huomionsa.",
            "",
            "Päätös Henkilöstötoimikunta hyväksyi osaltaan ohjeen.",
            "",
            "Khall 22.02.2027     ",
            "",
            "88/01.01.00/2027",
            "",
            "Valmistelija Marja Esimerkki, p. 040 123 4567",
            "",
            "Päätösehdotus Kunnanhallitus hyväksyy matkustusohjeen 1.3.2027 alkaen.",
            "",
            "Päätös",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert document.kind is DocumentKind.AGENDA
    assert item.proposal == "Kunnanhallitus hyväksyy matkustusohjeen 1.3.2027 alkaen."
    assert item.decision is None
    assert [(ref.date, ref.section) for ref in item.history] == [(date(2027, 2, 4), "3")]
    assert [p.name for p in item.preparers] == ["Marja Esimerkki"]


def test_a_page_without_host_or_chrome_takes_the_municipality_of_its_preparers_addresses(
    tmp_path: Path,
) -> None:
    """A page saved from its body's line on, with no host and no chrome naming the organisation: the
    municipality is the one whose domain the preparers' addresses use."""
    lines = [
        "Tekninen lautakunta",
        "Pöytäkirja 11.11.2027/Pykälä 70",
        "Katuvalojen uusiminen 2028",
        "TEKLK 11.11.2027 § 70",
        "140/02.02.00/2027",
        "Valmistelija Tekninen johtaja Erkki Esimerkki, erkki.esimerkki@kuhmoinen.fi, puh. 040 111 2222",
        "Päätösesitys Tekninen johtaja Erkki Esimerkki:",
        "Tekninen lautakunta hyväksyy katuvalojen uusimisen.",
        "Päätös",
        "Hyväksyttiin.",
    ]
    [document] = read_path(_written(tmp_path, lines))
    assert document.meeting.municipality is not None
    assert document.meeting.municipality.name == "Kuhmoinen"
