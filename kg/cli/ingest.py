"""Commands that read articles: ``kg ingest``, and ``kg build`` (ingest, then every export)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import click

from kg.cli import cli
from kg.cli.common import (
    base_iri_option,
    db_option,
    open_store,
    overrides_of,
    print_report,
    progress_counter,
    reading_options,
    step_reporter,
)
from kg.export import ExportOptions
from kg.pipeline import IngestReport, fresh_store, ingest, store_gazetteer, write_exports
from kg.read import Overrides
from kg.report import CONTRADICTIONS_REPORT, contradictions_markdown
from kg.store import Store


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(readable=False, path_type=Path))
@reading_options
@db_option
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], max_size: int, jobs: int,
                   quiet: bool, published, publisher: str | None,
                   gazetteers: tuple[Path, ...], follow_links: bool) -> None:
    """Read article files or folders (``-`` for standard input) and store their claims.

    Prints one summary line; each file that fails gets one line on stderr, the
    rest of the batch is still stored, and the exit code is 1. Extra gazetteers are
    recorded in the database, and every later command on it uses them.
    """
    store = open_store(ctx, create=True)
    with progress_counter("articles ingested:", quiet) as progress:
        report = ingest(store, paths, store_gazetteer(store, gazetteers), max_size,
                        overrides_of(published, publisher), jobs, progress, follow_links)
    print_report(report)
    if report.failed:
        ctx.exit(1)



@cli.command("build")
@click.argument("paths", nargs=-1, type=click.Path(readable=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the exports.")
@click.option("--fresh", is_flag=True,
              help="Start from an empty database, so the exports hold PATHS and nothing else; "
                   "the database file is replaced only when the build succeeds.")
@reading_options
@base_iri_option
@db_option
@click.pass_context
def build_command(ctx: click.Context, paths: tuple[Path, ...], out: Path, fresh: bool,
                  max_size: int, jobs: int, quiet: bool, published, publisher: str | None,
                  gazetteers: tuple[Path, ...], follow_links: bool, base_iri: str) -> None:
    """Ingest PATHS (if any), then write every export and the contradictions report to OUT."""
    reading = _Reading(max_size, overrides_of(published, publisher), gazetteers, jobs, quiet,
                       follow_links)
    if fresh:
        with fresh_store(ctx.obj["db"]) as store:
            report = _build(store, paths, out, reading, base_iri)
    else:
        report = _build(open_store(ctx, create=bool(paths)), paths, out, reading, base_iri)
    if report is not None and report.failed:
        ctx.exit(1)


class _Reading(NamedTuple):
    """How ``build`` reads its articles."""

    max_size: int
    overrides: Overrides
    gazetteers: tuple[Path, ...]
    jobs: int
    quiet: bool
    follow_links: bool


def _build(store: Store, paths: tuple[Path, ...], out: Path, reading: _Reading,
           base_iri: str) -> IngestReport | None:
    gazetteer = store_gazetteer(store, reading.gazetteers)
    report = None
    if paths:
        with progress_counter("articles ingested:", reading.quiet) as progress:
            report = ingest(store, paths, gazetteer, reading.max_size, reading.overrides,
                            reading.jobs, progress, reading.follow_links)
    if report is not None:
        print_report(report)
    with step_reporter(reading.quiet) as step:
        written = write_exports(
            store, out, ExportOptions(base_iri=base_iri), step,
            lambda known: {CONTRADICTIONS_REPORT: contradictions_markdown(known.contradictions,
                                                                          known.claims)})
    for path in written:
        click.echo(f"wrote {path}")
    return report
