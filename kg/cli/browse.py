"""Commands that list what is stored: ``kg articles``, ``kg claims``."""

from __future__ import annotations

import click

from kg.cli import cli
from kg.cli.common import (
    _db_option,
    _format_option,
    _store,
)
from kg.pipeline import entity_named, event_named
from kg.report import (
    CLAIM_COLUMNS,
    as_csv,
    as_json,
    as_jsonl,
    as_table,
    claim_row,
)


@cli.command("articles")
@_format_option("table", "json")
@_db_option
@click.pass_context
def articles_command(ctx: click.Context, fmt: str) -> None:
    """List stored articles with their publisher, date and address (or file)."""
    articles = _store(ctx).articles()
    if fmt == "json":
        click.echo(as_json(articles))
        return
    rows = [{"id": a.id, "published": a.published, "inferred": "yes" if a.published_inferred
             else "", "publisher": a.publisher, "title": a.title, "path": a.path, "url": a.url}
            for a in articles]
    click.echo(as_table(rows, ["id", "published", "inferred", "publisher", "title", "path",
                               "url"]))


@cli.command("claims")
@click.option("--claimant", help="Only claims by this claimant (name or id).")
@click.option("--subject", help="Only claims about this subject (name or id).")
@click.option("--event", help="Only claims about this event (name or id).")
@_format_option("table", "json", "jsonl", "csv")
@_db_option
@click.pass_context
def claims_command(ctx: click.Context, claimant: str | None, subject: str | None,
                   event: str | None, fmt: str) -> None:
    """List stored claims: who claimed what, when, and how sure."""
    store = _store(ctx)
    claims = store.claims(claimant=claimant and entity_named(store, claimant, "claimant"),
                          subject=subject and entity_named(store, subject, "subject"),
                          event=event and event_named(store, event))
    if fmt == "json":
        click.echo(as_json(claims))
    elif fmt == "jsonl":
        if claims:
            click.echo(as_jsonl(claims))
    elif fmt == "csv":
        rows = [claim_row(claim) for claim in claims]
        click.echo(as_csv(rows, list(claim_row(claims[0]) if claims else CLAIM_COLUMNS)))
    else:
        click.echo(as_table([claim_row(claim) for claim in claims], CLAIM_COLUMNS))
