"""A worker's plan of a graph gives the dumps exactly what the publishing process works out alone.

:func:`~paatosdata.publish.dumps.plan_graph` runs where the graph is rendered; the dump writer
uses it when the owners it finds agree with the plan, and takes the graph the general way when
they do not. Either way the dumps and their counts must be the same bytes and numbers.
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from paatosdata.config import Config
from paatosdata.model import Document
from paatosdata.publish import dumps
from paatosdata.publish.dumps import DumpWriter, GraphPlan, plan_graph
from paatosdata.publish.redact import HETU_MASK
from paatosdata.publish.render import DEFAULT_RENDERERS
from paatosdata.publish.spill import KeySet
from paatosdata.publish.worker import Job, process
from paatosdata.statistics import DecisionTally, decision_keys

EX = "https://example.org/r/"
BASE = "https://example.org"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _graph(iri: str, *subjects: str, blank: bool = False) -> bytes:
    lines = [f'<{s}> <https://example.org/p> "{iri} on {s}" .\n' for s in subjects]
    lines.append(f"<{iri}> {TYPE} <https://example.org/C> .\n")
    lines.append(f"<{iri}> <https://example.org/q> <{EX}shared> .\n")
    if blank:
        lines.append(f'_:b{abs(hash(iri)) % 1000} <https://example.org/p> "blank of {iri}" .\n')
    return "".join(sorted(lines)).encode()


def _write(folder: Path, records: list[tuple[str, bytes]], planned: bool, ahead: bool) -> dumps.DumpStats:
    folder.mkdir()
    owners = KeySet(iri.encode() for iri, _ in records)
    writer = DumpWriter(folder, None if ahead else owners)
    for iri, ntriples in records:
        if ahead:
            writer.learn([iri])
        writer.add(iri, ntriples, "", plan_graph(iri, ntriples) if planned else None)
    if ahead:
        writer.final(owners)
        assert writer.holds()
    return writer.finish()


def _files(folder: Path) -> tuple[bytes, bytes]:
    return (folder / dumps.DUMP_NQ).read_bytes(), (folder / dumps.DUMP_TTL).read_bytes()


RECORDS = [
    # a resource under another one's IRI: it is not ``a``'s own, though it lies under ``a``
    (EX + "a/sub", _graph(EX + "a/sub", EX + "a/sub#z", EX + "a/sub/deeper", EX + "a")),
    # ``a`` mentions ``a/sub``: its plan does not apply, and the graph goes the general way
    (EX + "a", _graph(EX + "a", EX + "a#x", EX + "a/part", EX + "a/sub#q", EX + "b", blank=True)),
    (EX + "b", _graph(EX + "b", EX + "b#y", EX + "person/1", EX + "person/2", EX + "a/part")),
    (EX + "d", _graph(EX + "d", EX + "d#x", EX + "d/part", EX + "person/1", blank=True)),
    (EX + "c", _graph(EX + "c", EX + "a/sub/deeper", EX + "c/x", EX + "c/x#f", EX + "person/2")),
]


def test_the_dumps_are_the_same_with_plans_or_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[bool] = []
    original = dumps._Union.accept_plan

    def spied(self: dumps._Union, graph: bytes, ntriples: bytes, plan: GraphPlan) -> bool:
        taken.append(original(self, graph, ntriples, plan))
        return taken[-1]

    monkeypatch.setattr(dumps._Union, "accept_plan", spied)
    for ahead in (False, True):
        with_plans = _write(tmp_path / f"planned-{ahead}", RECORDS, True, ahead)
        without = _write(tmp_path / f"general-{ahead}", RECORDS, False, ahead)
        assert _files(tmp_path / f"planned-{ahead}") == _files(tmp_path / f"general-{ahead}")
        assert with_plans == without
        union = gzip.decompress(_files(tmp_path / f"planned-{ahead}")[1]).decode()
        assert f'"{EX}a/sub on {EX}a/sub/deeper"' in union  # the nearer owner's lines
        assert f'"{EX}a on {EX}a/part"' in union and f'"{EX}b on {EX}a/part"' not in union
        assert f'"{EX}d on {EX}person/1"' in union and f'"{EX}b on {EX}person/1"' in union
        assert f'"{EX}a on {EX}a/sub#q"' not in union and f'"{EX}d on {EX}d/part"' in union
    assert taken == [True, False, True, True, True] * 2


def test_a_plan_sorts_the_subjects_of_a_graph(tmp_path: Path) -> None:
    iri = EX + "a"
    ntriples = _graph(iri, iri + "#x", iri + "/part", EX + "b", EX + "person/1", blank=True)
    plan = plan_graph(iri, ntriples)
    assert plan is not None
    own = b"".join(ntriples[start:end] for start, end in plan.own)
    assert own.count(b"\n") == plan.triples == 5
    assert plan.inner == (f"<{iri}/part>".encode(),)
    assert {subject for subject, _, _ in plan.outer} == {f"<{EX}b>".encode(), f"<{EX}person/1>".encode()}
    assert plan.subjects == 4 and plan.entities == 3
    assert plan.turtle is None  # no Turtle given
    assert plan.decisions == ()


def test_what_a_plan_cannot_describe_goes_the_general_way() -> None:
    assert plan_graph(EX + "a#frag", _graph(EX + "a#frag")) is None
    assert plan_graph(EX + "a", b"") is None
    masked = _graph(EX + "a", EX + "a#x").replace(b'"', b'"' + HETU_MASK.encode(), 1)
    header = dumps.turtle_header()
    planned = plan_graph(EX + "a", masked, header + b"<x> <y> <z> .\n")
    assert isinstance(planned, GraphPlan) and planned.turtle is None
    # the mask's first byte alone is no mask: the statements are cut from the Turtle
    bracket = _graph(EX + "a", EX + "a#x").replace(b'"', b'"' + HETU_MASK.encode()[:1], 1)
    statements = b"<x> <y> <z> .\n<x> <y> <w> .\n"
    planned = plan_graph(EX + "a", bracket, header + statements)
    assert isinstance(planned, GraphPlan) and planned.turtle == statements


def test_a_plan_counts_the_decision_the_tally_counts() -> None:
    pd = "https://w3id.org/paatosdata/def#"
    item, doc, meeting, body = EX + "i", EX + "d", EX + "m", EX + "body"
    ntriples = "".join(
        sorted(
            [
                f"<{item}> {TYPE} <{pd}Decision> .\n",
                f"<{item}> <{pd}document> <{doc}> .\n",
                f"<{item}> <{pd}meeting> <{meeting}> .\n",
                f"<{doc}> {TYPE} <{pd}Minutes> .\n",
                f"<{meeting}> <{pd}body> <{body}> .\n",
                f'<{meeting}> <{pd}heldOn> "2026-04-14"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
            ]
        )
    ).encode()
    plan = plan_graph(item, ntriples)
    assert plan is not None and plan.decisions == ((body, "2026-04"),)
    tally = DecisionTally()
    tally.add(item, ntriples)
    assert set(tally.counts) == decision_keys(item, ntriples) == set(plan.decisions)


def _regex_facts(ntriples: bytes, own: tuple[tuple[int, int], ...]) -> tuple[list[bytes], list[bytes]]:
    """The predicates and classes the dump's own expressions find in the ranges ``own``."""
    data = b"\n" + ntriples
    properties: list[bytes] = []
    classes: list[bytes] = []
    for start, end in own:
        properties += dumps._PREDICATE.findall(data, start, end)
        classes += dumps._CLASS.findall(data, start, end)
    return properties, classes


def _rendered_graphs(doc: Document, tmp_path: Path) -> list[tuple[str, bytes, bytes]]:
    """(IRI, N-Triples, Turtle) of every graph the worker renders for ``doc``."""
    job = Job(str(tmp_path), BASE, Config(base=BASE), date(2026, 1, 1), 37, False, None, DEFAULT_RENDERERS)
    result = process(job, doc)
    rendered = [(r.iri, r.ntriples, r.rel) for r in [*result.items, *result.meetings] if r.ntriples]
    return [(iri, ntriples, (tmp_path / rel / "index.ttl").read_bytes()) for iri, ntriples, rel in rendered]


def test_a_plan_takes_predicates_and_classes_as_the_dump_expressions_find_them(
    full_doc: Document, seed_doc: Document, tmp_path: Path
) -> None:
    graphs = _rendered_graphs(full_doc, tmp_path / "full") + _rendered_graphs(seed_doc, tmp_path / "seed")
    # graphs with blank nodes, a type that is a literal or a blank node, a fragment subject
    iri = EX + "t"
    odd = [
        f"<{iri}> {TYPE} <{EX}C> .\n",
        f'<{iri}> {TYPE} "not a class" .\n',
        f"<{iri}> {TYPE} _:b1 .\n",
        f"<{iri}> <{EX}p> <{EX}C> .\n",
        f"<{iri}#f> {TYPE} <{EX}D> .\n",
        f'_:b1 {TYPE} <{EX}E> .\n_:b1 <{EX}p> "a > b < c" .\n',
    ]
    graphs.append((iri, "".join(sorted(odd)).encode(), b""))
    assert len(graphs) > 5
    for graph, ntriples, turtle in graphs:
        plan = plan_graph(graph, ntriples, turtle)
        assert plan is not None
        properties, classes = _regex_facts(ntriples, plan.own)
        assert plan.properties == tuple(properties) and plan.classes == tuple(classes)
        assert plan.triples == len(properties) > 0
    odd_plan = plan_graph(iri, graphs[-1][1])
    assert odd_plan is not None
    assert sorted(odd_plan.classes) == [f"<{EX}{c}>".encode() for c in "CDE"]


def test_a_line_that_is_not_subject_predicate_object_leaves_the_graph_to_the_general_way() -> None:
    iri = EX + "a"
    assert plan_graph(iri, f"<{iri}> {TYPE} <{EX}C> .\n".encode()) is not None
    assert plan_graph(iri, f"<{iri}> {TYPE}\n".encode()) is None  # no object
    assert plan_graph(iri, f"<{iri}>  <{EX}p> <{EX}C> .\n".encode()) is None  # no predicate
