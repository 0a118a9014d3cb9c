"""Commands that list what is stored: ``kg articles``, ``kg claims``."""

from __future__ import annotations

import click

from kg.cli import cli
from kg.cli.common import db_option, format_option, open_store
from kg.pipeline import entity_named, event_named
from kg.report import articles_text, as_json, claims_text


@cli.command("articles")
@format_option("table", "json")
@db_option
@click.pass_context
def articles_command(ctx: click.Context, fmt: str) -> None:
    """List stored articles with their publisher, date and address (or file)."""
    articles = open_store(ctx).articles()
    click.echo(as_json(articles) if fmt == "json" else articles_text(articles))


@cli.command("claims")
@click.option("--claimant", help="Only claims by this claimant (name or id).")
@click.option("--subject", help="Only claims about this subject (name or id).")
@click.option("--event", help="Only claims about this event (name or id).")
@format_option("table", "json", "jsonl", "csv")
@db_option
@click.pass_context
def claims_command(ctx: click.Context, claimant: str | None, subject: str | None,
                   event: str | None, fmt: str) -> None:
    """List stored claims: who claimed what, when, and how sure."""
    store = open_store(ctx)
    claims = store.claims(claimant=claimant and entity_named(store, claimant, "claimant"),
                          subject=subject and entity_named(store, subject, "subject"),
                          event=event and event_named(store, event))
    if claims or fmt != "jsonl":  # no lines at all for no claims
        click.echo(claims_text(claims, fmt))
