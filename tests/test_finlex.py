"""IRIs of cited statutes, municipal regulations and earlier decisions."""

from __future__ import annotations

from datetime import date

import pytest

from paatosdata.config import Config
from paatosdata.finlex import decision_reference_iri, regulation_links, regulation_slug, statute_links
from paatosdata.model import DecisionReference, LegalReference

BASE = "https://w3id.org/paatosdata"


def test_statute_links_at_work_level() -> None:
    links = statute_links(
        LegalReference("JulkL 24 § 1 mom. 32 k", kind="statute", number=621, year=1999, section="24")
    )
    assert links is not None
    assert links.eli == "http://data.finlex.fi/eli/sd/1999/621/ajantasa"
    assert links.akn == "/akn/fi/act/statute/1999/621"
    assert "pykala" not in links.eli and "sec" not in links.akn


@pytest.mark.parametrize(
    "ref",
    [
        LegalReference("KuntaL 90 §", kind="statute", section="90"),
        LegalReference("x", kind="statute", number=0, year=2015),
        LegalReference("x", kind="statute", number=410, year=15),
        LegalReference("x", kind="regulation", number=410, year=2015),
        LegalReference("x"),
    ],
)
def test_no_statute_links_without_number_and_year(ref: LegalReference) -> None:
    assert statute_links(ref) is None


def test_regulation_links() -> None:
    ref = LegalReference(
        "Kuopion kaupungin hallintosääntö 32 §",
        kind="regulation",
        name="Kuopion kaupungin hallintosääntö",
        section="32",
    )
    links = regulation_links(ref, BASE, "kuopio")
    assert links is not None
    assert links.regulation == f"{BASE}/akn/fi-kuopio/act/hallintosaanto"
    assert links.section == f"{BASE}/akn/fi-kuopio/act/hallintosaanto/~sec_32"
    whole = regulation_links(
        LegalReference("hallintosääntö", kind="regulation", name="Hallintosääntö"), BASE, ""
    )
    assert (
        whole is not None
        and whole.section is None
        and whole.regulation == f"{BASE}/akn/fi/act/hallintosaanto"
    )
    assert regulation_links(LegalReference("32 §", kind="regulation"), BASE, "kuopio") is None


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Kuopion kaupungin hallintosääntö", "hallintosaanto"),
        ("Helsingin kaupungin hallintosääntö", "hallintosaanto"),
        ("Ympäristönsuojelumääräykset", "ymparistonsuojelumaaraykset"),
        ("Kunnan rakennusjärjestys", "rakennusjarjestys"),
    ],
)
def test_regulation_slug(name: str, slug: str) -> None:
    assert regulation_slug(name) == slug


def test_decision_reference_iri_expands_abbreviations() -> None:
    config = Config()
    ref = DecisionReference(
        "kh 21.10.2025, § 293", body_abbreviation="kh", date=date(2025, 10, 21), section="293"
    )
    assert decision_reference_iri(ref, BASE, "kuopio", config) == (
        f"{BASE}/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2025-10-21/293"
    )
    named = DecisionReference("x", body="Tekninen lautakunta", date=date(2025, 1, 2), section="§ 7")
    assert decision_reference_iri(named, BASE, "kuopio", config) == (
        f"{BASE}/akn/fi-kuopio/statement/deliberation/tekninen-lautakunta/2025-01-02/7"
    )


@pytest.mark.parametrize(
    "ref",
    [
        DecisionReference("xyz 1.1.2026 § 1", body_abbreviation="xyz", date=date(2026, 1, 1), section="1"),
        DecisionReference("kh § 1", body_abbreviation="kh", section="1"),
        DecisionReference("kh 1.1.2026", body_abbreviation="kh", date=date(2026, 1, 1)),
    ],
)
def test_no_decision_iri_when_something_is_unknown(ref: DecisionReference) -> None:
    assert decision_reference_iri(ref, BASE, "kuopio", Config()) is None


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Muutoksenhakukielto (Laki hyvinvointialueesta 141 §)", "141"),
        ("Hyvinvointialuelain 112 §:n mukaan aluehallitus johtaa toimintaa.", "112"),
        ("Hyvinvointialueesta annetun lain 95 §:n mukaan aluevaltuusto päättää.", "95"),
        ("Enligt 141 § i lagen om välfärdsområden får ändring inte sökas.", "141"),
    ],
)
def test_the_wellbeing_services_counties_act_is_a_statute(text: str, section: str) -> None:
    """The act on wellbeing services counties (611/2021), in each way pages name it, is the statute it is,
    linked to Finlex like any other."""
    from paatosdata.legal import parse_legal_references

    [ref] = parse_legal_references(text)
    assert (ref.kind, ref.number, ref.year, ref.section) == ("statute", 611, 2021, section)
    links = statute_links(ref)
    assert links is not None and links.eli == "http://data.finlex.fi/eli/sd/2021/611/ajantasa"
