"""The municipality and wellbeing services county tables, and naming a page's municipality from them."""

from __future__ import annotations

import re

import pytest

from paatosdata.model import Municipality
from paatosdata.parse.municipalities import (
    BY_CODE,
    COUNTIES,
    KNOWN,
    MUNICIPALITIES,
    in_force,
    municipality_by_name,
    municipality_from_host,
    municipality_from_label,
)

#: the table as it was before the full list: genitive → (name, code, Swedish name)
EARLIER = {
    "espoon": ("Espoo", "049", "Esbo"),
    "helsingin": ("Helsinki", "091", "Helsingfors"),
    "vantaan": ("Vantaa", "092", "Vanda"),
    "kauniaisten": ("Kauniainen", "235", "Grankulla"),
    "kuopion": ("Kuopio", "297", None),
    "mikkelin": ("Mikkeli", "491", "S:t Michel"),
    "oulun": ("Oulu", "564", "Uleåborg"),
    "tampereen": ("Tampere", "837", "Tammerfors"),
    "turun": ("Turku", "853", "Åbo"),
}


def test_earlier_entries_keep_their_values() -> None:
    for genitive, values in EARLIER.items():
        assert KNOWN[genitive] == values


def test_counts_codes_and_kinds() -> None:
    assert len(MUNICIPALITIES) == 309  # 2023–2024, Pertunmaa included
    assert len(in_force(2025)) == 308  # Pertunmaa joined Mäntyharju on 1 January 2025
    assert len(in_force(2024)) == 309
    assert [r.name for r in MUNICIPALITIES if r.until] == ["Pertunmaa"]
    codes = [r.code for r in MUNICIPALITIES]
    assert all(re.fullmatch(r"\d{3}", code) for code in codes)
    assert len(set(codes)) == len(codes) == len(BY_CODE)
    assert codes == sorted(codes)
    assert {r.kind for r in MUNICIPALITIES} == {"kaupunki", "kunta"}
    assert sum(r.kind == "kaupunki" for r in in_force(2025)) == 108
    # Åland's 16 municipalities
    aland = {"035", "043", "060", "062", "065", "076", "170", "295", "318", "417", "438", "478", "736", "766"}
    aland |= {"771", "941"}
    assert aland <= set(BY_CODE)
    assert len({r.genitive.casefold() for r in MUNICIPALITIES}) == 309
    assert len({r.slug for r in MUNICIPALITIES}) == 309


def test_counties() -> None:
    assert len(COUNTIES) == 21
    assert [c.code for c in COUNTIES] == [f"{n:02d}" for n in range(1, 22)]
    assert all(
        c.name.endswith(" hyvinvointialue") and c.name_sv.endswith(" välfärdsområde") for c in COUNTIES
    )


@pytest.mark.parametrize(
    ("label", "name", "code", "name_sv"),
    [
        ("Euran kunta", "Eura", "050", None),
        ("Kokkolan kaupunki", "Kokkola", "272", "Karleby"),
        ("Lahden kaupunki", "Lahti", "398", "Lahtis"),
        ("Porin kaupungin hallintosääntö", "Pori", "609", "Björneborg"),
        ("Pietarsaaren kaupunki", "Pietarsaari", "598", "Jakobstad"),
        ("Mustasaaren kunta", "Mustasaari", "499", "Korsholm"),
        ("Maarianhaminan kaupunki", "Maarianhamina", "478", "Mariehamn"),
        ("Hämeenlinnan kaupunki", "Hämeenlinna", "109", "Tavastehus"),
        ("Hangon kaupunki", "Hanko", "078", "Hangö"),
        ("Liedon kunnan", "Lieto", "423", "Lundo"),
        ("Siikajoen kunta", "Siikajoki", "748", None),
        ("Iin kunta", "Ii", "139", "Ijo"),
        ("Isonkyrön kunta", "Isokyrö", "152", "Storkyro"),
        ("Juuan kunta", "Juuka", "176", "Juga"),
        ("Virtain kaupunki", "Virrat", "936", "Virdois"),
        ("Uudenkaupungin kaupunki", "Uusikaupunki", "895", "Nystad"),
        ("Kosken Tl kunta", "Koski Tl", "284", "Koskis"),
        ("Mänttä-Vilppulan kaupunki", "Mänttä-Vilppula", "508", None),
        ("Pedersören kunta", "Pedersöre", "599", None),
        ("Pertunmaan kunta", "Pertunmaa", "588", None),
        ("Jakobstads stad", "Pietarsaari", "598", "Jakobstad"),
        ("Mariehamns stad", "Maarianhamina", "478", "Mariehamn"),
        ("Korsnäs kommun", "Korsnäs", "280", None),
        ("Gustav Adolfs kommun", "Hartola", "081", "Gustav Adolfs"),
        ("Protokoll, Vasa stad", "Vaasa", "905", "Vasa"),
    ],
)
def test_labels(label: str, name: str, code: str, name_sv: str | None) -> None:
    assert municipality_from_label(label) == Municipality(
        name=name, slug=BY_CODE[code].slug, code=code, name_sv=name_sv
    )


def test_label_of_a_county() -> None:
    county = municipality_from_label("Dynasty tietopalvelu Haku RSS Etelä-Savon hyvinvointialue")
    assert county == Municipality(
        name="Etelä-Savon hyvinvointialue",
        slug="etela-savon-hyvinvointialue",
        code=None,
        name_sv="Södra Savolax välfärdsområde",
    )
    both = municipality_from_label("Länsi-Uudenmaan hyvinvointialue - Västra Nylands välfärdsområde")
    assert both is not None and both.name_sv == "Västra Nylands välfärdsområde"
    swedish = municipality_from_label("Vanda och Kervo välfärdsområde")
    assert swedish is not None and swedish.name == "Vantaan ja Keravan hyvinvointialue"


def test_label_order_and_unknown_labels() -> None:
    # the first known label wins over an earlier unknown one; a lone unknown one is kept as printed
    first = municipality_from_label("Koko kunnan alueella; Oulun kaupunki")
    assert first is not None and first.code == "564"
    unknown = municipality_from_label("Tuulijärven kunnan hallintosääntö")
    assert unknown == Municipality(name="Tuulijärven kunnan", slug="tuulijarven-kunnan")
    assert municipality_from_label("kaupunki ja kunta") is None
    assert municipality_from_label("Skärviks kommun") is None  # no such municipality


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://eura10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetings&show=30", "050"),
        ("https://kokkola10.oncloudos.com/kokous/20261273-7.PDF", "272"),
        ("https://espoo.oncloudos.com/cgi/DREQUEST.PHP", "049"),
        ("https://vantaa.oncloudos.com/kokous/20263009-5-1001.PDF", "092"),
        ("http://kuopio.tweb.fi/ktwebbin/ktproxy2.dll", "297"),
        ("http://pori.tweb.fi/ktwebscr/epj_tek_tweb.htm", "609"),
        ("http://tampere.cloudnc.fi/api/opennc/v1/$metadata", "837"),
        ("http://decisions.tampere.fi/v1/event/303/", "837"),
        ("http://paatokset.vantaa.fi/ktwebbin/ktproxy2.dll", "092"),
        ("http://paatokset.kuopio.fi/ktwebbin/ktproxy2.dll?doctype=3&docid=502", "297"),
        ("https://ah.turku.fi/vsaluelk/2018/1205007x/3814295.htm", "853"),
        ("https://www.hameenlinna.fi/", "109"),
        ("https://www.mariehamn.ax/", "478"),
        ("https://espoo04.hosting.documenta.fi/kokous/2017.PDF", "049"),
        ("https://kauniainense.oncloudos.com/cgi/DREQUEST.PHP?page=meetingitem", "235"),  # Swedish edition
        ("https://vantaa-sv.oncloudos.com/cgi/DREQUEST.PHP?page=meeting", "092"),  # Swedish, a hyphen
        ("https://asikkalad10.oncloudos.com/cgi/DREQUEST.PHP?page=rss/meetings", "016"),  # "d10": Dynasty 10
    ],
)
def test_hosts(url: str, code: str) -> None:
    found = municipality_from_host(url)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.fi/",
        "https://www.nokia.com/",  # a municipality's name, but not its host
        "https://oulunkaari10.oncloudos.com/",  # a joint authority whose host starts with a town's name
        "https://hsy10.oncloudos.com/cgi/DREQUEST.PHP",
        "not a url",
    ],
)
def test_hosts_naming_no_municipality(url: str) -> None:
    assert municipality_from_host(url) is None


def test_by_name() -> None:
    assert municipality_by_name("espoo") == Municipality(
        name="Espoo", slug="espoo", code="049", name_sv="Esbo"
    )
    assert municipality_by_name(" Hämeenlinna ").code == "109"
    assert municipality_by_name("hameenlinna").code == "109"
    assert municipality_by_name("Jakobstad").name == "Pietarsaari"
    assert municipality_by_name("Pirkanmaan hyvinvointialue").name_sv == "Birkalands välfärdsområde"
    assert municipality_by_name("Kaislaranta") == Municipality(name="Kaislaranta", slug="kaislaranta")
