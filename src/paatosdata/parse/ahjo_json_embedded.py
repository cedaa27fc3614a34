"""What an Ahjo record takes from the decision HTML it embeds (``Content``, ``Motion``, ``HTML``), read
with the Ahjo HTML reader: the fields the record lacks, and the people, attachments and appeal instructions
the decision and its motion both print, each kept once.

:class:`AhjoJsonEmbedded` is the part of :class:`~paatosdata.parse.ahjo_json.AhjoJsonReader` that reads it,
kept apart from the record's own keys.
"""

from __future__ import annotations

from typing import Any

from paatosdata.errors import ParseError
from paatosdata.model import AppealInfo, Attachment, Document, Item, Outcome, Person, Section
from paatosdata.parse.ahjo_json_lines import AhjoJsonLines


def _same(value: Any) -> object:
    """What makes two people, attachments or appeal instructions read from a record the same one."""
    if isinstance(value, Person):
        return ("person", value.name, value.phone, value.email)
    if isinstance(value, Attachment):
        return ("attachment", value.number, value.title)
    if isinstance(value, AppealInfo):
        return ("appeal", value.kind)
    if isinstance(value, str):
        return ("text", value)
    return ("other", id(value))


#: outcomes after which nothing was decided: the motion's recipients received no decision
_UNDECIDED = frozenset({Outcome.TABLED, Outcome.RETURNED, Outcome.REMOVED})


def _motion_does_not_apply(name: str, item: Item) -> bool:
    """True when the Motion's ``name`` list is not the decision's.

    The Motion is the proposal as presented: its appeal line and its recipients (Tiedoksi, Otteet)
    are those of the decision proposed. The appeal instructions printed with the decision itself
    govern (a tabled item gets an appeal ban whatever the proposal said), and an item tabled,
    sent back or struck off was decided on by no one, so nobody received it.
    """
    if name == "appeal":
        return bool(item.appeal)
    if name == "distribution":
        return item.outcome in _UNDECIDED
    return False


class AhjoJsonEmbedded(AhjoJsonLines):
    """The decision HTML embedded in an Ahjo record, read into its item."""

    def _embedded(self, markup: str, key: str, item: Item, document: Document) -> None:
        from paatosdata.parse.ahjo_html import AhjoHtmlReader

        where = self._line(key)
        try:
            inner = AhjoHtmlReader().read(markup.encode("utf-8"), self._path)
        except ParseError:
            item.sections.append(Section("generic", key, markup, where))
            return
        for doc in inner:
            for found in doc.items:
                for name in (
                    "number",
                    "number_raw",
                    "proposal",
                    "decision",
                    "outcome",
                    "unanimous",
                    "reasons",
                    "summary",
                    "handling",
                    "presenter",
                    "confidentiality",
                ):
                    if getattr(item, name) in (None, "") and getattr(found, name) not in (None, ""):
                        setattr(item, name, getattr(found, name))
                if not item.case and found.case:
                    item.case = found.case
                if not item.title or (key == "Content" and found.title):
                    # the heading printed in the decision names the item; the record's Title may be
                    # in another language than the decision text
                    item.title = found.title
                for name in (
                    "preparers",
                    "attachments",
                    "appeal",
                    "distribution",
                    "motions",
                    "votes",
                    "legal_basis",
                ):
                    # a decision's Content and its Motion print the same people, attachments and
                    # appeal instructions: each is kept once
                    have = getattr(item, name)
                    if key == "Motion" and _motion_does_not_apply(name, item):
                        continue
                    seen = {_same(value) for value in have}
                    have.extend(value for value in getattr(found, name) if _same(value) not in seen)
                for section in found.sections:
                    section.span = where
                    item.sections.append(section)
            document.signatures.extend(doc.signatures)
            if not document.meeting.body.name:
                document.meeting.body.name = doc.meeting.body.name
