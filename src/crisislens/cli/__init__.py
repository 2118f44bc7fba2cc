"""The ``crisislens`` command: one module per concept, registered on one group.

- ``code_commands``: extract, resolve, info, build-index (articles in, records out);
- ``store_commands``: ingest, watch, stories, query, export (the DuckDB event store);
- ``link_commands``: link (cross-document event coreference over given mentions);
- ``eval_commands``: eval and its subcommands (scores on the public gold sets);
- ``serve_commands``: serve (the HTTP API and the dashboard);
- ``options`` and ``output``: what the commands share (options, parsing, printing).

The command modules import ``options`` and ``output`` and never each other or this package's
``__init__``, so there are no import cycles. A new command is a ``click.Command`` in the module
of its concept (or a new module listed in ``_MODULES``), added to that module's ``COMMANDS``.
The CLI is the only code that prints.
"""

from __future__ import annotations

import click

from crisislens import __version__
from crisislens.cli import (
    code_commands,
    eval_commands,
    link_commands,
    serve_commands,
    store_commands,
)
from crisislens.errors import CrisislensError

_MODULES = (code_commands, store_commands, link_commands, eval_commands, serve_commands)


class CrisislensGroup(click.Group):
    """The root group: an error of crisislens (a missing database, a bad date, an unreadable
    gold file) is one line and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CrisislensError as err:
            raise click.ClickException(str(err)) from err


@click.group(
    cls=CrisislensGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Run `crisislens COMMAND --help` for a command's options and examples.",
)
@click.version_option(__version__, prog_name="crisislens")
def main() -> None:
    """crisislens: news articles in; coded, located, sourced political events out.

    Events follow the PLOVER 2021 ontology (with ACLED's types alongside). Every event names
    who did what to whom, where, when, how many and how sure the text is, and points back to
    the sentence it came from. Nothing is fetched from the network.
    """


for _module in _MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)

__all__ = ["main"]
