import sqlite3

import pytest

from kg.cli import cli
from kg.errors import StoreError
from kg.extract import extract_candidates
from kg.pipeline import ingest
from kg.read import read_path
from kg.resolve import resolve_article
from kg.store import APPLICATION_ID, Store
from tests.helpers import DATA, SEEDS


def _add(store: Store, resolved) -> bool:
    """Store what the resolver made of one article."""
    return store.add(resolved.article, resolved.claims, resolved.entities.values(),
                     resolved.events.values())


@pytest.fixture
def resolved(gazetteer):
    [article] = read_path(DATA / "parade_briefing.txt").articles
    return resolve_article(article, list(extract_candidates(article.text)), gazetteer)


def test_round_trip_through_a_real_sqlite_file(tmp_path, resolved):
    db = tmp_path / "kg.sqlite"
    with Store(db, create=True) as store:
        assert _add(store, resolved) is True
    with Store(db, create=True) as store:
        assert store.articles() == [resolved.article]
        assert store.claims() == resolved.claims
        assert {e.id for e in store.entities()} == set(resolved.entities)
        assert store.events() == sorted(resolved.events.values(), key=lambda e: e.id)


def test_adding_the_same_article_twice_changes_nothing(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _add(store, resolved)
        assert _add(store, resolved) is False
        assert len(store.claims()) == len(resolved.claims)


def test_filters_by_name_or_id_in_any_case(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _add(store, resolved)
        assert [c.subject.name for c in store.claims(claimant="TOM REYES")] == [
            "Elena Vance", "Elena Vance", "Elena Vance"]
        assert len(store.claims(claimant="tom-reyes", subject="elena-vance")) == 3
        assert store.claims(event="nothing") == []


def test_a_failed_article_leaves_nothing_behind(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        store.db.execute("CREATE TRIGGER fail BEFORE INSERT ON claims "
                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        with pytest.raises(StoreError, match="cannot store article: disk full"):
            _add(store, resolved)
        assert store.articles() == []
        assert store.entities() == []


def test_a_batch_keeps_every_whole_article_when_one_fails_or_the_block_breaks(
        tmp_path, resolved, gazetteer):
    [other] = read_path(DATA / "club_rumour.json").articles
    second = resolve_article(other, list(extract_candidates(other.text)), gazetteer)
    db = tmp_path / "kg.sqlite"
    with (Store(db, create=True) as store, pytest.raises(KeyboardInterrupt),
          store.batch(size=100)):
        _add(store, resolved)
        store.db.execute("CREATE TEMP TRIGGER fail BEFORE INSERT ON claims "
                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        with pytest.raises(StoreError, match="disk full"):
            _add(store, second)
        store.db.execute("DROP TRIGGER fail")
        raise KeyboardInterrupt
    with Store(db) as store:  # a new connection: what the batch committed
        assert [a.id for a in store.articles()] == [resolved.article.id]
        assert store.claims() == resolved.claims


def test_a_batch_commits_every_size_articles(tmp_path, resolved, gazetteer):
    [other] = read_path(DATA / "club_rumour.json").articles
    second = resolve_article(other, list(extract_candidates(other.text)), gazetteer)
    db = tmp_path / "kg.sqlite"
    with Store(db, create=True) as store, store.batch(size=1):
        _add(store, resolved)
        with Store(db) as reader:  # another connection sees the first commit already
            assert [a.id for a in reader.articles()] == [resolved.article.id]
        _add(store, second)
    with Store(db) as store:
        assert len(store.articles()) == 2


def test_the_database_is_written_ahead_of_a_log(tmp_path):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unopenable_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "missing" / "kg.sqlite", create=True)


def test_schema_is_plain_sqlite(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _add(store, resolved)
    tables = sqlite3.connect(tmp_path / "kg.sqlite").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    assert tables == [("appearances",), ("articles",), ("called_off",), ("claim_families",),
                      ("claim_parties",), ("claims",), ("contradictions",), ("entities",),
                      ("events",), ("fresh_claims",), ("gazetteers",), ("kept",), ("outcomes",),
                      ("related",), ("stale_families",)]


def test_a_database_from_an_older_kg_gains_the_new_columns(tmp_path, resolved):
    path = tmp_path / "old.sqlite"
    Store(path, create=True).close()
    with sqlite3.connect(path) as old:
        old.execute("ALTER TABLE claims DROP COLUMN rule")
        old.execute("ALTER TABLE articles DROP COLUMN url")
        old.execute("ALTER TABLE events DROP COLUMN place")
    with Store(path) as store:
        columns = [row["name"] for row in store.db.execute("PRAGMA table_info(claims)")]
        assert columns[-1] == "rule"
        assert store.claims() == []
        _add(store, resolved)
        [article] = store.articles()
        assert (article.path, article.url) == ("parade_briefing.txt", None)
        assert [(e.name, e.place) for e in store.events()] == [("Harbor City parade 2031", None)]


def test_reading_commands_never_create_a_database(tmp_path):
    with pytest.raises(StoreError, match=r"^no kg database at .*typo\.sqlite$"):
        Store(tmp_path / "typo.sqlite")
    assert not (tmp_path / "typo.sqlite").exists()


def test_extra_gazetteers_are_kept_once_in_order(tmp_path):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        store.record_gazetteer("b.toml", "[[entity]]\nname = 'B'\ntype = 'person'\n")
        store.record_gazetteer("a.toml", "[[entity]]\nname = 'A'\ntype = 'person'\n")
        store.record_gazetteer("b-again.toml", "[[entity]]\nname = 'B'\ntype = 'person'\n")
    with Store(tmp_path / "kg.sqlite") as store:
        assert [name for name, _ in store.gazetteers()] == ["b.toml", "a.toml"]


def test_each_claim_keeps_the_model_that_parsed_it(tmp_path, gazetteer):
    from kg.extract import model_name

    [article] = read_path(DATA / "parade_briefing.txt").articles
    resolved = resolve_article(article, extract_candidates(article.text), gazetteer,
                               model_name())
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _add(store, resolved)
        assert {c.model for c in store.claims()} == {model_name()}


def test_another_program_s_database_is_refused_and_left_as_it_was(tmp_path, runner):
    path = tmp_path / "notes.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
    for command in (["claims"], ["ingest", str(SEEDS)]):
        result = runner.invoke(cli, ["--db", str(path), *command])
        assert result.exit_code == 1
        assert result.stderr == (f"Error: {path}: not a kg database "
                                 "(another program's SQLite file)\n")
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("notes",)]


def test_a_kg_database_says_so_in_its_header(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        _add(store, resolved)
    header = sqlite3.connect(tmp_path / "kg.sqlite").execute("PRAGMA application_id")
    assert header.fetchone()[0] == APPLICATION_ID


def test_every_appearance_of_one_text_is_kept(tmp_path, gazetteer):
    text = "Lumo port reopens\n\nThe port of Lumo will reopen on Monday, officials said.\n"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, outlet, day in (("a.txt", "Harbour Gazette", "2031-03-02"),
                              ("b.txt", "Kallo Wire", "2031-03-03")):
        (folder / name).write_text(text)
        (folder / f"{name}.meta.json").write_text(
            f'{{"publisher": "{outlet}", "published": "{day}"}}')
    with Store(tmp_path / "kg.sqlite", create=True) as store:
        report = ingest(store, [folder], gazetteer)
        [article] = store.articles()
        seen = [(a.path, a.publisher, a.published.isoformat())
                for a in store.appearances(article.id)]
    assert (report.new, report.unchanged) == (1, 1)
    assert seen == [("a.txt", "Harbour Gazette", "2031-03-02"),
                    ("b.txt", "Kallo Wire", "2031-03-03")]
