"""Timelines of events and claimants' track records, built on settled propositions.

A forecast (prediction, expectation or speculation) is right when the claim that
settles its proposition has the same polarity, wrong when it has the opposite one,
annulled when its event was called off, and open while nothing has settled it. Its
Brier score uses the probability that its certainty stands for (:data:`PROBABILITY`).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kg.analyse.contradictions import (
    TENTATIVE,
    Proposition,
    called_off,
    last_settler,
    propositions,
    settler,
    since_settled,
)
from kg.analyse.deciders import Deciders
from kg.errors import KgError
from kg.models import Certainty, Claim, Contradiction, ContradictionKind

# The probability a claim's certainty stands for, for Brier scores.
PROBABILITY = {Certainty.certain: 0.95, Certainty.probable: 0.75, Certainty.possible: 0.55}


_WORD = re.compile(r"\w+")


def by_date(claim: Claim) -> tuple[date, str, int]:
    """Claims in the order they were stated; undated ones last."""
    return (claim.stated_on or date.max, claim.path, claim.evidence.start)


def find_name(wanted: str, names: Iterable[tuple[str, str]], what: str) -> str:
    """The id whose name or id is ``wanted`` (any case), else the one name holding every word
    of ``wanted`` ("Lavrov" for "Sergei Lavrov"); otherwise an error with the closest names."""
    names = sorted(set(names))
    for identifier, name in names:
        if wanted.lower() in (identifier.lower(), name.lower()):
            return identifier
    words = set(_WORD.findall(wanted.lower()))
    holding = {identifier for identifier, name in names
               if words and words <= set(_WORD.findall(name.lower()))}
    if len(holding) == 1:
        return holding.pop()
    close = sorted(name for identifier, name in names if identifier in holding) or (
        difflib.get_close_matches(wanted, sorted({name for _, name in names}), n=3, cutoff=0.4))
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise KgError(f"unknown {what} {wanted!r}{hint}")


def brier_score(certainty: Certainty, verdict: str) -> float | None:
    """The Brier score of a forecast of ``certainty`` that proved ``verdict``; None unless
    it was right or wrong."""
    if verdict not in ("right", "wrong"):
        return None
    return round((PROBABILITY[certainty] - (1.0 if verdict == "right" else 0.0)) ** 2, 4)


@dataclass
class Outcome:
    """How a forecast turned out."""

    claim: Claim
    verdict: str  # right, wrong, annulled or open
    settled_by: Claim | None = None

    @property
    def brier(self) -> float | None:
        return brier_score(self.claim.certainty, self.verdict)


def first_groups(groups: dict[Proposition, list[Claim]]) -> dict[str, list[Claim]]:
    """Each claim's proposition group; a claim on several propositions counts on the first
    by key."""
    same: dict[str, list[Claim]] = {}
    for key in sorted(groups, reverse=True):
        same.update((claim.id, groups[key]) for claim in groups[key])
    return same


def outcome(claim: Claim, same: list[Claim], deciders: Deciders,
            cancelled: frozenset[str] = frozenset()) -> Outcome:
    """Whether a claim proved right or wrong, was annulled (its event, one of ``cancelled``,
    was called off), or is still open, judged by the claims ``same`` on its proposition."""
    return settled_outcome(claim, last_settler([c for c in same if c.id != claim.id],
                                               deciders), cancelled)


def group_outcomes(group: list[Claim], deciders: Deciders,
                   cancelled: frozenset[str] = frozenset()) -> list[Outcome]:
    """:func:`outcome` of each forecast in one proposition's claims, in one pass over them (a
    forecast, being tentative, never settles anything itself)."""
    last = last_settler(group, deciders)
    return [settled_outcome(claim, last, cancelled) for claim in group
            if claim.kind in TENTATIVE]


def added_outcomes(before: list[Claim], group: list[Claim], deciders: Deciders,
                   cancelled: frozenset[str] = frozenset()) -> list[Outcome] | None:
    """:func:`outcome` of the forecasts ``group`` holds besides the claims ``before``; None
    when its added claims change those of ``before`` too (a new last settler)."""
    last = last_settler(group, deciders)
    if last is not last_settler(before, deciders):
        return None
    judged = {claim.id for claim in before}
    return [settled_outcome(claim, last, cancelled) for claim in group
            if claim.kind in TENTATIVE and claim.id not in judged]


def settled_outcome(claim: Claim, last: Claim | None, cancelled: frozenset[str]) -> Outcome:
    """How a forecast turned out, given the ``last`` claim that can settle its proposition."""
    if claim.event is not None and claim.event.id in cancelled:
        return Outcome(claim, "annulled")
    settling = since_settled(last, claim.stated_on or date.min)
    if settling is None:
        return Outcome(claim, "open")
    return Outcome(claim, "right" if settling.polarity is claim.polarity else "wrong", settling)


@dataclass
class Tally:
    """A claimant's record in numbers: its claims, reversals, and each forecast's certainty
    and verdict."""

    claimant: str
    claims: int = 0
    reversals: int = 0
    forecasts: list[tuple[Certainty, str]] = field(default_factory=list)

    def count(self, verdict: str) -> int:
        return sum(1 for _, found in self.forecasts if found == verdict)

    @property
    def brier(self) -> float | None:
        """Mean Brier score of the settled forecasts (0 is perfect, 1 the worst)."""
        scores = [score for forecast in self.forecasts
                  if (score := brier_score(*forecast)) is not None]
        return round(sum(scores) / len(scores), 4) if scores else None

    @property
    def scored(self) -> int:
        return self.count("right") + self.count("wrong")

    def summary(self) -> dict[str, object]:
        """The record in one row: counts of claims, reversals and forecasts by verdict."""
        return {"claimant": self.claimant, "claims": self.claims,
                "reversals": self.reversals, "forecasts": len(self.forecasts),
                "scored": self.scored,
                "right": self.count("right"), "wrong": self.count("wrong"),
                "open": self.count("open"), "annulled": self.count("annulled"),
                "brier": self.brier}


def best_first(tallies: Iterable[Tally]) -> list[Tally]:
    """Best forecasters first: scored ones by Brier score (lowest first), then by how many
    forecasts were scored, then by name; unscored ones after."""
    return sorted(tallies, key=lambda t: (t.brier is None, t.brier or 0.0, -t.scored,
                                          -t.claims, t.claimant.lower()))


@dataclass
class TrackRecord:
    """What a claimant claimed, where it reversed itself, and how its forecasts did."""

    claimant: str
    claims: list[Claim] = field(default_factory=list)
    reversals: list[Contradiction] = field(default_factory=list)
    forecasts: list[Outcome] = field(default_factory=list)

    def tally(self) -> Tally:
        return Tally(self.claimant, len(self.claims), len(self.reversals),
                     [(f.claim.certainty, f.verdict) for f in self.forecasts])


def track_record(claimant_id: str, claims: list[Claim], contradictions: list[Contradiction],
                 deciders: Deciders) -> TrackRecord:
    records = _records(claims, contradictions, deciders, only=claimant_id)
    return records[0] if records else TrackRecord(claimant=claimant_id)


def track_records(claims: list[Claim], contradictions: list[Contradiction],
                  deciders: Deciders) -> list[Tally]:
    """Every claimant's record in numbers, best forecasters first (:func:`best_first`)."""
    return best_first(record.tally() for record in _records(claims, contradictions, deciders))


def _records(claims: list[Claim], contradictions: list[Contradiction], deciders: Deciders,
             only: str | None = None) -> list[TrackRecord]:
    """The record of each claimant (or of ``only``), its forecasts judged by the claims on
    their propositions."""
    by_claimant: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if only is None or claim.claimant.id == only:
            by_claimant[claim.claimant.id].append(claim)
    same = first_groups(propositions(claims))
    cancelled = frozenset(called_off(claims))
    owner = {claim.id: claim.claimant.id for claim in claims}
    reversals: dict[str, list[Contradiction]] = defaultdict(list)
    for contradiction in contradictions:
        if contradiction.kind is ContradictionKind.self_reversal:
            for claimant in sorted({owner.get(contradiction.a), owner.get(contradiction.b)}
                                   - {None}):
                reversals[claimant].append(contradiction)
    records = []
    for claimant, mine in by_claimant.items():
        mine.sort(key=by_date)
        records.append(TrackRecord(
            claimant=mine[0].claimant.name, claims=mine, reversals=reversals[claimant],
            forecasts=[outcome(c, same[c.id], deciders, cancelled)
                       for c in mine if c.kind in TENTATIVE]))
    return records


@dataclass
class Timeline:
    """Every claim about an event in the order stated, and the outcomes known: for each
    proposition about it, the claim that settled it."""

    event: str
    claims: list[Claim]
    outcomes: list[Claim]

    def balance(self) -> list[tuple[str, int, int]]:
        """Positive and negative claims per month stated: how the story moved."""
        months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for claim in self.claims:
            month = claim.stated_on.strftime("%Y-%m") if claim.stated_on else "undated"
            months[month][claim.polarity.value == "negative"] += 1
        return [(month, counts[0], counts[1]) for month, counts in sorted(months.items())]


def timeline(event_id: str, claims: list[Claim], deciders: Deciders) -> Timeline:
    about = sorted((c for c in claims if c.event is not None and c.event.id == event_id),
                   key=by_date)
    name = about[0].event.name if about else event_id
    groups = propositions(about)
    outcomes = [found for key in sorted(groups)
                if (found := settler(groups[key], date.min, deciders)) is not None]
    return Timeline(name, about, outcomes)
