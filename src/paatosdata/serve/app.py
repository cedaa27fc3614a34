"""The HTTP server: a read-only SPARQL 1.1 Protocol endpoint plus the static site.

``/sparql`` answers GET ``?query=``, POST form-encoded and POST ``application/sparql-query``;
updates (``update=``, ``application/sparql-update``) are refused with 403. Every response
carries CORS headers and OPTIONS answers a preflight. Other paths serve the site with content
negotiation (see :mod:`paatosdata.serve.site`).
"""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from paatosdata.serve.formats import graph_format, select_format
from paatosdata.serve.negotiate import choose
from paatosdata.serve.page import query_page
from paatosdata.serve.site import resolve
from paatosdata.serve.workers import Answer, QueryPool

__all__ = ["MAX_BODY", "SparqlServer", "make_handler"]

#: Largest request body accepted (a query or a form).
MAX_BODY = 1024 * 1024

_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Expose-Headers": "Content-Type, Content-Location, Vary, Paatosdata-Result-Limit",
    "Access-Control-Max-Age": "86400",
}


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server holding the site folder, the query pool and the settings."""

    daemon_threads = True
    # the stdlib default backlog of 5 resets connections when many clients arrive at once
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        site: Path,
        pool: QueryPool,
        limit: int | None,
        verbose: bool = False,
    ) -> None:
        super().__init__(address, make_handler())
        self.site = site.resolve()
        self.pool = pool
        self.limit = limit
        self.verbose = verbose


def make_handler() -> type[BaseHTTPRequestHandler]:
    """The request handler class (a function so that each server gets a fresh class)."""

    class Handler(BaseHTTPRequestHandler):
        server: SparqlServer
        server_version = "paatosdata"
        sys_version = ""
        protocol_version = "HTTP/1.1"

        # --- plumbing ------------------------------------------------------------------------
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
            if self.server.verbose:
                sys.stderr.write(f"{self.address_string()} - {format % args}\n")

        def _send(
            self,
            status: int,
            content_type: str,
            body: bytes,
            headers: dict[str, str] | None = None,
            head_only: bool = False,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in {**_CORS, **(headers or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def _text(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
            self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers)

        def _read_body(self) -> bytes | None:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                self._text(400, "bad Content-Length")
                return None
            if length < 0 or length > MAX_BODY:
                self.close_connection = True
                self._text(413, f"the request body is larger than {MAX_BODY:,} bytes")
                return None
            return self.rfile.read(length) if length else b""

        # --- methods -------------------------------------------------------------------------
        def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib naming
            self.send_response(204)
            for name, value in _CORS.items():
                self.send_header(name, value)
            self.send_header("Allow", "GET, POST, HEAD, OPTIONS")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802
            self._get(head_only=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._get(head_only=True)

        def do_POST(self) -> None:  # noqa: N802
            if urlsplit(self.path).path != "/sparql":
                self._text(405, "POST is only accepted at /sparql", {"Allow": "GET, HEAD, OPTIONS"})
                return
            body = self._read_body()
            if body is None:
                return
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
            if media == "application/sparql-update":
                self._refuse_update()
                return
            if media == "application/sparql-query":
                try:
                    query = body.decode("utf-8")
                except UnicodeDecodeError:
                    self._text(400, "the query is not UTF-8")
                    return
                self._query(query, params)
                return
            if media in ("application/x-www-form-urlencoded", ""):
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    self._text(400, "the form is not UTF-8")
                    return
                merged = {**params, **form}
                if "update" in merged:
                    self._refuse_update()
                    return
                if "query" not in merged:
                    self._text(400, "no query: send query=… in the form")
                    return
                self._sparql(merged)
                return
            self._text(
                415,
                "send application/sparql-query or application/x-www-form-urlencoded",
                {"Accept-Post": "application/sparql-query, application/x-www-form-urlencoded"},
            )

        # --- GET -----------------------------------------------------------------------------
        def _get(self, head_only: bool) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/sparql":
                params = parse_qs(parts.query, keep_blank_values=True)
                if "update" in params:
                    self._refuse_update()
                    return
                if "query" in params:
                    self._sparql(params)
                    return
                accept = self.headers.get("Accept")
                if accept and choose(accept, ["text/html"]) == "text/html":
                    page = query_page(self.server.pool.quads, self.server.pool.timeout, self.server.limit)
                    self._send(200, "text/html; charset=utf-8", page, {"Vary": "Accept"}, head_only)
                    return
                self._text(400, "no query: send /sparql?query=… (or open /sparql in a browser)")
                return
            resolved = resolve(self.server.site, self.path, self.headers.get("Accept"))
            if resolved.file is None:
                self._send(
                    resolved.status,
                    "text/plain; charset=utf-8",
                    (resolved.message + "\n").encode("utf-8"),
                    head_only=head_only,
                )
                return
            try:
                data = resolved.file.read_bytes()
            except OSError:
                self._text(404, "not found")
                return
            headers = {}
            if resolved.negotiated:
                location = self.path.split("?", 1)[0].rstrip("/") + "/" + resolved.file.name
                headers = {"Vary": "Accept", "Content-Location": location}
            self._send(200, resolved.content_type, data, headers, head_only)

        # --- SPARQL --------------------------------------------------------------------------
        def _refuse_update(self) -> None:
            self._text(403, "this endpoint is read-only: SPARQL Update is not accepted")

        def _sparql(self, params: dict[str, list[str]]) -> None:
            queries = params.get("query", [])
            if len(queries) != 1:
                self._text(400, "give exactly one query parameter")
                return
            self._query(queries[0], params)

        def _query(self, query: str, params: dict[str, list[str]]) -> None:
            if "default-graph-uri" in params or "named-graph-uri" in params:
                self._text(
                    400,
                    "default-graph-uri and named-graph-uri are not supported: "
                    "the default graph is the merge of all the data",
                )
                return
            if not query.strip():
                self._text(400, "the query is empty")
                return
            accept = self.headers.get("Accept")
            named = params.get("format") or params.get("output") or []
            fmt = named[0] if named else None
            answer: Answer = self.server.pool.run(
                query, select_format(accept, fmt), graph_format(accept, fmt)
            )
            headers = {"Vary": "Accept"}
            if answer.truncated and self.server.limit:
                headers["Paatosdata-Result-Limit"] = str(self.server.limit)
            self._send(answer.status, answer.content_type, answer.body, headers)

    return Handler
