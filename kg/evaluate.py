"""Measure extraction against a corpus with gold claims (the format of ``corpus/README.md``).

The corpus is ingested into a temporary SQLite database, exactly as ``kg ingest``
would store it. A predicted claim matches a gold claim when their evidence spans
overlap in the same article (each claim matches at most one other); attribution
also needs the right claimant. Field accuracies are over matched pairs. When the
corpus has ``gold/contradictions.json``, the contradiction pairs kg reports are
counted against it too.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.analyse import find_contradictions
from kg.analyse.deciders import Deciders
from kg.errors import KgError
from kg.models import Article, Claim, Contradiction, EntityType
from kg.pipeline import ingest
from kg.resolve import Gazetteer
from kg.scores import FIELDS, Evaluation
from kg.store import Store


@dataclass(frozen=True)
class GoldClaim:
    article: str
    claimant: str
    claimant_type: str
    subject: str
    kind: str
    polarity: str
    certainty: str
    stated_on: str | None
    event: bool  # the proposition is about a named event ("BRICS summit 2023")
    evidence: str
    start: int
    end: int


def normalized(name: str) -> str:
    """A name for comparison: lowercase, no punctuation, no parenthetical qualifier
    ("National Intelligence Service (South Korea)"), no possessive between a body and its
    unit ("the agency's Paris office")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"['’]s\b", "", name)
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def same_claimant(gold: GoldClaim, claim: Claim) -> bool:
    """The right claimant: the same name, or both anonymous."""
    if gold.claimant_type == "unnamed" and claim.claimant.type is EntityType.unnamed:
        return True
    return normalized(gold.claimant) == normalized(claim.claimant.name)


def _same_subject(gold: GoldClaim, claim: Claim) -> bool:
    """About the same one: the same name, or one name's last word in the other ("Kim Jong
    Un", "Kim"); it tells apart two claims drawn from one sentence."""
    ours, theirs = normalized(claim.subject.name).split(), normalized(gold.subject).split()
    return bool(ours and theirs) and (ours[-1] in theirs or theirs[-1] in ours)


def _field_value(claim: Claim, name: str) -> str | None:
    value = getattr(claim, name)
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


def load_gold(corpus: Path, articles: dict[str, Article]) -> list[GoldClaim]:
    """Gold claims with their evidence located in the cleaned article text."""
    gold_dir = corpus / "gold"
    if not gold_dir.is_dir() or not (corpus / "articles").is_dir():
        raise KgError(f"{corpus}: not a corpus folder (needs articles/ and gold/)")
    claims = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "claims" not in data:
            continue
        article = articles.get(data["article"])
        for row in data["claims"]:
            start = article.text.find(row["evidence"]) if article else -1
            claims.append(GoldClaim(
                article=data["article"], claimant=row["claimant"],
                claimant_type=row["claimant_type"], subject=row.get("subject") or "",
                kind=row["kind"],
                polarity=row["polarity"], certainty=row["certainty"],
                stated_on=row["stated_on"], event=_names_an_event(row),
                evidence=row["evidence"],
                start=start, end=start + len(row["evidence"]) if start >= 0 else -1,
            ))
    return claims


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _names_an_event(row: dict[str, str | None]) -> bool:
    """Whether a gold claim is about a named event: it has an event date, and its subject or
    object is an event's canonical name, which carries the year ("BRICS summit 2023",
    "2019 Australian federal election"), unlike a dated visit or layoff."""
    return bool(row.get("event_date")) and any(
        _YEAR.search(row.get(part) or "") for part in ("subject", "object"))


def _overlap(gold: GoldClaim, claim: Claim) -> int:
    return min(gold.end, claim.evidence.end) - max(gold.start, claim.evidence.start)


def evaluate(corpus: Path, gazetteer: Gazetteer) -> Evaluation:
    """Ingest ``corpus/articles`` into a temporary database and score it against the gold."""
    with (tempfile.TemporaryDirectory() as folder,
          Store(Path(folder) / "eval.sqlite", create=True) as store):
        report = ingest(store, [corpus / "articles"], gazetteer)
        articles = {Path(a.path).name: a for a in store.articles()}
        predicted = store.claims()
        reported = find_contradictions(predicted, Deciders(gazetteer))
    gold = load_gold(corpus, articles)
    by_article = {a.id: name for name, a in articles.items()}
    result = Evaluation(gold=len(gold), predicted=len(predicted),
                        events_gold=sum(g.event for g in gold),
                        problems=[{"article": p.path, "reason": p.reason}
                                  for p in report.problems])
    pairs = []
    for g in gold:
        for claim in predicted:
            if by_article.get(claim.article_id) == g.article and _overlap(g, claim) > 0:
                pairs.append((not same_claimant(g, claim), -_overlap(g, claim),
                              not _same_subject(g, claim), g, claim))
    pairs.sort(key=lambda pair: (*pair[:3], pair[3].start, pair[4].id))
    used_gold: set[int] = set()
    used_claims: set[str] = set()
    for wrong_claimant, _, _, g, claim in pairs:
        if id(g) in used_gold or claim.id in used_claims:
            continue
        used_gold.add(id(g))
        used_claims.add(claim.id)
        _score_pair(result, g, claim, wrong_claimant)
    for g in gold:
        if id(g) not in used_gold:
            result.misses.append({"article": g.article, "claimant": g.claimant,
                                  "kind": g.kind, "evidence": g.evidence})
    _score_contradictions(result, corpus, articles, predicted, reported)
    for claim in predicted:
        if claim.id not in used_claims:
            result.false_positives.append({"article": by_article[claim.article_id],
                                           "claimant": claim.claimant.name,
                                           "kind": claim.kind.value,
                                           "evidence": claim.evidence.text})
    return result


def _score_contradictions(result: Evaluation, corpus: Path, articles: dict[str, Article],
                          predicted: list[Claim], reported: list[Contradiction]) -> None:
    """How many gold contradiction pairs kg reports: a pair is found when kg reports two
    claims whose evidence overlaps each side's."""
    path = corpus / "gold" / "contradictions.json"
    if not path.is_file():
        return
    gold = json.loads(path.read_text(encoding="utf-8"))
    pairs = {frozenset((c.a, c.b)) for c in reported}

    def located(side: dict[str, str]) -> list[str]:
        article = articles.get(side["article"])
        if article is None or side["evidence"] not in article.text:
            return []
        start = article.text.index(side["evidence"])
        end = start + len(side["evidence"])
        return [c.id for c in predicted if c.article_id == article.id
                and min(end, c.evidence.end) > max(start, c.evidence.start)]

    result.contradictions_gold = len(gold)
    result.contradictions_reported = len(reported)
    result.contradictions_found = sum(
        any(frozenset((a, b)) in pairs for a in located(g["a"]) for b in located(g["b"]))
        for g in gold)


def _score_pair(result: Evaluation, g: GoldClaim, claim: Claim, wrong_claimant: bool) -> None:
    result.matched += 1
    result.events_linked += g.event and claim.event is not None
    result.attributed += not wrong_claimant
    wrong = {}
    if wrong_claimant:
        wrong["claimant"] = f"{claim.claimant.name} (gold {g.claimant})"
    for name in FIELDS:
        if _field_value(claim, name) == getattr(g, name):
            result.correct[name] += 1
        else:
            wrong[name] = f"{_field_value(claim, name)} (gold {getattr(g, name)})"
    if wrong:
        result.wrong_fields.append({"article": g.article, "evidence": g.evidence, **wrong})
