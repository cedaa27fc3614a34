"""Mapping what the items of one meeting share once (``shared_parts``), and the rdflib view of the triples."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import RDF, XSD

from paatosdata import mapping
from paatosdata.config import Config
from paatosdata.mapping import (
    document_graph,
    document_own_graph,
    item_graph,
    item_ox_triples,
    item_triples,
    shared_parts,
    to_rdflib,
)
from paatosdata.model import Confidentiality, Document, Item, Participant, Person, Section
from paatosdata.namespaces import PD

BASE = "https://w3id.org/paatosdata"


def _same(a: Graph, b: Graph) -> None:
    iso_a, iso_b = to_isomorphic(a), to_isomorphic(b)
    if iso_a != iso_b:
        _, only_a, only_b = graph_diff(iso_a, iso_b)
        pytest.fail(
            "graphs differ\nonly in the first:\n"
            + only_a.serialize(format="nt")
            + "only in the second:\n"
            + only_b.serialize(format="nt")
        )


def _meeting_of_three(full_doc: Document) -> Document:
    """The full minutes with three plain items, each naming the private applicant as preparer."""
    applicant = Person(name="Hakija Yksityinen", private=True)
    items = [
        Item(number=str(n), title=f"Asia {n}", preparers=[applicant], sections=[Section("reasons", "S", "t")])
        for n in (11, 12, 13)
    ]
    meeting = dataclasses.replace(
        full_doc.meeting,
        participants=[*full_doc.meeting.participants, Participant(applicant, "kuultava")],
    )
    return dataclasses.replace(full_doc, meeting=meeting, items=items)


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of the mapper's method ``name`` (a spy: the method still runs)."""
    calls: list[int] = []
    original: Callable[..., Any] = getattr(mapping._Mapper, name)

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(mapping._Mapper, name, spy)
    return calls


def test_shared_parts_are_mapped_once_per_meeting(
    full_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    participants = _counting(monkeypatch, "participant")
    with shared_parts():
        for item in full_doc.items:
            item_ox_triples(full_doc, item, Config())
    assert len(full_doc.items) > 1
    assert len(participants) == len(full_doc.meeting.participants)


def test_without_a_block_each_item_maps_its_meeting(
    full_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    participants = _counting(monkeypatch, "participant")
    for item in full_doc.items:
        item_ox_triples(full_doc, item, Config())
    assert len(participants) == len(full_doc.items) * len(full_doc.meeting.participants)


def test_items_mapped_in_a_block_equal_items_mapped_alone(full_doc: Document) -> None:
    doc = _meeting_of_three(full_doc)
    config = Config()
    alone = [item_graph(doc, item, config) for item in doc.items]
    with shared_parts():
        shared = [item_graph(doc, item, config) for item in doc.items]
    for one, other in zip(alone, shared, strict=True):
        _same(one, other)


def test_each_item_graph_of_a_block_carries_its_meeting_body_and_persons(full_doc: Document) -> None:
    doc = _meeting_of_three(full_doc)
    config = Config()
    with shared_parts():
        graphs = [item_graph(doc, item, config) for item in doc.items]
    meeting = URIRef(f"{BASE}/id/meeting/esimerkkila/kunnanhallitus/{doc.meeting.date}")
    for item, graph in zip(doc.items, graphs, strict=True):
        node = mapping.item_iri(doc, item, config)
        assert (node, PD.meeting, meeting) in graph
        assert (meeting, RDF.type, PD.Meeting) in graph
        [body] = graph.objects(node, PD.decidedBy)
        assert (body, RDF.type, PD.Body) in graph
        assert len(list(graph.subjects(RDF.type, PD.Participation))) >= len(doc.meeting.participants)
        # the private applicant is one blank node, typed, in the meeting and as the preparer
        [preparer] = graph.objects(node, PD.preparer)
        assert isinstance(preparer, BNode)
        assert (preparer, RDF.type, PD.Person) in graph
        assert (None, PD.participant, preparer) in graph
        # a graph holds its own item only
        assert set(graph.subjects(PD.document, None)) == {node}


def test_a_changed_meeting_outside_a_block_is_mapped_anew(seed_doc: Document) -> None:
    item = seed_doc.items[0]
    before = item_graph(seed_doc, item)
    seed_doc.meeting.place = "Uusi kokouspaikka"
    after = item_graph(seed_doc, item)
    assert not any(o == Literal("Uusi kokouspaikka", lang="fi") for o in before.objects())
    assert any(o == Literal("Uusi kokouspaikka", lang="fi") for o in after.objects())


def test_documents_with_other_settings_do_not_share(seed_doc: Document) -> None:
    item = seed_doc.items[0]
    checked = dataclasses.replace(seed_doc, checked=True)
    other_base = Config(base="https://example.org/pd")
    with shared_parts():
        plain = item_graph(seed_doc, item)
        again = item_graph(checked, item)
        elsewhere = item_graph(seed_doc, item, other_base)
    _same(again, item_graph(checked, item))
    _same(elsewhere, item_graph(seed_doc, item, other_base))
    assert to_isomorphic(plain) != to_isomorphic(again)


def test_document_graph_is_the_union_of_its_parts(full_doc: Document) -> None:
    union = document_own_graph(full_doc)
    with shared_parts():
        for item in full_doc.items:
            union += item_graph(full_doc, item)
    _same(document_graph(full_doc), union)


def test_rdflib_view_keeps_plain_literals_plain(seed_doc: Document) -> None:
    triples = item_triples(seed_doc, seed_doc.items[0])
    literals = [o for _, _, o in triples if isinstance(o, Literal)]
    assert literals
    assert not any(lit.datatype == XSD.string for lit in literals)
    assert any(lit.language == "fi" for lit in literals)
    assert any(lit.datatype == XSD.date for lit in literals)


def test_to_rdflib_converts_every_kind_of_term() -> None:
    s = ox.NamedNode("https://example.org/s")
    p = ox.NamedNode("https://example.org/p")
    blank = ox.BlankNode("x1")
    objects = [
        ox.Literal("teksti", language="fi"),
        ox.Literal("plain"),
        ox.Literal("5", datatype=ox.NamedNode(str(XSD.integer))),
        blank,
        s,
    ]
    converted = to_rdflib([ox.Triple(s, p, o) for o in objects])
    subject, predicate = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    assert converted == {
        (subject, predicate, Literal("teksti", lang="fi")),
        (subject, predicate, Literal("plain")),
        (subject, predicate, Literal("5", datatype=XSD.integer)),
        (subject, predicate, BNode("x1")),
        (subject, predicate, subject),
    }


def test_a_lone_surrogate_is_left_out_of_literals(seed_doc: Document) -> None:
    item = dataclasses.replace(seed_doc.items[0], title="Otsikko \ud800loppu")
    doc = dataclasses.replace(seed_doc, items=[item])
    graph = item_graph(doc, item)
    assert (mapping.item_iri(doc, item), PD.title, Literal("Otsikko loppu", lang="fi")) in graph


def _terms_graph(terms: list[Any]) -> Graph:
    graph = Graph()
    for triple in to_rdflib(terms):
        graph.add(triple)
    return graph


def test_document_terms_in_a_block_are_the_document_graph(full_doc: Document) -> None:
    doc = _meeting_of_three(full_doc)
    with shared_parts():
        in_block = _terms_graph(mapping.document_ox_terms(doc, redact=False))
    alone = _terms_graph(mapping.document_ox_terms(doc, redact=False))
    whole = document_graph(doc, redact=False)
    _same(whole, in_block)
    _same(whole, alone)
    # the private applicant named in every item is one node, as in the whole document
    assert len({o for o in in_block.objects(None, PD.preparer)}) == 1


def test_items_checked_in_a_block_are_not_mapped_again(
    full_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _meeting_of_three(full_doc)
    config = Config()
    expected = [item_graph(doc, item, config) for item in doc.items]
    items = _counting(monkeypatch, "item")
    with shared_parts():
        mapping.document_ox_terms(doc, config, redact=False)
        graphs = [item_graph(doc, item, config) for item in doc.items]
    assert len(items) == len(doc.items)
    for one, other in zip(expected, graphs, strict=True):
        _same(one, other)


def test_redaction_that_changes_an_item_is_mapped_apart(full_doc: Document) -> None:
    secret = Item(
        number="14",
        title="Salainen asia",
        confidentiality=Confidentiality(ground="JulkL 24 §", public_title="Julkinen otsikko"),
        decision="Päätöksen sisältö",
    )
    doc = dataclasses.replace(full_doc, items=[*full_doc.items, secret])
    config = Config()
    with shared_parts():
        unredacted = _terms_graph(mapping.document_ox_terms(doc, config, redact=False))
        published = item_graph(doc, secret, config)
    node = mapping.item_iri(doc, secret, config)
    assert (node, PD.decisionText, Literal("Päätöksen sisältö", lang="fi")) in unredacted
    assert not any(published.triples((node, PD.decisionText, None)))
    _same(published, item_graph(doc, secret, config))
