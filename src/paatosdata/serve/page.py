"""The small HTML query page shown at ``/sparql`` to a browser that sends no query."""

from __future__ import annotations

from html import escape

__all__ = ["EXAMPLE_QUERY", "query_page"]

EXAMPLE_QUERY = """PREFIX pd: <https://w3id.org/paatosdata/def#>

SELECT ?item ?date ?title WHERE {
  ?item a pd:Decision ;
        pd:meetingDate ?date ;
        pd:title ?title .
}
ORDER BY DESC(?date)
LIMIT 20"""

_FORMATS = [("table", "text table"), ("json", "JSON"), ("xml", "XML"), ("csv", "CSV"), ("tsv", "TSV")]


def query_page(quads: int, timeout: float, limit: int | None, query: str = EXAMPLE_QUERY) -> bytes:
    """The page: a form that sends a GET to ``/sparql``; every inserted value is escaped."""
    options = "\n".join(
        f'<option value="{escape(value)}">{escape(label)}</option>' for value, label in _FORMATS
    )
    limits = f"at most {limit:,} rows, " if limit else ""
    html = f"""<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>paatosdata SPARQL</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }}
textarea {{ width: 100%; font-family: ui-monospace, monospace; font-size: 0.95rem; }}
</style>
</head>
<body>
<h1>SPARQL</h1>
<p>Read-only SPARQL 1.1 endpoint over {escape(f"{quads:,}")} quads ({escape(limits)}queries stop
after {escape(f"{timeout:g}")} s). The default graph is the merge of all the data.
Send <code>GET /sparql?query=…</code> or <code>POST</code> a form or
<code>application/sparql-query</code>.</p>
<form method="get" action="/sparql">
<p><label for="query">Query</label></p>
<textarea id="query" name="query" rows="14">{escape(query)}</textarea>
<p><label for="format">Results as</label>
<select id="format" name="format">
{options}
</select>
<button type="submit">Run</button></p>
</form>
</body>
</html>
"""
    return html.encode("utf-8")
