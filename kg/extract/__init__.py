"""Extract claim candidates from an article's cleaned text with hand-written rules over its
parse.

The attribution rules (:mod:`kg.extract.attribution`) find who speaks and which clause
carries the claim; :mod:`kg.extract.proposition` reads what the clause says. The results
keep mentions as text spans: naming them is the resolver's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.attribution import Attribution, Voice, attributions, continued
from kg.extract.parse import model_name, parse, text_of
from kg.extract.proposition import Proposition, flipped, infinitive, proposition, weakest
from kg.extract.spans import Span, of_tokens
from kg.lexicon import (
    ANONYMOUS_NOUNS,
    COMMITMENTS,
    CONTRAST_PREDICATES,
    CUE_CERTAINTY,
    CUES,
    DEMAND_NOUNS,
    DOUBTS,
    EXPLANATIONS,
    REPORTING_MEDIA_CUES,
    STATING_CUES,
    TIME_EXPRESSIONS,
)
from kg.models import Certainty, ClaimKind, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as Sentence

__all__ = ["ClaimCandidate", "extract_candidates", "model_name"]

_TIME = re.compile(rf"\b(?:{'|'.join(f'(?:{p})' for p in TIME_EXPRESSIONS)})\b", re.IGNORECASE)

# The predicate of a claim whose content names no verb ("denied the report").
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

# Pronouns for people and parties: what they did is news, not an evaluation.
PEOPLE = frozenset({"i", "we", "he", "she", "they", "you"})

# Speakers inside a quotation, who are its speaker, not the one who quotes it.
FIRST_PERSON = frozenset({"i", "we", "you"})

# Subjects by which a speaker states its own intentions ("we plan to").
SPEAKER_WORDS = frozenset({"i", "we", "he", "she", "it", "they"})


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
    own_future: bool = False  # a certain future act that is the speaker's own if the speaker
    # and the subject turn out to be one ("Lumo will cut jobs, the company said")


def time_cue(words: str) -> str | None:
    """The last time expression among an attribution's words."""
    found = list(_TIME.finditer(words))
    return found[-1].group() if found else None


def anonymous(attribution: Attribution) -> bool:
    """A claim from nobody named: "it is expected", "officials", "a source"."""
    if attribution.voice is Voice.unnamed:
        return True
    if attribution.claimant is None:
        return False
    words = attribution.claimant.text.lower().split()
    return not attribution.claimant.label and any(
        word in ANONYMOUS_NOUNS or word.removesuffix("s") in ANONYMOUS_NOUNS for word in words)


def claim_kind(attribution: Attribution, content: Proposition) -> ClaimKind:
    """The kind of claim: the cue's, refined by what the content says.

    The outlet's own hedged words are a prediction about the future, else speculation or an
    assessment. A claim framed as expected is an expectation. A speaker's certain word on
    its own future action is an announcement; a report of someone else's future is a
    prediction when hedged or passed on by a report, else a statement. Evaluations and
    explanations are assessments.
    """
    kind = attribution.kind
    if attribution.voice is Voice.publisher:
        if content.future:
            return ClaimKind.prediction
        return ClaimKind.speculation if content.certainty is Certainty.possible \
            else ClaimKind.assessment
    if kind is ClaimKind.speculation and content.certainty is not Certainty.possible:
        return ClaimKind.prediction if content.future else ClaimKind.assessment
    if kind is ClaimKind.assessment and content.future:
        return ClaimKind.prediction
    if kind is not ClaimKind.statement or attribution.act:
        return kind
    if content.expected:
        return ClaimKind.expectation
    if (content.counterfactual or content.predicate in EXPLANATIONS
            or (CUES.get(content.predicate) is ClaimKind.assessment  # "we believe that X",
                and content.object is None)                          # not "believe in X"
            or (content.evaluative and not content.future)
            or (attribution.quoted and not content.future and not content.decision
                and not content.subject.label and content.subject.text.lower() not in PEOPLE)):
        return ClaimKind.assessment
    if not content.future:
        return ClaimKind.statement
    own = (content.subject.text.lower() in SPEAKER_WORDS and not attribution.quoted) or (
        attribution.claimant is not None and content.subject.text == attribution.claimant.text)
    if content.intention and not own:
        return ClaimKind.expectation
    if content.certainty is not Certainty.certain:
        return ClaimKind.expectation if anonymous(attribution) else ClaimKind.prediction
    if own or content.decision:
        return ClaimKind.announcement
    return ClaimKind.prediction if attribution.cue in REPORTING_MEDIA_CUES \
        else ClaimKind.statement


def _stated(attribution: Attribution) -> Proposition | None:
    """The proposition a frame states by itself: "conceded defeat", "gave Labor a lead"."""
    if attribution.stated is None:
        return None
    subject = attribution.subject or attribution.claimant
    predicate, negative = attribution.stated
    return Proposition(subject, predicate, None,
                       Polarity.negative if negative else Polarity.positive,
                       Certainty.certain, future=False)


def _relative_anaphor(attribution: Attribution) -> Proposition | None:
    """"…, a charge that Lumo denies": a denial or confirmation whose content is the relative
    pronoun of a bare noun in apposition (not "allegations of fraud, which"); the pronoun
    stands for the claim just made, which resolution puts in its place."""
    pronoun = attribution.content
    noun = pronoun.head.head
    if (pronoun.lower_ not in ("that", "which") or pronoun.head.dep_ != "relcl"
            or noun.dep_ != "appos" or any(c.dep_ == "prep" for c in noun.children)
            or attribution.kind not in (ClaimKind.denial, ClaimKind.confirmation)):
        return None
    return Proposition(of_tokens([pronoun], head=pronoun), "", None, Polarity.positive,
                       Certainty.certain, future=False)


def _candidate(attribution: Attribution, headline: bool) -> ClaimCandidate | None:
    committed = attribution.content.dep_ == "xcomp" and attribution.cue in COMMITMENTS
    asked = (infinitive(attribution.content)  # "rejected calls to resign": the speaker was
             and attribution.content.head.pos_ == "NOUN"
             and attribution.content.head.lemma_.lower() in DEMAND_NOUNS)  # the one asked
    own = attribution.content.tag_ == "VBG" or attribution.content.pos_ == "NOUN" or committed \
        or asked
    content = _stated(attribution) or proposition(  # "ruled out quitting", "a strike", "vowed
        # to strike": the speaker's own
        attribution.content, attribution.subject or (attribution.claimant if own else None)
    ) or _relative_anaphor(attribution)
    if content is None or not content.subject.text:
        return None
    if committed:  # "vowed to strike": a strike to come
        content = replace(content, future=True)
    if not content.predicate:
        if attribution.kind is ClaimKind.statement and attribution.cue not in STATING_CUES:
            return None  # "explained his choice": a statement needs a proposition, but
            # "reported 77 cases" states the cases
        content = replace(content, predicate=KIND_VERBS[attribution.kind])
    cap = CUE_CERTAINTY.get(attribution.kind) if attribution.voice is Voice.named else None
    content = replace(content, certainty=weakest(content.certainty, cap, attribution.certainty))
    kind = claim_kind(attribution, content)
    if kind is ClaimKind.expectation:
        content = replace(content, certainty=weakest(content.certainty, Certainty.probable))
    doubted = attribution.cue in DOUBTS
    polarity = content.polarity
    if (attribution.kind is ClaimKind.denial and not attribution.act) or doubted:
        # Denying "she will skip it" says she will go; doubting she will go, that she won't.
        polarity = flipped(polarity)
    if doubted:
        content = replace(content, certainty=weakest(content.certainty, Certainty.probable))
    cue = time_cue(attribution.frame)
    return ClaimCandidate(
        rule=attribution.rule,
        voice=attribution.voice,
        claimant=attribution.claimant,
        label=attribution.label,
        reported_by=attribution.reported_by,
        kind=kind,
        subject=content.subject,
        predicate=content.predicate,
        object=content.object,
        polarity=polarity,
        certainty=content.certainty,
        time_cue=cue,
        undated=attribution.undated and cue is None,
        evidence=attribution.evidence,
        quoted=attribution.quoted,
        nominal=content.nominal,
        headline=headline,
        own_future=(kind is ClaimKind.statement and content.future and not content.intention
                    and content.certainty is Certainty.certain and not attribution.quoted),
    )


def _left_out(attribution: Attribution, candidate: ClaimCandidate) -> list[ClaimCandidate]:
    """"North Korea will send its ambassador rather than Kim": also the claim that Kim will
    not attend."""
    content = proposition(attribution.content, attribution.subject)
    if content is None or content.excluded is None:
        return []
    predicate = CONTRAST_PREDICATES.get(candidate.predicate, candidate.predicate)
    return [replace(candidate, subject=content.excluded, predicate=predicate,
                    polarity=Polarity.negative)]


def _paragraph_sentences(doc: Doc) -> list[list[Sentence]]:
    paragraphs: list[list[Sentence]] = [[]]
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        previous = paragraphs[-1][-1].start_char if paragraphs[-1] else sentence.start_char
        gap = text_of(doc)[previous:sentence.start_char]
        if "\n\n" in gap:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    return [p for p in paragraphs if p]


_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)


def _quotations(doc: Doc, paragraph: list[Sentence]) -> list[tuple[int, int]]:
    """Where quotations stand in a paragraph, as character ranges of the article."""
    start, end = paragraph[0].start_char, paragraph[-1].end_char
    return [(start + m.start(), start + m.end())
            for m in _QUOTATION.finditer(text_of(doc)[start:end])]


def _speaker_of_quotation(found: list[list[Attribution]],
                          quotation: tuple[int, int]) -> Attribution | None:
    for attributions_ in found:
        for attribution in attributions_:
            if (attribution.voice is Voice.named and attribution.quoted
                    and quotation[0] <= attribution.content.idx < quotation[1]
                    and attribution.claimant is not None
                    and attribution.claimant.text.lower() not in FIRST_PERSON):
                return attribution
    return None


def extract_candidates(text: str) -> list[ClaimCandidate]:
    """Claim candidates in a cleaned article text, in text order; the first paragraph is its
    headline. A sentence inside a quotation whose speaker is named in another of its
    sentences is that speaker's claim, and so is a paragraph that opens by going on with
    the quotation before it."""
    doc = parse(text)
    candidates = []
    quoting: Attribution | None = None  # who spoke the last quotation
    for index, paragraph in enumerate(_paragraph_sentences(doc)):
        found = [attributions(sentence, headline=index == 0) for sentence in paragraph]
        quotations = _quotations(doc, paragraph)
        for position, sentence in enumerate(paragraph):
            if found[position]:
                continue
            inside = next((q for q in quotations if q[0] <= sentence.start_char < q[1]
                           or sentence.start_char <= q[0] < sentence.end_char - 1), None)
            speaker = _speaker_of_quotation(found, inside) if inside else None
            if speaker is None and position == 0 and quoting is not None and inside:
                speaker = quoting  # a paragraph that goes on with the quotation before it
            if speaker is None and position > 0 and sentence.text.lstrip()[:1] in "\"“":
                speaker = next((a for a in reversed(found[position - 1]) if a.quoted
                                and a.voice is Voice.named), None)  # "…," she said. "And …"
            if speaker is not None:
                found[position] = continued(speaker, sentence)
        for sentence_found in found:
            quoted = [a for a in sentence_found if a.quoted and a.voice is Voice.named]
            if quoted:
                quoting = quoted[-1]
            for attribution in sentence_found:
                candidate = _candidate(attribution, index == 0)
                if candidate is not None:
                    candidates.append(candidate)
                    candidates.extend(_left_out(attribution, candidate))
    return sorted(candidates, key=lambda c: (c.evidence.start, c.evidence.end))
