"""The gazetteer: known people, organizations, places and recurring events, read from TOML.

kg ships ``gazetteer.toml`` beside this module; users add their own files in the
same format (``--gazetteer FILE``), whose entries extend or override the bundled ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kg.errors import KgError
from kg.models import EntityType

BUNDLED = Path(__file__).with_name("gazetteer.toml")

_WORD = re.compile(r"\w+")


def read_gazetteer(path: Path) -> str:
    """A gazetteer file's TOML text; a KgError naming the file when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"{path}: cannot read gazetteer: {error}") from error


@dataclass(frozen=True)
class KnownEntity:
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    qid: str | None = None
    category: str | None = None  # a common noun it goes by: "the bank", "the country"
    capital_of: str | None = None  # a capital speaks for its country ("Moscow denies")


@dataclass(frozen=True)
class Series:
    """A recurring event: one occurrence a year on ``month_day``, usually in ``place``."""

    name: str
    month_day: tuple[int, int]
    place: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """Where a gazetteer name or role occurs in a piece of text."""

    start: int
    end: int
    entity: KnownEntity
    by_role: bool


@dataclass
class Gazetteer:
    entities: dict[str, KnownEntity] = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> Gazetteer:
        """The bundled gazetteer extended by the given files, later entries winning."""
        return cls.load_texts([(str(path), read_gazetteer(path)) for path in extra])

    @classmethod
    def load_texts(cls, extra: Iterable[tuple[str, str]]) -> Gazetteer:
        """The bundled gazetteer extended by (name, TOML text) pairs, later entries winning."""
        gazetteer = cls()
        for name, text in [(str(BUNDLED), read_gazetteer(BUNDLED)), *extra]:
            gazetteer.add_text(text, name)
        return gazetteer

    def add_text(self, text: str, name: str) -> None:
        """Add the entries of one gazetteer file's text; ``name`` says where it came from."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise KgError(f"{name}: cannot read gazetteer: {error}") from error
        try:
            for row in data.get("entity", []):
                entity = KnownEntity(
                    name=row["name"],
                    type=EntityType(row["type"]),
                    aliases=tuple(row.get("aliases", ())),
                    roles=tuple(row.get("roles", ())),
                    affiliation=row.get("affiliation"),
                    qid=row.get("qid"),
                    category=row.get("category"),
                    capital_of=row.get("capital_of"),
                )
                self.entities[entity.name] = entity
            for row in data.get("series", []):
                month, day = (int(part) for part in row["month_day"].split("-"))
                series = Series(row["name"], (month, day), row.get("place"),
                                tuple(row.get("aliases", ())))
                self.series[series.name] = series
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise KgError(f"{name}: bad gazetteer entry: {error}") from error
        self.__dict__.pop("_index", None)
        self.__dict__.pop("_by_first_word", None)

    @cached_property
    def _index(self) -> list[tuple[str, re.Pattern[str], KnownEntity, bool]]:
        """Every name and role with its pattern, longest first; names match case, roles do
        not."""
        rows = [(name, entity, False) for entity in self.entities.values()
                for name in (entity.name, *entity.aliases)]
        rows += [(role, entity, True) for entity in self.entities.values() for role in entity.roles]
        rows.sort(key=lambda row: -len(row[0]))
        return [
            (text, re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])",
                              re.IGNORECASE if by_role else 0), entity, by_role)
            for text, entity, by_role in rows
        ]

    @cached_property
    def _by_first_word(self) -> dict[str, list[int]]:
        """Positions in the index of the names that begin with each word (lower case; "" for
        a name with no word in it). A name can only match a text that holds its first word as
        a whole word, so a text's words pick the few patterns worth running."""
        table: dict[str, list[int]] = {}
        for position, (text, *_) in enumerate(self._index):
            first = _WORD.search(text)
            table.setdefault(first.group().lower() if first else "", []).append(position)
        return table

    def matches(self, text: str) -> list[Match]:
        """Non-overlapping gazetteer mentions in ``text``, in text order, longest preferred;
        the cost follows the text's words, not the size of the gazetteer."""
        text = text.replace("’", "'")
        words = {word.lower() for word in _WORD.findall(text)} | {""}
        positions = sorted(p for word in words for p in self._by_first_word.get(word, ()))
        taken: list[Match] = []
        occupied = bytearray(len(text))
        for position in positions:
            _, pattern, entity, by_role = self._index[position]
            for found in pattern.finditer(text):
                if not any(occupied[found.start():found.end()]):
                    occupied[found.start():found.end()] = b"\x01" * (found.end() - found.start())
                    taken.append(Match(found.start(), found.end(), entity, by_role))
        return sorted(taken, key=lambda m: m.start)

    def get(self, name: str) -> KnownEntity | None:
        return self.entities.get(name)
