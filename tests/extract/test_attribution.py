import pytest

from kg.extract.attribution import Voice, attributions, cue_kind
from kg.extract.spans import Span
from kg.models import ClaimKind


def span(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("sentence", "headline", "rule", "voice", "claimant", "kind", "content"),
    [
        ("Kremlin: Kim Will Not Attend Parade", True, "headline_colon", Voice.named, "Kremlin",
         ClaimKind.statement, "Kim Will Not Attend Parade"),
        ("Why the champion is likely to retire this year", True, "headline_why",
         Voice.publisher, None, ClaimKind.prediction, "the champion is likely to retire this year"),
        ("Speculation is mounting that the bank may cut rates", False, "unnamed_source",
         Voice.unnamed, None, ClaimKind.speculation, "the bank may cut rates"),
        ('"We will not sell him," coach Mia Berg told reporters', False, "quote_then_speaker",
         Voice.named, "coach Mia Berg", ClaimKind.statement, "We will not sell him"),
        ('"The talks failed," said the envoy', False, "quote_then_speaker", Voice.named,
         "the envoy", ClaimKind.statement, "The talks failed"),
        ("The mayor will attend the opening, the city council said Thursday", False,
         "content_then_speaker", Voice.named, "the city council", ClaimKind.statement,
         "The mayor will attend the opening"),
        ("Shin, a member of the intelligence committee, had said Wednesday that the minister "
         "would go", False, "speaker_then_content", Voice.named, "Shin",
         ClaimKind.statement, "the minister would go"),
        ("Economists expect the bank to cut rates in June", False, "speaker_then_content",
         Voice.named, "Economists", ClaimKind.expectation, "the bank to cut rates in June"),
        ("The club denied that the striker would leave", False, "speaker_then_content",
         Voice.named, "The club", ClaimKind.denial, "the striker would leave"),
        ("last week the deputy minister said that the talks are in a preparatory stage", False,
         "speaker_then_content", Voice.named, "the deputy minister", ClaimKind.statement,
         "the talks are in a preparatory stage"),
        ("The launch will slip to next year, according to the trade weekly", False,
         "according_to", Voice.named, "the trade weekly", ClaimKind.statement,
         "The launch will slip to next year"),
        ("These include Chancellor Olaf Brandt, who is expected to arrive on Sunday", False,
         "passive_expectation", Voice.unnamed, None, ClaimKind.expectation,
         "Chancellor Olaf Brandt, who is expected to arrive on Sunday"),
        ("rising costs suggest that the project will likely stall", False, "publisher_hedge",
         Voice.publisher, None, ClaimKind.prediction, "the project will likely stall"),
        ("With the coach gone, the club will need a new captain", False, "publisher_hedge",
         Voice.publisher, None, ClaimKind.prediction, "the club will need a new captain"),
        ("The latest survey gave the Greens a narrow lead in the capital", False,
         "speaker_then_content", Voice.named, "The latest survey", ClaimKind.prediction,
         "the Greens a narrow lead in the capital"),
    ],
)
def test_attribution_rules(sentence, headline, rule, voice, claimant, kind, content):
    found = attributions(span(sentence), headline=headline)[0]
    assert (found.rule, found.voice, found.kind) == (rule, voice, kind)
    assert (found.claimant.text if found.claimant else None) == claimant
    assert found.content.text == content
    assert sentence[found.content.start:found.content.end] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The trip would have been his first overseas since 2011.",
        "He did not say whether the minister would travel in person.",
        "Kremlin: a history of the fortress",  # a colon headline, but not in the headline
        "Logistical hurdles could influence the decision to attend.",
        "Many Western leaders are shunning the anniversary events.",
        "The minister gave the crowd a short speech.",  # "gave" predicts only a lead
        "With the roads open, traffic was heavy.",  # a consequence, but no forecast
    ],
)
def test_sentences_without_attribution_yield_nothing(sentence):
    assert attributions(span(sentence)) == []


def test_nested_attribution_finds_the_inner_speaker():
    [inner] = attributions(span("Shin had said Wednesday that South Korea's spy agency "
                                "expected Kim to go to Moscow"))
    assert (inner.claimant.text, inner.reported_by.text) == ("South Korea's spy agency", "Shin")
    assert inner.kind is ClaimKind.expectation
    assert inner.content.text == "Kim to go to Moscow"
    assert inner.frame.text.startswith("Shin had said Wednesday that")


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("announced", ClaimKind.announcement),
        ("confirmed", ClaimKind.confirmation),
        ("ruled out", ClaimKind.denial),
        ("dismissed reports", ClaimKind.denial),
        ("warned", ClaimKind.prediction),
        ("expects", ClaimKind.expectation),
        ("told reporters", ClaimKind.statement),
        ("said", ClaimKind.statement),
    ],
)
def test_cue_kinds(cue, kind):
    assert cue_kind(cue) is kind


def test_split_quotation_gives_both_halves_to_the_speaker():
    first, second = attributions(span('"We are ready," the minister said, "and we will sign '
                                      'the deal next month."'))
    assert (first.claimant.text, first.content.text, first.quoted) == (
        "the minister", "We are ready", True)
    assert (second.claimant.text, second.content.text, second.quoted) == (
        "the minister", "and we will sign the deal next month", True)


def test_quotation_after_its_speaker():
    [found] = attributions(span('The minister said: "We will sign the deal next month."'))
    assert (found.claimant.text, found.content.text) == (
        "The minister", "We will sign the deal next month")


@pytest.mark.parametrize(
    ("sentence", "claimant", "reported_by", "content"),
    [
        ("The Times reported, citing two officials, that the talks had failed", "two officials",
         "The Times", "the talks had failed"),
        ("The talks had failed, the Times reported, citing two officials", "two officials",
         "the Times", "The talks had failed"),
        ("The mayor rejected reports that she would resign, her spokesman said", "The mayor",
         "her spokesman", "she would resign"),
        ("Economists expect rates to fall, according to a survey by the bank", "Economists",
         "a survey by the bank", "rates to fall"),
    ],
)
def test_relayed_claims(sentence, claimant, reported_by, content):
    [found] = attributions(span(sentence))
    assert (found.claimant.text, found.reported_by.text, found.content.text) == (
        claimant, reported_by, content)


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("The ministry said the plan was final, and the union said it would strike",
         ["The ministry", "the union"]),
        ("Shorten conceded defeat on Saturday and announced that he would step down",
         ["Shorten", "Shorten"]),
        ("Washington and Seoul accuse Pyongyang of supplying shells, a charge that Moscow "
         "denies", ["Washington and Seoul", "Moscow"]),
    ],
)
def test_several_speakers_in_one_clause(sentence, claimants):
    assert [a.claimant.text for a in attributions(span(sentence))] == claimants
