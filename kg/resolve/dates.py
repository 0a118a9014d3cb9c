"""When a claim was stated, from the time expression in its attribution and the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.dates import (
    MONTHS,
    WEEKDAYS,
    first_of_month,
    monday_of,
    month_on_or_before,
    weekday_on_or_before,
)
from kg.models import Precision

Stated = tuple[date | None, Precision | None]

# Expressions that date a claim relative to the publication date: text -> (days back or
# months back, precision). Weekdays, month names and "the same day" are handled below.
RELATIVE: dict[str, tuple[str, int, Precision]] = {
    "today": ("days", 0, Precision.day),
    "yesterday": ("days", 1, Precision.day),
    "this week": ("weeks", 0, Precision.week),
    "earlier this week": ("weeks", 0, Precision.week),
    "earlier in the week": ("weeks", 0, Precision.week),
    "last week": ("weeks", 1, Precision.week),
    "this month": ("months", 0, Precision.month),
    "earlier this month": ("months", 0, Precision.month),
    "last month": ("months", 1, Precision.month),
}

# Expressions that repeat the date of the statement before them.
SAME_AS_PREVIOUS = frozenset({"the same day", "at the time", "then"})


def stated_on(cue: str | None, undated: bool, published: date | None,
              previous: Stated = (None, None)) -> Stated:
    """The date (and its precision) a claim was stated on; (None, None) when unknown."""
    if published is None:
        return None, None
    if cue is None:
        return (None, None) if undated else (published, Precision.day)
    text = re.sub(r"\s+", " ", cue.lower()).strip()
    if text in SAME_AS_PREVIOUS:
        return previous
    if text in RELATIVE:
        unit, amount, precision = RELATIVE[text]
        if unit == "days":
            return published - timedelta(days=amount), precision
        if unit == "weeks":
            return monday_of(published) - timedelta(weeks=amount), precision
        return first_of_month(published, amount), precision
    if text.endswith("year") or re.search(r"\b(?:19|20)\d{2}\b", text):
        return None, None  # no precision coarser than a month
    if re.search(r"\bdays (?:ago|earlier|after|before)\b", text):
        return monday_of(published - timedelta(days=3)), Precision.week
    weekday = next((index for name, index in WEEKDAYS.items() if name in text), None)
    if weekday is not None:
        day = weekday_on_or_before(published, weekday)
        if text.startswith("last ") and day == published:
            day -= timedelta(days=7)
        return day, Precision.day
    month_day = re.search(r"([a-z]+) (\d{1,2})$", text)
    if month_day and month_day.group(1) in MONTHS:
        day = date(published.year, MONTHS[month_day.group(1)], int(month_day.group(2)))
        if day > published:
            day = day.replace(year=published.year - 1)
        return day, Precision.day
    month = next((MONTHS[word] for word in text.split() if word in MONTHS), None)
    if month is not None:
        return month_on_or_before(published, month), Precision.month
    return published, Precision.day
