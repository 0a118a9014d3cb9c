"""Attribution rules over the parse: who makes a claim, and which clause carries it.

Each rule is a small generator over one sentence of the parse, yielding
:class:`Attribution` records; :func:`attributions` runs :data:`ATTRIBUTION_RULES` in order
and keeps one attribution per claim clause. Cues, relays, hedges and acts are lemmas in
:mod:`kg.lexicon`; the rules key on dependency labels and entity labels only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from kg.extract.parse import quote_marks_before
from kg.extract.proposition import (
    forecast,
    framing,
    infinitive,
    object_gap,
    opened_by_that,
    phrase,
)
from kg.extract.spans import Span, of_tokens
from kg.lexicon import (
    ACCUSATIONS,
    ACTS,
    CHAIN,
    CLAIM_NOUNS,
    CLAUSE_ONLY_CUES,
    CONTENT_NOUNS,
    CUE_CERTAINTY,
    CUES,
    DEMAND_NOUNS,
    EVIDENCE_CUES,
    HEARSAY_ADVERBS,
    LEAD_NOUNS,
    MODALS,
    PASSIVE_CUES,
    PHASE_VERBS,
    POSSESSIVE_MARKS,
    QUESTION_WORDS,
    REFUSALS,
    RELAY_VERBS,
    SELF_REPORTS,
    SPEAKER_NOUNS,
    SPEAKING_OCCASIONS,
    STANCES,
    SUBORDINATORS,
    VERDICT_VERBS,
    VIEW_VERBS,
)
from kg.models import Certainty, ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Span as Sentence
    from spacy.tokens import Token

__all__ = ["ATTRIBUTION_RULES", "Attribution", "Voice", "attributions", "cue_of"]

QUOTES = "\"“”"
# Modals of obligation: with "we" or "you" they make an appeal, not a claim.
OBLIGATIONS = frozenset({"must", "need"})

# Subordinators of a clause that makes a claim of its own beside the main one.
CONCESSIVES = frozenset({"although", "though", "whereas", "while", "as"})

# Pronouns that stand for a fact rather than a speaker: "it can mean that ...".
FACT_PRONOUNS = frozenset({"it", "this", "that"})
# Pronouns that, inside a quotation, stand for whoever is quoted, not for a new speaker.
PRONOUN_SPEAKERS = frozenset({"i", "we", "you", "it", "they", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Dashes that set an aside off from the clause around it.
DASHES = frozenset({"--", "—", "–"})


class Voice(StrEnum):
    """Whose voice a claim is in."""

    named = "named"  # a person, organization or descriptive group named in the text
    publisher = "publisher"  # the outlet itself
    unnamed = "unnamed"  # nobody in particular ("it is expected that", "reportedly")
    headline = "headline"  # a headline's own words, whose speaker the body names


@dataclass(frozen=True)
class Attribution:
    """A claim's speaker, cue and clause inside one sentence."""

    rule: str
    voice: Voice
    kind: ClaimKind
    content: Token  # the head of the clause that states the claim
    evidence: Span  # the words that state it: speaker, cue and clause
    frame: str  # the words around the cue, where its time expression stands
    claimant: Span | None = None
    label: str | None = None  # the name of an unnamed voice
    reported_by: Span | None = None  # who relays the claimant's claim
    quoted: bool = False  # the content is a direct quotation
    undated: bool = False  # the cue is in a perfect tense ("had said")
    act: bool = False  # the claim is the speaker's own act ("X scrapped the cap")
    subject: Span | None = None  # who the clause is about when it names nobody itself
    certainty: Certainty | None = None  # a cap from how the claim is relayed
    stated: tuple[str, bool] | None = None  # the predicate a frame itself states ("conceded
    # defeat": not win), and whether it is negative
    cue: str | None = None  # the reporting cue's lemma ("report", "according to")


def cue_of(token: Token) -> str | None:
    """The cue a verb is, with its particle ("rule out"), if it is one."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_ == "be":
        return None
    lemma = token.lemma_.lower()
    for particle in (c for c in token.children if c.dep_ in ("prt", "prep")
                     or (c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ")):
        if f"{lemma} {particle.lower_}" in CUES:
            return f"{lemma} {particle.lower_}"  # "rule out", "make clear"
    return lemma if lemma in CUES else None


def _particle(cue: Token, key: str) -> Token | None:
    """The word a cue's key takes after its verb ("clear" of "made it clear that")."""
    word = key.split()[1] if " " in key else None
    return next((c for c in cue.children if c.lower_ == word), None) if word else None


def _children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def _subtree(token: Token, without: tuple[Token, ...] = ()) -> list[Token]:
    """The token's words without the clauses in ``without`` and the conjunctions that join
    them to it."""
    excluded = {t.i for other in without for t in other.subtree}
    if without:
        excluded |= {c.i for c in token.children if c.dep_ == "cc"}
    return [t for t in token.subtree if t.i not in excluded]


def _speaker_token(cue: Token) -> Token | None:
    """The subject of a cue: its own, a relative clause's antecedent, or the subject of the
    verb it is coordinated with or is a participle of ("..., saying that")."""
    subjects = _children(cue, "nsubj")
    if subjects:
        # "His fiancée, Ana Ruiz said": of two subjects, the name
        subject = next((s for s in subjects if s.ent_type_ == "PERSON"), subjects[0]) \
            if len(subjects) > 1 else subjects[0]
        acronym = subject.is_upper and len(subject) > 1  # "Outbreak: WHO declares emergency"
        if subject.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl" and not acronym:
            return cue.head
        named = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if subject.pos_ == "NOUN" and named:
            return named[0]  # "Its spokesman, Rich Hummerston, said"
        return subject
    agents = [pobj for agent in _children(cue, "agent") for pobj in _children(agent, "pobj")]
    if agents and cue.tag_ == "VBN" and (_children(cue, "auxpass") or any(
            m.lower_ == "as" for m in _children(cue, "mark", "advmod"))):
        return agents[0]  # "as reported by the agency"
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ == "NOUN":
        owner = _children(cue.head, "poss")  # "the agency's report saying", "X carried a
        if owner:                            # report saying"
            return owner[0]
        if cue.head.dep_ == "dobj":
            return next(iter(_children(cue.head.head, "nsubj")), None)
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in PHASE_VERBS:
        return _speaker_token(cue.head)  # "she has begun to admit that ..."
    if cue.dep_ == "conj" or (cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "pcomp")):
        # "..., saying", "and told", "before announcing that": the verb it goes with speaks
        head = cue.head.head if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" else cue.head
        passive = _children(head, "nsubjpass")
        if passive and (head.lemma_.lower() in RELAY_VERBS
                        or (cue.tag_ == "VBG" and head.dep_ == "ROOT")):
            return passive[0]  # "X was quoted as saying", "X was forced to act, saying"
        if head.pos_ in ("VERB", "AUX"):
            return _speaker_token(head) if head != cue else None
    for clause in _children(cue, "ccomp"):
        if clause.i < cue.i and cue_of(clause) and _children(clause, "nsubj") \
                and cue.tag_ in ("VBZ", "VBD"):
            return _children(clause, "nsubj")[0]  # "X denies it, tells aides that …"
    before = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if cue.tag_ in ("VBZ", "VBD") and before is not None and before.pos_ in ("PROPN", "NOUN") \
            and before.dep_ in ("appos", "conj", "pobj", "dobj"):
        return before  # "…, analyst Ada Brandt expects": a subject the parse hung elsewhere
    return _misread_antecedent(cue)


def _misread_antecedent(cue: Token) -> Token | None:
    """The noun a relative clause the parse read as a complement clause is about: in
    "confounding polls that had pointed to a win", "that" is the cue's subject and "polls"
    the antecedent, though the parse makes "that" a mark and the clause an object."""
    marks = [m for m in _children(cue, "mark") if m.lower_ == "that"]
    if not marks or cue.dep_ != "ccomp" or _children(cue, "nsubj", "nsubjpass"):
        return None
    objects = [o for o in _children(cue.head, "dobj") if o.pos_ in ("NOUN", "PROPN")]
    if objects and objects[-1].i + 1 == marks[0].i:
        return objects[-1]
    return None


def _content_head(cue: Token, key: str) -> Token | None:
    """The head of the clause a cue reports."""
    if " " in key and key.split()[1] in ("to", "at", "on"):
        for prep in _children(cue, "prep"):
            for pobj in _children(prep, "pobj"):
                if prep.lower_ == key.split()[1]:
                    return pobj  # "pointed to a Labor win"
    particle = _particle(cue, key)
    own = [] if particle is None else [c for c in _children(particle, "ccomp", "advcl", "csubj")
                                       if opened_by_that(c)]
    clauses = sorted((c for c in [*_children(cue, "ccomp", "xcomp"), *own]
                      if not _apart(c, cue) and c != particle),
                     key=lambda clause: (_reports(clause), not _marked(clause),
                                         -len(list(clause.subtree))))
    for clause in clauses:
        if clause.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and not _inverted_condition(clause):
            return clause
    for relay in _children(cue, "advcl"):  # "reported, citing a source, that X": the parse
        if relay.lemma_.lower() in RELAY_VERBS:  # hangs the clause on "citing"
            for clause in _children(relay, "ccomp"):
                if opened_by_that(clause):
                    return clause
    for prep in _children(cue, "prep"):  # "said in a statement that X": the parse hangs
        for pobj in _children(prep, "pobj"):  # the clause on the statement
            for clause in _children(pobj, "acl", "ccomp", "relcl"):
                if opened_by_that(clause):
                    return clause
    if cue.head.pos_ == "NOUN" and object_gap(cue):
        return cue.head  # "the allegations, which he denied", "the recovery the bank expects"
    objects = _children(cue, "dobj")
    for clause in _children(cue, "conj"):
        if clause.pos_ in ("VERB", "AUX") and len(objects) > 1 and objects[-1].i < clause.i \
                and not _children(clause, "nsubj", "nsubjpass") and not cue_of(clause):
            return clause  # "told the paper the plan is off": the parse made "the plan" a
            # second object and "is off" a verb joined to the cue
    for obj in objects:
        if obj.lemma_.lower() in CONTENT_NOUNS:
            for clause in _children(obj, "acl", "ccomp", "relcl"):
                if opened_by_that(clause) \
                        or clause.dep_ != "relcl":
                    return clause
            if CUES[key] is ClaimKind.denial:  # "played down talk of a snap election"
                for prep in _children(obj, "prep"):
                    if prep.lower_ == "of" and _children(prep, "pobj"):
                        return _children(prep, "pobj")[0]
        if obj.lemma_.lower() in DEMAND_NOUNS and CUES[key] is ClaimKind.denial:
            for clause in _children(obj, "advcl", "relcl", "acl"):
                if infinitive(clause):
                    return clause  # "rejected calls for him to resign": the resigning
        if key not in CLAUSE_ONLY_CUES and not (
                CUES[key] is ClaimKind.statement and obj.lemma_.lower() in CONTENT_NOUNS):
            return obj  # "reported 77 cases", not "reported the news
    if key in ACCUSATIONS:
        for prep in _children(cue, "prep"):
            for pcomp in _children(prep, "pcomp"):
                return pcomp  # "accuse X of supplying Y"
    if key in ("rule out", "deny", "refute"):
        for clause in _children(cue, "advcl", "pcomp"):
            if clause.tag_ == "VBG":
                return clause  # "ruled out quitting"
        for prep in _children(cue, "prep"):
            for pcomp in _children(prep, "pcomp"):
                if pcomp.tag_ == "VBG":
                    return pcomp
    if cue.dep_ in ("ccomp", "conj") and cue.i > cue.head.i \
            and cue.head.pos_ in ("VERB", "AUX") and not clauses and _set_off(cue):
        return cue.head  # "X will attend, the ministry announced", parsed the other way
    marks = {m.lower_ for m in _children(cue, "mark")}
    if cue.dep_ in ("parataxis", "advcl") and ("as" in marks or cue.dep_ == "parataxis"):
        head = cue.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    if cue.dep_ == "ROOT":
        for child in _children(cue, "parataxis"):
            if child.i < cue.i and child.pos_ in ("VERB", "AUX"):
                return child
        return _clause_before(cue)
    return None


def _apart(clause: Token, cue: Token) -> bool:
    """"A says X will come; B says nothing is settled": a semicolon between a clause and
    the cue after it parts two sentences the parse joined; a clause after a dash is an
    aside."""
    if clause.i < cue.i and any(t.text == ";" for t in cue.doc[clause.i:cue.i]):
        return True
    start = min(t.i for t in clause.subtree)  # "said X -- cash banks hold -- by half a point":
    return start > cue.i and cue.doc[start - 1].text in DASHES  # an aside, not what is said


def _inverted_condition(clause: Token) -> bool:
    """"…, should the board agree": an auxiliary before its subject opens a condition, not
    what is said."""
    subjects = _children(clause, "nsubj", "nsubjpass")
    return bool(subjects) and any(
        a.lower_ in ("should", "had", "were") and subjects[0].i == a.i + 1
        and (a.i == a.sent.start or a.doc[a.i - 1].is_punct)
        for a in _children(clause, "aux"))


def _clause_before(cue: Token) -> Token | None:
    """The clause a sentence-final tag reports when the parse hung it elsewhere ("Geneva
    (Reuters): X is concerning, the agency's chief said")."""
    speaker = _speaker_token(cue)
    if speaker is None or _in_quotes(cue.sent, cue) or _children(cue, "dobj"):
        return None  # "..., she wrote a letter": a tag has no object of its own
    if not _tagged(speaker):
        return None
    start = min(t.i for t in speaker.subtree)
    heads = [t for t in cue.sent if t.i < start and t.pos_ in ("VERB", "AUX")
             and (t.head.pos_ not in ("VERB", "AUX") or t.head == cue)]
    return max(heads, key=lambda t: len(list(t.subtree)), default=None)


def _tagged(speaker: Token) -> bool:
    """Whether a speaker stands after a comma or a closing quotation mark, in a tag after
    what it reports ("..., the agency's chief said")."""
    start = min(t.i for t in speaker.subtree)
    return start > speaker.sent.start and speaker.doc[start - 1].text in (",", "\"", "”")


def _set_off(cue: Token) -> bool:
    """Whether a reporting verb and its speaker stand after a comma or a closing quotation
    mark, as a tag after what they report ("..., the ministry announced"), or end the
    sentence with no comma at all ("X can be extradited, the court ruled" written without
    it), not joined by a conjunction."""
    first = min(t.i for t in cue.subtree if not t.is_punct)
    before = cue.doc[first - 1] if first > 0 else None
    if before is None:
        return False
    if before.text == "," or before.text in QUOTES:
        return True
    words = [t for t in cue.sent if not (t.is_punct or t.is_space)]
    subjects = _children(cue, "nsubj")
    return (bool(words) and words[-1].i <= cue.right_edge.i and before.pos_ != "CCONJ"
            and bool(subjects) and subjects[0].i < cue.i and cue.tag_ in ("VBD", "VBZ"))


def _in_quotes(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks opened in its paragraph."""
    before = quote_marks_before(sentence.doc, token.idx)
    if before["“"] or before["”"]:
        return before["“"] - before["”"] > 0
    return before["\""] % 2 > 0


def _cited(cue: Token) -> Token | None:
    """The source a cue's claim comes through: "A expects X, according to B", "as per B"."""
    for child in cue.children:
        if child.lower_ == "according":
            for prep in _children(child, "prep"):
                for pobj in _children(prep, "pobj"):
                    return pobj
        if child.lower_ == "as":
            for per in (p for p in _children(child, "prep") if p.lower_ == "per"):
                for pobj in _children(per, "pobj"):
                    return pobj
    return None


def _source_like(noun: Token) -> bool:
    """A noun that names who said something: a person, an organization, or a speaker noun
    ("sources", "officials", "a person familiar with")."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lemma_.lower() in SPEAKER_NOUNS


def _relay(cue: Token, speaker: Token, content: Token) -> tuple[Token, Token] | None:
    """A claim relayed: "the broadcaster reported, citing officials" -> (officials, the
    broadcaster); "X, quoted by the agency, said" -> (X, the agency)."""
    for child in (*cue.children, *content.children):
        if child.lemma_.lower() in RELAY_VERBS and child.tag_ == "VBG":
            for source in _children(child, "dobj"):
                if child.i < content.i or _source_like(source):  # "X will close, citing
                    return source, speaker  # officials", not "..., citing weak demand"
    relays = [c for c in speaker.children if c.dep_ == "acl"]
    if speaker.dep_ == "nsubjpass":  # "X was quoted by the agency as saying"
        relays.append(speaker.head)
    for relay in relays:
        if relay.lemma_.lower() in RELAY_VERBS:
            for agent in _children(relay, "agent"):
                for pobj in _children(agent, "pobj"):
                    return speaker, pobj
    return None


def _time_words(cue: Token, content: Token | None, speaker: Token | None) -> str:
    """The words that carry a cue's time: its own dependents outside claim and speaker."""
    skip = tuple(t for t in (content, speaker) if t is not None and t.head == cue)
    skip += tuple(c for c in cue.children if c.dep_ in CLAUSES)
    words = [t for t in _subtree(cue, skip) if t.i != cue.i and not _dates_a_thing(t, cue)]
    own = " ".join(t.text for t in words)
    if cue.dep_ == "conj" and not _children(cue, "nsubj", "nsubjpass") and cue.head != cue:
        # "On Friday, X revised its forecast and is now warning ...": a shared subject
        # shares the time of the verb it is coordinated with
        return f"{_time_words(cue.head, cue, None)} {own}".strip()
    return own


def _dates_a_thing(token: Token, cue: Token) -> bool:
    """Whether ``token`` dates a thing the cue's time is told against: "weeks after the vote
    on March 3" (but "denied reports on Thursday" dates the denial)."""
    while token.head != token and token.head != cue:
        if token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.dep_ == "pobj" and not token.head.ent_type_ \
                and token.head.lemma_.lower() not in SPEAKING_OCCASIONS:
            return True
        token = token.head
    return False


# Dependents that are clauses of their own, whose time is not the cue's.
CLAUSES = frozenset({"ccomp", "conj", "advcl", "parataxis", "xcomp", "relcl", "acl"})


def _perfect(cue: Token) -> bool:
    return any(a.lemma_ == "have" and a.dep_ == "aux" for a in cue.children)


def _evidence(tokens: list[Token]) -> Span:
    """The words of a claim, without a conjunction left dangling at its end ("X left and")."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens.pop()
    return of_tokens(tokens)


def reporting_cue(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``Peskov said (that) ...``, ``"...," the minister told reporters``, ``..., he added`` —
    a reporting verb whose subject is the speaker and whose clause is the claim; a speaker
    inside another's clause is relayed by that other ("A said B expected C")."""
    for token in sentence:
        key = cue_of(token)
        if key is None:
            continue
        speaker = _speaker_token(token)
        content = _content_head(token, key)
        if speaker is None or content is None or speaker.i == content.i \
                or _inverted_condition(token):  # "should the board agree": a condition
            continue
        kind = CUES[key]
        if kind is ClaimKind.statement and _children(token, "neg"):
            continue  # "he did not say whether ...": no claim
        if kind is ClaimKind.denial and _children(token, "neg"):
            kind = ClaimKind.speculation  # "did not rule out a sale": a sale may come
        if any(w.lower_ in QUESTION_WORDS and w.i < token.i
               for w in _children(token, "advmod", "mark")):
            continue  # "it is unclear why he decided to stay": a question, no claim
        if _refusal(content) or any(
                f"{key} {obj.lemma_.lower()}" in SELF_REPORTS for obj in _children(token, "dobj")):
            continue  # refusals say nothing; "conceded defeat" is read as a self-report
        if speaker.lower_ in PRONOUN_SPEAKERS and _in_quotes(sentence, token):
            continue  # "It may signal that ...," he added: the quotation's speaker speaks
        if _nested(content) and not _in_quotes(sentence, content) \
                and not _quoted_ends(content):
            continue  # "A said that B expected C": B's claim, relayed by A
        claimant, reported_by = speaker, _cited(token)  # "A expects X, according to B"
        relayed = _relay(token, speaker, content)
        if relayed:
            claimant, reported_by = relayed
        outer = _reporter(token)
        frame = _time_words(token, content, speaker)
        undated = _perfect(token)
        if reported_by is None and outer is not None and cue_of(outer):
            relay_speaker = _speaker_token(outer)
            if relay_speaker is not None and relay_speaker.i != speaker.i:
                reported_by = relay_speaker  # "A had said Wednesday that B expected C": when
                frame = f"{_time_words(outer, token, relay_speaker)} {frame}"  # A said it
                undated = _perfect(outer)
        if _reported(token) and not _nested(token):
            continue  # "He said the club did not rule out a sale": the outer claim
        coordinated = tuple(c for c in _coordinated(content) if c.i != token.i)
        apart = tuple(c for c in _children(token, "ccomp") if _apart(c, token)) + tuple(
            c for c in _children(content, "conj") if c not in coordinated and cue_of(c)
            and c.i > token.i and not _children(c, "nsubj", "mark"))  # "told staff that he
        # would stay, and denied rumors ...": a claim of its own
        if content.head == token or content.i > token.i:
            others = tuple(c for c in _children(token, "conj") if c != content)
            tokens = _run(_subtree(token, (*coordinated, *others, *apart)), content)
        else:
            tokens = _run([*_subtree(content, (*coordinated, token)), *token.subtree], content)
        if key in EVIDENCE_CUES and (not _named(speaker) or speaker.lower_ in FACT_PRONOUNS):
            # "logistical hurdles suggest that ...": the outlet reasons from evidence
            yield Attribution(rule="publisher_hedge", voice=Voice.publisher,
                              kind=ClaimKind.speculation, content=content,
                              evidence=_evidence(tokens), frame="")
            continue
        first = Attribution(
            rule="reporting_cue", voice=Voice.named, kind=kind, content=content,
            evidence=_evidence(tokens), frame=frame,
            claimant=_source(claimant) if key == "report" else phrase(claimant, True), cue=key,
            reported_by=phrase(reported_by, keep_conjuncts=True) if reported_by else None,
            quoted=_in_quotes(sentence, content) or _quoted_ends(content),
            undated=undated,
            subject=_accused(token, key) or (phrase(speaker) if content.tag_ == "VBG"
                                              else _antecedent(token, content)),
        )
        yield first
        yield from _split(first, coordinated, sentence)
        for other in _children(token, "ccomp"):
            if other.i != content.i and other.pos_ in ("VERB", "AUX") and not _nested(other) \
                    and other not in apart \
                    and (other.i < token.i) == (content.i < token.i) \
                    and not _inverted_condition(other):
                # "I'm staying, and we will win the cup," the coach said: two claims
                yield replace(first, content=other, evidence=_evidence(list(other.subtree)),
                              quoted=_in_quotes(sentence, other) or _quoted_ends(other))
        head = token.head
        if token.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < content.i < token.i \
                and _tagged(speaker) and not _nested(head) and not _children(head, "mark"):
            # "X is concerning, but Y can be contained, the chief said": X is said too
            yield replace(first, content=head, evidence=_evidence(_subtree(head, (token,))),
                          quoted=_in_quotes(sentence, head))


def _refusal(content: Token) -> bool:
    """"declined to comment", "had nothing to say": a refusal to comment is no claim."""
    if content.lemma_.lower() in REFUSALS or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in REFUSALS for c in content.children):
        return True
    return any(obj.lower_ == "nothing" and any(c.lemma_.lower() in CUES for c in obj.children)
               for obj in _children(content, "dobj"))


def _subordinate(token: Token) -> bool:
    """Whether a verb stands in a clause of time, cause or condition ("after Kim pulls out"),
    which sets the scene rather than reporting news."""
    while token.dep_ in ("conj",):
        token = token.head
    return token.dep_ in ("advcl", "pcomp", "relcl", "acl") or any(
        m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in token.children)


def _antecedent(cue: Token, content: Token) -> Span | None:
    """What a cue in a relative clause speaks of when its clause has no subject: "a case
    that the lawyers argue will set a precedent" is about the case."""
    subjects = _children(content, "nsubj", "nsubjpass", "expl")
    if cue.dep_ in ("relcl", "acl") and cue.head.pos_ == "NOUN" and content.dep_ == "ccomp" \
            and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return phrase(cue.head)
    return None


def _accused(cue: Token, key: str) -> Span | None:
    """Who an accusation is about: "accuse X of ..." claims that X did it."""
    if key not in ACCUSATIONS:
        return None
    accused = _children(cue, "dobj")
    return phrase(accused[0], keep_conjuncts=True) if accused else None


def _run(tokens: list[Token], anchor: Token) -> list[Token]:
    """The unbroken stretch of ``tokens`` around ``anchor``: a claim's evidence stops where a
    coordinated claim of its own begins."""
    present = {t.i for t in tokens}
    start = end = anchor.i
    while start - 1 in present:
        start -= 1
    while end + 1 in present:
        end += 1
    run = [t for t in tokens if start <= t.i <= end]
    return run if len(run) >= 3 else tokens


def _reporter(cue: Token) -> Token | None:
    """The cue that reports this one's claim: "A said that B expected C", "B dismissed the
    report, A said", "A said that B had begun to accept C"."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in PHASE_VERBS:
        cue = cue.head
    outer = cue.head
    if outer == cue or cue_of(outer) is None or _speaker_token(outer) is None:
        return None
    return outer if _content_head(outer, cue_of(outer)) == cue else None


def _reported(cue: Token) -> bool:
    """Whether a cue is itself what another speaker's cue reports ("he said the bank did
    not rule out ...")."""
    outer = cue.head
    if cue.dep_ != "ccomp" or outer == cue:
        return False
    key = cue_of(outer)
    return key is not None and _speaker_token(outer) is not None and \
        _content_head(outer, key) == cue


def _marked(clause: Token) -> bool:
    """Whether a clause opens with "that" or "whether", as what a cue reports does."""
    return any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in clause.children)


def _reports(clause: Token) -> bool:
    """Whether a clause is itself someone's report of a claim, outside any quotation."""
    if cue_of(clause) is None or _speaker_token(clause) is None:
        return False
    before = quote_marks_before(clause.doc, clause.idx)
    return not (before["“"] > before["”"] or before["\""] % 2)


def _nested(content: Token) -> bool:
    """Whether a cue's clause is itself another speaker's reported claim."""
    if content.lemma_.lower() in PHASE_VERBS:  # "that B has come to admit C"
        content = next((c for c in _children(content, "xcomp") if cue_of(c)), content)
    key = cue_of(content)
    speaker = _speaker_token(content)
    if key is None or speaker is None or _children(content, "neg"):
        return False  # "he said the bank did not rule out ...": not the bank's claim
    if not _named(speaker):
        return False  # "he said the floods showed that ...": floods claim nothing
    inner = _content_head(content, key)  # a reported clause ("that ..."), not a thing or a
    return inner is not None and (inner.dep_ == "ccomp" or (  # plan: "confirmed Kim's
        inner.dep_ in ("acl", "relcl") and inner.head.dep_ == "dobj"))  # intention", "decided to"


def _coordinated(content: Token) -> tuple[Token, ...]:
    """Clauses coordinated with a claim's clause that make claims of their own: "he will not
    attend in person, but he will take part by video"."""
    found: list[Token] = []
    pending = [content]
    while pending:
        head = pending.pop()
        contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
        for child in head.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and (contrast or (
                    _children(child, "nsubj", "nsubjpass")
                    and not opened_by_that(child))):
                found.append(child)
                pending.append(child)
            elif child.dep_ == "advcl" and _children(child, "nsubj", "nsubjpass") and any(
                    m.lower_ in CONCESSIVES for m in _children(child, "mark")) \
                    and not (cue_of(child) and any(m.lower_ == "as" for m in _children(
                        child, "mark"))):  # "as we said": a reminder, not a claim
                found.append(child)  # "..., although inflation was weak": a claim of its own
    return tuple(sorted(found, key=lambda t: t.i))


def _split(first: Attribution, coordinated: tuple[Token, ...],
           sentence: Sentence) -> Iterator[Attribution]:
    subjects = _children(first.content, "nsubj", "nsubjpass")
    shared = phrase(subjects[0], keep_conjuncts=True) if subjects else first.subject
    for clause in coordinated:
        own = _subtree(clause, tuple(c for c in coordinated if c.head == clause))
        yield replace(first, content=clause, evidence=_evidence(own),
                      quoted=first.quoted or _in_quotes(sentence, clause),
                      subject=None if _children(clause, "nsubj", "nsubjpass") else shared)


def _quoted_ends(content: Token) -> bool:
    tokens = list(content.subtree)
    doc = content.doc
    left = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    return tokens[0].text in QUOTES or (left is not None and left.text in QUOTES)


def according_to(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``..., according to the agency`` and ``as per the report`` — a claim whose source is
    named in a prepositional phrase."""
    for token in sentence:
        if token.lower_ == "according":
            sources = [p for prep in _children(token, "prep") for p in _children(prep, "pobj")]
        elif token.lower_ == "per" and token.i > 0 and token.doc[token.i - 1].lower_ == "as":
            sources = _children(token, "pobj")
        else:
            continue
        if not sources:
            continue
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
            head = head.head
        content = head if head.pos_ in ("VERB", "AUX") else sentence.root
        if cue_of(content) and _speaker_token(content) is not None:
            continue  # "According to X, Y said ...": Y's claim
        yield Attribution(
            rule="according_to", voice=Voice.named, kind=ClaimKind.statement, content=content,
            evidence=_evidence(list(content.subtree)),
            frame=" ".join(t.text for t in token.subtree),
            claimant=_source(sources[0]), cue="according to",
        )


def _source(token: Token) -> Span:
    """A name cited as a source ("according to Goal", "as reported by Marca"): a single
    word is an outlet or a body rather than a person the parse guessed."""
    found = phrase(token, keep_conjuncts=True)
    if found.label == "person" and len(found.text.split()) == 1:
        return replace(found, label="organization")
    if token.lemma_.lower() in SPEAKING_OCCASIONS | CONTENT_NOUNS:
        for prep in _children(token, "prep"):
            owners = [p for p in _children(prep, "pobj") if p.pos_ == "PROPN"]
            if prep.lower_ in ("from", "by", "of", "on") and owners:
                # "according to a statement from Lumo": the resolver finds Lumo in it
                end = max(t.i for t in owners[0].subtree)
                return of_tokens(list(token.doc[token.left_edge.i:end + 1]), head=owners[0])
    return found


def passive_cue(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``X is expected to attend``, ``it was announced that ...``, ``X is said to be ...`` —
    a claim in the passive, from nobody named or from the agent after "by". A thing expected
    without a clause ("heavy snow is expected on Monday") is expected to happen."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma not in PASSIVE_CUES or token.tag_ != "VBN":
            continue
        if not _children(token, "auxpass") and token.dep_ not in ("acl", "relcl"):
            continue
        agents = [p for agent in _children(token, "agent") for p in _children(agent, "pobj")]
        clauses = [c for c in _children(token, "xcomp", "ccomp")
                   if not (c.lemma_ == "be" and len(list(c.subtree)) <= 2)]  # "as projected
        subjects = _children(token, "nsubjpass")                         # to be": no content
        kind = PASSIVE_CUES[lemma]
        if not clauses and not (agents and subjects) and forecast(token) is None:
            continue
        relative = token.dep_ == "acl" or (token.dep_ == "relcl" and subjects
                                           and subjects[0].lower_ in RELATIVE_PRONOUNS)
        subject = token.head if relative else subjects[0] if subjects else None
        if not clauses:  # "the cut had been expected by analysts", "snow is expected"
            content = subjects[0] if agents else token
        elif lemma in CHAIN and _children(token, "xcomp") and not relative:
            content = token  # "is not expected to go": the cue frames its clause
        else:
            content = clauses[0]
        subject_span = phrase(subject, keep_conjuncts=True) if (
            subject is not None and subject.dep_ != "expl"
            and not (subject.lower_ == "it" and _children(token, "ccomp"))) else None
        coordinated = tuple(c for c in _coordinated(token) if _children(c, "nsubj", "nsubjpass"))
        tokens = [*_subtree(token, coordinated), *([subject] if subject is not None else [])]
        common = {"kind": kind, "content": content, "evidence": _evidence(tokens),
                  "frame": _time_words(token, content, subject), "subject": subject_span,
                  "rule": "passive_cue", "undated": _perfect(token),
                  "certainty": CUE_CERTAINTY.get(kind)}  # "is forecast to rise": probably
        if agents:
            first = Attribution(voice=Voice.named, claimant=phrase(agents[0], True), **common)
        else:
            first = Attribution(voice=Voice.unnamed, label="unnamed", **common)
        yield first
        yield from _split(first, coordinated, sentence)


def hearsay(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``The studio is reportedly weighing ...`` — a claim the writer relays from nobody
    named."""
    for token in sentence:
        if token.lower_ in HEARSAY_ADVERBS and token.dep_ == "advmod":
            head = token.head
            if head.pos_ not in ("VERB", "AUX"):
                continue
            yield Attribution(
                rule="hearsay", voice=Voice.unnamed, kind=ClaimKind.statement, content=head,
                evidence=_evidence(list(head.subtree)), frame="", label="unnamed",
                certainty=HEARSAY_ADVERBS[token.lower_])


def claim_noun(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``There had been speculation that ...``, ``the mayor's warning that ...`` — a noun
    whose clause is a claim: its owner's, or nobody's in particular."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in CLAIM_NOUNS:
            continue
        clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and opened_by_that(c)]
        holders = [token, token.head] if token.dep_ == "nsubj" else [token]
        if token.dep_ == "nsubj":  # "speculation is mounting that ..."
            clauses += [c for c in token.head.children
                        if c.dep_ == "ccomp" and opened_by_that(c)]
        for prep in (p for holder in holders for p in _children(holder, "prep")):
            for pobj in _children(prep, "pobj"):
                if pobj.lemma_.lower() in ("possibility", "prospect", "idea"):
                    clauses += [c for c in pobj.children if c.dep_ in ("acl", "ccomp")]
        if not clauses:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"
                  and c.lower_ not in ("his", "her", "its", "their", "our", "my")]
        common = {"rule": "claim_noun", "kind": CLAIM_NOUNS[lemma], "content": clauses[0],
                  "evidence": _evidence(_claim_words(token, clauses[0])),
                  "frame": "",
                  "undated": token.head.pos_ in ("VERB", "AUX") and _perfect(token.head)}
        if owners:
            yield Attribution(voice=Voice.named, claimant=phrase(owners[0], True), **common)
        else:
            yield Attribution(voice=Voice.unnamed, label="unnamed", **common)


def denied_charge(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``A accuses B of X, a charge that B denies`` — a speaker answering a claim named by a
    noun: its answer is about the claim's content."""
    for token in sentence:
        key = cue_of(token)
        if key is None or token.dep_ != "relcl" or token.head.lemma_.lower() not in CONTENT_NOUNS:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children):
            continue
        speakers = _children(token, "nsubj")
        root = sentence.root
        root_key = cue_of(root)
        content = _content_head(root, root_key) if root_key else None
        if not speakers or content is None:
            continue
        yield Attribution(
            rule="denied_charge", voice=Voice.named, kind=CUES[key], content=content,
            evidence=_evidence([token.head, *token.subtree]), frame=_time_words(token, None, None),
            claimant=phrase(speakers[0], keep_conjuncts=True), subject=_accused(root, root_key))


def _claim_words(noun: Token, clause: Token) -> list[Token]:
    """A claim noun and its clause, up to where a coordinated clause of its own begins."""
    own = _subtree(clause, tuple(_children(clause, "conj")))
    first = min(noun.i, *(t.i for t in own))
    return _run([t for t in noun.sent if first <= t.i and (t in own or t.i < clause.i)], clause)


def self_report(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``Shorten conceded defeat``, ``the final poll gave Labor a lead`` — a claim a speaker
    makes about itself, or a poll about a side's chances."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        subjects = _children(token, "nsubj")
        objects = _children(token, "dobj") or [c for c in _children(token, "ccomp", "xcomp")
                                                 if c.pos_ == "NOUN"]  # "concedes defeat"
        if not subjects or not objects:
            continue
        key = f"{token.lemma_.lower()} {objects[0].lemma_.lower()}"
        if key in SELF_REPORTS:
            yield Attribution(
                rule="self_report", voice=Voice.named, kind=ClaimKind.statement, content=token,
                evidence=_evidence(_run(_subtree(token, _children(token, "conj")), token)),
                frame=_time_words(token, None, None),
                claimant=phrase(subjects[0], True), act=True, stated=SELF_REPORTS[key])
        beneficiaries = _children(token, "dative")
        if objects[0].lemma_.lower() in LEAD_NOUNS and beneficiaries:
            yield Attribution(
                rule="self_report", voice=Voice.named, kind=ClaimKind.prediction,
                content=token, evidence=_evidence(list(token.subtree)),
                frame=_time_words(token, None, None), claimant=phrase(subjects[0], True),
                subject=phrase(beneficiaries[0], True), certainty=Certainty.probable,
                stated=("win", False))


def verdict(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``She described the ruling as "dangerous"``, ``the union hailed the deal as a win``,
    ``he expressed concern about the delays`` — a verdict on something, or a view of it."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or (lemma not in VERDICT_VERBS and lemma not in VIEW_VERBS):
            continue
        if token.tag_ == "VB" and infinitive(token):
            continue  # "hard for the bank to defend the cap": no verdict given
        subjects = _children(token, "nsubj")
        objects = _children(token, "dobj")
        verdicts = [prep for holder in (token, *objects) for prep in _children(holder, "prep")
                    if prep.lower_ == "as" and any(not c.is_punct for c in prep.children)]
        if subjects and objects and (verdicts or lemma in VIEW_VERBS):
            yield Attribution(
                rule="verdict", voice=Voice.named, kind=ClaimKind.assessment,
                content=objects[0], frame=_time_words(token, None, None),
                evidence=_evidence(list(token.subtree)), claimant=phrase(subjects[0], True))


def _named(token: Token) -> bool:
    """Whether a subject names a party that can act: a name or a speaker noun."""
    if token.lower_ in ("i", "we", "he", "she", "they", "it"):
        return True
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.lemma_.lower() in SPEAKER_NOUNS


def stance(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``Officials are confident that the bridge will reopen`` — a speaker's view of a
    clause, held by an adjective after "be"."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "ADJ" or lemma not in STANCES or token.dep_ != "acomp":
            continue
        subjects = _children(token.head, "nsubj")
        clauses = [c for c in _children(token, "ccomp") if c.pos_ in ("VERB", "AUX")]
        if not subjects or not clauses or not _named(subjects[0]) or _children(token.head, "neg"):
            continue
        yield Attribution(
            rule="stance", voice=Voice.named, kind=STANCES[lemma], content=clauses[0],
            evidence=_evidence(list(token.head.subtree)),
            frame=_time_words(token.head, clauses[0], subjects[0]),
            claimant=phrase(subjects[0], keep_conjuncts=True), cue=lemma,
            quoted=_in_quotes(sentence, clauses[0]))


def own_act(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``The bank scrapped its cap``, ``X has rejected a takeover bid`` — a party's own
    decision reported as news is its announcement (or denial) about the thing it acts on."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        particles = [c.lower_ for c in _children(token, "prt")]
        key = f"{lemma} {particles[0]}" if particles and f"{lemma} {particles[0]}" in ACTS \
            else lemma
        if key not in ACTS or (token.tag_ in ("VBG", "VB") and not headline):
            continue
        if any(a.tag_ == "MD" and MODALS.get(a.lower_) is not Certainty.certain
               for a in _children(token, "aux")):
            continue
        subjects = _children(token, "nsubj")
        if not subjects or not _named(subjects[0]) or _in_quotes(sentence, token):
            continue
        if token.head.lemma_.lower() in CHAIN and token.dep_ == "xcomp":
            continue  # "plans to cancel": a plan, read by the hedge rule
        if _subordinate(token) or sentence.text.rstrip().endswith("?") or any(
                c.dep_ == "xcomp" and (c.lemma_.lower() in REFUSALS or cue_of(c))
                for c in token.children):
            continue  # "declined to comment", "declined to say whether": no word given
        yield Attribution(
            rule="own_act", voice=Voice.named, kind=ACTS[key], content=token,
            evidence=_evidence(_run(_subtree(token, _children(token, "conj")), token)),
            frame=_time_words(token, None, None),
            claimant=phrase(subjects[0], keep_conjuncts=True), act=True,
            undated=False)


def headline_colon(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``Kremlin: Kim will not attend`` and ``Kim likely to skip parade: poll`` — a headline
    that names its speaker on one side of a colon."""
    if not headline:
        return
    colons = [t for t in sentence if t.text == ":"]
    if len(colons) != 1:
        return
    colon = colons[0]
    left = [t for t in sentence if t.i < colon.i and not t.is_space]
    right = [t for t in sentence if t.i > colon.i and not t.is_space and t.text not in ".!?"]
    for speaker_side, claim_side in ((left, right), (right, left)):
        if not speaker_side or not claim_side or len(speaker_side) > 5 or len(claim_side) < 3:
            continue
        # a name's last noun is its head ("UN's Saric"), however the parse links it
        speaker_head = next((t for t in reversed(speaker_side)
                             if t.pos_ in ("PROPN", "NOUN") or t.ent_type_), speaker_side[-1])
        trailing_name = speaker_side is right and speaker_head.pos_ == "PROPN"  # "…: Saric"
        if not (speaker_head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or trailing_name
                or speaker_head.lemma_.lower() in SPEAKER_NOUNS):
            continue
        if any(cue_of(t) and _speaker_token(t) is not None for t in claim_side):
            continue  # "Parade: mayor says ...": the claim side names its own speaker
        if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in POSSESSIVE_MARKS
               for t in speaker_side):
            continue
        heads = [t for t in claim_side if t.head not in claim_side or t.head == t]
        content = next((t for t in heads if t.pos_ in ("VERB", "AUX", "ADJ")), None) or next(
            (t for t in heads if framing(t)), None)  # "Greens likely to win vote: poll"
        if content is None:
            content = next((t for t in claim_side if t.pos_ in ("VERB", "AUX")), None)
        if content is None:
            continue
        yield Attribution(
            rule="headline_colon", voice=Voice.named, kind=ClaimKind.statement,
            content=content, evidence=_evidence([*left, *right]), frame="",
            claimant=of_tokens(speaker_side, head=speaker_head))
        return


def _reasoned(head: Token) -> bool:
    """"With Kim staying at home, that meeting will not take place": a future the outlet
    reasons from a circumstance."""
    future = any(a.tag_ == "MD" and a.lower_ in ("will", "would", "wo") for a in head.children)
    return future and any(
        prep.lower_ == "with" and any(c.tag_ in ("VBG", "VBN") and _children(c, "nsubj")
                                      for c in _children(prep, "pcomp", "pobj"))
        for prep in _children(head, "prep"))


def publisher_hedge(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``The storm could cripple travel``, ``X looks set to stay`` — the outlet's own hedged
    forecast or judgement, in a sentence that names no other speaker."""
    root = sentence.root
    heads = [root, *(c for c in root.children if c.dep_ in ("conj", "parataxis")
                     and c.pos_ in ("VERB", "AUX"))]
    for head in heads:
        if head.pos_ not in ("VERB", "AUX") or _in_quotes(sentence, head):
            continue
        if sentence.text.rstrip().endswith("?"):
            return
        hedged = any(a.tag_ == "MD" and MODALS.get(a.lower_.replace("’", "'"))
                     not in (None, Certainty.certain) for a in _children(head, "aux"))
        hedged = hedged or any(c.lower_ in ("likely", "unlikely", "probably", "possibly",
                                            "perhaps", "maybe")
                               for c in head.children if c.dep_ in ("advmod", "acomp"))
        hedged = hedged or (head.lemma_.lower() in ("set", "poise", "look", "seem", "appear")
                            and bool(_children(head, "xcomp")))
        hedged = hedged or any(c.lemma_.lower() in ("likely", "unlikely", "set")
                               and _children(c, "xcomp")
                               for c in _children(head, "acomp", "oprd"))
        hedged = hedged or _reasoned(head)
        if not hedged or not _children(head, "nsubj", "nsubjpass"):
            continue
        yield Attribution(
            rule="publisher_hedge", voice=Voice.publisher, kind=ClaimKind.speculation,
            content=head, evidence=_evidence(list(head.subtree)), frame="")


def headline_statement(sentence: Sentence, headline: bool) -> Iterator[Attribution]:
    """``Envoy to attend Oslo talks on May 4`` — a headline that states a claim without
    naming who makes it: the body says who."""
    if not headline:
        return
    root = sentence.root
    heads = [root, *(c for c in root.children if c.dep_ in ("conj", "parataxis")
                     and c.pos_ in ("VERB", "AUX"))]
    for head in heads:
        if head.pos_ in ("VERB", "AUX") and _children(head, "nsubj", "nsubjpass"):
            yield Attribution(rule="headline", voice=Voice.headline, kind=ClaimKind.statement,
                              content=head, evidence=_evidence(list(head.subtree)), frame="")
    if root.pos_ in ("NOUN", "PROPN"):
        for verb in _children(root, "acl", "relcl"):  # "Lumo to cut 500 jobs": the parse
            if verb.pos_ == "VERB" and infinitive(verb):
                yield Attribution(  # hangs the verb on its subject
                    rule="headline", voice=Voice.headline, kind=ClaimKind.statement,
                    content=verb, evidence=_evidence(list(root.subtree)), frame="",
                    subject=phrase(root, keep_conjuncts=True))


Rule = Callable[["Sentence", bool], Iterator[Attribution]]

ATTRIBUTION_RULES: list[Rule] = [
    headline_colon,
    self_report,
    reporting_cue,
    according_to,
    denied_charge,
    passive_cue,
    claim_noun,
    hearsay,
    verdict,
    stance,
    own_act,
    publisher_hedge,
    headline_statement,
]


def _appeal(content: Token) -> bool:
    """"We must stay calm", "you need to stay home": a call to act, no claim."""
    obliged = any(a.lower_ in OBLIGATIONS for a in content.children if a.dep_ == "aux")
    return obliged and any(s.lower_ in ("we", "you") for s in _children(content, "nsubj"))


def _explained(act: Attribution, other: Attribution) -> bool:
    """An act whose own participle gives its reasons: "the court blocked X, saying that ..."
    is the court's act and, beside it, its words."""
    cue = other.content.head
    while cue.dep_ not in ("advcl", "xcomp") and cue.head != cue:
        cue = cue.head
    return cue.tag_ == "VBG" and cue.head == act.content


def _covers(attribution: Attribution, other: Attribution) -> bool:
    return (attribution.evidence.start < other.evidence.end
            and other.evidence.start < attribution.evidence.end)


def attributions(sentence: Sentence, headline: bool = False) -> list[Attribution]:
    """The attributions of one sentence, one per claim clause, in text order. Rules later
    in :data:`ATTRIBUTION_RULES` only speak where no earlier rule did."""
    found: list[Attribution] = []
    if sentence.text.rstrip(" \n\"”’'").endswith("?") and not _in_quotes(sentence, sentence[0]):
        return found  # a question asks; it claims nothing
    for rule in ATTRIBUTION_RULES:
        for attribution in rule(sentence, headline):
            if _appeal(attribution.content):
                continue
            if any(a.content.i == attribution.content.i for a in found):
                continue
            if rule is own_act and any(_covers(a, attribution) and not _explained(attribution, a)
                                       for a in found):
                continue
            if rule in (publisher_hedge, hearsay, claim_noun, self_report, stance,
                        headline_statement) and any(
                    _covers(a, attribution) for a in found):
                continue
            found.append(attribution)
    return sorted(found, key=lambda a: a.evidence.start)


def continued(attribution: Attribution, sentence: Sentence) -> list[Attribution]:
    """A sentence that goes on with the quotation before it: the same speaker's claims, one
    per clause ("He will not attend in person, but he will attend by video")."""
    root = sentence.root
    key = cue_of(root)
    said = _content_head(root, key) if key is not None else None
    root = said or root  # "As we have always said, the bid was ...": the bid
    coordinated = _coordinated(root)
    first = replace(attribution, rule="quote_continued", kind=ClaimKind.statement,
                    content=root, evidence=_evidence(_subtree(root, coordinated)), frame="",
                    quoted=True, undated=False, act=False, subject=None, reported_by=None)
    return [a for a in (first, *_split(first, coordinated, sentence)) if not _appeal(a.content)]
