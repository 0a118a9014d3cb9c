"""What a claim says: subject, predicate, object, polarity and certainty of its content.

The parse is shallow on purpose: the subject is the phrase before the first
auxiliary or known predicate, the predicate comes from the :data:`PREDICATES`
table (or the bare verb), and modality and negation come from their tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.lexicon import (
    AUXILIARIES,
    CONTENT_FRAMES,
    CONTENT_HEDGES,
    COUNTERFACTUAL,
    DECISIONS,
    FUTURE_MARKERS,
    IRREGULAR_VERBS,
    LIKELIHOOD_SHIFTS,
    MODALITY,
    NEGATIONS,
    NEGATIVE_OBJECTS,
    NOMINAL_PREDICATES,
    PREDICATES,
    REVERSALS,
)
from kg.extract.spans import Span
from kg.models import Certainty, Polarity

_AUX = re.compile(rf"(?:(?:{AUXILIARIES})\b\s*)+", re.IGNORECASE)
_PREDICATE = [
    (re.compile(rf"(?:{pattern})\b", re.IGNORECASE), lemma, negative)
    for pattern, lemma, negative in PREDICATES
]
_NOMINAL = [(re.compile(rf"\b{pattern}"), lemma) for pattern, lemma in NOMINAL_PREDICATES]
_MODALITY = [(re.compile(rf"\b(?:{pattern})\b"), c) for pattern, c in MODALITY]
_HEDGES = [(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), c) for pattern, c in CONTENT_HEDGES]
_NEGATIVE_OBJECT = re.compile(rf"^(?:\w+ly\s+)?(?:{NEGATIVE_OBJECTS})\b", re.IGNORECASE)
# Asides a verb search skips: ", who have never met,", ", not Kim,".
_ASIDE = re.compile(r",\s*(?:who|which|whose|not|including|such as|like)\b[^,]*,")
_CONTENT_FRAME = re.compile(rf"\b(?:{CONTENT_FRAMES})\s+", re.IGNORECASE)
_LIKELIHOOD_SHIFTS = [(re.compile(rf"\b{pattern}\b", re.IGNORECASE), negative)
                      for pattern, negative in LIKELIHOOD_SHIFTS]
_DETERMINER = re.compile(r"a|an|the|his|her|its|their|this|that|our|my|your|any|no|every",
                         re.IGNORECASE)
_DECISION = re.compile(rf"\b(?:{DECISIONS})\b", re.IGNORECASE)
_INTENTION = re.compile(r"\b(?:intends?|plans?|planning|aims?|preparing) to\b", re.IGNORECASE)
_CONTRAST = re.compile(
    r"(?:\brather than|\binstead of|,\s+not)\s+(?P<np>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_REVERSAL = re.compile(rf"\b{REVERSALS}\b", re.IGNORECASE)
_NEGATION = re.compile(rf"\b(?:{NEGATIONS})\b|n't\b", re.IGNORECASE)
_FUTURE = re.compile(rf"(?:^|\b)(?:{FUTURE_MARKERS})\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(rf"\b{COUNTERFACTUAL}\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_IRREGULAR = re.compile("|".join(IRREGULAR_VERBS))
_PREPOSITION = re.compile(r"in|on|at|of|for|to|with|from|by|about|over|under|between|among",
                          re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been)\s*$", re.IGNORECASE)
_NOUN_PHRASE = re.compile(
    r"(?!(?:in|on|at|of|for|to|with|from|by)\b)(?:(?:no|a|an|the|some|any|\w+'s)\s+)?(?:[\w$%.,'’-]+\s+){0,4}?[\w$%'’-]+"
    r"(?=\s+(?:of|for|in|on|at|to|with|from|by|among|between|about)\b|[,;.]|$)",
    re.IGNORECASE,
)
_FUNCTION_WORD = re.compile(
    r"at|in|on|of|to|for|with|by|from|the|a|an|no|that|this|there|it|its|his|her|their|"
    r"about|over|under|into|as|than|more|less|not|so|very|\d+",
    re.IGNORECASE,
)
# What a predicate means for the one left out: "send A rather than B to the parade" -> B
# does not attend it.
CONTRAST_PREDICATES = {"send": "attend", "represent": "attend", "choose": "choose"}

_RANK = {Certainty.certain: 2, Certainty.probable: 1, Certainty.possible: 0}


@dataclass(frozen=True)
class Proposition:
    """The parsed content of a claim; mentions are still text, resolved later."""

    subject: Span
    predicate: str
    object: Span | None
    polarity: Polarity
    certainty: Certainty
    future: bool
    counterfactual: bool
    intention: bool = False  # "intends to", "plans to": someone's plan, not yet an act
    decision: bool = False  # "has decided to", "will send": the decision itself
    nominal: bool = False  # stated by a noun ("a visit by Kim"), not a verb
    verdict: bool = False  # rates how likely something is ("made his attendance less likely")


def certainty_of(text: str) -> Certainty | None:
    """The weakest certainty the modal words in a verb group signal, or None if there are none."""
    found = [certainty for pattern, certainty in _MODALITY if pattern.search(text)]
    return weakest(*found) if found else None


def hedge_of(text: str) -> Certainty | None:
    """The certainty a hedging phrase anywhere in a claim signals ("preparatory stage")."""
    found = [certainty for pattern, certainty in _HEDGES if pattern.search(text)]
    return weakest(*found) if found else None


def weakest(*levels: Certainty | None) -> Certainty:
    """The least certain of the given levels (certain when none is given)."""
    present = [level for level in levels if level is not None]
    return min(present, key=_RANK.__getitem__) if present else Certainty.certain


def _predicate_at(text: str, previous: str = "") -> tuple[str, bool, int] | None:
    """The table predicate starting ``text``: lemma, whether it negates, and its length.
    After a determiner the word is a noun ("a visit"), not a predicate."""
    if _DETERMINER.fullmatch(previous):
        return None
    for pattern, lemma, negative in _PREDICATE:
        match = pattern.match(text)
        if match:
            return lemma, negative, match.end()
    return None


def lemma(word: str) -> str:
    """A rough lemma for a verb outside the predicate table: ``boosted`` -> ``boost``."""
    lowered = word.lower()
    if lowered in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lowered]
    if lowered.endswith(("ied", "ies")) and len(lowered) > 4:
        return lowered[:-3] + "y"
    for suffix in ("ing", "ed"):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            return _restore_stem(lowered[: -len(suffix)])
    if lowered.endswith(("ches", "shes", "sses", "xes", "oes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3:
        return lowered[:-1]
    return lowered


def _restore_stem(stem: str) -> str:
    """The verb an -ed or -ing stem comes from: "plann" -> "plan", "relat" -> "relate"."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(r"(?:[^aeiou]at|[aeiou][vcz]|[^n]g|ang|nc|rc|[^aeiou]u|ur|[aeiou]s|re)$", stem):
        return stem + "e"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
        return stem + "e"  # one syllable: "hoped" -> "hope"
    return stem


@dataclass(frozen=True)
class _Clause:
    subject: Span
    lemma: str
    negative: bool
    known: bool  # the predicate is in the table, not a guessed lemma
    group: str  # auxiliaries plus the verb
    rest: Span | None


def _is_bare_verb(word: str, before: list[str]) -> bool:
    """A verb without an auxiliary after a short subject: a past form, a present form after
    a name, or "-ing" after "of" ("accuse X of supplying")."""
    lowered = word.lower()
    if not word[:1].islower() or _FUNCTION_WORD.fullmatch(word) or len(before) > 8:
        return False
    if _IRREGULAR.fullmatch(lowered) or (lowered.endswith("ed") and len(lowered) > 4):
        return True
    if lowered.endswith("ing") and before[-1].lower() == "of":
        return True
    short_subject = len(before) <= 4 and not any(_PREPOSITION.fullmatch(w) for w in before)
    return (short_subject and lowered.endswith("s") and not lowered.endswith("ss")
            and before[-1][:1].isupper())


def _verb_start(content: Span) -> tuple[int, re.Match[str] | None] | None:
    """Where the verb group starts, and its auxiliaries, if the content has one."""
    before: list[str] = []
    asides = [match.span() for match in _ASIDE.finditer(content.text)]
    for word in _WORD.finditer(content.text):
        if any(start <= word.start() < end for start, end in asides):
            continue
        rest = content.text[word.start():]
        if before:
            aux = _AUX.match(rest)
            if aux or _predicate_at(rest, before[-1]) or _is_bare_verb(word.group(), before):
                return word.start(), aux
        before.append(word.group())
    return None


def _subject(content: Span, end: int) -> Span | None:
    """The subject before the verb, without a trailing apposition or relative clause."""
    subject = content.sub(0, end).strip()
    conjunction = re.match(r"^(?:and|but|so|yet|or)\s+", subject.text, re.IGNORECASE)
    if conjunction:
        subject = subject.sub(conjunction.end(), len(subject.text))
    opener = re.match(r"^(?:for|in|on|at|with|after|before|by|from|despite|under|as|since)\b"
                      r"[^,]*,\s*", subject.text, re.IGNORECASE)
    if opener:
        subject = subject.sub(opener.end(), len(subject.text)).strip()
    comma = subject.text.find(",")
    if comma > 0:
        subject = subject.sub(0, comma).strip()
    subject = subject.sub(0, len(re.sub(r"\s+(?:who|which|that|of)$", "", subject.text)))
    if subject.text.lower() == "there" or not subject.text or len(subject.text.split()) > 9:
        return None
    return subject


def subject_of(clause: Span) -> Span | None:
    """The subject of a clause: the phrase before its first verb."""
    found = _verb_start(clause)
    return _subject(clause, found[0]) if found else None


def _verbal(content: Span) -> _Clause | None:
    """The subject, verb group and what follows, split at the first auxiliary or verb."""
    found_start = _verb_start(content)
    if found_start is None:
        return None
    start, aux = found_start
    subject = _subject(content, start)
    verb_start = start + (aux.end() if aux else 0)
    for inner in _WORD.finditer(content.text, start, verb_start):
        if _predicate_at(content.text[inner.start():]):
            verb_start = inner.start()  # "is expected to be in": "be in" is the predicate
            break
    while content.text[verb_start:verb_start + 1] in ("\"", "“", "'", "‘"):
        verb_start += 1
    found = _predicate_at(content.text[verb_start:])
    if found:
        verb_lemma, negative, length = found
    else:
        verb = _WORD.match(content.text[verb_start:])
        if verb is None or _FUNCTION_WORD.fullmatch(verb.group()):
            if aux is None or not _COPULA.search(aux.group()):
                return None
            verb_lemma, negative, length = "be", False, 0  # "is likely to be a chance"
        else:
            verb_lemma, negative, length = lemma(verb.group()), False, verb.end()
    if subject is None:
        existential = re.match(r"^there\s+(?:(?:is|are|was|were|will|would|be|been|has|had)\s+)+",
                               content.text, re.IGNORECASE)
        if not existential:
            return None
        subject = content.sub(existential.end(), len(content.text)).strip()
        phrase = _NOUN_PHRASE.match(subject.text)
        if phrase is None:  # "there is in.": nothing there
            return None
        subject = subject.sub(0, phrase.end())
        verb_lemma, length = "be", 0
    after = content.sub(verb_start + length, len(content.text)).strip()
    if re.match(r"(?:and|but|that|while|as)\b", after.text):
        after = Span(after.start, after.start, "")  # "to come, and that ...": no object
    group = content.text[start:verb_start + length]
    return _Clause(subject, verb_lemma, negative, found is not None, group,
                   after if after.text else None)


def _noun_phrase_only(content: Span) -> Span | None:
    """A content with no verb at all ("a price of at least $400"): its noun phrase."""
    match = _NOUN_PHRASE.match(content.text)
    if match is None or len(match.group().split()) < 2:
        return None
    return content.sub(0, match.end()).strip()


def _nominal(content: Span) -> tuple[Span, str, Span | None] | None:
    for pattern, lemma in _NOMINAL:
        match = pattern.search(content.text)
        if match:
            subject = content.sub(match.start("np"), match.end("np")).strip()
            target = None
            if match.groupdict().get("target"):
                target = content.sub(match.start("target"), match.end("target"))
            return subject, lemma, target
    return None


def _likelihood_shift(content: Span) -> Proposition | None:
    """"..., which made his attendance less likely": his attendance, probably not."""
    for pattern, negative in _LIKELIHOOD_SHIFTS:
        match = pattern.search(content.text)
        nominal = match and _nominal(content.sub(match.start("nominal"), match.end("nominal")))
        if nominal:
            subject, lemma, obj = nominal
            return Proposition(subject, lemma, obj,
                               Polarity.negative if negative else Polarity.positive,
                               Certainty.probable, future=False, counterfactual=False,
                               nominal=True, verdict=True)
    return None


def parse_proposition(content: Span) -> Proposition | None:
    """The proposition a claim's content states, or None when no subject and verb are found."""
    shifted = _likelihood_shift(content)
    if shifted is not None:
        return shifted
    verbal = _verbal(content)
    clause = _CONTENT_FRAME.search(content.text)
    if clause and not (verbal and verbal.known):  # "received signals that Kim meant to come"
        inner = parse_proposition(content.sub(clause.end(), len(content.text)))
        if inner is not None:
            hedge = hedge_of(content.text[:clause.end()])
            return replace(inner, certainty=weakest(inner.certainty, hedge))
    nominal = _nominal(content)
    by_noun = bool(nominal and not (verbal and verbal.known))
    if by_noun:
        subject, lemma, obj = nominal
        negative, group = False, content.text
    elif verbal:
        subject, lemma, negative, group, obj = (
            verbal.subject, verbal.lemma, verbal.negative, verbal.group, verbal.rest)
    else:
        subject = _noun_phrase_only(content)
        if subject is None:
            return None
        lemma, negative, group, obj = "", False, "", None
    contrast = _CONTRAST.search(content.text)
    if contrast:  # "send its ambassador rather than Kim": Kim will not attend
        subject = content.sub(contrast.start("np"), contrast.end("np"))
        lemma = CONTRAST_PREDICATES.get(lemma, lemma)
        negative = not negative
    negations = len(_NEGATION.findall(group)) + int(negative)
    negations += bool(any(part is not None and _NEGATIVE_OBJECT.match(part.text)
                          for part in (obj, subject)))
    negations += bool(_REVERSAL.search(content.text))
    negations += bool(re.search(r"\bunlikely\b", content.text) and "unlikely" not in group)
    return Proposition(
        subject=subject,
        predicate=lemma,
        object=obj,
        polarity=Polarity.negative if negations % 2 else Polarity.positive,
        certainty=weakest(certainty_of(group), hedge_of(content.text),
                          Certainty.probable if "unlikely" in content.text else None),
        future=bool(_FUTURE.search(group)),
        counterfactual=bool(_COUNTERFACTUAL.search(group)),
        intention=bool(_INTENTION.search(group)),
        decision=bool(_DECISION.search(group)),
        nominal=by_noun,
    )
