"""``paatosdata convert``: read minutes in any supported format and write them as RDF (or AKN)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus, ExportError
from paatosdata.export import EXPORTERS
from paatosdata.parse import READERS

__all__ = ["convert", "write_output"]


def write_output(data: bytes, output: Path | None) -> None:
    """Write ``data`` to stdout (``None`` or ``-``) or to exactly the file ``output``, atomically.

    Nothing is written anywhere else: the file's folder must exist and the file must not be a folder.
    """
    if output is None or str(output) == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if output.is_dir():
        raise ExportError("is a folder, not a file", source=str(output), hint="name the output file")
    folder = output.parent
    if not folder.is_dir():
        raise ExportError("the output folder does not exist", source=str(output))
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        os.replace(temporary, output)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write: {exc.strerror}", source=str(output)) from None


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--to",
    "to",
    type=click.Choice(sorted(EXPORTERS)),
    default="turtle",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=None,
    help="Write to this file (default: standard output; '-' also means standard output).",
)
@click.option(
    "--from",
    "fmt",
    type=click.Choice(sorted(READERS)),
    default=None,
    help="Input format (default: detected).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="paatosdata.toml to use (default: ./paatosdata.toml if present).",
)
@click.option(
    "--date",
    "--meeting-date",
    "meeting_date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="With --to akn: the meeting date of inputs that do not state one (their IRIs need a "
    "date); marked as given by the publisher. A date in the input always wins.",
)
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def convert(
    files: tuple[Path, ...],
    to: str,
    output: Path | None,
    fmt: str | None,
    config_path: Path | None,
    meeting_date: datetime | None,
) -> None:
    """Convert minutes or agendas to RDF (Turtle by default).

    \b
    FILES are minutes files or folders of them. An unreadable input is reported on
    standard error and skipped; the others are still converted and the exit status is 2.

    \b
    Examples:
      paatosdata convert minutes.md
      paatosdata convert minutes/ --to nquads -o minutes.nq
      paatosdata convert minutes.md --to jsonld -o -
      paatosdata convert item.json --to akn --date 2016-09-05 -o item.xml
    """
    from paatosdata.config import load_config
    from paatosdata.export import exporter_for
    from paatosdata.parse import read_many

    if meeting_date is not None and to != "akn":
        raise click.UsageError("--date applies to --to akn only")
    config = load_config(config_path)
    if meeting_date is not None:
        config.akn_meeting_date = meeting_date.date()
    exporter = exporter_for(to)
    documents = []
    failed = False
    for result in read_many(list(files), fmt):
        if result.error is not None:
            failed = True
            click.echo(f"paatosdata: error: {result.error}", err=True)
            continue
        documents.extend(result.documents)
    if documents:
        write_output(exporter.dumps(documents, config), output)
    elif not failed:
        raise click.UsageError("no supported input files found")
    if failed:
        click.get_current_context().exit(int(ExitStatus.USAGE_OR_INPUT))
