"""The real vendor samples, read by the readers on main, as RDF: declared terms, formats agree, HermiT."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from paatosdata.cli import cli
from paatosdata.config import Config
from paatosdata.export import exporter_for
from paatosdata.export.rdf import merged_graph
from paatosdata.mapping import document_iri, item_graph, item_iri
from paatosdata.model import Document
from paatosdata.namespaces import PD
from paatosdata.owl import load_vocabulary, reason
from paatosdata.parse import read_path
from tests.conftest import shared_path
from tests.test_convert import RDFLIB_FORMATS, assert_same_graph, graphs_of_nquads, parse_graph

pytestmark = pytest.mark.shared

SAMPLES = [
    ("espoo-dynasty", "2013262303-5.HTM"),
    ("espoo-dynasty", "2017406946.HTM"),
    ("espoo-dynasty", "2017409886-4.HTM"),
    ("espoo-dynasty", "espoo_kh_170508_contents_127.json"),
    ("oulu-tweb", "35090068.pdf"),
    ("oulu-tweb", "oulu_tweb_kaupunginhallitus_5_2017.html"),
    ("turku", "turku_kh_2017-02-05-190.htm"),
    ("turku", "turku_kh_2017-02-05-poytakirja.htm"),
]
IDS = [name for _, name in SAMPLES]


def _read(folder: str, name: str) -> list[Document]:
    return read_path(shared_path("real", folder, name))


@pytest.mark.parametrize(("folder", "name"), SAMPLES, ids=IDS)
def test_real_sample_terms_are_declared_and_formats_agree(folder: str, name: str) -> None:
    documents = _read(folder, name)
    config = Config()
    graph = merged_graph(documents, config)
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
        assert_same_graph(graph, parse_graph(exporter_for(fmt).dumps(documents, config), RDFLIB_FORMATS[fmt]))
    items = sum(len(doc.items) for doc in documents)
    assert len(graphs_of_nquads(exporter_for("nquads").dumps(documents, config))) == items + len(documents)
    for location in graph.objects(None, PD.sourceLocation):
        assert "/" not in location and name in location


@pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed (HermiT needs it)")
def test_hermit_over_real_samples() -> None:
    graphs = []
    for folder, name in SAMPLES:
        for doc in _read(folder, name):
            graphs.extend(item_graph(doc, item, Config()) for item in doc.items[:2])
    result = reason(graphs)
    assert result.consistent, result.message
    assert result.unsatisfiable == []


def test_convert_a_folder_of_real_samples(tmp_path: Path) -> None:
    folder = shared_path("real", "turku")
    out = tmp_path / "turku.nq"
    result = CliRunner().invoke(cli, ["convert", str(folder), "--to", "nquads", "-o", str(out)])
    assert result.exit_code == 0, result.output
    documents = [doc for path in sorted(folder.iterdir()) for doc in read_path(path)]
    names = {document_iri(doc) for doc in documents} | {
        item_iri(doc, i) for doc in documents for i in doc.items
    }
    # the item page and the meeting's list page name the same meeting and the same § 190: one IRI each
    assert len(names) < len(documents) + sum(len(doc.items) for doc in documents)
    assert set(graphs_of_nquads(out)) == names
