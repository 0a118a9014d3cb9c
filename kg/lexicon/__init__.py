"""The words kg's rules listen for, as data, so that a new phrasing is one row.

Every table holds lemmas as spaCy gives them (``say``, not ``said``/``says``); a verb with
a particle or preposition is written with it (``rule out``, ``take part in``). Rules in
:mod:`kg.extract` and :mod:`kg.resolve` read these tables and nothing else.
"""

from __future__ import annotations

from kg.models import Certainty, ClaimKind

# Reporting cues: a verb whose subject is the speaker and whose complement is the claim.
CUES: dict[str, ClaimKind] = {
    **dict.fromkeys(
        ["say", "tell", "add", "state", "note", "stress", "reiterate", "insist", "claim",
         "report", "write", "explain", "reply", "respond", "tweet", "post", "clarify",
         "emphasize", "emphasise", "remark", "comment", "assert", "maintain", "repeat",
         "acknowledge", "admit", "concede", "allege", "accuse", "indicate", "signal",
         "agree", "inform", "assure", "mention", "recall", "point out", "vow", "pledge",
         "promise", "caution", "read", "blame", "charge", "make clear", "convey", "accept"],
        ClaimKind.statement),
    **dict.fromkeys(["announce", "declare", "unveil", "disclose", "reveal", "decide", "rule"],
                    ClaimKind.announcement),
    **dict.fromkeys(["confirm", "verify"], ClaimKind.confirmation),
    **dict.fromkeys(["deny", "dismiss", "rule out", "refute", "reject", "play down",
                     "downplay", "rebuff", "contradict"], ClaimKind.denial),
    **dict.fromkeys(["predict", "forecast", "warn", "project", "foresee", "fear",
                     "point to"], ClaimKind.prediction),
    **dict.fromkeys(["expect", "anticipate", "hope"], ClaimKind.expectation),
    **dict.fromkeys(["suggest", "hint", "speculate", "suspect", "guess", "wonder", "imply"],
                    ClaimKind.speculation),
    **dict.fromkeys(["mean", "show"], ClaimKind.assessment),
    **dict.fromkeys(["believe", "think", "estimate", "assess", "argue", "describe",
                     "consider", "feel", "find", "judge", "conclude", "doubt", "call",
                     "characterize", "characterise", "complain", "lament"],
                    ClaimKind.assessment),
}

# Verbs by which a speaker in the first person hedges a clause: "I think they will go" is
# "they will probably go"; "I don't think they will go", "they probably won't".
HEDGING_VERBS = frozenset({"think", "believe", "guess", "suppose", "reckon", "feel",
                           "expect", "imagine"})

# Adjectives by which a speaker holds a view of a clause ("officials are confident that the
# bridge will reopen"), with the kind of claim they make.
STANCES: dict[str, ClaimKind] = {
    **dict.fromkeys(["confident", "optimistic", "hopeful"], ClaimKind.expectation),
    **dict.fromkeys(["worried", "concerned", "afraid", "fearful"], ClaimKind.prediction),
    **dict.fromkeys(["convinced", "sure", "certain", "adamant"], ClaimKind.statement),
    **dict.fromkeys(["doubtful", "sceptical", "skeptical"], ClaimKind.speculation),
}

# Cues by which a speaker thinks the opposite of their clause likely: "doubted he would
# survive the week" says he probably will not.
DOUBTS = frozenset({"doubt"})

# Cues whose claim is the speaker's own view of the future: their content is capped at
# this certainty, whatever its verbs say.
CUE_CERTAINTY: dict[ClaimKind, Certainty] = {
    ClaimKind.expectation: Certainty.probable,
    ClaimKind.prediction: Certainty.probable,
    ClaimKind.speculation: Certainty.possible,
}

# Cues that are claims only with a clause after them: "reject" a bid is an act, "reject
# claims that ..." a denial.
CLAUSE_ONLY_CUES = frozenset({"reject", "call", "find", "feel", "consider", "describe",
                              "agree", "decide", "hope", "fear", "promise", "say", "tell",
                              "add", "write", "note", "explain", "reply", "respond",
                              "vow", "pledge", "play down", "rebuff", "contradict", "think",
                              "believe", "inform", "assure", "mention", "recall", "indicate",
                              "signal", "accuse", "admit", "acknowledge", "post", "tweet",
                              "complain", "lament", "rule", "make clear", "convey", "accept",
                              "charge"})

# Cues whose to-clause is the speaker's own act: "the union vowed to strike" claims the
# union will strike.
COMMITMENTS = frozenset({"vow", "pledge", "promise", "agree", "decide", "threaten", "refuse",
                         "offer", "undertake", "swear", "plan", "intend"})

# Cues whose object is who the claim is about: "accuse X of supplying arms" claims that X
# supplies them.
ACCUSATIONS = frozenset({"accuse", "blame", "charge", "criticize", "criticise"})

# Nouns whose clause is a claim of their owner: "the company's statement that ...",
# "denied reports that ...": the report's content is what is denied.
CONTENT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "suggestion", "speculation",
                           "allegation", "assertion", "statement", "talk", "word", "news",
                           "signal", "indication", "assurance", "sign", "hope", "confirmation",
                           "charge", "accusation", "idea", "notion", "possibility",
                           "prospect", "expectation", "fear"})

# Acts that stop what their object names: "blocked the extradition of X" is X not being
# extradited, "halted the merger" the merger not going ahead.
PREVENTING = frozenset({"block", "halt", "stop", "bar", "prevent", "veto", "thwart"})

# Verbs of a phase under which a cue keeps its speaker: "has begun to admit that ...",
# "came to believe that ...".
PHASE_VERBS = frozenset({"begin", "start", "come", "continue", "grow"})

# Nouns for what someone is asked to do ("calls for him to resign"): a denial of them
# ("rejected calls to quit") denies the thing asked.
DEMAND_NOUNS = frozenset({"call", "demand", "pressure", "appeal", "plea", "push", "request",
                          "urging", "suggestion"})

# Cues by which things rather than speakers point to a conclusion ("the hurdles suggest
# that ..."): with a subject that names no speaker, the conclusion is the outlet's.
EVIDENCE_CUES = frozenset({"suggest", "indicate", "show", "mean", "signal", "point to",
                           "imply", "hint"})

# Nouns whose clause is a claim in nobody's voice unless someone owns it ("speculation that
# ...", "the mayor's warning that ..."), with the kind of claim they make.
CLAIM_NOUNS: dict[str, ClaimKind] = {
    "speculation": ClaimKind.speculation, "rumour": ClaimKind.speculation,
    "rumor": ClaimKind.speculation, "expectation": ClaimKind.expectation,
    "hope": ClaimKind.expectation, "warning": ClaimKind.prediction,
    "fear": ClaimKind.prediction, "prediction": ClaimKind.prediction,
    "forecast": ClaimKind.prediction, "report": ClaimKind.statement,
    "suggestion": ClaimKind.speculation, "claim": ClaimKind.statement,
    "announcement": ClaimKind.announcement, "promise": ClaimKind.statement,
    "assurance": ClaimKind.statement, "talk": ClaimKind.speculation,
}

# Verb and object by which a speaker reports on itself: "conceded defeat" is the claim that
# it did not win.
SELF_REPORTS: dict[str, tuple[str, bool]] = {
    "concede defeat": ("win", True), "admit defeat": ("win", True),
    "claim victory": ("win", False), "declare victory": ("win", False),
}

# Polls and forecasts that give a side the lead predict its win: "gave Labor a lead".
LEAD_NOUNS = frozenset({"lead", "edge", "advantage"})

# Raising predicates that state a claim with nobody, or an agent, as its source:
# "X is expected to ...", "X is set to ...", "it was announced that ...".
PASSIVE_CUES: dict[str, ClaimKind] = {
    "expect": ClaimKind.expectation, "anticipate": ClaimKind.expectation,
    "tip": ClaimKind.prediction, "forecast": ClaimKind.prediction,
    "predict": ClaimKind.prediction, "project": ClaimKind.prediction,
    "rumour": ClaimKind.speculation, "rumor": ClaimKind.speculation,
    "say": ClaimKind.statement, "report": ClaimKind.statement,
    "understand": ClaimKind.statement, "believe": ClaimKind.assessment,
    "think": ClaimKind.assessment, "consider": ClaimKind.assessment,
    "announce": ClaimKind.announcement, "confirm": ClaimKind.confirmation,
    "deny": ClaimKind.denial, "estimate": ClaimKind.assessment,
}

# Adverbs by which a writer relays a claim from nobody named ("the studio is reportedly ...").
HEARSAY_ADVERBS: dict[str, Certainty] = {
    "reportedly": Certainty.probable, "allegedly": Certainty.possible,
    "purportedly": Certainty.possible, "supposedly": Certainty.possible,
    "rumouredly": Certainty.possible,
}

# What a speaker declines to do when it makes no claim: "declined to comment".
REFUSALS = frozenset({"comment", "elaborate", "speculate", "discuss"})

# Subordinators of clauses that set the scene for the news rather than report it.
SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "since", "because",
                           "if", "unless", "until", "once", "although", "though"})

# Verbs that relay someone else's claim: "citing officials", "quoted by the agency".
RELAY_VERBS = frozenset({"cite", "quote"})

# Head nouns of speakers nobody names ("officials said", "sources familiar with ...").
ANONYMOUS_NOUNS = frozenset({
    "official", "source", "diplomat", "analyst", "economist", "observer", "expert", "people",
    "person", "insider", "aide", "negotiator", "lawmaker", "resident", "trader", "investor",
    "punter", "commentator", "critic", "pollster", "forecaster", "strategist", "market",
    "officer", "executive", "staffer", "member", "worker", "banker", "scientist",
    "researcher", "journalist", "witness", "someone", "many", "some", "others",
})

# Words for a body that say nothing of its kind: "the company" is the organization named
# last, while "the union" or "the court" is only one named as such.
GENERIC_BODIES = frozenset({"company", "firm", "group", "corporation", "business", "giant",
                            "organization", "organisation", "conglomerate", "maker", "agency",
                            "body", "authority", "institution"})

# Speakers that are not named but are still somebody: "the company", "the bank", "the
# ministry" point back at the organization named before them.
INSTITUTION_NOUNS = frozenset({
    "company", "bank", "ministry", "government", "agency", "office", "department",
    "presidency", "court", "council", "committee", "club", "team", "firm", "group", "party",
    "union", "board", "commission", "organization", "organisation", "automaker", "carmaker",
    "maker", "giant", "central bank", "regulator", "watchdog", "embassy", "military",
    "army", "police", "campaign", "administration", "parliament", "newspaper", "broadcaster",
    "publication", "outlet", "daily", "weekly", "website", "network", "channel", "service",
    "authority", "authorities", "white house", "kremlin", "federation",
    "association", "league", "body", "bloc", "alliance", "coalition", "opposition",
    "airline", "carrier", "retailer", "manufacturer", "insurer", "lender", "operator",
    "studio", "publisher", "hospital", "university", "school", "city",
    "state", "country", "province", "region", "county", "municipality", "utility", "fund",
    "exchange", "startup", "conglomerate", "developer", "supplier",
})

# Roles a person speaks in: "the sherpa added" is a person the article has named.
PERSON_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "premier",
    "chancellor", "leader", "chief", "head", "envoy", "ambassador", "secretary", "director",
    "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "judge", "coach",
    "manager", "sherpa", "father", "mother", "agent", "lawyer", "attorney", "prosecutor",
    "representative", "adviser", "advisor", "founder", "owner", "ceo", "star", "superstar",
    "player", "striker", "captain", "forward", "midfielder", "goalkeeper", "singer", "actor",
    "actress", "author",
})

# Words that may stand as a speaker's head without a capital letter.
SPEAKER_NOUNS = ANONYMOUS_NOUNS | INSTITUTION_NOUNS | PERSON_ROLES | frozenset({
    "poll", "survey", "report", "statement", "study", "forecast", "bookmaker", "media",
    "press",
})

# Modal auxiliaries and the certainty they give the clause they stand in.
MODALS: dict[str, Certainty] = {
    "will": Certainty.certain, "would": Certainty.certain, "shall": Certainty.certain,
    "wo": Certainty.certain, "'ll": Certainty.certain, "must": Certainty.certain,
    "can": Certainty.certain, "ca": Certainty.certain,
    "should": Certainty.probable,
    "may": Certainty.possible, "might": Certainty.possible, "could": Certainty.possible,
}

# Modals that put a clause in the future.
FUTURE_MODALS = frozenset({"will", "would", "shall", "wo", "'ll", "may", "might", "could",
                           "should"})

# Adjectives that forecast their subject by themselves: "a change of course is unlikely".
LIKELIHOODS = frozenset({"likely", "unlikely"})

# Cues whose object alone is what they state: "the ministry reported 77 cases".
STATING_CUES = frozenset({"report"})

# Verbs that link a subject to an adjective which may frame a clause: "is likely to go",
# "looks set to stay", "seems poised to win".
LINKING_VERBS = frozenset({"be", "look", "seem", "appear"})

# Verbs that stand alone for a verb phrase left out ("Absolutely, it has", "we did"): with
# nothing after them they state nothing.
ELLIPTIC_VERBS = frozenset({"have", "do"})

# Adverbs that put a clause in the future whatever its modal: "can be convinced soon".
FUTURE_ADVERBS = frozenset({"soon", "tomorrow", "shortly", "eventually", "later"})

# Adverbs and adjectives that hedge a clause.
HEDGES: dict[str, Certainty] = {
    "probably": Certainty.probable, "likely": Certainty.probable,
    "unlikely": Certainty.probable, "presumably": Certainty.probable,
    "possibly": Certainty.possible, "perhaps": Certainty.possible,
    "maybe": Certainty.possible, "potentially": Certainty.possible,
    "conceivably": Certainty.possible, "reportedly": Certainty.probable,
    "allegedly": Certainty.possible, "possible": Certainty.possible,
    "probable": Certainty.probable,
}

# Nouns of being on the way to something: "is on track / on course / on schedule to close".
COURSE_NOUNS = frozenset({"track", "course", "schedule"})

# Adjectives that rate a clause put after "it is" ("it is unlikely that the vote will
# pass"): the certainty they lend it and whether they negate it.
EXTRAPOSED_ADJECTIVES: dict[str, tuple[Certainty, bool]] = {
    "likely": (Certainty.probable, False), "unlikely": (Certainty.probable, True),
    "probable": (Certainty.probable, False), "improbable": (Certainty.probable, True),
    "possible": (Certainty.possible, False), "impossible": (Certainty.certain, True),
    "doubtful": (Certainty.probable, True), "certain": (Certainty.certain, False),
    "clear": (Certainty.certain, False), "inevitable": (Certainty.certain, False),
}

# Verbs and adjectives that take the real predicate as their complement ("is expected to
# attend", "plans to visit"), with the certainty they lend it, whether they put it in the
# future, and whether they negate it ("refused to", "unlikely to").
CHAIN: dict[str, tuple[Certainty, bool, bool]] = {
    "expect": (Certainty.probable, True, False),
    "likely": (Certainty.probable, True, False),
    "unlikely": (Certainty.probable, True, True),
    "set": (Certainty.probable, True, False),
    "poise": (Certainty.probable, True, False),
    "due": (Certainty.certain, True, False),
    "go": (Certainty.certain, True, False),
    "plan": (Certainty.certain, True, False),
    "intend": (Certainty.certain, True, False),
    "aim": (Certainty.probable, True, False),
    "hope": (Certainty.possible, True, False),
    "want": (Certainty.probable, True, False),
    "like": (Certainty.possible, True, False),
    "wish": (Certainty.possible, True, False),
    "seek": (Certainty.possible, True, False),
    "try": (Certainty.possible, True, False),
    "decide": (Certainty.certain, True, False),
    "agree": (Certainty.certain, True, False),
    "prepare": (Certainty.probable, True, False),
    "seem": (Certainty.probable, False, False),
    "appear": (Certainty.probable, False, False),
    "threaten": (Certainty.possible, True, False),
    "vow": (Certainty.certain, True, False),
    "promise": (Certainty.certain, True, False),
    "pledge": (Certainty.certain, True, False),
    "refuse": (Certainty.certain, True, True),
    "decline": (Certainty.certain, True, True),
    "fail": (Certainty.certain, False, True),
    "able": (Certainty.certain, False, False),
    "mean": (Certainty.certain, True, False),
    "unable": (Certainty.certain, False, True),
    "tip": (Certainty.probable, True, False),
    "bound": (Certainty.probable, True, False),
    "certain": (Certainty.certain, True, False),
    "sure": (Certainty.certain, True, False),
    "ready": (Certainty.probable, True, False),
    "willing": (Certainty.probable, True, False),
    "continue": (Certainty.certain, False, False),
    "begin": (Certainty.certain, False, False),
    "start": (Certainty.certain, False, False),
    "need": (Certainty.probable, True, False),
    "have": (Certainty.certain, True, False),
    "say": (Certainty.probable, False, False),
    "report": (Certainty.probable, False, False),
    "believe": (Certainty.probable, False, False),
    "think": (Certainty.probable, False, False),
    "understand": (Certainty.probable, False, False),
    "rumour": (Certainty.possible, True, False),
    "rumor": (Certainty.possible, True, False),
    "convince": (Certainty.probable, True, False),
    "persuade": (Certainty.probable, True, False),
}

# Nouns that hedge a clause built on them ("a good chance", "the possibility").
HEDGE_NOUNS: dict[str, Certainty] = {
    "chance": Certainty.possible, "possibility": Certainty.possible,
    "likelihood": Certainty.probable, "probability": Certainty.probable,
    "risk": Certainty.possible, "prospect": Certainty.possible,
}

# Subordinators that make a clause conditional, which hedges what it says.
CONDITIONALS = frozenset({"if", "unless"})

# Words that negate the clause they depend on.
NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither",
                       "nor", "nowhere", "without"})

# Words by which a negated clause only delays its event: "will not launch until 2030" says
# it launches in 2030.
DELAYING_WORDS = frozenset({"until", "till"})

# Determiners and pronouns that negate a clause when they open its subject or object
# ("no choice was taken", "saw no reason", "did nothing wrong").
NEGATIVE_ARGUMENTS = frozenset({"no", "nothing", "none", "nobody", "neither", "never"})

# Predicates, by lemma with particle or preposition: what kg files them under, and whether
# the phrase says the thing does not happen ("skip" = not attend).
PREDICATES: dict[str, tuple[str, bool]] = {
    "attend": ("attend", False), "take part in": ("attend", False),
    "take part": ("attend", False), "participate in": ("attend", False),
    "participate": ("attend", False), "be present at": ("attend", False),
    "skip": ("attend", True), "miss": ("attend", True), "boycott": ("attend", True),
    "shun": ("attend", True), "snub": ("attend", True), "stay away from": ("attend", True),
    "stay in": ("attend", True), "stay at": ("attend", True), "stay home": ("attend", True),
    "remain in": ("attend", True), "pull out of": ("attend", True),
    "travel to": ("visit", False), "go to": ("visit", False), "head to": ("visit", False),
    "fly to": ("visit", False), "come to": ("visit", False), "come": ("visit", False),
    "make trip": ("visit", False), "make journey": ("visit", False),
    "be in": ("visit", False), "be at": ("visit", False), "arrive in": ("visit", False),
    "arrive": ("visit", False), "visit": ("visit", False),
    "join": ("join", False), "sign for": ("join", False), "play for": ("join", False),
    "move to": ("join", False),
    "meet": ("meet", False), "hold talks with": ("meet", False),
    "hold talk": ("meet", False), "hold meeting": ("meet", False),
    "hold summit": ("meet", False),
    "win": ("win", False), "lose": ("win", True),
    "turn down": ("accept", True), "decline": ("accept", True), "reject": ("accept", True),
    "accept": ("accept", False), "rule out": ("pursue", True), "pursue": ("pursue", False),
    "slip": ("proceed", True), "delay": ("proceed", True), "postpone": ("proceed", True),
    "push back": ("proceed", True), "take place": ("proceed", False),
    "go ahead": ("proceed", False), "happen": ("proceed", False),
    "proceed": ("proceed", False),
    "cut": ("cut", False), "lower": ("cut", False), "reduce": ("cut", False),
    "launch": ("launch", False), "release": ("launch", False),
    "withdraw from": ("withdraw from", False), "drop out of": ("withdraw from", False),
    "pull out": ("withdraw from", False), "drop out": ("withdraw from", False),
    "quit": ("withdraw from", False), "stand down": ("withdraw from", False),
    "step down": ("withdraw from", False), "exit": ("withdraw from", False),
    "leave": ("withdraw from", False), "leave for": ("visit", False),
    "scrap": ("maintain", True), "abandon": ("maintain", True),
    "discontinue": ("maintain", True), "end": ("maintain", True),
    "maintain": ("maintain", False), "keep": ("maintain", False),
    "remain": ("remain", False), "stay": ("remain", False),
    "cancel": ("hold", True), "call off": ("hold", True), "hold": ("hold", False),
    "remain in place": ("remain", False), "stay in place": ("remain", False),
    "be in race": ("withdraw from", True), "stay in race": ("withdraw from", True),
    "remain in race": ("withdraw from", True),
    "be in talk with": ("meet", False), "be in discussion with": ("meet", False),
    "be in negotiation with": ("meet", False), "hold discussion with": ("meet", False),
    "hold negotiation with": ("meet", False),
    **{f"{verb} {noun} with": ("meet", True)
       for verb in ("pause", "suspend", "break off", "end", "halt", "call off", "abandon")
       for noun in ("talk", "discussion", "negotiation")},
    "step aside": ("withdraw from", False),
    **{f"{verb} {noun}": ("pursue", True)
       for verb in ("drop", "withdraw", "abandon", "scrap") for noun in ("bid", "offer")},
    "strike": ("strike", False), "go on strike": ("strike", False),
    "walk out": ("strike", False), "avert strike": ("strike", True),
    "call off strike": ("strike", True), "cancel strike": ("strike", True),
    "raise": ("raise", False), "hike": ("raise", False), "increase": ("raise", False),
    "resign": ("resign", False), "run for": ("run", False), "seek reelection": ("run", False),
    "rebuff": ("accept", True), "spurn": ("accept", True),
    "sign": ("sign", False),
    "profit": ("profit", False), "make money": ("profit", False),
    "make profit": ("profit", False), "lose money": ("profit", True),
    "make loss": ("profit", True), "post loss": ("profit", True),
}

# Taking part from afar is a proposition of its own: "will attend virtually", "take part via
# video link" neither contradict nor confirm "will not attend in person". The adverbs and
# the means that say so, and the predicate each predicate becomes.
REMOTE_ADVERBS = frozenset({"virtually", "remotely", "online"})
REMOTE_MEANS = frozenset({"video", "videoconference", "teleconference", "videolink", "link",
                          "zoom", "livestream", "satellite"})
REMOTE_PREDICATES: dict[str, str] = {"attend": "attend remotely"}

# Predicates that, said of a thing someone owns, are the owner's act: "the bank's cap will
# remain" is the bank maintaining its cap.
KEPT_BY_OWNER: dict[str, str] = {"remain": "maintain"}

# Acts that a party's own decision makes a claim: "X has cancelled the summit" is X's
# announcement that it will not be held; "X ruled out Y" its denial of Y.
ACTS: dict[str, ClaimKind] = {
    "cancel": ClaimKind.announcement, "call off": ClaimKind.announcement,
    "scrap": ClaimKind.announcement, "abandon": ClaimKind.announcement,
    "withdraw": ClaimKind.announcement, "drop": ClaimKind.announcement,
    "drop out": ClaimKind.announcement, "pull out": ClaimKind.announcement,
    "postpone": ClaimKind.announcement, "delay": ClaimKind.announcement,
    "reject": ClaimKind.denial, "turn down": ClaimKind.denial,
    "rebuff": ClaimKind.denial, "rule out": ClaimKind.denial,
    "decline": ClaimKind.denial, "approve": ClaimKind.announcement,
    "sign": ClaimKind.announcement, "launch": ClaimKind.announcement,
    "declare": ClaimKind.announcement, "endorse": ClaimKind.announcement,
    "block": ClaimKind.announcement, "reverse": ClaimKind.announcement,
    "halt": ClaimKind.announcement, "veto": ClaimKind.announcement,
    "discontinue": ClaimKind.announcement, "end": ClaimKind.announcement,
    "lift": ClaimKind.announcement, "raise": ClaimKind.announcement,
    "cut": ClaimKind.announcement, "lower": ClaimKind.announcement,
    "reinstate": ClaimKind.announcement, "suspend": ClaimKind.announcement,
    "quit": ClaimKind.announcement, "resign": ClaimKind.announcement,
    "stand down": ClaimKind.announcement, "step down": ClaimKind.announcement,
    "confirm": ClaimKind.confirmation, "deny": ClaimKind.denial,
    "announce": ClaimKind.announcement, "unveil": ClaimKind.announcement,
}

# Predicates that explain rather than report: a claim built on them is an assessment.
EXPLANATIONS = frozenset({"help", "cause", "contribute", "drive", "fuel", "explain", "mean",
                          "show", "protect", "reflect", "hurt", "boost", "harm", "damage",
                          "benefit", "weaken", "strengthen", "cost", "enable", "allow",
                          "attack", "reward", "undermine", "tilt", "absorb", "compensate",
                          "threaten", "affect", "improve", "worsen", "decrease", "increase",
                          "risk"})

# Cues by which outlets and reports pass on what they learned: a future event they report
# about others is their prediction.
REPORTING_MEDIA_CUES = frozenset({"report", "claim", "according to", "write"})

# Content that announces a decision by the party that decides.
DECISION_LEMMAS = frozenset({"decide", "send", "announce", "reveal", "unveil", "launch",
                             "host", "hold", "represent", "appoint", "name"})

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
# Predicates whose certain negative says an event will not go ahead ("the summit will not
# take place", "the council called off the festival"): forecasts about it are annulled.
HOLDING_PREDICATES = frozenset({OCCURRENCE_PREDICATE, "hold"})
# Attending an event and visiting the place that hosts it are related propositions, never
# contradictory ones ("a visit to Russia" and "the Moscow parade").
ATTENDING_PREDICATE = "attend"
VISITING_PREDICATE = "visit"

# Nouns whose content is the claim's real proposition: "received signals that X", "reacted
# favourably to an invitation for X to join", "confirmed Kim's intention to come".
CONTENT_CARRIERS = frozenset({"signal", "sign", "indication", "assurance", "word", "intention",
                              "invitation", "plan", "plans", "decision", "offer", "hope",
                              "commitment", "pledge", "promise", "bid", "desire", "wish",
                              "stage", "preparation", "preparations", "deal", "agreement",
                              "contract"})

# Verbs of getting ready for something: "preparing for a visit by X" is about the visit.
PREPARING = frozenset({"prepare", "plan", "arrange", "ready", "gear"})

# Adverbs that act as a verb's particle right after it: "go ahead", "stay away".
PARTICLE_ADVERBS = frozenset({"ahead", "away", "back", "out", "off", "down", "up", "on",
                              "aside"})

# Verbs through which a carrier passes its content on ("received signals that", "confirmed
# his intention to"); other verbs only act on it ("could influence his decision to attend").
CARRYING_VERBS = frozenset({"receive", "send", "give", "get", "have", "confirm", "announce",
                            "express", "signal", "show", "react", "respond", "accept", "welcome",
                            "reject", "decline", "extend", "issue", "make", "be", "see", "report",
                            "reaffirm", "repeat", "reiterate", "state", "voice", "agree",
                            "sign", "reach", "strike", "clinch"})

# Verbs that settle the content they carry: "agreed a deal to play there", "confirmed his
# intention to come" are certain; "received signals that", "made an offer to" are not.
SETTLING_VERBS = frozenset({"agree", "confirm", "sign", "reach", "strike", "clinch",
                            "announce", "seal", "finalize", "finalise"})
# Carriers whose content is settled whoever carries it: "made the decision to close".
SETTLED_CARRIERS = frozenset({"decision", "commitment", "pledge", "promise", "deal",
                              "agreement", "contract"})

# Words by which a carrier of content says the opposite of its content ("a negative
# signal", "reacted coolly to the invitation").
NEGATIVE_VERDICT_WORDS = frozenset({"negative", "unfavourable", "unfavorable", "discouraging",
                                    "bad", "unfavourably", "unfavorably", "coolly", "negatively",
                                    "poorly"})

# Nouns for meetings, whose parties are the ones "between" whom it is held, and verbs by
# which a place or party holds one ("Moscow could host the first meeting between A and B").
MEETINGS = frozenset({"meeting", "talks", "summit", "encounter"})
HOSTING = frozenset({"host", "hold", "stage", "organize", "organise", "arrange"})

# Nouns that name an event when the text gives it a name, a date or a place ("the Geneva
# talks", "the general election", "the September meeting"); a bare "the summit" refers to
# the article's named one.
EVENT_NOUNS = frozenset({
    "summit", "election", "meeting", "talk", "parade", "strike", "conference", "forum",
    "congress", "convention", "vote", "referendum", "debate", "blizzard", "storm", "hurricane",
    "typhoon", "cyclone", "game", "olympics", "tournament", "championship", "final", "match",
    "ceremony", "festival", "hearing", "trial", "rally", "inauguration", "primary", "caucus",
    "runoff", "race", "exhibition", "expo", "concert", "celebration", "commemoration",
    "funeral", "coronation", "session", "walkout", "protest", "march", "cup",
})
# Words before an event noun that say when or how it is planned, not which one it is.
EVENT_FRAMING_WORDS = frozenset({"upcoming", "planned", "next", "last", "proposed",
                                 "scheduled", "forthcoming", "annual", "coming", "first",
                                 "second", "third", "latest", "possible", "potential",
                                 "expected", "historic", "major", "big", "key", "crucial",
                                 "much-anticipated", "long-awaited", "this", "that", "year",
                                 "week", "month"})
# Prepositions that give an event's place ("the summit in Tromso") and its day ("on May 3").
EVENT_PLACE_PREPOSITIONS = frozenset({"in", "at"})
EVENT_DAY_PREPOSITIONS = frozenset({"on", "in", "for", "from"})

# A bookmaker that pays out on a bet claims the bet came in: "paid out to punters who had
# backed the Greens to win" claims the Greens won. Payout verbs, and the verbs of the bet.
PAYOUTS = frozenset({"pay out", "pay"})
BETS = frozenset({"back", "bet", "tip", "wager"})

# What a predicate means for the one left out: "send A rather than B" says B does not
# attend.
CONTRAST_PREDICATES: dict[str, str] = {"send": "attend", "represent": "attend"}

# Nominal predicates: "a visit by Kim", "his attendance" -> subject, predicate.
NOMINALS: dict[str, str] = {
    "visit": "visit", "trip": "visit", "journey": "visit", "attendance": "attend",
    "participation": "attend", "presence": "attend", "victory": "win", "win": "win",
    "arrival": "visit", "departure": "leave", "exit": "withdraw from",
    "withdrawal": "withdraw from", "move": "join", "transfer": "join",
    "strike": "strike", "resignation": "resign", "merger": "merge", "cut": "cut",
    "hike": "raise", "increase": "raise", "takeover": "take over", "boycott": "boycott",
    "meeting": "meet", "launch": "launch", "release": "launch", "return": "return",
    "extradition": "extradite", "deportation": "deport", "sale": "sell",
    "acquisition": "acquire",
}

# Predicates that are about moving somewhere; with the venue of the article's event as
# their object they mean attending that event.
MOVEMENT_PREDICATES = frozenset({"visit"})
# Predicates that mean attending when their object is an event ("join the talks").
EVENT_GOING_PREDICATES = MOVEMENT_PREDICATES | {"join"}

# Relative time expressions near a reporting cue, as regular expressions over its words.
TIME_EXPRESSIONS: list[str] = [
    r"(?:late |early )?(?:on |last )?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?: night| morning| evening| afternoon)?",
    r"(?P<relative>yesterday|today|last week|this week|earlier this week|earlier in the week|"
    r"last month|earlier this month|this month|the same day|at the time|last year|"
    r"a month ago|a week ago)",
    r"(?:in|earlier in|late|in late|in early|early|last|from|since) (?P<month>january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b(?! \d)",
    r"(?:on )?(?P<day_month>january|february|march|april|may|june|july|august|september|"
    r"october|november|december) (?P<day>\d{1,2})\b",
    r"(?P<days_ago>(?:days|a few days|two days|three days) (?:ago|earlier|after|before))",
    r"(?:in|throughout|during|since|until|through) (?:early |late |mid-)?(?P<year>(?:19|20)\d{2})",
]

# Verbs that give a verdict on something by what they call it: "described the ruling as
# dangerous", "hailed the deal as a win".
VERDICT_VERBS = frozenset({"describe", "hail", "celebrate", "brand", "label", "characterize",
                           "characterise", "portray", "praise", "welcome", "criticize",
                           "criticise", "condemn", "denounce", "slam", "decry", "tout"})

# Verbs by which a speaker gives a view without a clause: "expressed concern about the
# delays", "defended the plan to shut the port".
VIEW_VERBS = frozenset({"express", "voice", "defend"})

# Word forms the parser's lemmatizer gets wrong, and their lemmas ("hoped" is not "hop"),
# among them contractions written with a typographic apostrophe ("I’m", "we’re").
LEMMA_CORRECTIONS: dict[str, str] = {"hoped": "hope", "hoping": "hope", "hopes": "hope",
                                     "\u2019m": "be", "\u2019re": "be", "\u2019ve": "have",
                                     "\u2019ll": "will"}

# Occasions of speaking, whose date is the date of what is said there ("said in an
# interview in April"); the date of any other thing a cue is told against is not.
SPEAKING_OCCASIONS = frozenset({"interview", "statement", "conference", "briefing", "speech",
                                "address", "letter", "post", "call", "hearing", "session",
                                "appearance", "remarks", "broadcast", "podcast", "op-ed"})

# Words for whoever heads an organization: "the WHO chief", "the bank's head".
HEAD_WORDS = frozenset({"chief", "head", "boss", "leader", "director-general", "chairman",
                        "chairwoman", "chair", "president", "ceo", "director", "governor"})

# The marks of a possessive, which the parse sometimes reads as a verb ("UN’s Saric").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

# Pronouns that refer back to a person already introduced.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})

# Demonstratives that stand for what the claim before spoke of ("This could be the storm
# of the decade").
DEMONSTRATIVES = frozenset({"this", "that"})

# The speaker's own pronouns: in a quotation they mean the one quoted ("for me to go").
SPEAKER_SELF = frozenset({"i", "me", "we", "us"})

# Words that open an indirect question ("why he decided to stay"): no claim inside.
QUESTION_WORDS = frozenset({"why", "how", "whether"})

# Pronouns and demonstratives kg does not resolve: a claim about them names nobody.
OTHER_PRONOUNS = frozenset({"i", "we", "you", "they", "it", "this", "that", "these", "those",
                            "there", "one", "us", "them", "me", "what", "which", "who",
                            "something", "anything", "everything", "all", "both", "each",
                            "itself", "themselves", "here"})

# Words that make a capitalized name an organization rather than a person.
ORGANIZATION_WORDS = (
    r"agency|ministry|service|bank|times|news|post|kremlin|committee|council|university|"
    r"party|government|office|house|department|institute|association|league|club|group|tribunal|"
    r"company|corporation|inc|ltd|commission|union|assembly|parliament|court|army|forces|"
    r"media|press|network|channel|daily|journal|herald|tribune|monitor|observer|chronicle|"
    r"reuters|associated|federation|organization|organisation|fund|poll|newspoll|"
    r"fc|afc|cf|sc|united|athletic|rovers|wanderers|presidency|motors?|teamsters"
)

# Titles that stand before a person's name but are not part of it.
PERSON_TITLES = (
    r"president|vice president|prime minister|deputy prime minister|foreign minister|premier|"
    r"deputy foreign minister|minister|chancellor|mayor|governor|senator|congressman|"
    r"congresswoman|ambassador|general|gen\.|admiral|colonel|secretary|spokesman|"
    r"spokeswoman|spokesperson|chairman|chairwoman|chair|chief|director|ceo|coach|manager|"
    r"king|queen|prince|princess|pope|dr\.?|mr\.?|mrs\.?|ms\.?|"
    r"judge|justice|analyst|economist|strategist|sherpa|envoy|rep\.?|sen\.?|gov\.?|"
    r"speaker|leader|head|founder|executive|officer|editor|correspondent|professor|prof\.?"
)

# Head nouns that can name a speaker without a capital letter ("economists said").
CLAIMANT_NOUNS = "|".join(sorted(f"{noun}s?" for noun in SPEAKER_NOUNS if " " not in noun))

# spaCy entity labels and the entity type kg gives a name that carries them.
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group",
    "FAC": "place", "LOC": "place",
}
