"""Which lines of a preparers' part name a person: an official's title and a name printed surname first."""

from __future__ import annotations

from paatosdata.model import Item, Section
from paatosdata.parse.assemble import fill_item


def _preparers(text: str) -> list[tuple[str | None, str | None]]:
    item = Item(number="12", title="Kerhotilan vuokraus")
    fill_item(item, [Section("preparers", "Valmistelija", text)])
    return [(person.name, person.title) for person in item.preparers]


def test_a_title_and_a_name_printed_surname_first_is_a_preparer() -> None:
    assert _preparers("rehtori Virta-aho, Anna") == [("Anna Virta-aho", "rehtori")]


def test_a_name_in_reading_order_is_read_as_before() -> None:
    assert _preparers("rehtori Anna Virta-aho") == [("Anna Virta-aho", "rehtori")]


def test_two_units_split_by_a_comma_name_no_one() -> None:
    assert _preparers("Konsernipalvelut, Talous") == []
