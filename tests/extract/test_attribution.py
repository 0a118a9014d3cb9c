"""Attribution rules over the parse: a table of sentences written for the tests, each with
the rule that should speak, whose voice, which kind of claim and whose words; sentences that
make no claim yield nothing."""

import pytest
from spacy.tokens import Doc

from kg.extract.attribution import Voice, _speaker_token, attributions
from kg.extract.parse import parse


def found(text: str, headline: bool = False):
    doc = parse(text)
    return [attribution for sentence in doc.sents
            for attribution in attributions(sentence, headline)]


@pytest.mark.parametrize(
    ("text", "headline", "expected"),
    [
        ("Kremlin: Kim will not attend the parade", True,
         ("headline_colon", Voice.named, "statement", "Kremlin", None, "attend")),
        ("Rail delays a real nuisance but not a crisis: UN’s Vera Holm", True,
         ("headline_colon", Voice.named, "statement", "UN’s Vera Holm", None, "delays")),
        ("The envoy will not attend the summit next week, the ministry said on Thursday.",
         False, ("reporting_cue", Voice.named, "statement", "the ministry", None, "attend")),
        ("\"We will not sell him,\" coach Mia Berg told reporters.", False,
         ("reporting_cue", Voice.named, "statement", "coach Mia Berg", None, "sell")),
        ("The mayor said on Monday that the bridge would open in May.", False,
         ("reporting_cue", Voice.named, "statement", "The mayor", None, "open")),
        ("The club denied that the striker would leave.", False,
         ("reporting_cue", Voice.named, "denial", "The club", None, "leave")),
        ("The coach complained that the referee had favoured the hosts.", False,
         ("reporting_cue", Voice.named, "assessment", "The coach", None, "favoured")),
        ("Analysts at Lumo Bank described the merger as a costly mistake.", False,
         ("verdict", Voice.named, "assessment", "Analysts at Lumo Bank", None, "merger")),
        ("The union hailed the agreement as a win for its members.", False,
         ("verdict", Voice.named, "assessment", "The union", None, "agreement")),
        ("The mayor defended the plan to shut the bridge.", False,
         ("verdict", Voice.named, "assessment", "The mayor", None, "plan")),
        ("The minister expressed concern about the delays.", False,
         ("verdict", Voice.named, "assessment", "The minister", None, "concern")),
        ("The launch will slip to next year, according to the trade weekly.", False,
         ("according_to", Voice.named, "statement", "the trade weekly", None, "slip")),
        ("The governor is expected to resign before the vote.", False,
         ("passive_cue", Voice.unnamed, "expectation", None, None, "expected")),
        ("Heavy snow is expected across the valley on Tuesday.", False,
         ("passive_cue", Voice.unnamed, "expectation", None, None, "expected")),
        ("The storm is not expected to reach the coast, the agency said.", False,
         ("reporting_cue", Voice.named, "statement", "the agency", None, "expected")),
        ("It was announced on Friday that the festival would be cancelled.", False,
         ("passive_cue", Voice.unnamed, "announcement", None, None, "cancelled")),
        ("The senator is reportedly weighing a run for governor.", False,
         ("hearsay", Voice.unnamed, "statement", None, None, "weighing")),
        ("The airline has cancelled its order for forty jets.", False,
         ("own_act", Voice.named, "announcement", "The airline", None, "cancelled")),
        ("The storm could disrupt flights across the region.", False,
         ("publisher_hedge", Voice.publisher, "speculation", None, None, "disrupt")),
        ("Speculation is growing that the coach will quit.", False,
         ("claim_noun", Voice.unnamed, "speculation", None, None, "quit")),
        ("The agency reported, citing two officials, that the talks had collapsed.", False,
         ("reporting_cue", Voice.named, "statement", "two officials", "The agency",
          "collapsed")),
        ("The minister, quoted by the state broadcaster, said the border would reopen.", False,
         ("reporting_cue", Voice.named, "statement", "The minister", "the state broadcaster",
          "reopen")),
        ("The union leader ruled out a strike in March.", False,
         ("reporting_cue", Voice.named, "denial", "The union leader", None, "strike")),
        ("The outgoing chairman conceded defeat on Sunday.", False,
         ("self_report", Voice.named, "statement", "The outgoing chairman", None, "conceded")),
        ("Rising costs suggest that the project will stall.", False,
         ("publisher_hedge", Voice.publisher, "speculation", None, None, "stall")),
        ("The singer’s manager, Ana Ruiz said in a statement that the tour would go ahead.",
         False, ("reporting_cue", Voice.named, "statement", "Ana Ruiz", None, "go")),
        ("The mayor added that last winter's storms showed how weak the old levees had "
         "become.", False,
         ("reporting_cue", Voice.named, "statement", "The mayor", None, "showed")),
        ("Lena Ortiz, who chairs the panel, said the hearing would resume.", False,
         ("reporting_cue", Voice.named, "statement", "Lena Ortiz", None, "resume")),
        ("The minister made it clear that the bridge would stay shut.", False,
         ("reporting_cue", Voice.named, "statement", "The minister", None, "stay")),
        ("The minister has made clear that the bridge would stay shut.", False,
         ("reporting_cue", Voice.named, "statement", "The minister", None, "stay")),
        ("Judge Mara Quint ruled that the merger was unlawful.", False,
         ("reporting_cue", Voice.named, "announcement", "Judge Mara Quint", None, "was")),
        ("The dockers' union has vowed to strike in May.", False,
         ("reporting_cue", Voice.named, "statement", "The dockers' union", None, "strike")),
        ("Ana Ruiz has conveyed to aides that the port would close.", False,
         ("reporting_cue", Voice.named, "statement", "Ana Ruiz", None, "close")),
        ("The minister told allies that the port would close.", False,
         ("reporting_cue", Voice.named, "statement", "The minister", None, "close")),
        ("The mayor has accepted that the plan failed.", False,
         ("reporting_cue", Voice.named, "statement", "The mayor", None, "failed")),
        ("As per the weekly, the coach said he would stay.", False,
         ("reporting_cue", Voice.named, "statement", "the coach", "the weekly", "stay")),
        ("Ana Ruiz was quoted by the weekly as saying that the port would close.", False,
         ("reporting_cue", Voice.named, "statement", "Ana Ruiz", "the weekly", "close")),
        ("The port will close, according to a statement from Lumo.", False,
         ("according_to", Voice.named, "statement", "a statement from Lumo", None, "close")),
        ("Officials are confident that the bridge will reopen in June.", False,
         ("stance", Voice.named, "expectation", "Officials", None, "reopen")),
        ("The club is worried that the striker could leave.", False,
         ("stance", Voice.named, "prediction", "The club", None, "leave")),
        ("Ana Ruiz said on social media that the port would close.", False,
         ("reporting_cue", Voice.named, "statement", "Ana Ruiz", None, "close")),
        ("Last month, the bank was forced to act, saying it would charge lenders for "
         "deposits.", False,
         ("reporting_cue", Voice.named, "statement", "the bank", None, "charge")),
        ("Prosecutors charged that the firm had lied to investors.", False,
         ("reporting_cue", Voice.named, "statement", "Prosecutors", None, "lied")),
        ("The company met the mayor and said it would expand the plant.", False,
         ("reporting_cue", Voice.named, "statement", "The company", None, "expand")),
    ],
)
def test_each_rule_finds_its_speaker_and_clause(text, headline, expected):
    [attribution] = found(text, headline)
    claimant = attribution.claimant.text if attribution.claimant else None
    relay = attribution.reported_by.text if attribution.reported_by else None
    assert (attribution.rule, attribution.voice, attribution.kind.value, claimant, relay,
            attribution.content.text) == expected
    assert text[attribution.evidence.start:attribution.evidence.end] == attribution.evidence.text


@pytest.mark.parametrize("text", [
    "The parade is held every year on May 9.",
    "He declined to comment on the report.",
    "Did the minister say anything?",
    "He did not say whether the talks would resume.",
    "The museum opened in 1921 and has three floors.",
    "The minister is expected in Oslo on Monday.",
    "The court ruled on Monday.",
    "It is unclear why the board decided to sell the club.",
    "The club accepted the offer.",
    "The club is not sure that the striker will stay.",
    "Lumo declined to say whether it would bid.",
    "The bank will charge lenders for deposits.",
    "The flood was as high as it was forecast to be.",
    "In a nod to the weeks in which critics had called for her to resign, she wrote a letter.",
    "It would be harder for the bank to defend the cap.",
    "The coach made clear his anger.",
])
def test_sentences_that_make_no_claim(text):
    assert found(text) == []


def test_a_speaker_relayed_by_another_keeps_the_relay():
    [attribution] = found("The ministry said that the envoy had confirmed that talks would "
                          "resume.")
    assert (attribution.claimant.text, attribution.reported_by.text,
            attribution.content.text) == ("the envoy", "The ministry", "resume")


def test_two_claims_in_one_sentence_each_keep_their_clause():
    first, second = found("\"He will not come in person, but he will speak by video,\" the "
                          "aide said.")
    assert (first.content.text, second.content.text) == ("come", "speak")
    assert first.evidence.end <= second.evidence.start


def test_a_tag_after_two_coordinated_clauses_says_both():
    first, second = found("The jump in flood damage in Oslo is deeply worrying, but the river "
                          "can still be held back, the agency chief said on Tuesday.")
    assert (first.content.text, first.evidence.text, second.content.text) == (
        "is", "The jump in flood damage in Oslo is deeply worrying", "held")
    assert first.claimant.text == second.claimant.text == "the agency chief"


def test_a_second_cue_the_parse_hung_inside_the_first_clause_keeps_its_own_words():
    told, denied = found("On Wednesday, Ana Ruiz told staff that she will not step down, and "
                         "denied rumors of a plot to replace her, two aides told the paper.")
    assert (told.content.text, told.evidence.text) == (
        "step", "On Wednesday, Ana Ruiz told staff that she will not step down")
    assert (denied.kind.value, denied.evidence.text) == (
        "denial", "denied rumors of a plot to replace her")


def test_a_clause_the_parse_split_into_an_object_and_a_joined_verb():
    # The parse reads "the plan" as a second object of "told" and "is" as a verb joined
    # to it.
    [attribution] = found("Sources told the weekly on Friday the plan for a rail link, or a "
                          "new bridge, is one of the options the city is weighing.")
    assert (attribution.claimant.text, attribution.content.text) == ("Sources", "is")
    assert attribution.evidence.text.endswith("is one of the options the city is weighing")


def test_a_clause_set_off_by_dashes_is_an_aside():
    [attribution] = found("On Monday, the fund said it would sharply raise the fee on these "
                          "storage accounts -- money small firms and other clients keep with "
                          "the fund -- by 2 points, to 4.5 per cent.")
    assert attribution.content.text == "raise"
    assert attribution.evidence.text.endswith("on these storage accounts")


def test_evidence_ends_before_a_dangling_conjunction():
    first, _ = found("The mayor left and the storm will pass, the agency said.")
    assert first.evidence.text == "The mayor left"


def test_a_subject_the_parse_hung_on_the_clause_before():
    # The parse makes "Ada Brandt" an apposition of "Lumo" and leaves "expects" subjectless.
    [attribution] = found("Although the launch date remains open for Lumo, analyst Ada Brandt "
                          "expects the phone to ship in 2030.")
    assert (attribution.claimant.text, attribution.kind.value, attribution.content.text) == (
        "analyst Ada Brandt", "expectation", "ship")


def test_a_date_of_something_else_is_not_the_cues_time():
    [after] = found("Weeks after his narrow defeat in the vote on March 3, the senator said that "
                    "he would retire.")
    assert "March" not in after.frame
    [morning] = found("On the morning of March 3, the mayor said that she would retire.")
    assert morning.frame.startswith("On the morning of March 3")
    [shared] = found("On Friday, the firm revised its forecast and is now warning that sales "
                     "had slowed.")
    assert shared.frame.startswith("On Friday")
    [interview] = found("The mayor said in an interview in April that she would retire.")
    assert interview.frame.startswith("in an interview in April")


def test_an_inverted_condition_is_not_what_is_said():
    found_ = found("Aides told the broadcaster on Friday a fuel tax is among the measures the "
                   "cabinet is weighing, should it choose to move against rising prices.")
    assert [(a.claimant.text, a.content.text) for a in found_] == [("Aides", "is")]


def test_a_second_cue_the_parse_left_without_its_shared_subject():
    # The parse makes "rejects" a clause of "tells", which is left without a subject;
    # rejecting calls for her to quit denies quitting.
    found_ = found("‘Staying put’ – Mayor Ana Ruiz rejects fresh calls for her to quit, tells "
                   "aides that she will serve out her term.", True)
    assert [(a.claimant.text, a.content.text, a.kind.value) for a in found_] == [
        ("Mayor Ana Ruiz", "quit", "denial"), ("Mayor Ana Ruiz", "serve", "statement")]


def test_a_semicolon_parts_two_speakers():
    found_ = found("The coach says the striker will stay until June; the board says it has "
                   "decided nothing.")
    assert [(a.claimant.text, a.content.text, a.evidence.text) for a in found_] == [
        ("The coach", "stay", "The coach says the striker will stay until June"),
        ("the board", "decided", "the board says it has decided nothing")]


def test_a_negated_inner_cue_stays_the_outer_speakers_claim():
    [attribution] = found("The governor said the council did not rule out new taxes.")
    assert (attribution.claimant.text, attribution.content.text) == ("The governor", "rule")


@pytest.mark.xfail(reason="a reporting tag the parse attaches to a relative clause ('said at "
                          "the time that …') is not found", strict=True)
def test_a_tag_misread_as_a_relative_clause():
    [attribution] = found("Its spokesman said at the time that prices rarely fell.")
    assert attribution.content.text == "fell"


def test_an_acronym_read_as_a_relative_pronoun_still_speaks():
    # The parse of a title-case headline can take the acronym WHO for "who"; built by hand
    # so the rule is tested on that structure whatever the model makes of a sentence.
    words = ["Virus", "Crisis", ":", "WHO", "Declares", "a", "Pandemic"]
    doc = Doc(parse("").vocab, words=words, heads=[1, 1, 1, 4, 1, 6, 4],
              deps=["compound", "ROOT", "punct", "nsubj", "relcl", "det", "dobj"],
              pos=["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN"])
    assert _speaker_token(doc[4]).text == "WHO"
    lowered = Doc(doc.vocab, words=[w.lower() if w == "WHO" else w for w in words],
                  heads=[1, 1, 1, 4, 1, 6, 4],
                  deps=["compound", "ROOT", "punct", "nsubj", "relcl", "det", "dobj"])
    assert _speaker_token(lowered[4]).text == "Crisis"  # a real "who" points back


def test_of_two_subjects_the_name_speaks():
    # "His fiancée, Ana Ruiz said …" with no comma after the name: the parse can give the
    # verb two subjects; built by hand for that structure.
    words = ["His", "fiancée", ",", "Ana", "Ruiz", "said", "he", "would", "appeal", "."]
    doc = Doc(parse("").vocab, words=words, heads=[1, 5, 5, 4, 5, 5, 8, 8, 5, 5],
              deps=["poss", "nsubj", "punct", "compound", "nsubj", "ROOT", "nsubj", "aux",
                    "ccomp", "punct"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert _speaker_token(doc[5]).text == "Ruiz"
