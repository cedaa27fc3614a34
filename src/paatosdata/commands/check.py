"""``paatosdata check``: check minutes, agendas or RDF against what the law requires."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus

__all__ = ["check"]

_PROFILES = ("core", "kuntalaki", "practice", "privacy")
_FORMATS = ("text", "json", "sarif", "junit", "turtle")
_ENGINES = ("fast", "pyshacl")  # paatosdata.shacl.results.ENGINES, without importing rdflib here


def _profiles(value: str) -> tuple[str, ...]:
    names = tuple(p.strip() for p in value.split(",") if p.strip())
    unknown = [p for p in names if p not in _PROFILES]
    if unknown or not names:
        raise click.BadParameter(
            f"unknown profile {unknown[0]!r}" if unknown else "no profile given",
            param_hint="--profile",
        )
    return names


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--lang",
    type=click.Choice(["fi", "sv", "en"]),
    default="fi",
    show_default=True,
    help="Language of the messages.",
)
@click.option(
    "--profile",
    "profile",
    default=",".join(_PROFILES),
    show_default=True,
    help="Comma-separated profiles: core, kuntalaki, practice, privacy.",
)
@click.option(
    "--shapes",
    "shapes",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="A publisher's own SHACL profile (Turtle); may be repeated.",
)
@click.option("--strict", is_flag=True, help="Warnings fail the run too (exit 1).")
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="Run the batches on this Dask scheduler (pip install 'paatosdata[scale]') instead of --jobs.",
)
@click.option(
    "--engine",
    type=click.Choice(_ENGINES),
    default="fast",
    show_default=True,
    help="SHACL engine: fast (built in; shapes it does not implement go to pySHACL) or pyshacl.",
)
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice(_FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--akn-output",
    is_flag=True,
    help="Also build the Akoma Ntoso of each input and validate it (XSD + profile).",
)
@click.option("--from", "fmt", default=None, help="Input format (default: detected; 'rdf' for RDF files).")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    default=None,
    help="Write the report to this file (default: standard output).",
)
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def check(
    paths: tuple[Path, ...],
    lang: str,
    profile: str,
    shapes: tuple[Path, ...],
    strict: bool,
    jobs: int,
    scheduler: str | None,
    engine: str,
    output_format: str,
    akn_output: bool,
    fmt: str | None,
    output: Path | None,
) -> None:
    """Check PATHS (files or folders) against the SHACL profiles and report findings.

    \b
    Inputs: Markdown/text minutes, vendor HTML/JSON, Akoma Ntoso XML, and RDF
    (.ttl, .jsonld, .rdf, .nt), which is validated as it is.

    \b
    Exit codes: 0 conforms (warnings allowed unless --strict), 1 violations,
    2 bad usage or an unreadable input (the other inputs are still checked),
    3 environment or internal error.

    \b
    Examples:
      paatosdata check examples/
      paatosdata check --lang sv --format sarif -o report.sarif minutes/
      paatosdata check --shapes our-rules.ttl --strict pykala-28.md
      paatosdata check --scheduler tcp://dask-scheduler:8786 minutes/
    """
    from paatosdata.checking import CheckOptions, check_paths
    from paatosdata.commands.convert import write_output
    from paatosdata.report import render

    options = CheckOptions(
        profiles=_profiles(profile),
        shapes=shapes,
        lang=lang,
        fmt=fmt,
        jobs=jobs,
        akn_output=akn_output,
        scheduler=scheduler,
        engine=engine,
    )
    report = check_paths(list(paths), options)
    for problem in report.problems:
        click.echo(f"paatosdata: error: {problem.source}: {problem.message}", err=True)
    to_stdout = output is None or str(output) == "-"
    colour = output_format == "text" and to_stdout and sys.stdout.isatty()
    text = render(report, output_format, strict=strict, colour=colour)
    write_output(text.encode("utf-8"), output)
    status = report.exit_status(strict)
    if status is not ExitStatus.OK:
        sys.exit(int(status))
