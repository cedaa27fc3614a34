"""A value of the wrong type for one field of an API file leaves that field empty; the rest is read.

Each case puts a JSON value of another type than the API gives (a list for a name, a boolean for a
list, numbers and strings mixed in an ordering) into an otherwise well-formed file of our own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from paatosdata import mapping
from paatosdata.akn import build
from paatosdata.model import Document
from paatosdata.parse import read_path


def _read(tmp_path: Path, name: str, content: Any) -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False), "utf-8")
    documents = read_path(path)
    for document in documents:
        mapping.document_ox_triples(document)
        if document.meeting.date is not None:
            build.build_document_bytes(document)
    return documents


# -- 6Aika ---------------------------------------------------------------------------------------


def _action(ordering: Any, number: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"https://paatos.example.fi/v1/action/{number}/",
        "title": f"Asia {number}",
        "ordering": ordering,
        "article_number": number,
        "event": "https://paatos.example.fi/v1/event/9/",
        **extra,
    }


def test_sixaika_orderings_of_mixed_types_sort_numbers_first(tmp_path: Path) -> None:
    actions = [_action("b", "13"), _action(2, "12"), _action([1], "14"), _action(1, "11")]
    contents = [
        {"ordering": "2", "type": "resolution", "hypertext": "Hyväksyttiin."},
        {"ordering": 1, "type": "draft resolution", "hypertext": "Lautakunta hyväksyy."},
    ]
    actions[1]["contents"] = contents
    (document,) = _read(tmp_path, "actions.json", {"results": actions})
    assert [item.number for item in document.items] == ["11", "12", "13", "14"]
    assert [item.agenda_number for item in document.items] == ["1", "2", "b", None]
    assert document.items[1].proposal == "Lautakunta hyväksyy."
    assert document.items[1].decision == "Hyväksyttiin."


def test_sixaika_titles_given_per_language_are_read(tmp_path: Path) -> None:
    """An action's title and an organisation's name may be given per language, as a case's title is."""
    action = _action(1, "31", title={"sv": "Ärende 31", "fi": "Asia 31"})
    (document,) = _read(tmp_path, "actions.json", {"results": [action]})
    assert document.items[0].title == "Asia 31"


def test_sixaika_lists_given_as_other_values_are_empty(tmp_path: Path) -> None:
    action = _action(1, "21", attachments=True, votes=3, contents=False)
    event = {
        "id": "https://paatos.example.fi/v1/event/9/",
        "name": "Tekninen lautakunta",
        "start_date": "2026-03-04",
        "actions": 7,
    }
    (document,) = _read(tmp_path, "event.json", [event, action])
    (item,) = document.items
    assert (item.number, item.title) == ("21", "Asia 21")
    assert (item.attachments, item.votes, item.decision) == ([], [], None)
    assert document.meeting.body.name == "Tekninen lautakunta"


def test_sixaika_attachment_and_vote_values_of_the_wrong_type_are_left_out(tmp_path: Path) -> None:
    action = _action(
        1,
        "31",
        attachments=[
            {"name": "Liite 1", "number": 1, "file": True, "url": "https://paatos.example.fi/liite/1"},
            {"name": ["Liite 2"], "id": "liite-2", "confidentiality_reason": {"fi": "x"}},
        ],
        votes=[{"result": ["x"], "counts": [{"option": "yes", "value": True}, {"option": "no", "value": 4}]}],
        case={"register_id": 17, "function": {"function_id": 100301}},
    )
    (document,) = _read(tmp_path, "action.json", action)
    (item,) = document.items
    first, second = item.attachments
    assert (first.title, first.number, first.url) == ("Liite 1", "1", "https://paatos.example.fi/liite/1")
    assert (second.title, second.confidentiality_ground, second.url) == ("liite-2", None, None)
    (vote,) = item.votes
    assert (vote.result, vote.yes, vote.no) == (None, None, 4)
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "17"


# -- Dynasty JSON --------------------------------------------------------------------------------


def test_dynasty_json_orders_of_mixed_types_and_texts_of_other_types(tmp_path: Path) -> None:
    parts = [
        {"order": "x", "title": "Päätös", "content": "<p>Hyväksyttiin.</p>"},
        {"order": 1, "title": "Dno", "content": "77/2025"},
        {"order": None, "title": ["Selostus"], "content": "<p>Ohitetaan otsikotta.</p>"},
        {"order": 2, "title": "Päätösehdotus", "content": {"p": "ei tekstiä"}},
        {"order": [3], "title": "Käsittely", "content": 5},
    ]
    (document,) = _read(tmp_path, "esimerkki_kh_250304_contents_9.json", parts)
    (item,) = document.items
    assert item.decision == "Hyväksyttiin."
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "77/2025"
    headings = [section.heading for section in item.sections]
    assert "['Selostus']" not in headings and "Päätös" in headings
    assert all(isinstance(section.text, str) and "{" not in section.text for section in item.sections)


# -- Ahjo ----------------------------------------------------------------------------------------


def _record(**changes: Any) -> dict[str, Any]:
    record = {
        "Type": "päätös",
        "Title": "Uimaranta Kuovi, laiturin uusiminen",
        "NativeId": "{00000000-1111-2222-3333-000000000042}",
        "MeetingID": "0290020263",
        "AgendaPoint": "4",
        "DateMeeting": "2026-02-11T02:00:00.000",
        "CaseIDLabel": "HEL 2026-000777",
        "ClassificationCode": "10 03 01",
        "Agents": [{"Name": "Ranta, Rauni", "Role": "mainCreator", "Title": "suunnittelija"}],
    }
    record.update(changes)
    return record


def test_ahjo_person_fields_of_the_wrong_type_are_left_empty(tmp_path: Path) -> None:
    agents = [{"Name": ["Ranta"], "Role": "mainCreator", "Title": ["suunnittelija"], "Email": True}]
    (document,) = _read(tmp_path, "record.json", _record(Agents=agents, ClassificationCode=100301))
    (item,) = document.items
    (person,) = item.preparers
    assert (person.name, person.title, person.email) == ("", None, None)
    assert item.title == "Uimaranta Kuovi, laiturin uusiminen"
    assert item.case is not None and item.case.diary_number is not None
    assert item.case.diary_number.raw == "HEL 2026-000777"


def test_ahjo_grounds_of_secrecy_of_other_types_are_left_out(tmp_path: Path) -> None:
    """A ground given as an object is no text of the law: only the texts among the grounds are kept."""
    attachments = [
        {
            "Title": "Liite",
            "AttachmentNumber": "1",
            "PublicityClass": "Salassa pidettävä",
            "SecurityReasons": [{"Law": "JulkL"}, "JulkL (621/1999) 24.1 § 32 k"],
        }
    ]
    record = _record(
        PublicityClass="Osittain salassa pidettävä",
        SecurityReasons=[{"Law": "JulkL"}, "JulkL (621/1999) 24.1 § 17 k"],
        Attachments=attachments,
    )
    (document,) = _read(tmp_path, "record.json", record)
    (item,) = document.items
    assert item.confidentiality is not None and item.confidentiality.ground == "JulkL (621/1999) 24.1 § 17 k"
    assert item.attachments[0].confidentiality_ground == "JulkL (621/1999) 24.1 § 32 k"


def test_ahjo_lists_given_as_other_values_are_empty(tmp_path: Path) -> None:
    record = _record(Agents=False, VotingResults=1, Attachments=True, PreviousDecisions=2.5)
    (document,) = _read(tmp_path, "record.json", record)
    (item,) = document.items
    assert (item.preparers, item.votes, item.attachments, item.history) == ([], [], [], [])
    assert item.agenda_number == "4"
    case = {"CaseIDLabel": "HEL 2026-000778", "Title": "Laiturit", "Records": 5}
    (document,) = _read(tmp_path, "case.json", case)
    assert document.items[0].title == "Laiturit"


def test_ahjo_voters_of_the_wrong_type_are_left_out(tmp_path: Path) -> None:
    rounds = [
        {
            "Ayes": {"NumberOfVotes": "2", "Voters": True},
            "Noes": {"NumberOfVotes": 1, "Voters": [{"Name": ["Ahava"], "ID": "VR1", "CouncilGroup": 3}]},
        }
    ]
    (document,) = _read(tmp_path, "votes.json", rounds)
    (event,) = document.items[0].votes
    assert (event.yes, event.no) == (2, 1)
    (vote,) = event.votes
    assert (vote.voter, vote.choice, vote.group) == ("VR1", "no", "3")


def test_ahjo_a_count_of_digits_that_are_no_number_is_left_out(tmp_path: Path) -> None:
    """``"²"`` is a digit to ``str.isdigit`` but no number to ``int``: the count is unknown, the rest read."""
    rounds = [{"Ayes": {"NumberOfVotes": "²", "Voters": []}, "Noes": {"NumberOfVotes": "3", "Voters": []}}]
    (document,) = _read(tmp_path, "votes.json", rounds)
    (event,) = document.items[0].votes
    assert (event.yes, event.no) == (None, 3)


# -- CaseM ---------------------------------------------------------------------------------------


def _properties(*props: tuple[str, Any]) -> dict[str, Any]:
    return {
        "odata.metadata": "https://kunta.example.fi/api/opennc/v1/$metadata#ExtendedProperties",
        "value": [
            {"Id": n, "Name": name, "Text": text, "Number": None, "Date": None}
            for n, (name, text) in enumerate(props)
        ],
    }


def test_casem_texts_of_the_wrong_type_are_empty(tmp_path: Path) -> None:
    content = _properties(
        ("Name", ["Laiturin uusiminen"]), ("Article", 12), ("Decision", "<p>Hyväksyttiin.</p>")
    )
    (document,) = _read(tmp_path, "extended_properties.json", content)
    (item,) = document.items
    assert (item.title, item.number, item.decision) == ("", "12", "Hyväksyttiin.")
    listing = {
        "odata.metadata": "https://kunta.example.fi/api/opennc/v1/$metadata#Contents",
        "value": [{"ContentId": 5, "Subject": {"fi": "x"}, "Classifications": []}],
    }
    (document,) = _read(tmp_path, "node_contents.json", listing)
    assert document.items[0].title == ""


def test_casem_history_dates_beyond_the_calendar_are_unknown(tmp_path: Path) -> None:
    history = [
        {"Party": "Tekninen lautakunta", "MeetingDate": "/Date(99999999999999999999)/", "Article": "8"},
        {"Party": "Kaupunginhallitus", "MeetingDate": "/Date(-99999999999999)/", "Article": "3"},
        {"Party": "Kaupunginvaltuusto", "MeetingDate": "/Date(1772618400000)/", "Article": "4"},
    ]
    content = _properties(("Name", "Laiturit"), ("HistoryTopics", json.dumps(history)))
    (document,) = _read(tmp_path, "extended_properties.json", content)
    dates = [(ref.body, ref.date) for ref in document.items[0].history]
    assert dates[:2] == [("Tekninen lautakunta", None), ("Kaupunginhallitus", None)]
    assert dates[2][1] is not None and dates[2][1].year == 2026


def test_sixaika_orderings_written_as_text_sort_by_their_number(tmp_path: Path) -> None:
    """``"10"`` comes after ``"9"``: an ordering written as text is still a number."""
    actions = [_action("10", "3"), _action("9", "2"), _action(1, "1")]
    (document,) = _read(tmp_path, "actions.json", {"results": actions})
    assert [item.number for item in document.items] == ["1", "2", "3"]
