"""Events: which occurrence of a recurring event a phrase means, or which event the text
names.

A series (a yearly parade) has one event per year, identified by the year. An
article is about one occurrence, its focus, and generic phrases ("the parade",
"the celebrations") refer to it. Without a series, an event noun with a name, a date
or a place makes an event of its own ("the Geneva talks", "the general election",
"the September meeting"): one event per name and year, so articles that name it
alike in the same year share it, and a bare "the summit" means the article's
named summit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from kg.dates import MONTHS, anniversary_event_day
from kg.extract.parse import parse
from kg.extract.spans import Span
from kg.lexicon import (
    EVENT_DAY_PREPOSITIONS,
    EVENT_FRAMING_WORDS,
    EVENT_NOUNS,
    EVENT_PLACE_PREPOSITIONS,
)
from kg.models import Event, slugify
from kg.resolve.gazetteer import Gazetteer, Series

if TYPE_CHECKING:
    from spacy.tokens import Token

# Phrases that refer back to the event an article is about.
EVENT_ANAPHORS: list[str] = [
    r"anniversary events?",
    r"events?\b[^.,;]{0,40}\b(?:commemorating|marking)",
    r"commemorations?",
    r"celebrations?",
    r"festivities",
    r"(?:military )?parade",
    r"ceremony",
    r"the event",
]

_ANAPHOR = re.compile(rf"\b(?:{'|'.join(EVENT_ANAPHORS)})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_MONTH_DAY = re.compile(
    rf"\b({'|'.join(sorted(MONTHS, key=len, reverse=True))}) (\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)

# How long after an occurrence an article still means it rather than next year's.
RECENT = timedelta(days=60)


def occurrence(series: Series, year: int | None) -> Event:
    """The event of ``series`` held in ``year`` (an undated series event when year is None)."""
    if year is None:
        return Event(id=slugify(series.name), name=series.name, series=series.name,
                     place=series.place)
    name = f"{series.name} {year}"
    month, day = series.month_day
    return Event(id=slugify(name), name=name, date=date(year, month, day), series=series.name,
                 place=series.place)


@dataclass
class ArticleEvents:
    """Event resolution within one article."""

    gazetteer: Gazetteer
    text: str
    published: date | None

    def _series_in(self, text: str) -> list[tuple[int, Series]]:
        found = []
        for series in self.gazetteer.series.values():
            for alias in sorted(series.aliases, key=len, reverse=True):
                for match in re.finditer(rf"\b{re.escape(alias)}\b", text, re.IGNORECASE):
                    found.append((match.start(), series))
        return sorted(found, key=lambda item: item[0])

    @cached_property
    def focus(self) -> Series | None:
        """The series the article mentions most (first mentioned on a tie)."""
        found = self._series_in(self.text)
        if not found:
            return None
        counts = Counter(series.name for _, series in found)
        first = {}
        for position, series in found:
            first.setdefault(series.name, position)
        name = min(counts, key=lambda n: (-counts[n], first[n]))
        return self.gazetteer.series[name]

    @cached_property
    def _anniversary(self) -> tuple[date, str] | None:
        return anniversary_event_day(self.text)

    def year_of(self, series: Series, text: str = "") -> int | None:
        """The occurrence meant: a year in the phrase, an anniversary, or the next one due."""
        explicit = _YEAR.search(text)
        if explicit:
            return int(explicit.group(1))
        anniversary = self._anniversary
        if anniversary is not None:
            day = anniversary[0]
            if abs((day - date(day.year, *series.month_day)).days) <= 31:
                return day.year
        if self.published is None:
            return None
        for year in (self.published.year - 1, self.published.year, self.published.year + 1):
            if date(year, *series.month_day) >= self.published - RECENT:
                return year
        return None

    @cached_property
    def in_text(self) -> TextEvents:
        return TextEvents(self.text, self.published)

    @cached_property
    def focus_event(self) -> Event | None:
        """The article's event: its recurring series' occurrence, else the event it names
        most."""
        if self.focus is not None:
            return occurrence(self.focus, self.year_of(self.focus))
        return self.in_text.focus

    def event_in(self, text: str) -> Event | None:
        """The event a phrase names: a series by name, or the article's event by anaphor."""
        named = self._series_in(text)
        if named:
            series = named[0][1]
            return occurrence(series, self.year_of(series, text))
        if _ANAPHOR.search(text) and self.focus_event is not None:
            return self.focus_event
        return None

    def dated_in(self, text: str) -> Event | None:
        """The article's event when ``text`` names its day ("on Red Square on May 9")."""
        event = self.focus_event
        if event is None or event.date is None:
            return None
        for match in _MONTH_DAY.finditer(text):
            if (MONTHS[match.group(1).lower()], int(match.group(2))) == (event.date.month,
                                                                         event.date.day):
                return event
        return None

    def held_at(self, place: str, text: str) -> Event | None:
        """The article's event when ``place`` is its venue and ``text`` names no other day."""
        event = self.focus_event
        if event is None or self.focus is None or self.focus.place != place:
            return None
        for match in _MONTH_DAY.finditer(text):
            month = MONTHS[match.group(1).lower()]
            if event.date is None or (month, int(match.group(2))) != (
                event.date.month, event.date.day
            ):
                return None
        return event


# Parse labels of words that date an event or count it rather than name it.
_NOT_NAMING = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL"})
# Entity labels of words that tell one event from another of its kind ("the Geneva talks",
# "the Australian election"); common words ("presidential", "general") only describe it.
_PROPER = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC", "EVENT"})
_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def _event_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in EVENT_NOUNS or token.ent_type_ == "EVENT")


def _name_words(noun: Token) -> list[Token]:
    """The words before an event noun that say which event it is: "the [Geneva] talks"."""
    words = []
    for child in noun.lefts:
        if child.dep_ not in _NAMING_DEPS or child.lower_ in EVENT_FRAMING_WORDS:
            continue
        if child.dep_ == "poss" and child.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue  # "his trial", not "Russia's election"
        words += [t for t in child.subtree if t.ent_type_ not in _NOT_NAMING
                  and not t.is_punct and t.dep_ not in ("det", "case")
                  and t.lower_ not in EVENT_FRAMING_WORDS]
    return sorted(set(words), key=lambda t: t.i)


def _proper(word: Token) -> bool:
    """A word that tells one event from another: a name or a proper adjective ("Baltic"),
    by its tag, its entity label or its capital letter outside a title-case headline."""
    if word.pos_ == "PROPN" or word.ent_type_ in _PROPER:
        return True
    letters = [t for t in word.sent if t.is_alpha]
    title_case = sum(t.text[0].isupper() for t in letters) > 0.6 * len(letters) > 1
    return word.text[:1].isupper() and not title_case


def _dating_text(noun: Token) -> str:
    """The date words that go with an event noun: its own ("the 2024 election", "the
    September meeting") and a day its verb or clause gives ("attend the summit on May 3",
    "the strike planned for Monday")."""
    words = [t for t in noun.subtree if t.ent_type_ == "DATE" or _YEAR.fullmatch(t.text)]
    holders = [noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else []
    holders += [c for c in noun.children if c.dep_ == "acl"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in EVENT_DAY_PREPOSITIONS:
                words += [t for t in prep.subtree if t.ent_type_ == "DATE"]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _place(noun: Token) -> str | None:
    """Where an event noun says it is held: "the summit in Tromso", "talks held in Geneva"."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in EVENT_PLACE_PREPOSITIONS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                        words = [t for t in pobj.subtree if t.ent_type_ == pobj.ent_type_]
                        return " ".join(t.text for t in words)
    return None


def _day(text: str, year: int) -> date | None:
    match = _MONTH_DAY.search(text)
    if match is None:
        return None
    try:
        return date(year, MONTHS[match.group(1).lower()], int(match.group(2)))
    except ValueError:
        return None


_MONTH = re.compile(rf"\b({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)


@dataclass
class TextEvents:
    """Events an article names in its own words, without the gazetteer."""

    text: str
    published: date | None

    def named(self, noun: Token) -> Event | None:
        """The event an event noun names, or None for a bare noun with no name or date."""
        if not _event_noun(noun):
            return None
        words = _name_words(noun)
        dating = _dating_text(noun)
        explicit = _YEAR.search(dating)
        year = int(explicit.group(1)) if explicit else self._year_of(dating)
        day = _day(dating, year) if year else None
        month = _MONTH.search(dating) if day is None else None
        if not (words or month or day or explicit or noun.pos_ == "PROPN"):
            return None
        month_word = [month.group(1).capitalize()] if month and not words else []
        name = " ".join([*(w.text for w in words), *month_word, noun.text])
        proper = [w.text for w in words if _proper(w)]
        key = " ".join([*proper, *month_word, noun.lemma_.lower()])
        when = day.isoformat() if day and not words else year  # a bare "the summit on
        full, key = (f"{name} {when}", f"{key} {when}") if when else (name, key)  # May 3"
        return Event(id=slugify(key), name=full, date=day, place=_place(noun))

    def _year_of(self, dating: str) -> int | None:
        """The year of a month named without one: the occurrence nearest the article's date,
        so "the January summit" written in December is next year's."""
        if self.published is None:
            return None
        month = _MONTH.search(dating)
        if month is None:
            return self.published.year
        candidates = [date(year, MONTHS[month.group(1).lower()], 1)
                      for year in (self.published.year - 1, self.published.year,
                                   self.published.year + 1)]
        return min(candidates, key=lambda d: abs((d - self.published).days)).year

    @cached_property
    def _mentions(self) -> list[tuple[str, Event]]:
        """Every named event mention in text order, with its noun's lemma."""
        return [(token.lemma_.lower(), event) for token in parse(self.text)
                if (event := self.named(token)) is not None]

    def _main(self, events: list[Event]) -> Event | None:
        """Of the events mentioned, the article's: one not dated before the article's year
        first ("the 2019 summit" in a caption is background), then the most mentioned, then
        the first."""
        counts = Counter(event.id for event in events)
        first = {event.id: event for event in reversed(events)}
        best = min(counts, key=lambda e: (self._past(first[e]), -counts[e]), default=None)
        return first[best] if best else None

    @cached_property
    def _named_by_noun(self) -> dict[str, Event]:
        """The article's named event for each event noun ("the summit")."""
        nouns = dict.fromkeys(noun for noun, _ in self._mentions)
        return {noun: self._main([e for n, e in self._mentions if n == noun]) for noun in nouns}

    @cached_property
    def focus(self) -> Event | None:
        """The event the article is about among those it names."""
        return self._main([event for _, event in self._mentions])

    def _past(self, event: Event) -> bool:
        year = _YEAR.search(event.name)
        return bool(year and self.published and int(year.group(1)) < self.published.year)

    def in_span(self, span: Span) -> Event | None:
        """The event a mention names, or the article's named event of that kind ("the summit")."""
        found = parse(self.text).char_span(span.start, span.end, alignment_mode="expand")
        if found is None:
            return None
        heads = [t for t in found if not found.start <= t.head.i < found.end or t.head == t]
        for head in heads:  # the phrase's head, or what it is part of ("the opening of the
            for noun in (head, *(p for o in head.children if o.dep_ == "prep"  # summit")
                                 and o.lower_ == "of" for p in o.children if p.dep_ == "pobj")):
                if _event_noun(noun):
                    return self.named(noun) or self._named_by_noun.get(noun.lemma_.lower())
        return None
