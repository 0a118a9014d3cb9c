"""Commands over the RDF graph: ``kg sparql``, ``kg push``, ``kg validate``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.common import (
    base_iri_option,
    db_option,
    format_option,
    open_store,
    quiet_option,
    step_reporter,
)
from kg.errors import KgError
from kg.pipeline import knowledge_graph, push_store, validate_store
from kg.rdf.sparql import TIMEOUT_SECONDS, query_text, run_query, shown_endpoint
from kg.rdf.statements import to_rdf
from kg.rdf.validate import load_rdf, validate
from kg.report import as_csv, as_table


@cli.command("sparql")
@click.argument("query_or_file", metavar="QUERY_OR_FILE")
@format_option("table", "json", "csv")
@base_iri_option
@db_option
@click.pass_context
def sparql_command(ctx: click.Context, query_or_file: str, fmt: str, base_iri: str) -> None:
    """Run a SPARQL SELECT or ASK query (text or .rq file) over the local graph."""
    rdf = to_rdf(knowledge_graph(open_store(ctx)).graph, base_iri)
    names, rows = run_query(rdf, query_text(query_or_file))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(as_csv(rows, names))
    else:
        click.echo(as_table(rows, names, max_width=72))


@cli.command("push")
@click.option("--endpoint", required=True,
              help="Graph Store Protocol URL, e.g. http://localhost:7878/store.")
@click.option("--graph", "graph_iri", default=None,
              help="Named graph to write (default: the server's default graph).")
@click.option("--replace", is_flag=True, help="Replace the graph's content instead of adding.")
@click.option("--batch-size", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Triples per chunk of the one streamed request.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True),
              default=TIMEOUT_SECONDS, show_default=True,
              help="Seconds the whole push may take.")
@base_iri_option
@quiet_option
@db_option
@click.pass_context
def push_command(ctx: click.Context, endpoint: str, graph_iri: str | None, replace: bool,
                 batch_size: int, timeout: float, base_iri: str, quiet: bool) -> None:
    """Write the graph to a SPARQL 1.1 Graph Store Protocol endpoint in one request, which
    the server takes whole or not at all; a redirect is refused.

    Credentials come from KG_SPARQL_USER and KG_SPARQL_PASSWORD (basic auth) or
    KG_SPARQL_TOKEN (bearer token), else from the endpoint's address; a password there
    is never printed."""
    with step_reporter(quiet) as step:
        sent = push_store(open_store(ctx), endpoint, graph_iri, replace, batch_size, timeout,
                          base_iri, step)
    click.echo(f"pushed {sent} triples to {graph_iri or 'the default graph'} at "
               f"{shown_endpoint(endpoint)}")


@cli.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@quiet_option
@db_option
@click.pass_context
def validate_command(ctx: click.Context, files: tuple[Path, ...], quiet: bool) -> None:
    """Check RDF exports (.ttl, .nt, .trig, .jsonld) against kg's SHACL shapes; with no FILES,
    the graph in the store."""
    with step_reporter(quiet) as step:
        failed = _validate(ctx, files, step)
    if failed:
        ctx.exit(1)


def _validate(ctx: click.Context, files: tuple[Path, ...], step: Callable[[str], None]) -> bool:
    """Validate each file, or the store's graph; whether any failed."""
    targets = [(str(path), lambda path=path: validate(load_rdf(path))) for path in files] or [
        ("the store's graph", lambda: validate_store(open_store(ctx), step))]
    failed = False
    for name, check in targets:
        step(f"checking {name}")
        try:
            report = check()
        except KgError as error:
            click.echo(f"Error: {error}", err=True)
            failed = True
            continue
        if report.conforms:
            click.echo(f"{name}: conforms")
            continue
        failed = True
        click.echo(f"{name}: {len(report.violations)} violations", err=True)
        for violation in report.violations:
            click.echo(f"  {violation}", err=True)
    return failed
