"""Reading measured on the development corpus (skipped when ../shared/corpus is absent)."""

import json
import re
from datetime import date

import pytest

from kg.read import read_path
from tests.helpers import CORPUS

pytestmark = pytest.mark.skipif(not (CORPUS / "gold").is_dir(),
                                reason="development corpus not present at ../shared/corpus")

# Words that only page furniture uses; none may survive cleaning.
FURNITURE_MARKERS = [
    r"all rights reserved", r"\bphoto:", r"\bimage:", r"\bcredit:", r"\bcookies?\b",
    r"\bsubscribe\b", r"\bread more\b", r"\badvertisement\b", r"\bnewsletter\b", r"\bdonat",
    r"\bmin read\b", r"\bshare this\b", r"\bmost popular\b", r"\bmore from\b", r"©",
    r"\(c\) ", r"\bcopyright\b", r"\bsign up\b", r"\bfollow .* on social media\b",
    r"market data delayed", r" \| ",
]


def gold_files():
    return sorted((CORPUS / "gold").glob("dev*.json")) if (CORPUS / "gold").is_dir() else []


def read_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    [article] = read_path(CORPUS / "articles" / gold["article"]).articles
    return gold, article


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name[:5])
def test_publication_date_is_right_or_honestly_unknown(gold_path):
    gold, article = read_gold(gold_path)
    expected = date.fromisoformat(gold["published"])
    if gold["date_in_text"]:
        assert (article.published, article.published_inferred) == (expected, False)
    else:
        assert article.published in (expected, None)
        assert article.published_inferred is (article.published is not None)


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name[:5])
def test_publisher(gold_path):
    gold, article = read_gold(gold_path)
    assert article.publisher == gold["publisher"]


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name[:5])
def test_no_page_furniture_survives(gold_path):
    _, article = read_gold(gold_path)
    for marker in FURNITURE_MARKERS:
        assert not re.search(marker, article.text, re.IGNORECASE), marker


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name[:5])
def test_cleaning_keeps_every_gold_evidence_exactly_once(gold_path):
    gold, article = read_gold(gold_path)
    for claim in gold["claims"]:
        assert article.text.count(claim["evidence"]) == 1, claim["evidence"]


def test_corpus_counts():
    dated = inferred = evidence = 0
    for gold_path in gold_files():
        gold, article = read_gold(gold_path)
        dated += article.published == date.fromisoformat(gold["published"])
        inferred += article.published_inferred
        evidence += sum(article.text.count(c["evidence"]) == 1 for c in gold["claims"])
    assert (dated, inferred, evidence) == (12, 2, 112)


REALNEWS = CORPUS.parent / "realnews"


@pytest.mark.skipif(not (REALNEWS / "gold").is_dir(),
                    reason="real-news corpus not present at ../shared/realnews")
def test_every_real_news_evidence_survives_cleaning():
    """Real pages include hard-wrapped wire copy: its line breaks stay where they were."""
    found = total = 0
    for gold_path in sorted((REALNEWS / "gold").glob("rn*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        [article] = read_path(REALNEWS / "articles" / gold["article"]).articles
        total += len(gold["claims"])
        found += sum(article.text.count(c["evidence"]) == 1 for c in gold["claims"])
    assert (found, total) == (246, 246)
