"""CaseM item pages saved as text: the meeting line with the meeting's clock time and room after its date,
the record's state line of a checked agenda, and an office's label opening the proposal on the line right
over its text."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from paatosdata.errors import ParseError
from paatosdata.model import DocumentKind
from paatosdata.parse import read_path


def _page(tmp_path: Path, meeting: str, state: str, body: str) -> Path:
    path = tmp_path / "item.txt"
    path.write_text(f"{meeting}\n\n{state}\n\n§ 14 Kokouksen avaus\n\n{body}", "utf-8")
    return path


_BODY = "Päätösehdotus\n\nTodetaan kokous avatuksi.\n\nPäätös\n\nTodettiin kokous avatuksi.\n"


@pytest.mark.parametrize(
    ("line", "body", "when", "start", "place"),
    [
        (
            "Yhtymähallitus, kokous 03.11.2025 13.15 Neuvotteluhuone Kuusi",
            "Yhtymähallitus",
            date(2025, 11, 3),
            time(13, 15),
            "Neuvotteluhuone Kuusi",
        ),
        (
            "Apteekin johtokunta, kokous 08.09.2025 08.30 Etä (Teams ja sali 2), 3. krs.",
            "Apteekin johtokunta",
            date(2025, 9, 8),
            time(8, 30),
            "Etä (Teams ja sali 2), 3. krs.",
        ),
        (
            "Yhtymähallitus, kokous 3.11.2025 klo 13.15",
            "Yhtymähallitus",
            date(2025, 11, 3),
            time(13, 15),
            None,
        ),
        ("Yhtymähallitus, kokous 3.11.2025", "Yhtymähallitus", date(2025, 11, 3), None, None),
    ],
)
def test_a_meeting_line_with_the_time_and_room_after_the_date(
    tmp_path: Path, line: str, body: str, when: date, start: time | None, place: str | None
) -> None:
    """``Body, kokous 03.11.2025 13.15 Room``: the body and the date as without them, the clock time the
    meeting's start and the rest its place."""
    [document] = read_path(_page(tmp_path, line, "Pöytäkirja on tarkastettu", _BODY))
    assert document.meeting.body.name == body
    assert document.meeting.date == when
    assert document.meeting.start == start
    assert document.meeting.place == place
    assert document.kind is DocumentKind.MINUTES
    assert document.items[0].number == "14"


@pytest.mark.parametrize(
    "line",
    [
        # prose naming a meeting's date goes on with words, not a time of day
        "Asiasta keskusteltiin, kokous 3.11.2025 päätti jatkaa valmistelua",
        # a number after the date that is no time of day
        "Yhtymähallitus, kokous 3.11.2025 25.70 Neuvotteluhuone",
    ],
)
def test_a_line_going_on_after_the_date_without_a_time_is_no_meeting_line(tmp_path: Path, line: str) -> None:
    """Words after the date are the meeting's room only after its clock time: without one the line is
    not the meeting line, and plain text with no meeting line is no CaseM page."""
    with pytest.raises(ParseError):
        read_path(_page(tmp_path, line, "Pöytäkirja on tarkastettu", _BODY), "casem-html")


def test_an_agenda_said_checked_is_an_agenda(tmp_path: Path) -> None:
    """``Esityslista on tarkastettu``: the page is the agenda's, whatever parts it prints."""
    [document] = read_path(
        _page(tmp_path, "Kunnanhallitus, kokous 2.3.2026", "Esityslista on tarkastettu", _BODY)
    )
    assert document.kind is DocumentKind.AGENDA


_PROPOSAL = (
    "Perustelut\n\nKiinteistön kauppa on neuvoteltu.\n\nPäätösehdotus\n\nEsittelijä\n\n"
    "  • Sanni Esimerkki, kunnanjohtaja, sanni.esimerkki@example.fi\n\n"
    "{label}Kunnanhallitus hyväksyy rakennusjohtajan ehdotuksen.\n"
)


def test_an_office_s_label_running_on_into_the_proposal_stays_at_its_start(tmp_path: Path) -> None:
    """``Kunnanjohtaja:`` with the proposal's text on the very next line, in the same paragraph of the
    saved page, is the proposal's first line, as a proposal's label so printed is; the presenter is the
    one the page names. Standing alone over the text, a blank line between, it heads the proposal and
    stays out of it."""
    page = _PROPOSAL.format(label="Kunnanjohtaja:\n")
    [document] = read_path(_page(tmp_path, "Kunnanhallitus, kokous 2.3.2026", "Esityslista", page))
    [item] = document.items
    assert item.proposal == "Kunnanjohtaja:\n\nKunnanhallitus hyväksyy rakennusjohtajan ehdotuksen."
    assert item.presenter is not None and item.presenter.name == "Sanni Esimerkki"
    page = _PROPOSAL.format(label="Kunnanjohtaja:\n\n")
    [document] = read_path(_page(tmp_path, "Kunnanhallitus, kokous 2.3.2026", "Esityslista", page))
    [item] = document.items
    assert item.proposal == "Kunnanhallitus hyväksyy rakennusjohtajan ehdotuksen."
    assert item.presenter is not None and item.presenter.name == "Sanni Esimerkki"
