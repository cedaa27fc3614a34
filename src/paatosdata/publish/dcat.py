"""The DCAT-AP 3.0.1 catalog of the published data: catalog, dataset, distributions, publisher.

Every node has an IRI under the base (no blank nodes), so the catalog reads the same every time.
The mandatory properties of DCAT-AP 3.0.1 are set for every class used; ranges follow the
DCAT-AP range shapes (IANA media types, EU file types, ``xsd:nonNegativeInteger`` sizes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, XSD

from paatosdata.publish.dumps import DumpFile

__all__ = ["CatalogInfo", "Extra", "catalog_graph"]

SPDX = Namespace("http://spdx.org/rdf/terms#")
DQV = Namespace("http://www.w3.org/ns/dqv#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
IANA = "http://www.iana.org/assignments/media-types/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
_FILE_TYPES = {
    "application/n-quads": "RDF_N_QUADS",
    "text/turtle": "RDF_TURTLE",
    "application/ld+json": "JSON_LD",
    "text/html": "HTML",
}


@dataclass(frozen=True, slots=True)
class Extra:
    """A further distribution (the VoID file, the ontology, the shapes)."""

    path: str
    title: str
    media_type: str
    byte_size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class CatalogInfo:
    """What the catalog says beyond the dumps."""

    base: str
    publisher: str
    licence: str
    contact_email: str | None
    municipality: str | None
    start: str | None
    end: str | None
    items: int
    meetings: int
    sparql_endpoint: str | None = None
    levels: dict[str, int] = field(default_factory=dict)


def _distribution(
    graph: Graph, base: str, key: str, path: str, title: str, media: str, size: int, sha: str, licence: URIRef
) -> URIRef:
    node = URIRef(f"{base}/catalog#{key}")
    checksum = URIRef(f"{base}/catalog#{key}-sha256")
    url = URIRef(f"{base}/{path}")
    graph.add((node, RDF.type, DCAT.Distribution))
    graph.add((node, DCTERMS.title, Literal(title, lang="en")))
    graph.add((node, DCAT.accessURL, url))
    graph.add((node, DCAT.downloadURL, url))
    graph.add((node, DCAT.mediaType, URIRef(IANA + media)))
    graph.add((URIRef(IANA + media), RDF.type, DCTERMS.MediaType))
    if media in _FILE_TYPES:
        file_type = URIRef(FILE_TYPE + _FILE_TYPES[media])
        graph.add((node, DCTERMS["format"], file_type))
        graph.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
    if path.endswith(".gz"):
        graph.add((node, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        graph.add((URIRef(IANA + "application/gzip"), RDF.type, DCTERMS.MediaType))
    graph.add((node, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
    graph.add((node, DCTERMS.license, licence))
    graph.add((node, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))
    graph.add((checksum, SPDX.checksumValue, Literal(sha, datatype=XSD.hexBinary)))
    return node


def catalog_graph(info: CatalogInfo, dumps: list[DumpFile], extras: list[Extra]) -> Graph:
    """The catalog as an rdflib graph."""
    base = info.base
    graph = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("spdx", SPDX), ("vcard", VCARD)):
        graph.bind(prefix, ns)
    catalog, dataset = URIRef(f"{base}/catalog"), URIRef(f"{base}/dataset")
    publisher, licence = URIRef(f"{base}/publisher"), URIRef(info.licence)
    where = f" – {info.municipality}" if info.municipality else ""
    graph.add((catalog, RDF.type, DCAT.Catalog))
    graph.add((catalog, DCTERMS.title, Literal(f"paatosdata{where}", lang="fi")))
    graph.add(
        (
            catalog,
            DCTERMS.description,
            Literal("Kunnallisten toimielinten päätökset avoimena linkitettynä datana.", lang="fi"),
        )
    )
    graph.add(
        (
            catalog,
            DCTERMS.description,
            Literal("Decisions of municipal bodies as linked open data.", lang="en"),
        )
    )
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, DCTERMS.license, licence))
    graph.add((catalog, FOAF.homepage, URIRef(f"{base}/")))
    graph.add((catalog, DCAT.dataset, dataset))
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(info.publisher)))
    graph.add((licence, RDF.type, DCTERMS.LicenseDocument))
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(f"Pöytäkirjojen päätökset{where}", lang="fi")))
    graph.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                f"{info.items} pykälää {info.meetings} kokouksesta: päätökset, käsittely, äänestykset, "
                "esteellisyydet ja oikeusperustat RDF:nä ja Akoma Ntoso -muodossa.",
                lang="fi",
            ),
        )
    )
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((dataset, DCAT.landingPage, URIRef(f"{base}/")))
    graph.add((URIRef(f"{base}/"), RDF.type, FOAF.Document))
    graph.add((dataset, DCAT.keyword, Literal("pöytäkirja", lang="fi")))
    graph.add((dataset, DCAT.keyword, Literal("päätös", lang="fi")))
    graph.add(
        (
            dataset,
            DCTERMS.accrualPeriodicity,
            URIRef("http://publications.europa.eu/resource/authority/frequency/IRREG"),
        )
    )
    graph.add(
        (
            URIRef("http://publications.europa.eu/resource/authority/frequency/IRREG"),
            RDF.type,
            DCTERMS.Frequency,
        )
    )
    for standard in (f"{base}/ontology/", f"{base}/shapes/"):
        graph.add((dataset, DCTERMS.conformsTo, URIRef(standard)))
        graph.add((URIRef(standard), RDF.type, DCTERMS.Standard))
    if info.contact_email:
        contact = URIRef(f"{base}/publisher#contact")
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((contact, RDF.type, VCARD.Kind))
        graph.add((contact, VCARD.fn, Literal(info.publisher)))
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{info.contact_email}")))
    if info.start and info.end:
        period = URIRef(f"{base}/dataset#period")
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(info.start, datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(info.end, datatype=XSD.date)))
    for dump in dumps:
        key = "dump-" + dump.name.split(".")[1]
        node = _distribution(
            graph,
            base,
            key,
            dump.name,
            f"Dump ({dump.media_type}, gzip)",
            dump.media_type,
            dump.byte_size,
            dump.sha256,
            licence,
        )
        graph.add((dataset, DCAT.distribution, node))
    for index, extra in enumerate(extras, start=1):
        node = _distribution(
            graph,
            base,
            f"file-{index}",
            extra.path,
            extra.title,
            extra.media_type,
            extra.byte_size,
            extra.sha256,
            licence,
        )
        graph.add((dataset, DCAT.distribution, node))
    for label, count in sorted(info.levels.items()):
        number = label.split(" ", 1)[0]
        measurement = URIRef(f"{base}/dataset#items-at-level-{number}")
        metric = URIRef(f"{base}/catalog#metric-items-at-level-{number}")
        graph.add((dataset, DQV.hasQualityMeasurement, measurement))
        graph.add((measurement, RDF.type, DQV.QualityMeasurement))
        graph.add((measurement, DQV.isMeasurementOf, metric))
        graph.add((measurement, DQV.value, Literal(count, datatype=XSD.integer)))
        graph.add((metric, RDF.type, DQV.Metric))
        graph.add((metric, DCTERMS.title, Literal(f"Published items at maturity level {label}", lang="en")))
    if info.sparql_endpoint:
        service = URIRef(f"{base}/catalog#sparql")
        graph.add((catalog, DCAT.service, service))
        graph.add((service, RDF.type, DCAT.DataService))
        graph.add((service, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
        graph.add((service, DCAT.endpointURL, URIRef(info.sparql_endpoint)))
        graph.add((service, DCAT.servesDataset, dataset))
    return graph
