"""publish: the site, its dumps and metadata, and the rules that protect people and data."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from paatosdata.model import Body, Document
from paatosdata.publish.site import Options, publish
from tests.publish.helpers import private_person, site_bytes

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


def _options(**kw: object) -> Options:
    options = Options(validator=None, now=NOW)
    for key, value in kw.items():
        setattr(options, key, value)
    return options


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_site_has_every_representation(full_doc: Document, seed_doc: Document, tmp_path: Path) -> None:
    site = tmp_path / "site"
    summary = publish([full_doc, seed_doc], site, _options())
    assert summary.coverage.read == 4 and summary.coverage.published == 4
    item_dirs = {p.parent for p in site.rglob("index.akn.xml")}
    assert len(item_dirs) == 4 + 2  # items and meetings
    for folder in item_dirs:
        names = {p.name for p in folder.iterdir() if p.is_file()}
        assert {"index.html", "index.ttl", "index.jsonld", "index.rdf", "index.akn.xml"} <= names
        graph = rdflib.Graph().parse(folder / "index.ttl")
        assert len(graph) > 0
        assert rdflib.compare.isomorphic(graph, rdflib.Graph().parse(folder / "index.rdf", format="xml"))
        assert rdflib.compare.isomorphic(
            graph, rdflib.Graph().parse(folder / "index.jsonld", format="json-ld")
        )
        html = (folder / "index.html").read_text(encoding="utf-8")
        assert '<script type="application/ld+json">' in html
    for name in (
        "index.html",
        "catalog.ttl",
        "catalog.jsonld",
        "void.ttl",
        "coverage.json",
        "nginx.conf",
        "SHA256SUMS",
        "paatosdata.nq.gz",
        "paatosdata.ttl.gz",
        "feed/index.jsonld",
        "feed/state.json",
    ):
        assert (site / name).is_file(), name
    assert (site / "ontology" / "paatosdata.ttl").is_file()
    landing = (site / "index.html").read_text(encoding="utf-8")
    assert "<svg" not in landing or "level" in landing
    sums = (site / "SHA256SUMS").read_text().split("\n")
    import hashlib

    for line in filter(None, sums):
        digest, name = line.split("  ")
        assert hashlib.sha256((site / name).read_bytes()).hexdigest() == digest


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
def test_void_counts_match_the_dumps(full_doc: Document, seed_doc: Document, tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish([full_doc, seed_doc], site, _options())
    void = rdflib.Graph().parse(site / "void.ttl")
    dataset = rdflib.URIRef("https://w3id.org/paatosdata/void#dataset")
    named = rdflib.URIRef("https://w3id.org/paatosdata/void#named-graphs")
    triples = int(void.value(dataset, VOID.triples))
    quads = int(void.value(named, VOID.triples))
    ttl = gzip.decompress((site / "paatosdata.ttl.gz").read_bytes())
    nq = gzip.decompress((site / "paatosdata.nq.gz").read_bytes())
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) == triples
    store = ox.Store()
    store.load(ttl, ox.RdfFormat.TURTLE)
    assert len(store) == triples
    quad_store = ox.Store()
    quad_store.load(nq, ox.RdfFormat.N_QUADS)
    assert len(quad_store) == quads
    union = {(q.subject, q.predicate, q.object) for q in quad_store}
    # a statement may be in several graphs of the N-Quads dump; the Turtle dump holds each one once
    assert union == {(t.subject, t.predicate, t.object) for t in store}
    dataset_rdflib = rdflib.Dataset()
    dataset_rdflib.parse(data=nq, format="nquads")
    assert (
        sum(len(g) for g in dataset_rdflib.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
        == quads
    )
    classes = {
        (p, c) for p in void.objects(dataset, VOID.classPartition) for c in void.objects(p, VOID["class"])
    }
    assert classes and int(void.value(dataset, VOID.classes)) == len(classes)
    for part in void.objects(dataset, VOID.propertyPartition):
        prop = void.value(part, VOID.property)
        count = int(void.value(part, VOID.triples))
        assert count == len(list(store.quads_for_pattern(None, ox.NamedNode(str(prop)), None)))


def test_publishing_twice_changes_no_byte_and_jobs_do_not_matter(
    full_doc: Document, seed_doc: Document, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    first = publish([full_doc, seed_doc], site, _options())
    before = site_bytes(site)
    later = publish([full_doc, seed_doc], site, _options(now=datetime(2026, 3, 4, tzinfo=UTC)))
    assert first.events > 0 and later.events == 0
    assert site_bytes(site) == before
    other = tmp_path / "other"
    publish([full_doc, seed_doc], other, _options(jobs=2))
    assert site_bytes(other) == before


def test_change_feed_records_updates_and_tombstones(
    full_doc: Document, seed_doc: Document, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    publish([full_doc, seed_doc], site, _options())
    full_doc.items[0].decision = "Muutettu päätös."
    publish([full_doc], site, _options(now=datetime(2026, 3, 5, tzinfo=UTC)))
    page = json.loads((site / "feed" / "page-1.jsonld").read_text(encoding="utf-8"))
    kinds = [(a["type"], a["change"]) for a in page["orderedItems"]]
    assert ("Update", "updated") in kinds
    deleted = [a for a in page["orderedItems"] if a["type"] == "Delete"]
    assert deleted and all(a["object"]["type"] == "Tombstone" for a in deleted)
    tomb = next(a["object"] for a in deleted if "statement" in a["object"]["id"])
    assert tomb["section"] == "28" and tomb["date"] == "2026-05-07" and tomb["name"] and tomb["body"]
    assert all(
        a["published"] == "2026-03-05T00:00:00+00:00" for a in page["orderedItems"][-len(deleted) - 1 :]
    )
    assert not any(p for p in site.rglob("*") if "tyollisyysaluelautakunta/2026-05-07/28" in p.as_posix())


def test_confidential_text_appears_in_no_file(full_doc: Document, tmp_path: Path) -> None:
    site = tmp_path / "site"
    publish([full_doc], site, _options())
    files = site_bytes(site)
    for secret in ("Salainen päätösteksti", "Salaiset perustelut", "Salassa pidettävä henkilöstöasia"):
        leaks = [name for name, data in files.items() if secret.encode() in data]
        assert leaks == [], (secret, leaks)
    assert any(b"Henkil\xc3\xb6st\xc3\xb6asia" in data for data in files.values())
    assert any(
        b"JulkL 24 \xc2\xa7 1 mom. 32 k" in data for name, data in files.items() if name.endswith(".ttl")
    )


def test_identity_codes_appear_in_no_file(seed_doc: Document, tmp_path: Path) -> None:
    code = "131052-308T"
    seed_doc.items[0].decision = f"Hakija {code} sai luvan."
    seed_doc.items[0].title = f"Hakemus,{code}"
    site = tmp_path / "site"
    publish([seed_doc], site, _options())
    leaks = [name for name, data in site_bytes(site).items() if code.encode() in data]
    assert leaks == []
    assert any("henkilötunnus poistettu".encode() in d for d in site_bytes(site).values())


def test_private_personal_data_removed_after_the_period(seed_doc: Document, tmp_path: Path) -> None:
    name = private_person(seed_doc)
    seed_doc.items[0].decision = f"Myönnetään lupa hakijalle {name}."
    site = tmp_path / "site"
    publish([seed_doc], site, _options(now=datetime(2026, 5, 20, tzinfo=UTC)))
    assert any(name.encode() in d for d in site_bytes(site).values())
    publish([seed_doc], site, _options(now=datetime(2026, 7, 1, tzinfo=UTC)))
    assert not any(name.encode() in d for d in site_bytes(site).values())
    page = json.loads((site / "feed" / "page-1.jsonld").read_text(encoding="utf-8"))
    redactions = [a for a in page["orderedItems"] if a["change"] == "redacted"]
    assert len(redactions) == 1 and redactions[0]["type"] == "Update"
    assert redactions[0]["published"].startswith("2026-07-01")


def test_items_with_violations_are_held_back(full_doc: Document, tmp_path: Path) -> None:
    full_doc.items[0].title = "HYLÄTTY asia"
    site = tmp_path / "site"
    summary = publish([full_doc], site, _options(validator="tests.publish.helpers:rejecting"))
    assert summary.coverage.published == 2
    coverage = json.loads((site / "coverage.json").read_text(encoding="utf-8"))
    assert coverage["items"] == {"held": 1, "published": 2, "read": 3}
    assert coverage["held"][0]["reasons"] == ["FI-001: planted violation"]
    assert coverage["levels"] == {"2 legally complete": 2}
    catalog = (site / "catalog.ttl").read_text(encoding="utf-8")
    assert "dqv:QualityMeasurement" in catalog and "items-at-level-2" in catalog
    assert "HYLÄTTY asia" in (site / "index.html").read_text(encoding="utf-8")
    assert not any(b"HYL\xc3\x84TTY" in d for n, d in site_bytes(site).items() if n.endswith(".ttl.gz!"))
    allowed = publish(
        [full_doc],
        tmp_path / "all",
        _options(validator="tests.publish.helpers:rejecting", allow_invalid=True),
    )
    assert allowed.coverage.published == 3
    assert [f["violations"] for f in allowed.coverage.flagged] == [["FI-001: planted violation"]]


def test_hostile_values_stay_inside_the_site_and_are_escaped(seed_doc: Document, tmp_path: Path) -> None:
    seed_doc.meeting.body.slug = "../../../../etc"
    assert seed_doc.meeting.municipality is not None
    seed_doc.meeting.municipality.slug = "/root/.ssh"
    seed_doc.items[0].number = "/../" + "x" * 300 + "\x00"
    seed_doc.items[0].title = "<script>alert(1)</script></script>"
    site = tmp_path / "out" / "site"
    publish([seed_doc], site, _options())
    for path in (tmp_path / "out").rglob("*"):
        assert path.resolve().is_relative_to(site.resolve())
        assert len(path.name.encode()) <= 120
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text
    assert any("&lt;script&gt;alert(1)" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert b"\x00" not in b"".join(str(p).encode() for p in site.rglob("*"))


def test_unreadable_inputs_are_listed(tmp_path: Path, seed_doc: Document) -> None:
    bad = tmp_path / "in" / "broken.md"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    site = tmp_path / "site"
    summary = publish([bad.parent, seed_doc], site, _options())
    assert summary.coverage.unreadable and summary.coverage.unreadable[0]["path"].endswith("broken.md")
    assert "broken.md" in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")
@pytest.mark.parametrize("name", ["catalog.ttl", "catalog.jsonld"])
def test_catalog_has_the_mandatory_properties(full_doc: Document, tmp_path: Path, name: str) -> None:
    site = tmp_path / "site"
    publish([full_doc], site, _options())
    g = rdflib.Graph().parse(site / name, format="json-ld" if name.endswith("jsonld") else "turtle")
    dcat, dct, foaf, spdx = (
        rdflib.Namespace(n)
        for n in (
            "http://www.w3.org/ns/dcat#",
            "http://purl.org/dc/terms/",
            "http://xmlns.com/foaf/0.1/",
            "http://spdx.org/rdf/terms#",
        )
    )
    rdf_type = rdflib.RDF.type
    catalog = next(g.subjects(rdf_type, dcat.Catalog))
    for prop in (dct.title, dct.description, dct.publisher, dcat.dataset):
        assert g.value(catalog, prop) is not None, prop
    dataset = g.value(catalog, dcat.dataset)
    assert g.value(dataset, dct.title) and g.value(dataset, dct.description)
    assert str(g.value(dataset, dct.license) or g.value(catalog, dct.license)) == (
        "http://creativecommons.org/licenses/by/4.0/"
    )
    assert g.value(g.value(catalog, dct.publisher), foaf.name) is not None
    period = g.value(dataset, dct.temporal)
    assert str(g.value(period, dcat.startDate)) == "2026-03-02"
    assert len(list(g.objects(dataset, dct.conformsTo))) == 2
    distributions = list(g.objects(dataset, dcat.distribution))
    sizes = {}
    for dist in distributions:
        assert g.value(dist, dcat.accessURL) is not None and g.value(dist, dcat.mediaType) is not None
        checksum = g.value(dist, spdx.checksum)
        assert g.value(checksum, spdx.algorithm) and g.value(checksum, spdx.checksumValue)
        url = str(g.value(dist, dcat.downloadURL))
        sizes[url] = int(g.value(dist, dcat.byteSize))
        if url.endswith(".gz"):  # a dump: its size and checksum are those of the file written
            data = (site / url.rsplit("/", 1)[1]).read_bytes()
            assert sizes[url] == len(data)
            assert str(g.value(checksum, spdx.checksumValue)) == hashlib.sha256(data).hexdigest()
    assert sizes["https://w3id.org/paatosdata/paatosdata.nq.gz"] == (site / "paatosdata.nq.gz").stat().st_size
    assert "https://w3id.org/paatosdata/paatosdata.ttl.gz" in sizes


def test_catalog_conforms_to_dcat_ap_shapes(full_doc: Document, tmp_path: Path) -> None:
    from pyshacl import validate

    shapes = Path(__file__).resolve().parents[2].parent / "shared" / "standards" / "dcat-ap-3.0.1"
    if not (shapes / "dcat-ap-SHACL.ttl").is_file():
        pytest.skip("the DCAT-AP 3.0.1 shapes (../shared/standards) are not available")
    site = tmp_path / "site"
    publish([full_doc], site, _options())
    data = rdflib.Graph().parse(site / "catalog.ttl")
    shapes_graph = rdflib.Graph().parse(shapes / "dcat-ap-SHACL.ttl")
    conforms, _, text = validate(data, shacl_graph=shapes_graph, inference="none")
    assert conforms, text


def test_confidential_examples_publish_only_a_mention(tmp_path: Path) -> None:
    from paatosdata.parse import read_path
    from tests.conftest import EXAMPLES

    secret_lines: set[str] = set()
    public_lines: set[str] = set()
    for path in sorted(p for p in EXAMPLES.iterdir() if p.is_file()):  # examples/queries/ is a folder
        for doc in read_path(path):
            for item in doc.items:
                texts = [s.text for s in item.sections] + [item.proposal or "", item.decision or ""]
                lines = {
                    line.strip() for text in texts for line in text.splitlines() if len(line.strip()) > 30
                }
                if item.confidentiality is not None and item.confidentiality.whole_item:
                    secret_lines |= lines
                else:
                    public_lines |= lines
    # lines only a confidential item holds (a preparer's name may also stand under public items)
    secrets = sorted(secret_lines - public_lines)
    assert len(secrets) >= 4
    site = tmp_path / "site"
    publish([EXAMPLES], site, _options(allow_invalid=True))
    files = site_bytes(site)
    for secret in secrets:
        leaks = [name for name, data in files.items() if secret.encode() in data]
        assert leaks == [], (secret, leaks)


def test_the_example_query_on_the_landing_page_answers(seed_doc: Document, tmp_path: Path) -> None:
    from paatosdata.publish.landing import EXAMPLE_QUERY

    site = tmp_path / "site"
    publish([seed_doc], site, _options())
    store = ox.Store()
    store.load(gzip.decompress((site / "paatosdata.nq.gz").read_bytes()), ox.RdfFormat.N_QUADS)
    rows = list(store.query(EXAMPLE_QUERY, use_default_graph_as_union=True))
    assert rows and str(rows[0]["item"].value).endswith("/2026-05-07/28")
    assert "pd:heldOn" in (site / "index.html").read_text(encoding="utf-8")


def test_an_undated_meeting_is_held_back_and_the_run_goes_on(tmp_path: Path, seed_doc: Document) -> None:
    undated = dataclasses.replace(
        seed_doc, meeting=dataclasses.replace(seed_doc.meeting, date=None, body=Body("Päivätön lautakunta"))
    )
    site = tmp_path / "site"
    summary = publish([undated, seed_doc], site, _options())
    assert summary.coverage.published == len(seed_doc.items)
    reasons = " ".join(entry["reason"] for entry in summary.coverage.unreadable)
    assert "meeting cannot be rendered" in reasons and "date" in reasons
    assert "Päivätön" not in gzip.decompress((site / "paatosdata.nq.gz").read_bytes()).decode("utf-8")
