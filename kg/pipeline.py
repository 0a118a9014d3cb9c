"""The library API the command line wires: ingest files, build the graph, write exports."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from kg.analyse import find_contradictions
from kg.analyse.contradictions import related_pairs
from kg.analyse.deciders import Deciders
from kg.errors import ReadError, StoreError
from kg.export import EXPORTERS, ExportOptions, export
from kg.export.options import DEFAULT_OPTIONS
from kg.extract import extract_candidates
from kg.graph import VIEWS, build_graph
from kg.models import Article, Claim, Contradiction
from kg.read import DEFAULT_MAX_BYTES, NO_OVERRIDES, Overrides, article_files, read_path
from kg.render import contradictions_markdown
from kg.resolve import Gazetteer, resolve_article
from kg.store import Store

CONTRADICTIONS_REPORT = "contradictions.md"


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
           max_bytes: int = DEFAULT_MAX_BYTES,
           overrides: Overrides = NO_OVERRIDES) -> IngestReport:
    """Read, extract, resolve and store every article under ``paths``; bad files and records
    become problems in the report and the rest of the batch goes on."""
    report = IngestReport()
    for given in paths:
        files = list(article_files([given]))
        if given.is_dir() and not files:
            report.fail(given, "no readable article files in this folder")
        for path in files:
            try:
                result = read_path(path, max_bytes, overrides)
            except ReadError as error:
                report.fail(path, str(error))
                continue
            for problem in result.problems:
                report.fail(path, problem)
            for article in result.articles:
                _store_article(store, article, gazetteer, report)
    return report


def _store_article(store: Store, article: Article, gazetteer: Gazetteer,
                   report: IngestReport) -> None:
    if store.has_article(article.id):
        report.unchanged += 1
        return
    resolved = resolve_article(article, list(extract_candidates(article.text)), gazetteer)
    try:
        store.add(resolved)
    except StoreError as error:
        report.fail(article.path, str(error))
        return
    report.new += 1
    report.claims += len(resolved.claims)


class KnowledgeGraph(NamedTuple):
    """The store's claims, the contradictions among them, and the graph linking it all."""

    graph: nx.MultiDiGraph
    contradictions: list[Contradiction]
    claims: dict[str, Claim]


def knowledge_graph(store: Store, gazetteer: Gazetteer | None = None) -> KnowledgeGraph:
    """The store's graph, with its contradictions analysed and linked in; the gazetteer says
    who speaks for whom, and so who settles a question."""
    claims = store.claims()
    deciders = Deciders(gazetteer or Gazetteer.load())
    contradictions = find_contradictions(claims, deciders)
    graph = build_graph(store.articles(), store.entities(), store.events(), claims,
                        contradictions, related_pairs(claims, deciders))
    return KnowledgeGraph(graph, contradictions, {claim.id: claim for claim in claims})


def write_exports(store: Store, out_dir: Path, gazetteer: Gazetteer | None = None,
                  options: ExportOptions = DEFAULT_OPTIONS) -> list[Path]:
    """Every export format (graph formats in both views) plus the contradictions report,
    written into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    graph, contradictions, claims = knowledge_graph(store, gazetteer)
    written = []
    for name, exporter in EXPORTERS.items():
        for view in VIEWS if exporter.has_views else ("full",):
            file_name = exporter.file_name if view == "full" else f"{view}-{exporter.file_name}"
            path = out_dir / file_name
            export(graph, name, path, options._replace(view=view))
            written.append(path)
    report = out_dir / CONTRADICTIONS_REPORT
    report.write_text(contradictions_markdown(contradictions, claims), encoding="utf-8")
    written.append(report)
    return written
