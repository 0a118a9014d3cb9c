"""The words kg's extraction rules listen for, kept as tables so a new phrasing is one line.

Every pattern is a regular expression matched case-insensitively on word boundaries.
"""

from __future__ import annotations

from kg.models import Certainty, ClaimKind

# Reporting cues: the verb or phrase that introduces a claim, and the kind it signals.
REPORTING_CUES: list[tuple[str, ClaimKind]] = [
    (r"announced|announces|announce|declared|declares|disclosed|discloses|revealed|reveals|"
     r"unveiled|unveils", ClaimKind.announcement),
    (r"confirmed|confirms|confirm", ClaimKind.confirmation),
    (r"denied|denies|deny|dismissed reports?|dismisses reports?|dismissed|dismisses|"
     r"rejected reports?|rejects reports?|ruled out|rules out|rule out", ClaimKind.denial),
    (r"predicted|predicts|predict|forecast|forecasts|projected|projects|warned|warns",
     ClaimKind.prediction),
    (r"expected|expects|expect|anticipated|anticipates|hoped|hopes", ClaimKind.expectation),
    (r"speculated|speculates|suggested|suggests|suggest|hinted|hints", ClaimKind.speculation),
    (r"believes|believed|thinks|thought|argued|argues|assessed|assesses|estimated|estimates|"
     r"described|describes",
     ClaimKind.assessment),
    (r"pointed to|points to|point to", ClaimKind.prediction),
    # A poll or forecast that "gave the opposition a lead" predicts that side's win.
    (r"(?:gave|gives|give|showed|shows|show|put|puts)(?= [^.;,]{1,40}? (?:a|an) (?:[\w.%-]+ )?"
     r"(?:lead|edge)\b)", ClaimKind.prediction),
    (r"told (?:reporters|journalists|lawmakers|parliament|a news conference|a press conference|"
     r"a briefing|[A-Z][\w-]+(?: [A-Z][\w-]+)*)|said in a statement|said|says|say|stated|states|"
     r"added|adds|noted|notes|replied|replies|explained|explains|insisted|insists|claimed|"
     r"claims|reported|reports|wrote|writes|told|accused|accuses|accuse|conceded|concedes|"
     r"concede|saying|adding|stating|noting|insisting|claiming", ClaimKind.statement),
]

# Participle cues ("..., saying that ..."): the speaker is the subject of the clause.
PARTICIPLE_CUES = r"saying|adding|stating|noting|insisting|claiming|announcing|warning"

# Phrases after a speaker that name the source it relays ("the Times reported, citing ...").
SOURCE_CITATIONS = r"citing|quoting"

# Passive cues ("is expected to", "had been widely expected by economists").
PASSIVE_CUES = r"expected|tipped|forecast|predicted|rumou?red|anticipated"

# Words between a speaker and its cue that are not part of the speaker's name.
SPEAKER_ADVERBS = (
    r"had|has|have|also|previously|earlier|reportedly|later|now|again|still|already|then|"
    r"too|first|last|repeatedly|publicly|privately|separately|initially"
)

# Modal verbs by which an outlet speculates in its own voice ("Moscow could host ...").
PUBLISHER_SPECULATION = r"could (?!have\b)\w+|might (?!have\b)\w+|may (?!have\b)\w+"

# Phrases that attribute a claim to nobody in particular: pattern -> (who, kind).
UNNAMED_CUES: list[tuple[str, str, ClaimKind]] = [
    (r"speculation (?:is|has been) (?:mounting|growing|rife|rising) that", "unnamed",
     ClaimKind.speculation),
    (r"(?:there (?:has|had) been |there is )?speculation (?:has focused on(?: the (?:possibility|"
     r"prospect|idea) that)?|that)", "unnamed",
     ClaimKind.speculation),
    (r"it (?:is|was|had been|has been) (?:widely )?(?:expected|anticipated) that", "unnamed",
     ClaimKind.expectation),
    (r"it (?:is|was|had been|has been) (?:widely )?(?:rumou?red|reported) that", "unnamed",
     ClaimKind.speculation),
    (r"it (?:is|was|had been|has been) (?:officially )?announced(?: \w+ \w+)? that", "unnamed",
     ClaimKind.announcement),
    (r"it (?:is|was|had been|has been) (?:officially )?confirmed(?: \w+ \w+)? that", "unnamed",
     ClaimKind.confirmation),
    (r"(?:people|sources?) (?:familiar with|close to|briefed on) the (?:matter|plans?|talks|"
     r"negotiations|discussions),? (?:said|say|says),?(?: that)?",
     "sources familiar with the matter", ClaimKind.statement),
]

# Certainty from modal words in a clause's verb group; the weakest one present wins
# ("would probably" is probable). Matched case-sensitively: "May" is a month.
MODALITY: list[tuple[str, Certainty]] = [
    (r"will (?:most )?likely|would (?:most )?likely|(?:is|are|was|were) (?:most )?likely to|"
     r"(?:is|are|was|were) (?:widely )?expected to|probably|likely|unlikely|"
     r"appears? (?:likely|set) to", Certainty.probable),
    (r"may|might|could|possibly|perhaps|hopes?|hoped|considering|would like to",
     Certainty.possible),
    (r"wants?|wanted", Certainty.probable),
    (r"will|would|shall|(?:is|are|was|were) set to|(?:has|had|have) decided|decided|"
     r"(?:is|are|was|were) going to|plans? to|planned to|intends? to", Certainty.certain),
]

# Phrases anywhere in a claim that hedge it when its verb group says nothing
# ("the two countries are in the preparatory stage for a visit").
CONTENT_HEDGES: list[tuple[str, Certainty]] = [
    (r"preparatory stage|preparing (?:for|a|an|the|to)|positive signal|signals? that|"
     r"favou?rabl[ey]|(?:signal|response|reaction|sign)s? (?:was|were|is|are) "
     r"(?:positive|favou?rable|encouraging)", Certainty.probable),
    (r"(?:is|was|were|are) possible|possibly", Certainty.possible),
]

# Content that announces a decision: said by the party that decides, it is an announcement.
DECISIONS = (
    r"(?:has|had|have)?\s*decided|(?:will|would|is to|are to) send|(?:will|would) (?:announce|"
    r"reveal|unveil|launch|hold|host)"
)

# Predicates that explain rather than report: a claim built on them is an assessment.
EXPLANATIONS = frozenset({"help", "cause", "contribute", "drive", "fuel", "explain", "mean"})

# Speakers that are people nobody names ("the officials said"), as opposed to institutions.
ANONYMOUS_SPEAKERS = (
    r"officials?|sources?|diplomats?|analysts?|economists?|observers?|experts?|people|"
    r"insiders?|aides?|negotiators?|lawmakers?|residents?|traders?|investors?|punters|"
    r"commentators?|critics?|pollsters?|forecasters?|strategists?|markets?"
)

# Words that negate the clause they stand in.
NEGATIONS = r"not|n't|never|no longer|neither|nor|unlikely|rarely|seldom|hardly"

# Words that negate a clause when its object starts with them ("saw no reason").
NEGATIVE_OBJECTS = r"no|nothing|none|neither|never"

# A turn after "but" that takes back what the clause said ("wanted to go back but had
# decided against it").
REVERSALS = (
    r"but\s+(?:had\s+|has\s+|then\s+|later\s+)?(?:decided against|changed (?:his|her|their|its) "
    r"mind|gave up|pulled out|backed out|ruled (?:it|that) out)"
)

# Auxiliaries and modals that may stand between a subject and its main verb.
AUXILIARIES = (
    r"would like to|appears? (?:likely|unlikely|set) to|seems? (?:likely|unlikely|set) to|"
    r"widely|tipped to|(?:intention|decision|wish|bid) to|meant to|means to|"
    r"will|would|shall|should|may|might|must|can|could|is|are|was|were|be|been|being|"
    r"has|have|had|do|does|did|also|still|likely|probably|possibly|soon|already|"
    r"not|n't|never|no longer|rarely|seldom|hardly|most|decided to|decided|expected to|"
    r"set to|going to|"
    r"likely to|unlikely to|to|plans? to|intends? to|hopes? to|want to|wants to"
)

# Verb forms that do not end in -ed or -s, with their lemmas, so that a verb with no
# auxiliary before it is still found ("North Korea sent a signal").
IRREGULAR_VERBS: dict[str, str] = {
    "sent": "send", "went": "go", "made": "make", "took": "take", "gave": "give",
    "held": "hold", "met": "meet", "told": "tell", "said": "say", "won": "win", "lost": "lose",
    "left": "leave", "came": "come", "saw": "see", "knew": "know", "thought": "think",
    "brought": "bring", "bought": "buy", "paid": "pay", "put": "put", "set": "set",
    "cut": "cut", "led": "lead", "ran": "run", "fell": "fall", "rose": "rise", "grew": "grow",
    "began": "begin", "became": "become", "kept": "keep", "spent": "spend", "sold": "sell",
    "felt": "feel", "found": "find", "heard": "hear", "stood": "stand", "wrote": "write",
    "spoke": "speak", "chose": "choose", "broke": "break", "sought": "seek", "fought": "fight",
    "struck": "strike", "meant": "mean", "built": "build", "got": "get", "let": "let",
    "withdrew": "withdraw", "forecast": "forecast", "want": "want", "need": "need",
    "plan": "plan", "hope": "hope", "expect": "expect", "seek": "seek",
}

# Predicates: a verb phrase, the normalized lemma kg files it under, and whether the
# phrase itself says the thing will not happen (skip = not attend).
PREDICATES: list[tuple[str, str, bool]] = [
    (r"take part in|takes part in|took part in|taking part in|participate in|participates in|"
     r"participated in|participating in|attend|attends|attended|attending", "attend", False),
    (r"skip|skips|skipped|skipping|miss|misses|missed|boycott|boycotts|boycotted|"
     r"shun|shuns|shunned|shunning|stay away from|stayed away from|staying away from",
     "attend", True),
    (r"stay in|stays in|stayed in|staying in|stay at home|stayed at home|staying at home|"
     r"stay home|stayed home|remain in|remains in|remained in", "attend", True),
    (r"pull out of|pulled out of|pulls out of|pulls out|pulled out|withdraw from|withdrew from|"
     r"cancel|cancels|cancelled|canceled|call off|called off", "attend", True),
    (r"travel to|travels to|travelled to|traveled to|travelling to|traveling to|"
     r"go to|goes to|went to|going to|head to|heads to|headed to|fly to|flies to|flew to",
     "visit", False),
    (r"come to|comes to|came to|coming to|make the trip|made the trip|make the journey|"
     r"made the journey|make a trip|made a trip", "visit", False),
    (r"come|comes|came|coming", "visit", False),
    (r"be in|be at|arrive in|arrives in|arrived in", "visit", False),
    (r"visit|visits|visited|visiting", "visit", False),
    (r"agree(?:s|d)? (?:a )?deal to (?:play for|join)|play(?:s|ed)? for", "join", False),
    (r"turn(?:s|ed|ing)? down (?:the |an |a )?(?:offer|approach|bid|move) (?:from|to join)",
     "join", True),
    (r"join|joins|joined|joining|sign for|signs for|signed for", "join", False),
    (r"meet|meets|met|meeting with|hold talks with|held talks with|"
     r"(?:hold|holds|held|holding) (?:a|an|the|their|its|his|her) (?:\w+ )?"
     r"(?:meeting|talks|summit)",
     "meet", False),
    (r"win|wins|won|winning", "win", False),
    (r"lose|loses|lost|losing", "win", True),
    (r"turn(?:s|ed|ing)? down|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?", "accept", True),
    (r"change|changes|changed|changing", "change", True),
    (r"slip|slips|slipped|slipping|delay|delays|delayed|postpone|postpones|postponed|"
     r"push back|pushed back", "proceed", True),
    (r"take place|takes place|took place|taking place|go ahead|goes ahead|went ahead|"
     r"happen|happens|happened", "proceed", False),
    (r"(?:prepar|plann)(?:e|es|ed|ing) (?:for )?(?:a|an|the|its) (?:\w+ )?(?:launch|release)",
     "launch", False),
    (r"cut|cuts|cutting|lower|lowers|lowered", "cut", False),
    (r"launch|launches|launched|launching|release|releases|released", "launch", False),
]

# Nominal forms: "a visit by Kim" -> subject Kim, predicate visit. ``np`` is the subject,
# ``target`` the object.
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
NOMINAL_PREDICATES: list[tuple[str, str]] = [
    (rf"(?:a |the )?(?:visit|trip) (?:to (?P<target>{_NAME}) )?by (?P<np>{_NAME})", "visit"),
    (rf"(?:the )?(?:attendance|participation|presence) (?:of|by) (?P<np>{_NAME})", "attend"),
    (rf"(?P<np>his|her|their|{_NAME}(?=['’]s))(?:['’]s)? "
     r"(?:attendance|participation|presence)\b", "attend"),
    (rf"(?:a |an )?(?P<np>{_NAME}) (?:victory|win)\b", "win"),
    (rf"(?P<np>{_NAME})['’]s (?:(?P<target>{_NAME}) )?(?:trip|visit|journey)\b", "visit"),
    (rf"meeting (?:between|of) (?P<np>{_NAME}) and (?P<target>{_NAME})", "meet"),
    (r"(?P<np>(?:the |a )?[\w' -]+?) (?:a|an) (?:[\w.%-]+ )?(?:lead|edge)\b", "win"),
    (rf"invitation (?:for|to) (?P<np>{_NAME}) to (?:join|attend|visit|come to|travel to) "
     r"(?P<target>[^,.;]+)", "visit"),
]

# Nouns whose "that" clause carries the claim: "had received signals that Kim meant to come".
CONTENT_NOUNS = r"signals?|indications?|assurances?|word|confirmation|news|reports?|hopes?|sign"

# Phrases after which the words carry the claim: a bookmaker that "paid out to customers who
# had backed Labor to win" claims that Labor won.
CONTENT_FRAMES = (
    rf"(?:{CONTENT_NOUNS}) that|"
    r"(?:paid|pays|paying|pay) out\b[^;]{0,100}?\b(?:backed|backing|bet on|betting on|tipped)"
)

# Predicates that hold between two parties alike: "Kim and Xi meet" is "Kim meet Xi".
SYMMETRIC_PREDICATES = frozenset({"meet"})

# Answers that carry no proposition of their own: "the first signal was positive" says
# of the matter the speaker spoke of just before whether it goes ahead.
RESPONSE_NOUNS = r"signals?|signs?|responses?|reactions?|answers?|repl(?:y|ies)|feedback"

# How an answer's verdict sets the polarity of the matter it answers (True = negative).
VERDICTS: dict[str, bool] = {
    "positive": False, "favourable": False, "favorable": False, "encouraging": False,
    "good": False, "negative": True, "unfavourable": True, "unfavorable": True,
    "discouraging": True, "bad": True,
}

# Nouns that name a planned occurrence, with the predicate of the claims that plan it:
# "that meeting will not take place" takes back the claim that they would meet.
OCCURRENCE_NOUNS: dict[str, str] = {
    "meeting": "meet", "talks": "meet", "summit": "meet", "launch": "launch",
    "release": "launch", "visit": "visit", "trip": "visit", "journey": "visit",
}

# The predicate of "the meeting will take place", "the launch would slip".
OCCURRENCE_PREDICATE = "proceed"

# Clauses whose own verdict reasons about a consequence ("that made his attendance less
# likely"): the nominal they rate is the claim, negative when it becomes less likely.
LIKELIHOOD_SHIFTS: list[tuple[str, bool]] = [
    (r"(?:made|makes|make|making|would make) (?P<nominal>[^,.;]+?) (?:less likely|unlikely)", True),
    (r"(?:made|makes|make|making|would make) (?P<nominal>[^,.;]+?) (?:more likely|likelier)",
     False),
]

# Cues by which a speaker reports on itself: "Shorten conceded defeat" -> Shorten did not win.
SELF_REPORTS: list[tuple[str, str, bool]] = [
    (r"conced(?:e|es|ed|ing) defeat", "win", True),
    (r"claim(?:s|ed)? victory", "win", False),
]

# Predicates that are about moving somewhere; with the venue of the article's event as
# their object they mean attending that event.
MOVEMENT_PREDICATES = frozenset({"visit"})

# Words that mark a clause as about the future, which turns a plain statement into a
# prediction when it is hedged.
FUTURE_MARKERS = (
    r"will|would|shall|'ll|going to|is set to|are set to|likely to|unlikely to|expected to|"
    r"decided (?:not )?to|plans? to|intends? to|"
    r"(?:may|might|could) (?!have\b)\w+"
)

# Counterfactuals ("could have boosted his image") evaluate rather than report.
COUNTERFACTUAL = r"(?:could|would|might|should) have (?!been expected)\w+"

# Hedges by which an outlet makes a prediction in its own voice.
PUBLISHER_HEDGES = (
    r"(?:is|are) (?:likely|unlikely|set) to|will likely|could yet|appears? (?:likely|set) to|"
    r"suggests? that|indicates? that|means? that|means (?=\w+ (?:has|have|had|will|is)\b)|"
    r"is expected to produce|"
    # A consequence reasoned in the outlet's voice: "With Kim staying at home, that meeting
    # will not take place".
    r"^With [^,]{3,60}?\b(?:\w+ing|gone|out|over)\b[^,]*(?=, [^,]* (?:will|would|won't)\b)"
)

# Relative time expressions near a reporting cue.
TIME_EXPRESSIONS: list[str] = [
    r"(?:late |early )?(?:on |last )?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?: night| morning| evening| afternoon)?",
    r"(?P<relative>yesterday|today|last week|this week|earlier this week|earlier in the week|"
    r"last month|earlier this month|this month|the same day|at the time|last year)",
    r"(?:in|earlier in|late|in late|in early|early|last|from|since) (?P<month>january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b(?! \d)",
    r"(?:on )?(?P<day_month>january|february|march|april|may|june|july|august|september|"
    r"october|november|december) (?P<day>\d{1,2})\b",
    r"(?P<days_ago>(?:days|a few days|two days|three days) (?:ago|earlier|after|before))",
    r"(?:in|throughout|during|since|until|through) (?:early |late |mid-)?(?P<year>(?:19|20)\d{2})",
]

# Tenses that place a statement before the article's news without dating it.
PERFECT_REPORTING = r"(?:had|has|have) (?:previously |earlier |already )?(?:\w+ly )?\w+"

# Pronouns that refer back to a person already introduced.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})

# Pronouns and demonstratives kg does not resolve: a claim about them names nobody.
OTHER_PRONOUNS = frozenset({"i", "we", "you", "they", "it", "this", "that", "these", "those",
                            "there", "one", "us", "them"})

# Words that make a capitalized name an organization rather than a person.
ORGANIZATION_WORDS = (
    r"agency|ministry|service|bank|times|news|post|kremlin|committee|council|university|"
    r"party|government|office|house|department|institute|association|league|club|group|"
    r"company|corporation|inc|ltd|commission|union|assembly|parliament|court|army|forces|"
    r"media|press|network|channel|daily|journal|herald|tribune|monitor|observer|chronicle|"
    r"reuters|associated|federation|organization|organisation|fund|poll|newspoll|"
    r"fc|afc|cf|sc|united|athletic|rovers|wanderers"
)

# Titles that stand before a person's name but are not part of it.
PERSON_TITLES = (
    r"president|vice president|prime minister|deputy prime minister|foreign minister|premier|"
    r"deputy foreign minister|minister|chancellor|mayor|governor|senator|congressman|"
    r"congresswoman|ambassador|general|gen\.|admiral|colonel|secretary|spokesman|"
    r"spokeswoman|spokesperson|chairman|chairwoman|chair|chief|director|ceo|coach|manager|"
    r"king|queen|prince|princess|pope|dr\.?|mr\.?|mrs\.?|ms\.?|sir|dame|lord|lady"
)

# Head nouns that can name a speaker without a capital letter ("economists said").
CLAIMANT_NOUNS = (
    r"officials?|analysts?|economists?|observers?|experts?|diplomats?|sources?|people|"
    r"polls?|surveys?|markets?|investors?|traders?|commentators?|critics?|residents?|lawmakers?|"
    r"media|outlets?|reports?|spokes(?:man|woman|person)|aides?|ministers?|ministry|"
    r"agency|agencies|government|authorities|officers?|envoys?|ambassadors?|secretary|"
    r"president|premier|chancellor|leaders?|dispatch|statement|newspaper|broadcaster|"
    r"bookmakers?|pollsters?|researchers?|scientists?|insiders?|negotiators?|representatives?|"
    r"staff|media|punters|forecasters|strategists|"
    r"council|committee|board|police|military|army|company|club|team|firm|bank|union|embassy|"
    r"office|department|commission|court|campaign|party|weekly|daily|magazine|paper|website|"
    r"tabloid|wire|channel|station|network|opposition|coalition|alliance|delegation|"
    r"chamber|institute|association|federation|foundation|regulator|watchdog|authority|"
    rf"{PERSON_TITLES}"
)
