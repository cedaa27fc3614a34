"""Language and municipality guesses, the meeting-heading lexicon, and people lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paatosdata.errors import ParseError
from paatosdata.lexicon import ROLES, classify_meeting_heading, match_meeting_heading_prefix
from paatosdata.parse import read_path
from paatosdata.parse.guess import (
    detect_language,
    guess_municipality,
    municipality_from_locatives,
    municipality_from_own_text,
)
from paatosdata.parse.text import read_text
from paatosdata.people import parse_person


@pytest.mark.parametrize(
    ("text", "file_name", "name", "slug"),
    [
        ("etunimi.sukunimi@kuopio.fi", "x.md", "Kuopio", "kuopio"),
        (
            "Tuulijärven kunnan hallintosääntö; etunimi.sukunimi@tuulijarvi.fi",
            "x.md",
            "Tuulijärvi",
            "tuulijarvi",
        ),
        ("Espoon kaupunki", "x.md", "Espoo", "espoo"),
        ("Tampereen kaupungin hallintosääntö", "x.md", "Tampere", "tampere"),
        ("Helsingin kaupunki", "x.md", "Helsinki", "helsinki"),
        ("Kaislarannan kaupungin hallintosääntö", "kaislaranta-kh.md", "Kaislaranta", "kaislaranta"),
        ("Skärviks kommun", "x.md", "Skärvik", "skarvik"),
        ("ei mitään", "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md", "Kuopio", "kuopio"),
    ],
)
def test_municipality(text: str, file_name: str, name: str, slug: str) -> None:
    municipality = guess_municipality(text, file_name)
    assert municipality is not None and (municipality.name, municipality.slug) == (name, slug)


@pytest.mark.parametrize("file_name", ["poytakirja-2026.md", "sivistyslautakunta-3.md", "notes.md"])
def test_no_municipality(file_name: str) -> None:
    assert guess_municipality("ei kuntaa", file_name) is None


def test_language() -> None:
    assert detect_language("Kommunstyrelsen beslöt att godkänna förslaget och att anteckna det.") == "sv"
    assert detect_language("Kaupunginhallitus päätti, että asia on valmis ja se hyväksytään.") == "fi"
    assert detect_language("") == "fi"


def test_meeting_headings() -> None:
    assert classify_meeting_heading("**Muut saapuvilla olleet**") == "others"
    assert classify_meeting_heading("Päätös") is None
    m = match_meeting_heading_prefix("Aika: 12.3.2026 klo 16.15")
    assert m is not None and (m.kind, m.rest) == ("time", "12.3.2026 klo 16.15")
    assert match_meeting_heading_prefix("Aikataulu on tiukka") is None
    assert all(key in spellings for key, spellings in ROLES.items())


def test_swedish_phone_prefix() -> None:
    person = parse_person("planläggningschef Johanna Lindqvist, tfn 040 555 0361")
    assert (person.name, person.title, person.phone) == (
        "Johanna Lindqvist",
        "planläggningschef",
        "040 555 0361",
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "§ 5 Otsikko",
                    "Päätös",
                    "Päätösehdotus Kaupunginjohtaja Anna Berg",
                    "Sivistyslautakunta 1.2.2026 § 3",
                    "**Allekirjoitukset**",
                    "Ja-äänet 3, Ei-äänet 2",
                    "§§ 1–3",
                    "Liitteet",
                    "1 Liite (salassa pidettävä, JulkL 24 § 1 mom. 25 k)",
                    "## Otsikko",
                    "PÖYTÄKIRJA 1/2026",
                    "Anna Berg, puheenjohtaja",
                    "",
                ]
            ),
            st.text(max_size=60),
        ),
        max_size=25,
    )
)
def test_any_text_reads_or_fails_cleanly(lines: list[str]) -> None:
    try:
        read_text("\n".join(lines), "x.md")
    except ParseError:
        pass


def test_text_with_urls_asks_the_municipality_guess_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text that links pages is looked through once for a municipality, not again without its file name."""
    from paatosdata.parse import guess

    calls: list[str] = []
    real = guess._guess

    def counted(text: str, file_name: str) -> tuple[object, bool]:
        calls.append(file_name)
        return real(text, file_name)

    monkeypatch.setattr(guess, "_guess", counted)
    path = tmp_path / "nivala-kunnanhallitus-2026.md"  # the file name names one, the text none
    path.write_text(
        "# Kunnanhallitus 3.2.2026\n\n## § 5 Aloite\n\nKatso <https://x.oncloudos.com/kokous/1-5.PDF>.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert len(calls) == 1
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Nivala"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Koulukuljetukset Ruskolla syyslukukaudella", "Rusko"),
        ("Uusi päiväkoti avataan Tampereella elokuussa.", "Tampere"),
        ("Lautakunta kokoontuu Rovaniemellä ja myöhemmin taas Rovaniemellä.", "Rovaniemi"),
        ("Nuorisotila avattiin Iisalmessa.", "Iisalmi"),
        ("Kokous pidetään Espoossa.", "Espoo"),
    ],
)
def test_a_municipality_named_only_in_a_locative(text: str, name: str) -> None:
    found = municipality_from_locatives(text)
    assert found is not None and (found.name, bool(found.code)) == (name, True)


@pytest.mark.parametrize(
    "text",
    [
        "Kokouksella ei ollut esteitä. Lautakunnalla on kiire.",  # ordinary words, each a sentence's first
        "Salossa kasvaa kuusia.",  # a sentence's first word is capitalised anyway
        "Maanviljelijä kylvää pellossa ja kuokkii salossa.",  # lower case: ordinary words
        "Hakemus käsiteltiin Kelassa ja Opetushallituksessa.",  # capitalised, but no municipality
        "Seminaari pidettiin Tampereella ja jatko Porissa.",  # two municipalities: which one is unsaid
        "Helsingissä ja Turussa",  # consonant gradation: not guessed rather than guessed wrong
    ],
)
def test_no_municipality_from_words_that_only_look_like_locatives(text: str) -> None:
    assert municipality_from_locatives(text) is None


@pytest.mark.parametrize(
    ("text", "prefix", "name"),
    [
        # the municipality named as one wins over a place named in a locative, before or after it
        ("Kittilän kunnalle myönnetään avustus. Koulutus järjestetään Rovaniemellä.", None, "Kittilä"),
        ("Tapahtuma pidetään Rovaniemellä. Sen maksaa Kittilän kunta.", None, "Kittilä"),
        # and over the municipality a dnro prefix abbreviates
        ("Sodankylän kunnan lausunto Kankaanpään kirjaston hankkeesta.", "KnkDno", "Sodankylä"),
        # without one named as one: the locative, then the abbreviated prefix
        ("Koulutus järjestetään Rovaniemellä.", None, "Rovaniemi"),
        ("Kankaanpään kirjasto uusii hyllynsä.", "KnkDno", "Kankaanpää"),
        # two named as one say nothing, and the locative speaks
        ("Kittilän kunta ja Sodankylän kunta sopivat. Kokous pidetään Rovaniemellä.", None, "Rovaniemi"),
    ],
)
def test_the_municipality_an_items_own_text_names(text: str, prefix: str | None, name: str) -> None:
    found = municipality_from_own_text(text, prefix)
    assert found is not None and (found.name, bool(found.code)) == (name, True)


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Kittilän kunta ja Sodankylän kunta sopivat asiasta.", None),
        ("Kankaanpään kirjasto uusii hyllynsä.", "PriDno"),
        ("Kirjasto uusii hyllynsä.", "KnkDno"),
        ("Jonkin kunnan lausunto.", None),
    ],
)
def test_no_municipality_from_an_items_own_text(text: str, prefix: str | None) -> None:
    assert municipality_from_own_text(text, prefix) is None
