import pytest

from kg.extract.proposition import certainty_of, hedge_of, parse_proposition, weakest
from kg.extract.spans import Span
from kg.models import Certainty, Polarity


def span(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("content", "subject", "predicate", "obj", "polarity", "certainty", "future"),
    [
        ("North Korean leader Kim Jong Un will not attend events in Moscow",
         "North Korean leader Kim Jong Un", "attend", "events in Moscow", Polarity.negative,
         Certainty.certain, True),
        ("He has decided to stay in Pyongyang", "He", "attend", "Pyongyang", Polarity.negative,
         Certainty.certain, True),
        ("Kim to go to Moscow", "Kim", "visit", "Moscow", Polarity.positive,
         Certainty.certain, False),
        ("the leader will likely skip the event", "the leader", "attend", "the event",
         Polarity.negative, Certainty.probable, True),
        ("the champion may take part in the final", "the champion", "attend", "the final",
         Polarity.positive, Certainty.possible, True),
        ("Angela Merkel, who is expected to be in Moscow only on May 10", "Angela Merkel",
         "visit", "Moscow only on May 10", Polarity.positive, Certainty.probable, True),
        ("the striker would never leave the club", "the striker", "leave", "the club",
         Polarity.negative, Certainty.certain, True),
        ("the party lost the election", "the party", "win", "the election", Polarity.negative,
         Certainty.certain, False),
        ("the two countries are in the preparatory stage for a visit by Kim", "Kim", "visit",
         None, Polarity.positive, Certainty.probable, False),
    ],
)
def test_parse_proposition(content, subject, predicate, obj, polarity, certainty, future):
    found = parse_proposition(span(content))
    assert found.subject.text == subject
    assert found.predicate == predicate
    assert (found.object.text if found.object else None) == obj
    assert found.polarity is polarity
    assert found.certainty is certainty
    assert found.future is future


def test_counterfactual_is_marked():
    found = parse_proposition(span("Kim could have boosted his image"))
    assert (found.predicate, found.counterfactual) == ("boost", True)


@pytest.mark.parametrize("content", ["Yes.", "in Moscow"])
def test_no_subject_and_verb_gives_nothing(content):
    assert parse_proposition(span(content)) is None


@pytest.mark.parametrize(
    ("content", "subject", "predicate"),
    [
        ("He was at the stage in his leadership", "He", "be"),
        ("North Korea sent a positive signal", "North Korea", "send"),
        ("Putin wants North Korea to supply shells", "Putin", "want"),
        ("Kim Yong Nam, who chairs the presidium, will travel to Russia", "Kim Yong Nam",
         "visit"),
        ("there was absolutely nothing agreed with any club", "absolutely nothing agreed", "be"),
        ("arms negotiations were \"actively advancing\"", "arms negotiations", "actively"),
        ("a price of at least $400 for the new console", "a price", ""),
    ],
)
def test_verbs_without_auxiliaries_copulas_and_noun_phrases(content, subject, predicate):
    found = parse_proposition(span(content))
    assert (found.subject.text, found.predicate) == (subject, predicate)


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("will likely skip", Certainty.probable),
        ("is set to attend", Certainty.certain),
        ("could attend", Certainty.possible),
        ("has decided to stay", Certainty.certain),
        ("attended", None),
    ],
)
def test_certainty_of(text, certainty):
    assert certainty_of(text) is certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [("sent a positive signal", Certainty.probable),
     ("are in the preparatory stage for a visit", Certainty.probable),
     ("had reacted favourably to an invitation", Certainty.probable),
     ("a possible arms deal", None)],
)
def test_hedge_of(text, certainty):
    assert hedge_of(text) is certainty


def test_weakest():
    assert weakest(Certainty.certain, Certainty.probable, None) is Certainty.probable
    assert weakest() is Certainty.certain


@pytest.mark.parametrize(
    ("content", "subject", "predicate", "obj", "certainty"),
    [
        ("North Korea sent a positive signal on Kim Jong Un's Moscow trip", "Kim Jong Un",
         "visit", "Moscow", Certainty.probable),
        ("Pyongyang had reacted favourably to an invitation for Kim Jong Un to join the "
         "celebrations in Moscow", "Kim Jong Un", "visit", "the celebrations in Moscow",
         Certainty.probable),
        ("Moscow had received signals that the leader meant to come to the capital", "the leader",
         "visit", "the capital", Certainty.probable),
        ("Messi had agreed a deal to play for the club Al Hilal", "Messi", "join",
         "the club Al Hilal", Certainty.certain),
        ("Kim's intention to come, and that talks were set", "Kim's", "visit", None,
         Certainty.certain),
    ],
)
def test_propositions_in_other_words(content, subject, predicate, obj, certainty):
    found = parse_proposition(span(content))
    assert (found.subject.text, found.predicate) == (subject, predicate)
    assert (found.object.text if found.object else None) == obj
    assert found.certainty is certainty


def test_turning_down_an_offer_is_not_joining():
    found = parse_proposition(span("he has turned down the offer from Al Hilal"))
    assert (found.predicate, found.polarity, found.object.text) == (
        "join", Polarity.negative, "Al Hilal")


@pytest.mark.parametrize(
    ("content", "subject", "predicate", "obj", "polarity"),
    [
        ("the mayor and the governor will hold their first meeting in June", "the mayor and the "
         "governor", "meet", "in June", Polarity.positive),
        ("the harbour could host a meeting between Reyes and Vance", "Reyes", "meet", "Vance",
         Polarity.positive),
        ("the summit will not take place in Oslo", "the summit", "proceed", "in Oslo",
         Polarity.negative),
        ("the studio was preparing a launch in the spring", "the studio", "launch",
         "in the spring", Polarity.positive),
        ("it had paid out early to punters who had backed the Greens to win", "the Greens", "win",
         None, Polarity.positive),
        ("the new tariffs made her attendance less likely", "her", "attend", None,
         Polarity.negative),
        ("a cease-fire makes Vance's participation more likely", "Vance", "attend", None,
         Polarity.positive),
    ],
)
def test_meetings_occurrences_payouts_and_likelihoods(content, subject, predicate, obj, polarity):
    found = parse_proposition(span(content))
    assert (found.subject.text, found.predicate, found.polarity) == (subject, predicate, polarity)
    assert (found.object.text if found.object else None) == obj


def test_a_likelihood_verdict_is_an_assessment_not_a_report():
    found = parse_proposition(span("the weather made his presence less likely"))
    assert (found.verdict, found.certainty, found.nominal) == (True, Certainty.probable, True)
