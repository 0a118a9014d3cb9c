from datetime import date

import pytest

from kg.extract.spans import Span
from kg.models import Event
from kg.resolve.events import ArticleEvents, occurrence
from tests.helpers import story_claims

PARADE_2015 = Event(id="victory-day-parade-2015", name="Victory Day parade 2015",
                    date=date(2015, 5, 9), series="Victory Day parade", place="Moscow")


def test_occurrences_of_a_series_are_distinct_events(gazetteer):
    series = gazetteer.series["Victory Day parade"]
    assert occurrence(series, 2015) == PARADE_2015
    assert occurrence(series, 2025).id == "victory-day-parade-2025"
    assert occurrence(series, None).date is None


def test_focus_event_from_the_publication_date(gazetteer):
    events = ArticleEvents(gazetteer, "Kim will skip the Victory Day parade.", date(2015, 1, 22))
    assert events.focus_event == PARADE_2015


def test_anniversary_picks_the_year(gazetteer):
    text = ("The Victory Day parade marks the 80th anniversary of the defeat of Nazi Germany.")
    assert ArticleEvents(gazetteer, text, None).focus_event.id == "victory-day-parade-2025"


def test_a_recent_occurrence_is_still_meant(gazetteer):
    events = ArticleEvents(gazetteer, "Kim skipped the Victory Day parade.", date(2015, 5, 19))
    assert events.focus_event == PARADE_2015


def test_anaphors_and_explicit_years(gazetteer):
    events = ArticleEvents(gazetteer, "Victory Day parade plans.", date(2015, 4, 30))
    assert events.event_in("the celebrations next week") == PARADE_2015
    assert events.event_in("the Red Square parade in 2025").id == "victory-day-parade-2025"
    assert events.event_in("talks in Beijing") is None


def test_the_venue_means_the_event_unless_another_day_is_named(gazetteer):
    events = ArticleEvents(gazetteer, "Victory Day parade plans.", date(2015, 4, 30))
    assert events.held_at("Moscow", "Moscow") == PARADE_2015
    assert events.held_at("Moscow", "Moscow on May 9") == PARADE_2015
    assert events.held_at("Moscow", "Moscow only on May 10") is None
    assert events.held_at("Pyongyang", "Pyongyang") is None


def _mention(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


PUBLISHED = date(2033, 6, 10)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a place names it; the year comes from the article; one id for "talk" and "talks"
        ("Kai Berg said the Geneva talks had collapsed.", "the Geneva talks",
         ("geneva-talk-2033", "Geneva talks 2033", None, None)),
        # a place the clause on the noun names
        ("Kai Berg said the Baltic talks held in Riga had collapsed.", "the Baltic talks",
         ("baltic-talk-2033", "Baltic talks 2033", None, "Riga")),
        # the day on the verb that governs it dates it
        ("Lumo will not attend the 15th Arctic summit in Tromso on August 22.",
         "the 15th Arctic summit", ("arctic-summit-2033", "Arctic summit 2033",
                                    date(2033, 8, 22), "Tromso")),
        # a month before the noun names a meeting with no other name
        ("Kai Berg will skip the September meeting of the council.", "the September meeting",
         ("september-meeting-2033", "September meeting 2033", None, None)),
        # a year in the phrase; common words describe it but do not tell it apart
        ("She will win the 2031 presidential election, Berg said.",
         "the 2031 presidential election", ("election-2031", "presidential election 2031",
                                            None, None)),
        # "the summit" means the article's named summit, not one in a caption from past years
        ("A photo from the 2029 Nordic Summit. Ana Ruiz will host the Baltic summit. Mara "
         "Quint said she would not attend the summit.", "the summit.",
         ("baltic-summit-2033", "Baltic summit 2033", None, None)),
    ],
)
def test_events_the_text_names(gazetteer, text, mention, expected):
    events = ArticleEvents(gazetteer, text, PUBLISHED)
    event = events.in_text.in_span(_mention(text, mention))
    assert (event.id, event.name, event.date, event.place) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Mara Quint said she would not attend the summit.", "the summit"),  # nothing named
        ("Kai Berg said the plan would go ahead.", "the plan"),  # not an event noun
        ("The union held talks with the ministry.", "talks"),
    ],
)
def test_mentions_that_name_no_event(gazetteer, text, mention):
    assert ArticleEvents(gazetteer, text, PUBLISHED).in_text.in_span(
        _mention(text, mention)) is None


def test_articles_naming_an_event_alike_share_it(gazetteer):
    one = "Ana Ruiz will attend the Geneva talks."
    other = "Kai Berg said the Geneva talks would fail."
    assert ArticleEvents(gazetteer, one, date(2033, 3, 1)).in_text.in_span(
        _mention(one, "the Geneva talks")) == ArticleEvents(
        gazetteer, other, date(2033, 9, 1)).in_text.in_span(_mention(other, "the Geneva talks"))


def test_the_event_an_article_names_most_is_its_focus(gazetteer):
    text = ("A photo from the 2029 Nordic Summit. Ana Ruiz will host the Baltic summit in "
            "Riga. The Baltic summit opens on Monday.")
    assert ArticleEvents(gazetteer, text, PUBLISHED).focus_event.id == "baltic-summit-2033"
    assert ArticleEvents(gazetteer, "Kai Berg said so.", PUBLISHED).focus_event is None


def test_part_of_an_event_means_the_event(gazetteer):
    text = "Ana Ruiz will host the Baltic summit. Kai Berg will attend the opening of the summit."
    event = ArticleEvents(gazetteer, text, PUBLISHED).in_text.in_span(
        _mention(text, "the opening of the summit"))
    assert event.id == "baltic-summit-2033"


def test_claims_about_the_article_event_without_naming_it_are_linked(gazetteer):
    claims = story_claims("Baltic summit in doubt\n\nAna Ruiz will host the Baltic summit in "
                          "Riga next week, her office said on Monday.\n\nKai Berg will not "
                          "attend, his spokesman said.", gazetteer, "2033-06-10")
    assert [(c.subject.name, c.predicate, c.polarity.value, c.event.id if c.event else None)
            for c in claims] == [("Ana Ruiz", "host", "positive", "baltic-summit-2033"),
                                 ("Kai Berg", "attend", "negative", "baltic-summit-2033")]


def test_a_title_case_headline_names_the_event_as_the_body_does(gazetteer):
    claims = story_claims("Kai Berg Will Skip Presidential Election\n\nKai Berg will not "
                          "take part in the presidential election, his office said.",
                          gazetteer, "2033-06-10")
    assert {c.event.id for c in claims} == {"election-2033"}


def test_an_event_that_is_the_subject_is_the_claims_event(gazetteer):
    claims = story_claims("Summit off\n\nThe Baltic summit in Riga will not take place, its "
                          "host Ana Ruiz said on Monday.", gazetteer, "2033-06-10")
    assert [(c.predicate, c.polarity.value, c.event.id) for c in claims] == [
        ("proceed", "negative", "baltic-summit-2033")]


@pytest.mark.parametrize(("published", "expected"), [
    (date(2033, 12, 20), ("summit-2034-01-12", date(2034, 1, 12))),
    (date(2034, 2, 1), ("summit-2034-01-12", date(2034, 1, 12))),
    (date(2033, 6, 10), ("summit-2033-01-12", date(2033, 1, 12))),
])
def test_a_month_without_a_year_is_the_nearest_one(gazetteer, published, expected):
    text = "Kai Berg will skip the summit on January 12."
    events = ArticleEvents(gazetteer, text, published)
    event = events.in_text.in_span(_mention(text, "the summit"))
    assert (event.id, event.date) == expected
