from datetime import date

from kg.models import Event
from kg.resolve.events import ArticleEvents, occurrence

PARADE_2015 = Event(id="victory-day-parade-2015", name="Victory Day parade 2015",
                    date=date(2015, 5, 9), series="Victory Day parade")


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
