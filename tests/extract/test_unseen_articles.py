"""Whole articles written for the tests, with phrasings the development corpus lacks:
extraction must hold on text nobody tuned it to."""

from datetime import date

import pytest

from kg.extract import extract_candidates, model_name
from kg.read import read_path
from kg.resolve import resolve_article
from tests.helpers import DATA


def claims_of(name, gazetteer):
    [article] = read_path(DATA / name).articles
    return resolve_article(article, extract_candidates(article.text), gazetteer,
                           model_name()).claims


def row(claim):
    return (claim.claimant.name, claim.reported_by.name if claim.reported_by else None,
            claim.kind.value, claim.subject.name, claim.predicate, claim.polarity.value,
            claim.certainty.value, claim.stated_on)


THURSDAY, FRIDAY = date(2033, 6, 9), date(2033, 6, 10)


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        # a headline denial of a negative report: she will attend
        (0, ("Ana Costa", None, "denial", "Ana Costa", "attend", "positive", "certain",
             THURSDAY)),
        # "A dismissed reports ..., her office said": A's denial, relayed
        (1, ("Ana Costa", "Ana Costa's office", "denial", "Ana Costa", "attend", "positive",
             "certain", THURSDAY)),
        # a quotation in the first person, and the quotation that goes on after it
        (2, ("Ana Costa", None, "statement", "Ana Costa", "be", "positive", "certain",
             THURSDAY)),
        (3, ("Ana Costa", None, "statement", "Ana Costa", "sign", "positive", "certain",
             THURSDAY)),
        # an agentless announcement
        (4, ("unnamed", None, "announcement", "summit", "open", "positive", "certain", FRIDAY)),
        # "is set to" hedges, and officials nobody names make it an expectation
        (5, ("officials", None, "expectation", "Jon Berg", "attend", "positive", "probable",
             FRIDAY)),
        # an anonymous source up front; a delay is a negative outcome
        (6, ("people familiar with the plans", None, "expectation", "accord", "proceed",
             "negative", "possible", FRIDAY)),
        (7, ("analysts", None, "prediction", "talks", "collapse", "positive", "possible",
             FRIDAY)),
        # "ruled out backing": the speaker's own act, denied
        (8, ("opposition", None, "denial", "opposition", "back", "negative", "certain", FRIDAY)),
    ],
)
def test_summit_wire(gazetteer, index, expected):
    claims = claims_of("summit_wire.txt", gazetteer)
    assert len(claims) == 9
    assert row(claims[index]) == expected


def test_summit_wire_entities(gazetteer):
    claims = claims_of("summit_wire.txt", gazetteer)
    assert claims[0].claimant.type.value == "person"  # "Premier" is Premier Ana Costa
    # the summit the text names is an event of its own, though no gazetteer knows it
    assert (claims[0].object, claims[0].event.id, claims[0].event.name) == (
        None, "lisbon-summit-2033", "Lisbon summit 2033")
    assert claims[1].event == claims[0].event
    assert {c.claimant.type.value for c in claims[5:8]} == {"unnamed"}
    assert {c.model for c in claims} == {model_name()}


def test_the_rail_strike_fixture(gazetteer):
    claims = claims_of("corpus/articles/rail_strike.txt", gazetteer)
    assert [row(c)[:3] for c in claims] == [
        ("union", None, "statement"),
        ("rail workers' union", None, "statement"),
        ("Maya Stone", None, "statement"),
        ("economists", "chamber of commerce", "expectation"),
        ("transport ministry", None, "denial"),
    ]
