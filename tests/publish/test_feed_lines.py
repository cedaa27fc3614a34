"""The feed's activities and state rows are written out directly: exactly what json.dumps writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from paatosdata.publish import feed
from paatosdata.publish.feed import Change, Entry, load_state, write_feed

ODD = ['Ä "x"\n\\ \u2028 \x00 \x7f', "", "ö/§ 5", "\ud7ff\ue000 <b>&amp;</b>", "tab\there"]


@pytest.mark.parametrize("kind", ["created", "updated", "redacted", "deleted"])
@pytest.mark.parametrize("text", ODD)
def test_an_activity_line_is_what_json_dumps_writes(kind: str, text: str) -> None:
    entry = Entry(f"h{text}", "item", text, "2026-01-01", text, f"{text} title", redacted=kind == "redacted")
    change = Change(kind, f"https://e.org/i/{text}", entry)
    line = feed._activity_line("https://e.org", 3, 2001, change, f"2026-01-02T00:00:00{text}")
    expected = feed._activity("https://e.org", 3, 2001, change, f"2026-01-02T00:00:00{text}")
    assert line == json.dumps(expected, ensure_ascii=False, sort_keys=True)
    assert json.loads(line) == expected


def test_values_that_are_not_text_go_the_way_of_json_dumps() -> None:
    odd: Any = 5
    entry = Entry("h", "item", odd, None, "§", "t", redacted=1, deleted=0)  # type: ignore[arg-type]
    change = Change("created", "https://e.org/i/1", entry)
    line = feed._activity_line("https://e.org", 1, 1, change, "now")
    assert line == json.dumps(
        feed._activity("https://e.org", 1, 1, change, "now"), ensure_ascii=False, sort_keys=True
    )
    assert feed._row("https://e.org/i/1", entry) == json.dumps(
        entry.as_row("https://e.org/i/1"), ensure_ascii=False
    )


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("flags", [(False, False), (True, False), (False, True)])
def test_a_state_row_is_what_json_dumps_writes(text: str, flags: tuple[bool, bool]) -> None:
    entry = Entry(text, "meeting", text, text, text, text, *flags)
    iri = f"https://e.org/m/{text}"
    assert feed._row(iri, entry) == json.dumps(entry.as_row(iri), ensure_ascii=False)


def _written_as_before(page: Path) -> bytes:
    """A page's bytes as written from its parsed JSON."""
    return feed._dump_page(json.loads(page.read_text(encoding="utf-8")))


def test_pages_are_linked_within_a_run_and_across_runs(tmp_path: Path) -> None:
    site = tmp_path / "site"

    def entries(start: int, stop: int) -> list[tuple[str, Entry]]:
        return [
            (f"https://e.org/i/{n:05d}", Entry(f"h{n}", "item", "K", "2026-01-01", str(n), f"ä {n}"))
            for n in range(start, stop)
        ]

    first = entries(0, 1500)
    changes = ((iri, e, Change("created", iri, e)) for iri, e in first)
    write_feed(site, "https://e.org", changes, {"events": 0, "pages": 0}, "2026-01-01T00:00:00")
    state = load_state(site)
    # the second run fills the half page left and goes on over two more pages
    second = entries(1500, 3700)
    changes = ((iri, e, Change("created", iri, e)) for iri, e in [*first, *second][1500:])
    assert write_feed(site, "https://e.org", changes, state.counters, "2026-01-02T00:00:00") == 2200
    folder = site / "feed"
    pages = [json.loads((folder / f"page-{n}.jsonld").read_text(encoding="utf-8")) for n in range(1, 5)]
    assert [len(p["orderedItems"]) for p in pages] == [1000, 1000, 1000, 700]
    assert [p.get("next", "").rsplit("/", 1)[-1] for p in pages] == [
        "page-2.jsonld",
        "page-3.jsonld",
        "page-4.jsonld",
        "",
    ]
    assert [p.get("prev", "").rsplit("/", 1)[-1] for p in pages] == [
        "",
        "page-1.jsonld",
        "page-2.jsonld",
        "page-3.jsonld",
    ]
    assert [a["object"]["name"] for p in pages for a in p["orderedItems"]] == [f"ä {n}" for n in range(3700)]
    for n in range(1, 5):
        page = folder / f"page-{n}.jsonld"
        assert page.read_bytes() == _written_as_before(page)
