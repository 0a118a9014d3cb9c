"""Attribution rules: who makes a claim, and which words carry it.

Each rule is a small generator taking one clause and yielding :class:`Attribution`
records; :data:`ATTRIBUTION_RULES` lists them in the order they are tried, and the
first rule that yields for a clause wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from kg.extract.lexicon import (
    CLAIMANT_NOUNS,
    PUBLISHER_HEDGES,
    REPORTING_CUES,
    TIME_EXPRESSIONS,
    UNNAMED_CUES,
)
from kg.extract.spans import Span
from kg.models import ClaimKind


class Voice(StrEnum):
    """Whose voice a claim is in."""

    named = "named"  # a person, organization or descriptive group named in the text
    publisher = "publisher"  # the outlet itself
    unnamed = "unnamed"  # nobody in particular ("speculation is mounting")


@dataclass(frozen=True)
class Attribution:
    """A claim's speaker, cue and content inside one clause."""

    rule: str
    voice: Voice
    kind: ClaimKind
    content: Span
    frame: Span  # the words around the content that carry speaker, cue and time
    claimant: Span | None = None
    label: str | None = None  # the name of an unnamed voice


_CUE_KIND = [(re.compile(rf"^(?:{pattern})$", re.IGNORECASE), kind) for pattern, kind in
             REPORTING_CUES]
CUE = "|".join(f"(?:{pattern})" for pattern, _ in REPORTING_CUES)
_TIME = "|".join(f"(?:{pattern})" for pattern in TIME_EXPRESSIONS)
_LEADING_TIME = re.compile(rf"^(?:(?:{_TIME})\s*,?\s+)+", re.IGNORECASE)
_LEADING_CONNECTOR = re.compile(r"^(?:and|but|so|yet|meanwhile|however|also),?\s+", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|some|many|several|about \d+|\d+)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
_FINITE_VERBS = (
    r"is|are|was|were|will|would|has|have|had|could|may|might|should|can|did|do|does|not"
)


def cue_kind(cue: str) -> ClaimKind:
    """The kind of claim a reporting cue signals."""
    normalized = re.sub(r"\s+", " ", cue.strip())
    for pattern, kind in _CUE_KIND:
        if pattern.match(normalized):
            return kind
    return ClaimKind.statement


def is_claimant_phrase(phrase: str) -> bool:
    """Whether ``phrase`` can name who speaks: a name, a pronoun, or a noun for speakers."""
    words = phrase.split()
    if not words or len(words) > 9 or re.search(r"[\"“”]", phrase):
        return False
    if _PRONOUN.match(phrase):
        return True
    bare = _DETERMINER.sub("", phrase)
    if re.search(rf"\b(?:{CUE}|{_FINITE_VERBS})\b", bare, re.IGNORECASE):
        return False
    head = re.sub(r"['’]s?$", "", bare.split()[-1].rstrip(","))
    if re.fullmatch(rf"(?:{CLAIMANT_NOUNS})", head, re.IGNORECASE):
        return True
    return head[:1].isupper()


def _claimant_before(clause: Span, cue_start: int) -> tuple[Span, int] | None:
    """The speaker named before a cue, with the offset where the attribution frame starts."""
    left = clause.text[:cue_start].rstrip()
    left = re.sub(r"(?:\s+(?:had|has|have|also|previously|earlier|reportedly|later))+$", "", left)
    segments = list(re.finditer(r"[^,:]+", left))
    if not segments:
        return None
    # "Shin, a member of ..., said": the speaker stands before the apposition
    chosen = segments[-2] if left.endswith(",") and len(segments) >= 2 else segments[-1]
    phrase_start = chosen.start()
    phrase = chosen.group()
    for boundary in re.finditer(r"\b(?:and|but|while|as|after|when)\s+", phrase):
        phrase_start = chosen.start() + boundary.end()
    frame_start = phrase_start
    phrase = clause.text[phrase_start:chosen.end()]
    leading = _LEADING_CONNECTOR.match(phrase.lstrip())
    offset = len(phrase) - len(phrase.lstrip()) + (leading.end() if leading else 0)
    time = _LEADING_TIME.match(phrase[offset:])
    if time:
        offset += time.end()
    claimant = clause.sub(phrase_start + offset, chosen.end()).strip()
    if not is_claimant_phrase(claimant.text):
        return None
    return claimant, frame_start


def headline_colon(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Kremlin: Kim will not attend`` — a headline that gives its speaker before a colon."""
    match = re.match(r"^(?P<who>[A-Z][^:]{1,40}): (?P<content>.+)$", clause.text)
    if headline and match and is_claimant_phrase(match.group("who")):
        yield Attribution(
            "headline_colon",
            Voice.named,
            ClaimKind.statement,
            content=clause.sub(match.start("content"), match.end("content")).strip(),
            frame=clause.sub(0, match.end("who")),
            claimant=clause.sub(0, match.end("who")),
        )


def headline_why(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Why X is likely to skip Y`` — an outlet's own forecast in its headline."""
    match = re.match(r"^Why (?P<content>.+)$", clause.text)
    if headline and match and re.search(PUBLISHER_HEDGES, match.group("content"), re.IGNORECASE):
        yield Attribution(
            "headline_why",
            Voice.publisher,
            ClaimKind.prediction,
            content=clause.sub(match.start("content"), match.end("content")).strip(),
            frame=clause.sub(0, match.start("content")),
        )


def unnamed_source(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Speculation is mounting that ...`` — a claim attributed to nobody in particular."""
    for pattern, label, kind in UNNAMED_CUES:
        match = re.search(rf"\b(?:{pattern})\s+", clause.text, re.IGNORECASE)
        if match:
            yield Attribution(
                "unnamed_source",
                Voice.unnamed,
                kind,
                content=clause.sub(match.end(), len(clause.text)).strip(),
                frame=clause.sub(match.start(), match.end()),
                label=label,
            )
            return


_QUOTE_FIRST = re.compile(
    r"^[\"“](?P<content>[^\"”]+?)[,.!?]?[\"”],?\s+(?P<rest>.+)$"
)
_SPEAKER_AFTER = re.compile(
    rf"^(?:(?P<who>[^,\"“”]{{2,90}}?)\s+(?P<cue>{CUE})\b|(?P<cue2>{CUE})\s+(?P<who2>[^,\"“”]{{2,90}}?)\b)"
    r"(?P<tail>\s+(?:on|in|at|to|during|after|before|late|early|last|this|earlier|yesterday|"
    r"today|when|while|as|from|via|through|over|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b[^\"“”]{0,60}?)?[.!?]?$",
    re.IGNORECASE,
)


def _speaker_after(clause: Span, content: Span, rest_start: int, rule: str):
    rest = clause.sub(rest_start, len(clause.text))
    match = _SPEAKER_AFTER.match(rest.text)
    if not match:
        return
    who_group = "who" if match.group("who") else "who2"
    cue = match.group("cue") or match.group("cue2")
    claimant = rest.sub(match.start(who_group), match.end(who_group)).strip()
    if not is_claimant_phrase(claimant.text) or re.search(
        rf"\b(?:{_FINITE_VERBS})\b", match.group("tail") or "", re.IGNORECASE
    ):
        return
    yield Attribution(rule, Voice.named, cue_kind(cue), content=content.strip(), frame=rest,
                      claimant=claimant)


def quote_then_speaker(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``"He has decided to stay," Peskov told reporters`` — a quote, then who said it."""
    match = _QUOTE_FIRST.match(clause.text)
    if match:
        content = clause.sub(match.start("content"), match.end("content"))
        yield from _speaker_after(clause, content, match.start("rest"), "quote_then_speaker")


def content_then_speaker(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Kim will not attend, the Kremlin said Thursday`` — the claim, then its speaker."""
    for comma in reversed([m.start() for m in re.finditer(r",\s", clause.text)]):
        if comma < 10:
            break
        content = clause.sub(0, comma)
        found = list(_speaker_after(clause, content, comma + 1, "content_then_speaker"))
        if found:
            yield from found
            return


def speaker_then_content(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Peskov said (that) ...`` and ``A, an expert, said ...`` — the speaker, then the claim."""
    for cue in re.finditer(rf"\b(?:{CUE})\b", clause.text, re.IGNORECASE):
        found = _claimant_before(clause, cue.start())
        if found is None:
            continue
        claimant, frame_start = found
        after = clause.text[cue.end():]
        time = _LEADING_TIME.match(after.lstrip(" ,"))
        skip = len(after) - len(after.lstrip(" ,")) + (time.end() if time else 0)
        that = re.match(r"\s*(?:that|on|whether)\s+|\s*,?\s*", after[skip:])
        content_start = cue.end() + skip + (that.end() if that else 0)
        content = clause.sub(content_start, len(clause.text)).strip()
        if len(content.text.split()) < 3:
            continue
        yield Attribution(
            "speaker_then_content",
            Voice.named,
            cue_kind(cue.group()),
            content=content,
            frame=clause.sub(frame_start, content_start),
            claimant=claimant,
        )
        return


def according_to(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``..., according to the agency`` — a claim with its source named after ``according to``."""
    match = re.search(r",?\s*according to (?P<who>[^,.]{2,80})", clause.text, re.IGNORECASE)
    if not match:
        return
    claimant = clause.sub(match.start("who"), match.end("who")).strip()
    if not is_claimant_phrase(claimant.text):
        return
    if match.start() > 0:
        content = clause.sub(0, match.start())
    else:
        content = clause.sub(match.end(), len(clause.text))
    yield Attribution("according_to", Voice.named, ClaimKind.statement, content=content.strip(),
                      frame=clause.sub(match.start(), match.end()), claimant=claimant)


_AGENTLESS = re.compile(
    r"(?:,\s*who\s+|\s+)(?P<be>is|are|was|were|has been|have been|had been)\s+"
    r"(?:widely\s+)?(?P<cue>expected|tipped|forecast|predicted|rumou?red)\s+to\b",
    re.IGNORECASE,
)


def agentless_expectation(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Merkel, who is expected to be in Moscow`` — an expectation nobody is named for."""
    match = _AGENTLESS.search(clause.text)
    if not match:
        return
    names = list(re.finditer(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*", clause.text[:match.start()]))
    if not names or names[-1].end() != len(clause.text[:match.start()].rstrip()):
        return
    cue = match.group("cue").lower()
    kind = ClaimKind.speculation if cue.startswith("rumo") else ClaimKind.expectation
    yield Attribution(
        "agentless_expectation",
        Voice.unnamed,
        kind,
        content=clause.sub(names[-1].start(), len(clause.text)).strip(),
        frame=clause.sub(match.start(), match.end()),
        label="unnamed",
    )


def publisher_hedge(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``... suggest that the leader will likely skip the event`` — the outlet's own forecast."""
    match = re.search(rf"\b(?:{PUBLISHER_HEDGES})\b", clause.text, re.IGNORECASE)
    if not match:
        return
    that = re.search(r"\b(?:suggests?|indicates?) that\s+", clause.text, re.IGNORECASE)
    content = clause.sub(that.end(), len(clause.text)) if that else clause
    yield Attribution(
        "publisher_hedge",
        Voice.publisher,
        ClaimKind.prediction,
        content=content.strip(),
        frame=clause.sub(match.start(), match.end()),
    )


Rule = Callable[[Span, bool], Iterator[Attribution]]

ATTRIBUTION_RULES: list[Rule] = [
    headline_colon,
    headline_why,
    unnamed_source,
    quote_then_speaker,
    content_then_speaker,
    according_to,
    speaker_then_content,
    agentless_expectation,
    publisher_hedge,
]

# Rules that can find a second speaker inside another's claim ("A said B expected C").
NESTED_RULES: list[Rule] = [speaker_then_content]


def attribute(clause: Span, headline: bool = False) -> Attribution | None:
    """The first attribution any rule finds in ``clause``, or None."""
    for rule in ATTRIBUTION_RULES:
        for attribution in rule(clause, headline):
            return attribution
    return None


def nested_attribution(content: Span) -> Attribution | None:
    """A speaker inside a claim's content: B in "A said that B expected C"."""
    for rule in NESTED_RULES:
        for attribution in rule(content, False):
            return attribution
    return None
