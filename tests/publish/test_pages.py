"""Item and meeting pages: their own text goes through the given guard, the embedded JSON-LD as given."""

from __future__ import annotations

from datetime import date

from paatosdata.model import Body, Document, DocumentKind, Item, Meeting, Participant, Person
from paatosdata.publish.html import json_script_bytes
from paatosdata.publish.pages import item_page, meeting_page
from paatosdata.publish.redact import HETU_MASK, guard

CODE = "131052-308T"
IRI = "https://example.org/akn/fi-x/statement/deliberation/kh/2026-05-07/28"
MEETING = "https://example.org/akn/fi-x/debateReport/minute/kh/2026-05-07/3"
REL = "akn/fi-x/statement/deliberation/kh/2026-05-07/28"


def _doc(text: str) -> Document:
    item = Item(number="28", title=f"Hakemus {text}", decision=f"Hyväksyttiin, hakija {text}.")
    meeting = Meeting(
        Body("Kunnanhallitus"),
        date(2026, 5, 7),
        place=f"Sali {text}",
        participants=[Participant(Person(f"Jäsen {text}"), "jäsen")],
    )
    return Document(kind=DocumentKind.MINUTES, meeting=meeting, items=[item], whole=True)


def test_item_page_guards_its_own_text_and_embeds_the_data_as_given() -> None:
    doc = _doc(CODE)
    data = b'{"@id": "x", "note": "<b>kept & as given</b>"}'
    page = item_page(doc, doc.items[0], IRI, MEETING, REL, data, guard)
    text = page.decode("utf-8")
    assert CODE not in text
    assert text.count(HETU_MASK) == 4  # <title>, heading, place and decision
    assert json_script_bytes(data) + b"\n" in page
    unguarded = item_page(doc, doc.items[0], IRI, MEETING, REL, data)
    assert CODE in unguarded.decode("utf-8")
    assert guard(unguarded) == page  # guarding the parts is guarding the whole page


def test_a_clean_page_is_the_same_with_or_without_the_guard() -> None:
    doc = _doc("12345")
    data = b'{"@id": "x"}'
    item = doc.items[0]
    assert item_page(doc, item, IRI, MEETING, REL, data, guard) == item_page(
        doc, item, IRI, MEETING, REL, data
    )
    items = [("28", item.title, REL)]
    with_guard = meeting_page(doc, MEETING, "m", items, data, guard)
    assert with_guard == meeting_page(doc, MEETING, "m", items, data)


def test_meeting_page_guards_its_own_text() -> None:
    doc = _doc(CODE)
    data = b'{"@id": "m"}'
    page = meeting_page(doc, MEETING, "m", [("28", doc.items[0].title, REL)], data, guard)
    assert CODE not in page.decode("utf-8")
    assert json_script_bytes(data) + b"\n" in page
