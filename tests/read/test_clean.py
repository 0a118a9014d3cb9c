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
        ("Advertisement - story continues below", "advertisement"),
        ("Lionel Messi in Paris. Photo: Terrace Talk/agencies", "photo credit"),
        ("Image: teaser. Credit: Nintendo", "photo credit"),
        ("Most popular on Far East Observer", "related links"),
        ("More from PixelWire: Switch 2 rumour round-up | The best games", "related links"),
        ("Follow Northeast Asia Wire on social media.", "social prompt"),
        ("This site uses cookies. By continuing to browse you agree.", "cookie notice"),
        ("Get the Central Bank Briefing in your inbox. Sign up now.", "newsletter prompt"),
        ("The Volga Post depends on its readers. Donate now and help.", "donation appeal"),
        ("Seoul Dispatch is independent. Support us: become a member today.", "donation appeal"),
        ("You have read 3 of 5 free articles this month.", "paywall offer"),
        ("Diplomacy | China | Korean peninsula", "navigation bar"),
        ("Terrace Talk | Transfers | 5 min read", "navigation bar"),
        ("EUR/USD 1.0889 +0.14% DAX 18,652 +0.51% Market data delayed", "market ticker"),
        ("Copyright The Volga Post 2025", "copyright line"),
        ("Reproduction without permission is prohibited.", "copyright line"),
        ("FAR EAST OBSERVER", "label"),
        ("Southern Cross Courier", "label"),
        ("By The Korea Ledger staff", "label"),
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
        "By visiting Russia, he would have been able to exert pressure on China.",
        "Prices rose 2% in May and 3% in June, the agency said.",
        "Kim Jong Un Will Not Attend.",
    ],
)
def test_article_text_is_kept(paragraph):
    assert furniture_kind(paragraph) is None


def test_repeated_paragraphs_keep_the_first():
    assert drop_repeated(["One claim.", "Two.", "one  CLAIM.", "Three."]) == [
        "One claim.", "Two.", "Three."]


def test_normalize_text_folds_spaces_newlines_and_bom():
    assert normalize_text("\ufeffa\u00a0b \r\nc\rd  ") == "a b\nc\nd"


def test_related_link_lists_go_with_their_heading():
    raw = ("Headline\nBody text of the story.\nRead more:\n- First link\n- Second link\n"
           "1. Numbered link\nA closing paragraph of the story.")
    assert clean_text(raw).split("\n\n") == ["Headline", "Body text of the story.",
                                            "A closing paragraph of the story."]


def test_list_items_elsewhere_are_kept():
    assert clean_text("Headline\n- The minister said talks would resume.") == (
        "Headline\n\n- The minister said talks would resume.")


def test_the_headline_is_kept_even_when_it_looks_like_a_label():
    assert clean_text("Kremlin Says No\nThe Kremlin said no.") == (
        "Kremlin Says No\n\nThe Kremlin said no.")


def test_clean_text_joins_paragraphs_with_blank_lines():
    raw = "Title line\nSupport The Daily!\n\nBody one.\nBody one.\n© 2020 The Daily.\n"
    assert clean_text(raw) == "Title line\n\nBody one."


WIRE = ("PARIS Jan 3 The agency said on Sunday it saw no\n"
        "reason to change the forecast it published in the\n"
        "autumn, its chief economist told a radio station.\n"
        "\"We see growth holding up in the first quarter and\n"
        "we do not expect a slowdown before the summer,\" she said.\n"
        "The agency last changed its forecast in 2019.")


def test_hard_wrapped_wire_copy_keeps_its_line_breaks_inside_paragraphs():
    assert clean_text(WIRE).split("\n\n") == [
        "PARIS Jan 3 The agency said on Sunday it saw no\nreason to change the forecast it "
        "published in the\nautumn, its chief economist told a radio station.",
        "\"We see growth holding up in the first quarter and\nwe do not expect a slowdown "
        "before the summer,\" she said.",
        "The agency last changed its forecast in 2019.",
    ]
