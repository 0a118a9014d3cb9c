import pytest

from kg.extract import extract_candidates
from kg.extract.attribution import Voice
from kg.models import Certainty, ClaimKind, Polarity

ARTICLE = (
    "Ministry: Envoy Will Not Attend Summit\n\n"
    "The envoy will not attend the summit next week, the ministry said Thursday.\n\n"
    "Ana Ruiz, a senator on the foreign affairs committee, had said that the agency expected "
    "the envoy to go.\n\n"
    "The trip would have been his first abroad."
)


def test_candidates_in_text_order_with_nested_attribution():
    found = list(extract_candidates(ARTICLE))
    assert [(c.rule, c.claimant.text) for c in found] == [
        ("headline_colon", "Ministry"),
        ("reporting_cue", "the ministry"),
        ("reporting_cue", "the agency"),
    ]
    headline, lead, nested = found
    assert (headline.kind, headline.polarity, headline.certainty) == (
        ClaimKind.statement, Polarity.negative, Certainty.certain)
    assert (lead.subject.text, lead.predicate, lead.time_cue) == ("The envoy", "attend",
                                                                  "Thursday")
    assert nested.voice is Voice.named
    assert nested.reported_by.text == "Ana Ruiz"
    assert (nested.kind, nested.certainty, nested.undated) == (
        ClaimKind.expectation, Certainty.probable, True)


def test_evidence_spans_index_the_text():
    for candidate in extract_candidates(ARTICLE):
        evidence = candidate.evidence
        assert ARTICLE[evidence.start:evidence.end] == evidence.text
        assert ARTICLE[candidate.subject.start:candidate.subject.end] == candidate.subject.text


def test_denial_makes_the_proposition_negative():
    [claim] = extract_candidates("Title\n\nThe club denied on Monday that the striker would "
                                 "leave.")
    assert (claim.kind, claim.polarity, claim.time_cue) == (
        ClaimKind.denial, Polarity.negative, "on Monday")


def test_background_facts_yield_nothing():
    text = "Title\n\nThe parade is held every year on May 9. Many leaders are staying away."
    assert list(extract_candidates(text)) == []


def test_a_quoted_belief_is_an_assessment_but_a_belief_in_something_is_not():
    believed, trusted = extract_candidates(
        "Title\n\n\"We believe that the merger was a mistake,\" the chairman said.\n\n"
        "The coach said he had always believed in the young squad.")
    assert (believed.subject.text, believed.predicate, believed.kind, believed.certainty) == (
        "the merger", "be", ClaimKind.assessment, Certainty.probable)
    assert (trusted.predicate, trusted.kind) == ("believe", ClaimKind.statement)


def test_a_pledge_to_act_is_the_speakers_own_act_to_come():
    pledged, told = extract_candidates(
        "Title\n\nThe dockers' union has vowed to strike in May.\n\n"
        "The mayor told the staff to cancel their trips, the council said.")
    assert (pledged.subject.text, pledged.predicate, pledged.kind, pledged.polarity) == (
        "The dockers' union", "strike", ClaimKind.announcement, Polarity.positive)
    assert (told.claimant.text, told.subject.text, told.predicate) == (
        "the council", "The mayor", "tell")


def test_a_cue_in_a_relative_clause_speaks_of_its_antecedent():
    lender, case = extract_candidates(
        "Title\n\nLumo Bank is a lender that analysts say could fail.\n\n"
        "It is a case that the lawyers argue will set a precedent.")
    assert (lender.claimant.text, lender.subject.text, lender.predicate, lender.certainty) == (
        "analysts", "a lender", "fail", Certainty.possible)
    assert (case.claimant.text, case.subject.text, case.predicate) == (
        "the lawyers", "a case", "set")


def test_a_cue_whose_object_is_the_noun_its_relative_clause_describes():
    denied, expected, announced = extract_candidates(
        "Title\n\nShe faced charges of fraud, which she denied.\n\n"
        "A strike could delay the recovery the bank expects in the spring.\n\n"
        "The plan that the mayor announced on Monday will cost millions.")
    assert (denied.claimant.text, denied.kind, denied.subject.text, denied.polarity) == (
        "she", ClaimKind.denial, "charges of fraud", Polarity.negative)
    assert (expected.claimant.text, expected.kind, expected.subject.text,
            expected.certainty) == ("the bank", ClaimKind.expectation, "the recovery",
                                    Certainty.probable)
    assert (announced.claimant.text, announced.kind, announced.subject.text) == (
        "the mayor", ClaimKind.announcement, "The plan")


def test_i_think_hedges_the_clause_and_i_dont_think_negates_it():
    doubted, thought = extract_candidates(
        "Title\n\n\u201cI don't think they can avoid cuts,\u201d said Ana Ruiz.\n\n"
        "\u201cI think the deal will close in May,\u201d she said.")
    assert (doubted.subject.text, doubted.predicate, doubted.polarity, doubted.certainty) == (
        "they", "avoid", Polarity.negative, Certainty.probable)
    assert (thought.subject.text, thought.predicate, thought.polarity, thought.certainty) == (
        "the deal", "close", Polarity.positive, Certainty.probable)


def test_as_we_said_is_a_reminder_and_the_clause_after_it_the_claim():
    fair, bonus = extract_candidates(
        "Title\n\n\u201cThe bid was fair,\u201d she said. \u201cAs we have always said, "
        "the deal was a bonus to our plan.\u201d")
    assert (fair.subject.text, bonus.rule, bonus.subject.text, bonus.predicate) == (
        "The bid", "quote_continued", "the deal", "be")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs "We" on the auxiliary
        ("\u201cWe have, after all, made the decision to close the port,\u201d she said.",
         ("she", "statement", "We", "close", "the port", "positive", "certain")),
        ("In the letter, she thanked her staff before announcing that she would step down.",
         ("she", "announcement", "she", "withdraw from", None, "positive", "certain")),
        ("The club did not rule out selling the striker.",
         ("The club", "speculation", "The club", "sell", "the striker", "positive",
          "possible")),
        # the parse reads "that" as the object of "close"
        ("Ana Ruiz said on social media that the port would close.",
         ("Ana Ruiz", "statement", "the port", "close", None, "positive", "certain")),
        ("Revenue is forecast to rise 5% next year.",
         (None, "prediction", "Revenue", "rise", None, "positive", "probable")),
        ("The ministry has so far reported 77 cases.\n\nThe agency reported the news.",
         ("The ministry", "statement", "77 cases", "state", None, "positive", "certain")),
        ("Ana Ruiz doubts that the deal will close.",
         ("Ana Ruiz", "prediction", "the deal", "close", None, "negative", "probable")),
        # rejecting calls to do something denies doing it; the one asked may go unsaid
        ("Ana Ruiz rejected growing calls for her to drop out of the race.",
         ("Ana Ruiz", "denial", "her", "withdraw from", "the race", "negative", "certain")),
        ("Kai Berg rejected calls to resign.",
         ("Kai Berg", "denial", "Kai Berg", "resign", None, "negative", "certain")),
        # a payout settles the bet it pays on, however the parse hangs "to win"
        ("On Friday, Lumo Bet said it had already paid out more than A$2 million to punters "
         "who had backed the Greens to win, a day before the votes had been counted.",
         ("Lumo Bet", "statement", "the Greens", "win", None, "positive", "certain")),
        # a relative clause the parse reads as a complement clause still has its antecedent
        ("Mayor Ana Ruiz has won a second term, confounding opinion polls that for more than "
         "a year had pointed to a Green victory in the city election.",
         ("opinion polls", "prediction", "Green", "win", "the city election", "positive",
          "probable")),
        # a denial of talk of an event denies that it takes place
        ("The minister played down talk of a snap election.",
         ("The minister", "denial", "a snap election", "proceed", None, "negative",
          "certain")),
        ("The union denied rumours of a strike.",
         ("The union", "denial", "The union", "strike", None, "negative", "certain")),
        # a tag that ends the sentence without a comma
        ("Kai Berg can be handed over to Norway for trial the appeals court ruled on Tuesday.",
         ("the appeals court", "announcement", "Kai Berg", "hand over", "Norway for trial",
          "positive", "certain")),
        # the appeal that goes on with the quotation makes no claim
        ("\u201cThe flood can be contained,\u201d she said. \u201cWe must focus on the "
         "dikes.\u201d",
         ("she", "assessment", "The flood", "contain", None, "positive", "certain")),
    ],
)
def test_the_one_claim_of_a_sentence(text, expected):
    [claim] = extract_candidates(f"Title\n\n{text}")
    assert (claim.claimant.text if claim.claimant else None, claim.kind.value,
            claim.subject.text, claim.predicate, claim.object.text if claim.object else None,
            claim.polarity.value, claim.certainty.value) == expected


def test_a_speaker_joined_by_a_conjunction_is_no_tag():
    found = extract_candidates("Title\n\nKai Berg will attend the summit and the ministry "
                               "said nothing.")
    assert [(c.claimant.text, c.predicate) for c in found] == []


def test_an_answer_whose_verb_phrase_is_left_out_states_nothing():
    found = extract_candidates("Title\n\n\u201cAbsolutely, it has,\u201d Ana Ruiz said.\n\n"
                               "\u201cIt is almost done,\u201d she said.")
    assert [(c.subject.text, c.predicate) for c in found] == [("It", "do")]


def test_a_cue_under_a_phase_verb_keeps_its_speaker_and_its_relay():
    [claim] = extract_candidates("Title\n\nA report in the Lumo Daily stated that Ana Ruiz has "
                                 "come to accept that she could lose the vote.")
    assert (claim.claimant.text, claim.reported_by.text, claim.kind, claim.subject.text,
            claim.predicate, claim.polarity, claim.certainty) == (
        "Ana Ruiz", "A report", ClaimKind.prediction, "she", "win",
        Polarity.negative, Certainty.possible)


def test_an_act_that_stops_something_and_the_words_that_explain_it():
    found = extract_candidates("Title\n\nThe Lisbon court blocked the deportation of Kai Berg "
                               "to Norway, saying his papers were in order.")
    assert [(c.rule, c.claimant.text, c.kind) for c in found] == [
        ("own_act", "The Lisbon court", ClaimKind.announcement),
        ("reporting_cue", "The Lisbon court", ClaimKind.statement)]
    assert (found[0].subject.text, found[0].predicate, found[0].polarity,
            found[0].certainty) == ("Kai Berg", "deport", Polarity.negative, Certainty.certain)


def test_a_halted_merger_does_not_go_ahead():
    [claim] = extract_candidates("Title\n\nRegulators halted the merger of Lumo and Vexa.")
    assert (claim.kind, claim.subject.text, claim.predicate, claim.polarity,
            claim.certainty) == (ClaimKind.announcement, "Lumo", "merge", Polarity.negative,
                                 Certainty.certain)


@pytest.mark.parametrize("text", [
    "The broadcaster reported, citing an unnamed source, that the plant would close.",
    "The broadcaster reported that the plant would close, citing an unnamed source.",
])
def test_citing_a_source_relays_its_claim(text):
    [claim] = extract_candidates(f"Title\n\n{text}")
    assert (claim.claimant.text, claim.reported_by.text, claim.subject.text,
            claim.predicate) == ("an unnamed source", "The broadcaster", "the plant", "close")


def test_citing_a_reason_relays_nothing():
    [claim] = extract_candidates("Title\n\nThe bank said it would cut rates, citing weak "
                                 "demand.")
    assert (claim.claimant.text, claim.reported_by) == ("The bank", None)


@pytest.mark.parametrize(("headline", "polarity"), [
    ("Greens likely to win vote: poll", Polarity.positive),
    ("Greens unlikely to win vote: poll", Polarity.negative),
])
def test_a_headline_frame_the_parse_reads_as_a_modifier(headline, polarity):
    [claim] = extract_candidates(f"{headline}\n\nThe mayor opened a bridge on Monday.")
    assert (claim.claimant.text, claim.kind, claim.subject.text, claim.predicate,
            claim.object.text, claim.polarity, claim.certainty) == (
        "poll", ClaimKind.prediction, "Greens", "win", "vote", polarity, Certainty.probable)
