"""One list of office endings for every reader: a person line, a preparer and a deciding officer agree."""

from __future__ import annotations

import pytest

from paatosdata.parse.items import is_person_line
from paatosdata.parse.vendor_deciders import officer_from_text
from paatosdata.people import is_title_only, parse_person


@pytest.mark.parametrize(
    "office",
    [
        "Rakennusmestari",
        "Kanslisti",
        "Jurist",
        "Kaupunginlakimies",
        "Ylilääkäri",
        "Kaupungingeodeetti",
        "Borgmästare",
        "Juristiharjoittelija",
        "Stadssekreteraren",
        "Stadsdirektören",
        "Kirjastonhoitaja",
        "Taloudenhoitaja",
    ],
)
def test_every_reader_takes_the_same_offices(office: str) -> None:
    assert is_title_only(office)
    assert is_person_line(f"{office} Aino Kettunen")
    assert officer_from_text(f"{office} päätti myöntää luvan.") == office
    person = parse_person(f"{office} Aino Kettunen")
    assert (person.name, person.title) == ("Aino Kettunen", office.casefold())


def test_a_swedish_name_is_no_office() -> None:
    """The definite endings (``-ren``, ``-ören``) do not take given names that end alike."""
    assert (parse_person("Sören Berg").name, parse_person("Sören Berg").title) == ("Sören Berg", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Puheenjohtaja totesi kokouksen lailliseksi ja päätösvaltaiseksi.",
        "Ordföranden konstaterade att mötet var beslutfört.",
    ],
)
def test_a_chair_is_no_deciding_officer(sentence: str) -> None:
    """A chair's words state what the body did: the shared office endings do not make the chair an officer
    deciding alone (which would make the page an officer's decision)."""
    assert officer_from_text(sentence) is None


@pytest.mark.parametrize("agency", ["ELY-keskus", "TE-toimisto"])
def test_an_agency_named_by_its_abbreviation_before_a_name_is_no_part_of_the_name(agency: str) -> None:
    """A second contact printed under the preparer as ``ELY-keskus Aino Kettunen, p. 029 …``: the agency
    is where the person works, the name is two words."""
    person = parse_person(f" {agency} Aino Kettunen, p. 029 111 2222")
    assert (person.name, person.title, person.phone) == ("Aino Kettunen", agency, "029 111 2222")
