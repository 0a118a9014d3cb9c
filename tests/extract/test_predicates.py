"""The table of predicate equivalences and opposites: every phrasing files a claim under one
predicate with the polarity it means, so that claims worded differently meet."""

import pytest

from kg.extract.parse import parse
from kg.extract.proposition import proposition
from kg.lexicon import PREDICATES


def filed(text: str) -> tuple[str, str | None, str]:
    found = proposition(next(iter(parse(text).sents)).root)
    assert found is not None
    return found.predicate, found.object.text if found.object else None, found.polarity.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attending, and staying away
        ("Ana Ruiz would be present at the forum.", ("attend", "the forum", "positive")),
        ("Ana Ruiz will take part in the summit.", ("attend", "the summit", "positive")),
        ("Ana Ruiz will skip the summit.", ("attend", "the summit", "negative")),
        ("Ana Ruiz pulled out of the summit.", ("attend", "the summit", "negative")),
        ("Ana Ruiz will stay away from the summit.", ("attend", "the summit", "negative")),
        # taking part from afar is another proposition; in person is plain attending
        ("Ana Ruiz will take part in the summit via video link.",
         ("attend remotely", "the summit via video link", "positive")),
        ("Ana Ruiz will participate by videoconference.", ("attend remotely", None, "positive")),
        ("Kai Berg has agreed to take part in the Nordic summit via video conference mode.",
         ("attend remotely", "the Nordic summit via video conference mode", "positive")),
        ("Ana Ruiz won't attend the forum in person.",
         ("attend", "the forum in person", "negative")),
        ("Ana Ruiz will attend the summit by train.", ("attend", "the summit by train",
                                                       "positive")),
        # meeting and talks, held or broken off
        ("Lumo will hold talks with Vexa.", ("meet", "Vexa", "positive")),
        ("Lumo is in talks with Vexa.", ("meet", "Vexa", "positive")),
        ("Lumo is not in discussions with Vexa.", ("meet", "Vexa", "negative")),
        ("Lumo paused talks with Vexa.", ("meet", "Vexa", "negative")),
        ("Lumo broke off negotiations with Vexa.", ("meet", "Vexa", "negative")),
        # offers accepted or turned down, bids pursued or dropped
        ("The board turned down the offer.", ("accept", "the offer", "negative")),
        ("The board rebuffed the offer.", ("accept", "the offer", "negative")),
        ("Lumo has dropped its bid for Vexa.", ("pursue", "Vexa", "negative")),
        ("Lumo withdrew its offer for Vexa.", ("pursue", "Vexa", "negative")),
        ("The bank has ruled out further cuts.", ("pursue", "further cuts", "negative")),
        # events held, or called off
        ("The council has called off the festival.", ("hold", "the festival", "negative")),
        ("The council cancelled the festival.", ("hold", "the festival", "negative")),
        ("The vote will go ahead on Monday.", ("proceed", None, "positive")),
        ("The vote has been postponed.", ("proceed", None, "negative")),
        # races entered and left
        ("Ana Ruiz will run for mayor.", ("run", "mayor", "positive")),
        ("Ana Ruiz will seek reelection.", ("run", None, "positive")),
        ("Ana Ruiz dropped out of the race.", ("withdraw from", "the race", "positive")),
        ("Ana Ruiz will step aside.", ("withdraw from", None, "positive")),
        ("Ana Ruiz will quit the race.", ("withdraw from", "the race", "positive")),
        ("Ana Ruiz will resign.", ("resign", None, "positive")),
        ("Ana Ruiz will stay in the race.", ("withdraw from", None, "negative")),
        ("Ana Ruiz is still in the race for mayor.", ("withdraw from", None, "negative")),
        ("Ana Ruiz will not leave the race.", ("withdraw from", "the race", "negative")),
        ("Ana Ruiz will leave for Lumo City.", ("visit", "Lumo City", "positive")),
        ("Ana Ruiz will win the vote.", ("win", "the vote", "positive")),
        ("Ana Ruiz will lose the vote.", ("win", "the vote", "negative")),
        # losing money is no lost contest
        ("The plant is losing money.", ("profit", None, "negative")),
        ("The plant made a profit.", ("profit", None, "positive")),
        # strikes
        ("The union will go on strike.", ("strike", None, "positive")),
        ("The union averted a strike at the port.", ("strike", "the port", "negative")),
        ("The union called off the strike.", ("strike", None, "negative")),
        # rates
        ("The bank will hike rates.", ("raise", "rates", "positive")),
        ("The bank will lower rates.", ("cut", "rates", "positive")),
        # policies kept or scrapped
        ("The bank scrapped the cap.", ("maintain", "the cap", "negative")),
        ("The bank will keep the cap.", ("maintain", "the cap", "positive")),
        ("The cap will remain in place.", ("remain", None, "positive")),
        # joining, launching, signing
        ("Kai Berg will move to Lumo FC.", ("join", "Lumo FC", "positive")),
        ("Lumo will release the phone.", ("launch", "the phone", "positive")),
        ("Lumo signed the accord.", ("sign", "the accord", "positive")),
    ],
)
def test_phrasings_file_under_one_predicate(text, expected):
    assert filed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumo Bank's cap will remain in place.", ("The Lumo Bank", "maintain", "cap")),
        ("Lumo's price ceiling will remain the core of its plan.",
         ("Lumo", "maintain", "price ceiling")),
        ("Its cap will remain.", ("Its", "maintain", "cap")),
        # with no owner named, the thing itself remains
        ("The cap will remain.", ("The cap", "remain", None)),
        ("His job will remain.", ("His job", "remain", None)),
    ],
)
def test_what_an_owner_keeps(text, expected):
    found = proposition(next(iter(parse(text).sents)).root)
    assert (found.subject.text, found.predicate,
            found.object.text if found.object else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumo Bank's cap is new. The cap will remain.", ("The Lumo Bank", "maintain", "cap")),
        ("The Lumo Bank scrapped its cap. The cap will remain.",
         ("The Lumo Bank", "maintain", "cap")),
        # the mention just before owns nothing: the thing itself remains
        ("The Lumo Bank's cap is new. A cap is a limit. The cap will remain.",
         ("The cap", "remain", None)),
        ("His cap is new. The cap will remain.", ("The cap", "remain", None)),
    ],
)
def test_the_thing_owned_before_stays_its_owners(text, expected):
    found = proposition(list(parse(text).sents)[-1].root)
    assert (found.subject.text, found.predicate,
            found.object.text if found.object else None) == expected


def test_rows_are_lowercase_and_each_predicate_files_under_itself():
    for phrase, (predicate, _) in PREDICATES.items():
        assert phrase == " ".join(phrase.lower().split()), phrase
        if predicate in PREDICATES:
            assert PREDICATES[predicate] == (predicate, False), predicate
