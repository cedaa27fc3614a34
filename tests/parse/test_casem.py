"""CaseM readers: OData ExtendedProperties, the Contents listing and public item pages."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from paatosdata.diary import parse_diary_number
from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from paatosdata.parse.base import read_bytes
from paatosdata.parse.vendor_municipalities import municipality_for, municipality_from_emails
from tests.conftest import REPO_ROOT, shared_path

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "casem"


def test_extended_properties_fixture() -> None:
    path = FIXTURES / "contents_extended_properties.json"
    assert reader_for(path, path.read_bytes()).name == "casem"
    [doc] = read_path(path)
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.body.name == "Kasvatus- ja opetuslautakunta"
    assert doc.meeting.municipality is not None and doc.meeting.municipality.code == "491"
    [item] = doc.items
    assert (item.number, item.number_raw) == ("57", "57")
    assert item.title == "Koulukuljetusten hankinta lukuvuosille 2027–2029"
    assert item.spans["title"].line == 4
    dnro = item.case.diary_number if item.case else None
    assert dnro is not None
    assert (dnro.raw, dnro.prefix, dnro.year, dnro.serial) == ("MliDno-2026-412", "MliDno", 2026, "412")
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title, item.presenter.acting) == (
        "Kaisa Koivisto",
        "sivistysjohtaja",
        True,
    )
    assert item.proposal is not None
    assert item.proposal.startswith("Kasvatus- ja opetuslautakunta päättää\n\nvalita")
    assert item.decision == "Päätösehdotus hyväksyttiin yksimielisesti."
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)
    [preparer] = item.preparers
    assert (preparer.name, preparer.title, preparer.phone, preparer.email) == (
        "Matti Mallikas",
        "hankinta-asiantuntija",
        "044 123 4567",
        "matti.mallikas@example.fi",
    )
    assert item.distribution == ["Tarjoajat", "Hankintapalvelut"]
    assert [a.title for a in item.attachments] == ["Vertailutaulukko.pdf", "Tarjouspyyntö.pdf"]
    assert item.attachments[0].url is not None and "ID=901" in item.attachments[0].url
    assert [(r.number, r.year, r.section) for r in item.legal_basis] == [(1397, 2016, "32")]
    headings = [(s.kind, s.heading) for s in item.sections]
    assert ("generic", "IsAdditionalTopic") in headings
    assert ("generic", "MeetingRoomNote") in headings  # unknown property kept
    assert ("reasons", "Description") in headings
    assert all(s.span is not None and s.span.line > 1 for s in item.sections)


def test_listing_fixture() -> None:
    path = FIXTURES / "node_contents.json"
    assert reader_for(path, path.read_bytes()).name == "casem-list"
    [doc] = read_path(path)
    assert doc.meeting.date == date(2026, 5, 6)
    assert doc.meeting.date_raw == "Kokous 6.5.2026"
    assert [i.title for i in doc.items] == [
        "Kokouksen laillisuus ja päätösvaltaisuus",
        "Koulukuljetusten hankinta lukuvuosille 2027–2029",
    ]
    second = {s.heading: s.text for s in doc.items[1].sections}
    assert second["ContentId"] == "902"
    assert second["FileLinks"] == "901, 902"


def test_item_page_fixture() -> None:
    path = FIXTURES / "item-page.html"
    assert reader_for(path, path.read_bytes()).name == "casem-html"
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Kunnanhallitus"
    assert doc.meeting.date == date(2016, 9, 15)
    [item] = doc.items
    assert (item.number, item.number_raw) == ("406", "§ 406")
    assert item.title == "Kevyen liikenteen väylän rakentaminen Koivutielle"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "ESIDno-2016-1482"
    assert item.presenter is not None
    assert (item.presenter.title, item.presenter.name) == ("kunnanjohtaja", "Mallinen")
    assert item.proposal == "Kunnanhallitus päättää hyväksyä Koivutien kevyen liikenteen väylän rakentamisen."
    assert item.decision == "Ehdotus hyväksyttiin yksimielisesti."
    assert [p.name for p in item.preparers] == ["Olli Esimerkki"]
    assert [(a.number, a.title) for a in item.attachments] == [
        ("1", "Koivutien yleissuunnitelma"),
        ("2", "Kustannusarvio"),
    ]
    assert item.history and item.history[0].section == "97"
    assert item.appeal and item.appeal[0].kind.value == "rectification"
    assert item.spans["title"].line == 15


# ---------------------------------------------------------------- real samples (Tampere)

REAL = {
    "contents_57_extended_properties.json": {
        "number": "3",
        "title": "Pöytäkirjan tarkastus",
        "dnro": None,
        "presenter": (None, "puheenjohtaja"),
        "proposal_start": "Yhdyskuntalautakunta päättää\n\nvalita tämän kokouksen pöytäkirjan tarkastajiksi",
        "preparers": [],
    },
    "contents_58_extended_properties.json": {
        "number": "2",
        "title": "Läsnäolo- ja puheoikeuden myöntäminen",
        "dnro": None,
        "presenter": (None, "puheenjohtaja"),
        "proposal_start": "Yhdyskuntalautakunta päättää\n\nmyöntää läsnäolo- ja puheoikeuden",
        "preparers": [],
    },
    "contents_59_extended_properties.json": {
        "number": "8",
        # the title names a private property; its SHA-256 stands in for it (taken from the raw Text field)
        "title_sha256": "f2574448b9a04e9e0ab58d0a514a67ba60a06224d7e5c1f4938b40c9634ee11a",
        "dnro": ("TRE:4787/10.03.01/2016", "TRE", "4787", "10.03.01", 2016),
        "presenter": ("Pia Hastio", "yleiskaavapäällikkö"),
        "proposal_start": "Yhdyskuntalautakunta päättää,\n\nettä",
        "preparers": [
            ("Hilkka Takalo", "kaavainsinööri"),
            ("Anneli Harjuntausta", "päätösvalmistelusihteeri"),
        ],
    },
    "contents_60_extended_properties.json": {
        "number": "10",
        "title": "Oikaisuvaatimus suunnittelupäällikön päätökseen koskien Lamminpäänkadun katusuunnitelmaa",
        "dnro": ("TRE:6985/10.03.02/2014", "TRE", "6985", "10.03.02", 2014),
        "presenter": ("Ari Vandell", "suunnittelupäällikkö"),
        "proposal_start": "Yhdyskuntalautakunta päättää,\n\nettä",
        "preparers": [("Pasi Palmu", "katuinsinööri"), ("Anneli Harjuntausta", "päätösvalmistelusihteeri")],
    },
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_tampere_item(name: str) -> None:
    facts = REAL[name]
    path: Path = shared_path("real", "tampere-casem", name)
    assert reader_for(path, path.read_bytes()).name == "casem"
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Yhdyskuntalautakunta"
    assert doc.meeting.date is None  # the properties do not carry the meeting date
    assert doc.meeting.municipality is not None and doc.meeting.municipality.name == "Tampere"
    [item] = doc.items
    assert item.number == facts["number"]
    if "title_sha256" in facts:
        assert hashlib.sha256(item.title.encode()).hexdigest() == facts["title_sha256"]
    else:
        assert item.title == facts["title"]
    dnro = facts["dnro"]
    if dnro is None:
        assert item.case is None
    else:
        assert item.case is not None and item.case.diary_number is not None
        d = item.case.diary_number
        assert (d.raw, d.prefix, d.serial, d.task_class, d.year) == dnro
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == facts["presenter"]
    assert item.proposal is not None and item.proposal.startswith(str(facts["proposal_start"]))
    assert item.decision == "Päätösehdotus hyväksyttiin."
    assert item.outcome is Outcome.APPROVED
    assert [(p.name, p.title) for p in item.preparers] == facts["preparers"]


@pytest.mark.shared
def test_real_tampere_attachments_and_inform() -> None:
    [doc] = read_path(shared_path("real", "tampere-casem", "contents_59_extended_properties.json"))
    [item] = doc.items
    assert [a.title for a in item.attachments] == ["Karttaliitteet.pdf", "Valokuvat2.pdf", "Valokuvat1.pdf"]
    assert item.distribution == ["Hakija", "Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus"]
    assert item.preparers[0].phone == "050 5620 345"
    assert item.presenter is not None and item.presenter.email == "Pia.Hastio@tampere.fi"
    assert item.reasons is not None and item.reasons.startswith("”") and len(item.reasons) > 5000
    assert any(r.abbreviation == "MRL" and r.section == "172" for r in item.legal_basis)
    [doc60] = read_path(shared_path("real", "tampere-casem", "contents_60_extended_properties.json"))
    assert len(doc60.items[0].attachments) == 6
    assert doc60.items[0].distribution[1:] == [
        "Pasi Palmu/kake",
        "Mikko Vainiomäki/kake",
        "Kristiina Lindberg/kake",
    ]
    assert doc60.items[0].proposal is not None and doc60.items[0].proposal.endswith(
        "oikaisuvaatimus hylätään."
    )


@pytest.mark.shared
def test_real_tampere_listing() -> None:
    path = shared_path("real", "tampere-casem", "node_11292_contents.json")
    assert reader_for(path, path.read_bytes()).name == "casem-list"
    [doc] = read_path(path)
    assert doc.meeting.date == date(2016, 9, 5)
    assert len(doc.items) == 13
    assert doc.items[0].title == ""  # ContentId 57 has an empty Subject
    assert doc.items[1].title == "Konsernihallinnon varahenkilöiden nimeäminen v. 2016"
    assert doc.items[-1].title == (
        "Lautakuntien ja jaostojen ym. pöytäkirjat sekä viranhaltijoiden ym. päätöspöytäkirjat"
    )


def test_meeting_level_content_gives_participants_and_no_item() -> None:
    [doc] = read_path(FIXTURES / "meeting_extended_properties.json")
    assert doc.items == []
    assert doc.meeting.body.name == "Tekninen lautakunta"  # from the agenda file's name
    assert doc.meeting.date == date(2026, 3, 2)
    assert [(p.person.name, p.role) for p in doc.meeting.participants] == [
        ("Olli Ohjaaja", "puheenjohtaja"),
        ("Salla Sihteeri", "sihteeri"),
        ("Jaana Jäsen", "jäsen"),
    ]
    assert doc.meeting.participants[0].note == "2026-03-02 17:00:00 – 2026-03-02 19:10:00"
    assert [s.heading for s in doc.sections] == ["Participant_councilman", "AgendaAttachment"]


def test_deputy_presenter_drafter_fallback_and_appeal() -> None:
    [doc] = read_path(FIXTURES / "appeal_extended_properties.json")
    assert doc.meeting.body.name == "Joukkoliikennelautakunta"
    [item] = doc.items
    # the proposal names a deputy, not the listed presenter: the proposal wins
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.acting) == ("Ville Varamies", True)
    assert item.proposal == "Joukkoliikennelautakunta päättää,\n\nettä raportti merkitään tiedoksi."
    assert item.outcome is Outcome.NOTED  # approving a proposal that only notes
    # no printed contact notes: the system's drafter field is used
    assert [(p.name, p.title) for p in item.preparers] == [("Liisa Laatija", "liikenneinsinööri")]
    [appeal] = item.appeal
    assert (appeal.kind.value, appeal.period_days) == ("rectification", 14)


def test_swedish_item_page() -> None:
    [doc] = read_path(FIXTURES / "item-page-sv.html")
    assert (doc.meeting.body.name, doc.meeting.date) == ("Kommunstyrelsen", date(2026, 4, 20))
    [item] = doc.items
    assert item.language == "sv"
    assert (item.number, item.title) == ("31", "Val av protokolljusterare")
    assert [(s.kind, s.heading) for s in item.sections] == [
        ("preparers", "Beredare"),
        ("proposal", "Beslutsförslag"),
        ("decision", "Beslut"),
    ]
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Greta Exempel", "förvaltningsdirektör", "040 222 3344")
    ]
    assert item.presenter is not None and (item.presenter.title, item.presenter.name) == (
        "kommundirektör",
        "Berg",
    )
    assert item.proposal == "Kommunstyrelsen väljer Anna Andersson och Bo Berg till protokolljusterare."
    assert item.outcome is Outcome.APPROVED


def test_spans_of_presenter_and_body() -> None:
    [doc] = read_path(FIXTURES / "appeal_extended_properties.json")
    assert doc.meeting.body.span is not None and doc.meeting.body.span.line == 5
    [item] = doc.items
    assert item.presenter is not None and item.presenter.span is not None
    assert item.presenter.span.line == 5


def _extended_properties(tmp_path: Path, name: str, props: list[tuple[str, str]]) -> Path:
    """A CaseM ExtendedProperties file of our own with the given ``(Name, Text)`` pairs."""
    value = [
        {"Id": 1700 + n, "Name": key, "Text": text, "Number": None, "Date": None}
        for n, (key, text) in enumerate(props)
    ]
    body = {
        "odata.metadata": "http://mikkeli.cloudnc.fi/api/opennc/v1/$metadata#ExtendedProperties",
        "value": value,
    }
    path = tmp_path / name
    path.write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_meeting_start_from_the_agenda_file_name(tmp_path: Path) -> None:
    """The agenda file's name keeps the hour as ``klo 15_00`` (a colon is not allowed in file names)."""
    path = _extended_properties(
        tmp_path,
        "meeting.json",
        [
            ("Participant_councilman", "Olli Ohjaaja;#chairman;#;#;#;#!#Jaana Jäsen;#;#;#;#;#"),
            (
                "AgendaAttachment",
                "<a href='download.aspx?ID=1'>"
                "Esityslista - Tekninen lautakunta - 02.03.2026, klo 16_30.pdf</a>",
            ),
        ],
    )
    [doc] = read_path(path)
    assert (doc.meeting.body.name, doc.meeting.date) == ("Tekninen lautakunta", date(2026, 3, 2))
    assert doc.meeting.start is not None and doc.meeting.start.isoformat() == "16:30:00"


def test_meeting_start_from_the_earliest_arrival(tmp_path: Path) -> None:
    path = _extended_properties(
        tmp_path,
        "participants.json",
        [
            (
                "Participant_councilman",
                "Olli Ohjaaja;#puheenjohtaja;#2026-03-02 17:05:00;#2026-03-02 19:00:00;#member;#!#"
                "Salla Sihteeri;#sihteeri;#2026-03-02 17:00:00;#2026-03-02 19:00:00;#other;#!#"
                "Poissa Oleva;#jäsen;#;#;#member;#",
            )
        ],
    )
    [doc] = read_path(path)
    assert doc.meeting.date == date(2026, 3, 2)
    assert doc.meeting.start is not None and doc.meeting.start.isoformat() == "17:00:00"


@pytest.mark.parametrize(
    ("description", "body"),
    [
        ("<p>Kaupunginhallitukselle on toimitettu seuraavat pöytäkirjat:</p>", "Kaupunginhallitus"),
        (
            "<p>Päätösehdotus tulee julkiseksi ympäristölautakunnan kokouksen jälkeen.</p>",
            "Ympäristölautakunta",
        ),
    ],
)
def test_body_a_text_is_addressed_to(tmp_path: Path, description: str, body: str) -> None:
    """No sentence has the body as its subject: the body named as the addressee is the meeting's."""
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Otto-oikeus"),
            ("Article", "12"),
            ("Description", description),
            (
                "Decisionproposal",
                "<p>Koska esittelijä ei ole havainnut esteitä, otto-oikeutta ei käytetä.</p>",
            ),
        ],
    )
    [doc] = read_path(path)
    assert doc.meeting.body.name == body


def test_a_lone_organ_word_is_no_body(tmp_path: Path) -> None:
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Hankinta"),
            ("Description", "<p>Ehdotus tulee julkiseksi lautakunnan kokouksen jälkeen.</p>"),
            ("Decisionproposal", "<p>Uudistan päätösehdotuksen.</p>"),
        ],
    )
    [doc] = read_path(path)
    assert doc.meeting.body.name == ""


def test_history_topics_give_the_earlier_handling(tmp_path: Path) -> None:
    """``HistoryTopics`` holds the earlier handling as JSON; a § kept as 0 is taken from the texts."""
    history = [
        {
            "Description": "<p>Uusi hinnoittelu valmisteltiin.</p>",
            "DescisionProposal": "<p>Tekninen lautakunta esittää hinnoittelun hyväksymistä.</p>",
            "Descision": "<p>Päätösehdotus hyväksyttiin.</p>",
            "Party": "Tekninen lautakunta",
            "Article": 0,
            "MeetingDate": "/Date(1772461800000)/",
        }
    ]
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Tonttien hinnoittelu"),
            ("Article", "40"),
            ("Description", "<p>Teknisen lautakunnan päätöksessä 2.3.2026 § 21 mainittu asia.</p>"),
            ("Decisionproposal", "<p>Kaupunginhallitus esittää hinnoittelun hyväksymistä.</p>"),
            ("HistoryTopics", json.dumps(history, ensure_ascii=False)),
        ],
    )
    [doc] = read_path(path)
    [item] = doc.items
    [earlier] = item.history
    assert (earlier.body, earlier.date, earlier.section) == ("Tekninen lautakunta", date(2026, 3, 2), "21")
    [section] = [s for s in item.sections if s.heading == "HistoryTopics"]
    assert section.kind == "history"
    assert section.text.startswith("Tekninen lautakunta 2.3.2026\n")  # as the system kept it
    assert "Tekninen lautakunta esittää hinnoittelun hyväksymistä." in section.text


def test_building_permit_appeal_instructions_are_an_administrative_appeal(tmp_path: Path) -> None:
    """A "Valitusosoitus" for a building permit is a hallintovalitus, though the same template goes on
    to say when a municipal appeal may not be made."""
    instructions = (
        "<p><strong>Valitusosoitus: Rakennus- ja toimenpidelupa</strong></p>"
        "<p>Rakennuslupapäätökseen saa hakea muutosta valituksella Esimerkin hallinto-oikeudelta.</p>"
        "<p>Kunnallisvalitusta ei saa tehdä päätöksestä, joka koskee vain valmistelua (Kuntalaki 91 §).</p>"
    )
    path = _extended_properties(
        tmp_path,
        "permit.json",
        [
            ("Name", "Rakennuslupahakemus, Esimerkki Oy"),
            ("Decisionproposal", "<p>Rakennuslupahakemus hyväksytään.</p>"),
            ("Decision", "<p>Päätösehdotus hyväksyttiin.</p>"),
            ("Correctioninstructions", instructions),
        ],
    )
    [doc] = read_path(path)
    assert [a.kind.value for a in doc.items[0].appeal] == ["administrativeAppeal"]


def test_earlier_handlings_printed_in_the_description(tmp_path: Path) -> None:
    """A description that prints another body's handling (``Tarkastuslautakunta 29.5.2026`` and its
    ``§`` lines) gives those earlier handlings; the current meeting's ``§`` without a number does not."""
    description = (
        "<p><strong>Tarkastuslautakunta 4.5.2026</strong></p>"
        "<p><strong>&sect; 12<br />Tilintarkastuskertomus</strong></p><p>Päätös: hyväksyttiin.</p>"
        "<p><strong>&sect; 13<br />Vastuuvapaus</strong></p><p>Päätös: hyväksyttiin.</p>"
        "<p><strong>Kaupunginhallitus 18.5.2026 &sect; </strong></p><p>Muutokset ovat liitteenä.</p>"
    )
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Tilinpäätös 2025"),
            ("Article", "90"),
            ("Description", description),
            ("Decisionproposal", "<p>Kaupunginhallitus merkitsee muutokset tiedoksi.</p>"),
        ],
    )
    [doc] = read_path(path)
    refs = [(r.body, r.date, r.section) for r in doc.items[0].history]
    assert refs == [
        ("Tarkastuslautakunta", date(2026, 5, 4), "12"),
        ("Tarkastuslautakunta", date(2026, 5, 4), "13"),
    ]


def test_several_drafters_parted_by_a_record_mark(tmp_path: Path) -> None:
    """SharePoint person fields part several people with ``;#!#``; each becomes a preparer."""
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Lainan korko"),
            ("Decisionproposal", "<p>Kaupunginhallitus päättää periä 3 prosentin koron.</p>"),
            (
                "Draftsmans",
                "Liisa Laatija;#asuntotoimenpäällikkö;#;#liisa.laatija@example.fi;#!#"
                "Teemu Talous;#talousjohtaja;#;#teemu.talous@example.fi;#",
            ),
        ],
    )
    [doc] = read_path(path)
    assert [(p.name, p.title) for p in doc.items[0].preparers] == [
        ("Liisa Laatija", "asuntotoimenpäällikkö"),
        ("Teemu Talous", "talousjohtaja"),
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("kunnanjohtaja", "Kunnanhallitus"),
        ("kaupunginjohtaja", "Kaupunginhallitus"),
        ("tekninen johtaja", ""),
    ],
)
def test_a_procedural_item_takes_its_body_from_the_municipal_manager(
    tmp_path: Path, title: str, body: str
) -> None:
    """An opening item with no text to name its body: the municipal manager presents to the board."""
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Kokouksen avaus"),
            ("Article", "5"),
            ("CaseNativeId", ""),
            ("Presenters", f"Maija Malli;#{title};#;#maija.malli@example.fi;#"),
        ],
    )
    [doc] = read_path(path)
    assert doc.meeting.body.name == body
    assert doc.items[0].presenter is not None and doc.items[0].presenter.title == title


def test_handlings_printed_under_one_line_meeting_heads(tmp_path: Path) -> None:
    """``Ympäristölautakunta 3.4.2026 § 12`` and ``Kunnanhallitus 4.5.2026 §`` heads in the description:
    the first is an earlier handling, the second gives this meeting's day and the item's own text."""
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Selvitys hulevesistä"),
            ("Article", "31"),
            (
                "Description",
                "<p><strong>Ympäristölautakunta 3.4.2026 &sect; 12</strong></p>"
                "<p>Lautakunta laati selvityksen.</p>"
                "<p>____________________</p><p><strong>Kunnanhallitus 4.5.2026 &sect; </strong></p>"
                "<p>Selvitys on liitteenä.</p>",
            ),
            ("Decisionproposal", "<p>Kunnanhallitus merkitsee selvityksen tiedoksi.</p>"),
        ],
    )
    [doc] = read_path(path)
    assert doc.meeting.body.name == "Kunnanhallitus"
    assert doc.meeting.date == date(2026, 5, 4)
    [item] = doc.items
    assert [(h.body, h.date, h.section) for h in item.history] == [
        ("Ympäristölautakunta", date(2026, 4, 3), "12")
    ]
    assert item.reasons == "Selvitys on liitteenä."


def test_soft_hyphens_are_no_part_of_the_text(tmp_path: Path) -> None:
    """Word processors leave soft hyphens (``&shy;``, U+00AD) inside words: they are hints, not text."""
    path = _extended_properties(
        tmp_path,
        "item.json",
        [
            ("Name", "Yhtym\u00e4\u00adkokousedustajat"),
            (
                "Description",
                "<p>J&auml;senkunnat nime&auml;v&auml;t edustajat yhtym&auml;&shy;kokouk&shy;seen.</p>",
            ),
            ("Decisionproposal", "<p>Kaupunginhallitus nime&auml;&auml; kaksi edus&#173;tajaa.</p>"),
        ],
    )
    [doc] = read_path(path)
    [item] = doc.items
    assert item.title == "Yhtymäkokousedustajat"
    assert item.reasons == "Jäsenkunnat nimeävät edustajat yhtymäkokoukseen."
    assert item.proposal == "Kaupunginhallitus nimeää kaksi edustajaa."


def test_item_page_saved_as_text() -> None:
    """A CaseM page's text: the meeting line gives body and date, the state line says minutes, the
    parts are read as on the page, and the county comes from its short name in the e-mail domain."""
    path = FIXTURES / "item-page-saved.txt"
    assert reader_for(path, read_bytes(path)).name == "casem-html"
    [document] = read_path(path)
    assert document.kind is DocumentKind.MINUTES
    meeting = document.meeting
    assert (meeting.body.name, str(meeting.date)) == ("Aluehallitus", "2026-10-12")
    assert meeting.municipality is not None and meeting.municipality.name == "Pirkanmaan hyvinvointialue"
    [item] = document.items
    assert (item.number, item.title) == ("88", "Kotihoidon asiakasmaksujen tarkistaminen 1.1.2027 lukien")
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "144/2026"
    assert [(p.name, p.title) for p in item.preparers] == [("Olli Esimerkki", "kehittämispäällikkö")]
    assert item.reasons is not None and item.reasons.startswith("Johdanto")  # a subheading stays text
    assert item.presenter is not None and item.presenter.title == "hyvinvointialuejohtaja"
    assert item.proposal == "Aluehallitus päättää hyväksyä kotihoidon asiakasmaksut liitteen mukaisesti."
    assert (item.decision, item.outcome) == ("Ehdotus hyväksyttiin yksimielisesti.", Outcome.APPROVED)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[item.spans["decision"].line - 1] == "Päätös"  # spans point at the text's lines


def test_item_page_saved_as_text_cut_before_its_decision(tmp_path: Path) -> None:
    """The state line, not a decision, says what the page is: ``Esityslista`` an agenda, ``Pöytäkirja
    on tarkastettu`` minutes even when the text ends before the decision."""
    text = (FIXTURES / "item-page-saved.txt").read_text(encoding="utf-8")
    cut = text[: text.index("Ehdotus\n")]
    minutes, agenda = tmp_path / "minutes.txt", tmp_path / "agenda.txt"
    minutes.write_text(cut, encoding="utf-8")
    agenda.write_text(cut.replace("Pöytäkirja on tarkastettu", "Esityslista"), encoding="utf-8")
    [document] = read_path(minutes)
    assert document.kind is DocumentKind.MINUTES and document.items[0].decision is None
    [document] = read_path(agenda)
    assert document.kind is DocumentKind.AGENDA


@pytest.mark.parametrize(
    ("state", "kind"),
    [
        ("Protokollet är granskat", DocumentKind.MINUTES),
        ("Protokollet är ogranskat", DocumentKind.MINUTES),
        ("Föredragningslistan är ogranskad", DocumentKind.AGENDA),
    ],
)
def test_swedish_item_page_saved_as_text(tmp_path: Path, state: str, kind: DocumentKind) -> None:
    """The Swedish pages' text: ``möte`` with the date in dashes (``07-03-2025``), the state in Swedish,
    and the parts under Swedish headings, the presenter on the line under ``Föredragande``."""
    path = tmp_path / "item.txt"
    path.write_text(
        f"Nämnden för kultur och fritid, möte 07-03-2025\n\n{state}\n\n§ 14 Biblioteksbussens nya rutt\n\n"
        "Beskrivning\n\nBiblioteksbussen stannar vid fler byar från och med våren.\n\n"
        "Beslutsförslag\n\nFöredragande\n\n"
        "  • Linnea Strandberg, kulturchef, linnea.strandberg@example.org\n\n"
        "Nämnden godkänner den nya rutten.\n\nBeslut\n\nFörslaget godkändes.\n",
        encoding="utf-8",
    )
    assert reader_for(path, read_bytes(path)).name == "casem-html"
    [document] = read_path(path)
    assert document.kind is kind
    assert (document.meeting.body.name, str(document.meeting.date)) == (
        "Nämnden för kultur och fritid",
        "2025-03-07",
    )
    [item] = document.items
    assert (item.number, item.title, item.language) == ("14", "Biblioteksbussens nya rutt", "sv")
    assert item.reasons == "Biblioteksbussen stannar vid fler byar från och med våren."
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Linnea Strandberg", "kulturchef")
    assert item.proposal == "Nämnden godkänner den nya rutten."
    assert (item.decision, item.outcome) == ("Förslaget godkändes.", Outcome.APPROVED)


def test_wellbeing_county_short_names_in_hosts_and_e_mail_domains() -> None:
    found = municipality_for("https://pirha.cloudnc.fi/fi-FI/Toimielimet")
    assert found is not None and found.name == "Pirkanmaan hyvinvointialue"
    found = municipality_from_emails("etunimi.sukunimi@luvn.fi")
    assert found is not None and found.name == "Länsi-Uudenmaan hyvinvointialue"


def test_saved_text_without_host_or_e_mail_takes_the_municipality_from_the_dnro(tmp_path: Path) -> None:
    """A page's text with neither a cloudnc host nor an e-mail address: the dnro prefix (``MliDno``)
    names the municipality, as it does in the OData reader."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Kaupunginhallitus, kokous 3.2.2025\n\nPöytäkirja on tarkastettu\n\n"
        "§ 12 Kioskin vuokrasopimuksen jatkaminen\n\nMliDno-2025-77\n\n"
        "Kuvaus\n\nVuokralainen on pyytänyt jatkoa sopimukselle.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Mikkeli"
    assert document.items[0].case is not None and document.items[0].case.diary_number is not None
    assert document.items[0].case.diary_number.raw == "MliDno-2025-77"


def test_saved_text_whose_only_sign_is_a_short_dnro_prefix(tmp_path: Path) -> None:
    """``JARDno-…`` alone on its line, the text naming no host, address nor place: the prefix is a
    short name of the municipality's own (Järvenpää), as ``MliDno`` is Mikkeli's."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Kaupunginvaltuusto, kokous 14.4.2025\n\nPöytäkirja on tarkastettu\n\n"
        "§ 22 Valtuustoaloite leikkipuiston valaistuksesta\n\nJARDno-2025-418\n\n"
        "Perustelut\n\nValtuutettu Oiva Rantakari jätti aloitteen.\n\n"
        "Ehdotus\n\nKaupunginvaltuusto merkitsee aloitteen tiedoksi.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Järvenpää"
    assert document.meeting.municipality.code == "186"


def test_saved_text_whose_dnro_prefix_outranks_a_municipality_its_reasons_name(tmp_path: Path) -> None:
    """``TUUDno-…`` is the item's own registry's (Tuusula's): a neighbour named in the reasons
    (``Keravan kaupunki nimeää …``) is a party to the matter, not the municipality of the minutes."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Kunnanvaltuusto, kokous 8.10.2025\n\n"
        "§ 64 Eron myöntäminen ja ympäristölautakunnan jäsenen valinta\n\nTUUDno-2025-517\n\n"
        "Valmistelija\n\nOlli Esimerkki\n\n"
        "Perustelut\n\nLautakunnassa on yhdeksän jäsentä.\n\n"
        "Keravan kaupunki nimeää lisäksi lautakuntaan yhteisen vesialueen asioita varten yhden jäsenen.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Tuusula", "858")


def test_saved_text_whose_body_name_leads_with_the_municipality(tmp_path: Path) -> None:
    """No host, address, dnro or place in the text: the body's name (``Porin vammaisneuvosto``) leads
    with its municipality's genitive; a region's body (``Oulun seudun …``) names none."""
    path = tmp_path / "item.txt"
    body = (
        "Pöytäkirja on tarkastamaton\n\n§ 7 Kokouksen järjestäytyminen\n\nPerustelut\n\nValitaan sihteeri.\n"
    )
    path.write_text("Porin vammaisneuvosto, kokous 2.9.2025\n\n" + body, encoding="utf-8")
    [document] = read_path(path)
    assert document.meeting.body.name == "Porin vammaisneuvosto"
    assert document.meeting.municipality is not None and document.meeting.municipality.name == "Pori"
    path.write_text("Oulun seudun jätelautakunta, kokous 2.9.2025\n\n" + body, encoding="utf-8")
    [document] = read_path(path)
    assert document.meeting.municipality is None


def test_proposal_opening_with_a_sentence_ending_in_a_colon_keeps_it(tmp_path: Path) -> None:
    """After the presenter, ``Keskustellaan … kohdissa:`` opens the proposal's list: a sentence, not a
    presenter line (no name, no office), so the proposal starts with it."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Nuorisoneuvosto, kokous 5.5.2025\n\nPöytäkirja on tarkastettu\n\n"
        "§ 9 Kesän tapahtumat\n\nMliDno-2025-301\n\nPäätösehdotus\n\nEsittelijä\n\n"
        "  • Ilmari Kotilainen, ilmari.kotilainen@example.org\n\n"
        "Keskustellaan kesän tapahtumista kohdissa:\n\n  • nuorisotalon avoimet ovet\n"
        "  • skeittipuiston avajaiset\n\nPäätös\n\nKeskusteltiin tapahtumista.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    item = document.items[0]
    assert item.proposal is not None
    assert item.proposal.startswith("Keskustellaan kesän tapahtumista kohdissa:")
    assert item.presenter is not None and item.presenter.name == "Ilmari Kotilainen"


def test_a_point_added_in_the_handling_makes_the_decision_amended(tmp_path: Path) -> None:
    """The decision restates the proposal with a third point; ``Kokouskäsittely`` says the council added
    it to the proposal: passed changed, not as proposed."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Nuorisoneuvosto, kokous 6.5.2025\n\nPöytäkirja on tarkastettu\n\n§ 14 Kyselyn järjestäminen\n\n"
        "MliDno-2025-512\n\nEhdotus\n\nNuorisoneuvosto päättää\n\n  1. järjestää kyselyn;\n"
        "  2. koota tulokset.\n\nPäätös\n\nNuorisoneuvosto päätti\n\n  1. järjestää kyselyn;\n"
        "  2. koota tulokset;\n  3. esitellä tulokset kouluilla.\n\nKokouskäsittely\n\n"
        "Merkittiin, että nuorisoneuvosto päätti lisätä päätösehdotukseen 3-kohdan.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.items[0].outcome is Outcome.AMENDED


def test_saved_text_whose_dnro_starts_with_the_municipality_code(tmp_path: Path) -> None:
    """``698Dno-2025-31`` alone on its line, the text naming no host nor address: the number is read and
    its leading code (698) names the municipality."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Kunnanhallitus, kokous 9.6.2025\n\nPöytäkirja on tarkastettu\n\n"
        "§ 41 Kylätalon vuokra\n\n698Dno-2025-31\n\n"
        "Perustelut\n\nKyläyhdistys on pyytänyt vuokran alentamista.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None and document.meeting.municipality.code == "698"
    diary = document.items[0].case.diary_number if document.items[0].case else None
    assert diary is not None and (diary.raw, diary.serial, diary.year) == ("698Dno-2025-31", "31", 2025)


def test_a_proposal_with_its_presenter_under_a_heading_of_its_own(tmp_path: Path) -> None:
    """``Ehdotus`` then ``Esittelijä`` as a heading of its own: the line under it (name, title, address) is
    the presenter and the text after it the proposal, not an empty proposal."""
    text = (FIXTURES / "item-page-saved.txt").read_text(encoding="utf-8")
    head = text[: text.index("Ehdotus\n")]
    path = tmp_path / "item.txt"
    path.write_text(
        head
        + "Ehdotus\n\nEsittelijä\n\nMaija Mallinen, hyvinvointialuejohtaja, maija.mallinen@pirha.fi\n\n"
        + "Aluehallitus päättää hyväksyä kotihoidon asiakasmaksut liitteen mukaisesti.\n\n"
        + "Päätös\n\nHyväksyttiin.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Maija Mallinen", "hyvinvointialuejohtaja")
    assert item.proposal == "Aluehallitus päättää hyväksyä kotihoidon asiakasmaksut liitteen mukaisesti."
    assert item.decision == "Hyväksyttiin."


def test_a_decision_ends_before_its_contact_line_and_a_rule(tmp_path: Path) -> None:
    """A county's page prints who gives more information on the decision, then a rule and notes of the
    meeting: none of them is the decision, and the section keeps them as printed."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Aluevaltuusto, kokous 14.4.2026\n\nPöytäkirja on tarkastettu\n\n§ 31 Tilintarkastajan valinta\n\n"
        "Ehdotus\n\nAluevaltuusto valitsee tilintarkastajan vuosille 2026–2027.\n\n"
        "Päätös\n\nEhdotus hyväksyttiin yksimielisesti.\n\n"
        "Lisätietoja päätöksestä antaa hallintojohtaja Eino Esimerkki, eino.esimerkki@example.fi.\n\n"
        "----------\n\nKokous keskeytettiin tauon ajaksi klo 19.10–19.25.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.decision == "Ehdotus hyväksyttiin yksimielisesti."
    assert (item.outcome, item.unanimous) == (Outcome.APPROVED, True)
    [section] = [s for s in item.sections if s.kind == "decision"]
    assert "Lisätietoja päätöksestä antaa" in section.text and "keskeytettiin" in section.text
    rule_only = tmp_path / "rule.txt"
    rule_only.write_text(
        path.read_text(encoding="utf-8").replace(
            "Lisätietoja päätöksestä antaa hallintojohtaja", "Hallintojohtaja"
        ),
        encoding="utf-8",
    )
    [document] = read_path(rule_only)
    assert document.items[0].decision == (
        "Ehdotus hyväksyttiin yksimielisesti.\n\nHallintojohtaja Eino Esimerkki, eino.esimerkki@example.fi."
    )


def test_a_municipality_the_page_names_only_in_a_locative(tmp_path: Path) -> None:
    """A saved page with no host, address or dnro: the municipality its text names as ``Ruskolla``; a
    page naming none (only ordinary words in ``-lla``) keeps none rather than a guess."""
    head = "Sivistyslautakunta, kokous 12.3.2026\n\nPöytäkirja on tarkastettu\n\n§ 14 Ilmoitusasiat\n\n"
    named, unnamed = tmp_path / "named.txt", tmp_path / "unnamed.txt"
    named.write_text(
        head + "Päätös\n\nLautakunta merkitsi tiedoksi:\n\n- Kesäleirit Ruskolla\n", encoding="utf-8"
    )
    unnamed.write_text(head + "Päätös\n\nLautakunnalla ei ollut huomautettavaa.\n", encoding="utf-8")
    [document] = read_path(named)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Rusko", "704")
    [document] = read_path(unnamed)
    assert document.meeting.municipality is None


def test_the_proposal_a_decision_was_taken_on_printed_as_the_proposal_was(tmp_path: Path) -> None:
    """Minutes that print the proposal under ``Päätösehdotus oli`` (with its presenter as a bullet under
    ``Esittelijä``): that section is the proposal, read as one under ``Päätösehdotus`` would be."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Ympäristölautakunta, kokous 3.3.2026\n\nPöytäkirja on tarkastettu\n\n"
        "§ 22 Lausunto maa-aineslupahakemuksesta\n\n"
        "Perustelut\n\nHakija on pyytänyt lupaa soranottoon.\n\nPäätösehdotus oli\n\nEsittelijä\n\n"
        "  • Malli Aino, Ympäristöpäällikkö\n\nLautakunta antaa liitteen mukaisen lausunnon.\n\n"
        "Päätös\n\nPäätösehdotus hyväksyttiin.\n",
        encoding="utf-8",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Lautakunta antaa liitteen mukaisen lausunnon."
    assert item.presenter is not None
    assert (item.presenter.name, item.presenter.title) == ("Aino Malli", "ympäristöpäällikkö")
    assert [s.kind for s in item.sections] == ["reasons", "presenter", "proposal", "decision"]
    assert (item.decision, item.outcome) == ("Päätösehdotus hyväksyttiin.", Outcome.APPROVED)


@pytest.mark.parametrize(
    ("state", "kind", "checked"),
    [
        ("Protokollet är granskat", DocumentKind.MINUTES, True),
        ("Protokollet är ogranskat", DocumentKind.MINUTES, False),
        ("Esityslista on tarkastamaton", DocumentKind.AGENDA, None),
        ("Pöytäkirja on tarkastamaton", DocumentKind.MINUTES, False),
        ("Pöytäkirja on tarkastettu", DocumentKind.MINUTES, True),
        ("Pöytäkirja", DocumentKind.MINUTES, None),
    ],
)
def test_the_state_line_of_a_page_cut_before_its_decision(
    tmp_path: Path, state: str, kind: DocumentKind, checked: bool | None
) -> None:
    """A saved page cut before any decision is minutes or an agenda by its state line alone, in the words the
    Swedish and Finnish pages print ('Protokollet är granskat', 'Esityslista on tarkastamaton'); minutes not
    yet checked ('Pöytäkirja on tarkastamaton') are minutes still. The same line says whether the minutes
    are checked, and the document keeps it (an agenda, or a bare 'Pöytäkirja', says nothing)."""
    path = tmp_path / "item.txt"
    swedish = state.startswith("Protokollet")
    meeting = "Tekniska nämnden, möte 4.2.2026" if swedish else "Tekninen lautakunta, kokous 4.2.2026"
    reasons = (
        "Beskrivning\n\nNämnden har fått en ansökan." if swedish else "Perustelut\n\nHakemus on saapunut."
    )
    path.write_text(f"{meeting}\n\n{state}\n\n§ 9 Vägbelysning\n\n{reasons}\n", encoding="utf-8")
    [document] = read_path(path)
    assert document.kind is kind
    assert document.checked is checked
    assert document.items[0].decision is None


def _saved_page(tmp_path: Path, meeting: str, heading: str, body: str) -> Path:
    path = tmp_path / "item.txt"
    path.write_text(
        f"{meeting}\n\nPöytäkirja on tarkastettu\n\n{heading}\n\nKESDno-2026-14\n\n{body}", "utf-8"
    )
    return path


def test_an_earlier_handling_printed_before_the_items_own_parts(tmp_path: Path) -> None:
    """Under ``Aikaisempi käsittely`` a page may print a whole earlier handling (preparer, reasons, another
    body's proposal and decision) before the item's own parts: the proposal and decision are not the
    item's, its reasons are its own, and the preparer named in both is named once."""
    path = _saved_page(
        tmp_path,
        "Kunnanvaltuusto, kokous 10.6.2026",
        "§ 41 Tasa-arvosuunnitelma 2026",
        "Aikaisempi käsittely\n\nValmistelija\n\nIiris Esimerkki, iiris.esimerkki@example.fi\n\n"
        "Perustelut\n\nSuunnitelma käsiteltiin ensin henkilöstötoimikunnassa.\n\n"
        "Ehdotus\n\nHenkilöstötoimikunta merkitsee suunnitelman tiedoksi.\n\n"
        "Päätös\n\nSuunnitelma merkittiin tiedoksi.\n\n"
        "Valmistelija\n\nIiris Esimerkki, iiris.esimerkki@example.fi\n\n"
        "Perustelut\n\nValtuusto saa suunnitelman tiedokseen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.proposal, item.decision) == (None, None)
    assert item.reasons == "Valtuusto saa suunnitelman tiedokseen."
    assert [p.name for p in item.preparers] == ["Iiris Esimerkki"]
    earlier = [s.text for s in item.sections if s.kind == "history"]
    assert "Henkilöstötoimikunta merkitsee suunnitelman tiedoksi." in earlier
    assert "Suunnitelma merkittiin tiedoksi." in earlier


def test_a_page_cut_inside_an_earlier_bodys_handling(tmp_path: Path) -> None:
    """A page cut before the item's own parts: a proposal that is another body's own decision
    (``Ympäristölautakunta päättää esittää …``) and its decision are not the item's; the earlier
    preparer and reasons are all the page says of the case and stand for the item's. A proposal by the
    meeting's own body, or one put to it (``Kunnanhallitus esittää valtuustolle``), stays the item's."""
    earlier_parts = (
        "Aikaisempi käsittely\n\nValmistelija\n\n"
        "Oskari Malli, ympäristöpäällikkö, oskari.malli@example.fi\n\n"
        "Perustelut\n\nJätehuoltomääräykset on uudistettava.\n\nEhdotus\n\n"
    )
    path = _saved_page(
        tmp_path,
        "Kunnanvaltuusto, kokous 10.6.2026",
        "§ 42 Jätehuoltomääräykset",
        earlier_parts
        + "Ympäristölautakunta päättää esittää kunnanhallitukselle ja edelleen valtuustolle, että "
        "määräykset hyväksytään.\n\nPäätös\n\nYmpäristölautakunta esittää määräysten hyväksymistä.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert (item.proposal, item.decision) == (None, None)
    assert item.reasons == "Jätehuoltomääräykset on uudistettava."
    assert [p.name for p in item.preparers] == ["Oskari Malli"]
    for proposal in (
        "Kunnanhallitus esittää valtuustolle, että määräykset hyväksytään.",
        "Valtuusto päättää hyväksyä määräykset.",
    ):
        path.write_text(
            path.read_text(encoding="utf-8").split("Ehdotus\n\n")[0] + f"Ehdotus\n\n{proposal}\n", "utf-8"
        )
        [document] = read_path(path)
        assert document.items[0].proposal == proposal


def test_the_matters_handling_and_an_earlier_handling_line(tmp_path: Path) -> None:
    """``Asian käsittely`` is the meeting's handling, not more of the proposal; a line ``Tekninen lautakunta
    2.3.2026, 17 §.`` at the top of the part under ``Aikaisempi käsittely`` names an earlier handling."""
    path = _saved_page(
        tmp_path,
        "Kunnanhallitus, kokous 6.4.2026",
        "§ 88 Vanhan koulun myynti",
        "Aikaisempi käsittely\n\nKuvaus\n\nTekninen lautakunta 2.3.2026, 17 §.\n\n"
        "Lautakunta on esittänyt koulun myyntiä.\n\n"
        "Päätösehdotus\n\nHallitus hyväksyy lautakunnan esityksen.\n\n"
        "Asian käsittely\n\nKeskustelun aikana Aapo Esimerkki ehdotti, ettei koulua myydä.\n\n"
        "Päätös\n\nHallitus hyväksyi pohjaesityksen äänestyksen jälkeen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Hallitus hyväksyy lautakunnan esityksen."
    assert item.handling == "Keskustelun aikana Aapo Esimerkki ehdotti, ettei koulua myydä."
    assert item.decision == "Hallitus hyväksyi pohjaesityksen äänestyksen jälkeen."
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Tekninen lautakunta", date(2026, 3, 2), "17")
    ]
    assert item.reasons is not None and item.reasons.startswith("Tekninen lautakunta 2.3.2026, 17 §.")


def test_an_appeal_ban_with_its_statute_before_the_verb(tmp_path: Path) -> None:
    """``ei saa kuntalain (410/2015) 136 §:n perusteella hakea muutosta``: an appeal ban, its statute read."""
    path = _saved_page(
        tmp_path,
        "Sivistyslautakunta, kokous 6.4.2026",
        "§ 30 Muut asiat",
        "Päätös\n\nKeskusteltiin koulujen kevään tapahtumista.\n\nMuutoksenhaku\n\n"
        "Päätökseen, joka koskee valmistelua, ei saa kuntalain (410/2015) 136 §:n perusteella "
        "hakea muutosta.\n",
    )
    [document] = read_path(path)
    [appeal] = document.items[0].appeal
    assert appeal.kind.value == "appealBan"
    assert appeal.statute is not None and appeal.statute.section == "136"


def test_a_municipality_the_page_names_as_a_municipality(tmp_path: Path) -> None:
    """No host, address, known dnro prefix or locative: the one municipality the text names as one in any
    case (``Kittilän kunnalle``); a text naming two gives none."""
    body = "Perustelut\n\nVeroennusteen mukaan Kittilän kunnalle kertyy verotuloja arvioitua enemmän.\n"
    path = _saved_page(tmp_path, "Kunnanvaltuusto, kokous 6.11.2026", "§ 70 Tuloveroprosentti", body)
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Kittilä", "261")
    path = _saved_page(
        tmp_path,
        "Kunnanvaltuusto, kokous 6.11.2026",
        "§ 70 Tuloveroprosentti",
        body + "\nSodankylän kunnan prosentti on sama.\n",
    )
    [document] = read_path(path)
    assert document.meeting.municipality is None


def test_a_municipality_named_as_one_wins_over_a_locative(tmp_path: Path) -> None:
    """``Kittilän kunnalle`` names the page's municipality; ``Rovaniemellä`` only where something happens."""
    body = (
        "Perustelut\n\nKittilän kunnalle on tarjottu paikkoja esihenkilökoulutukseen. "
        "Koulutus järjestetään Rovaniemellä keväällä.\n"
    )
    path = _saved_page(tmp_path, "Kunnanhallitus, kokous 6.11.2026", "§ 71 Koulutus", body)
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Kittilä", "261")


def test_a_contact_heading_after_the_decision_opens_no_handling(tmp_path: Path) -> None:
    """A page with ``Aikaisempi käsittely`` whose own decision is followed by a ``Lisätietoja`` heading:
    the contact is no earlier handling's start, so the proposal and decision stay the item's."""
    path = _saved_page(
        tmp_path,
        "Kunnanhallitus, kokous 6.4.2026",
        "§ 89 Katuvalojen uusiminen",
        "Aikaisempi käsittely\n\nValmistelija\n\nOskari Malli, oskari.malli@example.fi\n\n"
        "Perustelut\n\nValaisimet ovat elinkaarensa lopussa.\n\n"
        "Ehdotus\n\nKunnanhallitus hyväksyy valaisinten uusimisen.\n\nPäätös\n\nHyväksyttiin.\n\n"
        "Lisätietoja\n\nOskari Malli, oskari.malli@example.fi\n\nTiedoksi\n\nTekninen toimi\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal == "Kunnanhallitus hyväksyy valaisinten uusimisen."
    assert item.decision == "Hyväksyttiin."
    assert [p.name for p in item.preparers] == ["Oskari Malli"]


def test_a_label_repeating_a_part_already_given_is_text_of_the_part(tmp_path: Path) -> None:
    """``Valmistelijat:`` at the top of the reasons after the item's own ``Valmistelija`` part, and
    ``Päätös:`` inside the decision, are labels printed in the part's text, not parts of their own: the
    preparers stay those of the preparer part, the decision keeps all it says. A label under an empty
    heading of its kind (``Ehdotus`` then ``Puheenjohtajan ehdotus:``) still opens the part."""
    path = _saved_page(
        tmp_path,
        "Tekninen lautakunta, kokous 4.5.2026",
        "§ 31 Uimahallin katon korjaus",
        "Valmistelija\n\nOskari Malli, tekninen johtaja, oskari.malli@example.fi\n\n"
        "Perustelut\n\nValmistelijat:\nOskari Malli, tekninen johtaja, oskari.malli@example.fi\n"
        "Iiris Esimerkki, rakennusmestari, iiris.esimerkki@example.fi\n\n"
        "Perustelut\n\nKatto vuotaa usealta kohdalta.\n\n"
        "Ehdotus\n\nPuheenjohtajan ehdotus:\n\nEhdotus annetaan kokouksessa.\n\n"
        "Päätös\n\nKokouksessa annettiin ehdotus.\n\nLautakunta päättää korjauttaa katon.\n\n"
        "Päätös:\n\nEhdotus hyväksyttiin.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Oskari Malli"]
    assert item.reasons is not None
    assert " ".join(item.reasons.split()).startswith("Valmistelijat: Oskari Malli, tekninen johtaja")
    assert item.reasons.endswith("Katto vuotaa usealta kohdalta.")
    assert item.proposal == "Ehdotus annetaan kokouksessa."
    assert item.decision is not None
    assert item.decision.startswith("Kokouksessa annettiin ehdotus.\n\nLautakunta päättää korjauttaa katon.")
    assert item.decision.endswith("Ehdotus hyväksyttiin.")
    assert item.outcome is Outcome.APPROVED


def test_another_body_s_proposal_label_stays_at_the_start_of_the_proposal(tmp_path: Path) -> None:
    """On the council's page, under its empty ``Ehdotus`` heading, ``Kunnanhallituksen ehdotus:`` says
    the proposal the council decides on is the board's: the proposal's first line, kept, and no
    presenter. The same label on the board's own page heads the board's proposal and stays out."""
    body = (
        "Perustelut\n\nJäsen Reima Koivisto on pyytänyt eroa.\n\n"
        "Ehdotus\n\n{label}\n\n{body} päättää\n\n • myöntää eron Reima Koivistolle,\n\n"
        " • valita uuden jäsenen.\n"
    )
    path = _saved_page(
        tmp_path,
        "Kunnanvaltuusto, kokous 2.3.2026",
        "§ 8 Tarkastuslautakunnan jäsenen vaihtuminen",
        body.format(label="Kunnanhallituksen ehdotus:", body="kunnanvaltuusto"),
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal is not None
    assert item.proposal.startswith("Kunnanhallituksen ehdotus:\n\nkunnanvaltuusto päättää")
    assert item.presenter is None
    path = _saved_page(
        tmp_path,
        "Kunnanhallitus, kokous 9.2.2026",
        "§ 21 Tarkastuslautakunnan jäsenen vaihtuminen",
        body.format(label="Kunnanhallituksen ehdotus:", body="Kunnanhallitus"),
    )
    [document] = read_path(path)
    assert document.items[0].proposal is not None
    assert document.items[0].proposal.startswith("Kunnanhallitus päättää")


def test_an_office_s_proposal_label_running_on_into_the_text_stays_at_its_start(tmp_path: Path) -> None:
    """``Kunnanjohtajan ehdotus:`` with the proposal's text on the very next line, in the same paragraph
    of the saved page, is the proposal's first line; standing alone over the text, a blank line between,
    it heads the proposal (``Puheenjohtajan ehdotus:``, tested above)."""
    path = _saved_page(
        tmp_path,
        "Kunnanhallitus, kokous 16.2.2026",
        "§ 30 Valtuuston päätösten täytäntöönpano",
        "Perustelut\n\nValtuusto kokoontui 9.2.2026.\n\n"
        "Ehdotus\n\nEsittelijä\n\n  • Aino Esimerkki, Kunnanjohtaja, aino.esimerkki@example.fi\n\n"
        "Kunnanjohtajan ehdotus: \nKunnanhallitus toteaa päätökset laillisiksi.\n"
        "Päätökset pannaan täytäntöön.\n\nPäätös\n\nHyväksyttiin.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.proposal is not None
    assert item.proposal.startswith("Kunnanjohtajan ehdotus:\n\nKunnanhallitus toteaa päätökset laillisiksi.")
    assert item.presenter is not None and item.presenter.name == "Aino Esimerkki"


def test_an_appeal_ban_naming_both_appeals_before_the_verb(tmp_path: Path) -> None:
    """``oikaisuvaatimusta eikä kunnallisvalitusta ei saa tehdä``: an appeal ban, not a rectification."""
    path = _saved_page(
        tmp_path,
        "Metsäjaosto, kokous 6.4.2026",
        "§ 12 Hakkuusuunnitelma",
        "Päätös\n\nHyväksyttiin.\n\nMuutoksenhaku\n\n"
        "Päätös koskee vain valmistelua, joten oikaisuvaatimusta eikä kunnallisvalitusta ei saa tehdä. "
        "(Kuntalaki 410/2015 § 136)\n",
    )
    [document] = read_path(path)
    [appeal] = document.items[0].appeal
    assert appeal.kind.value == "appealBan"


def test_a_dnro_alone_on_its_line_without_dno_in_its_prefix(tmp_path: Path) -> None:
    """Some services print the dnro's prefix without ``Dno`` (``Esi-2026-41``): alone on its line under
    the heading it is still the case's dnro; a line that only holds such a string among words is not."""
    path = tmp_path / "item.txt"
    path.write_text(
        "Metsäjaosto, kokous 6.4.2026\n\nPöytäkirja on tarkastettu\n\n§ 12 Hakkuusuunnitelma\n\n"
        "Esi-2026-41\n\nPerustelut\n\nHakkuut tehdään talvella.\n",
        "utf-8",
    )
    [document] = read_path(path)
    case = document.items[0].case
    assert case is not None and case.diary_number is not None
    diary = case.diary_number
    assert (diary.raw, diary.serial, diary.year) == ("Esi-2026-41", "41", 2026)
    path.write_text(path.read_text("utf-8").replace("Esi-2026-41", "Hanke Esi-2026-41 jatkuu"), "utf-8")
    [document] = read_path(path)
    assert document.items[0].case is None


def test_a_dnro_alone_on_its_line_is_read_by_the_casem_dnro_pattern(tmp_path: Path) -> None:
    """A line alone under the heading is the case's dnro when the diary number's own CaseM pattern reads
    it, whatever the length of its prefix (``Ympäristöpalvelut-2026-7``)."""
    raw = "Ympäristöpalvelut-2026-7"
    assert parse_diary_number(raw).pattern == "casem-dno"
    path = tmp_path / "item.txt"
    path.write_text(
        "Ympäristölautakunta, kokous 6.4.2026\n\nPöytäkirja on tarkastettu\n\n§ 9 Maa-aineslupa\n\n"
        f"{raw}\n\nPerustelut\n\nHakemus on saapunut.\n",
        "utf-8",
    )
    [document] = read_path(path)
    case = document.items[0].case
    assert case is not None and case.diary_number is not None
    diary = case.diary_number
    assert (diary.raw, diary.prefix, diary.serial, diary.year) == (raw, "Ympäristöpalvelut", "7", 2026)


def test_a_municipality_its_dnro_prefix_abbreviates_and_its_text_names(tmp_path: Path) -> None:
    """No host, address, known prefix, locative or ``… kaupunki``: the one municipality whose name the
    dnro prefix abbreviates (``KnkDno``) and whose genitive the text names (``Kankaanpään kirjasto``).
    A prefix abbreviating another name, or a text naming none, gives none."""
    path = tmp_path / "item.txt"
    page = (
        "Sivistyslautakunta, kokous 6.4.2026\n\nPöytäkirja on tarkastettu\n\n§ 14 Kirjaston aukioloajat\n\n"
        "KnkDno-2026-88\n\nKuvaus\n\nKankaanpään kirjaston aukioloajat muuttuvat syksyllä.\n"
    )
    path.write_text(page, "utf-8")
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Kankaanpää", "214")
    for changed in (page.replace("KnkDno", "RmaDno"), page.replace("Kankaanpään kirjaston", "Kirjaston")):
        path.write_text(changed, "utf-8")
        [document] = read_path(path)
        assert document.meeting.municipality is None


def test_earlier_handlings_named_with_commas_and_after_a_rule(tmp_path: Path) -> None:
    """``Kunnanvaltuusto, 3.2.2026, § 12`` at the top of the part under ``Aikaisempi käsittely`` and
    ``Kunnanhallitus, 2.3.2026, § 40`` right after the rule that closes the first handling both name
    earlier handlings; such a line inside the text elsewhere names none. A proposal heading the page was cut
    after gives no proposal."""
    path = _saved_page(
        tmp_path,
        "Kunnanvaltuusto, kokous 4.5.2026",
        "§ 33 Valtuustoaloite / Kirjaston aukioloajat",
        "Aikaisempi käsittely\n\nKuvaus\n\nKunnanvaltuusto, 3.2.2026, § 12\n\n"
        "Päätös\n\nValtuustoryhmä jätti aloitteen kirjaston aukioloajoista.\n\n"
        "Valtuusto lähetti aloitteen kunnanhallitukselle valmisteltavaksi.\n\n"
        "______________________________\n\nKunnanhallitus, 2.3.2026, § 40\n\n"
        "Aloitteessa ehdotetaan iltojen aukioloa.\n\nKunnanhallitus, 1.3.2026, § 39\n\n"
        "Päätösehdotus\n\nEsittelijä\n\nOskari Malli, kunnanjohtaja, oskari.malli@example.fi\n\n"
        "Kunnanhallitus pyytää aloitteesta sivistyslautakunnan lausunnon.\n\n"
        "Päätös\n\nKunnanhallitus hyväksyi ehdotuksen.\n\n"
        "Kuvaus\n\nAloite on käsitelty lautakunnassa.\n\n"
        "Päätösehdotus\n\nEsittelijä\n\nIiris Esimerkki, sivistysjohtaja, iiris.esimerkki@example.fi\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.body, ref.date, ref.section) for ref in item.history] == [
        ("Kunnanvaltuusto", date(2026, 2, 3), "12"),
        ("Kunnanhallitus", date(2026, 3, 2), "40"),
    ]
    assert (item.proposal, item.decision) == (None, None)


@pytest.mark.parametrize(
    "decision",
    ["Otsikko korjataan. Päätetty esityksen mukaisesti.", "Päätös tehtiin päätösehdotuksen mukaisesti"],
)
def test_a_decision_made_as_proposed(tmp_path: Path, decision: str) -> None:
    """A decision that says it was made as proposed (``Päätetty esityksen mukaisesti``) approves it."""
    path = _saved_page(
        tmp_path,
        "Tekninen lautakunta, kokous 4.5.2026",
        "§ 34 Kevään katutyöt",
        f"Ehdotus\n\nLautakunta hyväksyy katutöiden aikataulun.\n\nPäätös\n\n{decision}\n",
    )
    [document] = read_path(path)
    assert document.items[0].outcome is Outcome.APPROVED


def test_a_preparer_named_on_a_labelled_line_at_the_top_of_the_reasons(tmp_path: Path) -> None:
    """A page without a ``Valmistelija`` heading may name the preparer on a labelled line that opens the
    reasons (``Valmistelija: Name, title``): the line gives the preparer, and the reasons start after it."""
    path = _saved_page(
        tmp_path,
        "Yhteistyötoimielin, kokous 3.3.2026",
        "§ 17 Ensihoidon valmistelun tilanne",
        "Perustelut\n\nValmistelija: Oona Esimerkki, ensihoitopäällikkö\n\n"
        "Ensihoidon työryhmä kertoo valmistelun tilanteesta.\n\n"
        "Ehdotus\n\nToimielin merkitsee tilannekatsauksen tiedoksi.\n\nPäätös\n\nMerkittiin tiedoksi.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Oona Esimerkki", "ensihoitopäällikkö")]
    assert item.reasons == "Ensihoidon työryhmä kertoo valmistelun tilanteesta."


def test_a_swedish_preparer_named_on_a_labelled_line_at_the_top_of_the_reasons(tmp_path: Path) -> None:
    """The Swedish page's ``Beredare av ärendet: titel Namn`` opening the reasons gives the preparer, as
    ``Valmistelija:`` does."""
    path = _saved_page(
        tmp_path,
        "Områdesstyrelsen, möte 3.3.2026",
        "§ 19 Tjänster för sektordirektörer",
        "Beskrivning\n\nBeredare av ärendet: personaldirektör Oona Exempel\n\n"
        "Fullmäktige har inrättat tjänsterna.\n\n"
        "Beslutsförslag\n\nStyrelsen antecknar ärendet för kännedom.\n\nBeslut\n\nFörslaget godkändes.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Oona Exempel", "personaldirektör")]
    assert item.reasons == "Fullmäktige har inrättat tjänsterna."


def test_a_labelled_preparer_line_inside_the_reasons_stays_text(tmp_path: Path) -> None:
    """Only the line that opens the reasons names the item's preparer: one further down (an earlier
    handling retold in the reasons) stays in the text."""
    path = _saved_page(
        tmp_path,
        "Yhteistyötoimielin, kokous 3.3.2026",
        "§ 18 Hallintosääntö",
        "Perustelut\n\nHallintosääntö käsiteltiin ensin työryhmässä.\n\n"
        "Valmistelija: Oona Esimerkki\n\nSääntöä on muutettu sen jälkeen.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.preparers == []
    assert item.reasons is not None and "Valmistelija: Oona Esimerkki" in item.reasons


def test_a_title_without_the_organisation_s_abbreviation_after_the_office(tmp_path: Path) -> None:
    """``Name, office, ABBR, address`` under ``Esittelijä`` or ``Valmistelija``: the upper-case abbreviation
    after the office names the organisation (a rescue department's ``KUP``), not part of the title."""
    path = _saved_page(
        tmp_path,
        "Yhteistyötoimielin, kokous 3.3.2026",
        "§ 19 Valmiussuunnitelma",
        "Valmistelija\n\n  • Aino Testinen, riskienhallintapäällikkö, EUP, aino.testinen@example.fi\n\n"
        "Ehdotus\n\nEsittelijä\n\n  • Ville Mallikas, pelastusjohtaja, EUP, ville.mallikas@example.fi\n\n"
        "Toimielin hyväksyy valmiussuunnitelman.\n\nPäätös\n\nHyväksyttiin.\n",
    )
    [document] = read_path(path)
    presenter = document.items[0].presenter
    assert presenter is not None
    assert (presenter.name, presenter.title, presenter.email) == (
        "Ville Mallikas",
        "pelastusjohtaja",
        "ville.mallikas@example.fi",
    )
    assert [(p.name, p.title) for p in document.items[0].preparers] == [
        ("Aino Testinen", "riskienhallintapäällikkö")
    ]


def test_a_labelled_preparer_line_with_the_reasons_after_a_line_break(tmp_path: Path) -> None:
    """``<p>Beredare av ärendet: titel Namn<br>First sentence …</p>`` opening the reasons: the name is the
    preparer, and the sentence after the line break stays the reasons'."""
    page = (
        (FIXTURES / "item-page-sv.html")
        .read_text(encoding="utf-8")
        .replace(
            "  <p><strong>Beredare</strong></p>\n"
            "  <p>förvaltningsdirektör Greta Exempel, tfn 040 222 3344</p>\n",
            "  <p><strong>Beskrivning</strong></p>\n"
            "  <p>Beredare av ärendet: förvaltningsdirektör Greta Exempel, tfn 040 222 3344<br>"
            "Enligt förvaltningsstadgan väljer kommunstyrelsen två protokolljusterare.</p>\n"
            "  <p>Protokolljusterarna väljs i alfabetisk ordning.</p>\n",
        )
    )
    path = tmp_path / "item.html"
    path.write_text(page, encoding="utf-8")
    [document] = read_path(path)
    [item] = document.items
    assert [p.name for p in item.preparers] == ["Greta Exempel"]
    assert item.reasons == (
        "Enligt förvaltningsstadgan väljer kommunstyrelsen två protokolljusterare.\n\n"
        "Protokolljusterarna väljs i alfabetisk ordning."
    )


@pytest.mark.parametrize("suffix", ["30.6.2025 saakka", "1.7.2025 alkaen"])
def test_a_body_named_with_its_term(tmp_path: Path, suffix: str) -> None:
    """A site that keeps the bodies of an earlier term apart prints the term after the body's name
    (``Nuorisoneuvosto 30.6.2025 saakka``): the body is named without it, from the meeting line and from
    the page address alike."""
    path = _saved_page(
        tmp_path,
        f"Nuoriso- ja harrastusasioiden neuvosto {suffix}, kokous 14.4.2025",
        "§ 8 Harrastusavustukset",
        "Perustelut\n\nAvustuksia haettiin määräaikaan mennessä.\n\nPäätös\n\nHyväksyttiin.\n",
    )
    [document] = read_path(path)
    assert document.meeting.body.name == "Nuoriso- ja harrastusasioiden neuvosto"
    digits = suffix.split()[0].replace(".", "")
    page = tmp_path / "item.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://esimerkki.cloudnc.fi/fi-FI/Toimielimet/'
        f'Nuorisoneuvosto_{digits}_{suffix.split()[1]}/Kokous_1442025/Harrastusavustukset(77)">'
        "</head><body><h1>§ 8 Harrastusavustukset</h1><h3>Päätös</h3><p>Hyväksyttiin.</p></body></html>",
        encoding="utf-8",
    )
    [document] = read_path(page)
    assert document.meeting.body.name == "Nuorisoneuvosto"


def test_a_proposal_that_opens_with_a_sentence_introducing_a_list(tmp_path: Path) -> None:
    """A proposal whose first line introduces a list (``… myöntää luvat seuraavasti:``) under the presenter
    named below ``Esittelijä`` opens with that line: a sentence, not a presenter's ``Title Name:`` line."""
    path = _saved_page(
        tmp_path,
        "Lupajaosto, kokous 8.5.2026",
        "§ 12 Kyläyhdistyksen opasteet",
        "Perustelut\n\nKyläyhdistys on hakenut lupaa opasteille.\n\n"
        "Ehdotus\n\nEsittelijä\n\n • Ville Esimerkki, katupäällikkö, ville.esimerkki@example.fi\n\n"
        "Lupajaosto myöntää luvat opasteille seuraavasti:\n\n"
        " 1. Opaste kylätalolle\n\n 2. Opaste uimarannalle\n\n"
        "Päätös\n\nHyväksyttiin.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None and item.presenter.name == "Ville Esimerkki"
    assert item.proposal is not None
    assert item.proposal.startswith(
        "Lupajaosto myöntää luvat opasteille seuraavasti:\n\n1. Opaste kylätalolle"
    )


def test_cities_named_in_the_plural_are_not_the_pages_municipality(tmp_path: Path) -> None:
    """``Porin ja Lahden kaupunkien ohjeissa`` names other cities as examples (a plural, a list); the one
    named in a locative (``Sallassa``) is the page's."""
    body = (
        "Perustelut\n\nValtuutettu esitti aloitteen: kuntalaisia on pyöräillyt Sallassa yhä enemmän. "
        "Esimerkiksi Porin ja Lahden kaupunkien ohjeissa pyöräpysäköinti on katettu.\n"
    )
    path = _saved_page(tmp_path, "Valtuusto, kokous 2.3.2026", "§ 12 Pyöräpysäköinti, aloite", body)
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Salla", "732")


def test_an_earlier_handling_line_atop_the_reasons_is_history(tmp_path: Path) -> None:
    """A page without ``Aikaisempi käsittely`` whose reasons open with the line of an earlier handling
    (``Kulttuurilautakunta 03.04.2025 § 14``): that handling is the item's history; the line stays in the
    reasons, and a dated body named inside the prose is none."""
    body = (
        "Valmistelija\n\n  • Kaarina Kokeilu, kaarina.kokeilu@example.fi\n\n"
        "Perustelut\n\nKulttuurilautakunta 03.04.2025 § 14\n \n"
        "Kirjaston remontti alkoi v. 2024. Tekninen lautakunta 5.5.2025 § 7 puolsi lisärahaa.\n"
    )
    path = _saved_page(tmp_path, "Kulttuurijaosto, kokous 10.9.2025", "§ 21 Kirjaston aukiolo", body)
    [document] = read_path(path)
    [item] = document.items
    assert [(ref.date.isoformat() if ref.date else None, ref.section) for ref in item.history] == [
        ("2025-04-03", "14")
    ]
    assert item.reasons is not None and item.reasons.startswith("Kulttuurilautakunta 03.04.2025 § 14")


def test_a_municipal_enterprises_board_names_its_city(tmp_path: Path) -> None:
    """``Porin Satama Liikelaitoksen johtokunta``: the board of Pori's enterprise, with no other sign of
    the city; a joint authority named with a region's genitive (``Porin seudun …``) names none."""
    body = "Perustelut\n\nKatsauksessa esitellään ajankohtaiset asiat.\n\nPäätös\n\nMerkittiin tiedoksi.\n"
    path = _saved_page(
        tmp_path, "Porin Satama Liikelaitoksen johtokunta, kokous 4.6.2026", "§ 9 Katsaus", body
    )
    [document] = read_path(path)
    assert document.meeting.municipality is not None
    assert (document.meeting.municipality.name, document.meeting.municipality.code) == ("Pori", "609")
    path = _saved_page(
        tmp_path, "Porin seudun Satama liikelaitoksen johtokunta, kokous 4.6.2026", "§ 9 Katsaus", body
    )
    [document] = read_path(path)
    assert document.meeting.municipality is None


def test_contacts_for_more_information_are_no_preparers_beside_the_preparer(tmp_path: Path) -> None:
    """``Valmistelija`` names the preparer; the people under ``Valmistelijan yhteystiedot`` and
    ``Lisätietoja päätöksestä`` are contacts. A page with only the contacts names them as its preparers."""
    contacts = (
        "Valmistelijan yhteystiedot\n\n"
        "Suunnittelija Sanni Suunta, puh. 040 111 2233, etunimi.sukunimi@example.fi\n\n"
        "Lisätietoja päätöksestä\n\nLakimies Lauri Laki, puh. 040 444 5566, etunimi.sukunimi@example.fi\n\n"
        "Perustelut\n\nPuistoon tulee uusi leikkipaikka.\n"
    )
    head = ("Kaupunginhallitus, kokous 2.2.2026", "§ 40 Leikkipaikka")
    path = _saved_page(tmp_path, *head, "Valmistelija\n\n • Virtala Ville, Johtaja\n\n" + contacts)
    [document] = read_path(path)
    assert [p.name for p in document.items[0].preparers] == ["Ville Virtala"]
    assert [s.heading for s in document.items[0].sections][:3] == [
        "Valmistelija",
        "Valmistelijan yhteystiedot",
        "Lisätietoja päätöksestä",
    ]
    path = _saved_page(tmp_path, *head, contacts)
    [document] = read_path(path)
    assert [p.name for p in document.items[0].preparers] == ["Sanni Suunta", "Lauri Laki"]


def test_a_preparers_label_under_an_empty_reasons_heading(tmp_path: Path) -> None:
    """``Perustelut`` with nothing under it, then ``Valmistelu ja lisätiedot:`` with the preparer and an
    address on short lines, then the reasons' prose: the short lines name the preparer, and the prose
    (with the names and organisations it mentions) is the reasons, not more preparers."""
    path = _saved_page(
        tmp_path,
        "Aluehallitus, kokous 12.2.2026",
        "§ 61 Yhteistyöryhmän jäsenten nimeäminen",
        "Perustelut\n\nValmistelu ja lisätiedot:\n\nhankepäällikkö Ilona Mallinen\n\n"
        "etunimi.sukunimi(at)example.fi\n\n"
        "Aluehallitus päätti perustaa järjestöjen yhteistyöryhmän kokouksessaan 3.12.2025.\n\n"
        "Jäseniksi ovat hakeneet:\n\n • Kettunen Aarne / Esimerkkiseura ry\n\n"
        " • Lehto Vilja / Mallikylän Kotiseutuyhdistys ry\n\n"
        "Ehdotus\n\nAluehallitus nimeää yhteistyöryhmän jäsenet.\n\nPäätös\n\nHyväksyttiin.\n",
    )
    [document] = read_path(path)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Ilona Mallinen", "hankepäällikkö")]
    assert item.reasons is not None
    assert item.reasons.startswith("Aluehallitus päätti perustaa järjestöjen yhteistyöryhmän")
    assert "Lehto Vilja / Mallikylän Kotiseutuyhdistys ry" in item.reasons
    assert item.proposal == "Aluehallitus nimeää yhteistyöryhmän jäsenet."


def test_a_preparers_label_alone_on_the_first_line_of_the_reasons(tmp_path: Path) -> None:
    """``<p>Valmistelu ja lisätiedot:<br>Name, title<br>address<br>First sentence …</p>`` opening the
    reasons: the lines under the label name the preparer, and the prose after them is the reasons'."""
    page = tmp_path / "item.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://esimerkki.cloudnc.fi/fi-FI/Toimielimet/'
        'Aluehallitus/Kokous_1222026/Yhteistyoryhman_jasenet(88)"></head><body>'
        "<h1>§ 62 Yhteistyöryhmän jäsenet</h1><h3>Perustelut</h3>"
        "<p>Valmistelu ja lisätiedot:<br>Ilona Mallinen, hankepäällikkö<br>etunimi.sukunimi(at)example.fi<br>"
        "Aluehallitus päätti perustaa järjestöjen yhteistyöryhmän kokouksessaan 3.12.2025.</p>"
        "<p>Jäseniä haettiin avoimella haulla.</p>"
        "<h3>Ehdotus</h3><p>Aluehallitus nimeää jäsenet.</p>"
        "<h3>Päätös</h3><p>Hyväksyttiin.</p></body></html>",
        encoding="utf-8",
    )
    [document] = read_path(page)
    [item] = document.items
    assert [(p.name, p.title) for p in item.preparers] == [("Ilona Mallinen", "hankepäällikkö")]
    assert item.reasons == (
        "Aluehallitus päätti perustaa järjestöjen yhteistyöryhmän kokouksessaan 3.12.2025.\n\n"
        "Jäseniä haettiin avoimella haulla."
    )


@pytest.mark.parametrize(
    ("proposal", "decision", "outcome"),
    [
        ("Merkitään tiedoksi.", "Päätösehdotus hyväksyttiin.", Outcome.NOTED),
        ("Saadut selvitykset merkitään tiedoksi.", "Päätösehdotus hyväksyttiin.", Outcome.NOTED),
        ("Lautakunta hyväksyy uuden leikkipaikan.", "Päätösehdotus hyväksyttiin.", Outcome.APPROVED),
    ],
)
def test_approving_a_proposal_that_only_notes_notes_the_matter(
    tmp_path: Path, proposal: str, decision: str, outcome: Outcome
) -> None:
    """A page whose proposal only notes (``Merkitään tiedoksi.``) and whose decision approves the proposal
    notes the matter, as every other reader reads it."""
    body = (
        "Perustelut\n\nToimialajohtaja kertoo ajankohtaisista asioista.\n\n"
        "Päätösehdotus oli\n\nEsittelijä\n\n  • Lahtinen Reija, Johtaja\n\n"
        f"{proposal}\n\nPäätös\n\n{decision}\n"
    )
    path = _saved_page(tmp_path, "Elinvoimalautakunta, kokous 3.3.2026", "§ 8 Ajankohtaiskatsaus", body)
    [document] = read_path(path)
    assert document.items[0].outcome is outcome


@pytest.mark.parametrize(
    ("contact_heading", "preparers"),
    [("Lisätietoja päätöksestä", []), ("Valmistelijan yhteystiedot", ["Anna Korpela"])],
)
def test_the_presenter_named_for_more_information_on_the_decision_is_no_preparer(
    tmp_path: Path, contact_heading: str, preparers: list[str]
) -> None:
    """A page that prints no ``Valmistelija`` and names its presenter under ``Lisätietoja päätöksestä``
    names no preparer: the presenter answers for the proposal. The preparer's own contacts
    (``Valmistelijan yhteystiedot``) still name the preparer."""
    body = (
        f"{contact_heading}\n\n"
        "Kaupunginreviisori Anna Korpela puh. 040 987 6543, etunimi.sukunimi@example.fi\n\n"
        "Perustelut\n\nArviointiin on kutsuttu liikelaitoksen toimitusjohtaja.\n\n"
        "Päätösehdotus oli\n\nEsittelijä\n\n  • Korpela Anna, Kaupunginreviisori\n\n"
        "Saadut selvitykset merkitään tiedoksi.\n\nPäätös\n\nPäätösehdotus hyväksyttiin.\n"
    )
    path = _saved_page(tmp_path, "Tarkastuslautakunta, kokous 7.4.2026", "§ 21 Satamalaitos", body)
    [document] = read_path(path)
    [item] = document.items
    assert item.presenter is not None and item.presenter.name == "Anna Korpela"
    assert [p.name for p in item.preparers] == preparers
