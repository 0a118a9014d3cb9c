"""Entities: which person, organization or group a phrase names, within one article.

Names and roles come from the gazetteer; a surname, a role ("the Kremlin
spokesman") or a description ("the bank", "the 35-year-old") resolves to the
entity it stands for, a pronoun to the person last introduced, and an unknown
capitalized name becomes a new entity of its own. A phrase headed by a common
noun ("observers in Seoul") names a group, or an unnamed source when it speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.parse import parse
from kg.extract.spans import Span
from kg.lexicon import (
    CLAIMANT_NOUNS,
    GENERIC_BODIES,
    HEAD_WORDS,
    INSTITUTION_NOUNS,
    ORGANIZATION_WORDS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PERSON_TITLES,
    SPEAKER_NOUNS,
)
from kg.models import Entity, EntityType, slugify
from kg.resolve.gazetteer import Gazetteer, KnownEntity

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_LEADING = re.compile(
    r"^(?:(?:the|a|an|some|many|several|about|around|nearly|almost|more than|at least|"
    r"\d[\d,.]*)\s+)+",
    re.IGNORECASE,
)
_TITLED = re.compile(rf"\b(?P<title>(?i:{PERSON_TITLES}))\s+"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_ORG_BEFORE = re.compile(rf"\b(?:{ORGANIZATION_WORDS}|side|team|firm|outlet|newspaper|"
                         r"broadcaster|party)\s+$", re.IGNORECASE)
_LEADER = re.compile(r"(?P<org>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:leader|chief|head|chairman|"
                     r"chairwoman|boss) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})")
_FULL_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")
_ORGANIZATION = re.compile(rf"\b(?:{ORGANIZATION_WORDS})\b", re.IGNORECASE)
_TITLE_WORD = re.compile(rf"^(?:{PERSON_TITLES})$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s+(?:in|at|from|of|for|with|between|on|by|close to|familiar with|"
                          r"among|inside|within)\s+", re.IGNORECASE)
_DESCRIPTION = re.compile(r"^(?:(?:\w+)\s+)?(?P<noun>[a-z]+)$")
# Days and months, which start an object phrase ("go ahead on Monday") but name nobody.
_CALENDAR = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                       r"february|march|april|may|june|july|august|september|october|"
                       r"november|december)\b", re.IGNORECASE)
_AGE = re.compile(r"^\d+-year-old$")
_SPEAKER_NOUN = re.compile(rf"(?:{CLAIMANT_NOUNS})", re.IGNORECASE)
_SOURCE_OF = re.compile(r"^(?:\w+\s+)?(?:statement|report|dispatch|announcement|post|posting)s?\s+"
                        r"(?:on|from|by|of|in)\s+(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z]"
                        r"[\w'’.-]*)*)(?:\s+(?:website|site|account|channel|page|feed))?$")
_REPORT_NOUNS = frozenset({"report", "reports", "dispatch", "story", "article", "statement"})
_GROUP_AT = re.compile(rf"^(?:{CLAIMANT_NOUNS})\s+at\s+(?P<org>[A-Z].+)$", re.IGNORECASE)
_POSSESSIVE_PLACE = re.compile(r"^the (?P<noun>country|nation|city)['’]s\s+", re.IGNORECASE)


# Pronouns by which a speaker means an organization or a group spoken of before.
SPEAKER_GROUPS: dict[str, tuple[EntityType, ...]] = {
    "it": (EntityType.organization, EntityType.publication),
    "they": (EntityType.organization, EntityType.group, EntityType.unnamed,
             EntityType.publication),
}
_OWNED_NAME = re.compile(r"^\S+['’]s ([A-Z][\w-]*(?: [A-Z][\w-]*)*)$")
# A named body's unit: "the Lumo Flood Agency's Oslo office".
_UNIT = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][^'’]*['’]s\s+(?:[\w-]+\s+)*?(?P<noun>[a-z]+))$")
_ACRONYM = re.compile(r"[A-Z]{2,}")
_POSSESSIVE_PRONOUN = re.compile(r"^(his|her|its|their)\s+", re.IGNORECASE)
_NAMED_ACRONYM = re.compile(r"(?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4}) "
                            r"\((?P<acronym>[A-Z]{2,6})\)")

# How far back a pronoun looks for a name in its own sentence (characters).
LOOKBACK = 60

# How far back "the country's" looks for the country a sentence is about (characters).
NEARBY = 300


def entity_of(known: KnownEntity) -> Entity:
    return Entity(id=slugify(known.name), name=known.name, type=known.type)


def plain_name(text: str) -> str:
    """A phrase without leading articles and quantifiers or a trailing possessive."""
    text = _LEADING.sub("", " ".join(text.split()).strip(" ,.;:\"“”"))
    return re.sub(r"['’]s$", "", text).strip()


def head_part(text: str) -> str:
    """The part of a phrase up to its head noun: before a comma, a relative clause, or a
    preposition after a common noun ("observers in Seoul" -> "observers")."""
    text = re.split(r",|\s+(?:who|which|that)\s+", text, maxsplit=1)[0].strip()
    for match in _PREPOSITION.finditer(text):
        before = text[:match.start()].split()
        if before and (before[-1][:1].islower() or (
                len(before) == 1 and _SPEAKER_NOUN.fullmatch(before[0]))):
            return text[:match.start()]
    return text


def orgs_led(person: SpacySpan) -> list[str]:
    """Organizations named in the title that runs up to a person's name ("IMF director Mara
    Quint", "UN Secretary-General Vera Saric")."""
    title = []
    for token in reversed(person.doc[:person.start]):  # the words run up to the name
        if token.is_space or not (token.pos_ in ("PROPN", "NOUN", "ADJ") or token.is_upper
                                  or token.text in ("-", "(", ")")):
            break
        title.insert(0, token)
    if not any(t.lower_ in HEAD_WORDS for t in title):
        return []  # "IMF spokeswoman Ida Voss" speaks for the IMF but does not head it
    return [t.text for t in title if t.ent_type_ in ("ORG", "GPE") or (
        t.text.isupper() and len(t.text) >= 2 and t.text.isalpha())]


def roles_of(person: Token) -> list[str]:
    """The common nouns a text gives a person as roles: "sherpa Ana Ruiz", "Quint, the
    bank's vice-chairman", "the judge, Vera Saric"."""
    roles = [child.lower_ for child in person.children
             if child.dep_ in ("compound", "appos") and (
                 child.pos_ == "NOUN" or child.lower_ in SPEAKER_NOUNS)]
    if person.dep_ == "appos" and person.head.pos_ == "NOUN":
        roles.append(person.head.lower_)
    return roles


def _name_words(words: list[str]) -> bool:
    """Words that can make a person's name: no acronym, no digit ("WHO Declares COVID-19"
    is a headline's capitals)."""
    return not any(_ACRONYM.fullmatch(w) or any(c.isdigit() for c in w) for w in words)


def person_name(run: str) -> str:
    """A name without the titles before it: "Assistant Foreign Minister Hong Lei" -> "Hong Lei"."""
    words = run.split()
    last_title = max((i for i, word in enumerate(words) if _TITLE_WORD.match(word)), default=-1)
    if 0 <= last_title < len(words) - 1:
        words = words[last_title + 1:]
    return " ".join(words)


@dataclass
class ArticleEntities:
    """Entity resolution within one article, remembering who was introduced where."""

    gazetteer: Gazetteer
    text: str
    _mentions: list[tuple[int, Entity, str | None]] = field(default_factory=list)
    _speakers: list[tuple[int, Entity]] = field(default_factory=list)
    _local: dict[str, Entity] = field(default_factory=dict)

    _full_names: dict[str, str] = field(default_factory=dict)
    _acronyms: dict[str, str] = field(default_factory=dict)  # "SNB" -> "Swiss National Bank"
    _heads: dict[str, str] = field(default_factory=dict)  # "imf" -> the IMF's named head
    _titled: dict[str, str] = field(default_factory=dict)  # "mayor" -> "Tom Reyes"
    _leads: dict[str, str] = field(default_factory=dict)  # "Bill Shorten" -> "Labor"
    _people: set[str] = field(default_factory=set)  # surnames the parse calls a person's

    def __post_init__(self) -> None:
        for match in self.gazetteer.matches(self.text):
            if not match.by_role:
                self._mentions.append((match.start, entity_of(match.entity),
                                       match.entity.category))
        for match in _LEADER.finditer(self.text):
            self._leads.setdefault(match.group("name"), match.group("org"))
        for match in _TITLED.finditer(self.text):
            self._titled.setdefault(match.group("title").lower(), match.group("name"))
        for run in _FULL_NAME.finditer(self.text):
            for piece in re.split(r"['’]s\b", run.group()):
                words = person_name(piece.strip()).split()
                if 2 <= len(words) <= 3 and not _ORGANIZATION.search(piece) \
                        and _name_words(words):
                    self._full_names.setdefault(words[-1], " ".join(words))
        self._learn_from_parse()

    def _learn_from_parse(self) -> None:
        """What the parse says of the article's names: people's full names (so that a
        surname, a given name or "de Souza" finds them), the roles they are given ("the
        sherpa", "the fund's deputy director"), and organizations' acronyms."""
        doc = parse(self.text)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                words = person_name(ent.text.replace("’s", "").replace("'s", "")).split()
                if words and _name_words(words):
                    self._people.add(words[-1])
                if len(words) < 2 or not _name_words(words):
                    continue
                full = " ".join(words)
                for size in (1, 2):
                    for part in (words[-size:], words[:size]):
                        if len(part) < len(words):
                            self._full_names.setdefault(" ".join(part), full)
                            self._full_names.setdefault(" ".join(part).lower(), full)
                for role in roles_of(ent.root):
                    self._titled.setdefault(role, full)
                for org in orgs_led(ent):
                    self._heads.setdefault(org.lower(), full)
            elif ent.label_ in ("ORG", "GPE", "FAC", "NORP"):
                words = [w for w in re.findall(r"[A-Za-z][\w'-]*", ent.text)
                         if w.lower() not in ("of", "the", "and", "for")]
                initials = "".join(w[0] for w in words).upper()
                if len(words) >= 2 and initials.isalpha():
                    self._acronyms.setdefault(initials, re.sub(r"^(?i:the)\s+", "", ent.text))
        for match in _NAMED_ACRONYM.finditer(self.text):  # "Pfizer (PFE)"
            self._acronyms.setdefault(match.group("acronym"), match.group("name"))

    def known(self, name: str) -> Entity | None:
        """The gazetteer's entity for an exact name or alias."""
        for match in self.gazetteer.matches(name):
            if (match.start, match.end) == (0, len(name)):
                return entity_of(match.entity)
        return None

    def last(self, position: int, *, kinds: tuple[EntityType, ...], noun: str | None = None,
             exclude: Entity | None = None) -> Entity | None:
        """The entity of one of ``kinds`` mentioned last before ``position``; with ``noun``,
        one whose name or category has that noun ("the bank", "the company")."""
        for start, entity, category in sorted(self._mentions, key=lambda m: -m[0]):
            if start >= position or entity.type not in kinds or entity == exclude:
                continue
            words = [re.sub(r"['’]s$", "", word) for word in entity.name.lower().split()]
            if noun is None or noun in words or category == noun:
                return entity  # "the service": the National Weather Service's office
        return None

    def _remember(self, position: int, entity: Entity, speaker: bool) -> Entity:
        known = self.gazetteer.get(entity.name)
        self._mentions.append((position, entity, known.category if known else None))
        if speaker:
            self._speakers.append((position, entity))
        return entity

    def _new(self, name: str, organization: bool = False, label: str | None = None) -> Entity:
        """An entity for a capitalized name the gazetteer does not know: of the kind the parse
        says it is (``label``), else an organization when the text says so ("the Saudi club
        Al Hilal") or its words do, else a person when it has two to four words."""
        if organization or (_ORGANIZATION.search(name) and not (
                label == "person" and not _ORGANIZATION.fullmatch(name.split()[-1]))):
            label = "organization"  # "Rovers FC", whatever the parse guessed
        if label == "person" or (label is None
                                 and 2 <= len(person_name(name).split()) <= 4):
            kind = EntityType.person
            name = person_name(name) or name
        else:
            kind = EntityType.organization
        words = name.split()
        entity = Entity(id=slugify(name), name=name, type=kind)
        self._local[name] = entity
        keys = (words[0], words[-1]) if kind is EntityType.person else (words[-1],)
        for word in keys:
            self._local.setdefault(word, entity)
        return entity

    def pronoun(self, span: Span, *, speaker: bool = False,
                exclude: Entity | None = None) -> Entity | None:
        """The person a he or she means: the last speaker (for a speaker) or the last person."""
        if speaker and self._speakers:
            candidates = [e for start, e in self._speakers
                          if start < span.start and e.type is EntityType.person]
            if candidates:
                return candidates[-1]
        nearby = self._name_just_before(span.start)
        if nearby is not None and nearby != exclude:
            return nearby  # "Messi's choice means he"
        return self.last(span.start, kinds=(EntityType.person,), exclude=exclude)

    def _head_of(self, text: str) -> str | None:
        """The person an article names as the head of the organization a phrase names with a
        word for its head ("IMF chief")."""
        words = text.split()
        if len(words) < 2 or words[-1].lower() not in HEAD_WORDS:
            return None
        names = {w.strip("()").lower() for w in words[:-1]} | {" ".join(words[:-1]).lower()}
        found = {person for org, person in self._heads.items() if org in names}
        return found.pop() if len(found) == 1 else None

    def _last_speaker(self, position: int, kinds: tuple[EntityType, ...]) -> Entity | None:
        """The last speaker of one of ``kinds`` before ``position``, else the last such
        entity named."""
        speakers = [e for start, e in self._speakers if start < position and e.type in kinds]
        return speakers[-1] if speakers else self.last(position, kinds=kinds)

    def _name_just_before(self, position: int) -> Entity | None:
        """A person named in the few words before a pronoun, in the same sentence."""
        window = self.text[max(0, position - LOOKBACK):position]
        window = re.split(r"[.!?\n]\s", window)[-1]
        runs = list(re.finditer(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?=['’]s\b)", window))
        if not runs:
            return None
        name = runs[-1].group()
        start = position - len(window) + runs[-1].start()
        found = self._by_name(name, Span(start, start + len(name), name), False)
        return found if found is not None and found.type is EntityType.person else None

    def resolve(self, span: Span, *, speaker: bool = False,
                exclude: Entity | None = None) -> Entity | None:
        """The entity ``span`` names; ``speaker`` marks a claimant; ``exclude`` is an entity a
        pronoun cannot mean (the speaker of a quotation)."""
        text = plain_name(span.text)
        acronym = _ACRONYM.fullmatch(text) is not None  # "WHO", "IT": never a pronoun
        if speaker and text.lower() in SPEAKER_GROUPS and not acronym:
            found = self._last_speaker(span.start, SPEAKER_GROUPS[text.lower()])
            return self._remember(span.start, found, speaker) if found else None
        owner = _POSSESSIVE_PRONOUN.match(text)
        if owner and len(text.split()) > 1:
            meant = (self.pronoun(span, exclude=exclude) if owner.group(1).lower() in ("his", "her")
                     else self._last_speaker(span.start, SPEAKER_GROUPS["it"]))
            if meant is not None:  # "his defence team": Berg's defence team; an
                possessive = "'s" if meant.type is EntityType.person else ""  # outlet's unit
                text = f"{meant.name}{possessive} {text[owner.end():]}"
        if not text or (text.lower() in OTHER_PRONOUNS and not acronym):
            return None
        if text.lower() in PERSON_PRONOUNS:
            found = self.pronoun(span, speaker=speaker, exclude=exclude)
            return self._remember(span.start, found, speaker) if found else None
        text = self._expand_possessive(text, span.start)
        owned = _OWNED_NAME.match(text)
        if owned and (owned.group(1) in self._full_names
                      or owned.group(1).lower() in self._full_names):
            text = owned.group(1)  # "the UN's Saric": Saric, whose organization is named
        text = self._role_holder(text) or text
        if text in self._acronyms:
            text = self._acronyms[text]
        head = self._head_of(text)
        if head is not None:
            text = head  # "the International Monetary Fund (IMF) chief": its head, named before
        found = (self._coordinated(text, span, speaker) or self._by_name(text, span, speaker)
                 or self._by_description(text, span, speaker, exclude))
        if found is not None:
            return found
        unit = _UNIT.match(text)
        if unit and unit.group("noun").lower() in INSTITUTION_NOUNS:
            return self._remember(span.start, self._new(unit.group("name"), organization=True),
                                  speaker)  # "the flood agency's Oslo office"
        kind = EntityType.unnamed if speaker else EntityType.group
        before = self.text[:span.start].rstrip(" \"“")
        if (not before or before.endswith((".", "\n", ":"))) and not text.split()[0].isupper():
            text = text[0].lower() + text[1:]  # "Local analysts" at a sentence start
        return self._remember(span.start, Entity(id=slugify(text), name=text, type=kind),
                              speaker)

    def _role_holder(self, text: str) -> str | None:
        """The person the article gave a role: "the mayor" for "Mayor Tom Reyes", "the fund's
        deputy-director" for the one called deputy-director (or director) before."""
        if text.lower() in self._titled:
            return self._titled[text.lower()]
        if not text[:1].islower():
            return None
        role = text.split()[-1].lower()
        return self._titled.get(role) or self._titled.get(role.split("-")[-1])

    def _expand_possessive(self, text: str, position: int) -> str:
        """"the country's news agency" -> "North Korea's news agency"."""
        match = _POSSESSIVE_PLACE.match(text) or _POSSESSIVE_PLACE.match(f"the {text}")
        if match is None:
            return text
        noun = "country" if match.group("noun").lower() in ("country", "nation") else "city"
        nearby = [(start, entity) for start, entity, category in self._mentions
                  if position - NEARBY <= start < position and category == noun]
        place = min(nearby, key=lambda m: m[0])[1] if nearby else None
        if place is None:
            return text
        rest = (f"the {text}" if not text.lower().startswith("the ") else text)[match.end():]
        return f"{place.name}'s {rest}"

    def _coordinated(self, text: str, span: Span, speaker: bool) -> Entity | None:
        """"Washington and Seoul" as speakers: the two governments together."""
        if span.label == "person":
            return None  # "Chairman and CEO Ana Ruiz": one person's titles
        parts = [re.sub(r"^(?i:the)\s+", "", part) for part in re.split(r"\s+and\s+", text)]
        if any(_TITLE_WORD.match(part.split()[-1]) or _TITLE_WORD.match(part.split()[0])
               for part in parts if part):
            return None
        if len(parts) != 2 or not all(part[:1].isupper() for part in parts):
            return None
        names = []
        for part in parts:
            known = self.known(part)
            if known is None:
                if not speaker or not all(len(p.split()) <= 3 for p in parts):
                    return None
                known = Entity(id=slugify(part), name=part, type=EntityType.organization)
            entry = self.gazetteer.get(known.name)
            if speaker and entry and entry.capital_of:
                known = self.known(entry.capital_of) or known
            names.append(known.name)
        entity = Entity(id=slugify(" and ".join(names)), name=" and ".join(names),
                        type=EntityType.organization)
        return self._remember(span.start, entity, speaker)

    def _by_name(self, text: str, span: Span, speaker: bool) -> Entity | None:
        head = head_part(text)
        if head in self._local:
            return self._remember(span.start, self._local[head], speaker)  # "Park": Ruth Park
        matches = [m for m in self.gazetteer.matches(head) if m.end >= len(head.rstrip(" .")) - 2
                   and not self._inside_unknown_name(head, m.start)]
        if matches:
            entity = entity_of(max(matches, key=lambda m: m.end - m.start).entity)
            return self._remember(span.start, entity, speaker)
        runs = list(_NAME_RUN.finditer(head))
        if not runs or runs[-1].end() < len(head.rstrip(" .")) - 1:
            return None
        name = runs[-1].group().strip()
        if _SPEAKER_NOUN.fullmatch(name):
            return None  # "Observers" at the start of a sentence is no name
        if len(name.split()) == 1:
            if name in self._local:
                return self._remember(span.start, self._local[name], speaker)
            for _, entity, _ in sorted(self._mentions, key=lambda m: -m[0]):
                if entity.name.split()[-1] == name and entity.type is not EntityType.place:
                    return self._remember(span.start, entity, speaker)  # "the Times"
            name = self._full_names.get(name, name)  # "Messi" before "Lionel Messi" is named
            name = self._acronyms.get(name, name)
            known = self.known(name)
            if known is not None:
                return self._remember(span.start, known, speaker)
        if len(name.split()) == 2 and name.lower() in self._full_names:
            name = self._full_names[name.lower()]  # "De Souza" for "Rui de Souza"
        bare = person_name(name)
        if len(bare.split()) == 1 and bare in self._full_names:
            name = self._full_names[bare]  # "Coach Berg" before "Kai Berg" is named
        organization = bool(_ORG_BEFORE.search(head[:runs[-1].start()]))
        label = span.label if span.label in ("person", "organization") else None
        if len(name.split()) > 1 and name.split()[-1] in self._people \
                and not _ORGANIZATION.search(name):
            label = "person"  # the parse calls this full name a body, the surname a person
        entity = (self._local.get(person_name(name)) or self._local.get(name)
                  or self._new(name, organization, label))
        return self._remember(span.start, entity, speaker)

    def led_by(self, person: Entity, position: int) -> Entity | None:
        """The party or organization the text says a person leads ("Labor leader Bill
        Shorten")."""
        org = self._leads.get(person.name)
        if org is None:
            return None
        return self.resolve(Span(position, position + len(org), org))

    @staticmethod
    def _inside_unknown_name(head: str, start: int) -> bool:
        """"Park" in "Ruth Park": a known surname ending someone else's name."""
        before = head[:start].split()
        return bool(before) and before[-1][:1].isupper() and not _TITLE_WORD.match(before[-1]) \
            and not before[-1].endswith(("'s", "’s"))

    def _by_description(self, text: str, span: Span, speaker: bool,
                        exclude: Entity | None = None) -> Entity | None:
        """"the bank", "the 35-year-old", "economists at BNP Paribas"; ``exclude`` is the
        speaker, whom "the company" in its own words does not mean."""
        for pattern in (_GROUP_AT, _SOURCE_OF):
            found_org = pattern.match(text)
            if found_org:
                org = found_org.group("org")
                return self._by_name(org, Span(span.start, span.start + len(org), org), speaker)
        if _AGE.match(text):
            found = self.last(span.start, kinds=(EntityType.person,))
            return self._remember(span.start, found, speaker) if found else None
        description = _DESCRIPTION.match(text)
        if description and description.group("noun") in _REPORT_NOUNS:
            speakers = [e for start, e in self._speakers if start < span.start
                        and e.type in (EntityType.organization, EntityType.publication)]
            if speakers:
                return self._remember(span.start, speakers[-1], speaker)  # "the report said"
        if description and span.text.strip().lower().startswith("the "):
            kinds = (EntityType.organization, EntityType.publication)
            noun = description.group("noun")
            found = self.last(span.start, kinds=kinds, noun=noun, exclude=exclude)
            if found is None and noun in GENERIC_BODIES:
                found = self.last(span.start, kinds=kinds, exclude=exclude)  # the last one
            if found is None and speaker and noun in PERSON_ROLES:
                # "…, the sherpa added": a role the article never tied to a name
                found = self._last_speaker(span.start, (EntityType.person,))
            if found is not None:
                return self._remember(span.start, found, speaker)
        return None

    def first_named(self, span: Span) -> Entity | None:
        """The entity named at the start of an object phrase ("Moscow only on May 10")."""
        head = re.match(r"[^,;]*?(?=\s+(?:by|on|at|in|for|with|because|although|unless|after|"
                        r"before|since|next|this|only|to|and|but|as|when|while|where|which|"
                        r"who|that|over)\b|[,;]|$)", span.text)
        text = head.group() if head else span.text
        lead = re.match(r"^(?:(?:to|in|at|for|with|on|by|from|of|about)\s+)+", text)
        offset = lead.end() if lead else 0
        text = text[offset:]
        named = re.match(r"^(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}[A-Z]", text)
        if not named or _CALENDAR.match(text):
            return None
        span = Span(span.start + offset, span.start + offset + len(text), text)
        return self.resolve(span)
