"""Nothing is ever fetched: remote JSON-LD contexts, owl:imports, DTDs, entities, HTML resources.

A local HTTP listener on 127.0.0.1 counts every request it receives; hostile inputs point at it,
every command runs over them, and the listener must have received nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from paatosdata.cli import cli


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).hits.append(self.path)
        body = b'{"@context": {"x": "http://example.org/x"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def listener() -> Iterator[tuple[str, list[str]]]:
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


def _hostile_inputs(folder: Path, url: str) -> list[Path]:
    files = {
        "remote-context.jsonld": (
            f'{{"@context": "{url}/context.jsonld", "@id": "http://example.org/a", "title": "x"}}'
        ),
        "imports.ttl": (
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
            f"<http://example.org/o> a owl:Ontology ; owl:imports <{url}/onto.ttl> .\n"
        ),
        "external-dtd.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "{url}/akn.dtd">\n'
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
            '<statement name="decision"/></akomaNtoso>\n'
        ),
        "external-entity.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM "{url}/entity">]>\n'
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
            '<statement name="decision"><preface><p>&e;</p></preface></statement></akomaNtoso>\n'
        ),
        "remote-resources.htm": (
            f'<!DOCTYPE html SYSTEM "{url}/html.dtd"><html><head>'
            f'<link rel="stylesheet" href="{url}/style.css"><script src="{url}/x.js"></script>'
            '<meta name="Generator" content="Microsoft Word 14 (filtered)"></head>'
            f'<body class="bodyKokousasia"><img src="{url}/logo.png">'
            '<p class="Sivuotsikko"><b>Päätös</b> Hyväksyttiin.</p></body></html>'
        ),
        "minutes.md": (
            "## **Otsikko**\n\nKaupunginhallitus 01.02.2026 § 5\n\n"
            f"### Päätös\n\nHyväksyttiin. Katso {url}/liite.pdf\n"
        ),
    }
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    "command",
    [
        ["parse"],
        ["convert", "--to", "turtle"],
        ["convert", "--to", "jsonld"],
        ["convert", "--to", "akn"],
        ["check"],
        ["check", "--format", "json"],
    ],
)
def test_commands_fetch_nothing(command: list[str], listener: tuple[str, list[str]], tmp_path: Path) -> None:
    url, hits = listener
    inputs = _hostile_inputs(tmp_path, url)
    for path in inputs:
        result = CliRunner().invoke(cli, [*command, str(path)])
        assert "No such command" not in result.output
        assert result.exit_code in (0, 1, 2), (path.name, result.output)
        assert "Traceback" not in result.output
    assert hits == []


def test_publish_fetches_nothing(listener: tuple[str, list[str]], tmp_path: Path) -> None:
    url, hits = listener
    (tmp_path / "in").mkdir()
    inputs = _hostile_inputs(tmp_path / "in", url)
    result = CliRunner().invoke(cli, ["publish", *map(str, inputs), "-o", str(tmp_path / "site")])
    assert "No such command" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    assert hits == []
