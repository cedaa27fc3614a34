"""``paatosdata publish``: a static linked-data site with dumps, catalog, feed and coverage."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus

__all__ = ["publish"]


class _Bar:
    """A progress bar with items/s and ETA, drawn on stderr only when it is a terminal."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, items: int) -> None:
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = items / elapsed
        eta = elapsed * (total - done) / done if done else 0.0
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(
            f"\r[{bar}] {done}/{total} inputs, {items} items, {rate:,.0f} items/s, ETA {eta:,.0f} s"
        )
        if total and done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            "use an ISO date or date-time, e.g. 2026-06-30", param_hint="--now"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.now().astimezone().tzinfo)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "site", required=True, type=click.Path(path_type=Path), help="Site folder.")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="paatosdata.toml to use.")
@click.option("--allow-invalid", is_flag=True, help="Publish items with violations too.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes.")
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    default=None,
    help="Run the items on this Dask scheduler (pip install 'paatosdata[scale]'); "
    "the output folder must be on storage the workers share.",
)
@click.option("--base", help="Base IRI (overrides the configuration).")
@click.option(
    "--now", "now_text", metavar="DATE", help="The publication time (ISO); recorded in feed events."
)
@click.version_option(__version__, prog_name="paatosdata")
@click.help_option("-h", "--help")
def publish(
    sources: tuple[Path, ...],
    site: Path,
    config_file: Path | None,
    allow_invalid: bool,
    jobs: int,
    scheduler: str | None,
    base: str | None,
    now_text: str | None,
) -> None:
    """Publish minutes as a static linked-data site in SITE.

    \b
    One page per item and meeting (HTML with embedded JSON-LD, Turtle, JSON-LD,
    RDF/XML, Akoma Ntoso), gzip dumps with SHA256SUMS, a DCAT-AP catalog, VoID,
    an Activity Streams change feed, coverage.json and an nginx config.
    Items with violations are held back unless --allow-invalid.

    \b
    Examples:
      paatosdata publish examples/ -o site/
      paatosdata publish minutes/ -o site/ --config paatosdata.toml --jobs 4
      paatosdata publish minutes/ -o /shared/site/ --scheduler tcp://dask-scheduler:8786
    """
    from paatosdata.config import load_config
    from paatosdata.publish.site import Options
    from paatosdata.publish.site import publish as run
    from paatosdata.publish.verdict import DEFAULT_VALIDATOR, available

    config = load_config(config_file)
    options = Options(
        config=config,
        base=base,
        now=_now(now_text),
        allow_invalid=allow_invalid,
        jobs=jobs,
        scheduler=scheduler,
        personal_data_days=config.retention_days,
        sparql_endpoint=config.sparql_endpoint,
        progress=_Bar(),
        validator=DEFAULT_VALIDATOR if available() else None,
    )
    if options.validator is None:
        click.echo("paatosdata: validation is not installed; publishing without checks", err=True)
    summary = run(list(sources), site, options)
    coverage = summary.coverage
    held = coverage.read - coverage.published
    # published items and no event: every one was published before, as it is now
    unchanged = ""
    if coverage.published and not summary.events:
        unchanged = ": nothing changed since the last publish"
    click.echo(
        f"Published {coverage.published} of {coverage.read} items and {summary.meetings} meetings to "
        f"{summary.site}/ ({summary.stats.triples} triples, {summary.events} feed events{unchanged})"
    )
    if held:
        click.echo(f"{held} items held back; see {summary.site}/coverage.json", err=True)
    for entry in coverage.unreadable:
        click.echo(f"unreadable: {entry['path']}: {entry['reason']}", err=True)
    if coverage.unreadable:
        sys.exit(int(ExitStatus.USAGE_OR_INPUT))
    if held:
        sys.exit(int(ExitStatus.FINDINGS))
