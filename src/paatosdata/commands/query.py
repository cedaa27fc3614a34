"""``paatosdata query``: run a SPARQL query over a published site, RDF files or minutes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import InputError

__all__ = ["query"]

_FORMATS = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld"]


@click.command()
@click.version_option(__version__, prog_name="paatosdata")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-q", "--query", "text", default=None, help="The SPARQL query.")
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Read the SPARQL query from this file ('-' for standard input).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS),
    default="table",
    show_default=True,
    help="Results format; CONSTRUCT and DESCRIBE give Turtle unless ntriples or jsonld is chosen.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Keep the loaded data in this folder and reuse it while the sources stay unchanged.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="paatosdata.toml to use when mapping minutes (default: ./paatosdata.toml if present).",
)
def query(
    sources: tuple[Path, ...],
    text: str | None,
    query_file: Path | None,
    fmt: str,
    store_dir: Path | None,
    config_path: Path | None,
) -> None:
    """Query a published site, RDF files or minutes with SPARQL (read-only, offline).

    \b
    SOURCES are site folders (their N-Quads dumps are loaded), RDF files (.nq, .nt,
    .ttl, .jsonld, .rdf, optionally .gz) or minutes in any format paatosdata reads.
    The statistics of decisions per body and month (RDF Data Cube) come from the
    site's statistics.ttl, or are computed over everything loaded.
    SERVICE clauses and updates are refused; nothing is fetched from the network.

    \b
    Examples:
      paatosdata query site/ -q 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
      paatosdata query examples/ -f examples/queries/lacking-legal-basis.rq --format csv
      paatosdata query site/ -f q.rq --store .paatosdata-store
    """
    from paatosdata.config import load_config
    from paatosdata.results import query_prefixes
    from paatosdata.store import open_store

    if (text is None) == (query_file is None):
        raise click.UsageError("give the query with -q 'SPARQL' or -f QUERY.rq (one of them)")
    if query_file is not None:
        try:
            text = sys.stdin.read() if str(query_file) == "-" else query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query: {exc}", source=str(query_file)) from None
    assert text is not None
    config = load_config(config_path)
    opened = open_store(sources, store_dir, config)
    graph_format = fmt if fmt in ("ntriples", "jsonld") else "turtle"
    select_format = fmt if fmt not in ("turtle", "ntriples", "jsonld") else "table"
    answer = opened.store.answer(text, select_format, graph_format, prefixes=query_prefixes(text))
    if answer.kind != "graph" and fmt in ("turtle", "ntriples", "jsonld"):
        raise click.UsageError(
            f"--format {fmt} is for CONSTRUCT and DESCRIBE; use table, csv, tsv, json or xml"
        )
    sys.stdout.flush()
    sys.stdout.buffer.write(answer.data)
    sys.stdout.buffer.flush()
