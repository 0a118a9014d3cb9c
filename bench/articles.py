"""Distinct, realistic news articles at any size, the same for the same seed.

Each article follows one of many running stories (a person, an event in a city on a day),
so stories gather claims from several outlets and speakers that agree or disagree, as
real coverage does; names are built from syllables, so a story's people, organizations
and places are its own. Articles are a headline, a dateline and six to ten paragraphs of
claims in the shapes news uses (reported speech, denials, forecasts, hearsay) between
sentences of background.

    python bench/articles.py FOLDER --count 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "to", "sul", "dar", "bel", "no", "qui", "sta",
             "mor", "ela", "fin", "gor", "hal", "ise", "jun", "pet", "ros", "tam", "ur", "vik")
FIRST_NAMES = ("Ana", "Kai", "Mara", "Tom", "Lena", "Ivo", "Sara", "Omar", "Nina", "Paul",
               "Rita", "Yuri", "Eva", "Leo", "Ines", "Marek")
ROLES = ("spokesman", "spokeswoman", "foreign minister", "chief executive", "mayor",
         "senior adviser", "party leader", "governor")
EVENTS = ("summit", "trade talks", "peace conference", "climate forum", "party congress",
          "energy summit", "investment forum")
OUTLETS = ("Daily Courier", "Morning Ledger", "Evening Post", "Harbor Times", "City Wire",
           "National Herald")
THINGS = ("the rail deal", "the port contract", "the merger", "the budget plan",
          "the ceasefire plan", "the bond sale")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

ATTENDS = (
    "{speaker}, the {role} of {org}, said on {weekday} that {person} would attend the {event} "
    "in {city} on {day}.",
    "{person} will attend the {event} in {city}, {org} announced on {weekday}.",
    "{speaker} told reporters on {weekday} that {person} was expected to travel to {city} "
    "for the {event}.",
    "According to the {outlet}, {person} is likely to take part in the {event} in {city}.",
)
SKIPS = (
    "{person} will not attend the {event} in {city}, {org} said on {weekday}.",
    "{speaker}, the {role} of {org}, denied on {weekday} that {person} planned to attend the "
    "{event}.",
    "{person} will skip the {event} in {city}, the {outlet} reported on {weekday}.",
    "{speaker} said on {weekday} that {person} would stay away from the {event}.",
)
OTHER_CLAIMS = (
    "{speaker} predicted that {org} would sign {thing} before {month}.",
    "{org} rejected the offer on {weekday}, {speaker} said.",
    "Analysts expect {org} to cut jobs in {city} this year.",
    "{speaker} said the {event} could be postponed until {month}.",
    "The {outlet} reported that {org} was in talks with {other_org} about {thing}.",
    "{other_org} confirmed on {weekday} that it had held talks with {org}.",
)
BACKGROUND = (
    "The {event} in {city} has been planned for more than a year.",
    "{city} last hosted a meeting of this size in {year}.",
    "Officials did not give further details.",
    "{org} employs about {number} people in the region.",
    "Security in the centre of {city} will be tightened for the week.",
    "The talks are expected to focus on trade, energy and transport.",
    "{person} has held the post since {year}.",
    "Several delegations have yet to confirm who will lead them.",
)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class _Story:
    """A running story: who may go where, for what, when."""

    def __init__(self, rng: random.Random, number: int) -> None:
        self.person = f"{rng.choice(FIRST_NAMES)} {_name(rng, 3)}"
        self.city = _name(rng, 2) + rng.choice(("ville", "berg", "grad", "a", "o"))
        self.event = rng.choice(EVENTS)
        self.org = f"{_name(rng, 2)} {rng.choice(('Group', 'Ministry', 'Bank', 'Union'))}"
        self.other_org = f"{_name(rng, 3)} {rng.choice(('Holdings', 'Motors', 'Energy'))}"
        self.day = date(2030, 1, 1) + timedelta(days=number % 700 + rng.randrange(30))


def articles(count: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``count`` distinct articles; about five per story."""
    rng = random.Random(seed)
    stories: list[_Story] = []
    for number in range(count):
        if number % 5 == 0:
            stories.append(_Story(rng, number))
        story = stories[-1] if rng.random() < 0.8 else rng.choice(stories)
        yield f"{number:06}.txt", _article(rng, story, number)


def _article(rng: random.Random, story: _Story, number: int) -> str:
    published = story.day - timedelta(days=rng.randrange(1, 60))
    fields = {
        "person": story.person, "city": story.city, "event": story.event, "org": story.org,
        "other_org": story.other_org, "outlet": rng.choice(OUTLETS),
        "day": f"{MONTHS[story.day.month - 1]} {story.day.day}",
        "month": rng.choice(MONTHS), "year": rng.randrange(1990, 2029),
        "number": f"{rng.randrange(2, 90) * 100:,}", "thing": rng.choice(THINGS),
    }
    going = rng.random() < 0.5
    paragraphs = []
    for _ in range(rng.randrange(6, 11)):
        fields.update(speaker=f"{rng.choice(FIRST_NAMES)} {_name(rng, 2)}",
                      role=rng.choice(ROLES), weekday=rng.choice(WEEKDAYS))
        shape = rng.random()
        if shape < 0.3:
            template = rng.choice(ATTENDS if going else SKIPS)
        elif shape < 0.55:
            template = rng.choice(OTHER_CLAIMS)
        else:
            template = rng.choice(BACKGROUND)
        paragraphs.append(template.format(**fields))
    headline = (f"{story.person} {'to attend' if going else 'to skip'} {story.event} in "
                f"{story.city}")
    dateline = f"{story.city.upper()}, {MONTHS[published.month - 1][:3]} {published.day} - "
    return (f"{headline}\n\nPublished {published.isoformat()}. Report {number}.\n\n"
            + dateline + "\n\n".join(paragraphs) + "\n")


def write(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` articles into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in articles(count, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    print(f"wrote {len(write(options.folder, options.count, options.seed))} articles")


if __name__ == "__main__":
    main()
