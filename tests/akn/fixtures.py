"""Hand-written model documents for the AKN tests (the seed's facts and a few whole minutes)."""

from __future__ import annotations

from datetime import date, time

from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Attachment,
    Body,
    Case,
    Confidentiality,
    DecisionReference,
    DiaryNumber,
    Disqualification,
    Dissent,
    Document,
    DocumentKind,
    ImpactAssessment,
    Item,
    LegalReference,
    Meeting,
    Motion,
    Municipality,
    Outcome,
    Participant,
    Person,
    PresenceChange,
    Section,
    Vote,
    VoteEvent,
)

KUOPIO = Municipality(name="Kuopio", slug="kuopio", code="297", name_sv="Kuopio")

SEED_REASONS = (
    "Valtion ja kuntien välistä yhteistyötä toteutetaan elinvoimakeskusten johtamissa alueellisissa "
    "työllisyyden edistämisen yhteistyö- ja seurantakeskusteluissa.\n"
    "\n"
    "Itä-Suomen elinvoimakeskus järjestää yhteistyö- ja seurantakeskustelun Kuopion, Ylä-Savon ja "
    "Keski-Savon työllisyysalueen osalta 21.5.2026"
)


def tyollisyys_meeting() -> Meeting:
    return Meeting(
        body=Body(name="Työllisyysaluelautakunta", slug="tyollisyysaluelautakunta"),
        date=date(2026, 5, 7),
        municipality=KUOPIO,
        date_raw="07.05.2026",
    )


def seed_item() -> Item:
    """Työllisyysaluelautakunta 07.05.2026 § 28 as the seed prints it."""
    return Item(
        number="28",
        number_raw="§ 28",
        title="Yhteistyö- ja seurantakeskustelut",
        case=Case(
            diary_number=DiaryNumber(
                raw="2804/00.01.01/2026", serial="2804", task_class="00.01.01", year=2026, pattern="dynasty"
            )
        ),
        preparers=[
            Person(
                name="Tiina Mäenpää",
                title="työllisyysaluejohtaja",
                phone="044 718 7502",
                email="etunimi.sukunimi@kuopio.fi",
            )
        ],
        presenter=Person(name="Virpi Noronen", title="työllisyysaluejohtaja", acting=True),
        proposal="Työllisyysaluelautakunta merkitsee asian tiedoksi.",
        presence_changes=[
            PresenceChange(
                person="Kari Virranta",
                kind="left",
                text="Merkitään, että jäsen Kari Virranta poistui kokouksesta asian käsittelyn aikana.",
            )
        ],
        decision=(
            "Merkitään, että jäsen Kari Virranta poistui kokouksesta asian käsittelyn aikana.\n"
            "\n"
            "Työllisyysaluelautakunta hyväksyi yksimielisesti esittelijän päätösehdotuksen."
        ),
        outcome=Outcome.APPROVED,
        unanimous=True,
        reasons=SEED_REASONS,
        legal_basis=[
            LegalReference(
                raw="Kuopion kaupungin hallintosääntö 32 §",
                kind="regulation",
                name="Kuopion kaupungin hallintosääntö",
                section="32",
            )
        ],
        legal_basis_text="Kuopion kaupungin hallintosääntö 32 §",
        impact=ImpactAssessment(
            made=False,
            reason=(
                "Päätösten vaikutusten ennakoarviointia ei tehdä, kun kyseessä on tiedoksi merkittävä asia "
                "(kh 21.10.2025, § 293)"
            ),
            references=[
                DecisionReference(
                    raw="kh 21.10.2025, § 293", body_abbreviation="kh", date=date(2025, 10, 21), section="293"
                )
            ],
        ),
        sections=[
            Section("proposal", "Päätösehdotus", "Työllisyysaluelautakunta merkitsee asian tiedoksi."),
            Section("attachments", "Liitteet", ""),
        ],
    )


def seed_document() -> Document:
    """The seed as a lone item (not whole minutes)."""
    return Document(kind=DocumentKind.MINUTES, meeting=tyollisyys_meeting(), items=[seed_item()])


def _member(name: str, role: str = "jäsen", present: bool = True, note: str | None = None) -> Participant:
    return Participant(Person(name=name), role, present=present, note=note)


def whole_minutes() -> Document:
    """Five items: the seed, a vote with counts and named votes, a disqualification, more."""
    vote_item = Item(
        number="29",
        number_raw="§ 29",
        title="Työllisyyspalveluiden hankinta",
        proposal="Lautakunta hyväksyy hankinnan.",
        handling=(
            "Jäsen Aino Koski ehdotti, että asia palautetaan valmisteluun. Ehdotusta kannatti Pekka Järvi.\n"
            "Puheenjohtaja totesi, että on suoritettava äänestys."
        ),
        motions=[
            Motion(
                proposer="Aino Koski",
                text="Asia palautetaan valmisteluun.",
                seconder="Pekka Järvi",
                kind="return",
            )
        ],
        votes=[
            VoteEvent(
                yes_proposition="päätösehdotus",
                no_proposition="Aino Kosken ehdotus",
                yes=6,
                no=3,
                blank=0,
                absent=1,
                votes=[
                    Vote("Aino Koski", "no", group="vas"),
                    Vote("Pekka Järvi", "no"),
                    Vote("Liisa Niemi", "yes"),
                ],
                result="päätösehdotus hyväksyttiin",
                text="Äänestyksessä annettiin 6 jaa-ääntä ja 3 ei-ääntä.",
            )
        ],
        dissents=[Dissent("Aino Koski", "Jätän eriävän mielipiteen.")],
        decision="Lautakunta hyväksyi päätösehdotuksen äänin 6–3.",
        outcome=Outcome.VOTED,
        unanimous=False,
        legal_basis=[
            LegalReference(
                raw="kuntalaki 90 §",
                kind="statute",
                name="Kuntalaki",
                abbreviation="KuntaL",
                number=410,
                year=2015,
                section="90",
            )
        ],
        appeal=[
            AppealInfo(
                AppealKind.RECTIFICATION,
                text="Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen.",
                statute=LegalReference(
                    raw="KuntaL 134 §",
                    kind="statute",
                    abbreviation="KuntaL",
                    number=410,
                    year=2015,
                    section="134",
                ),
                period_days=14,
                authority="Työllisyysaluelautakunta",
            )
        ],
        attachments=[
            Attachment("Hankintasuunnitelma", number="1"),
            Attachment(
                "Tarjousvertailu", number="2", public=False, confidentiality_ground="JulkL 24 § 1 mom. 20 k"
            ),
            Attachment("Esitysdiat", supplementary=True),
        ],
        distribution=["Hankintapalvelut", "Työllisyyspalvelut"],
    )
    disq_item = Item(
        number="30",
        number_raw="§ 30",
        title="Avustukset yhdistyksille 2026",
        disqualifications=[
            Disqualification(
                "Pekka Järvi",
                ground="yhteisöjäävi",
                reference=LegalReference(
                    raw="HL 28 § 1 mom. 5 k",
                    kind="statute",
                    abbreviation="HL",
                    number=434,
                    year=2003,
                    section="28",
                ),
                text="Pekka Järvi ilmoitti olevansa esteellinen ja poistui kokouksesta.",
            )
        ],
        presence_changes=[PresenceChange("Pekka Järvi", "left", "poistui", time(17, 5))],
        decision="Hyväksyttiin.",
        outcome=Outcome.APPROVED,
        history=[
            DecisionReference(
                raw="tyoll 12.3.2026 § 14",
                body="Työllisyysaluelautakunta",
                date=date(2026, 3, 12),
                section="14",
            )
        ],
    )
    tabled = Item(
        number="31",
        number_raw="§ 31",
        title="Talousarvion toteuma",
        decision="Asia pantiin pöydälle.",
        outcome=Outcome.TABLED,
    )
    secret = Item(
        number="32",
        number_raw="§ 32",
        title="Henkilöstöasia",
        decision="Salainen sisältö.",
        confidentiality=Confidentiality(ground="JulkL 24 § 1 mom. 25 k", public_title="Henkilöstöasia"),
    )
    return Document(
        kind=DocumentKind.MINUTES,
        meeting=Meeting(
            body=Body(name="Työllisyysaluelautakunta", slug="tyollisyysaluelautakunta", abbreviation="tyoll"),
            date=date(2026, 5, 7),
            municipality=KUOPIO,
            date_raw="07.05.2026",
            start=time(16, 0),
            end=time(18, 15),
            place="Kaupungintalo, Suuri Kokoushuone",
            number="6/2026",
            participants=[
                _member("Liisa Niemi", "puheenjohtaja"),
                _member("Aino Koski"),
                _member("Pekka Järvi", note="poistui 17.05, § 30"),
                _member("Kari Virranta"),
                _member("Matti Mäki", present=False),
            ],
        ),
        items=[seed_item(), vote_item, disq_item, tabled, secret],
        appeal_instructions=[
            AppealInfo(AppealKind.APPEAL_BAN, text="Valmistelua koskevat päätökset.", applies_to=["31"])
        ],
        checked=True,
        published=date(2026, 5, 14),
        whole=True,
        signatures=[_member("Liisa Niemi", "puheenjohtaja"), _member("Sari Laine", "pöytäkirjanpitäjä")],
        sections=[Section("opening", "Kokouksen avaus", "Puheenjohtaja avasi kokouksen klo 16.00.")],
    )


def swedish_minutes() -> Document:
    """Minutes in Swedish (Korsholm/Mustasaari style)."""
    return Document(
        kind=DocumentKind.MINUTES,
        language="sv",
        whole=True,
        meeting=Meeting(
            body=Body(name="Kommunstyrelsen", slug="kommunstyrelsen"),
            date=date(2026, 4, 20),
            municipality=Municipality(name="Korsholm", slug="korsholm", name_sv="Korsholm"),
            number="4/2026",
        ),
        items=[
            Item(
                number="55",
                number_raw="§ 55",
                title="Delårsrapport för perioden januari–mars",
                proposal="Kommunstyrelsen antecknar rapporten för kännedom.",
                decision="Kommunstyrelsen antecknade rapporten för kännedom.",
                outcome=Outcome.NOTED,
                language="sv",
            )
        ],
    )


def agenda() -> Document:
    """An agenda (esityslista) with two items."""
    return Document(
        kind=DocumentKind.AGENDA,
        whole=True,
        meeting=Meeting(
            body=Body(name="Kaupunginhallitus", slug="kaupunginhallitus"),
            date=date(2026, 6, 1),
            municipality=KUOPIO,
            number="12/2026",
        ),
        items=[
            Item(
                number="101",
                title="Talousarvion muutos",
                agenda_number="1",
                proposal="Kaupunginhallitus esittää valtuustolle muutoksen hyväksymistä.",
            ),
            Item(number="102", title="Ilmoitusasiat", agenda_number="2", proposal="Merkitään tiedoksi."),
        ],
    )


def confidential_item() -> Document:
    """A wholly confidential item as a lone statement."""
    item = Item(
        number="40",
        number_raw="§ 40",
        title="Työntekijän X irtisanominen",
        preparers=[Person(name="Henna Salo", title="henkilöstöjohtaja")],
        proposal="Irtisanotaan salaisella perusteella.",
        decision="Irtisanottiin SALAINEN-SISÄLTÖ.",
        reasons="SALAISET-PERUSTELUT",
        case=Case(diary_number=DiaryNumber(raw="99/01.01.01/2026")),
        confidentiality=Confidentiality(
            ground="JulkL 24 § 1 mom. 32 k",
            reference=LegalReference(
                raw="JulkL 24 § 1 mom. 32 k",
                kind="statute",
                abbreviation="JulkL",
                number=621,
                year=1999,
                section="24",
            ),
            public_title="Henkilöstöasia",
        ),
        outcome=Outcome.APPROVED,
    )
    return Document(kind=DocumentKind.MINUTES, meeting=tyollisyys_meeting(), items=[item])
