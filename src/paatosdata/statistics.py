"""Decisions per body and month, published as data: W3C RDF Data Cube observations.

Counting the decisions of every body in every month over the whole corpus takes seconds in an
embedded store (Oxigraph visits every decision, its document and its meeting), so the counts are
published beside the dumps as ``statistics.ttl`` and the example query reads them. One
``qb:Observation`` per body and month:

* dimension ``pd:refBody``, the body (its IRI, as in ``pd:body`` of its meetings);
* dimension ``sdmx-dimension:refPeriod``, the month (``"2026-04"^^xsd:gYearMonth``);
* measure ``pd:decisionCount``, how many decisions (items of minutes, ``pd:Decision`` whose
  ``pd:document`` is a ``pd:Minutes``) of the body's meetings held in that month there are.

The count is defined by :data:`COUNT_QUERY` over the merged graph of the data: a store that
loads minutes or RDF files computes it with that query (:func:`store_counts`), and ``publish``
counts the same while it writes the dumps (:class:`DecisionTally`, from each published item's
own graph, which carries its document, meeting and body), so a published site and its sources
give the same observations. :data:`DEFINING_QUERY` is the same count as people read it (by
municipality and body name), the query the example ``decisions-per-body-per-month.rq`` answers
like; it visits every decision, so it is the definition, not a query to run on a large store
(seconds at 100,000 items).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import pyoxigraph as ox

__all__ = [
    "COUNT_QUERY",
    "DEFINING_QUERY",
    "STATISTICS_FILE",
    "Counts",
    "DecisionTally",
    "Statistics",
    "decision_keys",
    "statistics_triples",
    "statistics_turtle",
    "store_counts",
]

#: The published file, at the root of the site.
STATISTICS_FILE = "statistics.ttl"

QB = "http://purl.org/linked-data/cube#"
SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PROV = "http://www.w3.org/ns/prov#"

#: (body IRI, month "YYYY-MM") → number of decisions
Counts = Counter[tuple[str, str]]

#: What an observation counts, over the merged graph (the definition both ways of counting follow).
_DECISIONS = """
  ?meeting pd:body ?bodyNode ;
           pd:heldOn ?date .
  ?decision pd:meeting ?meeting ;
            a pd:Decision ;
            pd:document/a pd:Minutes .
  BIND (SUBSTR(STR(?date), 1, 7) AS ?month)"""

COUNT_QUERY = f"""PREFIX pd: <https://w3id.org/paatosdata/def#>
SELECT (?bodyNode AS ?body) ?month (COUNT(DISTINCT ?decision) AS ?decisions)
WHERE {{{_DECISIONS}
  FILTER (isIRI(?bodyNode))
}}
GROUP BY ?bodyNode ?month"""

#: The statistics counted from the data, by municipality slug and body name, in the columns and
#: order of the example query ``decisions-per-body-per-month.rq``, which reads the observations
#: instead. Every decision, its document and its meeting are visited: 4–5 s at 100,000 items in
#: Oxigraph's in-memory store, and no shape of it that visits every decision answers in 100 ms
#: there. Kept to define the statistics (the tests check that the published observations and the
#: example query equal it), not as an example to run.
DEFINING_QUERY = f"""PREFIX pd: <https://w3id.org/paatosdata/def#>
SELECT ?municipality ?body ?month (COUNT(DISTINCT ?decision) AS ?decisions)
WHERE {{{_DECISIONS}
  ?bodyNode pd:name ?body ;
            pd:bodyOf/pd:slug ?municipality .
}}
GROUP BY ?municipality ?body ?month
ORDER BY ?month ?municipality ?body"""

_MONTH = re.compile(r"\d{4}-\d{2}")

_TYPE = f"<{_RDF}type>".encode()


class _Terms(NamedTuple):
    """The vocabulary's terms the count looks for, as N-Triples IRIs."""

    decision: bytes
    minutes: bytes
    document: bytes
    meeting: bytes
    held_on: bytes
    body: bytes
    name: bytes
    body_of: bytes
    slug: bytes


@functools.cache
def _terms() -> _Terms:
    """The terms from the vocabulary's namespace (imported when first counted: it loads rdflib)."""
    from paatosdata.namespaces import PD

    def nt(term: str) -> bytes:
        return f"<{term}>".encode()

    return _Terms(
        decision=nt(PD.Decision),
        minutes=nt(PD.Minutes),
        document=nt(PD.document),
        meeting=nt(PD.meeting),
        held_on=nt(PD.heldOn),
        body=nt(PD.body),
        name=nt(PD.name),
        body_of=nt(PD.bodyOf),
        slug=nt(PD.slug),
    )


def _objects(data: bytes, subject: bytes, predicate: bytes) -> list[bytes]:
    """The objects (N-Triples terms) of the lines ``subject predicate …`` of ``data``."""
    key = subject + b" " + predicate + b" "
    found: list[bytes] = []
    start = 0
    while (at := data.find(key, start)) >= 0:
        start = at + len(key)
        if at and data[at - 1] != 0x0A:  # not at the start of a line: inside another term
            continue
        end = data.find(b"\n", start)
        line = data[start:] if end < 0 else data[start:end]
        found.append(line.rstrip()[:-1].rstrip())  # drop the final " ."
    return found


def _has_line(data: bytes, line: bytes) -> bool:
    """True when ``line`` (ending with a line break) is one of the lines of ``data``."""
    if data.startswith(line):
        return True
    at = data.find(line)
    while at > 0:
        if data[at - 1] == 0x0A:
            return True
        at = data.find(line, at + 1)
    return False


def _lexical(term: bytes) -> str | None:
    """The lexical form of an N-Triples literal (None for an IRI or a blank node)."""
    if not term.startswith(b'"'):
        return None
    if b"\\" not in term:
        return term[1 : term.rindex(b'"')].decode()
    parsed = ox.parse(b"<urn:x:s> <urn:x:p> " + term + b" .\n", format=ox.RdfFormat.N_TRIPLES)
    obj = next(iter(parsed)).object
    return obj.value if isinstance(obj, ox.Literal) else None


def _least(*values: str) -> str:
    """The smallest non-empty value, or an empty string."""
    return min((v for v in values if v), default="")


def decision_keys(graph: str, ntriples: bytes) -> set[tuple[str, str]]:
    """The (body IRI, month) pairs the graph ``graph`` counts one decision for (none if it is none)."""
    node = b"<" + graph.encode() + b">"
    if not ntriples.endswith(b"\n"):
        ntriples += b"\n"
    pd = _terms()
    keys: set[tuple[str, str]] = set()
    if not _has_line(ntriples, node + b" " + _TYPE + b" " + pd.decision + b" .\n"):
        return keys
    documents = _objects(ntriples, node, pd.document)
    if not any(_has_line(ntriples, doc + b" " + _TYPE + b" " + pd.minutes + b" .\n") for doc in documents):
        return keys
    for meeting in set(_objects(ntriples, node, pd.meeting)):
        bodies = [b for b in set(_objects(ntriples, meeting, pd.body)) if b.startswith(b"<")]
        for date in set(_objects(ntriples, meeting, pd.held_on)):
            lexical = _lexical(date)
            if lexical is None:
                continue
            keys.update((body[1:-1].decode(), lexical[:7]) for body in bodies)
    return keys


class DecisionTally:
    """Counts decisions per body and month from published graphs, as :data:`COUNT_QUERY` would.

    Each graph given is an item's own graph in N-Triples (the publisher writes one per item, with
    the item's document, meeting and body in it); a graph whose subject is not a decision of
    minutes (a meeting's graph, an agenda item) counts nothing. Every graph is counted once.

    ``bodies`` labels each counted body (its IRI) as :data:`DEFINING_QUERY` does: the slug of its
    municipality and its name, from the first graph that gives them (the smallest when one graph
    gives several; empty while no graph has given them). Looking for them costs about as much as
    the count itself, so it is done once per body.
    """

    def __init__(self) -> None:
        self.counts: Counts = Counter()
        self.bodies: dict[str, tuple[str, str]] = {}

    def add(self, graph: str, ntriples: bytes) -> None:
        """Count the decision ``graph`` (its IRI) described in ``ntriples``, if it is one."""
        self.add_keys(decision_keys(graph, ntriples), ntriples)

    def add_keys(self, keys: Iterable[tuple[str, str]], ntriples: bytes) -> None:
        """Count the graph ``ntriples`` by its :func:`decision_keys` (worked out where it was made)."""
        keys = set(keys)
        if not keys:
            return
        counts = self.counts
        for key in keys:  # what Counter.update does, without its checks on the argument
            counts[key] += 1
        for iri in {body for body, _ in keys}:
            known = self.bodies.get(iri)
            if known is None or not all(known):
                if not ntriples.endswith(b"\n"):
                    ntriples += b"\n"
                self._label(ntriples, iri)

    def _label(self, ntriples: bytes, iri: str) -> None:
        """Keep the smallest municipality slug and body name ``ntriples`` gives the body ``iri``."""
        body = b"<" + iri.encode() + b">"
        pd = _terms()
        names = [n for n in map(_lexical, _objects(ntriples, body, pd.name)) if n is not None]
        slugs = [
            slug
            for municipality in _objects(ntriples, body, pd.body_of)
            if municipality.startswith(b"<")
            for slug in map(_lexical, _objects(ntriples, municipality, pd.slug))
            if slug is not None
        ]
        known = self.bodies.get(iri, ("", ""))
        self.bodies[iri] = (_least(known[0], *slugs), _least(known[1], *names))

    def tap(self, records: Iterable[tuple[str, bytes, str]]) -> Iterator[tuple[str, bytes, str]]:
        """Pass the publisher's records (graph IRI, N-Triples, Turtle path) through, counting each."""
        for record in records:
            self.add(record[0], record[1])
            yield record


def store_counts(store: ox.Store) -> Counts:
    """The counts of :data:`COUNT_QUERY` over the default graph of ``store``."""
    counts: Counts = Counter()
    solutions = store.query(COUNT_QUERY)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        body, month, decisions = row["body"], row["month"], row["decisions"]
        if isinstance(body, ox.NamedNode) and isinstance(month, ox.Literal) and decisions is not None:
            counts[(body.value, month.value)] = int(decisions.value)
    return counts


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _month(month: str) -> ox.Literal:
    if _MONTH.fullmatch(month):
        return ox.Literal(month, datatype=_n(_XSD + "gYearMonth"))
    return ox.Literal(month)


def statistics_triples(base: str, counts: Counts) -> list[ox.Triple]:
    """The data set, its structure and one observation per (body, month), in a fixed order."""
    from paatosdata.namespaces import PD

    here = f"{base.rstrip('/')}/statistics"
    dataset, structure = _n(f"{here}#decisions-per-body-per-month"), _n(f"{here}#structure")
    a = _n(_RDF + "type")
    triples = [
        ox.Triple(dataset, a, _n(QB + "DataSet")),
        ox.Triple(dataset, _n(QB + "structure"), structure),
        ox.Triple(
            dataset,
            _n(_RDFS + "label"),
            ox.Literal("Pöytäkirjojen päätökset toimielimittäin ja kuukausittain", language="fi"),
        ),
        ox.Triple(dataset, _n(_RDFS + "label"), ox.Literal("Decisions per body and month", language="en")),
        ox.Triple(
            dataset,
            _n(_RDFS + "comment"),
            ox.Literal(
                "Decisions (pd:Decision items of pd:Minutes documents) of each body's meetings "
                "held in each month, counted over the published data.",
                language="en",
            ),
        ),
        ox.Triple(dataset, _n(_PROV + "wasDerivedFrom"), _n(f"{base.rstrip('/')}/void#dataset")),
        ox.Triple(structure, a, _n(QB + "DataStructureDefinition")),
    ]
    components = [
        ("body", "dimension", str(PD.refBody), "DimensionProperty", 1),
        ("month", "dimension", SDMX_DIMENSION + "refPeriod", "DimensionProperty", 2),
        ("decisions", "measure", str(PD.decisionCount), "MeasureProperty", None),
    ]
    triples += [
        ox.Triple(structure, _n(QB + "component"), _n(f"{here}#component-{c[0]}")) for c in components
    ]
    for key, role, prop, _kind, order in components:
        spec = _n(f"{here}#component-{key}")
        triples += [
            ox.Triple(spec, a, _n(QB + "ComponentSpecification")),
            ox.Triple(spec, _n(QB + role), _n(prop)),
        ]
        if order is not None:
            triples.append(
                ox.Triple(spec, _n(QB + "order"), ox.Literal(str(order), datatype=_n(_XSD + "integer")))
            )
    triples += [ox.Triple(_n(c[2]), a, _n(QB + c[3])) for c in components]
    for (body, month), count in sorted(counts.items()):
        digest = hashlib.sha256(f"{body} {month}".encode()).hexdigest()[:16]
        observation = _n(f"{here}#obs-{digest}")
        triples += [
            ox.Triple(observation, a, _n(QB + "Observation")),
            ox.Triple(observation, _n(QB + "dataSet"), dataset),
            ox.Triple(observation, _n(PD.refBody), _n(body)),
            ox.Triple(observation, _n(SDMX_DIMENSION + "refPeriod"), _month(month)),
            ox.Triple(
                observation, _n(PD.decisionCount), ox.Literal(str(count), datatype=_n(_XSD + "integer"))
            ),
        ]
    return triples


@dataclass(frozen=True, slots=True)
class Statistics:
    """The statistics file written out: its Turtle, how many triples and observations it holds."""

    data: bytes
    triples: int
    observations: int


def statistics_turtle(base: str, counts: Counts) -> Statistics:
    """``statistics.ttl`` for ``counts``: the same bytes for the same counts."""
    from paatosdata.namespaces import PD_NAMESPACE

    triples = statistics_triples(base, counts)
    prefixes = {
        "qb": QB,
        "sdmx-dimension": SDMX_DIMENSION,
        "pd": PD_NAMESPACE,
        "rdf": _RDF,
        "rdfs": _RDFS,
        "xsd": _XSD,
        "prov": _PROV,
    }
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert data is not None
    return Statistics(data, len(triples), len(counts))
