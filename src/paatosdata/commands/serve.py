"""``paatosdata serve``: a read-only SPARQL endpoint and the published site with content negotiation."""

from __future__ import annotations

from pathlib import Path

import click

from paatosdata import __version__

__all__ = ["serve"]


@click.command()
@click.version_option(__version__, prog_name="paatosdata")
@click.argument("site", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    help="Seconds a query may run before it is stopped (the client gets 503).",
)
@click.option(
    "--limit",
    default=10000,
    show_default=True,
    type=click.IntRange(0),
    help="Most rows (or triples) a query returns; 0 for no limit.",
)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Query processes.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Keep the loaded data in this folder (default: a temporary folder removed on exit).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log one line per request to standard error.")
def serve(
    site: Path,
    host: str,
    port: int,
    timeout: float,
    limit: int,
    workers: int,
    store_dir: Path | None,
    verbose: bool,
) -> None:
    """Serve a published SITE: SPARQL at /sparql and every IRI path by content negotiation.

    \b
    /sparql takes GET ?query=, POST forms and POST application/sparql-query; results as
    JSON, XML, CSV or TSV (CONSTRUCT/DESCRIBE as Turtle, JSON-LD, N-Triples or RDF/XML) by
    Accept or format=. It is read-only and offline: updates and SERVICE are refused.
    Item paths give HTML, Turtle, JSON-LD, RDF/XML or Akoma Ntoso by Accept or by extension.

    \b
    Examples:
      paatosdata serve site/
      paatosdata serve site/ --port 8080 --timeout 30 --limit 50000 --verbose
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\
           http://127.0.0.1:8000/sparql
    """
    from paatosdata.serve import serving

    with serving(
        site,
        host,
        port,
        timeout=timeout,
        limit=limit or None,
        workers=workers,
        store_dir=store_dir,
        verbose=verbose,
    ) as server:
        host_name, bound = server.server_address[:2]
        url = f"http://{host_name!s}:{bound}/"
        click.echo(f"paatosdata: serving {site} at {url} (SPARQL at {url}sparql); Ctrl-C stops", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("paatosdata: stopped", err=True)
