"""The one-pass sort and N-Triples of a resource give exactly what sorting by term text gives."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from paatosdata.publish.rdfio import ox_triples, serialize, sorted_with_ntriples

EX = "https://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# texts where escaping, prefixes and non-ASCII order matter
TEXTS = [
    "",
    "a",
    "a b",
    'quote " and \\ backslash',
    "line\nbreak\ttab\r",
    "\x00\x01\x7f control",
    "ääkkönen Å",
    "emoji 😀 and 日本",
    "a\u2028b",
    "z",
    "abc",
    "abc@fi",
]


def _literals() -> list[ox.Literal]:
    out = []
    for text in TEXTS:
        out.append(ox.Literal(text))
        out.append(ox.Literal(text, language="fi"))
        out.append(ox.Literal(text, language="fi-x-a"))
        out.append(ox.Literal(text, datatype=ox.NamedNode(XSD + "token")))
    return out


def _check(triples: list[ox.Triple]) -> None:
    triples = list(dict.fromkeys(triples))  # the mapping gives sets
    expected = ox_triples(triples, "scope")
    got, ntriples = sorted_with_ntriples(set(triples), "scope")
    assert [str(t) for t in got] == [str(t) for t in expected]
    assert ntriples == serialize(expected, "nt")


def test_literals_and_iris_sort_as_by_text() -> None:
    subjects = [ox.NamedNode(EX + s) for s in ("a", "a#b", "a/b", "ab", "a%20b", "ä", "a-b", "A")]
    triples = [ox.Triple(s, ox.NamedNode(EX + "p"), o) for s in subjects for o in [*_literals(), *subjects]]
    _check(triples)


def test_blank_nodes_are_labelled_as_before() -> None:
    node = ox.BlankNode()
    triples = [
        ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), node),
        ox.Triple(node, ox.NamedNode(EX + "name"), ox.Literal("Matti")),
    ]
    _check(triples)


def test_blank_node_text_in_a_literal_is_no_blank_node() -> None:
    _check([ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("_:b0 and _:x"))])


def test_empty_graph() -> None:
    assert sorted_with_ntriples([], "x") == ([], b"")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "a/b", "b#c", "é"]),
            st.sampled_from(["p", "q"]),
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
            st.sampled_from([None, "fi", "sv-fi"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_literals(rows: list[tuple[str, str, str, str | None]]) -> None:
    _check(
        [
            ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), ox.Literal(text, language=language))
            for s, p, text, language in rows
        ]
    )


@pytest.mark.parametrize("scope", ["", "https://example.org/x"])
def test_rdflib_triples_still_work(scope: str) -> None:
    import rdflib

    graph = rdflib.Graph()
    graph.add((rdflib.URIRef(EX + "a"), rdflib.URIRef(EX + "p"), rdflib.Literal("x")))
    triples, ntriples = sorted_with_ntriples(graph, scope)
    assert ntriples == serialize(ox_triples(graph, scope), "nt")
    assert len(triples) == 1


def _check_parts(shared: list[ox.Triple], own: list[ox.Triple]) -> None:
    """Shared and own parts give what their union gives, for each of several graphs in turn."""
    from paatosdata.mapping import OxParts

    header = frozenset(shared)
    for extra in ([], own, own[:1]):
        parts = OxParts(header, set(extra) | set(shared[:2]))  # own may repeat shared triples
        union = set(shared) | set(extra)
        assert set(parts) == union
        expected = sorted_with_ntriples(union, "scope")
        got = sorted_with_ntriples(parts, "scope")
        assert [str(t) for t in got[0]] == [str(t) for t in expected[0]]
        assert got[1] == expected[1]


def test_parts_sort_as_their_union() -> None:
    subjects = [ox.NamedNode(EX + s) for s in ("a", "a#b", "a/b", "ab", "ä", "A")]
    shared = [ox.Triple(s, ox.NamedNode(EX + "p"), o) for s in subjects for o in _literals()[:20]]
    own = [ox.Triple(s, ox.NamedNode(EX + "q"), o) for s in subjects[::2] for o in subjects]
    _check_parts(shared, own)
    _check_parts([], own)


def test_parts_with_blank_nodes_are_labelled_as_their_union() -> None:
    node = ox.BlankNode()
    plain = [ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("x"))]
    with_node = [
        ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), node),
        ox.Triple(node, ox.NamedNode(EX + "name"), ox.Literal("Matti")),
    ]
    _check_parts(with_node, plain)
    _check_parts(plain, with_node)


def test_mapped_parts_give_the_item_graph(full_doc: object) -> None:
    """An item and its document mapped in a shared block as parts: the same bytes as the sets."""
    import dataclasses

    from paatosdata import mapping
    from paatosdata.config import Config
    from paatosdata.model import Document

    assert isinstance(full_doc, Document)
    config = Config(base="https://example.org")
    for item in full_doc.items:
        one = dataclasses.replace(full_doc, items=[item], sections=[])
        with mapping.shared_parts():
            parts = mapping.item_ox_parts(one, item, config)
            own = mapping.document_own_ox_parts(full_doc, config)
            assert isinstance(parts, mapping.OxParts) and isinstance(own, mapping.OxParts)
            got = [sorted_with_ntriples(parts, "i")[1], sorted_with_ntriples(own, "d")[1]]
        expected = [
            sorted_with_ntriples(mapping.item_ox_triples(one, item, config), "i")[1],
            sorted_with_ntriples(mapping.document_own_ox_triples(full_doc, config), "d")[1],
        ]
        assert got == expected
    assert isinstance(mapping.item_ox_parts(full_doc, full_doc.items[0], config), set)  # outside a block
