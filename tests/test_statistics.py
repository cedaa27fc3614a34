"""Decisions per body and month published as data (``statistics.ttl``, RDF Data Cube).

The published observations must be data a user can rely on: over examples/ and over a generated
corpus they equal what the raw count (:data:`paatosdata.statistics.COUNT_QUERY`, by body IRI)
gives over the published dumps. ``query`` loads them from a site and computes them over anything
else, so the example query that reads them answers as the defining query
(:data:`paatosdata.statistics.DEFINING_QUERY`, by municipality and body name) does either way.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from benchmarks.generate import generate_documents
from paatosdata.namespaces import PD_NAMESPACE as PD
from paatosdata.publish.site import Options, publish
from paatosdata.results import format_result
from paatosdata.statistics import (
    DEFINING_QUERY,
    QB,
    SDMX_DIMENSION,
    STATISTICS_FILE,
    DecisionTally,
    statistics_turtle,
    store_counts,
)
from paatosdata.store import Input, QueryStore, collect_inputs, open_store
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
QUERIES = EXAMPLES / "queries"
FROM_STATISTICS = QUERIES / "decisions-per-body-per-month.rq"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"


@pytest.fixture(scope="module")
def examples_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    site = tmp_path_factory.mktemp("examples") / "site"
    # validated: items with violations are held back, and must not be counted
    publish([EXAMPLES], site, Options(now=NOW))
    return site


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("generated") / "site"
    publish(list(generate_documents(300)), site, Options(validator=None, now=NOW))
    return site


def _published(site: Path) -> dict[tuple[str, str], int]:
    store = ox.Store()
    store.load(path=str(site / STATISTICS_FILE), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        f"SELECT ?b ?m ?n {{ ?o a <{QB}Observation> ; <{PD}refBody> ?b ; "
        f"<{SDMX_DIMENSION}refPeriod> ?m ; <{PD}decisionCount> ?n }}"
    )
    assert isinstance(rows, ox.QuerySolutions)
    found: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["b"].value, row["m"].value)  # type: ignore[union-attr]
        assert key not in found, f"two observations of {key}"
        found[key] = int(row["n"].value)  # type: ignore[union-attr]
    return found


def _raw(site: Path, dump: str) -> dict[tuple[str, str], int]:
    """The raw count over the site's dump ``dump`` alone (no statistics loaded or computed)."""
    store = ox.Store()
    QueryStore(store).load(Input(site / dump, "rdf"))
    return dict(store_counts(store))


def _rows(store: QueryStore, query: Path | str) -> tuple[list[str], Counter[tuple[str, ...]]]:
    text = query if isinstance(query, str) else query.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(format_result(store.query(text), "csv"))))
    return rows[0], Counter(tuple(r) for r in rows[1:])


@pytest.mark.parametrize("name", ["examples_site", "generated_site"])
def test_published_counts_equal_the_raw_count_over_the_dumps(
    name: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue(name)
    published = _published(site)
    assert published, "nothing counted"
    # a site is loaded from its Turtle dump, which holds the N-Quads dump's statements once each
    assert [i.path.name for i in collect_inputs([site]) if i.kind == "rdf"] == ["paatosdata.ttl.gz"]
    assert published == _raw(site, "paatosdata.ttl.gz") == _raw(site, "paatosdata.nq.gz")


def test_generated_corpus_counts_every_item(generated_site: Path) -> None:
    published = _published(generated_site)
    assert sum(published.values()) == 300  # every generated item is a decision of minutes
    assert all(len(month) == 7 for _, month in published)


def test_held_back_and_agenda_items_are_not_counted(examples_site: Path) -> None:
    from paatosdata.config import Config

    sources = open_store([EXAMPLES], config=Config()).store
    from_sources = _rows(sources, DEFINING_QUERY)[1]
    from_site = _rows(open_store([examples_site]).store, DEFINING_QUERY)[1]
    # the site holds back items with violations: fewer decisions, never more
    assert sum(int(r[3]) for r in from_site.elements()) < sum(int(r[3]) for r in from_sources.elements())


def test_query_over_a_site_loads_the_published_statistics(examples_site: Path) -> None:
    inputs = collect_inputs([examples_site])
    assert [i.path.name for i in inputs if i.kind == "statistics"] == [STATISTICS_FILE]
    store = open_store([examples_site]).store
    header, rows = _rows(store, FROM_STATISTICS)
    assert (header, rows) == _rows(store, DEFINING_QUERY)
    assert rows


def test_a_site_of_every_example_gives_the_committed_answer(tmp_path: Path) -> None:
    """Published with nothing held back, the site's statistics answer as the sources do."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    site = tmp_path / "site"
    publish([EXAMPLES], site, Options(now=NOW, allow_invalid=True))
    expected = FROM_STATISTICS.with_suffix(".expected.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(expected, newline="")))
    from_site = _rows(open_store([site]).store, FROM_STATISTICS)
    assert [i.kind for i in collect_inputs([site])].count("statistics") == 1
    assert from_site == (rows[0], Counter(tuple(r) for r in rows[1:]))


def test_query_over_the_dump_alone_computes_the_same(examples_site: Path, tmp_path: Path) -> None:
    store = open_store([examples_site / "paatosdata.nq.gz"]).store
    assert _rows(store, FROM_STATISTICS) == _rows(open_store([examples_site]).store, FROM_STATISTICS)
    # on disk too, where the statistics are computed once, when the store is built
    on_disk = open_store([examples_site / "paatosdata.nq.gz"], tmp_path / "store").store
    assert _rows(on_disk, FROM_STATISTICS) == _rows(store, DEFINING_QUERY)


def test_two_sites_are_counted_over_their_merge(examples_site: Path, generated_site: Path) -> None:
    inputs = collect_inputs([examples_site, generated_site])
    assert not any(i.kind == "statistics" for i in inputs)  # computed, never two files added up
    store = open_store([examples_site, generated_site]).store
    header, rows = _rows(store, FROM_STATISTICS)
    assert (header, rows) == _rows(store, DEFINING_QUERY)
    assert sum(int(r[3]) for r in rows.elements()) == 300 + sum(_published(examples_site).values())


def _landing_table(site: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the landing page's table of decisions per body and month."""
    from lxml import etree

    parser = etree.HTMLParser(no_network=True, remove_blank_text=True)
    html = etree.parse(str(site / "index.html"), parser)
    tables = html.xpath("//h2[.='Decisions per body and month']/following-sibling::table[1]")
    assert len(tables) == 1
    rows = [["".join(cell.itertext()) for cell in row] for row in tables[0].iter("tr")]
    return rows[0], rows[1:]


@pytest.mark.parametrize("name", ["examples_site", "generated_site"])
def test_landing_page_shows_the_published_statistics(name: str, request: pytest.FixtureRequest) -> None:
    """The landing table is statistics.ttl: one row per body, every observation in its month's cell."""
    site: Path = request.getfixturevalue(name)
    header, rows = _landing_table(site)
    assert header[:2] == ["Municipality", "Body"]
    months = header[2:]
    shown = Counter(
        (row[0], row[1], month, cell) for row in rows for month, cell in zip(months, row[2:], strict=True)
    )
    zero = Counter({key: n for key, n in shown.items() if key[3] == "0"})
    published = _published(site)
    assert len(rows) == len({body for body, _ in published})
    assert sorted(months) == months == sorted({month for _, month in published})
    # the example query reads statistics.ttl over the site: its rows are the table's non-zero cells
    assert shown - zero == _rows(open_store([site]).store, FROM_STATISTICS)[1]
    assert sum(int(cell) for row in rows for cell in row[2:]) == sum(published.values())


def test_void_and_catalog_list_the_statistics(examples_site: Path) -> None:
    from paatosdata.publish.dumps import sha256_file

    void = Graph().parse(examples_site / "void.ttl")
    statistics = next(
        void.subjects(URIRef(VOID + "dataDump"), URIRef(f"https://w3id.org/paatosdata/{STATISTICS_FILE}"))
    )
    triples = len(Graph().parse(examples_site / STATISTICS_FILE))
    assert (statistics, URIRef(VOID + "triples"), Literal(triples, datatype=XSD.integer)) in void
    assert (statistics, RDF.type, URIRef(VOID + "Dataset")) in void
    catalog = Graph().parse(examples_site / "catalog.ttl")
    url = URIRef(f"https://w3id.org/paatosdata/{STATISTICS_FILE}")
    distribution = next(catalog.subjects(URIRef(DCAT + "downloadURL"), url))
    assert (None, URIRef(DCAT + "distribution"), distribution) in catalog
    checksum = sha256_file(examples_site / STATISTICS_FILE)
    assert checksum in (examples_site / "catalog.ttl").read_text(encoding="utf-8")


def test_observations_follow_the_data_cube_integrity_rules(examples_site: Path) -> None:
    graph = Graph().parse(examples_site / STATISTICS_FILE)
    qb = QB
    observations = set(graph.subjects(RDF.type, URIRef(qb + "Observation")))
    assert observations
    datasets = set(graph.subjects(RDF.type, URIRef(qb + "DataSet")))
    assert len(datasets) == 1
    structure = graph.value(next(iter(datasets)), URIRef(qb + "structure"))
    components = {
        graph.value(spec, URIRef(qb + kind))
        for spec in graph.objects(structure, URIRef(qb + "component"))
        for kind in ("dimension", "measure")
    } - {None}
    assert components == {
        URIRef(PD + "refBody"),
        URIRef(SDMX_DIMENSION + "refPeriod"),
        URIRef(PD + "decisionCount"),
    }
    keys = set()
    for observation in observations:
        assert set(graph.objects(observation, URIRef(qb + "dataSet"))) == datasets  # IC-1
        for component in components:  # IC-11, IC-14: every dimension and the measure, once
            assert len(list(graph.objects(observation, component))) == 1
        period = graph.value(observation, URIRef(SDMX_DIMENSION + "refPeriod"))
        assert isinstance(period, Literal) and period.datatype == XSD.gYearMonth
        keys.add((graph.value(observation, URIRef(PD + "refBody")), period))
    assert len(keys) == len(observations)  # IC-12: no two observations of the same body and month


def test_tally_reads_only_decisions_of_minutes() -> None:
    item, doc, meeting, body = (
        "https://e.fi/i/1",
        "<https://e.fi/d/1>",
        "<https://e.fi/m/1>",
        "<https://e.fi/b/1>",
    )
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

    def graph(kind: str, item_type: str = "Decision") -> bytes:
        return (
            f"<{item}> {rdf_type} <{PD}{item_type}> .\n"
            f"<{item}> <{PD}document> {doc} .\n"
            f"<{item}> <{PD}meeting> {meeting} .\n"
            f"{doc} {rdf_type} <{PD}{kind}> .\n"
            f'{meeting} <{PD}heldOn> "2026-05-07"^^<{XSD}date> .\n'
            f"{meeting} <{PD}body> {body} .\n"
        ).encode()

    tally = DecisionTally()
    tally.add(item, graph("Minutes"))
    tally.add(item.replace("1", "2"), graph("Minutes"))  # the graph is not about its own subject
    tally.add(item, graph("Agenda", "AgendaItem"))
    tally.add(item, graph("Agenda"))
    hidden = f'<{item}x> <{PD}title> "<{item}> {rdf_type} <{PD}Decision> ." .\n'.encode()
    tally.add(item, hidden + graph("Agenda"))  # the pattern inside a literal is not a triple
    assert dict(tally.counts) == {("https://e.fi/b/1", "2026-05"): 1}
    reordered = b"".join(reversed(graph("Minutes").splitlines(keepends=True))).rstrip(b"\n")
    unterminated = DecisionTally()
    unterminated.add(item, reordered)  # any order of lines, the last one without its line break
    assert unterminated.counts == tally.counts
    # the body's label, as the defining query gives it: municipality slug and body name
    assert tally.bodies == {"https://e.fi/b/1": ("", "")}
    labels = (
        f'{body} <{PD}name> "Sivistyslautakunta"@fi .\n'
        f"{body} <{PD}bodyOf> <https://e.fi/k/1> .\n"
        f'<https://e.fi/k/1> <{PD}slug> "kaislaranta" .\n'
    ).encode()
    tally.add(item, graph("Minutes") + labels)
    tally.add(
        item.replace("1", "3"), graph("Minutes").replace(b"/i/1", b"/i/3") + labels.replace(b"Siv", b"Ala")
    )
    assert tally.counts == Counter({("https://e.fi/b/1", "2026-05"): 3})
    assert tally.bodies == {"https://e.fi/b/1": ("kaislaranta", "Sivistyslautakunta")}  # the first given


def test_statistics_file_is_the_same_for_the_same_counts() -> None:
    counts = Counter({("https://e.fi/b/2", "2026-02"): 2, ("https://e.fi/b/1", "2026-05"): 1})
    first = statistics_turtle("https://e.fi", counts)
    assert first == statistics_turtle("https://e.fi", Counter(dict(reversed(list(counts.items())))))
    assert first.observations == 2
    assert len(Graph().parse(data=first.data, format="turtle")) == first.triples
