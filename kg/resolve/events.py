"""Events: which occurrence of a recurring event a phrase means.

A series (a yearly parade) has one event per year, identified by the year. An
article is about one occurrence, its focus, and generic phrases ("the parade",
"the celebrations") refer to it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from kg.dates import MONTHS
from kg.models import Event, slugify
from kg.read.metadata import anniversary_event_day
from kg.resolve.gazetteer import Gazetteer, Series

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
        return Event(id=slugify(series.name), name=series.name, series=series.name)
    name = f"{series.name} {year}"
    month, day = series.month_day
    return Event(id=slugify(name), name=name, date=date(year, month, day), series=series.name)


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
    def focus_event(self) -> Event | None:
        return occurrence(self.focus, self.year_of(self.focus)) if self.focus else None

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
