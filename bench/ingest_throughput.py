"""Ingest throughput beside the parse it rests on.

Reads every article of the given folders (default: ../shared/corpus/articles and
../shared/realnews/articles, else tests/data), then in one run times, on the same cleaned
texts: spaCy's own ``nlp.pipe`` over them, and kg's extraction and resolution of each
(which parses once, through the same pipeline). kg's own work on top of the parse should
cost at most half again the parse: the ratio kg / parse should stay at or below 1.5.

    python bench/ingest_throughput.py [FOLDER ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.extract import extract_candidates
from kg.extract.parse import _chosen, _load, model_name
from kg.read import article_files, read_path
from kg.resolve import Gazetteer, resolve_article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT.parent / "shared" / "corpus" / "articles",
                   ROOT.parent / "shared" / "realnews" / "articles"]
TARGET_RATIO = 1.5


def articles(folders: list[Path]):
    found = []
    for path in article_files(folders):
        found.extend(read_path(path).articles)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts")
    options = parser.parse_args()
    folders = options.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()] or [
        ROOT / "tests" / "data"]
    found = articles(folders)
    texts = [a.text for a in found]
    words = sum(len(t.split()) for t in texts)
    nlp = _load(_chosen(None))
    gazetteer = Gazetteer.load()
    extract_candidates("Warm-up. The minister said the vote would go ahead.")
    parse_best = kg_best = float("inf")
    for _ in range(options.repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        parse_best = min(parse_best, time.perf_counter() - start)
        start = time.perf_counter()
        for article in found:
            resolve_article(article, extract_candidates(article.text), gazetteer)
        kg_best = min(kg_best, time.perf_counter() - start)
    ratio = kg_best / parse_best
    print(f"model {model_name()}; {len(found)} articles, {words} words, best of "
          f"{options.repeat}")
    print(f"spaCy nlp.pipe:           {parse_best:7.2f} s  {words / parse_best:8.0f} words/s")
    print(f"kg extract and resolve:   {kg_best:7.2f} s  {words / kg_best:8.0f} words/s")
    print(f"ratio kg / parse: {ratio:.2f} (target at most {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
