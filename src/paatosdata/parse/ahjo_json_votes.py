"""The vote results of Ahjo JSON: one voting round from ``{Ayes, Noes, Blank, Absent}``, each with its
``Voters`` and ``NumberOfVotes``, as a record's ``VotingResults`` or as a file of vote results alone.

:class:`AhjoJsonVotes` is the part of :class:`~paatosdata.parse.ahjo_json.AhjoJsonReader` that reads them,
kept apart from the record that may carry them.
"""

from __future__ import annotations

from typing import Any

from paatosdata.errors import ParseError
from paatosdata.model import Document, DocumentKind, Item, Vote, VoteEvent
from paatosdata.parse.ahjo_json_meeting import AhjoJsonMeeting
from paatosdata.parse.base import source_for, span
from paatosdata.parse.jsonvalues import count_value, list_value, optional_text, text_value
from paatosdata.parse.vendor_json import key_lines

_VOTE_KEYS = {"Ayes": "yes", "Noes": "no", "Blank": "blank", "Absent": "absent"}


class AhjoJsonVotes(AhjoJsonMeeting):
    """The voting rounds of Ahjo vote results."""

    def _vote_event(self, obj: dict[str, Any], round_number: int) -> VoteEvent:
        """One voting round from ``{Ayes, Noes, Blank, Absent}``, each with Voters and NumberOfVotes."""
        lines = key_lines(self._text, "Ayes")
        line = lines[round_number - 1] if round_number - 1 < len(lines) else 1
        event = VoteEvent(round=round_number, span=span(self._path, line))
        for key, choice in _VOTE_KEYS.items():
            group = obj.get(key)
            if group is None:
                continue
            if not isinstance(group, dict):
                raise ParseError(
                    f"'{key}' is not an object with Voters and NumberOfVotes",
                    source=f"{self._path}:{self._line(key).line}",
                )
            count = group.get("NumberOfVotes")
            setattr(event, choice, count_value(count))
            content = text_value(group.get("Content")).strip()
            if choice == "yes" and content:
                event.yes_proposition = content
            elif choice == "no" and content:
                event.no_proposition = content
            for voter in list_value(group.get("Voters")):
                if isinstance(voter, dict):
                    event.votes.append(
                        Vote(
                            voter=text_value(voter.get("Name")) or text_value(voter.get("ID")),
                            choice=choice,
                            group=optional_text(voter.get("CouncilGroup")),
                        )
                    )
        return event

    def _votes(self, objects: list[dict[str, Any]], data: bytes) -> Document:
        """Vote results alone: one item with one voting round per object."""
        events = [self._vote_event(obj, number) for number, obj in enumerate(objects, start=1)]
        item = Item(number=None, title="", votes=events, span=events[0].span)
        item.unanimous = False
        return Document(
            DocumentKind.MINUTES, self._meeting(None), [item], source=source_for(self._path, data, self.name)
        )
