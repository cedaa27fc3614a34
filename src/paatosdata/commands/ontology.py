"""``paatosdata ontology check|docs``: reason over the vocabulary; write its HTML documentation."""

from __future__ import annotations

from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus

__all__ = ["ontology"]


@click.group()
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def ontology() -> None:
    """The paatosdata vocabulary (ontology/paatosdata.ttl)."""


@ontology.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--sample", default=20, show_default=True, type=click.IntRange(0, 300), help="Items of FILES to add."
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def check(files: tuple[Path, ...], sample: int, config_path: Path | None) -> None:
    """Check the vocabulary: static rules, then HermiT (needs Java).

    \b
    The vocabulary must have no owl:imports, no equivalences to other vocabularies,
    labels in fi, sv and en and definitions in fi and en. HermiT then checks it is
    consistent and every class satisfiable, also with the RDF of up to --sample items
    read from FILES. HermiT does not know xsd:date or xsd:time: its copy of the data
    has dates as xsd:dateTime and no clock times.

    \b
    Exit status: 0 all good, 1 problems found, 3 no Java.
    """
    from rdflib import Graph

    from paatosdata.config import load_config
    from paatosdata.mapping import item_graph
    from paatosdata.owl import load_vocabulary, reason, vocabulary_problems
    from paatosdata.parse import read_many

    vocabulary = load_vocabulary()
    problems = vocabulary_problems(vocabulary)
    for problem in problems:
        click.echo(f"problem: {problem}")
    config = load_config(config_path)
    graphs: list[Graph] = []
    for result in read_many(list(files)):
        if result.error is not None:
            click.echo(f"paatosdata: error: {result.error}", err=True)
            continue
        for doc in result.documents:
            for item in doc.items:
                if len(graphs) < sample:
                    graphs.append(item_graph(doc, item, config))
    outcome = reason(graphs, vocabulary)
    click.echo(
        f"HermiT: {outcome.classes} classes, {outcome.triples} triples ({len(graphs)} items of data), "
        f"{outcome.seconds:.1f} s"
    )
    if not outcome.consistent:
        click.echo(f"problem: the vocabulary with the data is inconsistent: {outcome.message}")
    for iri in outcome.unsatisfiable:
        click.echo(f"problem: class {iri} is unsatisfiable")
    if problems or not outcome.ok:
        click.get_current_context().exit(int(ExitStatus.FINDINGS))
    click.echo("The vocabulary is consistent and every class is satisfiable.")


@ontology.command()
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write index.html into (created if missing).",
)
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def docs(output: Path) -> None:
    """Write the vocabulary as one HTML page, OUTPUT/index.html."""
    from paatosdata.commands.convert import write_output
    from paatosdata.owl import load_vocabulary
    from paatosdata.vocabdocs import vocabulary_html

    output.mkdir(parents=True, exist_ok=True)
    target = output / "index.html"
    write_output(vocabulary_html(load_vocabulary()).encode("utf-8"), target)
    click.echo(f"wrote {target}")
