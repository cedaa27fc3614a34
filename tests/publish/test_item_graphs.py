"""What an item's published graph holds: the item and what it names; its meeting's attendance once.

Each published item graph used to repeat its whole document header (the meeting with every
participation and person of its attendance). Now the attendance is described in the meeting's
graph only; an item keeps its document, meeting, body and municipality, and the persons it names.
The old publish is reproduced here by renderers whose item graphs are the self-contained ones
(:func:`paatosdata.mapping.item_ox_parts`), and both sites are compared: the same union of
statements in every dump, the same answers to the example queries, smaller item graphs only.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from benchmarks.generate import generate_documents
from paatosdata import mapping
from paatosdata.config import Config
from paatosdata.model import Disqualification, Document, Item, Motion, Participant, Person, Section
from paatosdata.publish.render import DEFAULT_RENDERERS, Renderers, Triples, load_renderers
from paatosdata.publish.site import Options, publish
from paatosdata.results import format_result
from paatosdata.store import QueryStore, open_store
from tests.conftest import EXAMPLES
from tests.sample_documents import full_minutes, seed_document

PD = "https://w3id.org/paatosdata/def#"
BASE = "https://w3id.org/paatosdata"
NOW = datetime(2026, 6, 30, tzinfo=UTC)
CONFIG = Config()


def _whole_item_graph(doc: Document, item: Item, config: Config) -> Triples:
    return mapping.item_ox_parts(doc, item, config)


def self_contained() -> Renderers:
    """The default renderers, but each item graph carries its whole document header (the old publish)."""
    return dataclasses.replace(load_renderers(DEFAULT_RENDERERS), item_graph=_whole_item_graph)


SELF_CONTAINED = "tests.publish.test_item_graphs:self_contained"


def _with_private_persons() -> Document:
    """Whole minutes whose attendance holds two private persons (blank nodes): the item names one."""
    doc = full_minutes()
    heard = Person(name="Kuultava Asukas", private=True)
    doc.meeting.participants += [
        Participant(heard, "asiantuntija"),
        Participant(Person(name="Toinen Asukas", private=True), "asiantuntija"),
    ]
    # IRIs of their own beside full_minutes(), and personal data still published on NOW
    doc.meeting.date, doc.published = date(2026, 6, 20), None
    doc.items.append(
        Item(
            number="14",
            title="Kuuleminen",
            motions=[Motion(proposer="Kalle Jäsen", text="Kuullaan asukasta.")],
            disqualifications=[Disqualification(person="Liisa Varamies", ground="intressijäävi")],
            preparers=[heard],
            sections=[Section("reasons", "Selostus", "Asukasta kuultiin.")],
        )
    )
    return doc


def _documents() -> list[Document]:
    return [full_minutes(), seed_document(), _with_private_persons(), *generate_documents(60)]


def _rdflib(triples: Iterable[ox.Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for triple in mapping.to_rdflib(triples):
        graph.add(triple)
    return graph


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _nodes(triples: Iterable[ox.Triple]) -> set[object]:
    return {node for t in triples for node in (t.subject, t.object)}


# --- the mapping ---------------------------------------------------------------------------------


def test_an_item_names_its_persons_but_not_the_attendance() -> None:
    doc = full_minutes()
    item = doc.items[0]
    with mapping.shared_parts():
        published = set(mapping.published_item_ox_parts(doc, item, CONFIG))
        whole = mapping.item_ox_triples(doc, item, CONFIG)
        meeting_graph = set(mapping.document_own_ox_parts(doc, CONFIG))
    meeting = _iri(f"{BASE}/id/meeting/esimerkkila/kunnanhallitus/2026-03-02")
    person = f"{BASE}/id/person/esimerkkila/"
    participation = _iri(PD + "participation")
    assert published < whole
    # the attendance is the meeting's: in its own graph, not in the item's
    attendance = {t for t in whole if t.subject == meeting and t.predicate == participation}
    assert len(attendance) == 5 and attendance <= meeting_graph and not attendance & published
    assert not any("#participant-" in n.value for n in _nodes(published) if isinstance(n, ox.NamedNode))
    outsider = _iri(person + "outi-ulkopuolinen")
    assert outsider in _nodes(meeting_graph) and outsider not in _nodes(published)
    # what the item names keeps its description: the voter's group comes from the attendance
    member = _iri(person + "kalle-jasen")
    assert ox.Triple(member, _iri(PD + "politicalGroup"), ox.Literal("Toinen ryhmä")) in published
    for name in (
        "aino-esimerkki",
        "liisa-varamies",
        "pekka-poytakirja",
        "olli-valmistelija",
        "kaisa-johtaja",
    ):
        node = _iri(person + name)
        assert {t for t in whole if t.subject == node} <= published, name
    # the item's own participations (preparer, presenter) stay; so do meeting, body, municipality
    item_iri = ox.NamedNode(str(mapping.item_iri(doc, item, CONFIG)))
    assert ox.Triple(item_iri, participation, _iri(f"{item_iri.value}#presenter")) in published
    for node in (
        meeting,
        _iri(f"{BASE}/id/body/esimerkkila/kunnanhallitus"),
        _iri(f"{BASE}/id/municipality/esimerkkila"),
    ):
        expected = {t for t in whole if t.subject == node and t.predicate != participation}
        assert expected and expected <= published
    assert {
        t for t in whole if t.subject == ox.NamedNode(str(mapping.document_iri(doc, CONFIG)))
    } <= published


def test_a_private_person_named_by_an_item_is_described_in_its_graph() -> None:
    doc = _with_private_persons()
    item = doc.items[-1]
    published = mapping.published_item_graph(doc, item, CONFIG)
    names = {str(o) for s, p, o in published if str(p) == PD + "name"}
    assert "Kuultava Asukas" in names and "Toinen Asukas" not in names
    assert "Outi Ulkopuolinen" not in names and {"Kalle Jäsen", "Liisa Varamies"} <= names


def test_the_header_part_is_shared_and_the_same_inside_and_outside_a_block() -> None:
    for doc in _documents()[:4]:
        outside = [mapping.published_item_ox_parts(doc, item, CONFIG) for item in doc.items]
        with mapping.shared_parts():
            inside = [mapping.published_item_ox_parts(doc, item, CONFIG) for item in doc.items]
        assert all(isinstance(parts, set) for parts in outside)
        shared = {id(parts.shared) for parts in inside if isinstance(parts, mapping.OxParts)}
        assert len(shared) == 1  # one header part for every item: its N-Triples are written once
        for parts, alone in zip(inside, outside, strict=True):  # blank nodes differ: compare as graphs
            assert isomorphic(_rdflib(parts), _rdflib(alone))


def test_item_and_meeting_graphs_together_hold_what_they_held() -> None:
    for doc in _documents():
        with mapping.shared_parts():
            own = set(mapping.document_own_ox_parts(doc, CONFIG))
            before, after = set(own), set(own)
            for item in doc.items:
                published = set(mapping.published_item_ox_parts(doc, item, CONFIG))
                whole = mapping.item_ox_triples(doc, item, CONFIG)
                assert published <= whole
                before |= whole
                after |= published
        assert after == before


# --- the published site --------------------------------------------------------------------------


def _publish(sources: list[Path | Document], site: Path, renderers: str) -> None:
    publish(sources, site, Options(validator=None, now=NOW, renderers=renderers))


def _quads(site: Path) -> Iterator[ox.Quad]:
    return ox.parse(gzip.decompress((site / "paatosdata.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS)


def _statement(subject: object, predicate: object, object_: object) -> tuple[str, str, str]:
    """A statement with its blank nodes unnamed: copies of one node in several graphs read alike."""
    return tuple(
        "_:" if isinstance(term, ox.BlankNode) else str(term) for term in (subject, predicate, object_)
    )  # type: ignore[return-value]


def _union(site: Path) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """The statements of the Turtle dump and of the N-Quads dump's named graphs together."""
    ttl = ox.parse(gzip.decompress((site / "paatosdata.ttl.gz").read_bytes()), format=ox.RdfFormat.TURTLE)
    return {_statement(t.subject, t.predicate, t.object) for t in ttl}, {
        _statement(q.subject, q.predicate, q.object) for q in _quads(site)
    }


def _graphs(site: Path) -> dict[str, set[tuple[str, str, str]]]:
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    for quad in _quads(site):
        assert isinstance(quad.graph_name, ox.NamedNode)
        graphs.setdefault(quad.graph_name.value, set()).add(
            _statement(quad.subject, quad.predicate, quad.object)
        )
    return graphs


def _compare(
    old: Path, new: Path
) -> tuple[dict[str, set[tuple[str, str, str]]], dict[str, set[tuple[str, str, str]]]]:
    old_ttl, old_nq = _union(old)
    new_ttl, new_nq = _union(new)
    assert new_ttl == old_ttl and new_nq == old_nq and new_ttl == new_nq
    old_graphs, new_graphs = _graphs(old), _graphs(new)
    assert old_graphs.keys() == new_graphs.keys()
    for name, graph in new_graphs.items():
        if "/statement/" in name:
            assert graph <= old_graphs[name], name
        else:  # a meeting's graph is as it was
            assert graph == old_graphs[name], name
    # everything else the items and meetings are published as is unchanged
    for path in old.rglob("index.akn.xml"):
        assert path.read_bytes() == (new / path.relative_to(old)).read_bytes()
    for name in old_graphs:
        if "/statement/" not in name:
            folder = name.removeprefix(BASE + "/")
            for path in (old / folder).iterdir():
                if path.is_file():
                    assert path.read_bytes() == (new / folder / path.name).read_bytes(), path
    return old_graphs, new_graphs


def test_the_union_of_the_published_graphs_is_unchanged_and_items_shrink(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    _publish(list(_documents()), old, SELF_CONTAINED)
    _publish(list(_documents()), new, DEFAULT_RENDERERS)
    old_graphs, new_graphs = _compare(old, new)
    items = [name for name in new_graphs if "/statement/" in name]
    assert len(items) > 60
    smaller = [name for name in items if len(new_graphs[name]) < len(old_graphs[name])]
    assert len(smaller) >= 60  # every item of a meeting with a listed attendance
    old_size, new_size = (sum(map(len, graphs.values())) for graphs in (old_graphs, new_graphs))
    assert new_size < old_size
    # a voter named by an item keeps the group the attendance gives him
    voted = next(name for name in items if name.endswith("/kunnanhallitus/2026-03-02/12"))
    kalle = (f"<{BASE}/id/person/esimerkkila/kalle-jasen>", f"<{PD}politicalGroup>", '"Toinen ryhmä"')
    assert kalle in new_graphs[voted]
    # the item graph of the meeting with private persons names one of them, not the other
    named = next(name for name in items if name.endswith("/2026-06-20/14"))
    names = {o for _, p, o in new_graphs[named] if p == f"<{PD}name>"}
    assert '"Kuultava Asukas"' in names and '"Toinen Asukas"' not in names
    assert '"Toinen Asukas"' in {o for g in old_graphs.values() for _, p, o in g if p == f"<{PD}name>"}


@pytest.fixture(scope="module")
def example_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    root = tmp_path_factory.mktemp("examples")
    _publish([EXAMPLES], root / "old", SELF_CONTAINED)
    _publish([EXAMPLES], root / "new", DEFAULT_RENDERERS)
    return root / "old", root / "new"


def test_the_examples_publish_the_same_union_with_smaller_items(example_sites: tuple[Path, Path]) -> None:
    old, new = example_sites
    old_graphs, new_graphs = _compare(old, new)
    meeting = f"{BASE}/id/meeting/kaislaranta/sivistyslautakunta/2026-03-12"
    attendance = {
        (s, p)
        for g in new_graphs.values()
        for s, p, _ in g
        if s == f"<{meeting}>" and p == f"<{PD}participation>"
    }
    assert attendance  # the example minutes list their attendance: in the meeting's graph only
    holders = [name for name, g in new_graphs.items() if any((s, p) in attendance for s, p, _ in g)]
    assert holders and all("/statement/" not in name for name in holders)
    assert sum(1 for name, g in old_graphs.items() if len(g) > len(new_graphs[name])) >= 5


def _answer(store: QueryStore, query: str) -> tuple[list[str], Counter[tuple[str, ...]]]:
    rows = list(csv.reader(io.StringIO(format_result(store.query(query), "csv"), newline="")))
    return rows[0], Counter(tuple(row) for row in rows[1:])


def test_every_example_query_answers_as_before(example_sites: tuple[Path, Path]) -> None:
    old, new = (open_store([site]).store for site in example_sites)
    queries = sorted((EXAMPLES / "queries").glob("*.rq"))
    assert len(queries) >= 10
    answered = 0
    for path in queries:
        query = path.read_text(encoding="utf-8")
        before = _answer(old, query)
        assert _answer(new, query) == before, path.name
        answered += bool(before[1])
    assert answered >= len(queries) - 2
