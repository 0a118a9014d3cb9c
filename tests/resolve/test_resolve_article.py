from datetime import date

import pytest

from kg.extract import extract_candidates
from kg.models import Article, EntityType
from kg.read import read_path
from kg.resolve import resolve_article
from tests.helpers import DATA, story_claims


def resolve(path, gazetteer):
    [article] = read_path(path).articles
    return resolve_article(article, list(extract_candidates(article.text)), gazetteer)


def test_fixture_claims_resolve_names_dates_and_pronouns(gazetteer):
    resolved = resolve(DATA / "parade_briefing.txt", gazetteer)
    rows = [(c.claimant.name, c.kind.value, c.subject.name, c.predicate, c.stated_on)
            for c in resolved.claims]
    assert rows == [
        ("Tom Reyes", "statement", "Elena Vance", "attend", date(2031, 5, 1)),
        ("Tom Reyes", "statement", "Elena Vance", "attend", date(2031, 5, 1)),
        ("Tom Reyes", "statement", "Elena Vance", "accept", date(2031, 5, 1)),
        ("local analysts", "expectation", "turnout", "reach", date(2031, 5, 2)),
    ]
    assert resolved.entities["daily-harbor"].type is EntityType.publication


def test_claims_with_a_subject_that_names_nobody_are_dropped(gazetteer):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1),
                      text="Title\n\n\"They will win,\" the coach said.")
    assert resolve_article(article, list(extract_candidates(article.text)), gazetteer).claims == []


@pytest.mark.parametrize("quote", [
    "I will leave the race",
    "It is time for me to leave the race",
    "It is best for us to leave the race",
])
def test_the_speakers_own_pronouns_in_a_quotation_mean_the_speaker(gazetteer, quote):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1),
                      text=f"Title\n\n\"{quote},\" Kai Berg said.")
    [claim] = resolve_article(article, list(extract_candidates(article.text)), gazetteer).claims
    assert (claim.claimant.name, claim.subject.name, claim.predicate, claim.polarity.value) == (
        "Kai Berg", "Kai Berg", "withdraw from", "positive")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kai Berg has dropped out of the race, his aides said. Berg announced the news on Sunday.",
     ("Kai Berg", "withdraw from", "positive")),
    # news about someone else is no announcement of one's own
    ("Lumo will cut jobs, the board said. Vexa announced the news on Tuesday.",
     ("news", "announce", "positive")),
])
def test_announcing_the_news_announces_what_was_just_said_of_the_speaker(gazetteer, text,
                                                                          expected):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1), text=f"Title\n\n{text}")
    claims = resolve_article(article, list(extract_candidates(article.text)), gazetteer).claims
    last = claims[-1]
    assert (last.kind.value, last.subject.name, last.predicate, last.polarity.value) == (
        "announcement", *expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Vexa accused Lumo of selling arms to Kallo, a charge that Lumo denies.",
     ("Lumo", "denial", "Lumo", "sell", "negative")),
    ("Vexa said Lumo would close the plant, a claim which Lumo confirmed.",
     ("Lumo", "confirmation", "Lumo", "close", "positive")),
    # a noun with content of its own is no stand-in for the claim before
    ("Vexa said Lumo would close the plant. Kallo faced charges of fraud, which Mara Quint "
     "denied.", ("Mara Quint", "denial", "charges of fraud", "deny", "negative")),
])
def test_a_charge_denied_in_a_relative_clause_is_the_claim_before(gazetteer, text, expected):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1), text=f"Title\n\n{text}")
    last = resolve_article(article, list(extract_candidates(article.text)), gazetteer).claims[-1]
    assert (last.claimant.name, last.kind.value, last.subject.name, last.predicate,
            last.polarity.value) == expected


def test_club_denial_and_unnamed_speculation(gazetteer):
    resolved = resolve(DATA / "club_rumour.json", gazetteer)
    denial, rumour = resolved.claims
    assert (denial.claimant.name, denial.claimant.type, denial.kind.value,
            denial.polarity.value) == ("Rovers FC", EntityType.organization, "denial",
                                       "negative")
    assert (rumour.claimant.id, rumour.subject.name, rumour.predicate, rumour.object.name,
            rumour.certainty.value) == ("unnamed", "Ana Lopes", "join", "Harbor United",
                                        "possible")


PARADE_STORY = (
    "Envoy to skip Victory Day parade\n\n"
    "The ministry said on Monday that Ruth Park would not be coming.\n\n"
    "Observers said Park could join the president on Red Square on May 9.\n\n"
    "The minister said the two countries were preparing for a visit by Ruth Park.\n\n"
    "Aides confirmed Ruth Park's intention to come."
)


@pytest.mark.parametrize(
    ("index", "predicate", "event", "polarity"),
    [
        (0, "attend", "victory-day-parade-2031", "negative"),  # coming, with no destination
        (1, "attend", "victory-day-parade-2031", "positive"),  # the event's own day named
        (2, "visit", None, "positive"),  # a visit by noun: not the event itself
        (3, "attend", "victory-day-parade-2031", "positive"),  # "X's intention to come"
    ],
)
def test_movement_without_destination_means_the_article_event(gazetteer, index, predicate,
                                                               event, polarity):
    article = Article(id="p", path="p.txt", published=date(2031, 5, 4), text=PARADE_STORY)
    claims = resolve_article(article, list(extract_candidates(PARADE_STORY)), gazetteer).claims
    claim = claims[index]
    assert (claim.subject.name, claim.predicate, claim.event.id if claim.event else None,
            claim.polarity.value) == ("Ruth Park", predicate, event, polarity)


TRANSFER_STORY = (
    "Striker stays put\n\n"
    "On May 9, the agency reported, citing a source close to the club, that Ana Lopes had "
    "agreed a deal to play for the club Harbor United.\n\n"
    "Her agent, Rui Lopes, denied that report the same day.\n\n"
    "Greens leader Mia Holt conceded defeat on Saturday.\n\n"
    "Lopes's decision means she has turned down the offer from Harbor United."
)


def test_denials_of_a_report_leaders_and_nearby_names(gazetteer):
    article = Article(id="t", path="t.txt", publisher="Harbour Gazette",
                      published=date(2030, 5, 20), text=TRANSFER_STORY)
    report, denial, defeat, turned_down = resolve_article(
        article, list(extract_candidates(TRANSFER_STORY)), gazetteer).claims
    assert (report.subject.name, report.predicate, report.object.name, report.object.type) == (
        "Ana Lopes", "join", "Harbor United", "organization")
    assert (denial.claimant.name, denial.kind.value, denial.proposition_key,
            denial.polarity.value, denial.stated_on) == (
        "Rui Lopes", "denial", report.proposition_key, "negative", report.stated_on)
    assert (defeat.subject.name, defeat.predicate, defeat.polarity.value) == (
        "Greens", "win", "negative")
    # Turning down an offer is not accepting it; what the offer was for is not parsed.
    assert (turned_down.claimant.name, turned_down.subject.name, turned_down.predicate,
            turned_down.polarity.value) == ("Harbour Gazette", "Ana Lopes", "accept", "negative")


@pytest.mark.parametrize("confirmation", ["Vexa later confirmed it.",
                                          "Vexa later confirmed the development.",
                                          "Vexa later confirmed the report."])
def test_confirming_a_report_takes_over_its_proposition(gazetteer, confirmation):
    text = ("Lumo in talks\n\nLumo is in talks with Vexa about a merger, the Harbour Daily "
            f"reported on Monday.\n\n{confirmation}")
    article = Article(id="t", path="t.txt", publisher="Harbour Gazette",
                      published=date(2030, 5, 20), text=text)
    report, confirmed = resolve_article(article, list(extract_candidates(text)),
                                        gazetteer).claims
    assert (confirmed.claimant.name, confirmed.kind.value, confirmed.proposition_key,
            confirmed.polarity.value) == (
        "Vexa", "confirmation", report.proposition_key, "positive")


SUMMIT_STORY = (
    "Oslo talks in doubt\n\n"
    "Minister Tom Reyes said on Monday that Ruth Park would visit Oslo in June.\n\n"
    "Asked how Oslo had answered, Reyes replied that the first response was encouraging.\n\n"
    "Observers said Park and Reyes could hold their first meeting there.\n\n"
    "With Park staying at home, that meeting will not take place.\n\n"
    "A diplomat said the harbour could host a meeting between Reyes and Park."
)


def test_answers_and_planned_occurrences_take_the_earlier_proposition(gazetteer):
    visit, answer, meeting, called_off, host = story_claims(SUMMIT_STORY, gazetteer, "2031-03-05")
    assert (answer.claimant.name, answer.proposition_key, answer.polarity.value,
            answer.certainty.value) == ("Tom Reyes", visit.proposition_key, "positive",
                                        "probable")
    assert meeting.proposition_key == ("ruth-park", "meet", "tom-reyes")
    assert (called_off.claimant.name, called_off.kind.value, called_off.proposition_key,
            called_off.polarity.value, called_off.certainty.value) == (
        "Harbour Gazette", "prediction", meeting.proposition_key, "negative", "certain")
    assert host.proposition_key == meeting.proposition_key  # either order, one proposition


def test_weekdays_and_months_in_an_object_name_nobody(gazetteer):
    text = "Strike on\n\nThe union said the strike would go ahead on Monday."
    [claim] = story_claims(text, gazetteer, "2031-03-05", publisher=None)
    assert (claim.predicate, claim.object, claim.polarity.value) == ("proceed", None, "positive")


def test_a_demonstrative_subject_is_what_the_claim_before_spoke_of(gazetteer):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1), text=(
        "Title\n\nThe storm will reach the coast on Monday, the agency said.\n\n"
        "\"This could be the worst storm in decades,\" Mayor Ana Ruiz said."))
    first, second = resolve_article(article, list(extract_candidates(article.text)),
                                    gazetteer).claims
    assert (second.claimant.name, second.subject.name, second.kind.value) == (
        "Ana Ruiz", first.subject.name, "prediction")


def test_a_bodys_word_on_its_own_future_act_is_an_announcement(gazetteer):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1), text=(
        "Lumo to cut 500 jobs\n\nLumo will cut 500 jobs next year, the company said.\n\n"
        "Lumo will cut 200 more, the union said.\n\n"
        "\"We will cut jobs,\" Lumo's chief Ana Ruiz said."))
    rows = [(c.rule, c.claimant.name, c.kind.value, c.subject.name, c.predicate)
            for c in resolve_article(article, list(extract_candidates(article.text)),
                                     gazetteer).claims]
    assert rows[:3] == [
        ("headline", "Lumo", "announcement", "Lumo", "cut"),
        ("reporting_cue", "Lumo", "announcement", "Lumo", "cut"),
        ("reporting_cue", "union", "statement", "Lumo", "cut"),
    ]


def test_the_company_in_a_speakers_words_is_not_the_speaker(gazetteer):
    article = Article(id="a", path="a.txt", published=date(2030, 1, 1), text=(
        "Title\n\nLumo Motors said it would build a plant.\n\n"
        "Analysts at Vex Bank expect the company to report a loss."))
    claims = resolve_article(article, list(extract_candidates(article.text)), gazetteer).claims
    assert (claims[-1].claimant.name, claims[-1].subject.name) == ("Vex Bank", "Lumo Motors")
