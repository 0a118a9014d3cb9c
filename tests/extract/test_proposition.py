"""What a clause says, read from its parse: a table of sentences written for the tests with
the subject, predicate, object, polarity, certainty and tense expected of each."""

import pytest

from kg.extract.parse import parse
from kg.extract.proposition import phrase, proposition, weakest
from kg.models import Certainty


def of(text: str):
    doc = parse(text)
    found = proposition(next(iter(doc.sents)).root)
    assert found is not None
    return (found.subject.text, found.predicate, found.object.text if found.object else None,
            found.polarity.value, found.certainty.value, found.future)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy will attend the summit.",
         ("The envoy", "attend", "the summit", "positive", "certain", True)),
        ("The envoy won't attend the summit.",
         ("The envoy", "attend", "the summit", "negative", "certain", True)),
        ("The envoy will skip the summit.",
         ("The envoy", "attend", "the summit", "negative", "certain", True)),
        ("The envoy is likely to attend the summit.",
         ("The envoy", "attend", "the summit", "positive", "probable", True)),
        ("The envoy may take part in the summit.",
         ("The envoy", "attend", "the summit", "positive", "possible", True)),
        ("The envoy would like to visit Oslo in June.",
         ("The envoy", "visit", "Oslo in June", "positive", "possible", True)),
        ("A stop in Oslo was possible but not certain.",
         ("A stop", "be", "possible", "positive", "possible", False)),
        ("The club signed a contract which would have cost a large sum.",
         ("The club", "sign", "a contract which would have cost a large sum", "positive",
          "certain", False)),
        ("And now, she looks set to visit Oslo in June.",
         ("she", "visit", "Oslo in June", "positive", "probable", True)),
        ("The bank seems set to cut rates.",
         ("The bank", "cut", "rates", "positive", "probable", True)),
        ("A change of plan is highly unlikely.",
         ("A change of plan", "proceed", None, "negative", "probable", True)),
        ("The envoy can be persuaded soon.",
         ("The envoy", "persuade", None, "positive", "certain", True)),
        ("There is a chance that the summit will fail.",
         ("the summit", "fail", None, "positive", "possible", True)),
        ("There is no chance that the plant will close.",
         ("the plant", "close", None, "negative", "certain", True)),
        ("The summit is likely to be a chance to show unity.",
         ("The summit", "be", "a chance to show unity", "positive", "probable", True)),
        ("The striker agreed a deal to play for Lumo FC.",
         ("The striker", "join", "Lumo FC", "positive", "certain", False)),
        ("The striker received an offer to play for Lumo FC.",
         ("The striker", "join", "Lumo FC", "positive", "probable", False)),
        ("The bank did not rule out further cuts.",
         ("The bank", "pursue", "further cuts", "positive", "certain", False)),
        ("The bank has ruled out further cuts.",
         ("The bank", "pursue", "further cuts", "negative", "certain", False)),
        ("Heavy snow is expected across the valley on Tuesday.",
         ("Heavy snow", "expect", None, "positive", "probable", True)),
        ("A ruling is rumoured for June.",
         ("A ruling", "rumour", None, "positive", "possible", True)),
        ("The envoy is not expected to attend the summit.",
         ("The envoy", "attend", "the summit", "negative", "probable", True)),
        ("The phone will not ship until 2030.",
         ("The phone", "ship", None, "positive", "certain", True)),
        ("The club will not sell him until a buyer is found.",
         ("The club", "sell", "him", "positive", "certain", True)),
        ("The envoy is unlikely to attend the summit.",
         ("The envoy", "attend", "the summit", "negative", "probable", True)),
        ("The envoy refused to attend the summit.",
         ("The envoy", "attend", "the summit", "negative", "certain", True)),
        # persuaded to do it: the one persuaded does it, if at all
        ("The envoy was persuaded to attend the summit.",
         ("The envoy", "attend", "the summit", "positive", "probable", True)),
        ("The party convinced the envoy to attend the summit.",
         ("the envoy", "attend", "the summit", "positive", "probable", True)),
        ("The envoy plans to visit Oslo in June.",
         ("The envoy", "visit", "Oslo in June", "positive", "certain", True)),
        ("The council has called off the festival.",
         ("The council", "hold", "the festival", "negative", "certain", False)),
        ("The club has rejected the bid.",
         ("The club", "accept", "the bid", "negative", "certain", False)),
        ("No agreement has been reached.",
         ("No agreement", "reach", None, "negative", "certain", False)),
        ("The firm did nothing wrong.",
         ("The firm", "do", "nothing wrong", "negative", "certain", False)),
        ("The vote will go ahead on Monday.",
         ("The vote", "proceed", None, "positive", "certain", True)),
        ("The strike could be delayed until spring.",
         ("The strike", "proceed", None, "negative", "possible", True)),
        ("If talks fail, the union will strike.",
         ("the union", "strike", None, "positive", "probable", True)),
        ("The bank expects to cut rates.",
         ("The bank", "cut", "rates", "positive", "probable", True)),
        ("The minister has been invited to the summit.",
         ("The minister", "invite", "the summit", "positive", "certain", False)),
    ],
)
def test_propositions(text, expected):
    assert of(text) == expected


def test_content_carried_by_a_signal_or_an_invitation():
    assert of("The ministry received signals that the envoy would come.") == (
        "the envoy", "visit", None, "positive", "probable", True)
    # The reaction is news of today, not a forecast.
    assert of("The city reacted coolly to an invitation for the mayor to join the talks.") == (
        "the mayor", "join", "the talks", "negative", "probable", False)


def test_a_clause_subject_the_parse_made_the_reporting_verbs_object():
    doc = parse("The agency reported Lumo’s long-delayed drone plan, code-named Falcon, is "
                "still on track.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert proposition(clause).subject.text == "Lumo’s long-delayed drone plan"


def test_the_one_left_out_is_named():
    doc = parse("The country will send its foreign minister rather than the president.")
    found = proposition(next(iter(doc.sents)).root)
    assert found.excluded.text == "the president"


def test_a_meeting_between_two_parties():
    assert of("The port could host a meeting between Reyes and Park.")[:3] == (
        "Reyes", "meet", "Park")


def test_weakest_certainty():
    assert weakest(Certainty.certain, Certainty.possible, None) is Certainty.possible
    assert weakest() is Certainty.certain


def test_a_role_before_a_name_makes_it_a_persons_name():
    # The parse labels this name an organization.
    doc = parse("On Sunday, Lumo superstar Karim Dembo said an announcement would come soon.")
    [speaker] = [t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "say"]
    assert speaker.ent_type_ == "ORG"
    found = phrase(speaker)
    assert (found.text, found.label) == ("Lumo superstar Karim Dembo", "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is likely that the vote will pass.",
         ("the vote", "pass", None, "positive", "probable", True)),
        ("It is unlikely that Ana Ruiz will attend the summit.",
         ("Ana Ruiz", "attend", "the summit", "negative", "probable", True)),
        ("It was possible that the port would close.",
         ("the port", "close", None, "positive", "possible", True)),
        # not being clear or certain leaves it open, it does not deny it
        ("It is not clear that the plan will work.",
         ("the plan", "work", None, "positive", "possible", True)),
        ("It is not likely that the plan will work.",
         ("the plan", "work", None, "negative", "probable", True)),
        # "it is … for X to do": that X does it
        ("It is best for Lumo to stay.", ("Lumo", "remain", None, "positive", "certain", False)),
        ("It is time for the board to go.",
         ("the board", "go", None, "positive", "certain", False)),
        ("It is not the right time for Vexa to leave the talks.",
         ("Vexa", "withdraw from", "the talks", "negative", "certain", False)),
    ],
)
def test_a_clause_rated_after_it_is(text, expected):
    assert of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am convinced that a new vote will pass.",
         ("a new vote", "pass", None, "positive", "certain", True)),
        ("We are confident that the vote will pass.",
         ("the vote", "pass", None, "positive", "probable", True)),
        ("I am not sure that the vote will pass.",
         ("the vote", "pass", None, "positive", "possible", True)),
        ("We are doubtful that the vote will pass.",
         ("the vote", "pass", None, "negative", "probable", True)),
    ],
)
def test_the_speakers_own_stance_towards_a_clause(text, expected):
    assert of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is on track to close in March.",
         ("The deal", "close", None, "positive", "probable", True)),
        ("The bank is on schedule to cut rates.",
         ("The bank", "cut", "rates", "positive", "probable", True)),
        ("The plant is not on course to reopen this year.",
         ("The plant", "reopen", None, "negative", "probable", True)),
        # a chance whose clause the parse hangs as a relative clause, without "that"
        ("There is a good chance the talks will collapse.",
         ("the talks", "collapse", None, "positive", "possible", True)),
        # a real relative clause describes the chance and says nothing of it
        ("There is a chance which nobody took.",
         ("a chance", "be", "a chance which nobody took", "positive", "possible", False)),
    ],
)
def test_on_course_and_a_chance(text, expected):
    assert of(text) == expected
