"""The dumps are written while the results arrive, and come out as the exact pass after the ledger would.

The exact pass knows every published resource before the first graph; the early writer knows
those read so far. Where that could make a difference (a duplicate or conflicting input, a resource
mentioned by a graph before it is read itself) the early dumps are either put right (lines kept as
shared that have an owner after all are dropped at the end) or written again from the spool; either
way the site must be byte for byte what the exact pass gives.
"""

from __future__ import annotations

import dataclasses
import gzip
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from benchmarks.generate import generate_documents
from paatosdata.model import Body, Document
from paatosdata.publish import dumps
from paatosdata.publish.dumps import DumpWriter, write_dumps
from paatosdata.publish.site import Options, publish
from paatosdata.publish.spill import KeySet
from tests.publish.helpers import site_bytes
from tests.sample_documents import seed_document

NOW = datetime(2026, 3, 3, tzinfo=UTC)
EX = "https://example.org/r/"


def _graph(iri: str, *subjects: str) -> bytes:
    # a value per graph: which graph's lines about a subject made it into the union shows
    lines = [f'<{s}> <https://example.org/p> "{iri} on {s}" .\n' for s in subjects]
    lines.append(f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/C> .\n")
    return "".join(sorted(lines)).encode()


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (dumps.DUMP_NQ, dumps.DUMP_TTL)}


def _exact(folder: Path, records: list[tuple[str, bytes, str]]) -> tuple[dumps.DumpStats, dict[str, bytes]]:
    folder.mkdir()
    stats = write_dumps(folder, records, KeySet(iri.encode() for iri, _, _ in records))
    return stats, _files(folder)


def test_a_subject_whose_owner_comes_later_is_left_to_it(tmp_path: Path) -> None:
    """``a`` mentions ``b`` before ``b`` is read: its lines about ``b`` wait as shared, then go."""
    records = [
        (EX + "a", _graph(EX + "a", EX + "a#x", EX + "b", EX + "shared"), ""),
        (EX + "b", _graph(EX + "b", EX + "b", EX + "b#y", EX + "shared"), ""),
    ]
    ahead = tmp_path / "ahead"
    ahead.mkdir()
    writer = DumpWriter(ahead)
    for iri, ntriples, turtle in records:
        writer.learn([iri])
        writer.add(iri, ntriples, turtle)
    writer.final(KeySet(iri.encode() for iri, _, _ in records))
    assert writer.holds()
    stats = writer.finish()
    exact_stats, exact = _exact(tmp_path / "exact", records)
    assert _files(ahead) == exact
    assert stats == exact_stats
    union = gzip.decompress(exact[dumps.DUMP_TTL]).decode()
    assert f'"{EX}b on {EX}b"' in union and f'"{EX}a on {EX}b"' not in union
    assert f'"{EX}a on {EX}shared"' in union and f'"{EX}b on {EX}shared"' in union


def test_an_owner_nearer_than_the_one_found_that_comes_later_is_caught(tmp_path: Path) -> None:
    """``a/b`` is taken for ``a``'s own while ``a/b`` is not known: the writer says it does not hold."""
    records = [
        (EX + "a", _graph(EX + "a", EX + "a/b", EX + "a/c"), ""),
        (EX + "a/b", _graph(EX + "a/b", EX + "a/b#z"), ""),
    ]
    ahead = tmp_path / "ahead"
    ahead.mkdir()
    writer = DumpWriter(ahead)
    for iri, ntriples, turtle in records:
        writer.learn([iri])
        writer.add(iri, ntriples, turtle)
    writer.final(KeySet(iri.encode() for iri, _, _ in records))
    assert not writer.holds()
    writer.discard()
    assert not list(ahead.iterdir())  # nothing left behind
    # the same records written by a writer that knows every owner from the start
    stats = write_dumps(ahead, records, KeySet(iri.encode() for iri, _, _ in records))
    exact_stats, exact = _exact(tmp_path / "exact", records)
    assert _files(ahead) == exact and stats == exact_stats


def test_a_writer_gives_back_the_graphs_it_was_given(tmp_path: Path) -> None:
    """The graphs are read back from the N-Quads written: each as given, in order, repeats too."""
    records = [
        (EX + "a", _graph(EX + "a", EX + "a#x", EX + "b", EX + "shared"), str(tmp_path / "a.ttl")),
        (EX + "b", _graph(EX + "b", EX + "b#y", EX + "shared").rstrip(b"\n"), ""),
        (EX + "empty", b"", ""),  # nothing to write, nothing to give back
        (EX + "a", _graph(EX + "a", EX + "a#x", EX + "b", EX + "shared"), str(tmp_path / "a.ttl")),
        # a line whose object is the graph's own IRI, as its N-Quads line ends with
        (EX + "c", f"<{EX}c> <https://example.org/p> <{EX}c> .\n".encode(), ""),
    ]
    ahead = tmp_path / "ahead"
    ahead.mkdir()
    writer = DumpWriter(ahead)
    for iri, ntriples, turtle in records:
        writer.learn([iri])
        writer.add(iri, ntriples, turtle)
    back = writer.written()
    assert not list(ahead.iterdir())  # given up: the partial files are gone, the graphs still read
    expected = [(iri, nt if nt.endswith(b"\n") else nt + b"\n", ttl) for iri, nt, ttl in records if nt]
    assert list(back) == expected


def test_learnt_owners_are_found_however_many() -> None:
    owners = dumps.LearntOwners()
    keys = [f"{EX}{n}".encode() for n in range(3 * owners.NEWEST + 17)]
    for n, key in enumerate(keys):
        owners.add(key)
        assert key in owners and keys[n // 2] in owners
    assert len(owners.runs) > 1 and all(
        len(a) > len(b) for a, b in zip(owners.runs, owners.runs[1:], strict=False)
    )
    assert all(key in owners for key in keys)
    assert f"{EX}none".encode() not in owners and "not bytes" not in owners


def test_misses_are_checked_against_the_final_owners() -> None:
    misses = dumps.Misses()
    for n in range(5000):
        misses.add(f"{EX}miss/{n % 3000}".encode())
    assert not misses.any_in(KeySet([f"{EX}other".encode()]))
    misses = dumps.Misses()
    for n in range(5000):
        misses.add(f"{EX}miss/{n}".encode())
    assert misses.any_in(KeySet([f"{EX}miss/17".encode()]))


# --- whole publishes ----------------------------------------------------------------------------


@dataclasses.dataclass
class _Watch:
    """How the publish wrote its dumps: kept the early ones, or wrote them again."""

    kept: int = 0
    again: int = 0
    late: list[bytes] = dataclasses.field(default_factory=list)


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> _Watch:
    seen = _Watch()
    finish, discard, shared = DumpWriter.finish, DumpWriter.discard, dumps._Union.shared

    def finished(self: DumpWriter) -> dumps.DumpStats:
        seen.kept += 1
        return finish(self)

    def discarded(self: DumpWriter) -> None:
        seen.again += 1
        discard(self)

    def spied(self: dumps._Union) -> Iterator[bytes]:
        owner = self.owner

        def lookup(subject: bytes) -> bytes | None:
            found = owner(subject)
            if found is not None:
                seen.late.append(subject)
            return found

        self.owner = lookup  # type: ignore[assignment]
        return shared(self)

    monkeypatch.setattr(DumpWriter, "finish", finished)
    monkeypatch.setattr(DumpWriter, "discard", discarded)
    monkeypatch.setattr(dumps._Union, "shared", spied)
    return seen


def _exact_site(
    sources: list[Path | Document], site: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, bytes]:
    """The site as the exact pass writes it: the early dumps are never kept."""
    with monkeypatch.context() as patch:
        patch.setattr(DumpWriter, "holds", lambda self: False)
        publish(sources, site, Options(validator=None, now=NOW))
    return site_bytes(site)


def _cited() -> Document:
    """The decision the seed item cites (kh 21.10.2025, § 293), as an input of its own."""
    doc = seed_document()
    item = doc.items[0]
    item.number, item.number_raw = "293", "§ 293"
    assert item.impact is not None
    item.impact.references = []
    doc.meeting.body = Body(name="Kaupunginhallitus")
    doc.meeting.date = date(2025, 10, 21)
    return doc


def _publish_both(
    sources: list[Path | Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: _Watch
) -> dict[str, bytes]:
    """Publish ``sources`` by the exact pass and as usual: the same bytes (``watch`` sees the latter)."""
    exact = _exact_site(sources, tmp_path / "exact", monkeypatch)
    watch.kept = watch.again = 0
    watch.late.clear()
    publish(sources, tmp_path / "ahead", Options(validator=None, now=NOW))
    ahead = site_bytes(tmp_path / "ahead")
    assert ahead == exact
    return ahead


def test_a_resource_read_after_a_graph_that_mentions_it(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: _Watch
) -> None:
    sources: list[Path | Document] = [
        seed_document(),
        full_doc,
        *generate_documents(12, items_per_document=4),
    ]
    sources.append(_cited())
    site = _publish_both(sources, tmp_path, monkeypatch, watch)
    assert (watch.kept, watch.again) == (1, 0)  # the early dumps were kept
    cited = (
        b"<https://w3id.org/paatosdata/akn/fi-kuopio/statement/deliberation/kaupunginhallitus/2025-10-21/293>"
    )
    assert watch.late == [cited]  # the seed's lines about it were left to its own graph at the end
    assert cited in site["paatosdata.ttl.gz!"]


def test_an_input_read_twice_writes_the_dumps_again(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: _Watch
) -> None:
    sources: list[Path | Document] = [seed_document(), full_doc, seed_document(), *generate_documents(8)]
    _publish_both(sources, tmp_path, monkeypatch, watch)
    assert (watch.kept, watch.again) == (1, 1)  # given up, and written again from the spool


def test_conflicting_inputs_write_the_dumps_again(
    full_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: _Watch
) -> None:
    other = seed_document()
    other.items[0].decision = "Toisin päätetty."
    sources: list[Path | Document] = [seed_document(), full_doc, other, *generate_documents(8)]
    _publish_both(sources, tmp_path, monkeypatch, watch)
    assert (watch.kept, watch.again) == (1, 1)
    summary = publish(sources, tmp_path / "again", Options(validator=None, now=NOW))
    assert any("different content" in " ".join(held["reasons"]) for held in summary.coverage.held)


def test_meetings_merged_from_their_parts_are_written_with_the_final_owners(
    full_doc: Document, agenda_doc: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: _Watch
) -> None:
    sources: list[Path | Document] = [agenda_doc, full_doc, *generate_documents(8, items_per_document=3)]
    _publish_both(sources, tmp_path, monkeypatch, watch)
    assert (watch.kept, watch.again) == (1, 0)
