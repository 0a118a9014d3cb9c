"""``kg query``: contradictions, timelines, claimants and events from the kept analysis."""

from __future__ import annotations

import click

from kg.analyse.kept import claimant_tallies
from kg.cli import cli
from kg.cli.common import KgGroup, db_option, format_option, open_store
from kg.models import ContradictionKind, ContradictionStatus
from kg.pipeline import (
    claimant_record_named,
    contradictions_in,
    entity_named,
    event_named,
    event_timeline,
    refreshed,
)
from kg.report import (
    CONTRADICTION_COLUMNS,
    as_json,
    as_table,
    claimant_json,
    claimant_text,
    claimants_text,
    contradiction_row,
    contradictions_markdown,
    event_json,
    event_text,
    timeline_json,
    timeline_text,
)


@cli.group("query", cls=KgGroup)
def query() -> None:
    """Analyse the stored claims."""


@query.command("contradictions")
@click.option("--event", help="Only contradictions about this event (name or id).")
@click.option("--claimant", help="Only contradictions where this claimant is one side.")
@click.option("--kind", type=click.Choice([k.value for k in ContradictionKind]))
@click.option("--status", type=click.Choice([s.value for s in ContradictionStatus]))
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Only contradictions whose later claim was stated on or after DATE.")
@format_option("table", "json", "markdown")
@db_option
@click.pass_context
def contradictions_command(ctx: click.Context, event: str | None, claimant: str | None,
                           kind: str | None, status: str | None, since, fmt: str) -> None:
    """Pairs of claims on one proposition with opposite polarity, and how they were settled."""
    store = open_store(ctx)
    contradictions, claims = contradictions_in(
        store, with_claims=fmt != "json", kind=kind, status=status,
        event=event and event_named(store, event),
        involving=claimant and entity_named(store, claimant, "claimant"),
        since=since and since.date())
    if fmt == "json":
        click.echo(as_json(contradictions))
    elif fmt == "markdown":
        click.echo(contradictions_markdown(contradictions, claims))
    else:
        rows = [contradiction_row(c, claims) for c in contradictions]
        click.echo(as_table(rows, CONTRADICTION_COLUMNS, max_width=80))


@query.command("timeline")
@click.argument("event")
@format_option("table", "json", "markdown")
@db_option
@click.pass_context
def timeline_command(ctx: click.Context, event: str, fmt: str) -> None:
    """Every claim about EVENT in the order it was stated, and the outcome if known."""
    found = event_timeline(open_store(ctx), event)
    click.echo(timeline_json(found) if fmt == "json" else timeline_text(found, fmt == "markdown"))


@query.command("claimant")
@click.argument("name")
@format_option("table", "json", "markdown")
@db_option
@click.pass_context
def claimant_command(ctx: click.Context, name: str, fmt: str) -> None:
    """What NAME claimed, where it reversed itself, and how its forecasts did (Brier score)."""
    record = claimant_record_named(open_store(ctx), name)
    click.echo(claimant_json(record) if fmt == "json" else
               claimant_text(record, fmt == "markdown"))


@query.command("claimants")
@format_option("table", "json", "csv", "markdown")
@db_option
@click.pass_context
def claimants_command(ctx: click.Context, fmt: str) -> None:
    """Every claimant with its forecasts scored, right, wrong and open, and its Brier score,
    best forecasters first."""
    click.echo(claimants_text(claimant_tallies(refreshed(open_store(ctx))), fmt))


@query.command("event")
@click.argument("name")
@format_option("table", "json", "markdown")
@db_option
@click.pass_context
def event_command(ctx: click.Context, name: str, fmt: str) -> None:
    """Who said what about event NAME, the balance of claims over time, and the outcome."""
    found = event_timeline(open_store(ctx), name)
    click.echo(event_json(found) if fmt == "json" else event_text(found, fmt == "markdown"))
