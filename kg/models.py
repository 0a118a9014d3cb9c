"""The records kg passes between stages and prints as JSON.

These pydantic models are the single source of truth for kg's data: the JSON
Schemas in ``schemas/`` are generated from them (``kg schema``), and the field
names and values below are the JSON contract other tools read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class EntityType(StrEnum):
    person = "person"
    organization = "organization"
    publication = "publication"
    place = "place"
    group = "group"
    unnamed = "unnamed"


class ClaimKind(StrEnum):
    announcement = "announcement"
    statement = "statement"
    confirmation = "confirmation"
    denial = "denial"
    prediction = "prediction"
    expectation = "expectation"
    speculation = "speculation"
    assessment = "assessment"


class Polarity(StrEnum):
    positive = "positive"
    negative = "negative"


class Certainty(StrEnum):
    """FactBank's commitment levels: CT, PR and PS."""

    certain = "certain"
    probable = "probable"
    possible = "possible"


class Precision(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class ContradictionKind(StrEnum):
    cross_source = "cross_source"
    self_reversal = "self_reversal"
    prediction_outcome = "prediction_outcome"


class ContradictionStatus(StrEnum):
    open = "open"  # nothing has settled it yet
    resolved = "resolved"  # a later certain word of the party that decides, or a report after
    annulled = "annulled"  # the event was called off: neither side can be right


class Strength(StrEnum):
    strong = "strong"  # both sides at least probable
    weak = "weak"  # one side only possible ("may attend" against "will not")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, use_enum_values=False)


class Article(_Record):
    """One news article after reading and cleaning."""

    id: str = Field(description="Content hash of the cleaned article; same text, same id.")
    path: str = Field(description="The file the article was read from, relative to the folder "
                      "given to kg (a file given by itself: its name).")
    url: str | None = Field(None, description="Where the article was published, if known.")
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_inferred: bool = Field(
        False, description="True when the date was inferred from cues in the text."
    )
    published_cue: str | None = Field(
        None, description="Where the date was found when not in metadata: a byline, or the "
        "cues it was inferred from."
    )
    text: str = Field(description="Cleaned body; evidence offsets index into it.")


class Entity(_Record):
    """A person, organization, publication, place, group or unnamed source."""

    id: str
    name: str
    type: EntityType


class Event(_Record):
    """One occurrence of an event; recurring events share a series."""

    id: str
    name: str
    date: dt.date | None = None
    series: str | None = Field(None, description="Name of the recurring series, if any.")
    place: str | None = Field(None, description="Where it is held, as the text names it.")


class EntityRef(_Record):
    id: str
    name: str
    type: EntityType

    @classmethod
    def of(cls, entity: Entity) -> EntityRef:
        return cls(id=entity.id, name=entity.name, type=entity.type)


class EventRef(_Record):
    id: str
    name: str
    date: dt.date | None = None

    @classmethod
    def of(cls, event: Event) -> EventRef:
        return cls(id=event.id, name=event.name, date=event.date)


class Evidence(_Record):
    """The exact span of the article's cleaned text a claim rests on."""

    text: str
    start: int
    end: int


class Claim(_Record):
    """Who claimed what, about which event, when, and how sure they were."""

    id: str
    article_id: str
    path: str
    url: str | None = Field(None, description="The article's address, where it has one.")
    claimant: EntityRef
    reported_by: EntityRef | None = None
    kind: ClaimKind
    subject: EntityRef
    predicate: str
    object: EntityRef | None = None
    event: EventRef | None = None
    polarity: Polarity
    certainty: Certainty
    stated_on: dt.date | None = None
    stated_on_precision: Precision | None = None
    evidence: Evidence
    rule: str = Field("unknown", description="The extraction rule that found the claim.")
    model: str | None = Field(None, description="The linguistic pipeline (name-version) whose "
                              "parse the rule read.")

    @property
    def proposition_key(self) -> tuple[str, str, str]:
        """What the claim is about, regardless of who says it or with which polarity."""
        target = self.object.id if self.object else (self.event.id if self.event else "")
        return (self.subject.id, self.predicate, target)

    @property
    def source(self) -> str:
        """Where the claim was read: the article's URL, else its file."""
        return self.url or self.path

    @property
    def target_name(self) -> str | None:
        """The name of what the proposition's key ends with: the object, else the event."""
        return self.object.name if self.object else (self.event.name if self.event else None)


class Contradiction(_Record):
    """Two claims on the same proposition with opposite polarity."""

    id: str
    kind: ContradictionKind
    a: str = Field(description="Id of the earlier claim.")
    b: str = Field(description="Id of the later claim.")
    subject: str
    predicate: str
    object: str | None = None
    explanation: str
    status: ContradictionStatus = ContradictionStatus.open
    held: str | None = Field(None, description="Id of the claim that proved right, if resolved.")
    settled_by: str | None = Field(None, description="Id of the claim that settled it.")
    strength: Strength = Strength.strong


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "entity": Entity,
    "event": Event,
    "claim": Claim,
    "contradiction": Contradiction,
}


# What becomes of the characters some format kg writes cannot carry (XML 1.0 forbids C0
# controls but tab, newline and return, lone surrogates, U+FFFE and U+FFFF; line
# breaks other than newline split a line in some readers): one rule for every format.
UNCARRIED = {
    **dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"),  # breaks: a newline
    **dict.fromkeys(map(chr, range(0xD800, 0xE000)), "\ufffd"),  # lone surrogates
    **dict.fromkeys(map(chr, [*range(0x09), *range(0x0E, 0x1C), 0x1F]), ""),  # controls
    "\ufffe": "", "\uffff": "",
}
_UNCARRIED = re.compile("[" + "".join(map(re.escape, sorted(UNCARRIED))) + "]")


def carried(text: str) -> str:
    """``text`` as every format kg writes can carry it and read it back (:data:`UNCARRIED`);
    most text needs nothing, which is checked first."""
    if text.isprintable() or not _UNCARRIED.search(text):
        return text
    return _UNCARRIED.sub(lambda found: UNCARRIED[found.group()], text)


# Latin letters that Unicode does not decompose into an ASCII letter and a mark.
LATIN_LETTERS = str.maketrans({"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE",
                               "æ": "ae", "Œ": "OE", "œ": "oe", "Đ": "D", "đ": "d", "Þ": "Th",
                               "þ": "th", "Ð": "D", "ð": "d", "ı": "i"})


def slugify(name: str) -> str:
    """A lowercase ASCII id fragment for a canonical name: ``Kim Jong Un`` -> ``kim-jong-un``.
    A name with letters ASCII cannot spell (Cyrillic, Chinese, Arabic…) keeps what it can
    and gains a short hash of the whole name, so two such names never share an id."""
    folded = unicodedata.normalize("NFKD", name.translate(LATIN_LETTERS))
    slug = re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode().lower())
    slug = slug.strip("-")
    if any(char.isalnum() and not char.isascii() for char in folded):
        spelled = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
        return "-".join(filter(None, (slug, short_hash(spelled, length=8))))
    return slug or "x"


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable hex digest of the parts, used for content-derived ids."""
    # a lone surrogate (from a JSON escape) is hashed as it stands rather than refused
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


@cache
def list_adapter(model: type[BaseModel]) -> TypeAdapter:
    """Validates and dumps a list of ``model`` in one call, much faster than one by one."""
    return TypeAdapter(list[model])
