"""Contradictions: claims on the same proposition with opposite polarity.

Claims are grouped by their proposition key (subject, predicate, event or object),
so only claims that can contradict each other are ever compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from kg.analyse.deciders import Deciders
from kg.lexicon import (
    ATTENDING_PREDICATE,
    HOLDING_PREDICATES,
    SYMMETRIC_PREDICATES,
    VISITING_PREDICATE,
)
from kg.models import (
    Certainty,
    Claim,
    ClaimKind,
    Contradiction,
    ContradictionKind,
    ContradictionStatus,
    EntityRef,
    Polarity,
    Strength,
    short_hash,
    slugify,
)

TENTATIVE = frozenset({ClaimKind.prediction, ClaimKind.expectation, ClaimKind.speculation})


def _order(claim: Claim) -> tuple[date, str, int]:
    """Earlier statements first; undated ones count as the earliest."""
    return (claim.stated_on or date.min, claim.path, claim.evidence.start)


# How alike two claims' evidence must be to count as copies of one report.
SYNDICATED = 0.9


def syndicated(one: Claim, other: Claim) -> bool:
    """The same claim by the same claimant in near-identical words in another article."""
    if (one.article_id == other.article_id or one.claimant.id != other.claimant.id
            or one.polarity is not other.polarity):
        return False
    text, other_text = one.evidence.text.lower(), other.evidence.text.lower()
    if text == other_text:  # a copy word for word: the commonest case, and the cheapest
        return True
    # the cheap upper bounds first: most pairs fail on length (SequenceMatcher's
    # real_quick_ratio, before the matcher is built) or letters alone
    if 2 * min(len(text), len(other_text)) < SYNDICATED * (len(text) + len(other_text)):
        return False
    words = SequenceMatcher(None, text, other_text)
    return words.quick_ratio() >= SYNDICATED and words.ratio() >= SYNDICATED


def distinct_voices(claims: list[Claim],
                    compared: dict[tuple[str, str], bool] | None = None) -> list[Claim]:
    """The claims without syndicated copies, in order: a report carried by several outlets
    counts once. Only claims of one claimant and polarity are compared word by word;
    ``compared`` keeps the answers, for another call over mostly the same claims."""
    compared = {} if compared is None else compared
    kept: list[Claim] = []
    alike: dict[tuple[str, Polarity], list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=_order):
        same = alike[claim.claimant.id, claim.polarity]
        if not any(_copied(claim, earlier, compared) for earlier in same):
            kept.append(claim)
            same.append(claim)
    return kept


def _copied(claim: Claim, earlier: Claim, compared: dict[tuple[str, str], bool]) -> bool:
    """:func:`syndicated`, answered once per pair."""
    pair = (claim.id, earlier.id)
    if pair not in compared:
        compared[pair] = syndicated(claim, earlier)
    return compared[pair]


def contradiction_kind(earlier: Claim, later: Claim,
                       deciders: Deciders | None = None) -> ContradictionKind:
    """Self-reversal by one claimant, or by two who speak as one (the gazetteer's
    affiliations); a forecast met by a report after the event; else two sources
    disagreeing."""
    if earlier.claimant.id == later.claimant.id or (deciders is not None and deciders.one_voice(
            earlier.claimant.name, later.claimant.name)):
        return ContradictionKind.self_reversal
    event_date = later.event.date if later.event else None
    if (earlier.kind in TENTATIVE and event_date is not None and later.stated_on is not None
            and later.stated_on >= event_date):
        return ContradictionKind.prediction_outcome
    return ContradictionKind.cross_source


def describe(claim: Claim) -> str:
    stated = claim.stated_on.isoformat() if claim.stated_on else "undated"
    return (f"{claim.claimant.name} ({claim.kind.value}, {claim.polarity.value}, "
            f"{claim.certainty.value}, {stated})")


def settler(claims: list[Claim], since: date, deciders: Deciders | None) -> Claim | None:
    """The claim that settles a proposition: the latest certain, non-tentative claim stated on
    or after ``since`` by a deciding party, or reporting after the event took place."""
    return since_settled(last_settler(claims, deciders), since)


def last_settler(claims: Iterable[Claim], deciders: Deciders | None) -> Claim | None:
    """The latest claim that can settle the proposition (of equal ones, the last given):
    whatever the question's date, its settler is this one or none (:func:`since_settled`)."""
    found = None
    for claim in claims:
        if claim.certainty is not Certainty.certain or claim.kind in TENTATIVE:
            continue
        if claim.stated_on is None or (found is not None and _order(claim) < _order(found)):
            continue
        after_event = (claim.event is not None and claim.event.date is not None
                       and claim.stated_on >= claim.event.date)
        if after_event or (deciders is not None and deciders.decides(claim)):
            found = claim
    return found


def since_settled(last: Claim | None, since: date) -> Claim | None:
    """The settler of a question raised on ``since``, given the ``last`` that can settle it."""
    return last if last is not None and last.stated_on >= since else None


def called_off(claims: Iterable[Claim]) -> set[str]:
    """Events a certain claim says will not go ahead."""
    return {claim.event.id for claim in claims
            if claim.event is not None and claim.predicate in HOLDING_PREDICATES
            and claim.polarity is Polarity.negative and claim.certainty is Certainty.certain}


Proposition = tuple[str, str, str]


# How a name joins several parties: "Lumo and Vexa", "Lumo, Vexa and Kallo".
_JOINED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _parts(ref: EntityRef) -> tuple[str, ...]:
    """The ids of the parties a name joins ("Lumo and Vexa"): one per part, or the name's
    own id when it joins none."""
    return _name_parts(ref.name, ref.id)


@lru_cache(maxsize=1 << 16)  # a store names the same parties in claim after claim
def _name_parts(name: str, identifier: str) -> tuple[str, ...]:
    parts = tuple(slugify(part) for part in _JOINED.split(name) if part.strip())
    return parts if len(parts) > 1 else (identifier,)


def _members(ref: EntityRef, known: set[str]) -> tuple[str, ...]:
    """The parties a joined name stands for, when one of them is named alone elsewhere
    ("Lumo and Vexa" for Lumo and for Vexa); otherwise the name itself."""
    parts = _parts(ref)
    return parts if any(part in known for part in parts) else (ref.id,)


def named_alone(claims: Iterable[Claim]) -> set[str]:
    """Ids of the parties the claims name as subject or object on their own."""
    return {ref.id for claim in claims for ref in (claim.subject, claim.object)
            if ref is not None and " and " not in ref.name}


def family_subjects(claim: Claim) -> list[str]:
    """Every first party the claim's propositions can have, whatever is named elsewhere: its
    subject's id and, for a joined name, each party's (and the object's, when the predicate
    is symmetric and the pair is sorted)."""
    refs = [claim.subject]
    if claim.predicate in SYMMETRIC_PREDICATES and claim.object is not None:
        refs.append(claim.object)
    return list(dict.fromkeys(part for ref in refs for part in (ref.id, *_parts(ref))))


def joined_parties(claim: Claim) -> set[str]:
    """The parties of the claim's joined subject or object names; naming one of them alone
    elsewhere changes the claim's propositions."""
    return {part for ref in (claim.subject, claim.object) if ref is not None
            for part in _parts(ref) if part != ref.id}


def proposition_keys(claim: Claim, known: set[str]) -> list[Proposition]:
    """The propositions a claim states: one, or one per party of a joined name ("Lumo and
    Vexa will not attend" says so of each); ``known`` are the parties named alone."""
    subjects = _members(claim.subject, known)
    targets = _members(claim.object, known) if claim.object else (claim.proposition_key[2],)
    keys = []
    for subject in subjects:
        for target in targets:
            pair = sorted((subject, target)) if claim.predicate in SYMMETRIC_PREDICATES \
                and claim.object else (subject, target)
            keys.append((pair[0], claim.predicate, pair[1]))
    return list(dict.fromkeys(keys))


def propositions(claims: Iterable[Claim],
                 known: set[str] | None = None) -> dict[Proposition, list[Claim]]:
    """Claims grouped by the proposition they state; a claim about parties named together
    ("Lumo and Vexa") counts for each of them when one is named alone elsewhere. ``known``
    are the parties named alone (by default, in ``claims``)."""
    claims = list(claims)
    known = named_alone(claims) if known is None else known
    return grouped([(claim, proposition_keys(claim, known)) for claim in claims])


def grouped(keyed: Iterable[tuple[Claim, list[Proposition]]]
            ) -> dict[Proposition, list[Claim]]:
    """Claims grouped by their :func:`proposition_keys`. A claim that names no object or
    event ("she will not quit") joins the one proposition its subject and predicate are
    otherwise said of, when there is exactly one ("dropped out of the race for mayor")."""
    groups: dict[Proposition, list[Claim]] = defaultdict(list)
    for claim, keys in keyed:
        for key in keys:
            groups[key].append(claim)
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for subject, predicate, target in groups:
        if target:
            targets[subject, predicate].add(target)
    for subject, predicate, _ in [key for key in groups if not key[2]]:
        named = targets.get((subject, predicate), set())
        if len(named) == 1:
            groups[subject, predicate, named.pop()].extend(groups.pop((subject, predicate, "")))
    return groups


def find_contradictions(claims: Iterable[Claim],
                        deciders: Deciders | None = None) -> list[Contradiction]:
    """Every pair of distinct voices that state one proposition with opposite polarity, with
    whether and how it was settled."""
    claims = list(claims)
    cancelled = called_off(claims)
    groups = propositions(claims)
    found = [contradiction for key in sorted(groups)
             for contradiction in group_contradictions(groups[key], deciders, cancelled)]
    return sorted(found, key=contradiction_order)


def contradiction_order(contradiction: Contradiction) -> tuple[str, str, str, str]:
    return (contradiction.subject, contradiction.predicate, contradiction.object or "",
            contradiction.id)


def group_contradictions(group: list[Claim], deciders: Deciders | None,
                         cancelled: Container[str]) -> list[Contradiction]:
    """The contradictions among the claims on one proposition; ``cancelled`` are the events
    called off."""
    return _opposed(distinct_voices(group), deciders, cancelled)


def added_contradictions(before: list[Claim], group: list[Claim], deciders: Deciders | None,
                         cancelled: Container[str]) -> list[Contradiction] | None:
    """The contradictions that claims added to ``before`` make ``group`` hold besides those of
    ``before``; None when they change those too (a voice they silence as a copy, a new
    settler, another target for pairs that name none), so the group must be recomputed."""
    compared: dict[tuple[str, str], bool] = {}
    voices, earlier = distinct_voices(group, compared), distinct_voices(before, compared)
    heard = {claim.id for claim in voices}
    if (any(claim.id not in heard for claim in earlier)
            or last_settler(voices, deciders) is not last_settler(earlier, deciders)
            or _fallback_target(voices) != _fallback_target(earlier)):
        return None
    return _opposed(voices, deciders, cancelled, found={claim.id for claim in earlier})


def _fallback_target(voices: list[Claim]) -> str | None:
    """What a pair says when neither claim names its target: the first voice that does."""
    return next((claim.target_name for claim in voices if claim.target_name), None)


def _opposed(voices: list[Claim], deciders: Deciders | None, cancelled: Container[str],
             found: Container[str] = frozenset()) -> list[Contradiction]:
    """Each pair of ``voices`` with opposite polarity, but those of two ``found`` already."""
    positive = [c for c in voices if c.polarity is Polarity.positive]
    negative = [c for c in voices if c.polarity is Polarity.negative]
    last = last_settler(voices, deciders)
    fallback = _fallback_target(voices)
    described = {claim.id: describe(claim) for claim in voices}
    pairs = []
    for one in positive:
        for other in negative:
            if one.id in found and other.id in found:
                continue
            earlier, later = sorted((one, other), key=_order)
            settling = since_settled(last, earlier.stated_on or date.min)
            target = later.target_name or earlier.target_name or fallback
            pairs.append(_contradiction(earlier, later, target, described, deciders,
                                        cancelled, settling))
    return pairs


def _contradiction(earlier: Claim, later: Claim, target: str | None, described: dict[str, str],
                   deciders: Deciders | None, cancelled: Container[str],
                   settling: Claim | None) -> Contradiction:
    proposition = " ".join(part for part in (later.subject.name, later.predicate, target) if part)
    status, held, settled_by = ContradictionStatus.open, None, None
    if later.event is not None and later.event.id in cancelled:
        status = ContradictionStatus.annulled
    elif settling is not None:
        status, settled_by = ContradictionStatus.resolved, settling.id
        held = earlier.id if earlier.polarity is settling.polarity else later.id
    weak = Certainty.possible in (earlier.certainty, later.certainty)
    return Contradiction(
        id=short_hash(earlier.id, later.id),
        kind=contradiction_kind(earlier, later, deciders),
        a=earlier.id,
        b=later.id,
        subject=later.subject.name,
        predicate=later.predicate,
        object=target,
        explanation=f"{described[earlier.id]} vs {described[later.id]} on '{proposition}'",
        status=status,
        held=held,
        settled_by=settled_by,
        strength=Strength.weak if weak else Strength.strong,
    )


def related_pairs(claims: Iterable[Claim], deciders: Deciders) -> list[tuple[str, str]]:
    """Claims on related but different propositions: attending an event and visiting the
    country or city that hosts it ("a visit to Russia" and "the Moscow parade"). They are
    linked, never reported as contradictions."""
    claims = list(claims)
    visits: dict[str, list[Claim]] = defaultdict(list)  # by who visits
    for claim in claims:
        if claim.predicate == VISITING_PREDICATE and claim.object is not None:
            visits[claim.subject.id].append(claim)
    pairs = set()
    for attend in (c for c in claims
                   if c.predicate == ATTENDING_PREDICATE and c.event is not None
                   and c.subject.id in visits):
        host = deciders.host(attend)
        for visit in visits[attend.subject.id]:
            if visit.object.name in host:
                pairs.add(tuple(sorted((attend.id, visit.id))))
    return sorted(pairs)
