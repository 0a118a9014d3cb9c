"""Extract claim candidates from an article's cleaned text with hand-written rules.

The attribution rules (:mod:`kg.extract.attribution`) find who speaks and which
words carry the claim; :mod:`kg.extract.proposition` parses what the claim says.
The results keep mentions as text spans: naming them is the resolver's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.attribution import Attribution, Voice, attribute, nested_attribution
from kg.extract.lexicon import PERFECT_REPORTING, TIME_EXPRESSIONS
from kg.extract.proposition import Proposition, parse_proposition, weakest
from kg.extract.spans import Span, clause_spans, paragraph_spans, sentence_spans
from kg.models import Certainty, ClaimKind, Polarity

__all__ = ["ClaimCandidate", "extract_candidates"]

_TIME = re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for p in TIME_EXPRESSIONS)})\b", re.IGNORECASE)
_PERFECT = re.compile(rf"\b{PERFECT_REPORTING}\b", re.IGNORECASE)

# How sure a cue lets a claim be, whatever its content says.
CUE_CERTAINTY: dict[ClaimKind, Certainty] = {
    ClaimKind.expectation: Certainty.probable,
    ClaimKind.speculation: Certainty.possible,
}


@dataclass(frozen=True)
class ClaimCandidate:
    """A claim as the text states it, before its mentions are resolved to entities."""

    rule: str
    voice: Voice
    claimant: Span | None
    label: str | None
    reported_by: Span | None
    kind: ClaimKind
    subject: Span
    predicate: str
    object: Span | None
    polarity: Polarity
    certainty: Certainty
    time_cue: str | None  # a time expression in the attribution ("last week")
    undated: bool  # the attribution is in a perfect tense with no time expression
    evidence: Span


def time_cue(frame: Span) -> tuple[str | None, bool]:
    """The time expression nearest the end of an attribution frame, and whether it is undated."""
    found = list(_TIME.finditer(frame.text))
    if found:
        return found[-1].group(), False
    return None, bool(_PERFECT.search(frame.text))


def claim_kind(attribution: Attribution, proposition: Proposition) -> ClaimKind:
    """The kind of claim: the cue's, refined by what the content says about the future."""
    kind = attribution.kind
    if kind is ClaimKind.speculation and proposition.certainty is not Certainty.possible:
        return ClaimKind.assessment if not proposition.future else ClaimKind.prediction
    if kind is not ClaimKind.statement and attribution.voice is not Voice.publisher:
        return kind
    if proposition.counterfactual:
        return ClaimKind.assessment
    if attribution.voice is Voice.publisher:
        return ClaimKind.prediction if proposition.future else ClaimKind.assessment
    if not proposition.future:
        return ClaimKind.statement
    if proposition.certainty is not Certainty.certain:
        return ClaimKind.prediction
    specific = proposition.subject.text[:1].isupper()
    return ClaimKind.announcement if specific else ClaimKind.statement


def _candidate(attribution: Attribution, clause: Span, outer: Attribution | None):
    proposition = parse_proposition(attribution.content)
    if proposition is None or not proposition.subject.text:
        return None
    certainty = weakest(proposition.certainty, CUE_CERTAINTY.get(attribution.kind))
    proposition = Proposition(**{**proposition.__dict__, "certainty": certainty})
    polarity = proposition.polarity
    if attribution.kind is ClaimKind.denial:
        polarity = Polarity.negative
    cue, undated = time_cue(attribution.frame)
    if cue is None and outer is not None:
        cue, undated = time_cue(outer.frame)
    return ClaimCandidate(
        rule=attribution.rule,
        voice=attribution.voice,
        claimant=attribution.claimant,
        label=attribution.label,
        reported_by=outer.claimant if outer else None,
        kind=claim_kind(attribution, proposition),
        subject=proposition.subject,
        predicate=proposition.predicate,
        object=proposition.object,
        polarity=polarity,
        certainty=proposition.certainty,
        time_cue=cue,
        undated=undated,
        evidence=_evidence(clause, attribution, outer),
    )


def _evidence(clause: Span, attribution: Attribution, outer: Attribution | None) -> Span:
    """The words of the clause that state the claim: its attribution frame and its content."""
    parts = [attribution.frame, attribution.content] + ([outer.frame] if outer else [])
    start = min(part.start for part in parts) - clause.start
    end = max(part.end for part in parts) - clause.start
    return clause.sub(start, end).strip()


def extract_candidates(text: str) -> Iterator[ClaimCandidate]:
    """Claim candidates in a cleaned article text, in text order; the first paragraph is its
    headline."""
    for index, paragraph in enumerate(paragraph_spans(text)):
        for sentence in sentence_spans(paragraph):
            for clause in clause_spans(sentence):
                attribution = attribute(clause, headline=index == 0)
                if attribution is None:
                    continue
                inner = nested_attribution(attribution.content)
                if inner is not None and attribution.voice is Voice.named:
                    candidate = _candidate(inner, clause, attribution)
                else:
                    candidate = _candidate(attribution, clause, None)
                if candidate is not None:
                    yield candidate
