"""What an evaluation found: its scores, and every miss and false positive with its
evidence. Plain data below every layer, so the runner (:mod:`kg.evaluate`) fills it and
the reports (:mod:`kg.report`) show it without knowing each other."""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = ("kind", "polarity", "certainty", "stated_on")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, hits: int, predicted: int, expected: int) -> Score:
        precision = hits / predicted if predicted else 0.0
        recall = hits / expected if expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(round(precision, 3), round(recall, 3), round(f1, 3))


@dataclass
class Evaluation:
    """The scores, and every miss and false positive with its evidence."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[dict[str, str]] = field(default_factory=list)
    false_positives: list[dict[str, str]] = field(default_factory=list)
    wrong_fields: list[dict[str, str]] = field(default_factory=list)
    contradictions_gold: int = 0  # pairs in gold/contradictions.json
    contradictions_found: int = 0  # of those, pairs kg reports
    contradictions_reported: int = 0  # pairs kg reports in all
    events_gold: int = 0  # gold claims about a named event
    events_linked: int = 0  # of those, claims kg matched and linked to an event
    problems: list[dict[str, str]] = field(default_factory=list)  # articles kg could not read

    @property
    def claims(self) -> Score:
        return Score.of(self.matched, self.predicted, self.gold)

    @property
    def attribution(self) -> Score:
        return Score.of(self.attributed, self.predicted, self.gold)

    def accuracy(self, name: str) -> float:
        return round(self.correct[name] / self.matched, 3) if self.matched else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "claims": self.claims.__dict__,
            "attribution": self.attribution.__dict__,
            "accuracy": {name: self.accuracy(name) for name in FIELDS},
            "misses": self.misses,
            "false_positives": self.false_positives,
            "wrong_fields": self.wrong_fields,
            "problems": self.problems,
            "contradictions": {"gold": self.contradictions_gold,
                               "found": self.contradictions_found,
                               "reported": self.contradictions_reported},
            "events": {"gold": self.events_gold, "linked": self.events_linked},
        }
