"""Resolve claim candidates into claims about canonical entities, events and dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import ClaimCandidate
from kg.extract.attribution import Voice
from kg.extract.lexicon import MOVEMENT_PREDICATES
from kg.models import (
    Article,
    Claim,
    Entity,
    EntityRef,
    EntityType,
    Event,
    EventRef,
    Evidence,
    short_hash,
    slugify,
)
from kg.resolve.dates import Stated, stated_on
from kg.resolve.entities import ArticleEntities
from kg.resolve.events import ArticleEvents
from kg.resolve.gazetteer import Gazetteer

__all__ = ["Gazetteer", "Resolved", "resolve_article"]

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
    if candidate.voice is Voice.publisher:
        return publisher or UNNAMED
    if candidate.voice is Voice.unnamed:
        label = candidate.label or "unnamed"
        return UNNAMED if label == "unnamed" else Entity(
            id=slugify(label), name=label, type=EntityType.unnamed)
    return entities.resolve(candidate.claimant, speaker=True)


def resolve_article(article: Article, candidates: list[ClaimCandidate],
                    gazetteer: Gazetteer) -> Resolved:
    """Claims for one article's candidates; candidates whose subject names nobody are dropped."""
    entities = ArticleEntities(gazetteer, article.text)
    events = ArticleEvents(gazetteer, article.text, article.published)
    publisher = publisher_entity(article, entities)
    resolved = Resolved(article)
    if publisher is not None:
        resolved.ref(publisher)
    previous: Stated = (None, None)
    for candidate in candidates:
        claimant = _claimant(candidate, entities, publisher)
        reported_by = (entities.resolve(candidate.reported_by, speaker=True)
                       if candidate.reported_by else None)
        subject = entities.resolve(candidate.subject, exclude=claimant)
        if claimant is None or subject is None:
            continue
        predicate, event, obj = _target(candidate, entities, events)
        when = stated_on(candidate.time_cue, candidate.undated, article.published, previous)
        previous = when
        if event is not None:
            resolved.events.setdefault(event.id, event)
        evidence = candidate.evidence
        resolved.claims.append(Claim(
            id=short_hash(article.id, str(evidence.start), str(evidence.end), subject.id,
                          predicate),
            article_id=article.id,
            path=article.path,
            claimant=resolved.ref(claimant),
            reported_by=resolved.ref(reported_by) if reported_by else None,
            kind=candidate.kind,
            subject=resolved.ref(subject),
            predicate=predicate,
            object=resolved.ref(obj) if obj else None,
            event=EventRef.of(event) if event else None,
            polarity=candidate.polarity,
            certainty=candidate.certainty,
            stated_on=when[0],
            stated_on_precision=when[1],
            evidence=Evidence(text=evidence.text, start=evidence.start, end=evidence.end),
        ))
    return resolved


def _target(candidate: ClaimCandidate, entities: ArticleEntities,
            events: ArticleEvents) -> tuple[str, Event | None, Entity | None]:
    """Predicate, event and object entity: travelling to an event's venue is attending it."""
    predicate = candidate.predicate
    text = candidate.object.text if candidate.object else ""
    event = events.event_in(text) if text else None
    if event is None and predicate == "attend" and candidate.polarity.value == "negative":
        event = events.focus_event
    obj = None
    if event is None and candidate.object is not None:
        obj = entities.first_named(candidate.object)
        if obj is not None and predicate in MOVEMENT_PREDICATES:
            event = events.held_at(obj.name, text)
            if event is not None:
                obj = None
    if event is not None and (predicate in MOVEMENT_PREDICATES or predicate == "join"):
        predicate = "attend"
    return predicate, event, obj
