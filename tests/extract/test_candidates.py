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


def test_a_subject_the_parse_hung_on_the_auxiliary():
    [claim] = extract_candidates(
        "Title\n\n\u201cWe have, therefore, made the decision to close the port,\u201d she said.")
    assert (claim.claimant.text, claim.subject.text, claim.predicate) == ("she", "We", "close")


def test_a_cue_in_a_relative_clause_speaks_of_its_antecedent():
    lender, case = extract_candidates(
        "Title\n\nLumo Bank is a lender that analysts say could fail.\n\n"
        "It is a case that the lawyers argue will set a precedent.")
    assert (lender.claimant.text, lender.subject.text, lender.predicate, lender.certainty) == (
        "analysts", "a lender", "fail", Certainty.possible)
    assert (case.claimant.text, case.subject.text, case.predicate) == (
        "the lawyers", "a case", "set")


def test_a_cue_after_a_preposition_has_the_main_clauses_speaker():
    [claim] = extract_candidates("Title\n\nIn the letter, she thanked her staff before "
                                 "announcing that she would step down.")
    assert (claim.claimant.text, claim.kind, claim.subject.text, claim.predicate) == (
        "she", ClaimKind.announcement, "she", "withdraw from")


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


def test_a_denial_not_made_leaves_the_thing_possible():
    [claim] = extract_candidates("Title\n\nThe club did not rule out selling the striker.")
    assert (claim.kind, claim.subject.text, claim.predicate, claim.polarity, claim.certainty) == (
        ClaimKind.speculation, "The club", "sell", Polarity.positive, Certainty.possible)


def test_a_that_the_parse_reads_as_an_object_is_no_object():
    [claim] = extract_candidates("Title\n\nAna Ruiz said on social media that the port would "
                                 "close.")
    assert (claim.subject.text, claim.predicate, claim.object) == ("the port", "close", None)


def test_a_forecast_in_the_passive_is_probable_not_certain():
    [claim] = extract_candidates("Title\n\nRevenue is forecast to rise 5% next year.")
    assert (claim.kind, claim.predicate, claim.certainty) == (
        ClaimKind.prediction, "rise", Certainty.probable)


def test_a_report_of_a_thing_states_it_but_reporting_the_news_says_nothing():
    [claim] = extract_candidates("Title\n\nThe ministry has so far reported 77 cases.\n\n"
                                 "The agency reported the news on Monday.")
    assert (claim.claimant.text, claim.kind, claim.subject.text, claim.predicate) == (
        "The ministry", ClaimKind.statement, "77 cases", "state")


def test_i_think_hedges_the_clause_and_i_dont_think_negates_it():
    doubted, thought = extract_candidates(
        "Title\n\n\u201cI don't think they can avoid cuts,\u201d said Ana Ruiz.\n\n"
        "\u201cI think the deal will close in May,\u201d she said.")
    assert (doubted.subject.text, doubted.predicate, doubted.polarity, doubted.certainty) == (
        "they", "avoid", Polarity.negative, Certainty.probable)
    assert (thought.subject.text, thought.predicate, thought.polarity, thought.certainty) == (
        "the deal", "close", Polarity.positive, Certainty.probable)


def test_doubting_a_thing_says_it_probably_will_not_happen():
    [claim] = extract_candidates("Title\n\nAna Ruiz doubts that the deal will close.")
    assert (claim.subject.text, claim.predicate, claim.polarity, claim.certainty) == (
        "the deal", "close", Polarity.negative, Certainty.probable)


def test_an_appeal_that_goes_on_with_a_quotation_is_no_claim():
    [claim] = extract_candidates("Title\n\n\u201cThe flood can be contained,\u201d she said. "
                                 "\u201cWe must focus on the dikes.\u201d")
    assert claim.predicate == "contain"


def test_as_we_said_is_a_reminder_and_the_clause_after_it_the_claim():
    fair, bonus = extract_candidates(
        "Title\n\n\u201cThe bid was fair,\u201d she said. \u201cAs we said from the start, "
        "the deal was a bonus to our plan.\u201d")
    assert (fair.subject.text, bonus.rule, bonus.subject.text, bonus.predicate) == (
        "The bid", "quote_continued", "the deal", "be")
