"""The SPARQL endpoint under load: 50 concurrent clients on loopback for a bounded time.

Normal queries, item dereferences, updates and runaway queries are mixed. The only non-2xx
answers allowed are the configured limits (503 busy or timed out, 403 for updates); the timeout
holds for every runaway query; the server's and its workers' memory stays bounded.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from paatosdata.serve import serving
from tests.conftest import EXAMPLES
from tests.sparql_site import build_site, example_documents

pytestmark = pytest.mark.slow

CLIENTS = 50
SECONDS = 8.0
TIMEOUT = 1.5
PD = "https://w3id.org/paatosdata/def#"
NORMAL = f"PREFIX pd: <{PD}> SELECT ?i ?n WHERE {{ ?i a pd:Decision ; pd:sectionNumber ?n }} LIMIT 20"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
UPDATE = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"


def _rss_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, object]]:
    site = tmp_path_factory.mktemp("site")
    build_site(site, example_documents(EXAMPLES))
    with serving(site, port=0, timeout=TIMEOUT, limit=100, workers=2) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        host, port = httpd.server_address[:2]
        try:
            yield str(host), int(port), httpd
        finally:
            httpd.shutdown()
            thread.join(5)


def _request(host: str, port: int, kind: str) -> tuple[str, int, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        if kind == "update":
            body = urlencode({"update": UPDATE}).encode()
            connection.request(
                "POST", "/sparql", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
            )
        else:
            query = RUNAWAY if kind == "runaway" else NORMAL
            path = "/sparql?" + urlencode({"query": query})
            connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return kind, response.status, time.monotonic() - started
    finally:
        connection.close()


def test_fifty_clients_get_answers_or_the_configured_limits(endpoint: tuple[str, int, object]) -> None:
    host, port, httpd = endpoint
    pool = httpd.pool  # type: ignore[attr-defined]
    rss_before = _rss_kib()
    results: list[tuple[str, int, float]] = []
    failures: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + SECONDS

    def client(number: int) -> None:
        kinds = ["normal"] * 8 + ["update", "runaway"]
        turn = number
        while time.monotonic() < stop_at:
            kind = kinds[turn % len(kinds)]
            turn += 1
            try:
                outcome = _request(host, port, kind)
            except OSError as exc:  # refused, reset or timed out: never allowed
                with lock:
                    failures.append(f"{kind}: {exc!r}")
                continue
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SECONDS + 60)
    assert not any(t.is_alive() for t in threads)

    assert failures == []
    statuses = Counter((kind, status) for kind, status, _ in results)
    allowed = {("normal", 200), ("normal", 503), ("runaway", 503), ("update", 403)}
    assert set(statuses) <= allowed, statuses
    assert statuses[("normal", 200)] > 0 and statuses[("runaway", 503)] > 0
    slowest_runaway = max(t for kind, _, t in results if kind == "runaway")
    assert slowest_runaway < TIMEOUT + 5, slowest_runaway
    # memory: the server grows little, the workers stay small
    assert _rss_kib() - rss_before < 200 * 1024
    for worker in list(pool._all):
        if worker.process.pid and worker.process.is_alive():
            assert _rss_kib(worker.process.pid) < 500 * 1024
    # and it still answers afterwards
    time.sleep(TIMEOUT)
    assert _request(host, port, "normal")[1] == 200
