"""VoID description of the published data: statistics, partitions, dumps, examples, URI space.

Beside the dataset it describes the published statistics (``statistics.ttl``: decisions per body
and month as RDF Data Cube observations, :mod:`paatosdata.statistics`) as a dataset of their own,
derived from the first.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from paatosdata.publish.dcat import Extra
from paatosdata.publish.dumps import DumpStats, sha256_file
from paatosdata.statistics import QB, STATISTICS_FILE

__all__ = ["VOID", "statistics_extra", "void_graph"]

VOID = Namespace("http://rdfs.org/ns/void#")


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def void_graph(
    base: str,
    stats: DumpStats,
    examples: list[str],
    vocabularies: list[str],
    sparql_endpoint: str | None = None,
    statistics_triples: int | None = None,
) -> Graph:
    """The VoID graph: the union dataset, with the N-Quads dump described as a subset of its quads.

    With ``statistics_triples`` (how many triples ``statistics.ttl`` holds) the statistics are
    described too, as a dataset derived from this one.
    """
    graph = Graph()
    graph.bind("void", VOID)
    graph.bind("dct", DCTERMS)
    dataset = URIRef(f"{base}/void#dataset")
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, DCTERMS.title, Literal("paatosdata: pöytäkirjojen päätökset", lang="fi")))
    graph.add((dataset, VOID.uriSpace, Literal(f"{base}/akn/")))
    graph.add((dataset, VOID.triples, _int(stats.triples)))
    graph.add((dataset, VOID.entities, _int(stats.entities)))
    graph.add((dataset, VOID.distinctSubjects, _int(stats.subjects)))
    graph.add((dataset, VOID.classes, _int(len(stats.classes))))
    graph.add((dataset, VOID.properties, _int(len(stats.properties))))
    graph.add((dataset, VOID.rootResource, URIRef(f"{base}/catalog")))
    for dump in stats.files:
        if dump.media_type == "text/turtle":
            graph.add((dataset, VOID.dataDump, URIRef(f"{base}/{dump.name}")))
    for example in examples:
        graph.add((dataset, VOID.exampleResource, URIRef(example)))
    for vocabulary in vocabularies:
        graph.add((dataset, VOID.vocabulary, URIRef(vocabulary)))
    if sparql_endpoint:
        graph.add((dataset, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))
    for index, (cls, count) in enumerate(sorted(stats.classes.items()), start=1):
        part = URIRef(f"{base}/void#class-{index}")
        graph.add((dataset, VOID.classPartition, part))
        graph.add((part, VOID["class"], URIRef(cls)))
        graph.add((part, VOID.entities, _int(count)))
    for index, (prop, count) in enumerate(sorted(stats.properties.items()), start=1):
        part = URIRef(f"{base}/void#property-{index}")
        graph.add((dataset, VOID.propertyPartition, part))
        graph.add((part, VOID.property, URIRef(prop)))
        graph.add((part, VOID.triples, _int(count)))
    quads = URIRef(f"{base}/void#named-graphs")
    graph.add((dataset, VOID.subset, quads))
    graph.add((quads, RDF.type, VOID.Dataset))
    graph.add(
        (
            quads,
            DCTERMS.description,
            Literal("One named graph per item and per meeting; triples = quads", lang="en"),
        )
    )
    graph.add((quads, VOID.triples, _int(stats.quads)))
    graph.add((quads, VOID.uriSpace, Literal(f"{base}/akn/")))
    for dump in stats.files:
        if dump.media_type == "application/n-quads":
            graph.add((quads, VOID.dataDump, URIRef(f"{base}/{dump.name}")))
    if statistics_triples is not None:
        statistics = URIRef(f"{base}/void#statistics")
        graph.add((statistics, RDF.type, VOID.Dataset))
        graph.add((statistics, DCTERMS.title, Literal("Decisions per body and month", lang="en")))
        graph.add(
            (
                statistics,
                DCTERMS.description,
                Literal(
                    "RDF Data Cube observations: decisions of minutes per body (pd:refBody) and month "
                    "(sdmx-dimension:refPeriod), measure pd:decisionCount",
                    lang="en",
                ),
            )
        )
        graph.add((statistics, VOID.dataDump, URIRef(f"{base}/{STATISTICS_FILE}")))
        graph.add((statistics, VOID.triples, _int(statistics_triples)))
        graph.add((statistics, VOID.vocabulary, URIRef(QB)))
        graph.add((statistics, PROV.wasDerivedFrom, dataset))
    return graph


def statistics_extra(root: Path) -> Extra:
    """The catalog entry (a distribution) of the written ``statistics.ttl`` in ``root``."""
    path = root / STATISTICS_FILE
    return Extra(
        STATISTICS_FILE,
        "Decisions per body and month (RDF Data Cube)",
        "text/turtle",
        path.stat().st_size,
        sha256_file(path),
    )
