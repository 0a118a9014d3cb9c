"""The library API the command line wires: ingest files, build the graph, write exports."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import NamedTuple

from kg.analyse.deciders import Deciders
from kg.analyse.kept import claimant_record, refresh
from kg.analyse.records import Timeline, TrackRecord, find_name, timeline
from kg.bulk import no_cycle_collection
from kg.errors import ExportError, ReadError, StoreError
from kg.export import EXPORTERS, ExportOptions, export, text_of
from kg.export.options import DEFAULT_OPTIONS
from kg.extract import extract_candidates, model_name
from kg.extract.parse import pipeline, select_model, selected_model
from kg.graph import VIEWS, GraphElements, graph_elements
from kg.models import Article, Claim, Contradiction
from kg.rdf.sparql import BATCH_SIZE, TIMEOUT_SECONDS, push
from kg.rdf.statements import rdflib_quads
from kg.rdf.validate import Report, validate_in_parts
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.read import (
    DEFAULT_MAX_BYTES,
    NO_OVERRIDES,
    Overrides,
    article_files,
    read_path,
    relative_name,
)
from kg.read.decode import shown_path
from kg.resolve import Gazetteer, Resolved, resolve_article
from kg.resolve.gazetteer import read_gazetteer
from kg.store import Store


@dataclass(frozen=True)
class Problem:
    """A file that could not be ingested, and why."""

    path: str
    reason: str


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (f"articles: {self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
                f"claims added: {self.claims}")

    def fail(self, path: Path | str, reason: str) -> None:
        self.failed += 1
        self.problems.append(Problem(str(path), reason))


def ingest(store: Store, paths: Iterable[Path], gazetteer: Gazetteer,
           max_bytes: int = DEFAULT_MAX_BYTES, overrides: Overrides = NO_OVERRIDES,
           jobs: int = 1, progress: Callable[[int], None] | None = None,
           follow_links: bool = False) -> IngestReport:
    """Read, extract, resolve and store every article under ``paths``; bad files and records
    become problems in the report and the rest of the batch goes on. With ``jobs`` above
    one, worker processes parse and resolve while this one reads and writes, in the same
    order, so the database is the same; ``progress`` is told of each article done. Links
    out of a folder are followed only with ``follow_links``."""
    report = IngestReport()
    articles = _new_articles(store, paths, max_bytes, overrides, report, follow_links)
    with store.batch(), analysing(gazetteer, jobs) as analyse:
        for article, outcome in analyse(articles):
            if isinstance(outcome, str):
                report.fail(article.path, outcome)
            else:
                _store(store, outcome, report)
            if progress is not None:
                progress(1)
    refresh(store, Deciders(gazetteer))
    return report


def _new_articles(store: Store, paths: Iterable[Path], max_bytes: int, overrides: Overrides,
                  report: IngestReport, follow_links: bool) -> Iterator[Article]:
    """The articles under ``paths`` not stored yet; read failures go into ``report``."""
    for given in paths:
        failed = report.failed
        files = list(article_files([given], follow_links, lambda path, reason, given=given:
                                   report.fail(relative_name(path, given), reason)))
        if given.is_dir() and not files and report.failed == failed:
            report.fail(shown_path(str(given)), "no readable article files in this folder")
        for path in files:
            name = relative_name(path, given)
            try:
                result = read_path(path, max_bytes, overrides, name)
            except ReadError as error:
                report.fail(name, str(error))
                continue
            except Exception as error:  # a reader bug on one file must not end the batch
                report.fail(name, f"cannot read: {_described(error)}")
                continue
            for problem in result.problems:
                report.fail(name, problem)
            for article in result.articles:
                if store.has_article(article.id):
                    report.unchanged += 1
                    store.add_appearance(article)
                else:
                    yield article


def _described(error: Exception) -> str:
    """An unexpected error in one line: its type and message."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def analysed(article: Article, gazetteer: Gazetteer) -> Resolved | str:
    """One article's claims, or why they could not be extracted."""
    try:
        return resolve_article(article, extract_candidates(article.text), gazetteer,
                               model_name())
    except Exception as error:  # a rule that trips on one article must not end the batch
        return f"cannot extract claims: {_described(error)}"


Analyse = Callable[[Iterable[Article]], Iterator[tuple[Article, "Resolved | str"]]]

_worker_gazetteer: list[Gazetteer] = []  # the gazetteer of this worker process


def _start_worker(gazetteer: Gazetteer, model: str | None) -> None:
    _worker_gazetteer[:] = [gazetteer]
    select_model(model)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def _analysed_in_worker(article: Article) -> tuple[Article, Resolved | str]:
    return article, analysed(article, _worker_gazetteer[0])


@contextmanager
def analysing(gazetteer: Gazetteer, jobs: int = 1) -> Iterator[Analyse]:
    """A function from articles to (article, claims or failure), in input order: in this
    process for one job or a handful of articles, else in ``jobs`` worker processes that
    each load the parser once."""
    pools: list[Pool] = []

    def analyse(articles: Iterable[Article]) -> Iterator[tuple[Article, Resolved | str]]:
        articles = iter(articles)
        first = list(islice(articles, jobs * WINDOW_PER_JOB))
        if jobs <= 1 or len(first) < jobs * WINDOW_PER_JOB:  # all there is: no pool pays off
            yield from ((a, analysed(a, gazetteer)) for a in chain(first, articles))
            return
        if not pools:
            pipeline()  # load once here, so that forked workers share it
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            pools.append(context.Pool(jobs, _start_worker, (gazetteer, selected_model())))
        yield from _in_windows(pools[0], jobs * WINDOW_PER_JOB, chain(first, articles))

    try:
        yield analyse
    finally:
        for pool in pools:
            pool.terminate()
            pool.join()


WINDOW_PER_JOB = 16  # articles handed to each worker at a time


def _in_windows(pool: Pool, size: int,
                articles: Iterator[Article]) -> Iterator[tuple[Article, Resolved | str]]:
    """The pool's results in input order. Articles are read here, in the calling thread (the
    store is not shared across threads), one window ahead of the results, so the workers
    parse the next window while this thread stores the last; memory stays bounded."""

    def submitted() -> AsyncResult | None:
        window = list(islice(articles, size))
        return pool.map_async(_analysed_in_worker, window, chunksize=4) if window else None

    pending = submitted()
    while pending is not None:
        following = submitted()
        yield from pending.get()
        pending = following


def _store(store: Store, resolved: Resolved, report: IngestReport) -> None:
    try:
        added = store.add(resolved.article, resolved.claims, resolved.entities.values(),
                          resolved.events.values())
    except StoreError as error:
        path = resolved.article.path
        report.fail(path, str(error).removeprefix(f"{path}: "))
        return
    if not added:  # the same text twice in one batch
        report.unchanged += 1
        return
    report.new += 1
    report.claims += len(resolved.claims)


def store_gazetteer(store: Store, extra: Iterable[Path] = ()) -> Gazetteer:
    """The gazetteer a database's analysis uses: the bundled one, every extra file recorded
    in the database before, and ``extra``, which is recorded now for every later command."""
    for path in extra:
        store.record_gazetteer(path.name, read_gazetteer(path))
    return Gazetteer.load_texts(store.gazetteers())


@contextmanager
def fresh_store(path: Path) -> Iterator[Store]:
    """An empty database that replaces ``path`` when the block succeeds; on failure the old
    file stays as it was and the new one is removed."""
    partial = path.with_name(f".{path.name}.fresh")
    partial.unlink(missing_ok=True)
    store = Store(partial, create=True)
    try:
        yield store
    except BaseException:
        store.close()
        partial.unlink(missing_ok=True)
        raise
    store.close()
    partial.replace(path)


class KnowledgeGraph(NamedTuple):
    """The store's claims, the contradictions among them, and the graph linking it all."""

    graph: GraphElements  # its ``networkx`` is the graph as a networkx MultiDiGraph
    contradictions: list[Contradiction]
    claims: dict[str, Claim]


def deciders_of(store: Store) -> Deciders:
    """Who decides and who speaks for whom, by the store's gazetteer."""
    return Deciders(store_gazetteer(store))


def refreshed(store: Store) -> Store:
    """The store with its kept analysis brought up to date (see :mod:`kg.analyse.kept`)."""
    refresh(store, deciders_of(store))
    return store


def contradictions_in(store: Store, with_claims: bool = True, **only: object
                      ) -> tuple[list[Contradiction], dict[str, Claim]]:
    """The store's kept contradictions (``only`` those :meth:`Store.contradictions` selects)
    and, ``with_claims``, the claims they join, by id."""
    contradictions = refreshed(store).contradictions(**only)
    if not with_claims:
        return contradictions, {}
    return contradictions, store.claims_by_id(ids for c in contradictions for ids in (c.a, c.b))


def _silent(step: str) -> None:
    """Told nothing: the default for callers that show no progress."""


def knowledge_graph(store: Store, step: Callable[[str], None] = _silent) -> KnowledgeGraph:
    """The store's graph, with its kept contradictions and related claims linked in; ``step``
    is told what is being done."""
    step("updating the analysis")
    contradictions = refreshed(store).contradictions()
    step("building the graph")
    claims = store.claims()
    graph = graph_elements(store.articles(), store.entities(), store.events(), claims,
                        contradictions, store.related_pairs())
    return KnowledgeGraph(graph, contradictions, {claim.id: claim for claim in claims})


def write_exports(store: Store, out_dir: Path, options: ExportOptions = DEFAULT_OPTIONS,
                  step: Callable[[str], None] = _silent,
                  reports: Callable[[KnowledgeGraph], Mapping[str, str]] = lambda known: {}
                  ) -> list[Path]:
    """Every export format (graph formats in both views), plus the text files ``reports``
    renders from the knowledge graph (by file name), written into ``out_dir``; ``step``
    is told of each file before it is written. The set is written into a new folder
    beside ``out_dir`` and swapped in whole, so ``out_dir`` never holds old and new files
    together, and a failure leaves it as it was."""
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
        try:
            names = _write_set(store, out_dir, work, options, step, reports)
            _swap_in(work, out_dir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    except OSError as error:  # a full disk, a folder taken away
        raise ExportError(f"{out_dir}: cannot write: {error.strerror or error}") from error
    return [out_dir / name for name in names]


@no_cycle_collection()
def _write_set(store: Store, out_dir: Path, work: Path, options: ExportOptions,
               step: Callable[[str], None],
               reports: Callable[[KnowledgeGraph], Mapping[str, str]]) -> list[str]:
    """Every file of the set, written straight into ``work`` (the folder is swapped in whole,
    so no file needs its own partial copy); the names written."""
    known = knowledge_graph(store, step)
    names = []
    for exporter in EXPORTERS.values():
        for view in VIEWS if exporter.has_views else ("full",):
            file_name = exporter.file_name if view == "full" else f"{view}-{exporter.file_name}"
            step(f"writing {out_dir / file_name}")
            with (work / file_name).open("w", encoding="utf-8", newline="") as out:
                out.writelines(exporter.generate(known.graph, options._replace(view=view)))
            names.append(file_name)
    for file_name, text in reports(known).items():
        step(f"writing {out_dir / file_name}")
        (work / file_name).write_text(text, encoding="utf-8")
        names.append(file_name)
    return names


def _swap_in(work: Path, out_dir: Path) -> None:
    """Put the folder ``work`` in the place of ``out_dir``; what kg did not write there (a
    README, another tool's files) moves over."""
    if not out_dir.exists():
        work.rename(out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    out_dir.rename(old)
    work.rename(out_dir)
    for entry in old.iterdir():
        if not (out_dir / entry.name).exists():
            entry.rename(out_dir / entry.name)
    shutil.rmtree(old)


def entity_named(store: Store, name: str, what: str = "entity") -> str:
    """The id of the stored entity a user means by ``name`` (any case, an id, or the one
    name holding every word of it); every name filter of every command resolves so."""
    return find_name(name, ((e.id, e.name) for e in store.entities()), what)


def event_named(store: Store, name: str) -> str:
    return find_name(name, ((e.id, e.name) for e in store.events()), "event")


def event_timeline(store: Store, name: str) -> Timeline:
    """Every claim about the event a user names, in the order stated, and its outcomes."""
    event_id = event_named(store, name)
    return timeline(event_id, store.claims(event=event_id), deciders_of(store))


def claimant_record_named(store: Store, name: str) -> TrackRecord:
    """The track record of the claimant a user names, from the kept analysis."""
    return claimant_record(refreshed(store), entity_named(store, name, "claimant"))


def push_store(store: Store, endpoint: str, graph_iri: str | None = None, replace: bool = False,
               batch_size: int = BATCH_SIZE, timeout: float = TIMEOUT_SECONDS,
               base_iri: str = DEFAULT_BASE_IRI, step: Callable[[str], None] = _silent) -> int:
    """Push the store's graph to a Graph Store Protocol endpoint (:func:`kg.rdf.sparql.push`);
    the triples sent."""
    graph = knowledge_graph(store, step).graph
    ntriples = text_of(graph, "ntriples", ExportOptions(base_iri=base_iri))
    return push(ntriples, endpoint, graph_iri, replace, batch_size,
                lambda done, total: step(f"pushed {done}/{total} triples"), timeout)


def validate_store(store: Store, step: Callable[[str], None] = _silent) -> Report:
    """The store's graph checked against kg's shapes a part at a time: memory stays flat as
    the store grows."""
    graph = knowledge_graph(store, step).graph
    step("checking the store's graph against the shapes")
    return validate_in_parts(lambda: rdflib_quads(graph))


def export_store(store: Store, format_name: str, path: Path,
                 options: ExportOptions = DEFAULT_OPTIONS,
                 step: Callable[[str], None] = _silent) -> None:
    """Write the store's graph to ``path`` in one format (:func:`kg.export.export`)."""
    graph = knowledge_graph(store, step).graph
    step(f"writing {path}")
    export(graph, format_name, path, options)
