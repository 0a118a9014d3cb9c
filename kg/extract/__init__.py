"""Extract claim candidates from an article's cleaned text with hand-written rules.

The attribution rules (:mod:`kg.extract.attribution`) find who speaks and which
words carry the claim; :mod:`kg.extract.proposition` parses what the claim says.
The results keep mentions as text spans: naming them is the resolver's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.attribution import Attribution, Voice, attributions
from kg.extract.lexicon import (
    ANONYMOUS_SPEAKERS,
    EXPLANATIONS,
    PERFECT_REPORTING,
    SELF_REPORTS,
    TIME_EXPRESSIONS,
)
from kg.extract.proposition import Proposition, lemma, parse_proposition, weakest
from kg.extract.spans import Span, clause_spans, paragraph_spans, sentence_spans
from kg.models import Certainty, ClaimKind, Polarity

__all__ = ["ClaimCandidate", "extract_candidates"]

_GERUND = re.compile(r"^([a-z]+ing)\b")
_ANONYMOUS = re.compile(rf"(?:{ANONYMOUS_SPEAKERS})", re.IGNORECASE)
_SELF_REPORTS = [(re.compile(rf"\b{pattern}\b", re.IGNORECASE), predicate, negative)
                 for pattern, predicate, negative in SELF_REPORTS]
_TIME = re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for p in TIME_EXPRESSIONS)})\b", re.IGNORECASE)
_PERFECT = re.compile(rf"\b{PERFECT_REPORTING}\b", re.IGNORECASE)

# Rules whose speaker tag, standing before a "but", also covers the clause after it:
# "Troops would march, he said, but there would be no contingent".
CARRY_OVER_RULES = frozenset({"content_then_speaker", "quote_then_speaker"})

# The predicate of a claim whose content has no verb ("Analysts predicted a price of $400").
KIND_VERBS: dict[ClaimKind, str] = {
    ClaimKind.announcement: "announce",
    ClaimKind.statement: "state",
    ClaimKind.confirmation: "confirm",
    ClaimKind.denial: "deny",
    ClaimKind.prediction: "predict",
    ClaimKind.expectation: "expect",
    ClaimKind.speculation: "speculate",
    ClaimKind.assessment: "assess",
}

# How sure a cue lets a claim be, whatever its content says.
CUE_CERTAINTY: dict[ClaimKind, Certainty] = {
    ClaimKind.expectation: Certainty.probable,
    ClaimKind.prediction: Certainty.probable,
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
    quoted: bool = False  # the content is a direct quotation, where "he" is not the speaker
    nominal: bool = False  # the predicate is a noun ("a visit by Kim"): no destination implied
    headline: bool = False


def time_cue(frame: Span) -> tuple[str | None, bool]:
    """The time expression nearest the end of an attribution frame, and whether it is undated."""
    found = list(_TIME.finditer(frame.text))
    if found:
        return found[-1].group(), False
    return None, bool(_PERFECT.search(frame.text))


def anonymous(attribution: Attribution) -> bool:
    """A claim from nobody named: "speculation is mounting", "US officials", "a source"."""
    if attribution.voice is Voice.unnamed:
        return True
    if attribution.claimant is None:
        return False
    head = re.split(r"\s+(?:in|at|from|of|close to|familiar with)\s+", attribution.claimant.text)[0]
    return bool(_ANONYMOUS.fullmatch(head.split()[-1]))


def claim_kind(attribution: Attribution, proposition: Proposition) -> ClaimKind:
    """The kind of claim: the cue's, refined by what the content says about the future.

    A plain statement about the future is an announcement when it is certain and
    about someone named, a prediction when hedged, and an expectation when hedged by
    an anonymous source; another's intentions reported by others are expected.
    """
    kind = attribution.kind
    if kind is ClaimKind.speculation and proposition.certainty is not Certainty.possible:
        return ClaimKind.assessment if not proposition.future else ClaimKind.prediction
    if attribution.voice is Voice.publisher:
        if kind is ClaimKind.speculation or proposition.certainty is Certainty.possible:
            return ClaimKind.speculation
        return ClaimKind.prediction if proposition.future else ClaimKind.assessment
    if kind is ClaimKind.assessment and proposition.future:
        return ClaimKind.prediction  # "he thought a unit could take part"
    if kind is not ClaimKind.statement:
        return kind
    if (proposition.counterfactual or proposition.verdict
            or proposition.predicate in EXPLANATIONS):
        return ClaimKind.assessment
    if not proposition.future:
        return ClaimKind.statement
    own = proposition.subject.text.lower() in SPEAKER_WORDS and not attribution.quoted
    if proposition.intention and not own:
        return ClaimKind.expectation
    if proposition.certainty is not Certainty.certain:
        return ClaimKind.expectation if anonymous(attribution) else ClaimKind.prediction
    return ClaimKind.announcement if proposition.decision else ClaimKind.statement


# Subjects by which a speaker states its own intentions ("we plan to").
SPEAKER_WORDS = frozenset({"i", "we", "he", "she", "it", "they"})


def self_report(attribution: Attribution) -> Proposition | None:
    """"Shorten conceded defeat": a claim the speaker makes about itself."""
    if attribution.claimant is None:
        return None
    joint = f"{attribution.frame.text[-40:]} {attribution.content.text[:40]}"
    for pattern, predicate, negative in _SELF_REPORTS:
        if pattern.search(joint):
            return Proposition(attribution.claimant, predicate, None,
                               Polarity.negative if negative else Polarity.positive,
                               Certainty.certain, future=False, counterfactual=False)
    return None


def own_act(attribution: Attribution) -> Proposition | None:
    """"The opposition ruled out backing the accord": the speaker's own act, by a gerund."""
    gerund = _GERUND.match(attribution.content.text)
    if attribution.claimant is None or gerund is None:
        return None
    rest = attribution.content.sub(gerund.end(), len(attribution.content.text)).strip()
    return Proposition(attribution.claimant, lemma(gerund.group(1)), rest or None,
                       Polarity.positive, Certainty.certain, future=True, counterfactual=False)


def _candidate(attribution: Attribution, clause: Span, headline: bool) -> ClaimCandidate | None:
    proposition = (self_report(attribution) or own_act(attribution)
                   or parse_proposition(attribution.content))
    if proposition is None or not proposition.subject.text:
        return None
    if not proposition.predicate and attribution.kind is ClaimKind.statement:
        return None  # "explained his choice": a statement needs a proposition
    cap = CUE_CERTAINTY.get(attribution.kind) if attribution.voice is Voice.named else None
    certainty = weakest(proposition.certainty, cap)
    proposition = Proposition(**{**proposition.__dict__, "certainty": certainty})
    kind = claim_kind(attribution, proposition)
    if kind is ClaimKind.expectation:
        proposition = Proposition(**{**proposition.__dict__,
                                     "certainty": weakest(certainty, Certainty.probable)})
    polarity = proposition.polarity
    if attribution.kind is ClaimKind.denial:  # denying "she will skip it" says she will go
        polarity = (Polarity.positive if polarity is Polarity.negative
                    else Polarity.negative)
    cue, undated = time_cue(attribution.frame)
    if cue is None and not proposition.future and (
            not proposition.predicate or self_report(attribution) is not None):
        cue, _ = time_cue(attribution.content)  # "conceded defeat on Saturday night"
    return ClaimCandidate(
        rule=attribution.rule,
        voice=attribution.voice,
        claimant=attribution.claimant,
        label=attribution.label,
        reported_by=attribution.reported_by,
        kind=kind,
        subject=proposition.subject,
        predicate=proposition.predicate or KIND_VERBS[attribution.kind],
        object=proposition.object,
        polarity=polarity,
        certainty=proposition.certainty,
        time_cue=cue,
        undated=undated,
        evidence=_evidence(clause, attribution),
        quoted=attribution.quoted,
        headline=headline,
        nominal=proposition.nominal,
    )


def _evidence(clause: Span, attribution: Attribution) -> Span:
    """The words of the clause that state the claim: its attribution frame and its content."""
    return clause.sub(attribution.start - clause.start, attribution.end - clause.start).strip()



def _carried_over(previous: Attribution, clause: Span, quoted: bool = False) -> Attribution:
    """A clause whose speaker was named just before it: after "but" in the same sentence,
    or a quotation that goes on in the next sentence."""
    content = clause.strip() if quoted else clause
    return Attribution(previous.rule, previous.voice, ClaimKind.statement, content=content,
                       frame=Span(clause.start, clause.start, ""), claimant=previous.claimant,
                       label=previous.label, reported_by=previous.reported_by, quoted=quoted)


_WHOLE_QUOTE = re.compile(r"^[\"“][^\"“”]+[\"”]$")


def extract_candidates(text: str) -> Iterator[ClaimCandidate]:
    """Claim candidates in a cleaned article text, in text order; the first paragraph is its
    headline."""
    for index, paragraph in enumerate(paragraph_spans(text)):
        quoting: Attribution | None = None  # who spoke the last quotation in this paragraph
        for sentence in sentence_spans(paragraph):
            found = list(_sentence_attributions(sentence, index == 0, quoting))
            quoting = next((a for _, a in reversed(found) if a.quoted), quoting)
            for clause, attribution in found:
                candidate = _candidate(attribution, clause, index == 0)
                if candidate is not None:
                    yield candidate


def _sentence_attributions(sentence: Span, headline: bool,
                           quoting: Attribution | None) -> Iterator[tuple[Span, Attribution]]:
    """Each clause's attributions; a clause with none continues the speaker of the clause
    before it ("..., he said, but ..."), and a sentence that is all quotation continues the
    quotation before it."""
    if quoting is not None and _WHOLE_QUOTE.match(sentence.text) and not attributions(sentence):
        yield sentence, _carried_over(quoting, sentence, quoted=True)
        return
    previous = None
    for clause in clause_spans(sentence):
        found = attributions(clause, headline=headline)
        if (not found and previous is not None and previous.voice is Voice.named
                and previous.rule in CARRY_OVER_RULES):
            found = [_carried_over(previous, clause)]
        for attribution in found:
            yield clause, attribution
        previous = found[-1] if found else None
