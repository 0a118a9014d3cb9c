"""kg's command line: each command parses its options, calls the library, prints the result.

One module per command group; this one holds the ``kg`` group itself and registers the
others, which add their commands to it."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import DEFAULT_DB, KgGroup


@click.group(cls=KgGroup)
@click.version_option(package_name="kg")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), envvar="KG_DB",
              default=DEFAULT_DB, show_default=True,
              help="SQLite database file (or set KG_DB).")
@click.pass_context
def cli(ctx: click.Context, db: Path) -> None:
    """kg: who claimed what about which event, when, how sure, per which source."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


def main() -> None:
    cli(prog_name="kg")


# The command groups register their commands on ``cli`` as they are imported.
from kg.cli import browse, evaluation, export, ingest, query, rdf  # noqa: E402, F401
