from datetime import date

from kg.extract import extract_candidates
from kg.models import Article, EntityType
from kg.read import read_path
from kg.resolve import resolve_article
from tests.helpers import DATA


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


def test_club_denial_and_unnamed_speculation(gazetteer):
    resolved = resolve(DATA / "club_rumour.json", gazetteer)
    denial, rumour = resolved.claims
    assert (denial.claimant.name, denial.claimant.type, denial.kind.value,
            denial.polarity.value) == ("Rovers FC", EntityType.organization, "denial",
                                       "negative")
    assert (rumour.claimant.id, rumour.subject.name, rumour.predicate, rumour.object.name,
            rumour.certainty.value) == ("unnamed", "Ana Lopes", "join", "Harbor United",
                                        "possible")
