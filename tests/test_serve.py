"""``paatosdata serve``: the SPARQL protocol with a real client, limits, CORS and the static site."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

from paatosdata.serve import serving
from tests.conftest import EXAMPLES
from tests.sparql_site import build_site, example_documents

pytestmark = pytest.mark.slow

PD = "https://w3id.org/paatosdata/def#"
TIMEOUT = 2.0
LIMIT = 50


class Running:
    """A running server and what the tests need to know about it."""

    def __init__(self, base: str, site: Path, items: dict[str, Graph]) -> None:
        self.base = base
        self.site = site
        self.items = items
        self.host, port = base.removeprefix("http://").rstrip("/").split(":")
        self.port = int(port)

    def raw(
        self, method: str, path: str, headers: dict[str, str] | None = None, body: bytes | None = None
    ) -> Any:
        """Send exactly ``path`` (no client-side normalisation) and return the response."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.data = response.read()
        connection.close()
        return response


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    site = tmp_path_factory.mktemp("site")
    items = build_site(site, example_documents(EXAMPLES))
    with serving(site, port=0, timeout=TIMEOUT, limit=LIMIT, workers=2) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        host, port = httpd.server_address[:2]
        try:
            yield Running(f"http://{host!s}:{port}/", site, items)
        finally:
            httpd.shutdown()
            thread.join(5)


def _client(server: Running) -> SPARQLWrapper:
    return SPARQLWrapper(server.base + "sparql")


def test_select_with_sparqlwrapper(server: Running) -> None:
    client = _client(server)
    client.setQuery(f"PREFIX pd: <{PD}> SELECT ?n WHERE {{ ?i a pd:Decision ; pd:sectionNumber ?n }}")
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    assert isinstance(answer, dict)
    numbers = sorted(b["n"]["value"] for b in answer["results"]["bindings"])
    expected = sorted(
        str(n)
        for g in server.items.values()
        for i in g.subjects(URIRef(PD + "sectionNumber"), None)
        for n in g.objects(i, URIRef(PD + "sectionNumber"))
        if (i, None, URIRef(PD + "Decision")) in g
    )
    assert numbers == expected and len(numbers) > 5


def test_select_by_post(server: Running) -> None:
    client = _client(server)
    client.setMethod(POST)
    client.setQuery(
        f"PREFIX pd: <{PD}> SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?i a pd:Item ; pd:document ?d }}"
    )
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    assert isinstance(answer, dict)
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == len(server.items)


def test_ask_with_sparqlwrapper(server: Running) -> None:
    client = _client(server)
    client.setReturnFormat(JSON)
    client.setQuery(f"ASK {{ ?s a <{PD}VoteEvent> }}")
    assert client.query().convert() == {"head": {}, "boolean": True}
    client.setQuery(f"ASK {{ ?s a <{PD}NoSuchClass> }}")
    assert client.query().convert() == {"head": {}, "boolean": False}


def test_construct_with_sparqlwrapper(server: Running) -> None:
    path, graph = next(iter(sorted(server.items.items())))
    iri = "https://w3id.org/paatosdata" + path
    client = _client(server)
    client.setQuery(f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}")
    client.setReturnFormat(TURTLE)
    data = client.query().convert()
    received = Graph().parse(data=data, format="turtle")
    expected = Graph()
    for triple in graph.triples((URIRef(iri), None, None)):
        expected.add(triple)
    assert len(received) > 5 and isomorphic(received, expected)


def test_construct_as_jsonld_by_accept(server: Running) -> None:
    query = quote(f"CONSTRUCT {{ ?s a <{PD}Body> }} WHERE {{ ?s a <{PD}Body> }}")
    response = server.raw("GET", f"/sparql?query={query}", {"Accept": "application/ld+json"})
    assert response.status == 200 and response.getheader("Content-Type") == "application/ld+json"
    assert len(json.loads(response.data)) >= 3


def test_results_formats_by_accept_and_format(server: Running) -> None:
    query = quote(f"SELECT ?b WHERE {{ ?b a <{PD}Body> }} ORDER BY ?b")
    csv_response = server.raw("GET", f"/sparql?query={query}", {"Accept": "text/csv"})
    assert csv_response.getheader("Content-Type").startswith("text/csv")
    assert csv_response.data.decode().startswith("b\r\nhttps://w3id.org/paatosdata/id/body/")
    xml_response = server.raw("GET", f"/sparql?query={query}&format=xml")
    assert xml_response.getheader("Content-Type") == "application/sparql-results+xml"
    assert b'<sparql xmlns="http://www.w3.org/2005/sparql-results#">' in xml_response.data
    tsv_response = server.raw("GET", f"/sparql?query={query}", {"Accept": "text/tab-separated-values"})
    assert tsv_response.data.decode().startswith("?b\n<https://w3id.org/paatosdata/id/body/")


def test_post_sparql_query_body(server: Running) -> None:
    response = server.raw(
        "POST",
        "/sparql",
        {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        f"ASK {{ ?s a <{PD}Meeting> }}".encode(),
    )
    assert response.status == 200 and json.loads(response.data)["boolean"] is True


def test_updates_are_refused(server: Running) -> None:
    client = _client(server)
    client.setMethod(POST)
    client.setQuery(f"INSERT DATA {{ <{PD}x> <{PD}y> <{PD}z> }}")
    with pytest.raises(HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    form = server.raw(
        "POST",
        "/sparql",
        {"Content-Type": "application/x-www-form-urlencoded"},
        urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode(),
    )
    assert form.status == 403 and b"read-only" in form.data
    body = server.raw("POST", "/sparql", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL")
    assert body.status == 403
    get = server.raw("GET", "/sparql?update=" + quote("DROP ALL"))
    assert get.status == 403
    # and the data is all still there
    count = server.raw("GET", "/sparql?query=" + quote(f"ASK {{ ?s a <{PD}Decision> }}"))
    assert json.loads(count.data)["boolean"] is True


def test_bad_query_and_service_are_400(server: Running) -> None:
    bad = server.raw("GET", "/sparql?query=" + quote("SELECT * WHERE {"))
    assert bad.status == 400 and bad.data.startswith(b"bad query: ")
    service = server.raw(
        "GET", "/sparql?query=" + quote("SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    )
    assert service.status == 400 and b"SERVICE is not allowed" in service.data


def test_runaway_query_is_stopped(server: Running) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    start = time.monotonic()
    response = server.raw("GET", "/sparql?query=" + quote(runaway))
    elapsed = time.monotonic() - start
    assert response.status == 503 and b"was stopped" in response.data
    assert elapsed < TIMEOUT + 3
    # the killed worker is replaced: the endpoint keeps answering
    deadline = time.monotonic() + 30
    while True:
        after = server.raw("GET", "/sparql?query=" + quote("ASK { ?s ?p ?o }"))
        if after.status == 200 or time.monotonic() > deadline:
            break
    assert after.status == 200 and json.loads(after.data)["boolean"] is True


def test_result_limit(server: Running) -> None:
    response = server.raw("GET", "/sparql?query=" + quote("SELECT * { ?s ?p ?o }"))
    bindings = json.loads(response.data)["results"]["bindings"]
    assert len(bindings) == LIMIT and response.getheader("Paatosdata-Result-Limit") == str(LIMIT)


def test_cors(server: Running) -> None:
    response = server.raw("GET", "/sparql?query=" + quote("ASK {}"), {"Origin": "https://example.org"})
    assert response.getheader("Access-Control-Allow-Origin") == "*"
    preflight = server.raw(
        "OPTIONS",
        "/sparql",
        {
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status == 204
    assert preflight.getheader("Access-Control-Allow-Origin") == "*"
    assert "POST" in preflight.getheader("Access-Control-Allow-Methods")
    assert "content-type" in preflight.getheader("Access-Control-Allow-Headers").lower()
    path = next(iter(server.items))
    assert server.raw("GET", path).getheader("Access-Control-Allow-Origin") == "*"


def test_query_page_for_browsers(server: Running) -> None:
    page = server.raw("GET", "/sparql", {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status == 200 and page.getheader("Content-Type").startswith("text/html")
    text = page.data.decode()
    assert '<form method="get" action="/sparql">' in text
    assert "&lt;https://w3id.org/paatosdata/def#&gt;" in text and "<https://w3id.org" not in text
    assert server.raw("GET", "/sparql", {"Accept": "application/json"}).status == 400


FORMATS = [
    ("text/html", "text/html; charset=utf-8", ".html"),
    ("text/turtle", "text/turtle; charset=utf-8", ".ttl"),
    ("application/ld+json", "application/ld+json", ".jsonld"),
    ("application/rdf+xml", "application/rdf+xml", ".rdf"),
    ("application/akn+xml", "application/akn+xml", ".akn.xml"),
]


@pytest.mark.parametrize(("accept", "content_type", "extension"), FORMATS)
def test_item_iri_dereferences_by_accept_and_extension(
    server: Running, accept: str, content_type: str, extension: str
) -> None:
    path, graph = next(iter(sorted(server.items.items())))
    by_accept = server.raw("GET", path, {"Accept": accept})
    assert by_accept.status == 200 and by_accept.getheader("Content-Type") == content_type
    assert by_accept.getheader("Vary") == "Accept"
    expected = (server.site / path.lstrip("/") / ("index" + extension)).read_bytes()
    assert by_accept.data == expected
    by_extension = server.raw("GET", path + extension, {"Accept": "text/html"})
    assert by_extension.status == 200 and by_extension.data == expected
    if extension == ".ttl":
        assert isomorphic(Graph().parse(data=by_accept.data, format="turtle"), graph)


def test_browser_accept_gets_html_and_unknown_gets_406(server: Running) -> None:
    path = next(iter(server.items))
    firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    browser = server.raw("GET", path, {"Accept": firefox})
    assert browser.getheader("Content-Type").startswith("text/html")
    assert server.raw("GET", path, {"Accept": "image/png"}).status == 406
    head = server.raw("HEAD", path, {"Accept": "text/turtle"})
    assert head.status == 200 and head.data == b"" and int(head.getheader("Content-Length")) > 0


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/akn/../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2f..%2fetc/passwd",
        "//etc/passwd",
        "/etc/passwd",
        "/dumps/..%5c..%5cetc%5cpasswd",
        "/%00",
        "/.hidden",
    ],
)
def test_paths_stay_inside_the_site(server: Running, path: str) -> None:
    response = server.raw("GET", path)
    assert response.status in (400, 404)
    assert b"root:" not in response.data


def test_dump_and_site_files_are_served(server: Running) -> None:
    dump = server.raw("GET", "/dumps/paatosdata.nq.gz")
    assert dump.status == 200 and dump.getheader("Content-Type") == "application/gzip"
    assert dump.data[:2] == b"\x1f\x8b"
    assert server.raw("GET", "/").status == 200
    assert server.raw("GET", "/no/such/thing").status == 404


def test_request_checks(server: Running) -> None:
    assert server.raw("GET", "/sparql").status == 400
    assert server.raw("POST", "/sparql", {"Content-Type": "text/plain"}, b"x").status == 415
    elsewhere = server.raw("POST", "/elsewhere", {"Content-Type": "application/sparql-query"}, b"ASK {}")
    assert elsewhere.status == 405
    with_graph = server.raw("GET", "/sparql?query=" + quote("ASK {}") + "&default-graph-uri=http://e/")
    assert with_graph.status == 400


def test_command_help() -> None:
    from click.testing import CliRunner

    from paatosdata.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--timeout" in result.output and "--limit" in result.output


def test_request(server: Running) -> None:
    """urllib (a plain client) also gets JSON by default."""
    request = Request(server.base + "sparql?query=" + quote("ASK { ?s ?p ?o }"))
    with urlopen(request, timeout=30) as response:
        assert json.loads(response.read())["boolean"] is True
