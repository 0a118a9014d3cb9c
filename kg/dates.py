"""Calendar knowledge shared by the reader (publication dates) and the resolver (stated_on,
event days): weekdays, months, and the days anniversaries fall on."""

from __future__ import annotations

import re
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


# Reference events whose anniversaries date an article: pattern -> the day commemorated.
ANNIVERSARY_REFERENCES: list[tuple[str, date]] = [
    (r"end of (?:the )?(?:world war (?:ii|2|two)|second world war) in europe", date(1945, 5, 9)),
    (r"(?:soviet union's )?defeat of nazi germany", date(1945, 5, 9)),
    (r"great patriotic war", date(1945, 5, 9)),
    (r"end of (?:the )?(?:world war (?:ii|2|two)|second world war)", date(1945, 9, 3)),
]

ORDINAL_WORDS = {
    "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip

ANNIVERSARY = re.compile(
    r"\b(?P<ordinal>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?P<rest>[^.]{0,120})"
    r"|\b(?P<word>" + "|".join(ORDINAL_WORDS) + r")\s+anniversary\b(?P<rest2>[^.]{0,120})",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    r"\s+(?P<day>\d{1,2})\b",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right]


def _explicit_day_near(text: str, day: date) -> date | None:
    """A "September 3" in the text within a month of ``day``: the commemoration's own date."""
    for match in _MONTH_DAY.finditer(text):
        try:
            named = date(day.year, MONTHS[match.group("month").lower()], int(match.group("day")))
        except ValueError:
            continue
        if abs((named - day).days) <= 31:
            return named
    return None


def anniversary_event_day(text: str) -> tuple[date, str] | None:
    """The day an "Nth anniversary of <reference event>" falls on, with the sentence naming it."""
    for match in ANNIVERSARY.finditer(text):
        ordinal = int(match.group("ordinal")) if match.group("ordinal") else ORDINAL_WORDS[
            match.group("word").lower()]
        rest = (match.group("rest") or match.group("rest2") or "").lower()
        for pattern, reference in ANNIVERSARY_REFERENCES:
            if re.search(pattern, rest):
                day = reference.replace(year=reference.year + ordinal)
                sentence = _sentence_around(text, match.start(), match.end())
                return _explicit_day_near(text, day) or day, sentence
    return None
