from datetime import date

import pytest

from kg.dates import anniversary_event_day
from kg.read.metadata import (
    byline_date,
    dateline_date,
    infer_published,
    publisher_from_text,
)


@pytest.mark.parametrize(
    ("raw", "publisher"),
    [
        ("Support The Moscow Times!\nBody.", "The Moscow Times"),
        ("Body.\nUnlimited access to all of NK News: reporting", "NK News"),
        ("Body.\nGet unlimited access to all NK News content, including", "NK News"),
        ("Body.\nBy The Korea Ledger staff", "The Korea Ledger"),
        ("Body.\n© 2015 Eurasia Monitor. All rights reserved.", "Eurasia Monitor"),
        ("Body.\nSupport Daily Harbor today!", "Daily Harbor"),
        ("Just a body with no outlet named.", None),
    ],
)
def test_publisher_from_text(raw, publisher):
    assert publisher_from_text(raw) == publisher


def test_anniversary_gives_the_commemorated_day():
    day, _ = anniversary_event_day(
        "Events next week commemorating the 70th anniversary of the end of World War II in "
        "Europe.")
    assert day == date(2015, 5, 9)


def test_anniversary_prefers_an_explicit_day_in_the_text():
    text = ("A parade marking the 80th anniversary of the end of the Second World War. "
            "Leaders accepted the invitation to the September 3 parade.")
    assert anniversary_event_day(text)[0] == date(2025, 9, 3)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # next week + the lead's weekday
        ("Kim will not attend events in Moscow next week commemorating the 70th anniversary of "
         "the end of World War II in Europe, the Kremlin said Thursday.", date(2015, 4, 30)),
        # "Saturday's parade" bounds the week, the lead's Monday pins the day
        ("The envoy will attend, the agency said on Monday. It marks the 70th anniversary of "
         "victory in the Great Patriotic War. Xi will attend Saturday's parade.",
         date(2015, 5, 4)),
        # a week but no weekday: unknown, never guessed
        ("Leaders gather next week for the 70th anniversary of the end of World War II in "
         "Europe.", None),
        # no reference event: unknown
        ("The ministry said on Monday that talks would resume next week.", None),
    ],
)
def test_infer_published(text, published):
    found = infer_published(text)
    assert (found[0] if found else None) == published


def test_inferred_date_keeps_its_cues():
    _, cue = infer_published(
        "Kim will not attend events in Moscow next week commemorating the 70th anniversary of "
        "the end of World War II in Europe, the Kremlin said Thursday.")
    assert cue == "70th anniversary of the end of World War II in Europe; said Thursday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nThe Volga Post | World | Tuesday 6 May 2025, 18:20 MSK\nBody.",
         date(2025, 5, 6)),
        ("Headline\nBy our political staff | 19/05/2019 09:12 AEST\nBody.", date(2019, 5, 19)),
        ("Headline\nBy Staff | 05/06/2019\nBody.", None),  # day and month could be either
        ("Headline\nSeptember 5, 2023\nBody.", date(2023, 9, 5)),
        ("Headline\nPublished 2024-06-17 09:00\nBody.", date(2024, 6, 17)),
        ("Summit set for 12 June 2025\nBody without a byline.", None),  # the headline's date
        ("Headline\nThe summit will open on 12 June 2025 in the capital after weeks of talks "
         "between the two delegations, officials said.", None),  # a date in the story
    ],
)
def test_byline_date(text, expected):
    found = byline_date(text)
    assert (found[0] if found else None) == expected


def test_dateline_takes_its_year_from_the_copyright_line():
    text = "Headline\nMOSCOW, Jan 28 (Interfax) - Talks went on.\n© 2015 Interfax."
    assert dateline_date(text) == (date(2015, 1, 28), "MOSCOW, Jan 28")
    assert dateline_date("Headline\nMOSCOW, Jan 28 (Interfax) - Talks went on.") is None
