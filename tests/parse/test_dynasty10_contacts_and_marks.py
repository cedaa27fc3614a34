"""Dynasty 10 item pages saved as text: where the contacts under a heading of their own end, sentences that
open with a contact heading's words, and the order a preparer's name is read in."""

from __future__ import annotations

from pathlib import Path

from paatosdata.parse import read_path
from tests.parse.dynasty_pages import saved_item


def test_a_line_leading_into_the_presentation_ends_the_contacts(tmp_path: Path) -> None:
    """``Lisätiedot:`` on a line of its own, the preparer's line and address under it, then a line leading
    into the presentation's first paragraph (``Hallintosäännön 45 §:n mukaan:``): that line opens the
    presentation and is no contact."""
    path = saved_item(
        tmp_path,
        [
            "Kunnanvaltuusto",
            "Pöytäkirja 16.03.2026/Pykälä 12",
            "",
            "Valtuustoaloitteet vuodelta 2025",
            "",
            "KV 16.03.2026 § 12",
            "",
            "77/00.02.10.00/2026",
            "",
            "Lisätiedot:",
            "",
            "hallintojohtaja Erkki Esimerkki, puh. 040 123 4567",
            "",
            "etunimi.sukunimi@esimerkkila.fi",
            "",
            "Hallintosäännön 45 §:n mukaan:",
            "",
            "Kunnanhallituksen on vuosittain maaliskuun loppuun mennessä annettava valtuustolle luettelo"
            " valtuutettujen tekemistä aloitteista ja niiden käsittelystä.",
            "",
            "Päätösehdotus Kunnanvaltuusto merkitsee luettelon tiedoksi.",
            "",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Erkki Esimerkki", "040 123 4567")]
    assert (item.reasons or "").startswith("Hallintosäännön 45 §:n mukaan:\nKunnanhallituksen on vuosittain")


def test_a_sentence_opening_with_a_contact_headings_words_stays_in_the_text(tmp_path: Path) -> None:
    """``Lisätietoja on saatavilla …`` is a sentence of the presentation that happens to start with a
    contact heading's word: it names nobody, so it opens no preparers' part and stays in the text."""
    path = saved_item(
        tmp_path,
        [
            "Tekninen lautakunta",
            "Pöytäkirja 12.05.2026/Pykälä 30",
            "",
            "Kevyen liikenteen silta Myllyjoen yli",
            "",
            "TELA 12.05.2026 § 30",
            "",
            "Selostus Kunta on suunnitellut uutta siltaa vuodesta 2024.",
            "",
            "Lisätietoja hankkeesta on saatavilla kunnan verkkosivuilla.",
            "",
            "Silta rakennetaan kesällä 2027 ja sen kustannusarvio on noin 400 000 euroa.",
            "",
            "Päätösehdotus Tekninen lautakunta hyväksyy sillan suunnitelman.",
            "",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.preparers == []
    assert "Lisätietoja hankkeesta on saatavilla kunnan verkkosivuilla." in (item.reasons or "")
    assert (item.reasons or "").endswith("kustannusarvio on noin 400 000 euroa.")


def test_mer_information_on_a_line_of_its_own_heads_the_contacts(tmp_path: Path) -> None:
    """A Swedish page: ``Mer information:`` alone on its line heads the contacts (office, name and phone,
    then an address), as ``Mer information fås av`` does; the presentation starts after them."""
    path = saved_item(
        tmp_path,
        [
            "Stadsfullmäktige",
            "Protokoll 16.03.2026/Paragraf 8Obehandlade motioner från år 2025",
            "",
            "STF 16.03.2026 § 8",
            "",
            "91/00.02.10.00/2026",
            "",
            "Mer information:",
            "",
            "stadsjurist Lina Exempel, tfn 040 765 4321",
            "",
            "fornamn.efternamn@exempelby.fi",
            "",
            "Enligt 45 § i stadens förvaltningsstadga:",
            "",
            "Stadsstyrelsen ska årligen före utgången av mars lämna fullmäktige en förteckning över de"
            " motioner som ännu inte behandlats slutgiltigt.",
            "",
            "Beslutsförslag Fullmäktige antecknar förteckningen för kännedom.",
            "",
            "Beslut Förslaget godkändes.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.phone) for p in item.preparers] == [("Lina Exempel", "040 765 4321")]
    assert (item.reasons or "").startswith("Enligt 45 § i stadens förvaltningsstadga:\nStadsstyrelsen ska")


def test_a_presenter_printed_surname_first_does_not_turn_the_preparer(tmp_path: Path) -> None:
    """The presenter is printed surname first (``Sivistysjohtaja Mallinen Pekka``), the preparer given name
    first (``Valmistelija Otso Esimerkkilä``), neither of whose words is a known given name: the preparer's
    own line shows no surname-first order, so the name stays as printed; the presenter is turned."""
    path = saved_item(
        tmp_path,
        [
            "Vapaa-aikalautakunta",
            "Pöytäkirja 10.09.2026/Pykälä 44",
            "",
            "Frisbeegolfradan rakentaminen urheilupuistoon",
            "",
            "VAPLA 10.09.2026 § 44",
            "",
            "803/12.04.02/2026",
            "",
            "Valmistelija Otso Esimerkkilä",
            "",
            "Urheilupuistoon rakennetaan yhdeksän väylän frisbeegolfrata, jonka kustannusarvio on"
            " 12 000 euroa.",
            "",
            "Esittelijä Sivistysjohtaja Mallinen Pekka",
            "",
            "Päätösehdotus Vapaa-aikalautakunta hyväksyy radan rakentamisen.",
            "",
            "Päätös Ehdotus hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Otso Esimerkkilä"]
    assert item.presenter is not None and item.presenter.name == "Pekka Mallinen"


def test_a_handling_printed_date_first_with_its_body_below_is_a_mark(tmp_path: Path) -> None:
    """``16.11.2026 § 174`` over ``Kuntayhtymähallitus``: the page's own handling printed date first, its
    body on the next line; a mark, not text, so the presentation starts after it. An earlier handling
    printed so in one paragraph (``20.10.2026 § 55`` / ``Perusturvalautakunta``) is history."""
    path = saved_item(
        tmp_path,
        [
            "Kuntayhtymähallitus",
            "Pöytäkirja 16.11.2026/Pykälä 174",
            "",
            "Perhehoidon palkkiot 1.1.2027 alkaen",
            "",
            "612/02.02.00/2026",
            "",
            "20.10.2026 § 55",
            "Perusturvalautakunta",
            "",
            "Perusturvalautakunta on valmistellut perhehoidon palkkioiden tarkistuksen vuodelle 2027 ja"
            " esittää sen hallitukselle.",
            "",
            "16.11.2026 § 174",
            "",
            "Kuntayhtymähallitus",
            "",
            "Perhehoitajille maksettavat palkkiot tarkistetaan vuosittain palkkakertoimella, joka on vuodelle"
            " 2027 vahvistettu.",
            "",
            "Päätösehdotus Kuntayhtymähallitus hyväksyy perhehoidon palkkiot liitteen mukaisesti.",
            "",
            "Päätös Hyväksyttiin.",
        ],
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.body, ref.section) for ref in item.history] == [("Perusturvalautakunta", "55")]
    assert (item.reasons or "").startswith("Perhehoitajille maksettavat palkkiot tarkistetaan")
    assert "16.11.2026" not in (item.reasons or "")
