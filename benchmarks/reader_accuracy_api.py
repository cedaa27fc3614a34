"""Field accuracy of the CaseM, Ahjo and 6Aika readers against facts written by hand.

Usage::

    python -m benchmarks.reader_accuracy_api [--facts FILE ...] [--verbose]

Built in are the facts of the real samples under ``../shared/samples/real/`` (skipped when absent)
and of the project's own 6Aika fixtures (there is no public 6Aika sample; those documents are not
unseen). ``--facts`` adds more documents: a JSON list of ``{"vendor", "path", "facts"}``, e.g. for
documents the tests never saw. A field counts as exact when the reader's value equals the fact
(runs of whitespace count as one space); ``*_prefix`` facts need the value to start with the fact.
The baseline is a reader that finds nothing (kind ``minutes``, every other field empty), measured
over the same facts in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from paatosdata.errors import PaatosdataError
from paatosdata.model import Document, Item
from paatosdata.parse import read_path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples" / "real"
FIXTURES = ROOT / "tests" / "fixtures"

_PRESENT = "Yhdyskuntalautakunta päättää,\n\nettä"  # shared opening of two Tampere proposals

#: facts of the real samples, read off each file by hand
REAL_FACTS: list[dict[str, Any]] = [
    {
        "vendor": "casem",
        "path": "tampere-casem/contents_57_extended_properties.json",
        "facts": {
            "kind": "minutes",
            "body": "Yhdyskuntalautakunta",
            "date": None,
            "number": "3",
            "title": "Pöytäkirjan tarkastus",
            "dnro": None,
            "presenter": "Puheenjohtaja",
            "preparers": [],
            "proposal_prefix": "Yhdyskuntalautakunta päättää\n\nvalita tämän kokouksen pöytäkirjan "
            "tarkastajiksi",
            "decision": "Päätösehdotus hyväksyttiin.",
            "outcome": "approved",
            "attachments": 0,
            "confidentiality": None,
        },
    },
    {
        "vendor": "casem",
        "path": "tampere-casem/contents_58_extended_properties.json",
        "facts": {
            "body": "Yhdyskuntalautakunta",
            "number": "2",
            "title": "Läsnäolo- ja puheoikeuden myöntäminen",
            "dnro": None,
            "presenter": "Puheenjohtaja",
            "proposal_prefix": "Yhdyskuntalautakunta päättää\n\nmyöntää läsnäolo- ja puheoikeuden",
            "decision": "Päätösehdotus hyväksyttiin.",
            "outcome": "approved",
        },
    },
    {
        "vendor": "casem",
        "path": "tampere-casem/contents_59_extended_properties.json",
        "facts": {
            "body": "Yhdyskuntalautakunta",
            "date": None,
            "number": "8",
            "title_prefix": "Poikkeamishakemus koskien omakotitalon rakentamista ja käyttötarkoituksen "
            "muutosta tilalla",  # the rest names a private property
            "dnro": "TRE:4787/10.03.01/2016",
            "dnro_class": "10.03.01",
            "presenter": "Pia Hastio",
            "presenter_title": "yleiskaavapäällikkö",
            "presenter_acting": False,
            "preparers": ["Hilkka Takalo", "Anneli Harjuntausta"],
            "preparer_phone": "050 5620 345",
            "proposal_prefix": _PRESENT,
            "decision": "Päätösehdotus hyväksyttiin.",
            "outcome": "approved",
            "attachments": 3,
            "distribution": ["Hakija", "Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus"],
            "confidentiality": None,
        },
    },
    {
        "vendor": "casem",
        "path": "tampere-casem/contents_60_extended_properties.json",
        "facts": {
            "body": "Yhdyskuntalautakunta",
            "number": "10",
            "title": "Oikaisuvaatimus suunnittelupäällikön päätökseen koskien Lamminpäänkadun "
            "katusuunnitelmaa",
            "dnro": "TRE:6985/10.03.02/2014",
            "presenter": "Ari Vandell",
            "presenter_title": "suunnittelupäällikkö",
            "preparers": ["Pasi Palmu", "Anneli Harjuntausta"],
            "proposal_prefix": _PRESENT,
            "decision": "Päätösehdotus hyväksyttiin.",
            "outcome": "approved",
            "attachments": 6,
        },
    },
    {
        "vendor": "casem",
        "path": "tampere-casem/node_11292_contents.json",
        "facts": {"date": "2016-09-05", "items": 13, "title": ""},
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/decision-content.html",
        "facts": {
            "kind": "minutes",
            "body": "Kaupunginhallitus",
            "date": None,
            "number": "62",
            "title": "Valtuutetun aloite syrjinnän vastaisen verkoston perustamisesta Helsinkiin",
            "dnro": "HEL 2024-009117 T 00 00 03",
            "dnro_class": "00.00.03",
            "presenter": "John Doe",
            "presenter_title": "kansliapäällikkö",
            "preparers": ["Jane Doe"],
            "preparer_phone": "09123",
            "preparer_email": "john.doe@example.com",
            "decision": "Kaupunginhallitus päätti panna asian pöydälle.",
            "outcome": "tabled",
            "unanimous": True,
            "attachments": 1,
            "appeal_kind": "appealBan",
            "signature": "Aku Ankka",
            "confidentiality": None,
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/decision-content-new.html",
        "facts": {
            "kind": "minutes",
            "body": "Kaupunginhallitus",
            "number": "62",
            "title": "Valtuutetun aloite syrjinnän vastaisen verkoston perustamisesta Helsinkiin",
            "dnro": "HEL 2024-009117 T 00 00 03",
            "preparers": ["Jane Doe"],
            "preparer_phone": "09123",
            "decision": "Kaupunginhallitus päätti panna asian pöydälle.",
            "outcome": "tabled",
            "attachments": 1,
            "appeal_kind": "municipalAppeal",
            "appeal_period": 30,
            "appeal_authority": "Helsingin hallinto-oikeus",
            "signature": "Aku Ankka",
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/decision-motion.html",
        "facts": {
            "kind": "agenda",
            "body": "Kaupunginhallitus",
            "number": None,
            "presenter": "John Doe",
            "preparers": ["Jane Doe"],
            "proposal": "Kaupunginhallitus katsoo aloitteen loppuun käsitellyksi.",
            "decision": None,
            "reasons_prefix": "Valtuutettu XYZ ja 12 muuta valtuutettua",
            "distribution": ["Aloitteen tekijä"],
            "appeal_kind": "appealBan",
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/confidential-decision-content.html",
        "facts": {
            "kind": "officerDecision",
            "number": "1",
            "title": "JulkinenOtsikko",
            "confidentiality": "SalassapidonPerustelut",
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/meeting.html",
        "facts": {
            "body": "Kaupunkiympäristölautakunta",
            "number": "441",
            "title": "Kaupunkiympäristölautakunnan esitys kaupunginhallitukselle Elielinaukion kehittämisen "
            "aiesopimuksen hyväksymiseksi",
            "dnro": "HEL 2020-008126 T 00 01 06",
            "presenter": "yy",
            "presenter_title": "kaupunkiympäristön toimialajohtaja",
            "decision_prefix": "Kaupunkiympäristölautakunta esitti kaupunginhallitukselle, että",
            "distribution": ["Varauksensaaja", "Maanvuokrajärjestelmä"],
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/decision-vote-results.json",
        "facts": {"votes": [11, 2, 0, 0], "voters": 5},
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/decision-record.json",
        "facts": {
            "kind": "minutes",
            "body": "Kaupunginhallitus",
            "date": "2025-01-27",
            "title": "Valtuutettu Putte Possun aloite syrjinnän vastaisen verkoston perustamisesta",
            "preparers": ["John, Doe"],
            "confidentiality": None,
        },
    },
    {
        "vendor": "ahjo",
        "path": "helsinki-ahjo/case.json",
        "facts": {
            "cases": [
                [
                    "HEL 2025-001216",
                    "00.00.03",
                    "Valtuustoaloite, Haltialan kotieläintilasta eläinsuojelukeskus",
                ]
            ]
            * 3
        },
    },
]

#: the project's own 6Aika fixtures (not unseen: the tests were written against them)
FIXTURE_FACTS: list[dict[str, Any]] = [
    {
        "vendor": "6aika (own fixtures)",
        "path": str(FIXTURES / "6aika" / "event-with-actions.json"),
        "facts": {
            "kind": "minutes",
            "body": "Tekninen lautakunta",
            "date": "2017-06-12",
            "number": "41",
            "items": 2,
            "decision": "Ehdotus hyväksyttiin yksimielisesti.",
            "outcome": "approved",
        },
    },
    {
        "vendor": "6aika (own fixtures)",
        "path": str(FIXTURES / "6aika" / "actions-page.json"),
        "facts": {"kind": "agenda", "number": None, "dnro": "ESIDno-2026-88", "dnro_class": "12.03.01"},
    },
]


def _item(docs: list[Document]) -> Item | None:
    return docs[0].items[0] if docs and docs[0].items else None


def _first_preparer(item: Item | None, attr: str) -> Any:
    return getattr(item.preparers[0], attr) if item and item.preparers else None


OBSERVERS: dict[str, Callable[[list[Document], Item | None], Any]] = {
    "kind": lambda d, i: d[0].kind.value,
    "body": lambda d, i: d[0].meeting.body.name or None,
    "date": lambda d, i: d[0].meeting.date.isoformat() if d[0].meeting.date else None,
    "items": lambda d, i: len(d[0].items),
    "participants": lambda d, i: len(d[0].meeting.participants),
    "chair": lambda d, i: next(
        (p.person.name for p in d[0].meeting.participants if p.role in ("puheenjohtaja", "chairman")), None
    ),
    "number": lambda d, i: i.number if i else None,
    "title": lambda d, i: i.title if i else None,
    "dnro": lambda d, i: i.case.diary_number.raw if i and i.case and i.case.diary_number else None,
    "dnro_class": lambda d, i: (
        i.case.diary_number.task_class if i and i.case and i.case.diary_number else None
    ),
    "case_title": lambda d, i: i.case.title if i and i.case else None,
    "presenter": lambda d, i: i.presenter.name if i and i.presenter else None,
    "presenter_title": lambda d, i: i.presenter.title if i and i.presenter else None,
    "presenter_acting": lambda d, i: bool(i.presenter.acting) if i and i.presenter else False,
    "preparers": lambda d, i: [p.name for p in i.preparers] if i else [],
    "preparer_phone": lambda d, i: _first_preparer(i, "phone"),
    "preparer_email": lambda d, i: _first_preparer(i, "email"),
    "proposal": lambda d, i: i.proposal if i else None,
    "decision": lambda d, i: i.decision if i else None,
    "reasons": lambda d, i: i.reasons if i else None,
    "outcome": lambda d, i: i.outcome.value if i and i.outcome else None,
    "unanimous": lambda d, i: i.unanimous if i else None,
    "votes": lambda d, i: (
        [i.votes[0].yes, i.votes[0].no, i.votes[0].blank, i.votes[0].absent] if i and i.votes else None
    ),
    "voters": lambda d, i: len(i.votes[0].votes) if i and i.votes else 0,
    "confidentiality": lambda d, i: i.confidentiality.ground if i and i.confidentiality else None,
    "attachments": lambda d, i: len(i.attachments) if i else 0,
    "attachment_ground": lambda d, i: (
        next((a.confidentiality_ground for a in i.attachments if not a.public), None) if i else None
    ),
    "appeal_kind": lambda d, i: i.appeal[0].kind.value if i and i.appeal else None,
    "appeal_period": lambda d, i: i.appeal[0].period_days if i and i.appeal else None,
    "appeal_authority": lambda d, i: i.appeal[0].authority if i and i.appeal else None,
    "appeal_statute": lambda d, i: (
        i.appeal[0].statute.section if i and i.appeal and i.appeal[0].statute else None
    ),
    "agenda_number": lambda d, i: i.agenda_number if i else None,
    "handling": lambda d, i: i.handling if i else None,
    "language": lambda d, i: i.language if i else d[0].language,
    "distribution": lambda d, i: i.distribution if i else [],
    "signature": lambda d, i: d[0].signatures[0].person.name if d[0].signatures else None,
    "cases": lambda d, i: [
        [
            doc.items[0].case.diary_number.raw if doc.items[0].case.diary_number else None,
            doc.items[0].case.diary_number.task_class if doc.items[0].case.diary_number else None,
            doc.items[0].case.title,
        ]
        for doc in d
        if doc.items and doc.items[0].case
    ],
}


def _naive(key: str) -> Any:
    """What a reader that finds nothing reports."""
    if key == "kind":
        return "minutes"
    if key in ("items", "participants", "attachments", "voters"):
        return 0
    if key == "presenter_acting":
        return False
    if key in ("preparers", "distribution", "cases"):
        return []
    return None


def _norm(value: Any) -> Any:
    """Whitespace runs count as one space, as in ``paatosdata.parse.facts``."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def _match(key: str, expected: Any, actual: Any) -> bool:
    expected, actual = _norm(expected), _norm(actual)
    if key.endswith("_prefix"):
        return isinstance(actual, str) and actual.startswith(expected)
    if expected is None:
        return actual in (None, "", [])
    return bool(actual == expected)


def _observe(key: str, docs: list[Document]) -> Any:
    base = key.removesuffix("_prefix")
    return OBSERVERS[base](docs, _item(docs))


def measure(entries: list[dict[str, Any]], base: Path | None = None) -> dict[str, dict[str, Any]]:
    """Per vendor: fields, exact, baseline exact, and the misses (doc, field, expected, actual)."""
    result: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"fields": 0, "exact": 0, "naive": 0, "misses": []}
    )
    for entry in entries:
        path = Path(entry["path"])
        if base is not None and not path.is_absolute():
            path = base / path
        stats = result[entry["vendor"]]
        if not path.exists():
            stats.setdefault("skipped", []).append(str(path))
            continue
        try:
            docs = read_path(path)
        except PaatosdataError as error:
            docs = []
            stats["misses"].append((path.name, "(read)", "documents", str(error)))
        for key, expected in entry["facts"].items():
            stats["fields"] += 1
            actual = _observe(key, docs) if docs else None
            if _match(key, expected, actual):
                stats["exact"] += 1
            else:
                stats["misses"].append((path.name, key, expected, actual))
            if _match(key, expected, _naive(key.removesuffix("_prefix"))):
                stats["naive"] += 1
    return dict(result)


def _report(title: str, result: dict[str, dict[str, Any]], verbose: bool) -> None:
    print(title)
    for vendor, stats in sorted(result.items()):
        fields, exact, naive = stats["fields"], stats["exact"], stats["naive"]
        if not fields:
            print(f"  {vendor:22} no documents found (skipped)")
            continue
        print(
            f"  {vendor:22} {exact:3}/{fields:<3} fields exact ({100 * exact / fields:5.1f} %)"
            f"   baseline (empty reader) {naive:3}/{fields:<3} ({100 * naive / fields:5.1f} %)"
        )
        if verbose:
            for doc, key, expected, actual in stats["misses"]:
                print(f"      miss {doc} {key}: expected {expected!r}, got {actual!r}")


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy over the built-in facts and over every ``--facts`` file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--facts", type=Path, action="append", default=[], help="JSON list of extra documents"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if SAMPLES.exists():
        _report("real samples (../shared/samples/real)", measure(REAL_FACTS, SAMPLES), args.verbose)
    else:
        print("real samples: ../shared/samples is absent, skipped")
    _report("own fixtures", measure(FIXTURE_FACTS), args.verbose)
    for facts in args.facts:
        entries = json.loads(facts.read_text("utf-8"))
        _report(f"documents from {facts}", measure(entries, facts.parent), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
