"""The vocabulary: well-formed, complete labels, aligned without imports, covers the output, HermiT-clean."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from paatosdata.cli import cli
from paatosdata.config import Config
from paatosdata.mapping import document_graph
from paatosdata.model import Document
from paatosdata.namespaces import PD, PD_NAMESPACE
from paatosdata.owl import load_vocabulary, reason, reasoner_copy, vocabulary_problems
from paatosdata.resources import ontology_dir
from paatosdata.vocabdocs import vocabulary_html

needs_java = pytest.mark.skipif(
    shutil.which("java") is None, reason="Java is not installed (HermiT needs it)"
)


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return load_vocabulary()


def test_vocabulary_header(vocabulary: Graph) -> None:
    ontology = URIRef("https://w3id.org/paatosdata/def")
    assert (ontology, RDF.type, OWL.Ontology) in vocabulary
    assert (ontology, OWL.versionInfo, Literal("0.1.0")) in vocabulary
    assert (ontology, OWL.versionIRI, URIRef("https://w3id.org/paatosdata/def/0.1.0")) in vocabulary
    licence = URIRef("http://purl.org/dc/terms/license")
    assert (ontology, licence, URIRef("http://creativecommons.org/licenses/by/4.0/")) in vocabulary


def test_vocabulary_has_no_problems(vocabulary: Graph) -> None:
    assert vocabulary_problems(vocabulary) == []
    assert (None, OWL.imports, None) not in vocabulary
    assert (None, OWL.equivalentClass, None) not in vocabulary


def test_problems_are_found() -> None:
    broken = load_vocabulary()
    broken.add(
        (URIRef("https://w3id.org/paatosdata/def"), OWL.imports, URIRef("http://data.europa.eu/eli/ontology"))
    )
    broken.add((PD.Decision, OWL.equivalentClass, URIRef("http://data.vlaanderen.be/ns/besluit#Besluit")))
    broken.remove((PD.Meeting, RDFS.label, Literal("sammanträde", lang="sv")))
    broken.remove((PD.heldOn, RDFS.range, None))
    problems = "\n".join(vocabulary_problems(broken))
    assert "owl:imports" in problems
    assert "Besluit" in problems
    assert "pd:Meeting has no rdfs:label in sv" in problems
    assert "pd:heldOn has no rdfs:range" in problems


def test_alignment_with_eli(vocabulary: Graph) -> None:
    eli = "http://data.europa.eu/eli/ontology#"
    assert (PD.Decision, RDFS.subClassOf, URIRef(eli + "LegalResource")) in vocabulary
    for term, parent in [
        (PD.legalBasis, "based_on"),
        (PD.decidedBy, "passed_by"),
        (PD.meetingDate, "date_document"),
        (PD.sectionNumber, "number"),
        (PD.cites, "cites"),
    ]:
        assert (term, RDFS.subPropertyOf, URIRef(eli + parent)) in vocabulary
    close = URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")
    assert (close, RDF.type, OWL.AnnotationProperty) in vocabulary
    assert (PD.VoteEvent, close, URIRef("http://www.w3.org/ns/opengov#VoteEvent")) in vocabulary


def test_namespace_and_vocabulary_agree(vocabulary: Graph) -> None:
    declared = {
        str(s)[len(PD_NAMESPACE) :]
        for s in vocabulary.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(PD_NAMESPACE)
    }
    listed = set(PD.__annotations__)
    assert listed == declared


def _output_graphs(docs: list[Document]) -> list[Graph]:
    return [document_graph(doc, Config(), redact=redact) for doc in docs for redact in (True, False)]


def test_every_term_in_the_output_is_declared_and_labelled(
    vocabulary: Graph, seed_doc: Document, full_doc: Document, agenda_doc: Document
) -> None:
    classes: set[URIRef] = set()
    predicates: set[URIRef] = set()
    for graph in _output_graphs([seed_doc, full_doc, agenda_doc]):
        predicates.update(p for p in graph.predicates() if isinstance(p, URIRef))
        classes.update(o for o in graph.objects(None, RDF.type) if isinstance(o, URIRef))
    predicates.discard(RDF.type)
    problems = []
    for term in sorted(classes | predicates):
        kinds = set(vocabulary.objects(term, RDF.type))
        expected = {OWL.Class} if term in classes else {OWL.ObjectProperty, OWL.DatatypeProperty}
        if not kinds & expected:
            problems.append(f"{term} is not declared")
        languages = {lit.language for lit in vocabulary.objects(term, RDFS.label) if isinstance(lit, Literal)}
        if not {"fi", "sv", "en"} <= languages:
            problems.append(f"{term} lacks labels: {sorted(languages)}")
    assert not problems, problems
    assert len(predicates) > 100


def test_context_covers_the_vocabulary(vocabulary: Graph) -> None:
    ctx = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert ctx["pd"] == PD_NAMESPACE
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in vocabulary.subjects(RDF.type, kind):
            if not str(term).startswith(PD_NAMESPACE):
                continue
            name = str(term)[len(PD_NAMESPACE) :]
            definition = ctx[name]
            assert definition["@id"] == f"pd:{name}"
            if kind == OWL.ObjectProperty:
                assert definition["@type"] in ("@id", "@vocab")
            if vocabulary.value(term, RDFS.range) == XSD.date:
                assert definition["@type"] == "xsd:date"
    for cls in vocabulary.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(PD_NAMESPACE):
            assert ctx[str(cls)[len(PD_NAMESPACE) :]] == f"pd:{str(cls)[len(PD_NAMESPACE) :]}"


def test_reasoner_copy_changes_dates_only_in_the_copy(seed_doc: Document) -> None:
    graph = document_graph(seed_doc)
    copy = reasoner_copy(graph)
    assert Literal("2026-05-07T00:00:00", datatype=XSD.dateTime) in set(copy.objects())
    assert not any(isinstance(o, Literal) and o.datatype in (XSD.date, XSD.time) for o in copy.objects())
    assert Literal("2026-05-07", datatype=XSD.date) in set(graph.objects())


@needs_java
def test_hermit_vocabulary_and_data_are_consistent(
    vocabulary: Graph, seed_doc: Document, full_doc: Document, agenda_doc: Document
) -> None:
    result = reason(_output_graphs([seed_doc, full_doc, agenda_doc]), vocabulary)
    assert result.consistent, result.message
    assert result.unsatisfiable == []
    assert result.classes > 40


@needs_java
def test_hermit_finds_unsatisfiable_and_inconsistent(seed_doc: Document) -> None:
    broken = load_vocabulary()
    broken.add((PD.Decision, OWL.disjointWith, PD.Item))
    result = reason([], broken)
    assert result.consistent
    assert str(PD.Decision) in result.unsatisfiable
    inconsistent = reason([document_graph(seed_doc)], broken)  # the seed item is a Decision and an Item
    assert not inconsistent.consistent


@needs_java
def test_ontology_check_command() -> None:
    result = CliRunner().invoke(cli, ["ontology", "check"])
    assert result.exit_code == 0, result.output
    assert "consistent and every class is satisfiable" in result.output


def test_ontology_check_without_java(monkeypatch: pytest.MonkeyPatch) -> None:
    import owlready2

    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java-for-test")
    result = CliRunner().invoke(cli, ["ontology", "check"])
    assert result.exit_code == 3
    assert "Java is not installed" in result.output


def test_docs_page_is_complete_and_escaped(vocabulary: Graph, tmp_path: Path) -> None:
    html = vocabulary_html(vocabulary)
    assert 'id="ImpactNotAssessed"' in html and "vaikutuksia ei arvioitu" in html and "konsekvenserna" in html
    hostile = load_vocabulary()
    hostile.add((PD.Meeting, RDFS.label, Literal("<script>alert(1)</script>", lang="en")))
    assert "<script>" not in vocabulary_html(hostile)
    assert "&lt;script&gt;" in vocabulary_html(hostile)
    result = CliRunner().invoke(cli, ["ontology", "docs", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["index.html"]
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    for term in PD.__annotations__:
        assert f'id="{term}"' in page


@needs_java
def test_ontology_check_with_sample_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_doc: Document
) -> None:
    from paatosdata import parse
    from paatosdata.modeljson import document_to_json

    monkeypatch.setitem(parse.READERS, "modeljson", "tests.model_json_reader:ModelJsonReader")
    monkeypatch.delitem(parse.READERS, "text", raising=False)
    path = tmp_path / "full.json"
    path.write_text(document_to_json(full_doc), encoding="utf-8")
    result = CliRunner().invoke(cli, ["ontology", "check", str(path), "--sample", "2"])
    assert result.exit_code == 0, result.output
    assert "(2 items of data)" in result.output
