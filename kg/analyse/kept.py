"""The analysis kept in the store, brought up to date one proposition family at a time.

Claims can only contradict, settle or score each other inside one proposition, and a
proposition's claims share its first party and predicate: that pair is the *family*
the analysis is kept by. New claims are fresh in their families: in each proposition
they join, only their pairs with its voices and their own forecasts are added, unless
they change what was kept (a copy stated earlier silences the voice it copies, a new
claim settles the proposition, a claim naming no target joins another), and then that
proposition is redone. A family is redone whole when it is stale: its claims regroup,
or a claim changes them from afar (a party named alone splits the joined names holding
it, "Lumo and Vexa"; an event newly called off annuls every claim about it; a new
gazetteer, or another kg, changes who decides). So adding an article costs what its
families hold, not the store, and a query reads the result instead of analysing every
stored claim.
"""

from __future__ import annotations

import kg
from kg.analyse.contradictions import (
    Proposition,
    added_contradictions,
    called_off,
    family_subjects,
    group_contradictions,
    grouped,
    joined_parties,
    named_alone,
    proposition_keys,
    related_pairs,
)
from kg.analyse.deciders import Deciders
from kg.analyse.records import (
    Outcome,
    Tally,
    TrackRecord,
    added_outcomes,
    best_first,
    by_date,
    group_outcomes,
)
from kg.lexicon import ATTENDING_PREDICATE, VISITING_PREDICATE
from kg.models import Certainty, Claim
from kg.store import Store

FAMILIES_PER_STEP = 500  # families read and rewritten together
RELATED_PREDICATES = (VISITING_PREDICATE, ATTENDING_PREDICATE)


def refresh(store: Store, deciders: Deciders) -> None:
    """Bring the store's kept analysis up to date with its claims and gazetteer."""
    with store.transaction():
        note_new_claims(store)
        if store.kept("analysed_by") != _analyst(store):
            store.mark_all_stale()
            store.keep("analysed_by", _analyst(store))
    stale = store.stale_families()
    for start in range(0, len(stale), FAMILIES_PER_STEP):
        with store.transaction():
            _reanalyse(store, stale[start:start + FAMILIES_PER_STEP], deciders)


def _analyst(store: Store) -> str:
    """What the kept analysis depends on besides the claims: kg's rules and the gazetteers."""
    return f"kg {kg.__version__}; gazetteers {len(store.gazetteers())}"


def note_new_claims(store: Store) -> None:
    """Record the families of the claims stored since the last refresh and mark stale what
    they change."""
    last, claims = store.claims_after(int(store.kept("indexed_claims") or 0))
    if not claims:
        return
    cancelled = called_off(claims)
    newly_cancelled = cancelled - store.called_off(cancelled)  # the rest was kept so before
    families = [(subject, claim.predicate, claim.id) for claim in claims
                for subject in family_subjects(claim)]
    store.index_claims(
        families, [(party, claim.id) for claim in claims for party in joined_parties(claim)],
        cancelled)
    store.mark_stale_joining(named_alone(claims))
    store.mark_stale_about(newly_cancelled)
    store.keep("indexed_claims", str(last))


def _reanalyse(store: Store, families: list[tuple[str, str]], deciders: Deciders) -> None:
    """Bring the kept contradictions, outcomes and related links of ``families`` up to
    date."""
    members = store.family_claims(families)
    fresh = store.fresh_claims(families)
    everyone = {claim.id: claim for claims in members.values() for claim in claims}.values()
    known = store.named_alone({party for claim in everyone for party in _parties(claim)})
    cancelled = store.called_off(claim.event.id for claim in everyone if claim.event)
    cleared, contradictions, outcomes = [], [], []
    for family, claims in members.items():
        whole, changed = _changed_groups(family, claims, fresh[family], known)
        if whole:
            cleared.append((*family, None))
        for key, group, before in changed:
            added = None if before is None else (
                added_contradictions(before, group, deciders, cancelled),
                added_outcomes(before, group, deciders, cancelled))
            if added is None or None in added:
                if before is not None:
                    cleared.append(key)
                added = (group_contradictions(group, deciders, cancelled),
                         group_outcomes(group, deciders, cancelled))
            contradictions += [(*key, found) for found in added[0]]
            outcomes += [(*key, judged.claim.id, judged.verdict,
                          judged.settled_by.id if judged.settled_by else None)
                         for judged in added[1]]
    store.keep_analysis(families, cleared, contradictions, outcomes)
    subjects = sorted({subject for subject, predicate in families
                       if predicate in RELATED_PREDICATES})
    claims = {claim.id: claim for claim in store.claims_of_subjects(subjects,
                                                                     RELATED_PREDICATES)}
    store.keep_related(subjects, [(claims[a].subject.id, a, b)
                                  for a, b in related_pairs(claims.values(), deciders)])


def _changed_groups(family: tuple[str, str], claims: list[Claim], fresh: set[str] | None,
                    known: set[str]
                    ) -> tuple[bool, list[tuple[Proposition, list[Claim], list[Claim] | None]]]:
    """Whether the whole family must be redone, and its propositions to bring up to date as
    (key, claims, claims before). Only the pairs and forecasts of ``fresh`` claims are new
    in a proposition they joined, unless the family is stale (``fresh`` is None) or a fresh
    claim regroups older ones (a claim naming no target joins the only target named):
    then every proposition is redone, with no claims before."""
    keyed = [(claim, proposition_keys(claim, known)) for claim in claims]
    groups = _family_groups(family, keyed)
    if fresh is not None:
        earlier = _family_groups(family, [(c, keys) for c, keys in keyed if c.id not in fresh])
        befores = {key: [claim for claim in group if claim.id not in fresh]
                   for key, group in groups.items()}
        if earlier.keys() <= groups.keys() and all(
                befores[key] == earlier.get(key, []) for key in groups):
            return False, [(key, group, befores[key]) for key, group in groups.items()
                           if len(group) > len(befores[key])]
    return True, [(key, group, None) for key, group in groups.items()]


def _parties(claim: Claim) -> set[str]:
    """Every party the claim names, alone or joined."""
    return {ref.id for ref in (claim.subject, claim.object) if ref is not None} | \
        joined_parties(claim)


def _family_groups(family: tuple[str, str], keyed: list[tuple[Claim, list[Proposition]]]
                   ) -> dict[Proposition, list[Claim]]:
    """The propositions of one family and their claims, in key order."""
    groups = grouped(keyed)
    return {key: groups[key] for key in sorted(groups) if key[:2] == family}


def claimant_tallies(store: Store) -> list[Tally]:
    """Every claimant's record in numbers, best forecasters first, from the kept analysis."""
    tallies = {claimant: Tally(name, claims) for claimant, name, claims in store.claim_counts()}
    for claimant, count in store.reversal_counts().items():
        tallies[claimant].reversals = count
    for claimant, _, certainty, verdict, _ in store.outcomes():
        tallies[claimant].forecasts.append((Certainty(certainty), verdict))
    return best_first(tallies.values())


def claimant_record(store: Store, claimant: str) -> TrackRecord:
    """One claimant's claims in the order stated, its reversals and its forecasts' outcomes,
    as the kept analysis has them."""
    claims = sorted(store.claims(claimant=claimant), key=by_date)
    found = {row[1]: row for row in store.outcomes(claimant)}
    settling = store.claims_by_id(row[4] for row in found.values() if row[4])
    return TrackRecord(
        claimant=claims[0].claimant.name if claims else claimant,
        claims=claims,
        reversals=store.contradictions(involving=claimant, kind="self_reversal"),
        forecasts=[Outcome(claim, found[claim.id][3], settling.get(found[claim.id][4]))
                   for claim in claims if claim.id in found])
