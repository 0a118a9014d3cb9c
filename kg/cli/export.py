"""``kg export`` (one format) and ``kg schema`` (the JSON Schemas of the models)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import cli
from kg.cli.common import base_iri_option, open_store, quiet_option, step_reporter
from kg.export import EXPORTERS, ExportOptions
from kg.export.schemas import write_schemas
from kg.graph import VIEWS
from kg.pipeline import export_store


@cli.command("export")
@click.argument("format_name", metavar="FORMAT", type=click.Choice(list(EXPORTERS)))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
@base_iri_option
@click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True,
              help="For graphml and gexf: the full graph, or people and organizations "
                   "linked by agreement and contradiction.")
@quiet_option
@click.pass_context
def export_command(ctx: click.Context, format_name: str, out: Path, base_iri: str,
                   view: str, quiet: bool) -> None:
    """Write the knowledge graph in one FORMAT: turtle, ntriples, trig, jsonld, graphml, gexf."""
    if view != "full" and not EXPORTERS[format_name].has_views:
        raise click.UsageError(f"--view {view} applies to graphml and gexf, not {format_name}")
    with step_reporter(quiet) as step:
        export_store(open_store(ctx), format_name, out, ExportOptions(base_iri=base_iri, view=view),
                     step)
    click.echo(f"wrote {out}")


@cli.command("schema")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the schema files.")
def schema_command(out: Path) -> None:
    """Write kg's schemas: JSON Schemas of its records, the RDF vocabulary, SHACL shapes and
    JSON-LD context."""
    for path in write_schemas(out):
        click.echo(f"wrote {path}")
