"""Entities: which person, organization or group a phrase names, within one article.

Names and roles come from the gazetteer; a surname or a role ("the Kremlin
spokesman") resolves to the entity it stands for, a pronoun to the person last
introduced, and an unknown capitalized name becomes a new entity of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.lexicon import (
    ORGANIZATION_WORDS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
)
from kg.extract.spans import Span
from kg.models import Entity, EntityType, slugify
from kg.resolve.gazetteer import Gazetteer, KnownEntity

_LEADING = re.compile(
    r"^(?:(?:the|a|an|some|many|several|about|around|nearly|almost|more than|at least|"
    r"\d[\d,.]*)\s+)+",
    re.IGNORECASE,
)
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")
_ORGANIZATION = re.compile(rf"\b(?:{ORGANIZATION_WORDS})\b", re.IGNORECASE)
_TITLES = re.compile(rf"^(?:(?:{PERSON_TITLES})\s+)+", re.IGNORECASE)


def entity_of(known: KnownEntity) -> Entity:
    return Entity(id=slugify(known.name), name=known.name, type=known.type)


def plain_name(text: str) -> str:
    """A phrase without leading articles and quantifiers or a trailing possessive."""
    text = _LEADING.sub("", text.strip(" ,.;:\"“”"))
    return re.sub(r"['’]s$", "", text).strip()


@dataclass
class ArticleEntities:
    """Entity resolution within one article, remembering who was introduced where."""

    gazetteer: Gazetteer
    text: str
    _people: list[tuple[int, Entity]] = field(default_factory=list)
    _speakers: list[tuple[int, Entity]] = field(default_factory=list)
    _local: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for match in self.gazetteer.matches(self.text):
            if match.entity.type is EntityType.person and not match.by_role:
                self._people.append((match.start, entity_of(match.entity)))

    def known(self, name: str) -> Entity | None:
        """The gazetteer's entity for an exact name or alias."""
        for match in self.gazetteer.matches(name):
            if (match.start, match.end) == (0, len(name)):
                return entity_of(match.entity)
        return None

    def _person_before(self, position: int, pool: list[tuple[int, Entity]],
                       exclude: Entity | None) -> Entity | None:
        candidates = [(start, entity) for start, entity in pool
                      if start < position and entity != exclude]
        return max(candidates, key=lambda item: item[0])[1] if candidates else None

    def _remember(self, position: int, entity: Entity, speaker: bool) -> Entity:
        if entity.type is EntityType.person:
            self._people.append((position, entity))
            if speaker:
                self._speakers.append((position, entity))
        return entity

    def _new(self, name: str) -> Entity:
        """An entity for a capitalized name the gazetteer does not know."""
        words = name.split()
        if _ORGANIZATION.search(name) or len(words) == 1 or len(words) > 4:
            kind = EntityType.organization
        else:
            kind = EntityType.person
            name = _TITLES.sub("", name) or name
            words = name.split()
        entity = Entity(id=slugify(name), name=name, type=kind)
        self._local[name] = entity
        if kind is EntityType.person:
            for word in (words[0], words[-1]):
                self._local.setdefault(word, entity)
        return entity

    def resolve(self, span: Span, *, speaker: bool = False,
                exclude: Entity | None = None) -> Entity | None:
        """The entity ``span`` names; ``speaker`` marks a claimant, whose pronouns prefer the
        last speaker; ``exclude`` is an entity a pronoun cannot mean (the claim's speaker)."""
        text = plain_name(span.text)
        if not text or text.lower() in OTHER_PRONOUNS:
            return None
        if text.lower() in PERSON_PRONOUNS:
            pool = self._speakers if speaker and self._speakers else self._people
            return self._person_before(span.start, pool, exclude)
        matches = self.gazetteer.matches(text)
        if matches:
            head = max(matches, key=lambda m: (m.end, m.end - m.start))
            return self._remember(span.start, entity_of(head.entity), speaker)
        runs = list(_NAME_RUN.finditer(text))
        for run in reversed(runs):
            for word in reversed(run.group().split()):
                if word in self._local:
                    return self._remember(span.start, self._local[word], speaker)
        if runs and runs[-1].end() >= len(text.rstrip(" .")) - 1:
            name = runs[-1].group().strip()
            entity = self._local.get(name) or self._new(name)
            return self._remember(span.start, entity, speaker)
        kind = EntityType.unnamed if speaker else EntityType.group
        if not text.split()[0].isupper():
            text = text[0].lower() + text[1:]  # "Local analysts" at a sentence start
        return Entity(id=slugify(text), name=text, type=kind)

    def first_named(self, span: Span) -> Entity | None:
        """The entity named at the start of an object phrase ("Moscow only on May 10")."""
        head = re.match(r"[^,;]*?(?=\s+(?:by|on|at|in|for|with|because|although|unless|after|"
                        r"before|since|next|this|only|to|and|but|as|when|while|where|which|"
                        r"who|that|over)\b|[,;]|$)", span.text)
        text = head.group() if head else span.text
        if not re.search(r"[A-Z]", text):
            return None
        return self.resolve(Span(span.start, span.start + len(text), text))
