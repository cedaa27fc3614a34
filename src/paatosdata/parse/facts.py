"""The facts a reader got from a document, flattened for checking against hand-written expectations.

``document_facts`` turns a :class:`Document` into ``{"field": value}`` with stable keys
(``meeting.body``, ``items.0.title``, ``items.0.presenter.name`` …); ``compare_facts`` says which
expected fields were read exactly (texts compared with whitespace runs collapsed).

>>> from paatosdata.model import Body, Document, DocumentKind, Item, Meeting
>>> doc = Document(DocumentKind.MINUTES, Meeting(Body("Kaupunginhallitus")), [Item("5", "Otsikko")])
>>> facts = document_facts(doc)
>>> (facts["meeting.body"], facts["items.0.number"], facts["item_count"])
('Kaupunginhallitus', '5', 1)
>>> compare_facts({"items.0.title": "Otsikko", "meeting.body": "Lautakunta"}, facts)
[('items.0.title', True), ('meeting.body', False)]
"""

from __future__ import annotations

from typing import Any

from paatosdata.model import Document, Item

__all__ = ["compare_facts", "document_facts", "item_facts"]


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def item_facts(item: Item, prefix: str) -> dict[str, Any]:
    """The facts of one item under ``prefix`` (``items.0``)."""
    diary = item.case.diary_number if item.case else None
    facts: dict[str, Any] = {
        "number": item.number,
        "number_raw": item.number_raw,
        "agenda_number": item.agenda_number,
        "title": item.title,
        "url": item.url,
        "diary.raw": diary.raw if diary else None,
        "diary.serial": diary.serial if diary else None,
        "diary.year": diary.year if diary else None,
        "diary.task_class": diary.task_class if diary else None,
        "diary.prefix": diary.prefix if diary else None,
        "preparers": [p.name for p in item.preparers],
        "preparers.phones": [p.phone for p in item.preparers],
        "presenter.name": item.presenter.name if item.presenter else None,
        "presenter.title": item.presenter.title if item.presenter else None,
        "presenter.acting": item.presenter.acting if item.presenter else None,
        "proposal": item.proposal,
        "decision": item.decision,
        "outcome": item.outcome.value if item.outcome else None,
        "unanimous": item.unanimous,
        "votes": [[v.yes, v.no, v.blank, v.absent] for v in item.votes],
        "proposal.start": item.proposal,
        "decision.start": item.decision,
        "summary.start": item.summary,
        "reasons.start": item.reasons,
        "handling.start": item.handling,
        "attachments": [a.title for a in item.attachments],
        "distribution": list(item.distribution),
        "history": [h.raw for h in item.history],
        "history.refs": [f"{h.date.isoformat() if h.date else '?'} § {h.section}" for h in item.history],
        "appeal": [a.kind.value for a in item.appeal],
        "section_kinds": [s.kind for s in item.sections],
    }
    return {f"{prefix}.{key}": value for key, value in facts.items()}


def document_facts(document: Document) -> dict[str, Any]:
    """Every fact of ``document`` under a stable key."""
    meeting = document.meeting
    facts: dict[str, Any] = {
        "kind": document.kind.value,
        "meeting.body": meeting.body.name,
        "meeting.date": meeting.date.isoformat() if meeting.date else None,
        "meeting.start": meeting.start.strftime("%H:%M") if meeting.start else None,
        "meeting.place": meeting.place,
        "meeting.number": meeting.number,
        "meeting.municipality": meeting.municipality.name if meeting.municipality else None,
        "meeting.participants": [p.person.name for p in meeting.participants],
        "checked": document.checked,
        "item_count": len(document.items),
        "appeal_instructions": [
            {"kind": a.kind.value, "applies_to": list(a.applies_to)} for a in document.appeal_instructions
        ],
        "sections": [s.heading for s in document.sections],
    }
    for index, item in enumerate(document.items):
        facts.update(item_facts(item, f"items.{index}"))
    return facts


def compare_facts(expected: dict[str, Any], actual: dict[str, Any]) -> list[tuple[str, bool]]:
    """``(field, read exactly)`` for each expected field, in sorted order.

    A ``*.start`` field (a long text) compares how the text starts; other values compare whole.
    """
    results = []
    for key in sorted(expected):
        want = _norm(expected[key])
        got = _norm(actual.get(key))
        if key.endswith(".start") and isinstance(want, str) and isinstance(got, str):
            results.append((key, got.startswith(want)))
        else:
            results.append((key, want == got))
    return results
