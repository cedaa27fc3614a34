"""The vendor readers' municipalities come from the shared municipality table; only the vendors' own
short names (diary prefixes, e-mail domains) and CaseM hosts are their own."""

from __future__ import annotations

import pytest

from paatosdata.parse.municipalities import BY_CODE, MUNICIPALITIES
from paatosdata.parse.vendor_municipalities import municipality_for, municipality_from_emails


def test_every_municipality_of_the_table_by_name() -> None:
    for record in MUNICIPALITIES:
        assert municipality_for(record.name) == record.municipality()
        if record.name_sv:
            assert municipality_for(record.name_sv) == record.municipality()


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("hel", "091"),
        ("HEL", "091"),
        ("TRE", "837"),
        ("MliDno", "491"),
        ("JARDno", "186"),  # Järvenpää's CaseM diary prefix
        ("698Dno", "698"),  # the municipality's code before "Dno"
        ("PRIDno", "609"),  # Pori's CaseM diary prefix
        ("ROIDno", "698"),  # Rovaniemi's
        ("TUUDno", "858"),  # Tuusula's
        ("MjuDno", "507"),  # Mäntyharju's
        ("KNGDno", "213"),  # Kangasniemi's
        ("OUKA", "564"),
        ("https://tampere.cloudnc.fi/api/opennc/v1/$metadata", "837"),
        ("kuopio.cloudnc.fi", "297"),
        ("https://kokkola10.cloudnc.fi/fi-FI", "272"),
    ],
)
def test_short_names_prefixes_and_hosts(key: str, code: str) -> None:
    found = municipality_for(key)
    assert found == BY_CODE[code].municipality()
    assert found is not None and found.name_sv == BY_CODE[code].name_sv


def test_what_names_no_municipality() -> None:
    unknown = municipality_for("https://esimerkkila.cloudnc.fi/fi-FI")
    assert unknown is not None and (unknown.name, unknown.slug, unknown.code) == (
        "Esimerkkila",
        "esimerkkila",
        None,
    )
    assert municipality_for("not a host") is None
    assert municipality_for("Dno") is None
    assert municipality_for("tuu") is None  # a dnro prefix's short part names nothing without "Dno"
    assert municipality_for("LAIDno") is None  # Laihia's and Laitila's both
    assert municipality_for("999Dno") is None  # no municipality has this code
    assert municipality_for("Etelä-Savon hyvinvointialue") is None
    assert municipality_for(None) is None


def test_e_mail_domains() -> None:
    helsinki = municipality_from_emails("a.b@hel.fi, c.d@helsinki.fi")
    assert helsinki is not None and (helsinki.name, helsinki.name_sv) == ("Helsinki", "Helsingfors")
    assert municipality_from_emails("a@kuopio.fi").code == "297"  # type: ignore[union-attr]
    assert municipality_from_emails("a@kuopio.fi, b@ouka.fi") is None
    assert municipality_from_emails("a@example.fi") is None
