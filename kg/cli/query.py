"""``kg query``: contradictions, timelines, claimants and events from the kept analysis."""

from __future__ import annotations

import json

import click

from kg.analyse.kept import claimant_record, claimant_tallies
from kg.analyse.records import Timeline, timeline
from kg.cli import cli
from kg.cli.common import (
    KgGroup,
    _db_option,
    _entity_id,
    _event_id,
    _format_option,
    _store,
)
from kg.graph import claim_label
from kg.models import ContradictionKind, ContradictionStatus
from kg.pipeline import (
    contradictions_in,
    deciders_of,
    refreshed,
)
from kg.report import (
    CONTRADICTION_COLUMNS,
    as_csv,
    as_json,
    as_markdown_table,
    as_table,
    claim_row,
    contradiction_row,
    contradictions_markdown,
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
@_format_option("table", "json", "markdown")
@_db_option
@click.pass_context
def contradictions_command(ctx: click.Context, event: str | None, claimant: str | None,
                           kind: str | None, status: str | None, since, fmt: str) -> None:
    """Pairs of claims on one proposition with opposite polarity, and how they were settled."""
    store = _store(ctx)
    contradictions, claims = contradictions_in(
        store, with_claims=fmt != "json", kind=kind, status=status,
        event=event and _event_id(store, event),
        involving=claimant and _entity_id(store, claimant, "claimant"),
        since=since and since.date())
    if fmt == "json":
        click.echo(as_json(contradictions))
    elif fmt == "markdown":
        click.echo(contradictions_markdown(contradictions, claims))
    else:
        rows = [contradiction_row(c, claims) for c in contradictions]
        click.echo(as_table(rows, CONTRADICTION_COLUMNS, max_width=80))


TIMELINE_COLUMNS = ["stated_on", "claimant", "kind", "subject", "predicate", "polarity",
                    "certainty", "source"]


def _timeline_rows(claims) -> list[dict[str, object]]:
    return [{**claim_row(claim), "source": claim.source} for claim in claims]


def _event_timeline(ctx: click.Context, name: str) -> Timeline:
    store = _store(ctx)
    event_id = _event_id(store, name)
    return timeline(event_id, store.claims(event=event_id), deciders_of(store))


def _outcome_line(found: Timeline) -> str:
    outcomes = [f"{claim_label(c)} ({c.stated_on})" for c in found.outcomes]
    return "outcome: " + ("; ".join(outcomes) or "not known yet")


def _renderer(fmt: str):
    return as_markdown_table if fmt == "markdown" else as_table


@query.command("timeline")
@click.argument("event")
@_format_option("table", "json", "markdown")
@_db_option
@click.pass_context
def timeline_command(ctx: click.Context, event: str, fmt: str) -> None:
    """Every claim about EVENT in the order it was stated, and the outcome if known."""
    found = _event_timeline(ctx, event)
    if fmt == "json":
        click.echo(json.dumps({
            "event": found.event,
            "claims": [c.model_dump(mode="json") for c in found.claims],
            "outcomes": [c.id for c in found.outcomes],
        }, indent=2, ensure_ascii=False))
        return
    table = _renderer(fmt)(_timeline_rows(found.claims), TIMELINE_COLUMNS)
    click.echo("\n\n".join([found.event, table, _outcome_line(found)]))


@query.command("claimant")
@click.argument("name")
@_format_option("table", "json", "markdown")
@_db_option
@click.pass_context
def claimant_command(ctx: click.Context, name: str, fmt: str) -> None:
    """What NAME claimed, where it reversed itself, and how its forecasts did (Brier score)."""
    store = _store(ctx)
    entity_id = _entity_id(store, name, "claimant")
    record = claimant_record(refreshed(store), entity_id)
    summary = record.tally().summary()
    if fmt == "json":
        click.echo(json.dumps({
            **summary,
            "forecasts": [{"claim": f.claim.id, "verdict": f.verdict,
                           "settled_by": f.settled_by.id if f.settled_by else None,
                           "brier": f.brier} for f in record.forecasts],
            "reversal_ids": [c.id for c in record.reversals],
        }, indent=2, ensure_ascii=False))
        return
    render = _renderer(fmt)
    forecasts = [{**claim_row(f.claim), "verdict": f.verdict, "brier": f.brier}
                 for f in record.forecasts]
    click.echo("\n\n".join([
        render([summary], list(summary)),
        render(_timeline_rows(record.claims), TIMELINE_COLUMNS),
        render(forecasts, ["stated_on", "kind", "subject", "predicate", "object", "polarity",
                           "certainty", "verdict", "brier"]),
    ]))


@query.command("claimants")
@_format_option("table", "json", "csv", "markdown")
@_db_option
@click.pass_context
def claimants_command(ctx: click.Context, fmt: str) -> None:
    """Every claimant with its forecasts scored, right, wrong and open, and its Brier score,
    best forecasters first."""
    rows = [tally.summary() for tally in claimant_tallies(refreshed(_store(ctx)))]
    columns = ["claimant", "claims", "reversals", "forecasts", "scored", "right", "wrong",
               "open", "annulled", "brier"]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(as_csv(rows, columns))
    else:
        click.echo(_renderer(fmt)(rows, columns))


@query.command("event")
@click.argument("name")
@_format_option("table", "json", "markdown")
@_db_option
@click.pass_context
def event_command(ctx: click.Context, name: str, fmt: str) -> None:
    """Who said what about event NAME, the balance of claims over time, and the outcome."""
    found = _event_timeline(ctx, name)
    balance = [{"month": month, "positive": positive, "negative": negative}
               for month, positive, negative in found.balance()]
    if fmt == "json":
        click.echo(json.dumps({"event": found.event, "balance": balance,
                               "claims": [c.id for c in found.claims],
                               "outcomes": [c.id for c in found.outcomes]}, indent=2))
        return
    render = _renderer(fmt)
    who = [{"claimant": c.claimant.name, "kind": c.kind, "said": claim_label(c),
            "stated_on": c.stated_on} for c in found.claims]
    click.echo("\n\n".join([found.event, render(who, ["stated_on", "claimant", "kind", "said"]),
                             render(balance, ["month", "positive", "negative"]),
                             _outcome_line(found)]))
