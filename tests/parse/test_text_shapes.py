"""Layouts the text reader must handle, written inline: headings, contents lists, closing pages."""

from __future__ import annotations

from datetime import date, time

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse.text import read_text

WHOLE = """\
Tuulijärven kunta
Kunnanhallitus

ESITYSLISTA 7/2026

Aika: 15.6.2026 klo 18.00
Paikka: Kunnantalo

Käsiteltävät asiat

§ 1 Kokouksen laillisuus ja päätösvaltaisuus
§ 2 Talousarvion toteutuminen

§ 1 Kokouksen laillisuus ja päätösvaltaisuus

Päätösehdotus:
Puheenjohtaja toteaa kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi.

§ 2 Talousarvion toteutuminen

Esittelijä: kunnanjohtaja Ilkka Harjunpää

Päätösehdotus:
Kunnanhallitus merkitsee toteutuman tiedoksi.

#### Taustaa ja aikataulu
Toteutumaraportti valmistui 10.6.2026.
"""


def test_contents_list_is_not_items_and_agenda_kind() -> None:
    doc = read_text(WHOLE, "esityslista.txt")
    assert [i.number for i in doc.items] == ["1", "2"]
    assert doc.kind is DocumentKind.AGENDA and doc.whole is True
    assert doc.meeting.number == "7/2026" and doc.meeting.date == date(2026, 6, 15)
    assert doc.meeting.place == "Kunnantalo"
    assert doc.items[0].span is not None and doc.items[0].span.line == 14
    assert any("§ 2 Talousarvion toteutuminen" in s.text for s in doc.sections)


def test_unknown_heading_is_kept_as_generic_section() -> None:
    item = read_text(WHOLE, "esityslista.txt").items[1]
    generic = item.sections[-1]
    assert (generic.kind, generic.heading, generic.text) == (
        "generic",
        "Taustaa ja aikataulu",
        "Toteutumaraportti valmistui 10.6.2026.",
    )
    assert item.presenter is not None and item.presenter.name == "Ilkka Harjunpää"
    assert item.proposal == "Kunnanhallitus merkitsee toteutuman tiedoksi."


CLOSING = """\
§ 9 Ilmoitusasiat

Päätös
Merkittiin tiedoksi.

Allekirjoitukset

Leena Haapasalo          Henrik Salmi
puheenjohtaja            pöytäkirjanpitäjä

Pöytäkirjan tarkastus

Pöytäkirja on tarkastettu 16.3.2026.

Pöytäkirja yleisesti nähtävänä 17.3.2026
"""


def test_closing_pages_end_the_last_item() -> None:
    doc = read_text(CLOSING, "loppu.txt")
    (item,) = doc.items
    assert item.decision == "Merkittiin tiedoksi." and item.outcome is Outcome.NOTED
    assert [(s.person.name, s.role) for s in doc.signatures] == [
        ("Leena Haapasalo", "puheenjohtaja"),
        ("Henrik Salmi", "pöytäkirjanpitäjä"),
    ]
    assert doc.checked is True and doc.published == date(2026, 3, 17)
    assert {s.kind for s in doc.sections} >= {"signatures", "checking", "public_view"}


def test_heading_with_text_on_one_line() -> None:
    text = (
        "§ 4 Lausunto\n\n"
        "**Lisätiedot:** suunnittelija Eeva Salo, puh. 040 555 0100\n\n"
        "Päätösehdotus     Kaupunginjohtaja Jukka Virtanen\n\n"
        "Kaupunginhallitus antaa lausunnon.\n\n"
        "Päätös Hyväksyttiin.\n"
    )
    item = read_text(text, "x.md").items[0]
    assert [s.kind for s in item.sections] == ["preparers", "proposal"]
    assert item.preparers[0].name == "Eeva Salo"
    assert item.presenter is not None and item.presenter.title == "kaupunginjohtaja"
    # "Päätös Hyväksyttiin." has no colon, gap or person after the word: it stays text
    assert item.proposal == "Kaupunginhallitus antaa lausunnon.\n\nPäätös Hyväksyttiin."


def test_no_items_is_an_error() -> None:
    with pytest.raises(ParseError):
        read_text("Pelkkää tekstiä.\n", "x.txt")
    with pytest.raises(ParseError):
        read_text("\n\n", "x.txt")


def test_cover_without_items_is_read() -> None:
    doc = read_text("Sivistyslautakunta\n\nKokousaika 1.2.2026 klo 17.00 - 18.30\n", "kutsu.txt")
    assert doc.items == [] and doc.whole is False
    assert doc.meeting.body.name == "Sivistyslautakunta" and doc.meeting.date == date(2026, 2, 1)


def test_swedish_cover() -> None:
    text = (
        "Skärviks kommun\nKommunstyrelsen\n\nPROTOKOLL 5/2026\n\n"
        "Tid 4.5.2026 kl. 18.00–20.10\nPlats Kommunhuset\n\n"
        "Närvarande\n\nAnna Sundqvist, ordförande\nMats Holmberg, ledamot\n\n"
        "Frånvarande\n\nEva Björk, ersättare\n\n"
        "Övriga närvarande\n\nHenrik Åberg, kommundirektör, föredragande\n\n"
        "Protokollet framlagt till påseende 11.5.2026\n\n"
        "§ 66 Val av protokolljusterare\n\nBeslut\n\nTill protokolljusterare valdes Mats Holmberg.\n"
    )
    doc = read_text(text, "protokoll.md")
    assert doc.language == "sv" and doc.whole is True and doc.meeting.number == "5/2026"
    assert (doc.meeting.start, doc.meeting.end, doc.meeting.place) == (
        time(18, 0),
        time(20, 10),
        "Kommunhuset",
    )
    assert [(p.person.name, p.role, p.present) for p in doc.meeting.participants] == [
        ("Anna Sundqvist", "puheenjohtaja", True),
        ("Mats Holmberg", "jäsen", True),
        ("Eva Björk", "varajäsen", False),
        ("Henrik Åberg", "esittelijä", True),
    ]
    assert doc.published == date(2026, 5, 11)
    assert doc.items[0].outcome is Outcome.ELECTED


def test_dynasty_presenter_after_one_space() -> None:
    text = (
        "Kaupunginhallitus\nPöytäkirja 20.06.2017/Pykälä 156\n\n"
        "Valtuustoaloite\n\n"
        "Päätösehdotus Kaupunginjohtaja Jukka Mäkelä\n"
        "Kaupunginhallitus ehdottaa, että valtuusto merkitsee vastauksen tiedoksi.\n\n"
        "Päätös     Ehdotus hyväksyttiin.\n"
    )
    doc = read_text(text, "dynasty.txt")
    (item,) = doc.items
    assert (item.number, item.number_raw, item.title) == ("156", "Pykälä 156", "Valtuustoaloite")
    assert doc.meeting.body.name == "Kaupunginhallitus" and doc.meeting.date == date(2017, 6, 20)
    assert item.presenter is not None
    assert (item.presenter.title, item.presenter.name) == ("kaupunginjohtaja", "Jukka Mäkelä")
    assert item.proposal == "Kaupunginhallitus ehdottaa, että valtuusto merkitsee vastauksen tiedoksi."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin.", Outcome.APPROVED)


KUOPIO_COVER = """\
Kuopion kaupunki
Kaupunginhallitus

PÖYTÄKIRJA 12/2026

Muutoksenhakuohjeet

Kuntalain 136 §:n mukaan seuraaviin päätöksiin ei saa hakea muutosta: §§ 116–117, 120–122

Oikaisuvaatimusohje, §§ 118–119. Oikaisuvaatimus tehdään kaupunginhallitukselle 14 päivän kuluessa.

Valitusosoitus § 123, kunnallisvalitus Itä-Suomen hallinto-oikeuteen 30 päivän kuluessa.

§ 116 Kokouksen laillisuus
"""


def test_cover_instructions_without_subheadings() -> None:
    doc = read_text(KUOPIO_COVER, "kh.md")
    assert [(a.kind.value, a.applies_to, a.period_days) for a in doc.appeal_instructions] == [
        ("appealBan", ["116", "117", "120", "121", "122"], None),
        ("rectification", ["118", "119"], 14),
        ("municipalAppeal", ["123"], 30),
    ]
    assert doc.appeal_instructions[1].authority == "kaupunginhallitukselle"
    assert doc.appeal_instructions[2].authority == "Itä-Suomen hallinto-oikeuteen"


def test_titles_above_headers_and_items_without_blank_lines() -> None:
    text = (
        "## **Laillisuus ja päätösvaltaisuus**\n\nKaupunginhallitus 02.05.2026 § 186\n\n"
        "Päätös\n\nTodettiin laillisesti koolle kutsutuksi.\n\n"
        "## **Pöytäkirjan tarkastus**\n\nKaupunginhallitus 02.05.2026 § 187\n\n"
        "Päätös\n\nTarkastajiksi valittiin Anna Berg ja Olli Saari.\n"
        "§ 188 Ilmoitusasiat\nPäätös\nMerkittiin tiedoksi.\n"
    )
    doc = read_text(text, "kh.md")
    assert [(i.number, i.title) for i in doc.items] == [
        ("186", "Laillisuus ja päätösvaltaisuus"),
        ("187", "Pöytäkirjan tarkastus"),
        ("188", "Ilmoitusasiat"),
    ]
    assert [i.outcome for i in doc.items] == [None, Outcome.ELECTED, Outcome.NOTED]


def test_genitive_seconder_resolved_from_participants() -> None:
    text = (
        "Tekninen lautakunta\n\nPÖYTÄKIRJA 2/2026\n\n"
        "Läsnä\n\nAino Lehto, puheenjohtaja\nVille Ranta, jäsen\nPekka Mäkelä, jäsen\n\n"
        "§ 12 Katusuunnitelma\n\nKäsittely\n\n"
        "Jäsen Pekka Mäkelä ehdotti Ville Rannan kannattamana, että asia palautetaan valmisteluun. "
        "Ehdotus hyväksyttiin yksimielisesti.\n\n"
        "Päätös\n\nLautakunta palautti asian valmisteluun.\n"
    )
    (item,) = read_text(text, "tela.md").items
    (motion,) = item.motions
    assert (motion.proposer, motion.seconder, motion.kind) == ("Pekka Mäkelä", "Ville Ranta", "return")
    assert item.outcome is Outcome.RETURNED


def test_participants_in_a_markdown_table() -> None:
    text = (
        "# Sivistyslautakunta\n\nPÖYTÄKIRJA 4/2026\n\n**Saapuvilla olleet jäsenet**\n\n"
        "| Nimi | Tehtävä | Huom. |\n|---|---|---|\n"
        "| Leena Haapasalo | puheenjohtaja | |\n"
        "| Tapio Kärkkäinen | jäsen | saapui klo 16.30, § 3 |\n\n"
        "§ 1 Kokouksen laillisuus\n\nPäätös\n\nTodettiin.\n"
    )
    doc = read_text(text, "t.md")
    assert [(p.person.name, p.role, p.note) for p in doc.meeting.participants] == [
        ("Leena Haapasalo", "puheenjohtaja", None),
        ("Tapio Kärkkäinen", "jäsen", "saapui klo 16.30, § 3"),
    ]
    assert doc.meeting.participants[1].span is not None and doc.meeting.participants[1].span.line == 10


@pytest.mark.parametrize("office", ["Pormestarin", "Kaupunginsihteerin", "Rehtorin", "Kunnaninsinöörin"])
def test_a_proposal_headed_by_any_office_is_the_proposal(office: str) -> None:
    """``Pormestarin päätösehdotus`` heads the proposal as ``Kunnanjohtajan päätösehdotus`` does: the
    office need not be a director's (before, the proposal was read as part of the reasons)."""
    text = (
        "Kaupunginhallitus\nPöytäkirja 2/2026\nAika 3.2.2026 klo 17.00\n\n§ 8 Katusuunnitelma\n\n"
        "Selostus\nKatusuunnitelma on ollut nähtävillä.\n\n"
        f"{office} päätösehdotus\nKaupunginhallitus hyväksyy katusuunnitelman.\n\nPäätös\nHyväksyttiin.\n"
    )
    [item] = read_text(text, "k.txt").items
    assert item.reasons == "Katusuunnitelma on ollut nähtävillä."
    assert item.proposal == "Kaupunginhallitus hyväksyy katusuunnitelman."


@pytest.mark.parametrize("heading", ["Khall päätösehdotus", "Kh:n päätösesitys", "Tela päätösehdotus:"])
def test_a_proposal_headed_by_a_bodys_abbreviation_is_the_proposal(heading: str) -> None:
    """``Khall päätösehdotus`` (the body's abbreviation, not its genitive) heads the proposal in a text
    too, as it does on a Dynasty page: the heading table is shared by every reader."""
    text = (
        "Kaupunginvaltuusto\nPöytäkirja 3/2026\nAika 9.3.2026 klo 18.00\n\n§ 12 Tonttijako\n\n"
        "Selostus\nTonttijako on laadittu.\n\n"
        f"{heading}\nKaupunginvaltuusto hyväksyy tonttijaon.\n\nPäätös\nHyväksyttiin.\n"
    )
    [item] = read_text(text, "v.txt").items
    assert item.reasons == "Tonttijako on laadittu."
    assert item.proposal == "Kaupunginvaltuusto hyväksyy tonttijaon."
