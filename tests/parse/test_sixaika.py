"""6Aika Open Decision API reader (own fixtures in the shape of the API's Swagger definitions)."""

from __future__ import annotations

from datetime import date

from paatosdata.model import DocumentKind, Outcome
from paatosdata.parse import read_path, reader_for
from tests.conftest import REPO_ROOT

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "6aika"


def test_event_with_nested_actions() -> None:
    path = FIXTURES / "event-with-actions.json"
    assert reader_for(path, path.read_bytes()).name == "6aika"
    [doc] = read_path(path)
    assert doc.kind is DocumentKind.MINUTES
    assert doc.meeting.body.name == "Tekninen lautakunta"
    assert doc.meeting.date == date(2017, 6, 12)
    first, second = doc.items
    assert (first.number, first.agenda_number, first.outcome, first.unanimous) == (
        "41",
        "1",
        Outcome.APPROVED,
        True,
    )
    assert (second.number, second.title) == ("42", "Katuvalaistuksen uusiminen Pajatiellä")
    assert second.case is not None and second.case.diary_number is not None
    d = second.case.diary_number
    assert (d.raw, d.prefix, d.year, d.serial, d.task_class) == (
        "ESIDno-2017-311",
        "ESIDno",
        2017,
        "311",
        "10.03.02",
    )
    assert second.case.title == "Katuvalaistuksen uusiminen Pajatiellä"
    assert second.outcome is Outcome.VOTED
    assert second.presenter is not None
    assert (second.presenter.name, second.presenter.title, second.presenter.acting) == (
        "Maija Meikäläinen",
        "tekninen johtaja",
        True,
    )
    assert [(p.name, p.phone) for p in second.preparers] == [("Teemu Testinen", "040 555 1234")]
    assert second.proposal == "Lautakunta hyväksyy valaistuksen uusimisen."  # the Finnish text is chosen
    assert second.decision == "Lautakunta hyväksyi päätösehdotuksen äänin 6–3."
    assert second.reasons == "Pajatien valaisimet ovat käyttöikänsä lopussa."
    assert [(a.number, a.public, a.confidentiality_ground) for a in second.attachments] == [
        ("1", True, None),
        ("2", False, "JulkL 24 § 1 mom. 20 k"),
    ]
    [vote] = second.votes
    assert (vote.yes, vote.no, vote.result) == (6, 3, "passed")
    kept = {s.heading: (s.kind, s.text) for s in second.sections}
    assert kept["Kokouskahvit"] == ("generic", "Kahvitarjoilu klo 15.")  # unknown content type kept
    assert kept["proposal_identifier"] == ("generic", "ESI-2017-77")
    lines = {s.heading: s.span.line for s in second.sections if s.span}
    assert lines["Päätös"] == 45 and lines["Päätösehdotus"] == 43


def test_results_page_resolves_references_in_the_file() -> None:
    [doc] = read_path(FIXTURES / "actions-page.json")
    assert doc.kind is DocumentKind.AGENDA  # no article number, no resolution yet
    [item] = doc.items
    assert item.number is None
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "ESIDno-2026-88"
    assert item.case.diary_number.task_class == "12.03.01"
    assert item.proposal == "Kirjasto on kesällä auki arkisin 10–18."
    assert item.decision is None


def test_other_languages_are_kept() -> None:
    [doc] = read_path(FIXTURES / "event-with-actions.json")
    kept = {s.heading: s.text for s in doc.items[1].sections}
    assert kept["Päätösehdotus [sv]"] == "Nämnden godkänner förnyandet."
    assert doc.items[1].attachments[1].span is not None


def test_event_given_alone_is_read_without_inventing_a_body() -> None:
    """An Event whose actions and organization are only addresses: its date and city, no body, no items."""
    path = FIXTURES / "event-by-address.json"
    assert reader_for(path, path.read_bytes()).name == "6aika"
    [doc] = read_path(path)
    assert doc.meeting.date == date(2024, 2, 14)
    assert doc.meeting.body.name == ""  # "Kokous 14.2.2024" names no body
    assert doc.meeting.municipality is not None and doc.meeting.municipality.name == "Espoo"
    assert doc.items == []


def test_contact_note_names_the_preparer_and_the_action_its_address() -> None:
    path = FIXTURES / "action-contact-note.json"
    [doc] = read_path(path)
    [item] = doc.items
    assert item.url == "https://api.example.org/v1/action/771/"
    assert [(p.name, p.title, p.phone) for p in item.preparers] == [
        ("Riikka Esimerkki", "hankesuunnittelija", "043 824 1166")
    ]
    assert item.decision == "Lautakunta hyväksyi ehdotuksen."
    # no address names a known city: the data source does
    assert doc.meeting.municipality is not None and doc.meeting.municipality.name == "Vantaa"
