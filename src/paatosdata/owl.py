"""The vocabulary under OWL: static checks, and HermiT (through owlready2, the only module using it).

``vocabulary_problems(graph)`` checks what any RDF tool can: no ``owl:imports``, no
``owl:equivalentClass`` / ``equivalentProperty`` / ``sameAs`` towards other vocabularies, every pd:
term labelled in fi, sv and en with a definition in fi and en, every property with domain and range.

``reason(data)`` runs HermiT over the vocabulary plus optional data graphs in an isolated, in-memory
owlready2 World loaded from local triples only (nothing is imported or fetched). HermiT knows only the
OWL 2 datatype map, which has no ``xsd:date``, ``xsd:time`` or ``xsd:gYear``: in **the reasoner's copy**
``xsd:date`` literals and ranges become ``xsd:dateTime`` (midnight) and time-of-day literals and ranges
are left out. The published files are not changed. Reasoning needs Java; without it
:class:`~paatosdata.errors.EnvironmentProblem` (exit status 3) is raised.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from paatosdata.errors import EnvironmentProblem
from paatosdata.namespaces import ONTOLOGY_IRI, PD_NAMESPACE
from paatosdata.resources import ontology_dir

__all__ = ["ReasonerResult", "load_vocabulary", "reason", "reasoner_copy", "vocabulary_problems"]

_LABEL_LANGUAGES = ("fi", "sv", "en")
_DEFINITION_LANGUAGES = ("fi", "en")
_UNSUPPORTED = {XSD.time, XSD.gYear}


def load_vocabulary(path: Path | None = None) -> Graph:
    """The vocabulary (``ontology/paatosdata.ttl``) as an rdflib graph."""
    path = path or ontology_dir() / "paatosdata.ttl"
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of syntax errors
        raise EnvironmentProblem(f"the vocabulary cannot be read: {exc}", source=str(path)) from None
    return graph


def _pd_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(PD_NAMESPACE)}


def vocabulary_problems(graph: Graph) -> list[str]:
    """What is wrong with the vocabulary, one sentence each (empty when all is well)."""
    problems: list[str] = []
    for _, target in graph.subject_objects(OWL.imports):
        problems.append(f"owl:imports {target} (external vocabularies are referenced by IRI only)")
    for relation in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        for s, o in graph.subject_objects(relation):
            if not (str(s).startswith(PD_NAMESPACE) and str(o).startswith(PD_NAMESPACE)):
                problems.append(f"{s} {graph.qname(relation)} {o} links to another vocabulary")
    for term in sorted(_pd_terms(graph)):
        name = graph.qname(term)
        labels = {lit.language for lit in graph.objects(term, RDFS.label) if isinstance(lit, Literal)}
        for language in _LABEL_LANGUAGES:
            if language not in labels:
                problems.append(f"{name} has no rdfs:label in {language}")
        definitions = {
            lit.language
            for predicate in (SKOS.definition, RDFS.comment)
            for lit in graph.objects(term, predicate)
            if isinstance(lit, Literal)
        }
        for language in _DEFINITION_LANGUAGES:
            if language not in definitions:
                problems.append(f"{name} has no definition in {language}")
        kinds = set(graph.objects(term, RDF.type))
        if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            if graph.value(term, RDFS.domain) is None:
                problems.append(f"{name} has no rdfs:domain")
            if graph.value(term, RDFS.range) is None:
                problems.append(f"{name} has no rdfs:range")
    return problems


def reasoner_copy(graph: Graph) -> Graph:
    """A copy of ``graph`` HermiT accepts: dates as ``xsd:dateTime``, no time-of-day values."""
    copy = Graph()
    for s, p, o in graph:
        if p == OWL.imports:
            continue
        if isinstance(o, Literal) and o.datatype == XSD.date:
            o = Literal(f"{o}T00:00:00", datatype=XSD.dateTime)
        elif isinstance(o, Literal) and o.datatype in _UNSUPPORTED:
            continue
        elif p == RDFS.range and o == XSD.date:
            o = XSD.dateTime
        elif p == RDFS.range and o in _UNSUPPORTED:
            continue
        elif p == RDF.type and o == RDFS.Datatype and s in (XSD.date, *_UNSUPPORTED):
            continue
        copy.add((s, p, o))
    return copy


@dataclass(slots=True)
class ReasonerResult:
    """What HermiT found: consistency, unsatisfiable classes, and what was reasoned over."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    classes: int = 0
    triples: int = 0
    seconds: float = 0.0
    message: str = ""

    @property
    def ok(self) -> bool:
        """Consistent with every class satisfiable."""
        return self.consistent and not self.unsatisfiable


def reason(data: Iterable[Graph] = (), vocabulary: Graph | None = None) -> ReasonerResult:
    """Run HermiT over the vocabulary and ``data``; see the module docs for the datatype changes."""
    import owlready2

    if shutil.which(owlready2.JAVA_EXE) is None:
        raise EnvironmentProblem(
            "Java is not installed, so the OWL reasoner (HermiT) cannot run",
            hint="install a Java runtime (e.g. OpenJDK 17) and try again",
        )
    merged = Graph()
    merged += vocabulary if vocabulary is not None else load_vocabulary()
    for graph in data:
        merged += graph
    copy = reasoner_copy(merged)
    ntriples = copy.serialize(format="nt", encoding="utf-8")
    world = owlready2.World()  # in memory, separate from owlready2's default world
    try:
        ontology = world.get_ontology(str(ONTOLOGY_IRI)).load(fileobj=io.BytesIO(ntriples), format="ntriples")
        classes = len(list(ontology.classes()))
        started = time.perf_counter()
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return ReasonerResult(False, [], classes, len(copy), time.perf_counter() - started, str(exc))
        except owlready2.OwlReadyJavaError as exc:
            raise EnvironmentProblem(f"the OWL reasoner failed: {str(exc).strip()[:500]}") from None
        unsatisfiable = sorted(str(cls.iri) for cls in world.inconsistent_classes())
        return ReasonerResult(True, unsatisfiable, classes, len(copy), time.perf_counter() - started)
    finally:
        world.close()
