"""The publishing process streams: sorted runs on disk, a merged feed diff, bounded dedup of the dumps.

Run sizes are made tiny here so that every spill-to-disk path really runs; the site must come out
byte for byte as with the default sizes, and the feed must find the same changes a dictionary-based
comparison finds.
"""

from __future__ import annotations

import heapq
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks.generate import generate_documents
from paatosdata.model import Document
from paatosdata.publish import dumps, worker
from paatosdata.publish import site as site_module
from paatosdata.publish import spill as spill_module
from paatosdata.publish.feed import Change, Entry, diff, load_state, write_feed
from paatosdata.publish.site import Options, publish
from paatosdata.publish.spill import KeySet, SortedSpill, Tape, unique
from tests.publish.helpers import site_bytes

NOW = datetime(2026, 3, 3, tzinfo=UTC)


@pytest.mark.parametrize("chunk", [1, 5, 128])  # records pickled together change nothing read back
def test_sorted_spill_merges_runs_from_disk_stably(chunk: int) -> None:
    rng = random.Random(7)
    records = [(rng.randrange(40), n) for n in range(500)]
    spill: SortedSpill[tuple[int, int]] = SortedSpill(key=lambda r: r[0], run_size=16, chunk=chunk)
    for record in records:
        spill.add(record)
    # 31 runs of 16: the first 16 were merged into one larger run, 15 wait beside it
    assert sorted(level for level, _ in spill.runs) == [0] * 15 + [1]
    assert list(spill) == sorted(records, key=lambda r: r[0])
    assert spill.runs == []


def test_runs_of_several_chunks_with_shared_objects_read_back() -> None:
    shared = Entry("h", "item", "Kunnanhallitus", "2026-01-02", "1", "Asia")
    records = [(f"iri-{(n * 7919) % 5000:05d}", n, shared, ["x", n]) for n in range(5000)]
    spill: SortedSpill[tuple[str, int, Entry, list[object]]] = SortedSpill(key=lambda r: r[0], run_size=2300)
    tape: Tape[tuple[str, int, Entry, list[object]]] = Tape(chunk=7)
    for record in records:
        spill.add(record)
        tape.add(record)
    assert len(spill.runs) == 2
    assert list(spill) == sorted(records, key=lambda r: r[0])
    assert list(tape) == records


def test_unique_and_tape_and_keyset() -> None:
    assert list(unique([1, 1, 2, 3, 3, 3])) == [1, 2, 3]
    tape: Tape[str] = Tape(chunk=3)
    for word in ("b", "a", "c", "a", "d"):
        tape.add(word)
    assert list(tape) == ["b", "a", "c", "a", "d"]
    keys = KeySet([b"x", b"y"])
    keys.add(b"z")
    assert b"z" in keys and b"x" in keys
    assert b"w" not in keys and "x" not in keys


def _reference(old: dict[str, Entry], new: dict[str, Entry]) -> list[tuple[str, Entry, str | None]]:
    """The comparison done with whole dictionaries in memory."""
    out: list[tuple[str, Entry, str | None]] = []
    for iri in sorted(set(old) | set(new)):
        before, after = old.get(iri), new.get(iri)
        if after is not None:
            kind = None
            if before is None or before.deleted:
                kind = "created"
            elif before.hash != after.hash:
                kind = "redacted" if after.redacted and not before.redacted else "updated"
            out.append((iri, after, kind))
        elif before is not None:
            tomb = Entry("", before.kind, before.body, before.date, before.number, before.title, deleted=True)
            out.append((iri, tomb, None if before.deleted else "deleted"))
    return out


def _entry(rng: random.Random, n: int) -> Entry:
    return Entry(f"h{rng.randrange(3)}", "item", "Kunnanhallitus", "2026-01-02", str(n), f"Asia {n}")


def test_feed_diff_is_a_merge_of_sorted_streams() -> None:
    rng = random.Random(11)
    old = {f"https://e.org/i/{n:04d}": _entry(rng, n) for n in range(0, 600, 2)}
    for iri in list(old)[::7]:
        old[iri] = Entry("", "item", "K", "", "", "", deleted=True)
    new = {f"https://e.org/i/{n:04d}": _entry(rng, n) for n in range(0, 600, 3)}
    for iri in list(new)[::5]:
        if iri in old:
            new[iri] = Entry("h9", "item", "K", "", "", "", redacted=True)
    merged = [
        (iri, entry, change.kind if change else None)
        for iri, entry, change in diff(sorted(old.items()), sorted(new.items()))
    ]
    expected = _reference(old, new)
    assert merged == expected
    assert {k for _, _, k in expected} == {None, "created", "updated", "redacted", "deleted"}


def test_feed_state_round_trips_and_pages_stay_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    entries = [
        (f"https://e.org/i/{n:05d}", Entry(f"h{n}", "item", "K", "2026-01-01", str(n), 'Ä "x"\n'))
        for n in range(2500)
    ]
    changes = ((iri, entry, Change("created", iri, entry)) for iri, entry in entries)
    assert (
        write_feed(site, "https://e.org", changes, {"events": 0, "pages": 0}, "2026-01-01T00:00:00") == 2500
    )
    state = load_state(site)
    assert state.counters == {"events": 2500, "pages": 3}
    assert list(state.resources()) == entries
    json.loads((site / "feed" / "state.json").read_text(encoding="utf-8"))
    page = json.loads((site / "feed" / "page-2.jsonld").read_text(encoding="utf-8"))
    assert len(page["orderedItems"]) == 1000 and page["next"].endswith("page-3.jsonld")
    # nothing changed: nothing appended, the state file left alone
    before = (site / "feed" / "state.json").stat().st_ino
    again = ((iri, entry, None) for iri, entry in state.resources())
    assert write_feed(site, "https://e.org", again, state.counters, "2026-01-02T00:00:00") == 0
    assert (site / "feed" / "state.json").stat().st_ino == before


def test_first_state_version_is_still_read(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    entry = Entry("h", "meeting", "K", "2026-01-01", "", "K 2026-01-01")
    data = {"version": 1, "events": 4, "pages": 1, "resources": {"https://e.org/m/2": entry.as_json()}}
    (folder / "state.json").write_text(json.dumps(data), encoding="utf-8")
    state = load_state(tmp_path)
    assert state.counters == {"events": 4, "pages": 1}
    assert list(state.resources()) == [("https://e.org/m/2", entry)]


def _sources(full_doc: Document, seed_doc: Document) -> list[Path | Document]:
    return [full_doc, seed_doc, *generate_documents(40, items_per_document=4)]


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_tiny_runs_give_the_same_site(
    full_doc: Document, seed_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish(_sources(full_doc, seed_doc), tmp_path / "default", Options(validator=None, now=NOW))
    monkeypatch.setattr(site_module, "LEDGER_RUN", 3)
    monkeypatch.setattr(dumps, "SHARED_RUN", 5)
    monkeypatch.setattr(dumps, "_CACHE", 4)
    publish(_sources(full_doc, seed_doc), tmp_path / "tiny", Options(validator=None, now=NOW))
    assert site_bytes(tmp_path / "tiny") == site_bytes(tmp_path / "default")


def test_tiny_runs_find_every_change(
    full_doc: Document, seed_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(site_module, "LEDGER_RUN", 2)
    monkeypatch.setattr(dumps, "SHARED_RUN", 3)
    site = tmp_path / "site"
    generated = list(generate_documents(12, items_per_document=4))
    publish([full_doc, *generated], site, Options(validator=None, now=NOW))
    first = load_state(site)
    created = first.counters["events"]
    assert created == len(list(first.resources()))
    generated[0].items[0].decision = "Toisin päätetty."
    summary = publish([seed_doc, *generated], site, Options(validator=None, now=NOW))
    page = json.loads((site / "feed" / "page-1.jsonld").read_text(encoding="utf-8"))
    kinds = [a["change"] for a in page["orderedItems"][created:]]
    assert summary.events == len(kinds)
    assert kinds.count("created") == len(seed_doc.items) + 1  # its items and its meeting
    assert kinds.count("deleted") == len(full_doc.items) + 1
    # the changed item and its meeting (whose minutes hold the item's text)
    assert kinds.count("updated") == 2
    second = dict(load_state(site).resources())
    assert sum(e.deleted for e in second.values()) == len(full_doc.items) + 1


def test_a_failed_background_write_is_raised() -> None:
    class Full:
        def __init__(self) -> None:
            self.calls = 0

        def write(self, data: bytes) -> int:
            self.calls += 1
            raise OSError(28, "No space left on device")

    sink = Full()
    writer = dumps._Background(sink)  # type: ignore[arg-type]
    writer.write(b"a")
    with pytest.raises(OSError, match="No space"):
        for _ in range(100):
            writer.write(b"b")
        writer.close()
    assert sink.calls == 1


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_an_input_read_twice_is_in_the_dumps_once(seed_doc: Document, tmp_path: Path) -> None:
    once = publish([seed_doc], tmp_path / "once", Options(validator=None, now=NOW))
    twice = publish([seed_doc, seed_doc], tmp_path / "twice", Options(validator=None, now=NOW))
    assert (twice.stats.quads, twice.stats.triples, twice.stats.graphs) == (
        once.stats.quads,
        once.stats.triples,
        once.stats.graphs,
    )
    one, two = site_bytes(tmp_path / "once"), site_bytes(tmp_path / "twice")
    assert two["paatosdata.nq.gz!"] == one["paatosdata.nq.gz!"]
    assert two["paatosdata.ttl.gz!"] == one["paatosdata.ttl.gz!"]


def test_turtle_dump_is_the_same_when_cut_from_the_resources_turtle_or_serialised_again(
    full_doc: Document, seed_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The union Turtle takes each graph's statements from its index.ttl (as the worker wrote it, or
    read back); serialising the kept N-Triples again (what happens when that file cannot be used)
    gives the same bytes."""
    docs = [full_doc, seed_doc, *generate_documents(30)]
    cut = site_bytes(publish(docs, tmp_path / "cut", Options(now=NOW, validator=None)).site)
    used: list[bool] = []
    original = dumps.cut_statements

    def counted(data: bytes, blocks: list[int], total: int) -> bytes | None:
        found = original(data, blocks, total)
        used.append(found is not None)
        return found

    monkeypatch.setattr(dumps, "cut_statements", counted)
    again = site_bytes(publish(docs, tmp_path / "again", Options(now=NOW, validator=None)).site)
    assert used and all(used)
    monkeypatch.setattr(dumps, "cut_statements", lambda data, blocks, total: None)
    serialised = site_bytes(publish(docs, tmp_path / "serialised", Options(now=NOW, validator=None)).site)
    monkeypatch.setattr(worker, "plan_graph", lambda graph, ntriples, turtle=b"": None)
    monkeypatch.setattr(dumps, "cut_statements", original)
    unplanned = site_bytes(publish(docs, tmp_path / "unplanned", Options(now=NOW, validator=None)).site)
    assert cut == again == serialised == unplanned


def test_a_resource_turtle_file_that_does_not_fit_is_not_used(tmp_path: Path) -> None:
    header = dumps.turtle_header()
    graph = b"<https://example.org/r>"
    ntriples = graph + b' <https://example.org/p> "a" .\n' + graph + b' <https://example.org/q> "b" .\n'
    kept = dumps._Kept(ntriples, [0], 1)
    path = tmp_path / "index.ttl"
    assert dumps._own_statements(str(path), kept) is None  # missing
    path.write_bytes(b"@prefix x: <y> .\n" + b"<https://example.org/r> <p> 1 .\n")
    assert dumps._own_statements(str(path), kept) is None  # other header
    body = b'<https://example.org/r> <https://example.org/p> "a" ;\n\t<https://example.org/q> "b" .\n'
    path.write_bytes(header + body + body.replace(b"/r>", b"/s>", 1))
    assert dumps._own_statements(str(path), kept) is None  # two statements for one subject run
    path.write_bytes(header + body)
    assert dumps._own_statements(str(path), kept) == body


def test_a_document_sent_as_its_payload_publishes_as_the_document(full_doc: Document, tmp_path: Path) -> None:
    from paatosdata.config import Config
    from paatosdata.publish.render import DEFAULT_RENDERERS
    from paatosdata.publish.worker import Job, document_payload, process

    def run(name: str, task: Document | bytes) -> tuple[list[object], dict[str, bytes]]:
        staging = tmp_path / name
        staging.mkdir()
        job = Job(
            str(staging), "https://example.org", Config(), NOW.date(), 37, True, None, DEFAULT_RENDERERS
        )
        result = process(job, task)
        return [(i.iri, i.digest, i.ntriples) for i in result.items], site_bytes(staging)

    assert run("document", full_doc) == run("payload", document_payload(full_doc))


@pytest.mark.parametrize("read_ahead", [1, 2, 8])
def test_batched_merge_gives_what_heapq_merge_gives(read_ahead: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spill_module, "_READ_AHEAD", read_ahead)
    rng = random.Random(11)
    for _ in range(400):
        # equal records told apart by their type: they must come by run, then in their order
        runs = [
            sorted(
                rng.choice([rng.randrange(6), float(rng.randrange(6)), bool(rng.randrange(2))])
                for _ in range(rng.randrange(30))
            )
            for _ in range(rng.randrange(6))
        ]
        size = rng.randrange(1, 5)
        chunked = [iter([run[i : i + size] for i in range(0, len(run), size)]) for run in runs]
        got = [record for batch in spill_module.merged(chunked) for record in batch]
        assert [(type(r), r) for r in got] == [(type(r), r) for r in heapq.merge(*runs)]


def test_a_spill_without_key_gives_the_same_sorted_or_in_batches() -> None:
    rng = random.Random(5)
    lines = [f"<s{rng.randrange(300)}> <p> {rng.randrange(9)} .\n".encode() for _ in range(3000)]
    one: SortedSpill[bytes] = SortedSpill(run_size=7, chunk=3)
    two: SortedSpill[bytes] = SortedSpill(run_size=7, chunk=3)
    one.extend(lines)
    two.extend(lines)
    batches = list(two.batches())
    assert len(batches) > 1 and all(batch == sorted(batch) for batch in batches)
    assert [line for batch in batches for line in batch] == list(one) == sorted(lines)
