"""``query`` and ``serve`` over a site written by ``paatosdata publish`` (not a hand-made fixture)."""

from __future__ import annotations

import http.client
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from paatosdata.cli import cli
from paatosdata.serve import serving
from paatosdata.store import open_store
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.slow

PD = "https://w3id.org/paatosdata/def#"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is not in this tree")
    folder = tmp_path_factory.mktemp("published") / "site"
    result = CliRunner().invoke(cli, ["publish", str(EXAMPLES), "-o", str(folder), "--now", "2026-06-30"])
    assert result.exit_code in (0, 1), result.output  # 1: some items held back for violations
    return folder


def test_query_reads_the_dump_of_a_published_site(site: Path) -> None:
    items = sorted(p.parent for p in (site / "akn").glob("*/statement/deliberation/*/*/*/index.ttl"))
    assert items
    store = open_store([site]).store
    result = store.query(f"SELECT DISTINCT ?item {{ ?item a <{PD}Item> ; <{PD}document> ?doc }}")
    published = {str(row[0].value).split("/akn/", 1)[1] for row in result.rows if row[0]}
    assert published == {str(p.relative_to(site / "akn")) for p in items}


def test_serve_negotiates_the_published_files(site: Path) -> None:
    item = next(iter(sorted((site / "akn").glob("*/statement/deliberation/*/*/*/index.ttl")))).parent
    path = "/" + str(item.relative_to(site))
    with serving(site, port=0, timeout=5, limit=100, workers=1) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            host, port = httpd.server_address[:2]
            for accept, name in [
                ("text/turtle", "index.ttl"),
                ("application/ld+json", "index.jsonld"),
                ("application/rdf+xml", "index.rdf"),
                ("application/akn+xml", "index.akn.xml"),
                ("text/html", "index.html"),
            ]:
                connection = http.client.HTTPConnection(str(host), port, timeout=30)
                connection.request("GET", path, headers={"Accept": accept})
                response = connection.getresponse()
                body = response.read()
                connection.close()
                assert response.status == 200 and body == (item / name).read_bytes(), accept
            served = Graph().parse(data=(item / "index.ttl").read_bytes(), format="turtle")
            assert isomorphic(served, Graph().parse(item / "index.ttl", format="turtle"))
        finally:
            httpd.shutdown()
            thread.join(5)
