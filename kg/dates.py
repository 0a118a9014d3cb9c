"""Calendar arithmetic shared by the reader (publication dates) and the resolver (stated_on)."""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAYS = {
    name: index
    for index, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    """The most recent day with that weekday (0 = Monday) on or before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def monday_of(day: date) -> date:
    """The Monday that starts the week of ``day``."""
    return day - timedelta(days=day.weekday())


def first_of_month(day: date, months_back: int = 0) -> date:
    """The first day of the month ``months_back`` months before ``day``'s month."""
    index = day.year * 12 + (day.month - 1) - months_back
    return date(index // 12, index % 12 + 1, 1)


def month_on_or_before(anchor: date, month: int) -> date:
    """The first of the most recent ``month`` that started on or before ``anchor``."""
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return date(year, month, 1)
