"""``paatosdata parse``: read minutes or agendas and print the model as JSON or as a summary."""

from __future__ import annotations

import json
from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus, InputError
from paatosdata.parse import READERS

__all__ = ["parse"]


@click.command(name="parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["json", "summary"]),
    default="json",
    show_default=True,
    help="json: the model with source spans; summary: one line per item.",
)
@click.option(
    "--from",
    "input_format",
    type=click.Choice(sorted(READERS)),
    default=None,
    help="Read every input as this format instead of recognising it.",
)
@click.option("--no-spans", is_flag=True, help="Leave source spans out of the JSON.")
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def parse(files: tuple[Path, ...], output_format: str, input_format: str | None, no_spans: bool) -> None:
    """Read FILE... (folders recursively) and print what was read.

    \b
    JSON: one object for a single file, an array (one object per document,
    in input order) for several files or a folder. Unreadable inputs are
    reported on stderr as 'paatosdata: error: FILE[:LINE]: reason', the
    others are still printed, and the exit status is 2.

    \b
    Examples:
      paatosdata parse examples/kuopio-tyollisyysaluelautakunta-2026-05-07-28.md
      paatosdata parse --format summary examples/
    """
    from paatosdata.modeljson import to_dict
    from paatosdata.parse import read_many
    from paatosdata.summary import render_summary

    documents: list[object] = []
    summaries: list[str] = []
    failed = 0
    seen = 0
    for result in read_many(list(files), input_format):
        seen += 1
        if result.error is not None:
            failed += 1
            click.echo(f"paatosdata: error: {result.error}", err=True)
            continue
        for document in result.documents:
            if output_format == "summary":
                summaries.append(render_summary(document, str(result.path)))
            else:
                documents.append(to_dict(document, spans=not no_spans))
    if seen == 0:
        raise InputError(
            "no readable files found in " + ", ".join(str(f) for f in files),
            hint="name .md or .txt files, or folders holding them",
        )
    if output_format == "summary":
        if summaries:
            click.echo("\n\n".join(summaries))
    elif documents:
        single = len(files) == 1 and not files[0].is_dir() and len(documents) == 1
        click.echo(json.dumps(documents[0] if single else documents, ensure_ascii=False, indent=2))
    if failed:
        click.get_current_context().exit(int(ExitStatus.USAGE_OR_INPUT))
