from datetime import date

import pytest

from kg.models import Precision
from kg.resolve.dates import stated_on

THURSDAY = date(2015, 4, 30)
TUESDAY = date(2025, 4, 1)


@pytest.mark.parametrize(
    ("cue", "undated", "published", "expected"),
    [
        (None, False, THURSDAY, (THURSDAY, Precision.day)),
        (None, True, THURSDAY, (None, None)),
        ("Thursday", False, THURSDAY, (THURSDAY, Precision.day)),
        ("Wednesday", False, THURSDAY, (date(2015, 4, 29), Precision.day)),
        ("on Friday", False, THURSDAY, (date(2015, 4, 24), Precision.day)),
        ("last Thursday", False, THURSDAY, (date(2015, 4, 23), Precision.day)),
        ("yesterday", False, THURSDAY, (date(2015, 4, 29), Precision.day)),
        ("last week", False, TUESDAY, (date(2025, 3, 24), Precision.week)),
        ("earlier this week", False, TUESDAY, (date(2025, 3, 31), Precision.week)),
        ("last month", False, TUESDAY, (date(2025, 3, 1), Precision.month)),
        ("earlier this month", False, TUESDAY, (date(2025, 4, 1), Precision.month)),
        ("in December", False, date(2015, 1, 22), (date(2014, 12, 1), Precision.month)),
        ("in late March", False, TUESDAY, (date(2025, 3, 1), Precision.month)),
        ("April 28", False, TUESDAY, (date(2024, 4, 28), Precision.day)),
        ("days ago", False, THURSDAY, (date(2015, 4, 27), Precision.week)),
        ("last year", False, TUESDAY, (None, None)),
        ("Thursday", False, None, (None, None)),
    ],
)
def test_stated_on(cue, undated, published, expected):
    assert stated_on(cue, undated, published) == expected


def test_the_same_day_repeats_the_previous_date():
    previous = (date(2023, 5, 9), Precision.day)
    assert stated_on("the same day", False, date(2023, 6, 7), previous) == previous
