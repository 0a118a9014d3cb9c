import pytest

from kg.analyse import find_contradictions
from kg.models import ContradictionKind, slugify
from tests.helpers import make_claim, story_claims


def test_cross_source_pair_is_ordered_by_date():
    expectation = make_claim("nis", "nis", "positive", kind="expectation",
                             certainty="probable", stated_on="2015-04-29")
    announcement = make_claim("kremlin", "kremlin", "negative", kind="announcement")
    [found] = find_contradictions([announcement, expectation])
    assert (found.kind, found.a, found.b) == (ContradictionKind.cross_source, "nis", "kremlin")
    assert (found.subject, found.predicate, found.object) == (
        "Kim Jong Un", "attend", "victory-day-parade-2015")
    assert found.explanation == (
        "Nis (expectation, positive, probable, 2015-04-29) vs Kremlin (announcement, negative, "
        "certain, 2015-04-30) on 'Kim Jong Un attend victory-day-parade-2015'")


def test_same_claimant_reversing_itself():
    [found] = find_contradictions([
        make_claim("jan", "kremlin", "positive", stated_on="2015-01-20"),
        make_claim("apr", "kremlin", "negative", stated_on="2015-04-30", article_id="a2"),
    ])
    assert (found.kind, found.a, found.b) == (ContradictionKind.self_reversal, "jan", "apr")


def test_forecast_met_by_a_report_after_the_event():
    [found] = find_contradictions([
        make_claim("poll", "pollster", "positive", kind="prediction", certainty="probable",
                   stated_on="2015-05-01"),
        make_claim("report", "agency", "negative", stated_on="2015-05-10"),
    ])
    assert found.kind is ContradictionKind.prediction_outcome


def test_same_polarity_or_other_propositions_do_not_contradict():
    claims = [
        make_claim("a", "x", "positive"),
        make_claim("b", "y", "positive"),
        make_claim("c", "z", "negative", event="victory-day-parade-2025"),
        make_claim("d", "w", "negative", subject="xi-jinping"),
    ]
    assert find_contradictions(claims) == []


def test_syndicated_copies_count_once():
    copy = make_claim("copy", "kremlin", "negative", article_id="a2")
    claims = [
        make_claim("original", "kremlin", "negative"),
        copy.model_copy(update={"evidence": copy.evidence.model_copy(
            update={"text": "evidence original"})}),
        make_claim("nis", "nis", "positive", stated_on="2015-04-29"),
    ]
    [found] = find_contradictions(claims)
    assert (found.a, found.b) == ("nis", "original")


@pytest.mark.parametrize(("text", "copy"), [
    ("Lumo will not attend the parade, a spokesman said.", True),  # word for word
    ("lumo will not attend the parade, a spokesman said", True),  # case and a full stop
    ("Lumo will not attend the parade, a spokeswoman said.", True),  # one word apart
    ("Lumo will not attend.", False),  # too short to be the same report
    ("Vexa expects rain in the capital on Sunday, a forecaster said.", False),
])
def test_a_copy_is_the_same_words_give_or_take_a_few(text, copy):
    from kg.analyse.contradictions import syndicated

    def said(claim_id, article_id, words):
        claim = make_claim(claim_id, "kremlin", "negative", article_id=article_id)
        return claim.model_copy(update={"evidence": claim.evidence.model_copy(
            update={"text": words})})

    original = said("original", "a1", "Lumo will not attend the parade, a spokesman said.")
    assert syndicated(original, said("other", "a2", text)) is copy
    assert syndicated(original, said("same-article", "a1", text)) is False


def test_a_headline_and_its_lead_are_two_claims():
    claims = [
        make_claim("headline", "kremlin", "negative", start=0),
        make_claim("lead", "kremlin", "negative", start=100),
        make_claim("nis", "nis", "positive", stated_on="2015-04-29"),
    ]
    assert sorted((c.a, c.b) for c in find_contradictions(claims)) == [
        ("nis", "headline"), ("nis", "lead")]


def test_visiting_the_host_country_is_related_not_contradicting(gazetteer):
    from kg.analyse.contradictions import related_pairs
    from kg.analyse.deciders import Deciders
    from kg.models import EntityRef

    attend = make_claim("attend", "a", "negative")
    attend = attend.model_copy(update={"event": attend.event.model_copy(
        update={"name": "Victory Day parade 2015"})})
    visit = make_claim("visit", "b", "positive", event=None).model_copy(update={
        "predicate": "visit", "object": EntityRef(id="russia", name="Russia", type="place")})
    assert find_contradictions([attend, visit]) == []
    assert related_pairs([attend, visit], Deciders(gazetteer)) == [("attend", "visit")]


ELECTION_STORY = (
    "Greens fall short\n\n"
    "The final survey, published on Friday, gave the Greens a lead of 52 to 48.\n\n"
    "On Thursday, the bookmaker Tote Direct said it had paid out to punters who had backed "
    "the Greens to win.\n\n"
    "Greens leader Mia Holt conceded defeat on Saturday night."
)


def test_a_poll_lead_and_an_early_payout_meet_a_concession(gazetteer):
    claims = story_claims(ELECTION_STORY, gazetteer, "2031-05-18")
    poll, payout, concession = claims
    assert (poll.claimant.name, poll.kind.value, poll.proposition_key, poll.polarity.value,
            poll.certainty.value) == ("final survey", "prediction", ("greens", "win", ""),
                                      "positive", "probable")
    assert (payout.claimant.name, payout.proposition_key, payout.polarity.value) == (
        "Tote Direct", ("greens", "win", ""), "positive")
    assert concession.proposition_key == ("greens", "win", "")
    # With no election date known, a concession cannot be told from a claim before the vote.
    assert sorted((c.a, c.b, c.kind.value) for c in find_contradictions(claims)) == sorted([
        (payout.id, concession.id, "cross_source"), (poll.id, concession.id, "cross_source")])


def test_a_claim_naming_nothing_joins_the_one_proposition_of_its_subject_and_predicate():
    # "he will not come" against "he will attend the parade": the only thing he is said
    # to attend
    named = make_claim("named", "nis", "positive", stated_on="2015-04-29")
    elliptic = make_claim("elliptic", "kremlin", "negative", event=None, article_id="a2")
    [found] = find_contradictions([named, elliptic])
    assert (found.a, found.b, found.object) == ("named", "elliptic", "victory-day-parade-2015")


def test_a_claim_naming_nothing_stays_apart_when_two_propositions_could_be_meant():
    claims = [make_claim("named", "nis", "positive", stated_on="2015-04-29"),
              make_claim("other", "nis", "positive", event="victory-day-parade-2025",
                         start=30),
              make_claim("elliptic", "kremlin", "negative", event=None, article_id="a2")]
    assert find_contradictions(claims) == []


def _about(claim, name):
    return claim.model_copy(update={"subject": claim.subject.model_copy(
        update={"id": slugify(name), "name": name})})


def test_a_claim_about_parties_named_together_counts_for_each():
    # "Lumo and Vexa will not attend" against "Lumo will attend"
    both = _about(make_claim("both", "wire", "negative", article_id="a2"), "Lumo and Vexa")
    one = _about(make_claim("one", "nis", "positive", stated_on="2015-04-29"), "Lumo")
    [found] = find_contradictions([one, both])
    assert (found.a, found.b, found.subject) == ("one", "both", "Lumo and Vexa")
    # with neither party named alone, the joined name stays one party
    other = _about(make_claim("one", "nis", "positive", stated_on="2015-04-29"), "Kallo")
    assert find_contradictions([other, both]) == []


def test_a_pair_that_names_no_target_is_explained_by_what_its_proposition_is_about():
    claims = [
        make_claim("named", "nis", "positive", stated_on="2015-04-20"),
        make_claim("unnamed-yes", "kcna", "positive", event=None, stated_on="2015-04-21"),
        make_claim("unnamed-no", "kremlin", "negative", event=None, stated_on="2015-04-22"),
    ]
    found = {(c.a, c.b): c for c in find_contradictions(claims)}
    assert sorted(found) == [("named", "unnamed-no"), ("unnamed-yes", "unnamed-no")]
    assert found["unnamed-yes", "unnamed-no"].object == "victory-day-parade-2015"
    assert found["unnamed-yes", "unnamed-no"].explanation.endswith(
        "on 'Kim Jong Un attend victory-day-parade-2015'")


def test_outlets_named_in_other_scripts_disagree_as_two_voices():
    def by(claim, outlet):
        return claim.model_copy(update={"claimant": claim.claimant.model_copy(
            update={"id": slugify(outlet), "name": outlet})})

    first = by(make_claim("first", "x", "positive", stated_on="2015-04-29"), "Коммерсант")
    second = by(make_claim("second", "x", "negative", article_id="a2"), "Известия")
    [found] = find_contradictions([first, second])
    assert found.kind is ContradictionKind.cross_source
