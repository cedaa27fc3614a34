"""The project's examples (read by the text reader) as RDF: declared terms, formats agree, HermiT."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from paatosdata.config import Config
from paatosdata.export import exporter_for
from paatosdata.export.rdf import merged_graph
from paatosdata.mapping import item_graph
from paatosdata.model import Document
from paatosdata.owl import load_vocabulary, reason
from paatosdata.parse import read_path
from tests.conftest import EXAMPLES
from tests.test_convert import RDFLIB_FORMATS, assert_same_graph, parse_graph

FILES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".md", ".txt"))


def _documents(path: Path) -> list[Document]:
    return read_path(path)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_example_terms_are_declared_and_formats_agree(path: Path) -> None:
    documents = _documents(path)
    graph = merged_graph(documents, Config())
    vocabulary = load_vocabulary()
    used = {p for p in graph.predicates() if p != RDF.type} | set(graph.objects(None, RDF.type))
    for term in used:
        assert isinstance(term, URIRef)
        assert set(vocabulary.objects(term, RDF.type)) & {
            OWL.Class,
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
        }, term
        languages = {lit.language for lit in vocabulary.objects(term, RDFS.label) if isinstance(lit, Literal)}
        assert {"fi", "sv", "en"} <= languages, term
    for fmt in sorted(RDFLIB_FORMATS):
        data = exporter_for(fmt).dumps(documents, Config())
        assert_same_graph(graph, parse_graph(data, RDFLIB_FORMATS[fmt]))


@pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed (HermiT needs it)")
def test_hermit_over_the_examples() -> None:
    graphs = [
        item_graph(doc, item, Config())
        for path in FILES
        for doc in _documents(path)
        for item in doc.items[:3]
    ]
    assert graphs
    result = reason(graphs)
    assert result.consistent, result.message
    assert result.unsatisfiable == []
