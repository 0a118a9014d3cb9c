from pathlib import Path

import pytest

from kg.analyse import find_contradictions
from kg.analyse.contradictions import related_pairs
from kg.analyse.deciders import Deciders
from kg.analyse.kept import claimant_record, claimant_tallies, note_new_claims, refresh
from kg.analyse.records import track_record, track_records
from kg.models import (
    Article,
    Claim,
    ContradictionKind,
    ContradictionStatus,
    Entity,
    EntityRef,
    Event,
)
from kg.pipeline import deciders_of, ingest, refreshed
from kg.read import article_files
from kg.store import Store
from tests.helpers import CORPUS, DATA, SEEDS, make_claim

OWN_ARTICLES = [SEEDS, DATA / "festival", DATA / "corpus" / "articles",
                DATA / "pairing" / "articles", DATA / "parade_briefing.txt",
                DATA / "summit_wire.txt"]
REALNEWS = CORPUS.parent / "realnews"


def _analysed_at_once(store: Store):
    """What analysing every stored claim afresh finds."""
    deciders = deciders_of(store)
    claims = store.claims()
    contradictions = find_contradictions(claims, deciders)
    return (contradictions, [t.summary() for t in track_records(claims, contradictions,
                                                                  deciders)],
            related_pairs(claims, deciders))


def _kept(store: Store):
    refreshed(store)
    return (store.contradictions(), [t.summary() for t in claimant_tallies(store)],
            store.related_pairs())


def _files(folders: list[Path]) -> list[Path]:
    return sorted(path for folder in folders for path in article_files([folder]))


@pytest.mark.parametrize("folders", [OWN_ARTICLES, [CORPUS / "articles"],
                                     [REALNEWS / "articles"]], ids=["own", "corpus", "realnews"])
def test_kept_analysis_is_what_analysing_everything_finds_in_any_order(
        tmp_path, gazetteer, folders):
    files = _files(folders)
    if not files:
        pytest.skip("the articles are not beside the checkout")
    with Store(tmp_path / "all.sqlite", create=True) as store:
        ingest(store, files, gazetteer)
        expected = _analysed_at_once(store)
        assert expected[0], "the articles hold contradictions"
        assert _kept(store) == expected
    for order, name in ((files[::-1], "reversed"), (files[1::2] + files[::2], "interleaved")):
        with Store(tmp_path / f"{name}.sqlite", create=True) as store:
            for path in order:  # one article per ingest: the analysis grows with the store
                ingest(store, [path], gazetteer)
            # the first spelling of a name stays, so the expected names follow the order
            assert _kept(store) == _analysed_at_once(store)


def _store_claims(store: Store, article_id: str, claims: list[Claim]) -> None:
    """Store hand-made claims as one article."""
    entities = {ref.id: Entity(id=ref.id, name=ref.name, type=ref.type) for claim in claims
                for ref in (claim.claimant, claim.subject, claim.object) if ref is not None}
    events = {claim.event.id: Event(id=claim.event.id, name=claim.event.name,
                                    date=claim.event.date) for claim in claims if claim.event}
    article = Article(id=article_id, path=f"{article_id}.txt", text=f"text of {article_id}")
    store.add(article, [c.model_copy(update={"article_id": article_id, "path": article.path})
                        for c in claims], entities.values(), events.values())


def _claim(claim_id: str, claimant: str, polarity: str, subject: str = "Lumo", **fields):
    claim = make_claim(claim_id, claimant, polarity, **fields)
    return claim.model_copy(update={"subject": claim.subject.model_copy(
        update={"id": subject.lower().replace(" ", "-"), "name": subject})})


def test_a_party_named_alone_later_splits_the_joined_names_stored_before(tmp_path, gazetteer):
    deciders = Deciders(gazetteer)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _store_claims(store, "a1", [_claim("yes", "wire", "positive", subject="Lumo and Vexa")])
        _store_claims(store, "a2", [_claim("no", "herald", "negative", subject="Lumo and Kallo",
                                           stated_on="2015-05-02")])
        refresh(store, deciders)
        assert store.contradictions() == []  # nobody named Lumo alone: two other parties
        meeting = _claim("meet", "herald", "positive", subject="Mara Quint")
        lumo = meeting.subject.model_copy(update={"id": "lumo", "name": "Lumo"})
        _store_claims(store, "a3", [meeting.model_copy(update={"predicate": "meet",
                                                               "object": lumo})])
        refresh(store, deciders)
        [found] = store.contradictions()
        assert (found.a, found.b, found.subject) == ("yes", "no", "Lumo and Kallo")


def test_an_event_called_off_later_annuls_what_was_kept_about_it(tmp_path, gazetteer):
    deciders = Deciders(gazetteer)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _store_claims(store, "a1", [_claim("yes", "wire", "positive", kind="prediction",
                                           certainty="probable"),
                                    _claim("no", "herald", "negative", stated_on="2015-05-01")])
        refresh(store, deciders)
        [found] = store.contradictions()
        assert found.status is not ContradictionStatus.annulled
        [(_, _, _, verdict, _)] = store.outcomes()
        assert verdict != "annulled"
        off = make_claim("off", "organizer", "negative", subject="organizer",
                         stated_on="2015-05-03").model_copy(update={"predicate": "hold"})
        _store_claims(store, "a2", [off])
        refresh(store, deciders)
        [found] = store.contradictions()
        assert (found.a, found.b, found.status) == ("yes", "no", ContradictionStatus.annulled)
        assert [row[1:4] for row in store.outcomes()] == [("yes", "probable", "annulled")]
        # called off again: what was kept about it stands, only the new claim's family is due
        _store_claims(store, "a3", [off.model_copy(update={"id": "off-again"})])
        note_new_claims(store)
        assert store.stale_families() == [("organizer", "hold")]


def test_a_new_gazetteer_reanalyses_every_family(tmp_path, gazetteer):
    db = tmp_path / "kg.sqlite"
    with Store(db, create=True) as store:
        _store_claims(store, "a1", [_claim("dahl", "lena-dahl", "positive")])
        _store_claims(store, "a2", [_claim("berg", "tom-berg", "negative",
                                           stated_on="2015-05-01")])
        [found] = refreshed(store).contradictions()
        assert found.kind is ContradictionKind.cross_source
        store.record_gazetteer("festival.toml", (DATA / "festival_gazetteer.toml").read_text())
        [found] = refreshed(store).contradictions()  # Tom Berg speaks for Lena Dahl
        assert found.kind is ContradictionKind.self_reversal


def test_a_refresh_reanalyses_only_the_families_new_claims_touch(tmp_path, gazetteer):
    deciders = Deciders(gazetteer)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _store_claims(store, "a1", [_claim("one", "wire", "positive"),
                                    _claim("two", "wire", "positive", subject="Kallo")])
        refresh(store, deciders)
        assert store.stale_families() == []
        _store_claims(store, "a2", [_claim("three", "herald", "negative", subject="Kallo")])
        refresh(store, deciders)
        kept = store.db.execute("SELECT count(*) FROM claim_families").fetchone()[0]
        assert kept == 3 and store.stale_families() == []
        _store_claims(store, "a3", [_claim("four", "herald", "negative", subject="Kallo")])
        note_new_claims(store)
        assert store.stale_families() == [("kallo", "attend")]


def _rowids(store: Store) -> dict[tuple[str, str], int]:
    rows = store.db.execute("SELECT a, b, rowid FROM contradictions")
    return {(row[0], row[1]): row[2] for row in rows}


def _fair(claim: Claim, name: str) -> Claim:
    return claim.model_copy(update={"event": Event(id="fair", name=name, date="2015-05-09")})


def test_a_claim_joining_a_proposition_adds_its_pairs_and_keeps_the_rest(tmp_path, gazetteer):
    deciders = Deciders(gazetteer)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _store_claims(store, "a1", [_claim("yes", "wire", "positive", kind="prediction",
                                           certainty="probable"),
                                    _claim("vexa-yes", "wire", "positive", subject="Vexa")])
        _store_claims(store, "a2", [_claim("no", "herald", "negative", stated_on="2015-05-01"),
                                    _claim("vexa-no", "herald", "negative", subject="Vexa")])
        refresh(store, deciders)
        before = _rowids(store)
        _store_claims(store, "a3", [_claim("again", "courier", "positive",
                                           stated_on="2015-05-02")])
        refresh(store, deciders)
        after = _rowids(store)
        assert sorted(after) == [("no", "again"), ("vexa-yes", "vexa-no"), ("yes", "no")]
        assert after[("yes", "no")] == before[("yes", "no")]  # kept, not written again
        assert _kept(store) == _analysed_at_once(store)


@pytest.mark.parametrize("arrival", [
    # reported after the event: it settles the pairs kept open before
    _claim("done", "courier", "positive", stated_on="2015-05-10", article_id="a3"),
    # an earlier copy of "no": the copy is the voice now, "no" is silenced
    _claim("copy", "herald", "negative", stated_on="2015-04-29", article_id="a3",
           event=None).model_copy(
        update={"evidence": _claim("no", "herald", "negative").evidence}),
    # the earliest to name the target (as an object): the pairs naming none take its name
    _claim("first", "courier", "positive", stated_on="2015-04-01", article_id="a3",
           event=None).model_copy(update={"object": EntityRef(id="fair", name="VEXA FAIR",
                                                                type="organization")}),
    # a second target: the claim naming none no longer joins the first
    _claim("other", "courier", "positive", event="gala", article_id="a3"),
], ids=["settler", "copy", "target name", "regrouped"])
def test_a_claim_that_changes_the_pairs_kept_has_its_proposition_redone(
        tmp_path, gazetteer, arrival):
    deciders = Deciders(gazetteer)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _store_claims(store, "a1", [_claim("yes", "wire", "positive", kind="prediction",
                                           certainty="probable", event=None)])
        _store_claims(store, "a2", [_claim("no", "herald", "negative", stated_on="2015-05-01",
                                           event=None),
                                    _fair(_claim("named", "courier", "positive",
                                                 stated_on="2015-05-02", start=50),
                                          "Vexa Fair")])
        refresh(store, deciders)
        assert sorted((c.a, c.b, c.object, c.status.value) for c in store.contradictions()) == [
            ("no", "named", "Vexa Fair", "open"), ("yes", "no", "Vexa Fair", "open")]
        arrival = arrival if arrival.event is None or arrival.event.id != \
            "victory-day-parade-2015" else _fair(arrival, "Vexa Fair")
        _store_claims(store, "a3", [arrival])
        refresh(store, deciders)
        assert _kept(store) == _analysed_at_once(store)


def test_the_kept_record_of_one_claimant_is_its_record_among_all_claims(tmp_path, gazetteer):
    files = _files(OWN_ARTICLES)
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        ingest(store, files, gazetteer)
        deciders = deciders_of(store)
        claims = store.claims()
        contradictions = find_contradictions(claims, deciders)
        claimants = sorted({claim.claimant.id for claim in claims})
        assert len(claimants) > 5
        for claimant in claimants:
            expected = track_record(claimant, claims, contradictions, deciders)
            assert claimant_record(refreshed(store), claimant) == expected
