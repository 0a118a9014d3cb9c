"""kg at scale: each target of the scale benchmark beside the value measured in this run.

1. Ingest: generated articles (bench/articles.py) parsed by spaCy's own ``nlp.pipe`` and
   ingested with one job and with two (in this process, the parser loaded, as nlp.pipe is);
   the peak memory of ``kg ingest --jobs 2`` (every process of it); then ``--growth``
   articles ingested into one store ``--step`` at a time, the time per article of the
   first step set against the last (the analysis is kept up to date at each step).
2. Analysis and exports on a large store: the ingested store copied until it holds about
   ``--claims`` claims (every copy a distinct article about distinct people, so stories
   stay the size real coverage gives them); the first query analyses the copies from
   scratch, then ``kg query contradictions``, ``kg query claimants``, ``kg export`` in
   Turtle, N-Triples, GraphML and GEXF and ``kg validate``, each a separate process with
   its time and peak memory. RDF exports are set against pyoxigraph's serializer writing
   the same triples.

Each step runs with a time limit; a step over it is reported as such, not waited for.

    python bench/run.py [--articles 600] [--growth 20000] [--step 1000] [--claims 100000]
                        [--rdf-claims 26000] [--limit 120] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import articles as generated

KG = [sys.executable, "-m", "kg"]


@dataclass
class Measure:
    name: str
    value: float | None  # None: over the time limit
    unit: str
    target: str
    met: bool | None
    note: str = ""


@dataclass
class Run:
    seconds: float | None
    peak_mb: float


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines()
                              if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(child) for child in children)
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def timed(command: list[str], limit: float, stdout=subprocess.DEVNULL) -> Run:
    """Run ``command``; its wall time (None past ``limit`` seconds) and peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        if time.perf_counter() - start > limit:
            process.kill()
            process.wait()
            return Run(None, peak)
        time.sleep(0.05)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    return Run(time.perf_counter() - start, peak)


def parse_seconds(folder: Path) -> tuple[float, int]:
    """spaCy's own ``nlp.pipe`` over the cleaned texts kg reads from ``folder``."""
    from kg.extract.parse import pipeline
    from kg.read import article_files, read_path

    texts = [a.text for path in article_files([folder]) for a in read_path(path).articles]
    nlp = pipeline()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts):
        pass
    return time.perf_counter() - start, sum(len(t.split()) for t in texts)


def ingest_seconds(folder: Path, db: Path, jobs: int) -> float:
    """``kg ingest --jobs N`` through the library, in this process, with the parser already
    loaded (as ``nlp.pipe`` is timed), into a new database."""
    from kg.pipeline import ingest
    from kg.resolve import Gazetteer
    from kg.store import Store

    with Store(db, create=True) as store:
        start = time.perf_counter()
        ingest(store, [folder], Gazetteer.load(), jobs=jobs)
        return time.perf_counter() - start


def growing_seconds(folder: Path, db: Path, step: int, jobs: int) -> tuple[list[float], str]:
    """The seconds each ingest of ``step`` more articles of ``folder`` took, into one store
    that grows (through the library, in this process, with the parser already loaded), and
    what the store held at the end."""
    from kg.pipeline import ingest
    from kg.resolve import Gazetteer
    from kg.store import Store

    paths = sorted(folder.iterdir())
    gazetteer = Gazetteer.load()
    seconds = []
    with Store(db, create=True) as store:
        for start in range(0, len(paths), step):
            began = time.perf_counter()
            ingest(store, paths[start:start + step], gazetteer, jobs=jobs)
            seconds.append(time.perf_counter() - began)
        claims, contradictions, largest = store.db.execute(
            "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM contradictions), "
            "(SELECT max(n) FROM (SELECT count(*) AS n FROM claim_families "
            "GROUP BY subject, predicate))").fetchone()
    return seconds, (f"{claims:,} claims, {contradictions:,} contradictions, largest "
                     f"proposition family {largest:,} claims")


def grown(source: Path, target: Path, claims: int) -> int:
    """Copy the store at ``source`` into ``target`` until it holds about ``claims`` claims:
    each copy renames every id and name, so copies never meet. Returns the claim count."""
    shutil.copy(source, target)
    db = sqlite3.connect(target)
    have = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    copies = max(0, -(-claims // max(have, 1)) - 1)
    for copy in range(1, copies + 1):
        tag = f"~{copy}"
        db.execute("INSERT INTO entities SELECT id || ?, name || ' ' || ?, type FROM entities "
                   "WHERE id NOT LIKE '%~%'", (tag, copy))
        db.execute("INSERT INTO events SELECT id || ?, name || ' ' || ?, date, series, place "
                   "FROM events WHERE id NOT LIKE '%~%'", (tag, copy))
        db.execute("INSERT INTO articles SELECT id || ?, path || ?, url, title, "
                   "publisher || ' ' || ?, published, published_inferred, published_cue, text "
                   "FROM articles WHERE id NOT LIKE '%~%'", (tag, tag, copy))
        db.execute(
            "INSERT INTO claims SELECT c.id || :t, c.article_id || :t, c.claimant_id || :t, "
            "c.reported_by_id || :t, c.kind, c.subject_id || :t, c.predicate, "
            "c.object_id || :t, c.event_id || :t, c.polarity, c.certainty, c.stated_on, "
            "c.stated_on_precision, c.evidence_text, c.evidence_start, c.evidence_end, c.rule, "
            "c.model FROM claims c WHERE c.id NOT LIKE '%~%'", {"t": tag})
    db.commit()
    total = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    db.close()
    return total


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def _fmt(value: float | None, unit: str) -> str:
    return "over limit" if value is None else f"{value:,.2f} {unit}".rstrip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600, help="articles ingested")
    parser.add_argument("--growth", type=int, default=20_000,
                        help="articles ingested into one store, --step at a time, to see "
                             "whether the time per article stays flat as it grows")
    parser.add_argument("--step", type=int, default=1000, help="articles per ingest")
    parser.add_argument("--claims", type=int, default=100_000,
                        help="claims in the store the queries and graph exports read")
    parser.add_argument("--rdf-claims", type=int, default=26_000,
                        help="claims in the store the RDF exports read (about 1M triples)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds per step")
    parser.add_argument("--json", type=Path, help="also write the measures here")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    measures: list[Measure] = []
    try:
        measures += _ingest(work, options)
        measures += _large_store(work, options)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(m.name) for m in measures)
    print(f"{'measure':<{width}}  {'value':>16}  {'target':<22}  met")
    for m in measures:
        met = "-" if m.met is None else ("yes" if m.met else "NO")
        print(f"{m.name:<{width}}  {_fmt(m.value, m.unit):>16}  {m.target:<22}  {met}"
              + (f"  ({m.note})" if m.note else ""))
    if options.json:
        options.json.write_text(json.dumps([asdict(m) for m in measures], indent=2) + "\n")
    return 0


def _ingest(work: Path, options: argparse.Namespace) -> list[Measure]:
    folder = work / "articles"
    generated.write(folder, options.articles)
    parsed, words = parse_seconds(folder)
    one, two = (Run(ingest_seconds(folder, work / f"ingest-{jobs}.sqlite", jobs), 0.0)
                for jobs in (1, 2))
    memory = timed([*KG, "--db", str(work / "memory.sqlite"), "ingest", "--quiet", "--jobs",
                    "2", str(folder)], options.limit * 4)
    two.peak_mb = memory.peak_mb
    big = work / "growth"
    generated.write(big, options.growth, seed=2)
    steps, held = growing_seconds(big, work / "growth.sqlite", options.step, 2)
    first, last = (steps[0] / options.step, steps[-1] / options.step) if steps else (0, 0)
    growth = last / first if first else None
    shutil.copy(work / "ingest-2.sqlite", work / "ingested.sqlite")
    return [
        Measure(f"ingest {options.articles} articles ({words:,} words), 1 job", one.seconds,
                "s", "", None),
        Measure("  spaCy nlp.pipe over the same texts", parsed, "s", "", None),
        Measure("  ingest / nlp.pipe, 1 job", one.seconds / parsed if one.seconds else None,
                "x", "<= 1.5", bool(one.seconds) and one.seconds / parsed <= 1.5),
        Measure("ingest, 2 jobs", two.seconds, "s", "", None),
        Measure("  speed-up of 2 jobs over 1", one.seconds / two.seconds
                if one.seconds and two.seconds else None, "x", ">= 1.7",
                bool(one.seconds and two.seconds) and one.seconds / two.seconds >= 1.7),
        Measure("  peak memory, 2 jobs (all processes)", two.peak_mb, "MB", "< 1024",
                two.peak_mb < 1024),
        Measure(f"  time per article, last {options.step:,} / first {options.step:,} of "
                f"{options.growth:,} in one store", growth, "x", "flat (<= 1.2)",
                growth is not None and growth <= 1.2,
                f"{_fmt(first * 1000, 'ms')} -> {_fmt(last * 1000, 'ms')}; every step: "
                + ", ".join(f"{seconds / options.step * 1000:.1f}" for seconds in steps)
                + f" ms; at the end {held}"),
    ]


def _large_store(work: Path, options: argparse.Namespace) -> list[Measure]:
    db = work / "large.sqlite"
    claims = grown(work / "ingested.sqlite", db, options.claims)
    base = [*KG, "--db", str(db)]
    rdf_db = work / "rdf.sqlite"
    rdf_claims = grown(work / "ingested.sqlite", rdf_db, options.rdf_claims)
    rdf_base = [*KG, "--db", str(rdf_db)]
    timed([*rdf_base, "query", "claimants"], options.limit * 2)  # analyse the copies first
    first = timed([*base, "query", "claimants", "--format", "json"], options.limit * 2)
    measures = [Measure(f"analysis of {claims:,} claims from scratch (first query)",
                        first.seconds, "s", "", None, f"peak {first.peak_mb:,.0f} MB")]
    for command, target_seconds in ((["query", "contradictions", "--format", "json"], 2.0),
                                    (["query", "claimants", "--format", "json"], 2.0)):
        run = timed([*base, *command], options.limit)
        measures.append(Measure(f"kg {' '.join(command[:2])}, {claims:,} claims", run.seconds,
                                "s", f"< {target_seconds:g} s",
                                run.seconds is not None and run.seconds < target_seconds,
                                f"peak {run.peak_mb:,.0f} MB"))
    triples = None
    for fmt, suffix in (("ntriples", "nt"), ("turtle", "ttl")):
        out = work / f"large.{suffix}"
        run = timed([*rdf_base, "export", fmt, "--out", str(out)], options.limit)
        if fmt == "ntriples" and run.seconds is not None:
            triples = sum(1 for _ in out.open(encoding="utf-8"))
        reference = _oxigraph_seconds(work / "large.nt", fmt) if triples else None
        ratio = run.seconds / reference if run.seconds and reference else None
        measures.append(Measure(
            f"kg export {fmt}, {_count(triples)} triples ({rdf_claims:,} claims)",
            run.seconds, "s",
            "<= 2x pyoxigraph", ratio is not None and ratio <= 2,
            f"pyoxigraph {_fmt(reference, 's')}, ratio {_fmt(ratio, 'x')}, "
            f"peak {run.peak_mb:,.0f} MB (target < 1024)"))
    for fmt, suffix in (("graphml", "graphml"), ("gexf", "gexf")):
        run = timed([*base, "export", fmt, "--out", str(work / f"g.{suffix}")],
                    options.limit)
        measures.append(Measure(f"kg export {fmt}, {claims:,} claims", run.seconds, "s",
                                "< 10 s", run.seconds is not None and run.seconds < 10,
                                f"peak {run.peak_mb:,.0f} MB"))
    run = timed([*rdf_base, "validate"], options.limit)
    measures.append(Measure(f"kg validate, {_count(triples)} triples", run.seconds, "s",
                            "< 120 s", run.seconds is not None and run.seconds < 120,
                            f"peak {run.peak_mb:,.0f} MB (target < 1024)"))
    return measures


def _oxigraph_seconds(ntriples: Path, fmt: str) -> float | None:
    """pyoxigraph's serializer writing the triples of ``ntriples`` (already in memory)."""
    try:
        import pyoxigraph
    except ImportError:
        return None
    quads = list(pyoxigraph.parse(path=str(ntriples), format=pyoxigraph.RdfFormat.N_TRIPLES))
    target = {"ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
              "turtle": pyoxigraph.RdfFormat.TURTLE}[fmt]
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        pyoxigraph.serialize(quads, sink, target)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
