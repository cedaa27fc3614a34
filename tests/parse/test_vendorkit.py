"""Helpers of the API readers and the vendor headings they added to the shared lexicon."""

from __future__ import annotations

import pytest

from paatosdata.lexicon import classify_heading
from paatosdata.model import AppealKind
from paatosdata.parse.vendor_appeal import appeal_info
from paatosdata.parse.vendor_deciders import body_from_text, officer_from_text, split_list
from paatosdata.parse.vendor_html import tidy
from paatosdata.parse.vendor_municipalities import municipality_for


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Kunnanjohtajan ehdotus", "proposal"),
        ("Esittelijän päätösehdotus:", "proposal"),
        ("Lisätietojen antajat", "preparers"),
        ("OHJEET OIKAISUVAATIMUKSEN TEKEMISEKSI", "appeal"),
        ("Beslutsförslag", "proposal"),
        ("Sändlista", "distribution"),
        ("Tekniska nämndens förslag", "proposal"),
        ("Svenska sektionens beslutsförslag:", "proposal"),
        # a body's esitys as its ehdotus, as an office's esitys is
        ("Kaupunginhallituksen esitys", "proposal"),
        ("Lautakunnan esitys:", "proposal"),
    ],
)
def test_vendor_headings(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


def test_appeal_period_court_and_ban_statute() -> None:
    info = appeal_info(
        "VALITUSOSOITUS",
        "Valitus tehdään kolmenkymmenen (30) päivän kuluessa Hämeenlinnan hallinto-oikeudelle.",
    )
    assert info is not None
    assert (info.kind, info.period_days, info.authority) == (
        AppealKind.MUNICIPAL_APPEAL,
        30,
        "Hämeenlinnan hallinto-oikeus",
    )
    ban = appeal_info("MUUTOKSENHAKUKIELTO", "Sovellettava lainkohta: Kuntalaki 136 §")
    assert ban is not None and ban.statute is not None
    assert (ban.kind, ban.statute.abbreviation, ban.statute.section) == (
        AppealKind.APPEAL_BAN,
        "KuntaL",
        "136",
    )
    assert appeal_info("Muutoksenhaku", "Tekstiä ilman ohjetta.") is None


def test_a_ban_with_its_statute_between_the_verb_and_the_remedy() -> None:
    """``ei saa tehdä kuntalain 136 §:n mukaan oikaisuvaatimusta`` is a ban, not rectification instructions;
    instructions that only mention what is not allowed further on stay instructions."""
    ban = appeal_info(
        "Muutoksenhaku",
        "Päätöksestä ei saa tehdä kuntalain 136 §:n mukaan oikaisuvaatimusta eikä kunnallisvalitusta, "
        "koska päätös koskee vain valmistelua.",
    )
    assert ban is not None and ban.statute is not None
    assert (ban.kind, ban.statute.section) == (AppealKind.APPEAL_BAN, "136")
    ban = appeal_info(
        "Muutoksenhaku",
        "Valmistelua koskevasta päätöksestä ei saa kuntalain 136 §:n nojalla tehdä oikaisuvaatimusta.",
    )
    assert ban is not None and ban.kind is AppealKind.APPEAL_BAN  # the statute before the verb
    rectification = appeal_info(
        "Oikaisuvaatimusohje",
        "Oikaisuvaatimuksen saa tehdä asianosainen. Oikaisuvaatimus on tehtävä 14 päivän kuluessa.",
    )
    assert rectification is not None and rectification.kind is AppealKind.RECTIFICATION


def test_a_ban_headed_by_a_compound_of_both_remedies() -> None:
    """``Oikaisuvaatimus- ja valituskielto`` opens with the rectification's stem but is a ban of both;
    a text that only speaks of the time for either (``oikaisuvaatimus- tai valitusaika``) is no ban."""
    ban = appeal_info(
        "Muutoksenhaku",
        "Oikaisuvaatimus- ja valituskielto\n\nTästä valmistelua koskevasta päätöksestä ei saa hakea "
        "muutosta. (Laki hyvinvointialueesta 141 §)",
    )
    assert ban is not None and ban.kind is AppealKind.APPEAL_BAN
    ban = appeal_info("Oikaisuvaatimus- tai kunnallisvalituskielto", "Koskee vain täytäntöönpanoa.")
    assert ban is not None and ban.kind is AppealKind.APPEAL_BAN
    rectification = appeal_info(
        "Oikaisuvaatimusohje",
        "Oikaisuvaatimus- tai valitusaika lasketaan tiedoksisaannista. Oikaisuvaatimus tehdään johtajalle.",
    )
    assert rectification is not None and rectification.kind is AppealKind.RECTIFICATION


def test_body_and_lists_and_municipalities() -> None:
    assert body_from_text("Konserni- ja elinvoimajaosto päättää, että …") == "Konserni- ja elinvoimajaosto"
    assert body_from_text("Puheenjohtaja: ehdotus") is None
    assert split_list("A Oy, B-, C- ja D-keskus, E") == ["A Oy", "B-, C- ja D-keskus", "E"]
    tampere = municipality_for("http://tampere.cloudnc.fi/api/opennc/v1/$metadata")
    assert tampere is not None and (tampere.name, tampere.code) == ("Tampere", "837")
    unknown = municipality_for("https://esimerkkila.cloudnc.fi/fi-FI")
    assert unknown is not None and (unknown.slug, unknown.code) == ("esimerkkila", None)
    assert municipality_for("not a host") is None


def test_tidy_drops_soft_hyphens_and_keeps_real_ones() -> None:
    text = "Kaupunki\u00adympäristö\u00a0lautakunta\r\n\r\n\r\nEsi-isät  ja   maa-alue"
    assert tidy(text) == "Kaupunkiympäristö lautakunta\n\nEsi-isät ja maa-alue"


def test_an_office_holder_named_with_four_words_before_the_title() -> None:
    """``Kasvatuksen ja koulutuksen toimialan apulaispormestari päätti …``: five words name the office
    holder; before, only four were looked at and the decision stayed a body's minutes."""
    text = "Kasvatuksen ja koulutuksen toimialan apulaispormestari päätti, ettei asiaa oteta käsiteltäväksi."
    assert officer_from_text(text) == "Kasvatuksen ja koulutuksen toimialan apulaispormestari"


def test_an_office_whose_name_has_a_comma_after_a_hyphenated_stem() -> None:
    """``Kirjasto-, museo- ja arkistopalvelujen johtaja päätti …``: the comma after a hyphenated stem is
    part of the office's name, as it is of a body's; before, the office holder was not found at all."""
    text = "Kirjasto-, museo- ja arkistopalvelujen johtaja päätti hyväksyä Lukulamppu Oy:n tarjouksen."
    assert officer_from_text(text) == "Kirjasto-, museo- ja arkistopalvelujen johtaja"
    text = "Ympäristö-, lupa- ja valvontatoimialan toimialajohtaja päätti, että sopimusta jatketaan."
    assert officer_from_text(text) == "Ympäristö-, lupa- ja valvontatoimialan toimialajohtaja"


def test_a_body_whose_name_has_a_comma_after_a_hyphenated_stem() -> None:
    """``Sosiaali-, terveys- ja pelastuslautakunta päätti …``: the comma belongs to the name."""
    text = "Sosiaali-, terveys- ja pelastuslautakunta päätti, että maksut ovat liitteen mukaiset."
    assert body_from_text(text) == "Sosiaali-, terveys- ja pelastuslautakunta"


def test_a_section_of_a_committee_named_with_six_words() -> None:
    """``Ympäristölautakunnan katujen ja viheralueiden suunnittelun jaosto päätti …``: a committee's section
    whose name runs to six words (``ja`` counted with the word after it); before, only the first five words
    were looked at and no body was found."""
    text = "Ympäristölautakunnan katujen ja viheralueiden suunnittelun jaosto päätti hyväksyä suunnitelman."
    assert body_from_text(text) == "Ympäristölautakunnan katujen ja viheralueiden suunnittelun jaosto"
    assert body_from_text("Rakennusvalvonnan tarkastaja ja kaksi muuta henkilöä päätti asiasta.") is None
