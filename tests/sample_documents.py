"""Documents built by hand for the RDF tests: the seed item and a fuller minutes of our own writing.

``seed_document()`` holds the facts of the seed (Kuopio, Työllisyysaluelautakunta 07.05.2026 § 28) as
the text reader is expected to produce them. ``full_minutes()`` is invented: it uses every field of
the model (votes, motions, disqualification, confidentiality, attachments, appeal instructions…).
"""

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
    Source,
    Span,
    Vote,
    VoteEvent,
)

SEED_FILE = "kuopio-tyollisyysaluelautakunta-2026-05-07-28.md"


def _at(line: int) -> Span:
    return Span(SEED_FILE, line)


def seed_document() -> Document:
    """The seed item as a lone-item minutes document."""
    impact_reason = (
        "Päätösten vaikutusten ennakoarviointia ei tehdä, kun kyseessä on tiedoksi merkittävä asia "
        "(kh 21.10.2025, § 293)"
    )
    item = Item(
        number="28",
        number_raw="§ 28",
        title="Yhteistyö- ja seurantakeskustelut",
        case=Case(
            diary_number=DiaryNumber(
                raw="2804/00.01.01/2026",
                serial="2804",
                task_class="00.01.01",
                year=2026,
                pattern="dynasty",
                span=_at(6),
            ),
            span=_at(6),
        ),
        preparers=[
            Person(
                name="Tiina Mäenpää",
                title="työllisyysaluejohtaja",
                phone="044 718 7502",
                email="etunimi.sukunimi@kuopio.fi",
                span=_at(10),
            )
        ],
        presenter=Person(name="Virpi Noronen", title="työllisyysaluejohtaja", acting=True, span=_at(15)),
        proposal="Työllisyysaluelautakunta merkitsee asian tiedoksi.",
        presence_changes=[
            PresenceChange(
                person="Kari Virranta",
                kind="left",
                text="Merkitään, että jäsen Kari Virranta poistui kokouksesta asian käsittelyn aikana.",
                span=_at(21),
            )
        ],
        decision=(
            "Merkitään, että jäsen Kari Virranta poistui kokouksesta asian käsittelyn aikana.\n\n"
            "Työllisyysaluelautakunta hyväksyi yksimielisesti esittelijän päätösehdotuksen."
        ),
        outcome=Outcome.NOTED,
        unanimous=True,
        reasons="Valtion ja kuntien välistä yhteistyötä toteutetaan elinvoimakeskusten johtamissa "
        "alueellisissa työllisyyden edistämisen yhteistyö- ja seurantakeskusteluissa.",
        legal_basis=[
            LegalReference(
                raw="Kuopion kaupungin hallintosääntö 32 §",
                kind="regulation",
                name="Kuopion kaupungin hallintosääntö",
                section="32",
                span=_at(39),
            )
        ],
        legal_basis_text="Kuopion kaupungin hallintosääntö 32 §",
        impact=ImpactAssessment(
            made=False,
            text=impact_reason,
            reason=impact_reason,
            references=[
                DecisionReference(
                    raw="kh 21.10.2025, § 293",
                    body_abbreviation="kh",
                    date=date(2025, 10, 21),
                    section="293",
                    span=_at(43),
                )
            ],
            span=_at(41),
        ),
        sections=[
            Section(
                "proposal", "Päätösehdotus", "Työllisyysaluelautakunta merkitsee asian tiedoksi.", _at(13)
            ),
            Section("legalBasis", "Toimivallan peruste", "Kuopion kaupungin hallintosääntö 32 §", _at(37)),
            Section("attachments", "Liitteet", "", _at(45)),
        ],
        span=_at(3),
    )
    meeting = Meeting(
        body=Body(name="Työllisyysaluelautakunta", span=_at(5)),
        date=date(2026, 5, 7),
        municipality=Municipality(name="Kuopio", slug="kuopio", code="297"),
        date_raw="07.05.2026",
        span=_at(5),
    )
    return Document(
        kind=DocumentKind.MINUTES,
        meeting=meeting,
        items=[item],
        source=Source(path=f"/somewhere/{SEED_FILE}", format="text", sha256="0" * 64),
    )


def full_minutes() -> Document:
    """Invented whole minutes of two items touching every field of the model."""
    span = Span("esimerkkila-kh-2026-03-02.md", 1)
    chair = Person(name="Aino Esimerkki", group="Esimerkkiryhmä")
    secretary = Person(name="Pekka Pöytäkirja", title="hallintojohtaja")
    member = Person(name="Kalle Jäsen", group="Toinen ryhmä")
    deputy = Person(name="Liisa Varamies", group="Esimerkkiryhmä")
    kuntalaki = LegalReference(
        raw="KuntaL 136 §",
        kind="statute",
        name="Kuntalaki",
        abbreviation="KuntaL",
        number=410,
        year=2015,
        section="136",
    )
    first = Item(
        number="12",
        number_raw="§ 12",
        agenda_number="3",
        title="Liikuntahallin rakentaminen",
        case=Case(
            diary_number=DiaryNumber(
                raw="TRE:4787/10.03.01/2016",
                serial="4787",
                task_class="10.03.01",
                year=2016,
                prefix="TRE",
                pattern="casem",
            ),
            title="Liikuntahalli",
        ),
        preparers=[Person(name="Olli Valmistelija", title="tilapäällikkö", phone="040 000 0000")],
        presenter=Person(name="Kaisa Johtaja", title="kunnanjohtaja"),
        proposal="Kunnanhallitus esittää valtuustolle liikuntahallin rakentamista.",
        handling="Keskustelun kuluessa Kalle Jäsen teki vastaehdotuksen.",
        presence_changes=[
            PresenceChange(
                person="Liisa Varamies",
                kind="arrived",
                time=time(17, 5),
                text="Liisa Varamies saapui klo 17.05.",
            )
        ],
        disqualifications=[
            Disqualification(
                person="Aino Esimerkki",
                ground="intressijäävi",
                reference=LegalReference(
                    raw="HL 28 § 1 mom. 4 k",
                    kind="statute",
                    abbreviation="HL",
                    number=434,
                    year=2003,
                    section="28",
                    subsection="1",
                    paragraph="4",
                ),
                text="Aino Esimerkki ilmoitti olevansa esteellinen.",
            )
        ],
        motions=[
            Motion(
                proposer="Kalle Jäsen",
                seconder="Liisa Varamies",
                text="Asia palautetaan valmisteluun.",
                kind="return",
            )
        ],
        votes=[
            VoteEvent(
                round=1,
                yes_proposition="Päätösehdotus",
                no_proposition="Palautus",
                yes=2,
                no=1,
                blank=0,
                absent=0,
                votes=[
                    Vote("Pekka Pöytäkirja", "yes"),
                    Vote("Liisa Varamies", "no", "Esimerkkiryhmä"),
                    Vote("Kalle Jäsen", "yes", "Toinen ryhmä"),
                ],
                result="Päätösehdotus voitti äänin 2–1.",
                text="Äänestys toimitettiin nimenhuutona.",
            )
        ],
        dissents=[Dissent(person="Liisa Varamies", text="Jätän eriävän mielipiteen.")],
        decision="Kunnanhallitus hyväksyi päätösehdotuksen äänin 2–1.",
        outcome=Outcome.VOTED,
        unanimous=False,
        reasons="Nykyinen halli on huonokuntoinen.",
        summary="Uusi liikuntahalli.",
        legal_basis=[
            LegalReference(
                raw="KuntaL 39 §",
                kind="statute",
                abbreviation="KuntaL",
                number=410,
                year=2015,
                chapter="5",
                section="39",
            )
        ],
        legal_basis_text="Kuntalaki 39 §",
        impact=ImpactAssessment(made=True, text="Hanke parantaa liikuntamahdollisuuksia."),
        history=[
            DecisionReference(
                raw="KH 20.01.2026 § 5", body_abbreviation="KH", date=date(2026, 1, 20), section="5"
            ),
            DecisionReference(
                raw="tuntematon 1.1.2026 § 1", body_abbreviation="xyz", date=date(2026, 1, 1), section="1"
            ),
        ],
        attachments=[
            Attachment(title="Hankesuunnitelma", number="1", url="https://example.org/liite1.pdf"),
            Attachment(
                title="Tarjoukset", number="2", public=False, confidentiality_ground="JulkL 24 § 1 mom. 20 k"
            ),
            Attachment(title="Havainnekuva", supplementary=True),
        ],
        appeal=[
            AppealInfo(
                kind=AppealKind.RECTIFICATION,
                text="Oikaisuvaatimus 14 päivän kuluessa.",
                period_days=14,
                authority="Kunnanhallitus",
                applies_to=["12"],
            )
        ],
        distribution=["Tilapalvelut"],
        sections=[Section("generic", "Lisätieto", "Jotain muuta.")],
        span=span,
    )
    second = Item(
        number="13",
        number_raw="§ 13",
        title="Salassa pidettävä henkilöstöasia",
        decision="Salainen päätösteksti.",
        reasons="Salaiset perustelut.",
        preparers=[Person(name="Hakija Yksityinen", private=True)],
        confidentiality=Confidentiality(
            ground="JulkL 24 § 1 mom. 32 k",
            reference=LegalReference(
                raw="JulkL 24 § 1 mom. 32 k",
                kind="statute",
                abbreviation="JulkL",
                number=621,
                year=1999,
                section="24",
                subsection="1",
                paragraph="32",
            ),
            public_title="Henkilöstöasia",
        ),
        outcome=Outcome.APPROVED,
    )
    third = Item(
        number=None, title="Ilmoitusasiat", language="sv", outcome=Outcome.TABLED, decision="Bordlades."
    )
    meeting = Meeting(
        body=Body(name="Kunnanhallitus", slug="kunnanhallitus", abbreviation="khall"),
        date=date(2026, 3, 2),
        municipality=Municipality(name="Esimerkkilä", slug="esimerkkila", code="999", name_sv="Exempelby"),
        date_raw="2.3.2026",
        start=time(16, 0),
        end=time(18, 30),
        place="Kunnantalo",
        number="3/2026",
        participants=[
            Participant(chair, "puheenjohtaja"),
            Participant(member, "jäsen"),
            Participant(deputy, "varajäsen", present=True, note="saapui 17.05, § 12"),
            Participant(secretary, "pöytäkirjanpitäjä"),
            Participant(Person(name="Outi Ulkopuolinen"), "vieras", present=False),
        ],
    )
    return Document(
        kind=DocumentKind.MINUTES,
        meeting=meeting,
        items=[first, second, third],
        appeal_instructions=[
            AppealInfo(
                kind=AppealKind.APPEAL_BAN, text="Muutoksenhakukielto.", statute=kuntalaki, applies_to=["13"]
            ),
            AppealInfo(
                kind=AppealKind.MUNICIPAL_APPEAL,
                text="Valitus 30 päivän kuluessa.",
                period_days=30,
                authority="Itä-Suomen hallinto-oikeus",
                applies_to=["12"],
            ),
            AppealInfo(kind=AppealKind.ADMINISTRATIVE_APPEAL, text="Hallintovalitus."),
        ],
        checked=True,
        published=date(2026, 3, 9),
        whole=True,
        signatures=[
            Participant(chair, "puheenjohtaja"),
            Participant(secretary, "pöytäkirjanpitäjä"),
            Participant(member, "pöytäkirjantarkastaja"),
        ],
        sections=[Section("legality", "Kokouksen laillisuus", "Kokous todettiin lailliseksi.")],
        source=Source(path="C:\\data\\esimerkkila-kh-2026-03-02.md", format="text", sha256="a" * 64),
    )


def agenda() -> Document:
    """An invented agenda of one item (a proposal, no decision)."""
    return Document(
        kind=DocumentKind.AGENDA,
        meeting=Meeting(
            body=Body(name="Tekninen lautakunta"),
            date=date(2026, 4, 1),
            municipality=Municipality(name="Esimerkkilä"),
        ),
        items=[
            Item(
                number=None,
                agenda_number="4",
                title="Katusuunnitelma",
                proposal="Lautakunta hyväksyy katusuunnitelman.",
                presenter=Person(name="Teemu Tekninen", title="tekninen johtaja"),
            )
        ],
        language="fi",
    )
