"""Attribution rules: who makes a claim, and which words carry it.

Each rule is a small generator taking one clause and yielding :class:`Attribution`
records. :func:`attributions` runs the rules of :data:`ATTRIBUTION_RULES` in order
and keeps every attribution that does not overlap one found before, so a clause
such as "A said X, and B said Y" gives two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from kg.extract.lexicon import (
    CLAIMANT_NOUNS,
    PARTICIPLE_CUES,
    PASSIVE_CUES,
    PUBLISHER_HEDGES,
    PUBLISHER_SPECULATION,
    REPORTING_CUES,
    SOURCE_CITATIONS,
    SPEAKER_ADVERBS,
    TIME_EXPRESSIONS,
    UNNAMED_CUES,
)
from kg.extract.proposition import subject_of
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
    reported_by: Span | None = None  # who relays the claimant's claim
    quoted: bool = False  # the content is a direct quotation
    borrowed: bool = False  # the content is another claim's: "..., a charge that X denies"

    @property
    def start(self) -> int:
        return self.frame.start if self.borrowed else min(self.frame.start, self.content.start)

    @property
    def end(self) -> int:
        return self.frame.end if self.borrowed else max(self.frame.end, self.content.end)


_CUE_KIND = [(re.compile(rf"(?:{pattern})", re.IGNORECASE), kind) for pattern, kind in
             REPORTING_CUES]
CUE = "|".join(f"(?:{pattern})" for pattern, _ in REPORTING_CUES)
_TIME = "|".join(f"(?:{pattern})" for pattern in TIME_EXPRESSIONS)
_LEADING_TIME = re.compile(
    rf"^(?:(?:{'|'.join(f'(?:{p})' for p in TIME_EXPRESSIONS if 'days_ago' not in p)})\s*,?\s+)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(rf"(?:\s+(?:{SPEAKER_ADVERBS}|{_TIME}))+$", re.IGNORECASE)
_TIME_BEFORE = re.compile(rf"\b(?:{_TIME})\s*,?\s*(?:(?:when|after|before|as)\s+)?$",
                          re.IGNORECASE)
_LEADING_CONNECTOR = re.compile(r"^(?:and|but|so|yet|meanwhile|however|also),?\s+", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|some|many|several|about \d+|\d+)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
_FINITE_VERBS = (
    r"is|are|was|were|will|would|has|have|had|could|may|might|should|can|did|do|does|not"
)
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
_BOUNDARY = re.compile(r"\b(?:and|but|while|as|after|when|because|since|before|although|"
                       r"though|if|until|confounding|contradicting|where)\s+", re.IGNORECASE)
_CUE_RE = re.compile(rf"\b(?:{CUE})\b")  # "States" in "United States" is no cue
_HEADLINE_CUE_RE = re.compile(rf"\b(?:{CUE})\b", re.IGNORECASE)
_PARTICIPLE = re.compile(rf"\b(?:{PARTICIPLE_CUES})\b", re.IGNORECASE)
_ABOUT_CLAIM = re.compile(r"^(?:a|an|the)\s+(?:charge|claim|accusation|report|allegation|"
                          r"suggestion|assertion)s?\s+(?:that|which)\s+", re.IGNORECASE)
_CITED_AFTER = re.compile(rf",?\s+(?:{SOURCE_CITATIONS})\s+(?P<who>[^,.;]{{2,80}}),\s*(?:that\s+)?",
                          re.IGNORECASE)
_CITING = re.compile(rf",?\s+(?:{SOURCE_CITATIONS})\s+(?P<who>[^,.;]{{2,80}})", re.IGNORECASE)


def cue_kind(cue: str, following: str = "") -> ClaimKind:
    """The kind of claim a reporting cue signals; ``following`` is the text after the cue, for
    cues that depend on it ("gave the opposition a lead")."""
    normalized = re.sub(r"\s+", " ", cue.strip())
    for pattern, kind in _CUE_KIND:
        if pattern.fullmatch(normalized):
            return kind
    for pattern, kind in _CUE_KIND:
        match = pattern.match(normalized + following)
        if match and match.end() == len(normalized):
            return kind
    return ClaimKind.statement


def is_claimant_phrase(phrase: str) -> bool:
    """Whether ``phrase`` can name who speaks: a name, a pronoun, or a noun for speakers."""
    words = phrase.split()
    if not words or len(words) > 9 or re.search(r"[\"“”]", phrase):
        return False
    if re.fullmatch(r"(?:more|most|many|some|several|few|other|further|all|both|each|such)",
                    phrase, re.IGNORECASE):
        return False
    if _PRONOUN.match(phrase):
        return True
    bare = _DETERMINER.sub("", phrase)
    if re.search(rf"\b(?:{CUE}|{_FINITE_VERBS})\b", bare, re.IGNORECASE):
        return False
    bare = re.split(r"\s+(?:in|at|from|of|close to|familiar with|with|for|on|inside)\s+", bare)[0]
    head = re.sub(r"['’]s?$", "", bare.split()[-1].rstrip(","))
    if re.fullmatch(rf"(?:{CLAIMANT_NOUNS})", head, re.IGNORECASE):
        return True
    if re.fullmatch(r"\d+-year-old", head):
        return True
    return head[:1].isupper()


def noun_phrase(text: str) -> str:
    """A speaker phrase without a relative clause or participle phrase after its head:
    "polls that had pointed" -> "polls", "An exit poll released after ..." -> "An exit poll"."""
    text = re.split(r"\s+(?:that|which|who)\s+", text, maxsplit=1)[0]
    return re.sub(r"(?<=\w)\s+[a-z]+ed\s+(?:after|before|by|on|in|at|late|early)\b.*$", "", text)


def clause_subject(clause: Span) -> Span | None:
    """The noun phrase a clause opens with, if it can name a speaker."""
    subject = subject_of(clause)
    return subject if subject is not None and is_claimant_phrase(subject.text) else None


def _speaker_before(clause: Span, cue_start: int, floor: int = 0) -> tuple[Span, int] | None:
    """The speaker named before a cue, with the offset where the attribution frame starts.

    Handles an apposition ("Shin, a member of ..., said"), a reversed one ("His
    father, Jorge Messi, denied"), a relative clause ("Furukawa, who wrote"), and a
    verb coordinated with the clause's first one ("Shoigu met Kim and said").
    """
    left = _TRAILING.sub("", clause.text[:cue_start].rstrip())
    joint = re.search(r"(?:^|\s)(?:and|but)$", left)
    if joint:
        subject = clause_subject(clause)
        return (subject, joint.end()) if subject else None
    segments = [m for m in re.finditer(r"[^,:;—–]+", left) if m.end() > floor]
    if segments and segments[0].start() < floor:
        segments[0] = re.compile(r"[^,:;—–]+").match(left, floor)
    if not segments:
        return None
    chosen = segments[-1]
    if left.endswith(",") and len(segments) >= 2:
        apposition = chosen.group().strip()
        if not _PROPER_NAME.match(apposition):
            chosen = segments[-2]
    if chosen.group().strip().lower() == "who" and len(segments) >= 2:
        name = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*$", segments[-2].group())
        if name is None:
            return None
        start = segments[-2].start() + name.start()
        return clause.sub(start, segments[-2].end()).strip(), start
    phrase_start = chosen.start()
    chosen_text = noun_phrase(chosen.group())
    for boundary in _BOUNDARY.finditer(chosen_text):
        before = chosen_text[:boundary.start()].split()
        if boundary.group().strip().lower() == "and" and len(before) <= 3 and not re.search(
                rf"\b(?:{_FINITE_VERBS})\b", " ".join(before)):
            continue  # "Washington and Seoul", "Russian and Japanese media": one speaker
        phrase_start = chosen.start() + boundary.end()
    frame_start = phrase_start
    earlier = _TIME_BEFORE.search(clause.text[:phrase_start])
    if earlier:  # "On Thursday, Sportsbet said", "days after the Kremlin disclosed"
        frame_start = earlier.start()
    phrase = clause.text[phrase_start:chosen.end()]
    leading = _LEADING_CONNECTOR.match(phrase.lstrip())
    offset = len(phrase) - len(phrase.lstrip()) + (leading.end() if leading else 0)
    time = _LEADING_TIME.match(phrase[offset:])
    if time:
        offset += time.end()
    text = noun_phrase(clause.text[phrase_start + offset:chosen.end()].strip())
    speaker = clause.sub(phrase_start + offset, phrase_start + offset + len(text)).strip()
    if not is_claimant_phrase(speaker.text):
        return None
    return speaker, frame_start


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


_QUOTE_GOES_ON = re.compile(r",\s*[\"“](?P<more>[^\"”]+?)[.,!?]?[\"”]")
_QUOTE_FIRST = re.compile(r"^[\"“](?P<content>[^\"”]+?)[,.!?]?[\"”],?\s+(?P<rest>.+)$")
_SPEAKER_AFTER = re.compile(
    rf"^(?:(?P<who>[^,\"“”]{{2,90}}?)\s+(?P<cue>{CUE})\b|(?P<cue2>{CUE})\s+"
    r"(?P<who2>[^,\"“”]{2,90}?)\b)"
    r"(?P<tail>\s+(?:on|in|at|to|during|after|before|late|early|last|this|earlier|yesterday|"
    r"today|when|while|as|from|via|through|over|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b[^\"“”,]{0,60}?)?(?P<rest>,\s.*)?[.!?]?$",
    re.IGNORECASE,
)


def _speaker_after(clause: Span, content: Span, rest_start: int, rule: str,
                   quoted: bool = False) -> Iterator[Attribution]:
    rest = clause.sub(rest_start, len(clause.text))
    match = _SPEAKER_AFTER.match(rest.text)
    if not match:
        return
    who_group = "who" if match.group("who") else "who2"
    cue = match.group("cue") or match.group("cue2")
    speaker = rest.sub(match.start(who_group), match.end(who_group)).strip()
    about = _ABOUT_CLAIM.match(speaker.text)
    if about:  # "..., a charge that Moscow denies": the speaker denies the claim before
        speaker = speaker.sub(about.end(), len(speaker.text))
    if not is_claimant_phrase(speaker.text) or re.search(
        rf"\b(?:{_FINITE_VERBS})\b", match.group("tail") or "", re.IGNORECASE
    ) or not cue[:1].islower():
        return
    frame_end = match.end("tail") if match.group("tail") else match.end(who_group)
    frame_end = max(frame_end, match.end("cue") if match.group("cue") else 0)
    frame = rest.sub(0, frame_end)
    attribution = Attribution(rule, Voice.named, cue_kind(cue), content=content.strip(),
                              frame=frame, claimant=speaker, quoted=quoted,
                              borrowed=about is not None)
    citing = _CITING.match(match.group("rest") or "")
    if citing:
        offset = match.start("rest")
        source = rest.sub(offset + citing.start("who"), offset + citing.end("who")).strip()
        if is_claimant_phrase(noun_phrase(source.text)):
            attribution = replace(attribution, claimant=source, reported_by=speaker,
                                  frame=rest.sub(0, offset + citing.end()))
    yield attribution


def quote_then_speaker(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``"He has decided to stay," Peskov told reporters`` — a quote, then who said it."""
    match = _QUOTE_FIRST.match(clause.text)
    if not match:
        return
    content = clause.sub(match.start("content"), match.end("content"))
    for attribution in _speaker_after(clause, content, match.start("rest"),
                                      "quote_then_speaker", quoted=True):
        yield attribution
        more = _QUOTE_GOES_ON.match(clause.text, attribution.frame.end - clause.start)
        if more:  # a split quotation: "We are ready," she said, "and we will sign."
            rest = clause.sub(more.start("more"), more.end("more"))
            yield replace(attribution, content=rest, frame=Span(rest.start, rest.start, ""))


def content_then_speaker(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Kim will not attend, the Kremlin said Thursday`` — the claim, then its speaker
    (and the source it cites: ``..., the Times reported, citing US officials``)."""
    for comma in [m.start() for m in re.finditer(r",\s", clause.text)]:
        if comma < 10:
            continue
        content = clause.sub(0, comma)
        found = list(_speaker_after(clause, content, comma + 1, "content_then_speaker"))
        if found:
            yield from found
            return


def _content_after(clause: Span, cue_end: int) -> int:
    """Where a claim starts after its cue: past time phrases, "that", or a short adverbial
    ("in an interview in April that ...")."""
    after = clause.text[cue_end:]
    that = re.match(r"[^,\"“”]{0,80}?\bthat\s+", after)
    if that and not re.search(rf"\b(?:{CUE}|{_FINITE_VERBS}|it|he|she|they|we)\b",
                              after[: that.end()][:-5]):
        return cue_end + that.end()
    time = _LEADING_TIME.match(after.lstrip(" ,"))
    skip = len(after) - len(after.lstrip(" ,")) + (time.end() if time else 0)
    opener = re.match(r"\s*(?:on|whether|to)\s+|\s*,?\s*", after[skip:])
    return cue_end + skip + (opener.end() if opener else 0)


def speaker_then_content(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Peskov said (that) ...`` and ``A, an expert, said ...`` — the speaker, then the claim.

    Every cue with a speaker before it starts an attribution; its claim runs to the
    next one. A speaker right at the start of another's claim is nested: in "A said
    that B expected C", B claims C and A relays it.
    """
    found = []  # (speaker, frame start, cue, content start, where the claim before ends)
    for cue in (_HEADLINE_CUE_RE if headline else _CUE_RE).finditer(clause.text):
        if found and cue.start() < found[-1][3]:
            continue
        if _PARTICIPLE.fullmatch(cue.group()):
            subject = clause_subject(clause)
            speaker = (subject, cue.start()) if subject else None
        else:
            speaker = _speaker_before(clause, cue.start(), found[-1][3] if found else 0)
        if speaker is None:
            continue
        limit = frame_start = speaker[1]
        if found and speaker[1] < found[-1][3]:  # "conceded defeat and announced that"
            joint = re.search(r"(?:,?\s+(?:and|but))?\s*$", clause.text[:cue.start()])
            limit = joint.start() if joint else cue.start()
        elif not found and speaker[0].start - clause.start < speaker[1] and re.search(
                r"\s(?:and|but)$", clause.text[:speaker[1]]):
            frame_start = speaker[0].end - clause.start  # "met Kim last week and said": its time
        found.append((speaker[0], frame_start, cue, _content_after(clause, cue.end()), limit))
        citing = _CITED_AFTER.match(clause.text, cue.end())
        if citing and is_claimant_phrase(noun_phrase(citing.group("who").strip())):
            source = clause.sub(citing.start("who"), citing.end("who")).strip()
            relaying = found.pop()
            found.append((*relaying[:3], source.start - clause.start, relaying[4]))
            found.append((source, citing.start("who"), cue, citing.end(), citing.start("who")))
    for index, (speaker, frame_start, cue, content_start, _) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and abs(following[0].start - clause.start - content_start) <= 1:
            continue  # nested: the next speaker's claim is this one's content
        outer = (found[index - 1] if index and abs(found[index - 1][3] - (speaker.start
                                                                           - clause.start)) <= 1
                 else None)
        end = following[4] if following is not None else len(clause.text)
        content = _trim_joint(clause.sub(content_start, max(end, content_start)))
        if not content.text:
            continue
        yield Attribution(
            "speaker_then_content",
            Voice.named,
            cue_kind(cue.group(), clause.text[cue.end():]),
            content=content,
            frame=clause.sub(outer[1] if outer else frame_start, content_start),
            claimant=speaker,
            reported_by=outer[0] if outer else None,
            quoted=clause.text[max(0, content_start - 2):content_start].strip() in ("\"", "“"),
        )


def _trim_joint(content: Span) -> Span:
    """A claim without the conjunction that joins it to the next attribution."""
    match = re.search(r"(?:,?\s+(?:and|but|while|as))?[\s,;]*$", content.text)
    return content.sub(0, match.start()).strip() if match else content.strip()


def according_to(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``..., according to the agency`` — a claim with its source named after ``according to``."""
    match = re.search(r",?\s*according to (?P<who>[^,.]{2,80})", clause.text, re.IGNORECASE)
    if not match:
        return
    speaker = clause.sub(match.start("who"), match.end("who")).strip()
    if not is_claimant_phrase(speaker.text):
        return
    if match.start() > 0:
        content = clause.sub(0, match.start())
    else:
        content = clause.sub(match.end(), len(clause.text))
    yield Attribution("according_to", Voice.named, ClaimKind.statement, content=content.strip(),
                      frame=clause.sub(match.start(), match.end()), claimant=speaker)


_PASSIVE = re.compile(
    rf"(?:,\s*who\s+|\s+)(?:is|are|was|were|has been|have been|had been)\s+"
    rf"(?:widely\s+)?(?P<cue>{PASSIVE_CUES})(?:\s+to\b|\s+by\s+(?P<who>[^,.;]{{2,60}}?)"
    r"(?=\s+(?:after|before|for|in|on|at|since|amid|because|as|to)\b|[,.;]|$))",
    re.IGNORECASE,
)


def passive_expectation(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``Merkel, who is expected to be in Moscow`` (nobody named) and ``The cut had been
    widely expected by economists`` — an expectation stated in the passive."""
    match = _PASSIVE.search(clause.text)
    if not match:
        return
    before = clause.text[:match.start()].rstrip()
    subject = re.search(r"(?:(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*|\b(?i:it|they|he|she)|"
                        r"\b(?i:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?)$", before)
    if subject is None:
        return
    cue = match.group("cue").lower()
    kind = ClaimKind.speculation if cue.startswith("rumo") else ClaimKind.expectation
    content = clause.sub(subject.start(), len(clause.text)).strip()
    frame = clause.sub(match.start(), match.end())
    if match.group("who") and is_claimant_phrase(match.group("who").strip()):
        speaker = clause.sub(match.start("who"), match.end("who")).strip()
        yield Attribution("passive_expectation", Voice.named, kind, content=content,
                          frame=frame, claimant=speaker)
    elif not match.group("who"):
        yield Attribution("passive_expectation", Voice.unnamed, kind, content=content,
                          frame=frame, label="unnamed")


def publisher_hedge(clause: Span, headline: bool) -> Iterator[Attribution]:
    """``... suggest that the leader will likely skip the event`` — the outlet's own forecast,
    and ``Moscow could host the first meeting`` — its own speculation."""
    match = re.search(rf"\b(?:{PUBLISHER_HEDGES})\b", clause.text, re.IGNORECASE)
    kind = ClaimKind.prediction
    if not match:
        match = re.search(rf"^(?:[^,]*,\s+)?(?P<np>(?:[A-Z][\w'’-]*\s+){{1,4}})"
                          rf"(?:{PUBLISHER_SPECULATION})\b", clause.text)
        kind = ClaimKind.speculation
    if not match:
        return
    that = re.search(r"\b(?:suggests?|indicates?|means?) (?:that\s+)?", clause.text,
                     re.IGNORECASE)
    # A hedge that opens the clause ("With Kim staying at home, ...") is not its content.
    start = that.end() if that else (match.end() if match.start() == 0 else 0)
    if kind is ClaimKind.speculation:
        start = match.start("np")
    content = clause.sub(start, len(clause.text)).strip()
    yield Attribution("publisher_hedge", Voice.publisher, kind, content=content,
                      frame=clause.sub(match.start(), match.end()))


Rule = Callable[[Span, bool], Iterator[Attribution]]

ATTRIBUTION_RULES: list[Rule] = [
    headline_colon,
    headline_why,
    unnamed_source,
    quote_then_speaker,
    content_then_speaker,
    according_to,
    speaker_then_content,
    passive_expectation,
    publisher_hedge,
]


def attributions(clause: Span, headline: bool = False) -> list[Attribution]:
    """Every attribution the rules find in ``clause`` that does not overlap an earlier one,
    in text order."""
    found: list[Attribution] = []
    for rule in ATTRIBUTION_RULES:
        for attribution in rule(clause, headline):
            for other in found:
                if attribution.frame.end <= other.start < attribution.content.end:
                    attribution = _cut_before(attribution, other.start)  # claim, then another
            if all(attribution.end <= a.start or attribution.start >= a.end for a in found):
                found.append(attribution)
    found = [_unwrapped(a, found) if a.borrowed else _relayed(a, clause) for a in found]
    return sorted(found, key=lambda a: a.start)


def _relayed(attribution: Attribution, clause: Span) -> Attribution:
    """"A dismissed reports that X, her office said": A's claim, relayed by her office."""
    if attribution.rule not in ("content_then_speaker", "according_to"):
        return attribution
    for inner in speaker_then_content(attribution.content, False):
        if inner.claimant is not None and inner.claimant.start == attribution.content.start:
            frame = clause.sub(inner.frame.start - clause.start,
                               attribution.frame.end - clause.start)
            return replace(inner, reported_by=attribution.claimant, frame=frame,
                           rule=attribution.rule)
        break
    return attribution


def _cut_before(attribution: Attribution, position: int) -> Attribution:
    content = attribution.content
    return replace(attribution, content=_trim_joint(content.sub(0, position - content.start)))


def _unwrapped(borrowed: Attribution, found: list[Attribution]) -> Attribution:
    """"A accuses B of X, a charge that B denies": B denies X, not that A accuses."""
    for inner in found:
        if inner is not borrowed and (borrowed.content.start <= inner.content.start
                                      and inner.content.end <= borrowed.content.end):
            return replace(borrowed, content=inner.content)
    return borrowed

