"""The publishing process's shortcuts give what the plain ways give: owner lookups that remember the
IRIs without an owner, the dumps' threads writing large pieces one by one, predicates and classes
counted by splitting lines, and the garbage collector's settings left as they were found."""

from __future__ import annotations

import gc
import gzip
import io
import random
import weakref
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks.generate import generate_documents
from paatosdata.publish import dumps
from paatosdata.publish.site import Options, publish

BASE = "https://example.org"


def _iris(rng: random.Random) -> list[bytes]:
    """IRIs under a few folders, some deeper than a lookup goes up (16 steps)."""
    iris = []
    for _ in range(400):
        depth = rng.choice([1, 2, 3, 5, 8, 17, 20])
        parts = [rng.choice("abc") for _ in range(depth)]
        iris.append(f"{BASE}/{'/'.join(parts)}".encode())
    return iris


def test_owner_lookups_remembering_iris_without_an_owner_find_what_a_fresh_lookup_finds() -> None:
    rng = random.Random(7)
    iris = _iris(rng)
    owners = set(rng.sample(iris, 25))
    remembered = dumps._Owners(owners)
    for _ in range(3000):
        iri = rng.choice(iris)
        subject = b"<" + iri + (b"#x>" if rng.random() < 0.3 else b">")
        assert remembered(subject) == dumps._Owners(owners)(subject), subject


def test_owner_lookups_still_tell_the_misses_on_the_way_to_an_owner() -> None:
    missed: list[bytes] = []
    owner = f"{BASE}/a".encode()
    lookup = dumps._Owners({owner}, missed.append)
    assert lookup(f"<{BASE}/b/c>".encode()) is None  # no owner: nothing to tell
    assert lookup(f"<{BASE}/b/d>".encode()) is None  # found without an owner further up
    assert missed == []
    assert lookup(f"<{BASE}/a/b/c>".encode()) == owner
    assert missed == [f"{BASE}/a/b/c".encode(), f"{BASE}/a/b".encode()]


@pytest.mark.parametrize("level", [dumps.NQ_LEVEL, dumps.TTL_LEVEL])
@pytest.mark.parametrize("size", [1, 100, 5000, 70_000])
def test_dump_threads_write_the_bytes_joined_writes_give(size: int, level: int) -> None:
    rng = random.Random(size)
    pieces = [rng.randbytes(rng.randint(1, size)) * 3 for _ in range(60)]
    expected = io.BytesIO()
    with dumps.gzip_writer(expected, level) as plain:
        plain.write(b"".join(pieces))
    got = io.BytesIO()
    stream = dumps.gzip_writer(got, level)
    writer = dumps._Background(stream, chunk=1 << 16)
    for piece in pieces:
        writer.write(piece)
    writer.close()
    stream.close()
    assert got.getvalue() == expected.getvalue()
    assert gzip.decompress(got.getvalue()) == b"".join(pieces)


def test_predicates_and_classes_counted_by_splitting_lines_as_the_expressions_count() -> None:
    type_ = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    lines = (
        b"<http://x/a> " + type_ + b" <http://x/C> .\n"
        b'<http://x/a> <http://x/p> "a b c"@fi .\n'
        b"_:b1 " + type_ + b" _:b2 .\n"
        b"<http://x/b> " + type_ + b" <http://x/D> .\n"
    )
    odd = b"<http://x/c>  <http://x/q> <http://x/d> .\n"  # two spaces: not as the splitting expects
    for data in (lines, lines + odd):
        union = dumps._Union(set(), dumps.DumpStats(), 10)
        union._count(data)
        marked = b"\n" + data
        assert union.properties == Counter(dumps._PREDICATE.findall(marked))
        assert union.classes == Counter(dumps._CLASS.findall(marked))
        assert list(union.properties) == list(dict.fromkeys(dumps._PREDICATE.findall(marked)))
        assert union.stats.triples == data.count(b"\n")


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_a_publish_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    before, frozen, enabled = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    publish(
        list(generate_documents(3, items_per_document=2)),
        tmp_path / "site",
        Options(validator=None, now=datetime(2026, 3, 3, tzinfo=UTC)),
    )
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == (before, frozen, enabled)


class _Cycle:
    """Garbage only the cyclic collector can free."""

    def __init__(self) -> None:
        self.itself = self


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_garbage_from_before_a_publish_is_freed_during_it(tmp_path: Path) -> None:
    # frozen with the living, it would be freed later by whichever thread collects then
    freed: list[bool] = []
    if gc.get_freeze_count():
        pytest.skip("objects are frozen already: a publish then leaves the collector alone")
    gc.disable()  # no collection on its own before the publish starts
    try:
        cycle = _Cycle()
        weakref.finalize(cycle, freed.append, True)
        del cycle
        publish(
            list(generate_documents(3, items_per_document=2)),
            tmp_path / "site",
            Options(validator=None, now=datetime(2026, 3, 3, tzinfo=UTC)),
        )
        assert freed == [True]
    finally:
        gc.enable()
