"""JSON of the wrong shape: a value of another type anywhere in an API file never crashes a reader.

Each mutation takes one of our JSON fixtures and puts a value of another type (null, a number, a
boolean, a list, an object, an odd string) in one to three places, then reads it, maps it to RDF and
builds its Akoma Ntoso. Only a PaatosdataError may come out, and what is read holds only the types
the model declares (a ``str`` where a ``str`` is, a list of persons where one is). The run is seeded,
so a failure names a mutation that can be replayed.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

from paatosdata import mapping
from paatosdata.akn import build
from paatosdata.errors import PaatosdataError
from paatosdata.model import Document
from paatosdata.parse import read_path
from tests.hardening.model_types import wrong_types

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MUTATIONS = 300
VALUES: list[Any] = [None, 0, -1, 1.5, "", "x", "2026-13-45", "25:99", [], {}, [None], {"a": None}, True]
VALUES += ["§", "1/1/1", 10**20]

Path_ = tuple[str | int, ...]


def _fixtures() -> list[tuple[Path, Any]]:
    found = []
    for path in sorted(FIXTURES.rglob("*.json")):
        if not path.name.endswith(".txt.json"):
            found.append((path, json.loads(path.read_text("utf-8-sig"))))
    return found


def _places(value: Any, where: Path_ = ()) -> list[Path_]:
    """Every place in a JSON value: the whole, each member of an object, each element of a list."""
    places = [where]
    if isinstance(value, dict):
        for key, member in value.items():
            places += _places(member, (*where, key))
    elif isinstance(value, list):
        for index, member in enumerate(value):
            places += _places(member, (*where, index))
    return places


def _put(value: Any, where: Path_, new: Any) -> Any:
    if not where:
        return new
    parent = value
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = new
    return value


def _map_and_build(documents: list[Document]) -> None:
    for document in documents:
        mapping.document_ox_triples(document)
        build.build_document_bytes(document)


def test_the_fixtures_read_and_hold_only_declared_types() -> None:
    for source, _ in _fixtures():
        for document in read_path(source):
            assert wrong_types(document) == [], source.name


def test_values_of_the_wrong_type_give_only_paatosdata_errors(tmp_path: Path) -> None:
    fixtures = _fixtures()
    assert len(fixtures) >= 10
    rng = random.Random(20260530)
    failures: list[str] = []
    read = 0
    for number in range(MUTATIONS):
        source, original = rng.choice(fixtures)
        mutated = copy.deepcopy(original)
        changes = []
        for _ in range(rng.randint(1, 3)):
            where = rng.choice(_places(mutated))
            new = copy.deepcopy(rng.choice(VALUES))
            mutated = _put(mutated, where, new)
            changes.append(f"{list(where)} = {json.dumps(new)}")
        folder = tmp_path / str(number)
        folder.mkdir()
        path = folder / source.name  # the name may carry facts (a Dynasty file's body and date)
        path.write_text(json.dumps(mutated, ensure_ascii=False), "utf-8")
        try:
            documents = read_path(path)
            read += 1
            failures += [f"{source.name} {changes}: {w}" for d in documents for w in wrong_types(d)]
            _map_and_build(documents)
        except PaatosdataError:
            continue
        except Exception as exc:  # noqa: BLE001 — the property: nothing else comes out
            failures.append(f"{source.name} {changes}: {type(exc).__name__}: {exc}")
    assert failures == [], f"{len(failures)} failures"
    assert read > MUTATIONS // 2  # most mutations leave a readable file: the fields around are kept
