"""The landing page: what the dataset holds, its quality, how to download and query it, coverage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from paatosdata.publish.coverage import Coverage
from paatosdata.publish.dumps import DumpStats
from paatosdata.publish.html import esc, page
from paatosdata.statistics import DecisionTally

__all__ = ["EXAMPLE_QUERY", "bar_chart", "decisions_table", "landing_page"]

EXAMPLE_QUERY = """PREFIX pd: <https://w3id.org/paatosdata/def#>
SELECT DISTINCT ?item ?title ?date WHERE {
  ?item pd:title ?title ; pd:meeting ?meeting .
  ?meeting pd:heldOn ?date .
  FILTER (?date >= "2026-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)
} ORDER BY ?date LIMIT 20"""


def bar_chart(counts: Counter[str], title: str) -> str:
    """A horizontal SVG bar chart of ``counts`` (label → number), drawn from the data."""
    rows = sorted(counts.items())
    width, bar_h, label_w = 480, 22, 150
    top = max((c for _, c in rows), default=0) or 1
    height = bar_h * len(rows) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{esc(title)}</title>'
    ]
    for index, (label, count) in enumerate(rows):
        y = 20 + index * bar_h
        length = round((width - label_w - 60) * count / top)
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="13">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{length}" height="{bar_h - 6}" fill="#3a6ea5">'
            f"<title>{esc(label)}: {count}</title></rect>"
            f'<text x="{label_w + length + 5}" y="{y + 15}" font-size="13">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(header: list[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def decisions_table(decisions: DecisionTally) -> tuple[list[str], list[list[object]]]:
    """Header and rows of the decisions per body and month: the observations of ``statistics.ttl``.

    One row per body (by IRI, labelled by municipality slug and body name as the example query
    ``decisions-per-body-per-month.rq`` labels it), one column per month, 0 where nothing was decided.
    """
    months = sorted({month for _, month in decisions.counts})
    bodies = sorted(
        {body for body, _ in decisions.counts},
        key=lambda iri: (*decisions.bodies.get(iri, ("", "")), iri),
    )
    rows: list[list[object]] = []
    for iri in bodies:
        municipality, name = decisions.bodies.get(iri, ("", ""))
        rows.append([municipality, name or iri] + [decisions.counts.get((iri, m), 0) for m in months])
    return ["Municipality", "Body"] + months, rows


def landing_page(
    base: str,
    title: str,
    coverage: Coverage,
    stats: DumpStats,
    meetings: int,
    period: tuple[str | None, str | None],
    decisions: DecisionTally,
) -> bytes:
    """The site's ``index.html``; ``decisions`` holds the counts written to ``statistics.ttl``."""
    parts = [f"<h1>{esc(title)}</h1>"]
    start, end = period
    span = f", {esc(start)} – {esc(end)}" if start and end else ""
    parts.append(
        f"<p>{coverage.published} published decisions (pykälät) from {meetings} meetings of "
        f"{len(coverage.bodies)} bodies{span}: {stats.triples} triples in the union graph.</p>"
    )
    parts.append("<h2>Decisions per body and month</h2>")
    parts.append(
        "<p>Decisions of minutes (agenda items are proposals and not counted) of each body's meetings "
        'held in each month: the observations of <a href="statistics.ttl">statistics.ttl</a>.</p>'
    )
    parts.append(_table(*decisions_table(decisions)))
    parts.append("<h2>Conformance (maturity levels)</h2>")
    if coverage.levels:
        parts.append(bar_chart(coverage.levels, "Items per maturity level"))
        parts.append(
            "<p>Level of each published item as computed by <code>paatosdata check</code>; "
            "items with violations are held back (see coverage).</p>"
        )
    else:
        parts.append("<p>No conformance levels: this publication was not validated.</p>")
    parts.append("<h2>Download</h2><ul>")
    for dump in stats.files:
        parts.append(
            f'<li><a href="{esc(dump.name)}">{esc(dump.name)}</a> ({esc(dump.media_type)}, gzip, '
            f"{dump.byte_size} bytes, {dump.statements} statements, "
            f"SHA-256 <code>{esc(dump.sha256)}</code>)</li>"
        )
    parts.append(
        '<li><a href="SHA256SUMS">SHA256SUMS</a> · <a href="catalog.ttl">DCAT-AP catalog</a> '
        '(<a href="catalog.jsonld">JSON-LD</a>) · <a href="void.ttl">VoID</a> · '
        '<a href="feed/index.jsonld">change feed</a> (Activity Streams 2.0) · '
        '<a href="coverage.json">coverage.json</a> · '
        '<a href="statistics.ttl">decisions per body and month</a> (RDF Data Cube) · '
        '<a href="ontology/">ontology</a> · '
        '<a href="shapes/">shapes</a></li></ul>'
    )
    parts.append(
        "<p>Every item and meeting has its own page at its IRI; ask for <code>text/turtle</code>, "
        "<code>application/ld+json</code>, <code>application/rdf+xml</code> or "
        "<code>application/akn+xml</code> "
        "to get the data (see <code>nginx.conf</code>).</p>"
    )
    parts.append("<h2>Query</h2><p>Load the N-Quads dump into any SPARQL store, for example:</p>")
    parts.append(
        f"<pre>pip install pyoxigraph\npython -c 'import pyoxigraph as ox, gzip; s = ox.Store(); "
        f's.load(gzip.open("paatosdata.nq.gz"), ox.RdfFormat.N_QUADS); print(len(s))\'</pre>'
        "<p>Example query (over the union of the named graphs, e.g. "
        "<code>use_default_graph_as_union=True</code>):</p>"
        f"<pre>{esc(EXAMPLE_QUERY)}</pre>"
    )
    parts.append("<h2>Coverage</h2>")
    rows = [[b, c["read"], c["published"], c["held"]] for b, c in sorted(coverage.bodies.items())]
    parts.append(_table(["Body", "read", "published", "held back"], rows))
    if coverage.held:
        held = [
            [h["body"], h["date"], h["number"], h["title"], "; ".join(h["reasons"])]
            for h in sorted(coverage.held, key=lambda h: (h["body"], h["date"], h["number"]))
        ]
        parts.append("<h3>Held back</h3>" + _table(["Body", "Date", "§", "Title", "Why"], held))
    if coverage.flagged:
        flagged = [
            [f["iri"], "; ".join(f["violations"])] for f in sorted(coverage.flagged, key=lambda f: f["iri"])
        ]
        parts.append(
            "<h3>Published with violations (--allow-invalid)</h3>" + _table(["Item", "Violations"], flagged)
        )
    if coverage.unreadable:
        rows2 = [[u["path"], u["reason"]] for u in sorted(coverage.unreadable, key=lambda u: u["path"])]
        parts.append("<h3>Unreadable inputs</h3>" + _table(["Input", "Reason"], rows2))
    parts.append(f"<p>Base IRI: <code>{esc(base)}</code></p>")
    return page(title, "\n".join(parts), root="./")
