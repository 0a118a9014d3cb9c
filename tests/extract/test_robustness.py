"""Extraction and resolution never raise, whatever sentence an article holds."""

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract import extract_candidates
from kg.models import Article
from kg.resolve import resolve_article

# Real words of the kinds the rules look at: cue verbs, modals, negations, pronouns,
# determiners, prepositions, names, titles, dates and content words.
WORDS = ["said", "says", "told", "added", "announced", "denied", "confirmed", "expects",
         "expected", "predicted", "warned", "according", "to", "citing", "reported", "ruled",
         "out", "rejected", "cancelled", "will", "would", "could", "may", "might", "not",
         "n't", "never", "no", "nothing", "likely", "unlikely", "there", "is", "are", "was",
         "were", "be", "been", "has", "had", "have", "it", "he", "she", "they", "we", "I",
         "this", "that", "which", "who", "the", "a", "an", "his", "their", "its", "of", "in",
         "on", "at", "to", "for", "with", "by", "from", "about", "over", "as", "than", "and",
         "but", "or", "if", "then", "Minister", "Kremlin", "spokesman", "minister",
         "president", "bank", "union", "Reuters", "Smith", "Anna", "Berg", "Geneva", "summit",
         "meeting", "talks", "parade", "election", "strike", "rates", "deal", "bid", "Monday",
         "Tuesday", "May", "June", "next", "week", "last", "month", "2024", "12th", "concerns",
         "over", "attend", "visit", "leave", "join", "sign", "resign", "win", "lose", "meet",
         "go", "ahead", "take", "place", "skip"]
PUNCTUATION = [".", ",", ";", ":", "?", "!", "\"", "“", "”", "'", "‘", "’", "(", ")", "-",
               "—", "\n", "\n\n"]

tokens = st.lists(st.sampled_from(WORDS + PUNCTUATION), min_size=1, max_size=40)
texts = st.lists(tokens.map(" ".join), min_size=1, max_size=4).map("\n\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("The minister said there is in.")
@example("There are concerns over whether the council , which said on Monday that the vote "
         "would be held next week , will delay it .\n\nThe minister said there is in .")
def test_random_sentences_never_raise(gazetteer, text):
    article = Article(id="random", path="random.txt", publisher="Harbour Gazette",
                      published=date(2024, 5, 6), text=text)
    resolved = resolve_article(article, list(extract_candidates(text)), gazetteer)
    for claim in resolved.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
