"""Invented but realistic minutes for benchmarks: whole minutes of ten items each, from a fixed seed.

``generate_documents(n_items)`` yields :class:`~paatosdata.model.Document` objects shaped like the
minutes the readers produce: cover data, preparers with contact details, proposals, decisions,
reasons, legal bases, impact assessments, diary numbers, votes with voter lists, disqualifications
and minutes-level appeal instructions. About one item in twenty lacks a part the law requires, so
the checks have something to find. Names, numbers and texts are invented.

    python -m benchmarks.generate 25   # prints a summary of 25 items
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import date, timedelta

from paatosdata.model import (
    AppealInfo,
    AppealKind,
    Body,
    Case,
    DecisionReference,
    DiaryNumber,
    Disqualification,
    Document,
    DocumentKind,
    ImpactAssessment,
    Item,
    LegalReference,
    Meeting,
    Municipality,
    Outcome,
    Participant,
    Person,
    Source,
    Span,
    Vote,
    VoteEvent,
)

__all__ = ["generate_documents"]

_MUNICIPALITIES = [
    ("Kaislaranta", "kaislaranta", "901"),
    ("Tuulijärvi", "tuulijarvi", "902"),
    ("Skärvik", "skarvik", "903"),
]
_BODIES = [
    ("Kaupunginhallitus", "kaupunginhallitus", "kh"),
    ("Sivistyslautakunta", "sivistyslautakunta", "sivltk"),
    ("Tekninen lautakunta", "tekninen-lautakunta", "tekltk"),
    ("Perusturvalautakunta", "perusturvalautakunta", "ptltk"),
    ("Ympäristölautakunta", "ymparistolautakunta", "ymparistoltk"),
]
_FIRST = [
    "Anna",
    "Mikko",
    "Sari",
    "Juha",
    "Kirsi",
    "Pekka",
    "Liisa",
    "Timo",
    "Outi",
    "Jari",
    "Heidi",
    "Marko",
]
_LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hakkarainen", "Laitinen", "Heikkinen", "Rissanen"]
_TITLES = ["talousjohtaja", "hallintopäällikkö", "sivistysjohtaja", "tekninen johtaja", "ympäristöpäällikkö"]
_SUBJECTS = [
    "Talousarvion toteutuminen",
    "Lausunto maakuntakaavan luonnoksesta",
    "Koulukuljetusten hankinta",
    "Kiinteistön myynti",
    "Avustusten myöntäminen yhdistyksille",
    "Katusuunnitelman hyväksyminen",
    "Toimintakertomus",
    "Viranhaltijapäätösten ilmoitusasiat",
    "Henkilöstösuunnitelma",
    "Valtuustoaloitteen vastaus",
]
_SENTENCES = [
    "Asiaa on valmisteltu yhteistyössä toimialojen kanssa.",
    "Kustannukset katetaan kuluvan vuoden talousarviosta.",
    "Hankinnasta järjestettiin avoin kilpailutus, johon saatiin neljä tarjousta.",
    "Lautakunta on käsitellyt asiaa aiemmin kokouksessaan.",
    "Muutos vaikuttaa noin 300 kuntalaisen palveluihin.",
    "Asukkaille järjestettiin kuulemistilaisuus kevään aikana.",
    "Esitys perustuu hyväksyttyyn strategiaan ja palveluverkkoselvitykseen.",
    "Määrärahaa on varattu investointiosaan 250 000 euroa.",
]
_STATUTES = [
    ("Kuntalaki 410/2015 39 §", "statute", "Kuntalaki", "KuntaL", 410, 2015, "39"),
    ("Hallintolaki 434/2003 45 §", "statute", "Hallintolaki", "HL", 434, 2003, "45"),
    ("Hankintalaki 1397/2016 73 §", "statute", "Hankintalaki", "HankintaL", 1397, 2016, "73"),
]
_CLASSES = ["00.01.01", "02.05.01", "10.03.00", "12.00.00", "05.02.00", "11.01.00"]


_EARLIER = DecisionReference(
    raw="kh 21.10.2025, § 293", body_abbreviation="kh", date=date(2025, 10, 21), section="293"
)


def _person(rng: random.Random, title: str | None = None, contact: bool = True) -> Person:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return Person(
        name=f"{first} {last}",
        title=title or rng.choice(_TITLES),
        phone=f"044 {rng.randint(100, 999)} {rng.randint(1000, 9999)}" if contact else None,
        email=f"{first.lower()}.{last.lower()}@kaislaranta.fi" if contact else None,
    )


def _item(rng: random.Random, number: int, meeting_date: date, file: str, line: int, muni: str) -> Item:
    defect = rng.random() < 0.05
    title = rng.choice(_SUBJECTS)
    reasons = " ".join(rng.sample(_SENTENCES, rng.randint(2, 5)))
    statute = rng.choice(_STATUTES)
    legal = [
        LegalReference(
            raw=statute[0],
            kind=statute[1],
            name=statute[2],
            abbreviation=statute[3],
            number=statute[4],
            year=statute[5],
            section=statute[6],
            span=Span(file, line + 20),
        ),
        LegalReference(
            raw=f"{muni}n hallintosääntö {rng.randint(10, 40)} §",
            kind="regulation",
            name=f"{muni}n hallintosääntö",
            section=str(rng.randint(10, 40)),
            span=Span(file, line + 20),
        ),
    ]
    votes: list[VoteEvent] = []
    outcome = rng.choice([Outcome.APPROVED] * 6 + [Outcome.NOTED, Outcome.AMENDED, Outcome.TABLED])
    if rng.random() < 0.1:
        voters = [_person(rng, contact=False).name for _ in range(9)]
        choices = ["yes"] * 5 + ["no"] * 3 + ["blank"]
        listed_yes = 5 if rng.random() > 0.2 else 6  # now and then a count that does not add up
        votes.append(
            VoteEvent(
                yes=listed_yes,
                no=3,
                blank=1,
                absent=0,
                votes=[Vote(voter=v, choice=c) for v, c in zip(voters, choices, strict=True)],
                yes_proposition="Esittelijän ehdotus",
                no_proposition="Vastaehdotus",
                span=Span(file, line + 12),
            )
        )
        outcome = Outcome.VOTED
    disqualifications = []
    if rng.random() < 0.05:
        disqualifications.append(
            Disqualification(
                person=_person(rng, contact=False).name,
                ground="HL 28.1 § 5 k" if rng.random() > 0.3 else None,
                span=Span(file, line + 11),
            )
        )
    made = rng.random() < 0.4
    serial = rng.randint(100, 9999)
    return Item(
        number=str(number),
        number_raw=f"§ {number}",
        title=title,
        case=Case(
            diary_number=DiaryNumber(
                raw=f"{serial}/{rng.choice(_CLASSES)}/{meeting_date.year}",
                serial=str(serial),
                task_class=rng.choice(_CLASSES),
                year=meeting_date.year,
                pattern="dynasty",
                span=Span(file, line + 2),
            ),
            span=Span(file, line + 2),
        ),
        preparers=[_person(rng)],
        presenter=_person(rng, contact=False),
        proposal=f"Lautakunta päättää hyväksyä esityksen: {title.lower()}.",
        decision="Lautakunta hyväksyi yksimielisesti esittelijän päätösehdotuksen.",
        outcome=outcome,
        unanimous=not votes,
        reasons=reasons,
        legal_basis=[] if defect else legal,
        legal_basis_text=None if defect else "; ".join(ref.raw for ref in legal),
        impact=ImpactAssessment(
            made=made,
            text="Vaikutukset on arvioitu liitteessä." if made else "Vaikutusten arviointia ei tehdä.",
            reason=None if made else "kyseessä on tiedoksi merkittävä asia",
            references=[]
            if made
            else [
                DecisionReference(
                    raw="kh 21.10.2025, § 293", body_abbreviation="kh", date=date(2025, 10, 21), section="293"
                )
            ],
            span=Span(file, line + 22),
        ),
        votes=votes,
        disqualifications=disqualifications,
        span=Span(file, line),
        spans={"legal_basis": Span(file, line + 20), "impact": Span(file, line + 22)},
    )


def generate_documents(
    n_items: int, seed: int = 20260507, items_per_document: int = 10
) -> Iterator[Document]:
    """``n_items`` items in whole minutes of ``items_per_document`` items, always the same for a seed."""
    rng = random.Random(seed)
    day = date(2026, 1, 8)
    made = 0
    meeting_no = 0
    while made < n_items:
        meeting_no += 1
        muni_name, muni_slug, muni_code = _MUNICIPALITIES[meeting_no % len(_MUNICIPALITIES)]
        body_name, body_slug, body_abbr = _BODIES[meeting_no % len(_BODIES)]
        day += timedelta(days=rng.randint(0, 2))
        file = f"generated/{muni_slug}-{body_slug}-{day.isoformat()}-{meeting_no}.md"
        count = min(items_per_document, n_items - made)
        first = rng.randint(1, 200)
        items = [_item(rng, first + k, day, file, 40 + 30 * k, muni_name) for k in range(count)]
        numbers = [item.number for item in items if item.number]
        appeal = [
            AppealInfo(
                kind=AppealKind.RECTIFICATION,
                text="Oikaisuvaatimusohje: oikaisuvaatimus tehdään 14 päivän kuluessa tiedoksisaannista.",
                period_days=14,
                authority=body_name,
                applies_to=numbers,
                span=Span(file, 40 + 30 * count),
            )
        ]
        chair = Participant(_person(rng, "puheenjohtaja", contact=False), "puheenjohtaja", span=Span(file, 8))
        secretary = Participant(_person(rng, "hallintosihteeri"), "pöytäkirjanpitäjä", span=Span(file, 9))
        yield Document(
            kind=DocumentKind.MINUTES,
            meeting=Meeting(
                body=Body(name=body_name, slug=body_slug, abbreviation=body_abbr, span=Span(file, 3)),
                date=day,
                municipality=Municipality(name=muni_name, slug=muni_slug, code=muni_code),
                number=f"{meeting_no}/{day.year}",
                participants=[chair, secretary],
                span=Span(file, 1),
            ),
            items=items,
            appeal_instructions=appeal,
            whole=True,
            checked=True,
            signatures=[chair, secretary],
            source=Source(path=file, format="generated"),
        )
        made += count


def main(argv: list[str] | None = None) -> None:
    """Print how many documents and items a run makes, and the first item's title."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Invented whole minutes of ten items each, from a fixed seed (the benchmarks' corpus). "
        "Import generate_documents(n) to use them; run this to see what N items give.",
    )
    parser.add_argument("items", nargs="?", type=int, default=100, help="how many items (default 100)")
    n = parser.parse_args(argv).items
    docs = list(generate_documents(n))
    print(f"{len(docs)} documents, {sum(len(d.items) for d in docs)} items; first: {docs[0].items[0].title}")


if __name__ == "__main__":
    main()
