"""What a claim says, read from the parse of its clause: subject, predicate, object,
polarity, certainty and whether it is about the future.

The clause's head verb is followed through the verbs and adjectives that only frame the
real predicate (``is expected to attend``, ``plans to visit``: :data:`CHAIN`); the
predicate is its lemma with its particle or preposition, normalized by
:data:`PREDICATES`; negation comes from ``neg`` dependents, negative arguments ("no
decision") and negative predicates ("skip"); certainty from modals, hedges and
conditionals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.spans import Span, of_tokens
from kg.lexicon import (
    BETS,
    CARRYING_VERBS,
    CHAIN,
    CONDITIONALS,
    CONTENT_CARRIERS,
    COURSE_NOUNS,
    CUE_CERTAINTY,
    DECISION_LEMMAS,
    DELAYING_WORDS,
    ELLIPTIC_VERBS,
    EVENT_NOUNS,
    EXTRAPOSED_ADJECTIVES,
    FUTURE_ADVERBS,
    FUTURE_MODALS,
    HEDGE_NOUNS,
    HEDGES,
    HEDGING_VERBS,
    HOSTING,
    KEPT_BY_OWNER,
    LIKELIHOODS,
    LINKING_VERBS,
    MEETINGS,
    MODALS,
    NEGATIONS,
    NEGATIVE_ARGUMENTS,
    NEGATIVE_VERDICT_WORDS,
    NOMINALS,
    OCCURRENCE_PREDICATE,
    PARTICLE_ADVERBS,
    PASSIVE_CUES,
    PAYOUTS,
    PERSON_ROLES,
    POSSESSIVE_MARKS,
    PREDICATES,
    PREPARING,
    PREVENTING,
    REMOTE_ADVERBS,
    REMOTE_MEANS,
    REMOTE_PREDICATES,
    SETTLED_CARRIERS,
    SETTLING_VERBS,
    SPEAKER_NOUNS,
    SPEAKER_SELF,
    STANCES,
)
from kg.models import Certainty, ClaimKind, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Proposition", "flipped", "forecast", "framing", "infinitive", "object_gap",
           "opened_by_that", "phrase", "proposition", "weakest"]

_RANK = {Certainty.certain: 2, Certainty.probable: 1, Certainty.possible: 0}

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
OBJECTS = ("dobj", "attr", "oprd", "acomp")
# Dependents that are not part of a noun phrase naming something.
NOT_IN_PHRASE = frozenset({"relcl", "acl", "appos", "punct", "advcl", "parataxis", "cc",
                           "conj", "prep", "mark", "dep", "nmod"})


def flipped(polarity: Polarity) -> Polarity:
    """The other polarity: what a denial, a doubt or a raised negation says of a clause."""
    return Polarity.negative if polarity is Polarity.positive else Polarity.positive


def opened_by_that(clause: Token) -> bool:
    """A clause with "that" as its mark ("said that X", "a chance that X")."""
    return any(m.lower_ == "that" for m in _children(clause, "mark"))


def infinitive(token: Token) -> bool:
    """A verb with "to" before it ("to defend the cap", "a chance to show")."""
    return any(a.tag_ == "TO" for a in token.children if a.dep_ == "aux")


def weakest(*levels: Certainty | None) -> Certainty:
    """The least certain of the levels given (None counts as certain)."""
    present = [level for level in levels if level is not None]
    return min(present, key=_RANK.__getitem__) if present else Certainty.certain


@dataclass(frozen=True)
class Proposition:
    """The parsed content of a claim; mentions are still text, resolved later."""

    subject: Span
    predicate: str
    object: Span | None
    polarity: Polarity
    certainty: Certainty
    future: bool
    counterfactual: bool = False
    decision: bool = False
    intention: bool = False
    nominal: bool = False
    copular: bool = False
    expected: bool = False  # framed as expected ("is expected to")
    excluded: Span | None = None  # the one left out: "send A rather than B", "A, not B,"
    evaluative: bool = False  # rates its subject ("the move is risky", "the virus can be
    # contained")


def phrase(token: Token, keep_conjuncts: bool = False) -> Span:
    """The noun phrase ``token`` heads: its compounds, modifiers and determiners, without the
    clauses, appositions and prepositions hanging off it (``keep_conjuncts`` keeps "and B")."""
    kept = [token]
    pending = list(token.children)
    while pending:
        child = pending.pop()
        if child.dep_ == "prep" and ((child.head.pos_ == "ADJ" and child.head.i > token.i)
                                     or (child.lower_ == "of" and child.head == token
                                         and token.ent_type_ != "PERSON")
                                     or (child.lower_ == "at" and child.head == token
                                         and token.lemma_.lower() in SPEAKER_NOUNS)):
            kept.append(child)  # "people familiar with the plans", "chamber of commerce",
            # "economists at Lumo Bank"
            pending.extend(child.children)
            continue
        if child.dep_ in NOT_IN_PHRASE and not (
                keep_conjuncts and child.dep_ in ("cc", "conj") and child.head == token) and not (
                child.dep_ == "nmod" and child.head == token and child.i < token.i):
            continue  # a noun modifier before the head names it too: "the WHO chief"
        if child.dep_ == "case" and child.lower_ in POSSESSIVE_MARKS:
            continue
        kept.append(child)
        pending.extend(child.children)
    # Only the contiguous run around the head: a dependent far away is not the name. A
    # hyphen, a possessive mark or the comma of a list does not break the run.
    ids = {t.i for t in kept}
    doc = token.doc

    def bridges(t: Token) -> bool:
        listing = keep_conjuncts and any(k.dep_ == "conj" and k.i > t.i for k in kept)
        joining = (t.is_punct and (t.text != "," or listing)) or t.lower_ in POSSESSIVE_MARKS
        return t.i in ids or (joining and t.head.i in ids)

    first = last = token.i
    while first > 0 and bridges(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and bridges(doc[last + 1]):
        last += 1
    found = of_tokens([t for t in kept if first <= t.i <= last], head=token)
    if token.pos_ == "PROPN" and any(t.lemma_.lower() in PERSON_ROLES and t.pos_ == "NOUN"
                                     and first <= t.i < token.i for t in kept):
        return replace(found, label="person")  # "PSG superstar Kylian Mbappe", whatever
    return found                                # the parse's entity label says


def _children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def _chain(head: Token) -> tuple[Token, list[Token]]:
    """The real predicate under framing verbs and adjectives, and the framing tokens."""
    framing: list[Token] = []
    current = head
    for _ in range(6):
        lemma = current.lemma_.lower()
        nested = _children(current, "xcomp")
        if not nested and (lemma in LINKING_VERBS or lemma in CHAIN):  # "looks set to"
            for complement in _children(current, "acomp", "attr", "oprd"):
                if complement.lemma_.lower() in CHAIN and _children(complement, "xcomp"):
                    framing.append(current)
                    current = complement
                    break
            else:
                return current, framing
            continue
        if lemma in CHAIN and nested:
            framing.append(current)
            current = nested[0]
            continue
        return current, framing
    return current, framing


def _predicate(verb: Token) -> tuple[str, Token | None, bool]:
    """The predicate of a verb with its particle or preposition, the object that goes with
    it, and whether the predicate itself is negative."""
    lemma = verb.lemma_.lower()
    particle = " ".join(child.lower_ for child in verb.children if child.dep_ == "prt" or (
        child.dep_ == "advmod" and child.lower_ in PARTICLE_ADVERBS and child.i == verb.i + 1))
    objects = [o for o in _children(verb, "dobj") if o.tag_ != "IN"]  # not "that" misread
    preps = _children(verb, "prep")
    keys: list[tuple[str, Token | None]] = []
    base = f"{lemma} {particle}".strip()
    for word in verb.children:  # "pulled out of the summit", "stay away from it"
        if word.dep_ == "prep" or (word.dep_ == "advmod" and word.lower_ in PARTICLE_ADVERBS):
            for inner in _children(word, "prep"):
                keys.append((f"{lemma} {word.lower_} {inner.lemma_.lower()}",
                             next(iter(_children(inner, "pobj")), None)))
    for prep in preps:
        pobj = next(iter(_children(prep, "pobj")), None)
        if pobj is not None:  # "be in talks with X", "go on strike"
            for inner in _children(pobj, "prep"):
                keys.append((f"{base} {prep.lemma_.lower()} {pobj.lemma_.lower()} "
                             f"{inner.lemma_.lower()}", next(iter(_children(inner, "pobj")), None)))
            keys.append((f"{base} {prep.lemma_.lower()} {pobj.lemma_.lower()}", None))
        keys.append((f"{base} {prep.lemma_.lower()}", pobj))
        if particle:
            keys.append((f"{lemma} {prep.lemma_.lower()}", pobj))
    for obj in objects:
        for prep in _children(obj, "prep"):
            pobj = next(iter(_children(prep, "pobj")), None)
            keys.append((f"{base} {obj.lemma_.lower()} {prep.lemma_.lower()}", pobj))
        for prep in _children(verb, "prep"):  # "take part in the summit"
            pobj = next(iter(_children(prep, "pobj")), None)
            keys.append((f"{base} {obj.lemma_.lower()} {prep.lemma_.lower()}", pobj))
        inner = [p for p in _children(obj, "prep") if _children(p, "pobj")]  # "drop its bid
        keys.append((f"{base} {obj.lemma_.lower()}",  # for Vexa": the bid is for Vexa
                     _children(inner[0], "pobj")[0] if inner else None))
    keys.append((base, objects[0] if objects else None))
    for key, obj in keys:
        if key in PREDICATES:
            predicate, negative = PREDICATES[key]
            if obj is None and key == base:
                obj = objects[0] if objects else None
            return predicate, obj, negative
    obj = objects[0] if objects else _first_pobj(verb)
    return base, obj, False


# Prepositions whose object is what a verb acts on or moves to ("travel to Oslo", "talks
# with Seoul"), unlike those of time and cause ("until spring", "because of the strike").
OBJECT_PREPOSITIONS = frozenset({"to", "in", "at", "with", "into", "from", "against", "for",
                                 "on", "over", "by"})

# Tags of relative pronouns ("which", "who", a relative "that").
_RELATIVE_TAGS = ("WDT", "WP")

# Dependents of a verb that start a clause of their own, not part of its object phrase.
NOT_IN_TAIL = frozenset({"conj", "cc", "advcl", "parataxis", "punct", "mark", "ccomp",
                         "relcl", "dep"})


def _object_span(verb: Token, obj: Token) -> Span:
    """The object and what follows it in the verb's phrase ("Putin and Xi on Red Square on
    May 9"): where and when belong to what the claim is about."""
    if obj.head != verb and obj.head.head != verb:
        return phrase(obj, keep_conjuncts=True)
    start = obj.left_edge.i
    excluded = {t.i for child in verb.children if child.dep_ in NOT_IN_TAIL
                for t in child.subtree}
    tokens = [t for t in verb.subtree if t.i >= start and t.i not in excluded]
    run = [tokens[0]] if tokens else []
    for token in tokens[1:]:
        if token.i != run[-1].i + 1:
            break
        run.append(token)
    return of_tokens(run, head=obj) if run else phrase(obj, keep_conjuncts=True)


def _excluded(verb: Token, subject: Token | None) -> Span | None:
    """Who a clause says is left out: "send its ambassador rather than Kim", "the ambassador,
    not Kim, will attend"."""
    for prep in _children(verb, "prep"):
        if (prep.lower_ == "than" and any(c.lower_ == "rather" for c in prep.children)) or (
                prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "instead"):
            for pobj in _children(prep, "pobj"):
                return phrase(pobj)
    holders = [t for t in (subject, *_children(verb, "dobj")) if t is not None]
    for holder in holders:
        for cc in _children(holder, "cc"):  # parsed as coordination: "A rather than B"
            if cc.lower_ == "than" and any(c.lower_ == "rather" for c in cc.children):
                for conj in _children(holder, "conj"):
                    return phrase(conj)
        for appos in _children(holder, "appos"):
            if any(c.dep_ == "neg" for c in (*holder.children, *appos.children)):
                return phrase(appos)
    return None


def _first_pobj(verb: Token) -> Token | None:
    """The object of a verb's first place or partner preposition ("travel to Oslo"); dates
    and causes are not what a claim is about."""
    for prep in _children(verb, "prep", "agent"):
        if prep.lower_ not in OBJECT_PREPOSITIONS:
            continue
        for pobj in _children(prep, "pobj"):
            if pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    return None


def _negated(token: Token) -> bool:
    """A ``neg`` dependent, or a negative word opening the token's subject or object."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEGATIONS):
            return True
        if child.dep_ in (*SUBJECTS, "dobj", "attr", "pobj"):
            if child.lower_ in NEGATIVE_ARGUMENTS:
                return True
            if any(grand.dep_ == "det" and grand.lower_ in NEGATIVE_ARGUMENTS
                   for grand in child.children):
                return True
    return False


def _certainty(token: Token) -> tuple[Certainty, bool, bool]:
    """Certainty from a verb's modals, hedging adverbs and conditional marker; whether a
    modal puts it in the future; whether it is a counterfactual ("could have gone")."""
    levels = []
    future = False
    counterfactual = False
    auxiliaries = _children(token, "aux", "auxpass")
    for child in auxiliaries:
        modal = child.lower_.replace("’", "'")
        if child.tag_ == "MD" and modal in MODALS:
            levels.append(MODALS[modal])
            future = future or modal in FUTURE_MODALS
            if any(a.lemma_ == "have" for a in auxiliaries) and token.tag_ == "VBN":
                counterfactual = modal in ("could", "would", "might", "should")
    for child in token.children:
        if child.dep_ in ("advmod", "acomp") and child.lower_ in HEDGES:
            levels.append(HEDGES[child.lower_])
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in FUTURE_ADVERBS:
            future = True  # "can be convinced soon"
        if child.dep_ == "advcl" and any(m.lower_ in CONDITIONALS
                                         for m in _children(child, "mark")):
            levels.append(Certainty.probable)
        if child.dep_ in (*SUBJECTS, "dobj", "attr") and child.lemma_.lower() in HEDGE_NOUNS \
                and not any(infinitive(c) for c in _children(child, "acl", "relcl")):
            # not "a chance to show": a moment
            levels.append(HEDGE_NOUNS[child.lemma_.lower()])
    if any(m.lower_ in CONDITIONALS for m in _children(token, "mark")):
        levels.append(Certainty.probable)
    return weakest(*levels), future, counterfactual


def _delayed(verb: Token) -> bool:
    """A verb held back until a time or a condition ("until 2030", "until a buyer is found")."""
    return any(c.lower_ in DELAYING_WORDS for c in _children(verb, "prep")) or any(
        m.lower_ in DELAYING_WORDS for c in _children(verb, "advcl") for m in _children(c, "mark"))


def forecast(verb: Token) -> Certainty | None:
    """How sure a passive forecast with no clause is that its subject comes ("a decision is
    expected next week", "snow is forecast"), or None for any other verb."""
    kind = PASSIVE_CUES.get(verb.lemma_.lower())
    if (kind not in CUE_CERTAINTY or not _children(verb, "auxpass")
            or _children(verb, "xcomp", "ccomp", "agent")):
        return None
    subjects = _children(verb, "nsubjpass")
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].lemma_.lower() in SPEAKER_NOUNS:
        return None  # "the minister is expected in Oslo": a visit, not a thing that comes
    return CUE_CERTAINTY[kind]


def _subject_of(tokens: list[Token]) -> Token | None:
    for token in tokens:
        found = _children(token, "nsubj", "nsubjpass", "csubj") or _children(token, "expl") or [
            s for aux in _children(token, "aux") for s in _children(aux, "nsubj")]
        if found:  # the last: "We have, after all, made": the parse hangs "We" on "have"
            return found[0]
    return None


def _payout(verb: Token) -> bool:
    """A bookmaker's paying out, which settles the bet it pays on."""
    particles = " ".join(c.lower_ for c in _children(verb, "prt"))
    return f"{verb.lemma_.lower()} {particles}".strip() in PAYOUTS


def _carried(verb: Token) -> tuple[Token, Token | None, bool] | None:
    """The content a verb's object carries ("received signals that X", "an invitation for X
    to join", "Kim's intention to come"): its head, who it is about, and whether the carrier
    says the opposite."""
    if verb.lemma_.lower() in PREVENTING:  # "blocked the extradition of X": X is not
        for obj in _children(verb, "dobj"):  # extradited
            if obj.lemma_.lower() in NOMINALS:
                return obj, None, True
    if _payout(verb):
        for bet in verb.subtree:  # "paid out to punters who had backed the Greens to win"
            outcomes = [c for c in _children(bet, "xcomp", "advcl") if infinitive(c)]
            if bet.lemma_.lower() in BETS and outcomes:  # the parse may hang "to win" as
                backed = next(iter(_children(bet, "dobj")), None)  # either
                return outcomes[0], backed, False
    if verb.lemma_.lower() in PREPARING:
        for prep in _children(verb, "prep"):
            for pobj in _children(prep, "pobj"):
                if prep.lower_ == "for" and pobj.lemma_.lower() in NOMINALS:
                    return pobj, None, False  # "preparing for a visit by Ruth Park"
    carriers = [*_children(verb, "dobj"),
                *(p for prep in _children(verb, "prep") for p in _children(prep, "pobj"))]
    for noun in carriers:
        if noun.lemma_.lower() in MEETINGS and verb.lemma_.lower() in HOSTING:
            meeting = _nominal(noun, None)  # "Moscow could host a meeting between A and B"
            if meeting is not None and meeting.predicate == "meet":
                return noun, None, False
    if verb.lemma_.lower() not in CARRYING_VERBS:
        return None
    for noun in carriers:
        if noun.lemma_.lower() not in CONTENT_CARRIERS:
            continue
        owner = next(iter(_children(noun, "poss")), None)
        for prep in _children(noun, "prep"):
            if prep.lower_ == "for":
                owner = next(iter(_children(prep, "pobj")), owner)
        inner = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl", "xcomp", "advcl")
                 and c.pos_ in ("VERB", "AUX") and not _describes(c)]
        inner += [p for prep in _children(noun, "prep")
                  if prep.lower_ in ("on", "about", "over", "for")
                  for p in _children(prep, "pobj", "pcomp")
                  if p.pos_ == "VERB" or p.lemma_.lower() in NOMINALS]
        if owner is not None:
            inner += [c for prep in _children(noun, "prep") for p in _children(prep, "pobj")
                      if p == owner for c in p.children if c.dep_ in ("acl", "relcl")]
        if not inner:
            continue
        opposite = any(w.lower_ in NEGATIVE_VERDICT_WORDS
                       for w in (*noun.children, *verb.children))
        return inner[0], owner, opposite
    return None


def framing(noun: Token) -> tuple[Token, Token] | None:
    """The frame the parse made a modifier of a name in a headline without its verb, and
    the frame's clause: "Greens [likely] to [win] vote"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for frame in _children(noun, "amod"):
        clause = next((c for c in _children(frame, "xcomp") if infinitive(c)), None)
        if frame.lemma_.lower() in CHAIN and clause is not None:
            return frame, clause
    return None


def _framed_noun(noun: Token) -> Proposition | None:
    """"Greens likely to win vote": the frame's clause is the claim about the name."""
    found_frame = framing(noun)
    if found_frame is None:
        return None
    frame, clause = found_frame
    framed = {t.i for t in frame.subtree}
    name = of_tokens([t for t in noun.subtree if t.i not in framed and t.i <= noun.i],
                     head=noun)
    found = proposition(clause, name)
    if found is None:
        return None
    certainty, in_future, negates = CHAIN[frame.lemma_.lower()]
    return replace(found, certainty=weakest(found.certainty, certainty),
                   future=found.future or in_future,
                   polarity=flipped(found.polarity) if negates else found.polarity)


def proposition(head: Token, default_subject: Span | None = None) -> Proposition | None:
    """The proposition of the clause headed by ``head``; ``default_subject`` stands in where
    the clause has none of its own ("ruled out quitting": the speaker quits)."""
    framed = _framed_noun(head)
    if framed is not None:
        return framed
    if head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ not in ("ROOT",):
        return _nominal(head, default_subject)
    verb, framing = _chain(head)
    hedged = (_extraposed(verb) or _on_course(verb) or _hedged(verb, default_subject)
              or _held(verb, default_subject)
              or _chance(verb, default_subject) or _likelihood(verb))
    if hedged is not None:
        return hedged
    carried = _carried(verb)
    if carried is not None:
        inner, owner, opposite = carried
        doer = _subject_of([verb])
        fallback = phrase(owner) if owner is not None else (
            phrase(doer, keep_conjuncts=True) if doer is not None else default_subject)
        found = _nominal(inner, None) if inner.pos_ == "NOUN" and inner.lemma_.lower() in \
            MEETINGS else proposition(inner, fallback)
        if found is not None:
            polarity = flipped(found.polarity) if opposite or _negated(verb) \
                else found.polarity
            future = found.future if inner.pos_ in ("VERB", "AUX") else _certainty(verb)[1]
            carrier = inner.head if inner.head.pos_ == "NOUN" else inner.head.head
            settled = verb.lemma_.lower() in SETTLING_VERBS or (  # "agreed a deal to",
                carrier.lemma_.lower() in SETTLED_CARRIERS) or (  # "made the decision to",
                _payout(verb) or verb.lemma_.lower() in PREVENTING)  # "paid out", "blocked"
            return replace(found, polarity=polarity, future=future,
                           certainty=weakest(found.certainty, None if settled
                                             else Certainty.probable))
    controller = next((o for f in reversed(framing) for o in _children(f, "dobj")), None)
    subject_token = controller or (  # "convinced him to quit": he quits
        _subject_of([*framing, verb]) if framing else _subject_of([verb]))
    if subject_token is None and head != verb:
        subject_token = _subject_of([head])
    if subject_token is None and verb.dep_ in ("ccomp", "conj"):
        # "reported Lumo's drone plan, code-named Falcon, is alive": the parse takes the
        # clause's subject as the reporting verb's object (the last one before the clause)
        subject_token = next((o for o in reversed(_children(verb.head, "dobj"))
                              if o.i < verb.i), None)
    if subject_token is not None and subject_token.dep_ == "expl":
        # "there was nothing agreed": what there is stands as the subject
        subject_token = next(iter(_children(subject_token.head, "attr", "nsubj")), None)
    if subject_token is not None and not (subject_token.tag_ in (*_RELATIVE_TAGS, "IN")
                                          and default_subject is not None):
        subject = phrase(subject_token, keep_conjuncts=True)  # not "that" for "the lender"
    elif default_subject is not None:
        subject = default_subject
    else:
        return None
    copular = verb.lemma_ == "be" or verb.pos_ in ("ADJ", "NOUN")
    if verb.lemma_ == "be":
        complement = next(iter(_children(verb, "attr", "acomp")), None)
        location = next(iter(_children(verb, "prep")), None)
        if complement is None and location is not None:  # "be in Oslo", "be in talks with"
            predicate, obj, negative_predicate = _predicate(verb)
            if predicate == "be":
                predicate, obj = f"be {location.lemma_.lower()}", _first_pobj(verb)
        else:
            predicate, obj, negative_predicate = "be", complement, False
            for prep in _children(complement, "prep") if complement is not None else ():
                key = f"be {complement.lemma_.lower()} {prep.lemma_.lower()}"  # "be present at"
                if key in PREDICATES:
                    predicate, negative_predicate = PREDICATES[key]
                    obj = next(iter(_children(prep, "pobj")), None)
                    break
    else:
        predicate, obj, negative_predicate = _predicate(verb)
    negative = negative_predicate
    levels: list[Certainty] = []
    future = False
    counterfactual = False
    decision = verb.lemma_.lower() in DECISION_LEMMAS
    intention = False
    expected = False
    for token in {head, *framing, verb}:
        if _negated(token):
            negative = not negative
        level, in_future, if_not = _certainty(token)
        levels.append(level)
        future = future or in_future
        counterfactual = counterfactual or if_not
    for token in framing:
        lemma = token.lemma_.lower()
        if lemma in CHAIN:
            level, in_future, negates = CHAIN[lemma]
            levels.append(level)
            future = future or in_future
            negative = negative != negates
            decision = decision or lemma == "decide"
            intention = intention or lemma in ("plan", "intend", "want", "aim", "hope")
            expected = expected or lemma in ("expect", "anticipate")
    forecast_level = forecast(verb)
    if forecast_level is not None:  # "heavy snow is expected": snow will come, probably
        levels.append(forecast_level)
        future = expected = True
    if obj is None and verb.lemma_.lower() in ELLIPTIC_VERBS and not _children(
            verb, "xcomp", "ccomp", "prep", "acomp", "attr", "dobj", "advcl", "auxpass"):
        return None  # "Absolutely, it has": an answer whose verb phrase is left out
    if obj is not None and obj.lower_ in NEGATIVE_ARGUMENTS:
        negative = True
    if negative and not negative_predicate and _delayed(verb):
        negative = False  # "will not launch until 2030": it launches then
    object_span = _object_span(verb, obj) if obj is not None else None
    if predicate in REMOTE_PREDICATES and _remote(verb):
        predicate = REMOTE_PREDICATES[predicate]  # "will take part via video link"
    owned = _owned(subject_token) if predicate in KEPT_BY_OWNER else None
    if owned is not None:  # "the bank's cap will remain": the bank maintains its cap
        (subject, object_span), predicate = owned, KEPT_BY_OWNER[predicate]
    return Proposition(
        excluded=_excluded(verb, subject_token),
        subject=subject,
        predicate=predicate,
        object=object_span,
        polarity=Polarity.negative if negative else Polarity.positive,
        certainty=weakest(*levels),
        future=future,
        counterfactual=counterfactual,
        decision=decision,
        intention=intention,
        copular=copular,
        expected=expected,
        evaluative=(copular and not _children(verb, "expl") and (
            verb.pos_ == "ADJ" or any(c.pos_ == "ADJ" or c.tag_ in ("VBN", "VBG")
                                      for c in _children(verb, "acomp", "oprd"))
            or (verb.lemma_ == "be" and obj is not None and obj.dep_ == "attr"
                and obj.pos_ not in ("PROPN", "PRON"))))
        or any(a.lower_ in ("can", "ca") for a in _children(verb, "aux")),
    )


def _remote(verb: Token) -> bool:
    """Whether a verb is done from afar: "virtually", "via video link", "by videoconference"."""
    if any(c.lower_ in REMOTE_ADVERBS for c in _children(verb, "advmod")):
        return True
    objects = [*_children(verb, "dobj"),  # the means may hang on the object: "take part
               *(o for prep in _children(verb, "prep") for o in _children(prep, "pobj"))]
    preps = [*_children(verb, "prep"), *(p for o in objects for p in _children(o, "prep"))]
    return any(t.lemma_.lower() in REMOTE_MEANS for prep in preps  # in the summit via video"
               if prep.lower_ in ("via", "by", "through", "over") for t in prep.subtree)


def _owned(thing: Token | None) -> tuple[Span, Span] | None:
    """The named owner of a thing and the thing without it: "the bank's cap", "its cap";
    "the cap" when the mention of a cap before it was the bank's."""
    if thing is None:
        return None
    owner = next(iter(_children(thing, "poss")), None)
    if owner is None and any(d.lower_ == "the" for d in _children(thing, "det")):
        before = next((t for t in reversed(thing.doc[:thing.i])
                       if t.pos_ == "NOUN" and t.lemma_ == thing.lemma_), None)
        owner = _named_possessor(before) if before is not None else None
        if owner is not None:
            start = max((d.i for d in _children(thing, "det")), default=thing.i - 1) + 1
            return phrase(owner), of_tokens(thing.doc[start:thing.i + 1], head=thing)
    if owner is None or not (owner.pos_ == "PROPN" or owner.lower_ in ("its", "their")):
        return None
    rest = [t for t in thing.subtree if owner.i < t.i <= thing.i and t.dep_ != "case"]
    return phrase(owner), of_tokens(rest, head=thing)


def _named_possessor(thing: Token) -> Token | None:
    """Who owns a thing by name: "the bank's cap", or "its cap" in "the bank scrapped its
    cap"."""
    for owner in _children(thing, "poss"):
        if owner.pos_ == "PROPN":
            return owner
        if owner.lower_ in ("its", "their"):
            verb = next((a for a in thing.ancestors if a.pos_ in ("VERB", "AUX")), None)
            doer = _subject_of([verb]) if verb is not None else None
            return doer if doer is not None and doer.pos_ == "PROPN" else None
    return None


def _describes(clause: Token) -> bool:
    """A relative clause that describes its noun ("a plan which would cost a large sum")
    rather than stating its content ("signals that Kim would come")."""
    return clause.dep_ == "relcl" and (object_gap(clause) or any(
        s.tag_ in _RELATIVE_TAGS for s in _children(clause, "nsubj", "nsubjpass")))


def object_gap(clause: Token) -> bool:
    """A relative clause about its noun rather than the noun's content: "the plan (that) the
    mayor announced" has its own subject and the noun as its missing object."""
    return clause.dep_ == "relcl" and any(
        s.tag_ not in _RELATIVE_TAGS for s in _children(clause, "nsubj")) and all(
        o.tag_ in _RELATIVE_TAGS for o in _children(clause, "dobj", "ccomp", "xcomp")) and not any(
        o.tag_ in _RELATIVE_TAGS for prep in _children(clause, "prep")  # not "weeks in which
        for o in _children(prep, "pobj"))                               # X called for Y"


def _hedged(verb: Token, default_subject: Span | None) -> Proposition | None:
    """"I think they will go", "I don't think they can win": the clause, probable, with the
    negation raised from the hedge into it."""
    if verb.lemma_.lower() not in HEDGING_VERBS or not any(
            s.lower_ in SPEAKER_SELF for s in _children(verb, "nsubj")):
        return None
    clause = next((c for c in _children(verb, "ccomp") if c.pos_ in ("VERB", "AUX")), None)
    found = proposition(clause, default_subject) if clause is not None else None
    if found is None:
        return None
    return replace(found, polarity=flipped(found.polarity) if _negated(verb) else found.polarity,
                   certainty=weakest(found.certainty, Certainty.probable))


def _held(verb: Token, default_subject: Span | None) -> Proposition | None:
    """"I am convinced that our cap will stay": the clause, as sure as the stance is;
    "we are doubtful that it will": probably not."""
    if verb.lemma_ != "be" or not any(s.lower_ in SPEAKER_SELF for s in _children(verb, "nsubj")):
        return None
    for stance in _children(verb, "acomp"):
        kind = STANCES.get(stance.lower_) or STANCES.get(stance.lemma_.lower())
        clause = next((c for c in (*_children(stance, "ccomp"), *_children(verb, "ccomp"))
                       if c.pos_ in ("VERB", "AUX")), None)
        found = proposition(clause, default_subject) if kind and clause is not None else None
        if found is not None:
            if _negated(verb):  # "not sure that it will": it may
                return replace(found, certainty=weakest(found.certainty, Certainty.possible))
            certainty = Certainty.certain if kind is ClaimKind.statement else Certainty.probable
            return replace(found, certainty=weakest(found.certainty, certainty),
                           polarity=flipped(found.polarity)
                           if kind is ClaimKind.speculation else found.polarity)
    return None


def _chance(verb: Token, default_subject: Span | None) -> Proposition | None:
    """"There is a chance that the summit will fail": the clause, at the noun's certainty."""
    if verb.lemma_ != "be" or not _children(verb, "expl"):
        return None
    for noun in _children(verb, "attr", "nsubj"):
        level = HEDGE_NOUNS.get(noun.lemma_.lower())
        clause = next((c for c in _children(noun, "acl", "ccomp", "relcl")
                       if opened_by_that(c) or (  # "a chance the talks fail", not "a chance
                           c.dep_ == "relcl" and _children(c, "nsubj")  # which no one took"
                           and not any(t.tag_ in _RELATIVE_TAGS for t in c.children))), None)
        found = proposition(clause, default_subject) if level and clause is not None else None
        if found is not None:  # "no chance that X": X will not happen
            if _negated(verb) or any(d.lower_ in NEGATIVE_ARGUMENTS
                                     for d in _children(noun, "det")):
                return replace(found, polarity=flipped(found.polarity))
            return replace(found, certainty=level)
    return None


def _on_course(verb: Token) -> Proposition | None:
    """"The deal is on track to close in March": it closes then, probably."""
    if verb.lemma_ != "be":
        return None
    subject = next(iter(_children(verb, "nsubj")), None)
    courses = [(course, [*_children(course, "acl", "relcl"), *_children(verb, "xcomp")])
               for prep in _children(verb, "prep") for course in _children(prep, "pobj")]
    courses += [(course, _children(verb, "xcomp")) for course in _children(verb, "attr")
                if any(c.lower_ == "on" for c in course.children)]  # "is not on course to"
    for course, clauses in courses:
        clause = next((c for c in clauses if infinitive(c)), None)
        if course.lemma_.lower() in COURSE_NOUNS and clause is not None and subject:
            found = proposition(clause, phrase(subject, keep_conjuncts=True))
            if found is not None:
                return replace(found, certainty=weakest(found.certainty, Certainty.probable),
                               future=True, polarity=flipped(found.polarity)
                               if _negated(verb) else found.polarity)
    return None


def _extraposed(verb: Token) -> Proposition | None:
    """"It is unlikely that the vote will pass": that it passes, negative, probable. "It is
    time for us to leave": that we leave."""
    subject = next(iter(_children(verb, "nsubj", "expl")), None)
    if verb.lemma_ != "be" or subject is None or subject.lower_ != "it":
        return None
    clauses = [*_children(verb, "advcl", "ccomp", "xcomp"),
               *(c for attr in _children(verb, "attr") for c in _children(attr, "relcl", "acl"))]
    for clause in clauses:
        if infinitive(clause) and _children(clause, "nsubj") and any(
                m.lower_ == "for" for m in _children(clause, "mark")):
            found = proposition(clause)
            if found is not None:
                return replace(found, polarity=flipped(found.polarity)
                               if _negated(verb) else found.polarity)
    for rating in _children(verb, "acomp"):
        level = EXTRAPOSED_ADJECTIVES.get(rating.lemma_.lower())
        clauses = [c for c in (*_children(verb, "ccomp"), *_children(rating, "ccomp"))
                   if opened_by_that(c)]
        found = proposition(clauses[0]) if level is not None and clauses else None
        if found is not None:
            certainty, negates = level
            denied = _negated(verb) or _negated(rating)
            if denied and certainty is Certainty.certain and not negates:
                certainty, denied = Certainty.possible, False  # "not clear that": maybe
            flip = negates != denied
            return replace(found, certainty=weakest(found.certainty, certainty),
                           polarity=flipped(found.polarity) if flip else found.polarity)
    return None


def _likelihood(verb: Token) -> Proposition | None:
    """"A change of course is highly unlikely": that the change comes, negative, probable."""
    if verb.lemma_ != "be":
        return None
    level = next((CHAIN[c.lemma_.lower()] for c in _children(verb, "acomp")
                  if c.lemma_.lower() in LIKELIHOODS and not _children(c, "xcomp")), None)
    subject = next(iter(_children(verb, "nsubj")), None)
    if level is None or subject is None or subject.pos_ != "NOUN":
        return None
    certainty, _, negates = level
    return Proposition(phrase(subject, keep_conjuncts=True), OCCURRENCE_PREDICATE, None,
                       Polarity.negative if negates != _negated(verb) else Polarity.positive,
                       certainty, future=True)


def _nominal(noun: Token, default_subject: Span | None) -> Proposition | None:
    """A claim whose content is a noun phrase: "denied the report", "a visit by Kim"."""
    lemma = noun.lemma_.lower()
    if lemma in CONTENT_CARRIERS:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")
                       and not object_gap(c)):
            found = proposition(clause, phrase(owner) if owner is not None else default_subject)
            if found is not None:  # "confirmed Kim's intention to come"
                return replace(found, certainty=weakest(found.certainty, Certainty.probable))
    if lemma in MEETINGS:
        for prep in _children(noun, "prep"):
            parties = _children(prep, "pobj") if prep.lower_ == "between" else []
            for first in parties:  # "the first meeting between Kim and Xi"
                second = next(iter(_children(first, "conj")), None)
                if second is not None:
                    return Proposition(phrase(first), "meet", phrase(second), Polarity.positive,
                                       Certainty.certain, future=True, nominal=True)
    if lemma in NOMINALS:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        for prep in _children(noun, "prep"):
            if prep.lower_ in ("by", "of") and owner is None:
                owner = next(iter(_children(prep, "pobj")), None)
        target = next((p for prep in _children(noun, "prep") if prep.lower_ in ("to", "at", "in")
                       for p in _children(prep, "pobj")), None)
        if owner is not None and owner.lower_ not in ("his", "her", "its", "their"):
            return Proposition(phrase(owner), NOMINALS[lemma],
                               phrase(target) if target is not None else None,
                               Polarity.positive, Certainty.certain, future=True, nominal=True)
        if default_subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any")
                                               for c in noun.children):
            # "ruled out a strike": the speaker's own strike
            return Proposition(default_subject, NOMINALS[lemma],
                               phrase(target) if target is not None else None,
                               Polarity.positive, Certainty.certain, future=True, nominal=True)
    subject = phrase(noun, keep_conjuncts=True)
    if not subject.text:
        return None
    if lemma in EVENT_NOUNS:  # "talk of a snap election": that the election takes place
        return Proposition(subject, OCCURRENCE_PREDICATE, None, Polarity.positive,
                           Certainty.certain, future=True, nominal=True)
    return Proposition(subject, "", None, Polarity.positive, Certainty.certain, future=False,
                       nominal=True)
