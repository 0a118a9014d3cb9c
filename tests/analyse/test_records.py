import pytest

from kg.analyse import find_contradictions
from kg.analyse.deciders import Deciders
from kg.analyse.records import (
    PROBABILITY,
    find_name,
    outcome,
    timeline,
    track_record,
    track_records,
)
from kg.errors import KgError
from kg.models import Certainty, ContradictionKind, ContradictionStatus, Strength, slugify
from tests.helpers import make_claim


@pytest.fixture
def deciders(gazetteer):
    return Deciders(gazetteer)


def test_parties_follow_affiliations(deciders):
    assert deciders.parties("Dmitry Peskov") == {"Dmitry Peskov", "Kremlin", "Russia"}
    assert deciders.parties("Moscow") == {"Moscow", "Russia"}


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Dmitry Peskov", "Dmitry Peskov", True),
        ("Dmitry Peskov", "Kremlin", True),  # a spokesman speaks for his office
        ("Dmitry Peskov", "Yuri Ushakov", True),  # two aides of one office
        ("Sergei Lavrov", "Andrei Rudenko", False),  # two officials of one country
        ("Sergei Lavrov", "Kremlin", False),
        ("Lumo", "Vexa", False),  # names the gazetteer does not know
    ],
)
def test_who_speaks_as_one_voice(deciders, one, other, expected):
    assert deciders.one_voice(one, other) is expected


def test_a_reversal_by_two_aides_of_one_office_is_a_self_reversal(deciders):
    def aide(claim_id, name, polarity, stated_on):
        claim = make_claim(claim_id, slugify(name), polarity, stated_on=stated_on)
        return claim.model_copy(update={"claimant": claim.claimant.model_copy(
            update={"name": name})})

    [found] = find_contradictions([aide("a", "Dmitry Peskov", "positive", "2015-04-01"),
                                   aide("b", "Yuri Ushakov", "negative", "2015-04-30")],
                                  deciders)
    assert found.kind is ContradictionKind.self_reversal
    assert find_contradictions([aide("a", "Dmitry Peskov", "positive", "2015-04-01"),
                                aide("b", "Yuri Ushakov", "negative", "2015-04-30")])[0].kind \
        is ContradictionKind.cross_source  # without the gazetteer nobody is known


def test_the_host_decides_and_an_outsider_does_not(deciders):
    kremlin = make_claim("k", "kremlin", "negative")
    kremlin = kremlin.model_copy(update={"claimant": kremlin.claimant.model_copy(
        update={"name": "Kremlin"}), "event": kremlin.event.model_copy(
        update={"name": "Victory Day parade 2015"})})
    outsider = kremlin.model_copy(update={"claimant": kremlin.claimant.model_copy(
        update={"name": "National Intelligence Service"})})
    assert deciders.decides(kremlin) is True
    assert deciders.decides(outsider) is False


def named(claim, claimant, event="Victory Day parade 2015"):
    return claim.model_copy(update={
        "claimant": claim.claimant.model_copy(update={"name": claimant}),
        "event": claim.event.model_copy(update={"name": event})})


def test_a_contradiction_settled_by_the_host(deciders):
    nis = named(make_claim("nis", "nis", "positive", kind="expectation", certainty="probable",
                           stated_on="2015-04-29"), "National Intelligence Service")
    kremlin = named(make_claim("kremlin", "kremlin", "negative"), "Kremlin")
    [found] = find_contradictions([nis, kremlin], deciders)
    assert (found.status, found.held, found.settled_by, found.strength) == (
        ContradictionStatus.resolved, "kremlin", "kremlin", Strength.strong)


def test_without_a_decider_it_stays_open_and_weak_when_one_side_is_possible(deciders):
    rumour = make_claim("r", "unnamed", "positive", kind="speculation", certainty="possible")
    outlet = make_claim("o", "outlet", "negative", kind="prediction", certainty="probable")
    [found] = find_contradictions([rumour, outlet], deciders)
    assert (found.status, found.held, found.strength) == (
        ContradictionStatus.open, None, Strength.weak)


def test_a_report_after_the_event_settles_it(deciders):
    forecast = make_claim("f", "pollster", "positive", kind="prediction", certainty="probable",
                          stated_on="2015-05-01")
    report = make_claim("r", "wire", "negative", stated_on="2015-05-10")
    [found] = find_contradictions([forecast, report], deciders)
    assert (found.status, found.held) == (ContradictionStatus.resolved, "r")


def test_a_called_off_event_annuls_the_question(deciders):
    forecast = make_claim("f", "pollster", "positive", kind="prediction", certainty="probable")
    other = make_claim("o", "wire", "negative", kind="prediction", certainty="probable")
    cancelled = make_claim("c", "organizer", "negative", subject="parade").model_copy(
        update={"predicate": "proceed"})
    found = [c for c in find_contradictions([forecast, other, cancelled], deciders)
             if c.predicate == "attend"]
    assert [c.status for c in found] == [ContradictionStatus.annulled]


@pytest.mark.parametrize("predicate", ["proceed", "hold"])  # "will not take place", "called
def test_a_called_off_event_annuls_the_forecasts_about_it(deciders, predicate):  # off"
    forecast = make_claim("f", "pollster", "positive", kind="prediction", certainty="probable",
                          stated_on="2015-05-01")
    cancelled = make_claim("c", "organizer", "negative", subject="moscow",
                           stated_on="2015-05-02").model_copy(update={"predicate": predicate})
    record = track_record("pollster", [forecast, cancelled], [], deciders)
    assert [(f.verdict, f.brier) for f in record.forecasts] == [("annulled", None)]
    assert (record.tally().summary()["annulled"], record.tally().summary()["open"]) == (1, 0)


@pytest.mark.parametrize(
    ("certainty", "verdict", "brier"),
    [("probable", "right", 0.0625), ("probable", "wrong", 0.5625),
     ("possible", "wrong", 0.3025), ("certain", "right", 0.0025)],
)
def test_brier_arithmetic(deciders, certainty, verdict, brier):
    forecast = make_claim("f", "pollster", "positive", kind="prediction", certainty=certainty,
                          stated_on="2015-05-01")
    report = make_claim("r", "wire", "positive" if verdict == "right" else "negative",
                        stated_on="2015-05-10")
    found = outcome(forecast, [forecast, report], deciders)
    assert (found.verdict, found.brier) == (verdict, brier)
    assert PROBABILITY[Certainty(certainty)] in (0.95, 0.75, 0.55)


def test_track_record_counts_and_averages(deciders):
    claims = [
        make_claim("f1", "pollster", "positive", kind="prediction", certainty="probable",
                   stated_on="2015-05-01"),
        make_claim("f2", "pollster", "positive", kind="prediction", certainty="possible",
                   stated_on="2015-05-01", subject="xi-jinping"),
        make_claim("r", "wire", "negative", stated_on="2015-05-10"),
    ]
    tally = track_record("pollster", claims, [], deciders).tally()
    assert (tally.count("right"), tally.count("wrong"), tally.count("open")) == (0, 1, 1)
    assert tally.brier == 0.5625


def test_track_records_rank_every_claimant_best_forecaster_first(deciders):
    claims = [
        make_claim("p1", "pollster", "positive", kind="prediction", certainty="probable",
                   stated_on="2015-05-01"),  # wrong: 0.5625
        make_claim("s1", "seer", "negative", kind="prediction", certainty="probable",
                   stated_on="2015-05-01"),  # right: 0.0625
        make_claim("s2", "seer", "negative", kind="expectation", certainty="possible",
                   stated_on="2015-05-02", subject="xi-jinping"),  # nothing settles it
        make_claim("w1", "wire", "positive", stated_on="2015-05-10"),
        make_claim("w2", "wire", "negative", stated_on="2015-05-11", start=20),  # the last word
    ]
    contradictions = find_contradictions(claims, deciders)
    rows = [r.summary() for r in track_records(claims, contradictions, deciders)]
    assert [(r["claimant"], r["claims"], r["forecasts"], r["scored"], r["right"], r["wrong"],
             r["open"], r["brier"]) for r in rows] == [
        ("Seer", 2, 2, 1, 1, 0, 1, 0.0625),
        ("Pollster", 1, 1, 1, 0, 1, 0, 0.5625),
        ("Wire", 2, 0, 0, 0, 0, 0, None),
    ]
    assert [r["reversals"] for r in rows] == [0, 0, 1]  # the wire said both


def test_timeline_orders_claims_and_reports_the_outcome(deciders):
    claims = [make_claim("late", "wire", "negative", stated_on="2015-05-10"),
              make_claim("early", "pollster", "positive", kind="prediction",
                         certainty="probable", stated_on="2015-05-01")]
    found = timeline("victory-day-parade-2015", claims, deciders)
    assert [c.id for c in found.claims] == ["early", "late"]
    assert [c.id for c in found.outcomes] == ["late"]
    assert found.balance() == [("2015-05", 1, 1)]


def test_find_name_suggests_close_names():
    with pytest.raises(KgError, match="unknown event 'Parade 2016'; closest: Parade 2015"):
        find_name("Parade 2016", [("p15", "Parade 2015")], "event")
    assert find_name("parade 2015", [("p15", "Parade 2015")], "event") == "p15"
