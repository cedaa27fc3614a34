"""Ahjo API JSON decisions of a meeting: the meeting's place, the printed heading, the order of
earlier handlings held on one day, and the facts the accuracy check compares."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from paatosdata.parse import read_path
from paatosdata.parse.facts import document_facts

_PLACE = "Esimerkkitalon istuntosali / sähköinen kokous"


def _content(heading: str, decision: str) -> str:
    return (
        '<html lang="fi"><head><title>' + heading + '</title></head><body><div class="paatos">'
        '<div class="Asiapykala">§ 12</div><h1 class="AsiaOtsikko">' + heading + "</h1>"
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3><p>' + decision + "</p></div>"
        "</div></body></html>"
    )


def _write(tmp_path: Path, record: dict[str, object]) -> Path:
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def _record(**extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "NativeId": "{00000000-1111-2222-3333-999999999999}",
        "Title": "Esimerkkiselvitys",
        "Section": "12",
        "Organization": {"Name": "Esimerkkivaltuusto", "Type": "Valtuusto"},
        "Meeting": {
            "MeetingID": "0290020269",
            "Name": "Esimerkkivaltuuston kokous",
            "Location": _PLACE,
            "DateMeeting": "2026-03-11T16:00:00.000",
            "DecisionMaker": "Esimerkkivaltuusto",
        },
    }
    record.update(extra)
    return record


def test_the_meeting_place_is_the_meetings_location(tmp_path: Path) -> None:
    [doc] = read_path(_write(tmp_path, _record()))
    assert doc.meeting.place == _PLACE
    assert doc.meeting.date == date(2026, 3, 11)


def test_the_printed_heading_names_the_item_when_the_title_field_is_in_another_language(
    tmp_path: Path,
) -> None:
    content = _content("Esimerkkiselvitys toimenpiteistä", "Valtuusto merkitsi selvityksen tiedoksi.")
    record = _record(Title="Utredning om åtgärderna", Content=content)
    [doc] = read_path(_write(tmp_path, record))
    [item] = doc.items
    assert item.title == "Esimerkkiselvitys toimenpiteistä"
    # without decision text the record's own title stays
    [bare] = read_path(_write(tmp_path, _record(Title="Utredning om åtgärderna"))).pop().items
    assert bare.title == "Utredning om åtgärderna"


def test_earlier_handlings_on_one_day_follow_the_meeting_times(tmp_path: Path) -> None:
    def earlier(section: str, body: str, when: str) -> dict[str, object]:
        return {
            "NativeId": "{00000000-1111-2222-3333-4444444444" + section[-2:] + "}",
            "Title": "Lausunto selvityksestä",
            "Section": section,
            "Content": None,
            "Organization": {"Name": body, "Type": "Lautakunta"},
            "Meeting": {"DateMeeting": when, "DecisionMaker": body},
        }

    record = _record(
        PreviousDecisions=[
            earlier("70", "Iltalautakunta", "2026-02-03T16:15:00.000"),
            earlier("280", "Aamulautakunta", "2026-02-03T08:30:00.000"),
            earlier("5", "Toinen lautakunta", "2026-01-20T16:00:00.000"),
        ]
    )
    [doc] = read_path(_write(tmp_path, record))
    [item] = doc.items
    assert [(h.date, h.section) for h in item.history] == [
        (date(2026, 1, 20), "5"),
        (date(2026, 2, 3), "280"),
        (date(2026, 2, 3), "70"),
    ]


def test_facts_carry_the_vote_counts_and_unanimity(tmp_path: Path) -> None:
    def voter(name: str) -> dict[str, object]:
        return {"Name": name, "CouncilGroup": "Esimerkkiryhmä"}

    record = _record(
        VotingResults=[
            {
                "Ayes": {"NumberOfVotes": 2, "Voters": [voter("Aho, Aino"), voter("Bäck, Bo")]},
                "Noes": {"NumberOfVotes": 1, "Voters": [voter("Cedar, Cia")]},
                "Blank": {"NumberOfVotes": 0, "Voters": []},
                "Absent": {"NumberOfVotes": 1, "Voters": [voter("Dahl, Dan")]},
            }
        ]
    )
    [doc] = read_path(_write(tmp_path, record))
    facts = document_facts(doc)
    assert facts["items.0.votes"] == [[2, 1, 0, 1]]
    assert facts["items.0.unanimous"] is False


def test_an_interim_presenter_is_acting(tmp_path: Path) -> None:
    content = (
        '<html lang="fi"><body><div class="paatos"><div class="Asiapykala">§ 12</div>'
        '<h1 class="AsiaOtsikko">Esimerkkilausunto</h1><div class="SisaltoSektio">'
        '<h3 class="SisaltoOtsikko">Päätös</h3><p>Lautakunta antoi lausunnon.</p></div>'
        '<h3 class="EsittelijaTiedot">Esittelijä</h3><div>va. esimerkkitoimialan johtaja</div>'
        "<div>Eeva Esimerkki</div></div></body></html>"
    )
    [doc] = read_path(_write(tmp_path, _record(Content=content)))
    presenter = doc.items[0].presenter
    assert presenter is not None
    assert (presenter.name, presenter.title, presenter.acting) == (
        "Eeva Esimerkki",
        "esimerkkitoimialan johtaja",
        True,
    )
