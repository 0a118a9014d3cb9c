"""Resolve claim candidates into claims about canonical entities, events and dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract import ClaimCandidate
from kg.extract.attribution import Voice
from kg.lexicon import (
    ATTENDING_PREDICATE,
    DEMONSTRATIVES,
    EVENT_GOING_PREDICATES,
    MOVEMENT_PREDICATES,
    OCCURRENCE_NOUNS,
    OCCURRENCE_PREDICATE,
    RESPONSE_NOUNS,
    SPEAKER_SELF,
    SYMMETRIC_PREDICATES,
    VERDICTS,
)
from kg.models import (
    Article,
    Certainty,
    Claim,
    ClaimKind,
    Entity,
    EntityRef,
    EntityType,
    Event,
    EventRef,
    Evidence,
    Polarity,
    short_hash,
    slugify,
)
from kg.resolve.dates import Stated, stated_on
from kg.resolve.entities import ArticleEntities
from kg.resolve.events import ArticleEvents
from kg.resolve.gazetteer import Gazetteer

__all__ = ["Gazetteer", "Resolved", "resolve_article"]

# Predicates a leader's words state for the whole party: "Shorten conceded defeat" -> Labor
# did not win.
COLLECTIVE_PREDICATES = frozenset({"win"})

# Subjects that point back at the claim reported just before: "denied that report".
REPORT_ANAPHOR = re.compile(r"^(?:(?:that|the|this|those|these|a|an) )?(?:report|claim|story|"
                            r"rumou?r|account|development|news|charge|allegation|accusation)s?$"
                            r"|^(?:it|this|that)$", re.IGNORECASE)

# Subjects that answer what was asked before: "the first signal was positive".
RESPONSE = re.compile(rf"^(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:\w+\s+)?"
                      rf"(?:{RESPONSE_NOUNS})$", re.IGNORECASE)

# Subjects that point back at something planned: "that meeting", "the launch".
OCCURRENCE = re.compile(rf"^(?:that|the|this|such a|any)\s+(?:\w+\s+)?"
                        rf"(?P<noun>{'|'.join(OCCURRENCE_NOUNS)})$", re.IGNORECASE)

UNNAMED = Entity(id="unnamed", name="unnamed", type=EntityType.unnamed)


@dataclass
class Resolved:
    """One article's claims with every entity and event they refer to."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def ref(self, entity: Entity) -> EntityRef:
        self.entities.setdefault(entity.id, entity)
        return EntityRef.of(entity)


def publisher_entity(article: Article, entities: ArticleEntities) -> Entity | None:
    """The article's outlet as an entity of type publication."""
    if not article.publisher:
        return None
    known = entities.known(article.publisher)
    name = known.name if known else article.publisher
    return Entity(id=slugify(article.publisher), name=name, type=EntityType.publication)


def _claimant(candidate: ClaimCandidate, entities: ArticleEntities,
              publisher: Entity | None) -> Entity | None:
    if candidate.voice is Voice.headline:
        return UNNAMED  # whoever says it in the body; settled once the body is read
    if candidate.voice is Voice.publisher:
        return publisher or UNNAMED
    if candidate.voice is Voice.unnamed:
        label = candidate.label or "unnamed"
        return UNNAMED if label == "unnamed" else Entity(
            id=slugify(label), name=label, type=EntityType.unnamed)
    return entities.resolve(candidate.claimant, speaker=True)


# Pronouns that, in reported speech, mean the speaker when the speaker is of these types.
SPEAKER_PRONOUNS: dict[str, tuple[EntityType, ...]] = {
    "he": (EntityType.person,),
    "she": (EntityType.person,),
    "it": (EntityType.organization, EntityType.publication),
    "they": (EntityType.organization, EntityType.group, EntityType.unnamed),
    "we": (EntityType.organization, EntityType.group, EntityType.unnamed),
}


def _subject(candidate: ClaimCandidate, entities: ArticleEntities, claimant: Entity,
             previous: Entity | None) -> Entity | None:
    """The subject; a pronoun in reported speech ("Messi said he would") means the speaker,
    in a quotation someone else, and "it" or "they" otherwise the previous claim's subject."""
    pronoun = candidate.subject.text.strip().lower()
    if pronoun in SPEAKER_SELF and candidate.quoted:
        return claimant  # "I will be there," Costa said
    if pronoun in SPEAKER_PRONOUNS:
        if not candidate.quoted and claimant.type in SPEAKER_PRONOUNS[pronoun]:
            return claimant
        if pronoun in ("it", "they", "we"):
            return previous
    if pronoun in DEMONSTRATIVES:
        return previous  # "This could be the storm of the decade": the one just spoken of
    return entities.resolve(candidate.subject, exclude=claimant)


@dataclass
class _Dates:
    """When claims were stated, remembering the dates a later clause may continue."""

    published: dt.date | None
    previous: Stated = (None, None)
    by_claimant: dict[str, Stated] = field(default_factory=dict)

    def of(self, candidate: ClaimCandidate, claimant: Entity) -> Stated:
        if candidate.time_cue is None and not candidate.undated:
            continued = self.by_claimant.get(claimant.id)
            if continued is not None:
                return continued  # "he added": the date of that speaker's statement
        when = stated_on(candidate.time_cue, candidate.undated, self.published, self.previous)
        self.previous = when
        if candidate.time_cue is not None and when[0] is not None:
            self.by_claimant[claimant.id] = when
        return when


def resolve_article(article: Article, candidates: list[ClaimCandidate],
                    gazetteer: Gazetteer, model: str | None = None) -> Resolved:
    """Claims for one article's candidates; candidates whose subject names nobody are dropped."""
    entities = ArticleEntities(gazetteer, article.text)
    events = ArticleEvents(gazetteer, article.text, article.published)
    publisher = publisher_entity(article, entities)
    resolved = Resolved(article)
    if publisher is not None:
        resolved.ref(publisher)
    dates = _Dates(article.published)
    previous_subject: Entity | None = None
    headlines: list[int] = []
    unvoiced: list[int] = []  # headline claims that name no speaker
    for candidate in candidates:
        reported_by = (entities.resolve(candidate.reported_by, speaker=True)
                       if candidate.reported_by else None)
        claimant = _claimant(candidate, entities, publisher)
        if claimant is None:
            continue
        if reported_by == claimant:
            reported_by = None  # "Ushakov said he hoped": one voice
        subject = _subject(candidate, entities, claimant, previous_subject)
        if subject is None:
            continue
        predicate, event, obj = _target(candidate, entities, events)
        if predicate in COLLECTIVE_PREDICATES and subject == claimant:
            subject = entities.led_by(claimant, candidate.subject.start) or subject
        if predicate in SYMMETRIC_PREDICATES:
            subject, obj = _partners(candidate, entities, subject, obj)
        polarity = candidate.polarity
        kind = candidate.kind
        if candidate.own_future and subject == claimant:
            kind = ClaimKind.announcement  # "Lumo will cut jobs, the company said"
        antecedent = _antecedent(candidate, claimant, resolved.claims)
        certainty = candidate.certainty
        if antecedent is not None:
            earlier, polarity = antecedent
            if RESPONSE.match(candidate.subject.text.strip()):
                certainty = Certainty.probable  # a positive signal is no promise
            subject, predicate = earlier.subject, earlier.predicate
            event = Event(id=earlier.event.id, name=earlier.event.name, date=earlier.event.date) \
                if earlier.event else None
            obj = Entity(id=earlier.object.id, name=earlier.object.name, type=earlier.object.type) \
                if earlier.object else None
        previous_subject = subject
        when = dates.of(candidate, claimant)
        if event is not None:
            resolved.events.setdefault(event.id, event)
        if candidate.voice is Voice.headline:
            unvoiced.append(len(resolved.claims))
        elif candidate.headline and candidate.time_cue is None:
            headlines.append(len(resolved.claims))
        evidence = candidate.evidence
        resolved.claims.append(Claim(
            id=short_hash(article.id, str(evidence.start), str(evidence.end), subject.id,
                          predicate),
            article_id=article.id,
            path=article.path,
            url=article.url,
            claimant=resolved.ref(claimant),
            reported_by=resolved.ref(reported_by) if reported_by else None,
            kind=kind,
            subject=resolved.ref(subject),
            predicate=predicate,
            object=resolved.ref(obj) if obj else None,
            event=EventRef.of(event) if event else None,
            polarity=polarity,
            certainty=certainty,
            stated_on=when[0],
            stated_on_precision=when[1],
            evidence=Evidence(text=evidence.text, start=evidence.start, end=evidence.end),
            rule=candidate.rule,
            model=model,
        ))
    for index in headlines:
        resolved.claims[index] = _dated_like_body(resolved.claims[index], resolved.claims)
    voiced = {index: _voiced_like_body(resolved.claims[index], resolved.claims, unvoiced)
              for index in unvoiced}
    resolved.claims = [voiced.get(index, claim) for index, claim in enumerate(resolved.claims)
                       if voiced.get(index, claim) is not None]
    return resolved


def _voiced_like_body(headline: Claim, claims: list[Claim], unvoiced: list[int]) -> Claim | None:
    """A headline that names no speaker makes the claim of whoever says the same in the body
    (same subject and predicate); with nobody saying it, it is no claim."""
    for index, claim in enumerate(claims):
        if index in unvoiced or claim.subject != headline.subject:
            continue
        if claim.predicate == headline.predicate:
            return headline.model_copy(update={
                "claimant": claim.claimant, "reported_by": claim.reported_by,
                "kind": claim.kind, "stated_on": claim.stated_on,
                "stated_on_precision": claim.stated_on_precision})
    return None


def _antecedent(candidate: ClaimCandidate, claimant: Entity,
                earlier: list[Claim]) -> tuple[Claim, Polarity] | None:
    """The earlier claim whose proposition this one is about, and the polarity it gives it:
    "denied that report", "the first signal was positive" (of what the speaker spoke of
    before), "that meeting will not take place" (of the meeting planned before)."""
    subject = candidate.subject.text.strip()
    if REPORT_ANAPHOR.match(subject) and earlier:
        if candidate.kind is ClaimKind.denial:  # "denied that report"
            return earlier[-1], candidate.polarity
        if candidate.kind is ClaimKind.confirmation:  # "confirmed it", "the development"
            return earlier[-1], earlier[-1].polarity
        own = [c for c in earlier if c.subject.id == claimant.id]
        if candidate.kind is ClaimKind.announcement and own and subject.lower() not in (
                "it", *DEMONSTRATIVES):
            # "she announced the news" (not "it"): what was just said of her
            return own[-1], own[-1].polarity
    verdict = candidate.object.text.lower() if candidate.object else ""
    if RESPONSE.match(subject) and candidate.predicate == "be" and verdict in VERDICTS:
        spoken = [c for c in earlier if c.claimant.id == claimant.id
                  and not RESPONSE.match(c.evidence.text)]
        if spoken:
            negative = VERDICTS[verdict]
            return spoken[-1], Polarity.negative if negative else Polarity.positive
    occurrence = OCCURRENCE.match(subject)
    if occurrence and candidate.predicate == OCCURRENCE_PREDICATE:
        planned = OCCURRENCE_NOUNS[occurrence.group("noun").lower()]
        matching = [c for c in earlier if c.predicate == planned
                    or (planned in MOVEMENT_PREDICATES and c.predicate == ATTENDING_PREDICATE)]
        if matching:
            return matching[-1], candidate.polarity
    return None


def _partners(candidate: ClaimCandidate, entities: ArticleEntities, subject: Entity,
              obj: Entity | None) -> tuple[Entity, Entity | None]:
    """Both parties of a symmetric predicate, in a fixed order: "Kim and Xi could meet" and
    "a meeting between Xi and Kim" are one proposition."""
    if obj is None:
        pair = re.match(r"^(?P<a>.+?)\s+and\s+(?P<b>.+)$", candidate.subject.text)
        if pair is None:
            return subject, obj
        span = candidate.subject
        first = entities.resolve(span.sub(pair.start("a"), pair.end("a")))
        second = entities.resolve(span.sub(pair.start("b"), pair.end("b")))
        if first is None or second is None:
            return subject, obj
        subject, obj = first, second
    return (subject, obj) if subject.id <= obj.id else (obj, subject)


def _dated_like_body(headline: Claim, claims: list[Claim]) -> Claim:
    """A headline claim takes the date of the same claim in the body, and the body's fuller
    name of its speaker ("China says" in the headline, "China's foreign ministry" below)."""
    for claim in claims:
        if (claim is not headline and claim.claimant.id != headline.claimant.id
                and claim.subject == headline.subject
                and headline.claimant.name in claim.claimant.name):
            headline = headline.model_copy(update={"claimant": claim.claimant})
            break
    anonymous = (EntityType.unnamed, EntityType.group)
    for claim in claims:
        if claim is not headline and (claim.claimant.id == headline.claimant.id or (
                claim.claimant.type in anonymous and headline.claimant.type in anonymous)) and (
            claim.proposition_key == headline.proposition_key or claim.subject == headline.subject
        ):
            return headline.model_copy(update={"stated_on": claim.stated_on,
                                               "stated_on_precision": claim.stated_on_precision})
    return headline


def _target(candidate: ClaimCandidate, entities: ArticleEntities,
            events: ArticleEvents) -> tuple[str, Event | None, Entity | None]:
    """Predicate, event and object entity: travelling to an event's venue is attending it."""
    predicate = candidate.predicate
    text = candidate.object.text if candidate.object else ""
    event = (events.event_in(text) or events.in_text.in_span(candidate.object)) if text else None
    if (event is None and predicate == ATTENDING_PREDICATE
            and candidate.polarity.value == "negative"):
        event = events.focus_event
    obj = None
    if event is None and candidate.object is not None:
        obj = entities.first_named(candidate.object)
        if predicate in EVENT_GOING_PREDICATES:
            event = (events.held_at(obj.name, text) if obj else None) or events.dated_in(text)
            if event is not None:
                obj = None
    if (event is None and candidate.object is None and predicate in MOVEMENT_PREDICATES
            and not candidate.nominal):
        event = events.focus_event  # "he would not be coming": to the article's event
    if event is not None and predicate in EVENT_GOING_PREDICATES:
        predicate = ATTENDING_PREDICATE
    if event is None:  # "the summit will not take place", "the blizzard will bring snow"
        event = events.event_in(candidate.subject.text) or events.in_text.in_span(
            candidate.subject)
    return predicate, event, obj
