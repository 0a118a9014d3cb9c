"""Article metadata found in the text itself: the publisher and an inferred publication date.

Both are guesses from cues, so each cue is a row in a table and a date is only
inferred when the cues pin it to one day; otherwise the date stays unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.dates import MONTHS, WEEKDAYS, monday_of

# Where an outlet names itself in its page furniture; tried in order, first match wins.
_OUTLET = r"(?-i:(?:[Tt]he )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})"
PUBLISHER_CUES: list[str] = [
    rf"^support (?P<name>{_OUTLET})(?: today| now)?\s*[!.]?$",
    rf"\baccess to all (?:of )?(?P<name>{_OUTLET})(?: content)?\b",
    rf"^(?P<name>{_OUTLET}) is reader[- ]funded\b",
    rf"^by (?P<name>{_OUTLET}) staff$",
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>[^.,]+?)\.?\s+all rights reserved",
    r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>[^.,]+?)\.",
]

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

_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_REPORTED_ON_WEEKDAY = re.compile(
    r"(?<!had )(?<!has )\b(?:said|says|told [\w ]{0,30}?|announced|reported|confirmed|"
    r"disclosed|denied)\s+(?:on |late on |early on )?" + _WEEKDAY + r"\b",
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(
    r"\b(?P<ordinal>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b(?P<rest>[^.]{0,120})"
    r"|\b(?P<word>" + "|".join(ORDINAL_WORDS) + r")\s+anniversary\b(?P<rest2>[^.]{0,120})",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    r"\s+(?P<day>\d{1,2})\b",
    re.IGNORECASE,
)


def publisher_from_text(raw_text: str) -> str | None:
    """The outlet's name as its own furniture states it, or None."""
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    for cue in PUBLISHER_CUES:
        pattern = re.compile(cue, re.IGNORECASE)
        for line in lines:
            match = pattern.search(line)
            if match:
                return match.group("name").strip()
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
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
    for match in _ANNIVERSARY.finditer(text):
        ordinal = int(match.group("ordinal")) if match.group("ordinal") else ORDINAL_WORDS[
            match.group("word").lower()]
        rest = (match.group("rest") or match.group("rest2") or "").lower()
        for pattern, reference in ANNIVERSARY_REFERENCES:
            if re.search(pattern, rest):
                day = reference.replace(year=reference.year + ordinal)
                sentence = _sentence_around(text, match.start(), match.end())
                return _explicit_day_near(text, day) or day, sentence
    return None


def _publication_window(text: str, event_day: date, sentence: str) -> list[date]:
    """Days the article can have been written on, from how it refers to the coming event."""
    lowered = sentence.lower()
    if "next week" in lowered:
        start = monday_of(event_day) - timedelta(days=7)
        return [start + timedelta(days=i) for i in range(7)]
    if "this week" in lowered or "later this week" in lowered:
        start = monday_of(event_day)
        return [start + timedelta(days=i) for i in range((event_day - start).days)]
    event_weekday = event_day.strftime("%A").lower()
    if re.search(rf"\b(?:{event_weekday}'s|on {event_weekday})\b", text, re.IGNORECASE):
        return [event_day - timedelta(days=i) for i in range(6, 0, -1)]
    return []


def infer_published(text: str) -> date | None:
    """A publication date pinned down by an anniversary, a relative week and the lead's weekday.

    Returns None unless the cues leave exactly one day: a wrong date shown as
    fact is worse than no date.
    """
    anchor = anniversary_event_day(text)
    if anchor is None:
        return None
    event_day, sentence = anchor
    window = _publication_window(text, event_day, sentence)
    lead_cue = _REPORTED_ON_WEEKDAY.search(text)
    if not window or lead_cue is None:
        return None
    weekday = WEEKDAYS[lead_cue.group("weekday").lower()]
    matching = [day for day in window if day.weekday() == weekday]
    if len(matching) != 1:
        return None
    return matching[0]
