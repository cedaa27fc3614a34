"""The ``paatosdata`` command line: a thin, lazily loaded click group over the library.

Each subcommand lives in ``paatosdata.commands.<name>`` and is imported only when it runs,
so ``paatosdata --help`` stays fast and never imports rdflib, pySHACL or owlready2.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from typing import Any

import click

from paatosdata import __version__
from paatosdata.errors import ExitStatus, PaatosdataError

__all__ = ["COMMANDS", "cli", "main"]

#: name → "module:attribute" of each subcommand; adding a command is one line here.
COMMANDS: dict[str, str] = {
    "parse": "paatosdata.commands.parse:parse",
    "publish": "paatosdata.commands.publish:publish",
    "convert": "paatosdata.commands.convert:convert",
    "ontology": "paatosdata.commands.ontology:ontology",
    "check": "paatosdata.commands.check:check",
    "query": "paatosdata.commands.query:query",
    "serve": "paatosdata.commands.serve:serve",
}


class UserError(click.ClickException):
    """A library error shown as one line, with the exit status the error asks for."""

    exit_code = int(ExitStatus.USAGE_OR_INPUT)

    def __init__(self, error: PaatosdataError) -> None:
        super().__init__(str(error))
        # click types exit_code as a ClassVar; each error carries its own status
        setattr(self, "exit_code", int(error.exit_status))  # noqa: B010

    def show(self, file: Any = None) -> None:
        click.echo(f"paatosdata: error: {self.format_message()}", err=True)


class LazyGroup(click.Group):
    """Imports a subcommand on first use and turns errors into exit codes once, here."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PaatosdataError as error:
            raise UserError(error) from error
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except Exception:
            traceback.print_exc()
            click.echo(
                "paatosdata: internal error: this is a bug; please report it with the traceback above.",
                err=True,
            )
            ctx.exit(int(ExitStatus.INTERNAL))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="paatosdata")
def cli() -> None:
    """Finnish municipal minutes as checked, linked open data.

    \b
    Read minutes and agendas (Markdown/text, Dynasty, CaseM, Tweb, Ahjo, Turku,
    6Aika JSON, Akoma Ntoso, RDF), map them to RDF, check them against what the
    law requires, export them and publish them as a static linked-data site.

    \b
    Exit codes: 0 ok, 1 findings (violations), 2 bad usage or unreadable input,
    3 environment or internal error.

    \b
    Examples:
      paatosdata parse examples/kuopio-tyollisyysaluelautakunta-2026-05-07-28.md
      paatosdata COMMAND --help
    """


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli.main(prog_name="paatosdata"))
