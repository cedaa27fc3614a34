"""Each resource file, read back by pyoxigraph and by rdflib, holds exactly the graph written."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from paatosdata.publish.html import json_script_bytes
from paatosdata.publish.rdfio import sorted_with_ntriples
from paatosdata.publish.rdfwrite import RESOURCE_PREFIXES, Written, write_resource

pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

PD = RESOURCE_PREFIXES["pd"]
XSD = RESOURCE_PREFIXES["xsd"]
EX = "https://example.org/akn/fi-x/item/1"
RDFLIB_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "rdf": "xml"}
OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML}

#: texts every syntax must carry exactly
TEXTS = [
    "",
    'quote " and \\ backslash',
    "line\nbreak\ttab\rreturn\r\n",
    "non-BMP 😀 𝔘 and ääkkönen Å 日本",
    "</script><script>alert(1)</script>",
    "]]> & &amp; <![CDATA[x]]> <!-- -->",
    "a\u2028b\u2029c",
    "https://w3id.org/paatosdata/def# inside a text",
    "\x7f delete",
]
#: C0 controls: Turtle and JSON-LD escape them; XML 1.0 cannot hold them at all, not even as references
CONTROLS = ["\x01 start of heading", "bell \x07 and \x1f"]
#: IRIs with unusual characters (all absolute)
IRIS = [
    EX,
    EX + "#decision",
    EX + "#a.b",
    "https://example.org/a%20b/ä~'()*!$,;=@:x",
    "https://example.org/q?x=1&y=<2>".replace("<", "%3C").replace(">", "%3E"),
    "urn:isbn:951-0-12345-6",
    PD + "a.b",
    PD + "1x",
    PD + "a-",
    PD + "a/b",
    PD + "",
    "http://data.europa.eu/m8g/Person",
    "http://www.w3.org/ns/org#Organization",
]


def _literals(texts: list[str]) -> list[ox.Literal]:
    out: list[ox.Literal] = []
    for text in texts:
        out.append(ox.Literal(text))
        for language in ("fi", "sv", "en-GB"):
            out.append(ox.Literal(text, language=language))
        out.append(ox.Literal(text, datatype=ox.NamedNode("https://example.org/def#custom")))
    return out


TYPED = [
    ox.Literal("2026-03-12", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("12", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("-0", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("007", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("0", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("1.50", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("12:00:00", datatype=ox.NamedNode(XSD + "time")),
]


def _graph(objects: list[ox.Literal | ox.NamedNode | ox.BlankNode], blank: bool = True) -> list[ox.Triple]:
    subject = ox.NamedNode(EX)
    person = ox.BlankNode("private")
    triples = [
        ox.Triple(subject, ox.NamedNode(RESOURCE_PREFIXES["rdf"] + "type"), ox.NamedNode(PD + "Decision")),
        ox.Triple(subject, ox.NamedNode(RESOURCE_PREFIXES["rdf"] + "type"), ox.NamedNode(PD + "Item")),
    ]
    for index, term in enumerate(objects):
        triples.append(ox.Triple(subject, ox.NamedNode(PD + f"p{index % 3}"), term))
    for iri in IRIS:
        triples.append(ox.Triple(ox.NamedNode(iri), ox.NamedNode(PD + "x"), subject))
        triples.append(ox.Triple(subject, ox.NamedNode(PD + "y"), ox.NamedNode(iri)))
    if blank:
        triples.append(ox.Triple(subject, ox.NamedNode(PD + "preparer"), person))
        triples.append(ox.Triple(person, ox.NamedNode("http://xmlns.com/foaf/0.1/name"), ox.Literal("Matti")))
    return triples


def _written(triples: list[ox.Triple]) -> tuple[Written, bytes]:
    ordered, ntriples = sorted_with_ntriples(set(triples), "scope")
    return write_resource(ordered), ntriples


def _check(written: Written, ntriples: bytes, formats: tuple[str, ...] = ("ttl", "jsonld", "rdf")) -> None:
    expected = rdflib.Graph().parse(data=ntriples.decode(), format="nt")
    assert len(expected) > 0
    for extension in formats:
        data: bytes = getattr(written, extension)
        by_rdflib = rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[extension])
        assert isomorphic(by_rdflib, expected), extension
        again = ox.serialize(ox.parse(data, format=OX_FORMATS[extension]), format=ox.RdfFormat.N_TRIPLES)
        assert again is not None
        by_oxigraph = rdflib.Graph().parse(data=again.decode(), format="nt")
        assert isomorphic(by_oxigraph, expected), extension


def test_hostile_literals_iris_and_blank_nodes_read_back_as_written() -> None:
    written, ntriples = _written(_graph([*_literals(TEXTS), *TYPED]))
    _check(written, ntriples)


def test_a_local_name_ending_with_a_dot_reads_back_in_pyoxigraph() -> None:
    # written ``pd:x\\.`` (valid Turtle 1.1, PN_LOCAL_ESC), which rdflib 7 cannot read
    triples = [ox.Triple(ox.NamedNode(EX), ox.NamedNode(PD + "y"), ox.NamedNode(PD + "x."))]
    written, ntriples = _written(triples)
    for extension, fmt in OX_FORMATS.items():
        again = ox.serialize(ox.parse(getattr(written, extension), format=fmt), format=ox.RdfFormat.N_TRIPLES)
        assert again == ntriples
    _check(written, ntriples, ("jsonld", "rdf"))


def test_control_characters_read_back_from_turtle_and_json_ld() -> None:
    written, ntriples = _written(_graph(_literals(CONTROLS)))
    _check(written, ntriples, ("ttl", "jsonld"))


def test_files_use_the_prefixes() -> None:
    written, _ = _written(_graph([ox.Literal("Päätös", language="fi"), *TYPED]))
    for name, namespace in RESOURCE_PREFIXES.items():
        assert f"@prefix {name}: <{namespace}> .".encode() in written.ttl
        assert f'xmlns:{name}="{namespace}"'.encode() in written.rdf
    assert b"a pd:Decision" in written.ttl or b"a pd:Item" in written.ttl
    assert b'"2026-03-12"^^xsd:date' in written.ttl
    assert b"<pd:p0" in written.rdf
    assert f'xmlns="{PD}"'.encode() not in written.rdf
    nodes = {node["@id"]: node for node in json.loads(written.jsonld)}  # expanded JSON-LD
    decision = nodes[EX]
    rdf_type = RESOURCE_PREFIXES["rdf"] + "type"
    assert sorted(value["@id"] for value in decision[rdf_type]) == [PD + "Decision", PD + "Item"]
    values = [v for key in ("p0", "p1", "p2") for v in decision[PD + key]]
    assert {"@value": "Päätös", "@language": "fi"} in values
    assert {"@value": "2026-03-12", "@type": XSD + "date"} in values


def test_json_ld_is_safe_inside_a_script_element() -> None:
    written, ntriples = _written(_graph(_literals(TEXTS)))
    element = json_script_bytes(written.jsonld)
    assert element.count(b"</script") == 1  # the element's own end
    embedded = element.split(b"\n", 1)[1].rsplit(b"\n", 1)[0]
    for raw in (b"<", b">", b"&"):
        assert raw not in embedded
    expected = rdflib.Graph().parse(data=ntriples.decode(), format="nt")
    assert isomorphic(rdflib.Graph().parse(data=embedded, format="json-ld"), expected)


@pytest.mark.parametrize(
    "term",
    [
        ox.Literal(PD + "Decision"),  # a literal that reads like an IRI of a prefix
        ox.NamedNode("pd:Decision"),  # an IRI whose scheme is a prefix name
        ox.NamedNode(PD + "//x"),  # a namespace followed by //
        ox.NamedNode("http://data.europa.eu/m8g//x"),
    ],
)
def test_terms_that_look_prefixed_read_back_as_written(term: ox.Literal | ox.NamedNode) -> None:
    written, ntriples = _written(_graph([term]))
    _check(written, ntriples)


def test_the_same_graph_gives_the_same_bytes() -> None:
    triples = _graph([*_literals(TEXTS[:3]), *TYPED], blank=False)
    first, _ = _written(triples)
    second, _ = _written(list(reversed(triples)))
    assert first == second


def _published_graphs(site: Path) -> dict[str, rdflib.Graph]:
    graphs: dict[str, rdflib.Graph] = {}
    data = gzip.decompress((site / "paatosdata.nq.gz").read_bytes())
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        graph = graphs.setdefault(quad.graph_name.value, rdflib.Graph())  # type: ignore[union-attr]
        line = ox.serialize(
            [ox.Triple(quad.subject, quad.predicate, quad.object)], format=ox.RdfFormat.N_TRIPLES
        )
        assert line is not None
        graph.parse(data=line.decode(), format="nt")
    return graphs


def _check_site(site: Path) -> int:
    """Every resource's three files against its graph in the N-Quads dump; how many resources."""
    graphs = _published_graphs(site)
    checked = 0
    for turtle in sorted(site.rglob("index.ttl")):
        folder = turtle.parent
        if not (folder / "index.akn.xml").is_file():
            continue
        iri = next(iri for iri in graphs if iri.endswith("/" + folder.relative_to(site).as_posix()))
        for extension, fmt in RDFLIB_FORMATS.items():
            data = (folder / f"index.{extension}").read_bytes()
            assert isomorphic(rdflib.Graph().parse(data=data, format=fmt), graphs[iri]), (folder, extension)
            again = ox.serialize(ox.parse(data, format=OX_FORMATS[extension]), format=ox.RdfFormat.N_TRIPLES)
            assert again is not None
            assert isomorphic(rdflib.Graph().parse(data=again.decode(), format="nt"), graphs[iri])
        checked += 1
    dump = gzip.decompress((site / "paatosdata.ttl.gz").read_bytes())
    for name, namespace in RESOURCE_PREFIXES.items():
        assert f"@prefix {name}: <{namespace}> .".encode() in dump
    return checked


def test_examples_publish_files_that_hold_their_graphs(tmp_path: Path) -> None:
    from paatosdata.publish.site import Options, publish
    from tests.conftest import EXAMPLES

    site = tmp_path / "site"
    publish([EXAMPLES], site, Options(validator=None, allow_invalid=True))
    assert _check_site(site) >= 10


def test_a_generated_corpus_publishes_files_that_hold_their_graphs(tmp_path: Path) -> None:
    from benchmarks.publish_bench import documents
    from paatosdata.publish.site import Options, publish

    site = tmp_path / "site"
    publish(list(documents(30)), site, Options(validator=None))  # type: ignore[arg-type]
    assert _check_site(site) == 30 + 3


def _written_at_once(triples: list[ox.Triple]) -> Written:
    return write_resource(list(triples))  # a plain list: no pieces to reuse


def test_graphs_sharing_a_part_write_the_same_bytes_as_alone() -> None:
    """Shared runs reused from graph to graph, with own lines before, between, after and within
    them, give exactly the files each graph gives written at once."""
    from paatosdata.mapping import OxParts
    from paatosdata.publish.rdfwrite import SortedTriples

    p, q = ox.NamedNode(PD + "p"), ox.NamedNode(PD + "q")
    subjects = [ox.NamedNode(f"{EX}/{name}") for name in ("b", "d", "f", "h")]
    shared = frozenset(
        ox.Triple(s, p, o)
        for s in subjects
        for o in [ox.Literal(f"{s.value} {i}", language="fi") for i in range(3)] + [subjects[0]]
    )
    owns = [
        [ox.Triple(ox.NamedNode(f"{EX}/{name}"), q, ox.Literal(name)) for name in ("a", "c", "e")],
        [ox.Triple(ox.NamedNode(f"{EX}/{name}"), q, ox.Literal(name)) for name in ("c", "i")],
        [ox.Triple(subjects[1], q, ox.Literal("within d")), ox.Triple(subjects[3], p, ox.Literal("x"))],
        [ox.Triple(ox.NamedNode(f"{EX}/g"), q, ox.Literal("g"))],
        [],
    ]
    pieced = 0
    for _ in range(2):  # the second round reuses what the first one wrote
        for own in owns:
            triples, _ = sorted_with_ntriples(OxParts(shared, own), "scope")
            if isinstance(triples, SortedTriples) and triples.pieces:
                pieced += 1
                assert any(reused is not None for _, _, reused in triples.pieces)
            assert write_resource(triples) == _written_at_once(triples)
    assert pieced >= len(owns)


def test_items_of_one_meeting_write_the_same_bytes_as_alone(full_doc: object) -> None:
    """The items of a document published one after the other, as the publisher does."""
    import dataclasses

    from paatosdata import mapping
    from paatosdata.config import Config
    from paatosdata.model import Document
    from paatosdata.publish.rdfwrite import SortedTriples

    assert isinstance(full_doc, Document)
    config = Config(base="https://example.org")
    pieced = 0
    with mapping.shared_parts():
        for _ in range(2):
            for item in full_doc.items:
                one = dataclasses.replace(full_doc, items=[item], sections=[])
                triples, _ = sorted_with_ntriples(mapping.published_item_ox_parts(one, item, config), "i")
                pieced += isinstance(triples, SortedTriples) and bool(triples.pieces)
                assert write_resource(triples) == _written_at_once(triples)
    assert pieced > 0


def test_graphs_written_together_give_the_bytes_written_alone() -> None:
    """One call per format for several graphs (own pieces, shared ones written for none yet, whole
    graphs) gives each graph's files as written alone; so does the way back when the output cannot
    be cut (a graph naming the marker's IRI)."""
    from paatosdata.mapping import OxParts
    from paatosdata.publish.rdfwrite import SortedTriples, _batched, _envelopes, write_resources

    p, q = ox.NamedNode(PD + "p"), ox.NamedNode(PD + "q")
    subjects = [ox.NamedNode(f"{EX}/{name}") for name in ("b", "d", "f", "h")]
    texts = [ox.Literal(text) for text in TEXTS[1:4]]
    shared = frozenset(
        ox.Triple(s, p, o)
        for s in subjects
        for o in [*texts, ox.Literal(s.value, language="fi"), subjects[0]]
    )
    owns = [
        [
            ox.Triple(ox.NamedNode(f"{EX}/{name}"), q, ox.Literal(name + "\r\n\"'"))
            for name in ("a", "c", "e")
        ],
        [ox.Triple(ox.NamedNode(f"{EX}/{name}"), q, ox.Literal(name)) for name in ("c", "i")],
        [ox.Triple(subjects[1], q, ox.Literal("within d")), ox.Triple(subjects[3], p, ox.Literal("x\ny"))],
        [ox.Triple(ox.NamedNode(f"{EX}/g"), q, ox.Literal("g"))],
        [ox.Triple(subjects[0], q, ox.Literal("b again"))],  # ends where the next graph begins
        [ox.Triple(ox.NamedNode(f"{EX}/b"), q, ox.Literal("b, once more"))],
    ]
    graphs: list[list[ox.Triple]] = [sorted_with_ntriples(OxParts(shared, own), "s")[0] for own in owns]
    assert sum(isinstance(g, SortedTriples) and bool(g.pieces) for g in graphs) >= 4
    blank, _ = sorted_with_ntriples(set(_graph([*_literals(TEXTS), *TYPED])), "scope")  # blank nodes
    marked = [*blank, ox.Triple(ox.NamedNode("urn:x-paatosdata:marker"), p, ox.Literal("x"))]
    turtle, _, xml = _envelopes()
    for envelope in (turtle, xml):  # cut apart, or not at all
        assert _batched([*graphs, blank], envelope) is not None
        assert _batched([graphs[0], marked], envelope) is None
    for together in ([blank], graphs[:1], [*graphs, blank], [graphs[0], marked, graphs[1]]):
        assert write_resources(together) == [_written_at_once(triples) for triples in together]
    # what was written for the shared pieces is reused by graphs written later, together or alone
    later = [sorted_with_ntriples(OxParts(shared, own), "s")[0] for own in owns]
    assert write_resources(later[:3]) + [write_resource(g) for g in later[3:]] == [
        _written_at_once(triples) for triples in later
    ]
