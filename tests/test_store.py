import sqlite3

import pytest

from kg.errors import StoreError
from kg.extract import extract_candidates
from kg.read import read_path
from kg.resolve import resolve_article
from kg.store import Store
from tests.helpers import DATA


@pytest.fixture
def resolved(gazetteer):
    [article] = read_path(DATA / "parade_briefing.txt").articles
    return resolve_article(article, list(extract_candidates(article.text)), gazetteer)


def test_round_trip_through_a_real_sqlite_file(tmp_path, resolved):
    db = tmp_path / "kg.sqlite"
    with Store(db) as store:
        assert store.add(resolved) is True
    with Store(db) as store:
        assert store.articles() == [resolved.article]
        assert store.claims() == resolved.claims
        assert {e.id for e in store.entities()} == set(resolved.entities)


def test_adding_the_same_article_twice_changes_nothing(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite") as store:
        store.add(resolved)
        assert store.add(resolved) is False
        assert len(store.claims()) == len(resolved.claims)


def test_filters_by_name_or_id_in_any_case(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite") as store:
        store.add(resolved)
        assert [c.subject.name for c in store.claims(claimant="TOM REYES")] == [
            "Elena Vance", "Elena Vance", "Elena Vance"]
        assert len(store.claims(claimant="tom-reyes", subject="elena-vance")) == 3
        assert store.claims(event="nothing") == []


def test_a_failed_article_leaves_nothing_behind(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite") as store:
        store.db.execute("CREATE TRIGGER fail BEFORE INSERT ON claims "
                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        with pytest.raises(StoreError, match="cannot store article: disk full"):
            store.add(resolved)
        assert store.articles() == []
        assert store.entities() == []


def test_unopenable_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "missing" / "kg.sqlite")


def test_schema_is_plain_sqlite(tmp_path, resolved):
    with Store(tmp_path / "kg.sqlite") as store:
        store.add(resolved)
    tables = sqlite3.connect(tmp_path / "kg.sqlite").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    assert tables == [("articles",), ("claims",), ("entities",), ("events",)]


def test_a_database_from_before_extraction_rules_were_kept_gains_the_column(tmp_path):
    path = tmp_path / "old.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as old:
        old.execute("ALTER TABLE claims DROP COLUMN rule")
    with Store(path) as store:
        columns = [row["name"] for row in store.db.execute("PRAGMA table_info(claims)")]
        assert columns[-1] == "rule"
        assert store.claims() == []
