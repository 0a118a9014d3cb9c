import pytest

from kg.read.clean import clean_text, drop_repeated, furniture_kind, normalize_text


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Support The Moscow Times!", "donation appeal"),
        ("… we have a small favor to ask. As you may have heard, we are independent.",
         "donation appeal"),
        ("Your support, no matter how small, makes a world of difference.", "donation appeal"),
        ("Eurasia Monitor is reader-funded. Support us with a monthly donation from $3.",
         "donation appeal"),
        ("Not ready to support today?", "donation appeal"),
        ("Try unlimited access", "paywall offer"),
        ("Only $1 for four weeks", "paywall offer"),
        ("All major cards accepted. No commitments – you can cancel any time.", "paywall offer"),
        ("Subscribe", "paywall offer"),
        ("The Daily Update, an email newsletter to keep you in the loop", "newsletter prompt"),
        ("Read more", "related links"),
        ("Read more:", "related links"),
        ("We use cookies to personalise content. Accept all | Manage preferences",
         "cookie notice"),
        ("Share this article", "share prompt"),
        ("© Korea Risk Group. All rights reserved.", "copyright line"),
        ("No part of this content may be reproduced, distributed, or used for",
         "copyright line"),
        ("Image: Official White House Photo by Andrea Hanks", "photo credit"),
        ("-", "stray punctuation"),
        ("now", "stray word"),
    ],
)
def test_furniture_is_recognized(paragraph, kind):
    assert furniture_kind(paragraph) == kind


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kremlin: North Korea's Kim Jong Un Will Not Attend Victory Day Parade",
        "Russia will support us in the talks, the minister said.",
        "The bank said it would cut rates, subscribing to the consensus view.",
        "A photo of the summit was released by the agency.",
    ],
)
def test_article_text_is_kept(paragraph):
    assert furniture_kind(paragraph) is None


def test_repeated_paragraphs_keep_the_first():
    assert drop_repeated(["One claim.", "Two.", "one  CLAIM.", "Three."]) == [
        "One claim.", "Two.", "Three."]


def test_normalize_text_folds_spaces_newlines_and_bom():
    assert normalize_text("\ufeffa\u00a0b \r\nc\rd  ") == "a b\nc\nd"


def test_clean_text_joins_paragraphs_with_blank_lines():
    raw = "Title line\nSupport The Daily!\n\nBody one.\nBody one.\n© 2020 The Daily.\n"
    assert clean_text(raw) == "Title line\n\nBody one."
