"""Article metadata found in the text itself: the publisher and an inferred publication date.

Both are guesses from cues, so each cue is a row in a table and a date is only
inferred when the cues pin it to one day; otherwise the date stays unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.dates import ANNIVERSARY, MONTHS, WEEKDAYS, anniversary_event_day, monday_of

# Where an outlet names itself in its page furniture; tried in order, first match wins.
_OUTLET = r"(?-i:(?:[Tt]he )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})"
PUBLISHER_CUES: list[str] = [
    rf"^support (?P<name>{_OUTLET})(?: today| now)?\s*[!.]?$",
    rf"\baccess to all (?:of )?(?P<name>{_OUTLET})(?: content)?\b",
    rf"^(?P<name>{_OUTLET}) (?:is reader[- ]funded|depends on its readers)\b",
    rf"^by (?P<name>{_OUTLET}) staff$",
    rf"^(?P<name>{_OUTLET}) \| (?:[^|]*\| )*[^|]*(?:\b\d+ min read\b|\b(?:19|20)\d{{2}}\b)",
    rf"^(?:more from|most (?:popular|read) on) (?P<name>{_OUTLET})\b",
    rf"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{{2}}\s+)?(?P<name>{_OUTLET})(?:\s+(?:19|20)\d{{2}})?"
    r"\s*(?:[.,]|$)",
    rf"^(?P<name>{_OUTLET})\.\s+all rights reserved",
    rf"\ball rights reserved\.\s+(?P<name>{_OUTLET})",
]

# Legal forms that follow an outlet's name in a copyright line but are not part of it.
LEGAL_SUFFIX = r"\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH|S\.A)\.?$"

_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_REPORTED_ON_WEEKDAY = re.compile(
    r"(?<!had )(?<!has )\b(?:said|says|told [\w ]{0,30}?|announced|reported|confirmed|"
    r"disclosed|denied)\s+(?:on |late on |early on )?" + _WEEKDAY + r"\b",
    re.IGNORECASE,
)



_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
FULL_DATES: list[str] = [
    rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTH_NAMES})\.?,? (?P<year>(?:19|20)\d{{2}})\b",
    rf"\b(?P<month>{_MONTH_NAMES})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? "
    r"(?P<year>(?:19|20)\d{2})\b",
    r"\b(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})\b",
    r"\b(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b",
]
_FULL_DATES = [re.compile(pattern, re.IGNORECASE) for pattern in FULL_DATES]
_BYLINE = re.compile(r"\||^by\b|\b\d{1,2}:\d{2}\b|^(?:published|updated|posted)\b",
                     re.IGNORECASE)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,}}, (?P<month>{_MONTH_NAMES})\.? (?P<day>\d{{1,2}})\b",
    re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"^(?:©|\(c\)|copyright)\D*?\b((?:19|20)\d{2})\b|"
                             r"\ball rights reserved\D*?\b((?:19|20)\d{2})\b",
                             re.IGNORECASE | re.MULTILINE)

# How many lines at the top of an article may hold its byline.
BYLINE_LINES = 8


def _full_date(match: re.Match[str]) -> date | None:
    """The date a FULL_DATES match names; None for impossible or ambiguous day/month order."""
    groups = match.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        else:
            return None
    else:
        day = int(groups["day"])
        month = (int(groups["month_number"]) if groups.get("month_number")
                 else MONTHS[groups["month"].lower().rstrip(".")])
    try:
        return date(int(groups["year"]), month, day)
    except ValueError:
        return None


def byline_date(text: str) -> tuple[date, str] | None:
    """A full date in a byline or dateline near the top (not the headline), with its line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][1:BYLINE_LINES]
    for line in lines:
        if len(line.split()) > 20 and not _DATELINE.match(line):
            continue
        for pattern in _FULL_DATES:
            match = pattern.search(line)
            if match and (_BYLINE.search(line) or len(match.group()) >= len(line) * 0.4
                          or _DATELINE.match(line)):
                found = _full_date(match)
                if found:
                    return found, line
    return None


def dateline_date(text: str) -> tuple[date, str] | None:
    """``MOSCOW, Jan 28 (Interfax) -`` with the year from the copyright line: an inference."""
    year = _COPYRIGHT_YEAR.search(text)
    if year is None:
        return None
    for line in [line.strip() for line in text.splitlines() if line.strip()][:BYLINE_LINES]:
        match = _DATELINE.match(line)
        if match:
            try:
                day = date(int(year.group(1) or year.group(2)),
                           MONTHS[match.group("month").lower()], int(match.group("day")))
            except ValueError:
                return None
            return day, match.group()
    return None


def publisher_from_text(raw_text: str) -> str | None:
    """The outlet's name as its own furniture states it, or None."""
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    for cue in PUBLISHER_CUES:
        pattern = re.compile(cue, re.IGNORECASE)
        for line in lines:
            match = pattern.search(line)
            if match:
                return re.sub(LEGAL_SUFFIX, "", match.group("name").strip())
    return None


def title_without_outlet(title: str, publisher: str | None) -> str:
    """A page title without the `` | Outlet`` or `` - Outlet`` the site appends to it."""
    if publisher:
        suffix = re.compile(rf"\s+[|\-–—:]\s+{re.escape(publisher)}\s*$", re.IGNORECASE)
        title = suffix.sub("", title)
    return title.strip()


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


def infer_published(text: str) -> tuple[date, str] | None:
    """A publication date pinned down by an anniversary, a relative week and the lead's weekday,
    with the cues it rests on.

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
    anniversary = ANNIVERSARY.search(sentence)
    cue = f"{anniversary.group().split(',')[0].strip()}; {lead_cue.group()}"
    return matching[0], cue
