"""The parse every rule reads: one pipeline per process, chosen by name, with blank lines
as hard sentence ends and offsets that index the article's own text."""

import pytest

from kg.errors import ExtractError
from kg.extract.parse import (
    MODEL_VARIABLE,
    model_name,
    parse,
    quote_marks_before,
    select_model,
    text_of,
)

WRAPPED = ("The minister said the vote\nwould go ahead on Monday.\n\n"
           "Headline without a stop\nThe second paragraph starts here.")


def test_a_line_break_inside_a_paragraph_is_no_boundary_but_a_blank_line_is():
    doc = parse(WRAPPED)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "The minister said the vote would go ahead on Monday."
    assert text_of(doc) == WRAPPED
    assert all(WRAPPED[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_a_paragraph_never_loses_its_first_word_to_a_sentence_of_its_own():
    doc = parse("Title\n\nMara Quint has said that the port would close.")
    assert [s.text.strip() for s in doc.sents] == [
        "Title", "Mara Quint has said that the port would close."]


@pytest.mark.parametrize(("dateline", "lead"), [
    ("OSLO, Jan 12 (Lumo News) -", "The bank's cap will stay, the vice-chairman said."),
    ("OSLO May 5", "The bank sees no reason to drop the cap, Ana Ruiz said."),
    ("NEW YORK -", "Lumo says it will not bid."),
    ("Bergen (Lumo News):", "The rise is concerning, the chief said."),
])
def test_a_wire_dateline_is_not_part_of_the_lead(dateline, lead):
    doc = parse(f"Title\n\n{dateline} {lead}")
    assert [s.text.strip() for s in doc.sents] == ["Title", dateline, lead]


def test_a_headline_with_a_colon_is_no_dateline():
    doc = parse("Kremlin: Kim will not attend\n\nText.")
    assert [s.text.strip() for s in doc.sents] == ["Kremlin: Kim will not attend", "Text."]


def test_the_model_is_named_with_its_version():
    name = model_name()
    assert name.startswith("en_core_web_sm") and name.endswith("-3.8.0")


def test_a_missing_model_is_one_clear_error(monkeypatch):
    monkeypatch.setenv(MODEL_VARIABLE, "xx_no_such_model")
    with pytest.raises(ExtractError, match="no spaCy English pipeline could be loaded "
                                           r"\(xx_no_such_model: .*\); install en_core_web_sm"):
        parse("The minister said the vote would go ahead.")


def test_a_model_named_on_the_command_line_wins(monkeypatch):
    installed = model_name().rsplit("-", 1)[0]
    monkeypatch.setenv(MODEL_VARIABLE, "xx_no_such_model")
    select_model(installed)
    try:
        assert parse("The minister said so.").text.startswith("The minister")
    finally:
        select_model(None)


def test_lemmas_the_lemmatizer_gets_wrong_are_corrected():
    doc = parse("She said she hoped the bridge would open, and is hoping for rain.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope"]


def test_contractions_with_a_typographic_apostrophe_have_their_lemmas():
    doc = parse("I\u2019m staying, we\u2019re winning, they\u2019ve left and she\u2019ll stay.")
    assert [t.lemma_ for t in doc if t.text.startswith("\u2019")] == [
        "be", "be", "have", "will"]


def test_quote_marks_are_counted_within_the_paragraph_before_a_position():
    text = '“Lumo will go,” Vexa said. "Soon," she added.\n\nKallo said “no.'
    doc = parse(text)
    assert quote_marks_before(doc, text.index("Vexa")) == {"“": 1, "”": 1, '"': 0}
    assert quote_marks_before(doc, text.index("she")) == {"“": 1, "”": 1, '"': 2}
    # a new paragraph starts the count again
    assert quote_marks_before(doc, text.index("Kallo")) == {"“": 0, "”": 0, '"': 0}
    assert quote_marks_before(doc, text.index("no")) == {"“": 1, "”": 0, '"': 0}
