"""The SQLite store: articles, entities, events and claims in one file.

Each article is written under one savepoint together with its claims and the
entities and events they name, so a failure never leaves half an article behind.
Inside ``Store.batch()`` several articles share one commit (the fsync is most of the
cost of a small write); outside it every article is committed on its own.
An article's id is the hash of its cleaned text, so storing it twice changes nothing.

Beside the claims the store keeps their analysis (see :mod:`kg.analyse.kept`): which
proposition families each claim belongs to, which claims are fresh in them, which families
are stale, and per family the contradictions and forecast outcomes found, so reading them
never recomputes the world.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kg.bulk import no_cycle_collection
from kg.errors import StoreError
from kg.models import (
    Article,
    Claim,
    Contradiction,
    Entity,
    Event,
    list_adapter,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT,
    published_inferred INTEGER NOT NULL,
    published_cue TEXT,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS appearances (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS appearances_once ON appearances(article_id, path,
    coalesce(url, ''), coalesce(title, ''), coalesce(publisher, ''), coalesce(published, ''));
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    date TEXT,
    series TEXT,
    place TEXT
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    claimant_id TEXT NOT NULL REFERENCES entities(id),
    reported_by_id TEXT REFERENCES entities(id),
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL REFERENCES entities(id),
    predicate TEXT NOT NULL,
    object_id TEXT REFERENCES entities(id),
    event_id TEXT REFERENCES events(id),
    polarity TEXT NOT NULL,
    certainty TEXT NOT NULL,
    stated_on TEXT,
    stated_on_precision TEXT,
    evidence_text TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    rule TEXT NOT NULL DEFAULT 'unknown',
    model TEXT
);
CREATE TABLE IF NOT EXISTS gazetteers (
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    added INTEGER PRIMARY KEY,
    UNIQUE (text)
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_claimant ON claims(claimant_id);
CREATE INDEX IF NOT EXISTS claims_subject ON claims(subject_id);
CREATE INDEX IF NOT EXISTS claims_event ON claims(event_id);
CREATE INDEX IF NOT EXISTS claims_object ON claims(object_id);
CREATE TABLE IF NOT EXISTS kept (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claim_families (
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    PRIMARY KEY (subject, predicate, claim_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_families_claim ON claim_families(claim_id);
CREATE TABLE IF NOT EXISTS claim_parties (
    party TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    PRIMARY KEY (party, claim_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS called_off (
    event_id TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stale_families (
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    PRIMARY KEY (subject, predicate)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fresh_claims (
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    PRIMARY KEY (subject, predicate, claim_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS contradictions (
    family_subject TEXT NOT NULL,
    family_predicate TEXT NOT NULL,
    family_target TEXT NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT,
    explanation TEXT NOT NULL,
    status TEXT NOT NULL,
    held TEXT,
    settled_by TEXT,
    strength TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS contradictions_family
    ON contradictions(family_subject, family_predicate);
CREATE INDEX IF NOT EXISTS contradictions_order ON contradictions(subject, predicate,
    coalesce(object, ''), id, family_subject, family_predicate, family_target);
CREATE TABLE IF NOT EXISTS outcomes (
    family_subject TEXT NOT NULL,
    family_predicate TEXT NOT NULL,
    family_target TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    settled_by TEXT
);
CREATE INDEX IF NOT EXISTS outcomes_family ON outcomes(family_subject, family_predicate);
CREATE INDEX IF NOT EXISTS outcomes_claim ON outcomes(claim_id);
CREATE TABLE IF NOT EXISTS related (
    subject TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    PRIMARY KEY (subject, a, b)
) WITHOUT ROWID;
"""

_CLAIMS_QUERY = """
SELECT c.*, a.path, a.url,
       cl.name AS claimant_name, cl.type AS claimant_type,
       rb.name AS reported_by_name, rb.type AS reported_by_type,
       su.name AS subject_name, su.type AS subject_type,
       ob.name AS object_name, ob.type AS object_type,
       ev.name AS event_name, ev.date AS event_date
FROM claims c
JOIN articles a ON a.id = c.article_id
JOIN entities cl ON cl.id = c.claimant_id
JOIN entities su ON su.id = c.subject_id
LEFT JOIN entities rb ON rb.id = c.reported_by_id
LEFT JOIN entities ob ON ob.id = c.object_id
LEFT JOIN events ev ON ev.id = c.event_id
"""


_Model = TypeVar("_Model", bound=BaseModel)

# PRAGMA application_id of a kg database ("kg" and a version of the file's layout), and how
# long a command waits for another kg writing the same file.
APPLICATION_ID = 0x6B670001
WAIT_SECONDS = 60.0


def _ref(row: sqlite3.Row, prefix: str) -> dict[str, str] | None:
    if row[f"{prefix}_id"] is None:
        return None
    return {"id": row[f"{prefix}_id"], "name": row[f"{prefix}_name"],
            "type": row[f"{prefix}_type"]}


def _claim_fields(row: sqlite3.Row) -> dict[str, object]:
    """A claim row as the fields of :class:`Claim`."""
    event = None
    if row["event_id"] is not None:
        event = {"id": row["event_id"], "name": row["event_name"], "date": row["event_date"]}
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "path": row["path"],
        "url": row["url"],
        "claimant": _ref(row, "claimant"),
        "reported_by": _ref(row, "reported_by"),
        "kind": row["kind"],
        "subject": _ref(row, "subject"),
        "predicate": row["predicate"],
        "object": _ref(row, "object"),
        "event": event,
        "polarity": row["polarity"],
        "certainty": row["certainty"],
        "stated_on": row["stated_on"],
        "stated_on_precision": row["stated_on_precision"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"],
                     "end": row["evidence_end"]},
        "rule": row["rule"],
        "model": row["model"],
    }


def _claims(rows: Iterable[sqlite3.Row]) -> list[Claim]:
    return _models(Claim, map(_claim_fields, rows))


def _models(model: type[_Model], fields: Iterable[dict[str, object]]) -> list[_Model]:
    """Models from their fields, validated in one call: faster than one at a time."""
    with no_cycle_collection():
        return list_adapter(model).validate_python(list(fields))


def _value(value: object) -> object:
    """A model field as SQLite stores it: enums by value, dates as ISO text."""
    if value is None or isinstance(value, int | str):
        return getattr(value, "value", value)
    return value.isoformat()


class Store:
    """kg's SQLite database; use as a context manager so the file is closed.

    Only commands that write articles create the file (``create=True``); every other
    command fails on a missing one instead of reading an empty database made by a typo.
    """

    def __init__(self, path: Path | str, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no kg database at {self.path}")
        self._batch_size = 0  # articles per commit inside batch(); 0: commit each
        self._pending = 0
        try:
            # Transactions are explicit: a savepoint per article, a commit per batch. Another
            # kg writing the same file is waited for, a while.
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=WAIT_SECONDS)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self._set_up()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open database: {error}") from error

    def _set_up(self) -> None:
        """Settings and tables, made once; each step may be done again, so a step another kg
        holds the file for (switching to WAL does not wait as writes do) is tried again."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            tables = self._refuse_foreign()
            try:
                # Write-ahead logging with NORMAL sync: a crash may lose the last commits but
                # never corrupts the file or splits an article; readers do not block writers.
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.db.executescript(SCHEMA)
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self._add_missing_columns()
                if "articles" in tables and "appearances" not in tables:  # kept since this kg
                    self.db.execute("INSERT OR IGNORE INTO appearances SELECT id, path, url, "
                                    "title, publisher, published FROM articles")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _refuse_foreign(self) -> set[str]:
        """The tables the file holds; a StoreError if another program's database it is,
        which kg must not add its tables to."""
        application = self.db.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if application not in (0, APPLICATION_ID) or (tables and "claims" not in tables):
            self.db.close()
            raise StoreError(f"{self.path}: not a kg database (another program's SQLite file)")
        return tables

    def _add_missing_columns(self) -> None:
        """A database written by an older kg gains the columns added since."""
        for table, column, definition in (("claims", "rule", "TEXT NOT NULL DEFAULT 'unknown'"),
                                          ("claims", "model", "TEXT"),
                                          ("articles", "url", "TEXT"),
                                          ("events", "place", "TEXT")):
            columns = {row["name"] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                with self.db:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self.db.close()

    @contextmanager
    def batch(self, size: int = 200) -> Iterator[Store]:
        """Commit the articles added inside the block ``size`` at a time, and the rest when it
        ends, however it ends: each article is whole or absent, so what was added stays."""
        self._batch_size, self._pending = size, 0
        try:
            yield self
        finally:
            self._batch_size = 0
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        found = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return found is not None

    def add(self, article: Article, claims: Sequence[Claim], entities: Iterable[Entity] = (),
            events: Iterable[Event] = ()) -> bool:
        """Store one article with its claims and the entities and events they name, in a
        single transaction; False if already stored (by this kg or another writing at the
        same time), when only where it appeared is added."""
        try:
            if not self.db.in_transaction:  # the write lock first, so what is read is current
                self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("SAVEPOINT article")
        except sqlite3.Error as error:
            raise StoreError(f"{article.path}: cannot store article: {error}") from error
        try:
            added = not self.has_article(article.id)
            if added:
                self._insert(article, entities, events, claims)
            self._appeared(article)
        except (sqlite3.Error, UnicodeError) as error:
            self.db.execute("ROLLBACK TO article")
            self.db.execute("RELEASE article")
            self._commit_unless_batched()
            raise StoreError(f"{article.path}: cannot store article: {error}") from error
        self.db.execute("RELEASE article")
        self._pending += added
        self._commit_unless_batched()
        return added

    def _commit_unless_batched(self) -> None:
        if not self._batch_size or self._pending >= self._batch_size:
            self.db.execute("COMMIT")
            self._pending = 0

    def add_appearance(self, article: Article) -> None:
        """Keep where and when an article already stored appeared again (another outlet, date
        or address carrying the same text): syndication is counted from these."""
        with self.transaction():
            self._appeared(article)

    def _appeared(self, article: Article) -> None:
        self.db.execute("INSERT OR IGNORE INTO appearances VALUES (?, ?, ?, ?, ?, ?)",
                        (article.id, article.path, article.url, article.title,
                         article.publisher, _value(article.published)))

    def appearances(self, article_id: str) -> list[Article]:
        """Every appearance of one stored text, in the order kg met them: the article with
        each one's path, address, title, outlet and date."""
        stored = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if stored is None:
            return []
        rows = self.db.execute("SELECT * FROM appearances WHERE article_id = ? ORDER BY rowid",
                               (article_id,))
        return _models(Article, ({**dict(stored), **dict(row), "id": article_id,
                                  "published_inferred": bool(stored["published_inferred"])}
                                 for row in rows))

    def record_gazetteer(self, name: str, text: str) -> bool:
        """Keep an extra gazetteer in the database, so every later command on it uses it;
        False if it was kept already."""
        with self.db:
            added = self.db.execute("INSERT OR IGNORE INTO gazetteers (name, text) VALUES (?, ?)",
                                    (name, text))
        return added.rowcount > 0

    def gazetteers(self) -> list[tuple[str, str]]:
        """The extra gazetteers recorded so far, as (file name, TOML text), oldest first."""
        rows = self.db.execute("SELECT name, text FROM gazetteers ORDER BY added")
        return [(row["name"], row["text"]) for row in rows]

    def _insert(self, article: Article, entities: Iterable[Entity], events: Iterable[Event],
                claims: list[Claim]) -> None:
        self.db.execute(
            "INSERT INTO articles (id, path, url, title, publisher, published, "
            "published_inferred, published_cue, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.path, article.url, article.title, article.publisher,
             _value(article.published), int(article.published_inferred), article.published_cue,
             article.text),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO entities VALUES (?, ?, ?)",
            [(e.id, e.name, e.type.value) for e in entities],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO events (id, name, date, series, place) VALUES (?, ?, ?, ?, ?)",
            [(e.id, e.name, _value(e.date), e.series, e.place) for e in events],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO claims (id, article_id, claimant_id, reported_by_id, kind, "
            "subject_id, predicate, object_id, event_id, polarity, certainty, stated_on, "
            "stated_on_precision, evidence_text, evidence_start, evidence_end, rule, model) "
            "VALUES (" + ", ".join("?" * 18) + ")",
            [
                (c.id, c.article_id, c.claimant.id, c.reported_by and c.reported_by.id,
                 c.kind.value, c.subject.id, c.predicate, c.object and c.object.id,
                 c.event and c.event.id, c.polarity.value, c.certainty.value,
                 _value(c.stated_on), _value(c.stated_on_precision), c.evidence.text,
                 c.evidence.start, c.evidence.end, c.rule, c.model)
                for c in claims
            ],
        )

    def articles(self) -> list[Article]:
        rows = self.db.execute("SELECT * FROM articles ORDER BY path, id")
        return _models(Article, ({**dict(row), "published_inferred": bool(
            row["published_inferred"])} for row in rows))

    def entities(self) -> list[Entity]:
        return _models(Entity, map(dict, self.db.execute("SELECT * FROM entities ORDER BY id")))

    def events(self) -> list[Event]:
        return _models(Event, map(dict, self.db.execute("SELECT * FROM events ORDER BY id")))

    def claims(self, claimant: str | None = None, subject: str | None = None,
               event: str | None = None) -> list[Claim]:
        """Claims in text order, filtered by claimant, subject or event (name or id, any case)."""
        where, params = [], []
        for column, value in (("cl", claimant), ("su", subject), ("ev", event)):
            if value:
                where.append(f"(lower({column}.name) = lower(?) OR {column}.id = ?)")
                params += [value, value]
        sql = _CLAIMS_QUERY + (" WHERE " + " AND ".join(where) if where else "")
        return _claims(self.db.execute(sql + _CLAIM_ORDER, params))

    def claims_by_id(self, ids: Iterable[str]) -> dict[str, Claim]:
        """The claims with these ids, by id."""
        rows = self._rows_among(_CLAIMS_QUERY + " WHERE c.id IN ({among})", ids)
        return {claim.id: claim for claim in _claims(rows)}

    def _rows_among(self, sql: str, values: Iterable[str],
                    more: tuple[str, ...] = ()) -> Iterator[sqlite3.Row]:
        """The rows of ``sql`` whose ``{among}`` list holds ``values``, read a few hundred
        values at a time (SQLite limits the parameters of one statement); ``more``
        parameters follow each list."""
        unique = sorted(set(values))
        for start in range(0, len(unique), _AMONG):
            chunk = unique[start:start + _AMONG]
            yield from self.db.execute(sql.format(among=", ".join("?" * len(chunk))),
                                       [*chunk, *more])

    def claim_counts(self) -> list[tuple[str, str, int]]:
        """Each claimant's id, name and number of claims."""
        rows = self.db.execute("SELECT e.id, e.name, count(*) FROM claims c "
                               "JOIN entities e ON e.id = c.claimant_id GROUP BY e.id")
        return [tuple(row) for row in rows]

    # The kept analysis: written by kg.analyse.kept, read by every query and export.

    def kept(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM kept WHERE name = ?", (name,)).fetchone()
        return row["value"] if row else None

    def keep(self, name: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?)", (name, value))

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One commit for the block, or nothing of it on failure; the block holds the write
        lock throughout, so another kg writing meanwhile is waited for, not overwritten."""
        outermost = not self.db.in_transaction
        if outermost:
            self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("SAVEPOINT kept")
        try:
            yield self
        except BaseException:
            self.db.execute("ROLLBACK TO kept")
            self.db.execute("RELEASE kept")
            if outermost:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("RELEASE kept")
        if outermost:
            self.db.execute("COMMIT")

    def claims_after(self, rowid: int) -> tuple[int, list[Claim]]:
        """The claims stored after row ``rowid``, in text order, and the last row now."""
        last = self.db.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()[0]
        sql = _CLAIMS_QUERY + " WHERE c.rowid > ? AND c.rowid <= ?" + _CLAIM_ORDER
        return last, _claims(self.db.execute(sql, (rowid, last)))

    def index_claims(self, families: Iterable[tuple[str, str, str]],
                     parties: Iterable[tuple[str, str]], called_off: Iterable[str]) -> None:
        """Record the (subject, predicate, claim) families and (party, claim) joined
        parties of new claims, and the events they call off. The claims are fresh in their
        families until these are analysed again."""
        families = list(families)
        self.db.executemany("INSERT OR IGNORE INTO claim_families VALUES (?, ?, ?)", families)
        self.db.executemany("INSERT OR IGNORE INTO fresh_claims VALUES (?, ?, ?)", families)
        self.db.executemany("INSERT OR IGNORE INTO claim_parties VALUES (?, ?)", parties)
        self.db.executemany("INSERT OR IGNORE INTO called_off VALUES (?)",
                            [(event,) for event in called_off])

    def mark_stale_joining(self, parties: Iterable[str]) -> None:
        """Every family of the claims whose joined names hold one of ``parties``."""
        self.db.executemany(
            "INSERT OR IGNORE INTO stale_families SELECT f.subject, f.predicate "
            "FROM claim_parties p JOIN claim_families f ON f.claim_id = p.claim_id "
            "WHERE p.party = ?", [(party,) for party in parties])

    def mark_stale_about(self, events: Iterable[str]) -> None:
        """Every family of the claims about one of ``events``."""
        self.db.executemany(
            "INSERT OR IGNORE INTO stale_families SELECT f.subject, f.predicate "
            "FROM claims c JOIN claim_families f ON f.claim_id = c.id WHERE c.event_id = ?",
            [(event,) for event in events])

    def mark_all_stale(self) -> None:
        self.db.execute("INSERT OR IGNORE INTO stale_families "
                        "SELECT DISTINCT subject, predicate FROM claim_families")

    def stale_families(self) -> list[tuple[str, str]]:
        """The families whose kept analysis is behind: marked stale, or with fresh claims."""
        rows = self.db.execute("SELECT subject, predicate FROM stale_families UNION "
                               "SELECT subject, predicate FROM fresh_claims ORDER BY 1, 2")
        return [(row[0], row[1]) for row in rows]

    def fresh_claims(self, families: list[tuple[str, str]]
                     ) -> dict[tuple[str, str], set[str] | None]:
        """The claims each family gained since it was last analysed; None for a family
        marked stale, whose analysis must be redone whole."""
        found: dict[tuple[str, str], set[str] | None] = {}
        for family in families:
            stale = self.db.execute("SELECT 1 FROM stale_families WHERE subject = ? AND "
                                    "predicate = ?", family).fetchone()
            found[family] = None if stale else {row[0] for row in self.db.execute(
                "SELECT claim_id FROM fresh_claims WHERE subject = ? AND predicate = ?",
                family)}
        return found

    def family_claims(self, families: list[tuple[str, str]]
                      ) -> dict[tuple[str, str], list[Claim]]:
        """The claims of each family, in text order; a claim in several is read once."""
        members = []
        for family in families:
            members += [(family, row[0]) for row in self.db.execute(
                "SELECT claim_id FROM claim_families WHERE subject = ? AND predicate = ?",
                family)]
        claims = self.claims_by_id(claim_id for _, claim_id in members)
        found: dict[tuple[str, str], list[Claim]] = {family: [] for family in families}
        for family, claim_id in members:
            found[family].append(claims[claim_id])
        for listed in found.values():
            listed.sort(key=_text_order)
        return found

    def named_alone(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` some claim names on their own as its subject or object."""
        rows = self._rows_among(
            "SELECT e.id FROM entities e WHERE e.id IN ({among}) "
            "AND e.name NOT LIKE '% and %' AND (EXISTS (SELECT 1 FROM claims c "
            "WHERE c.subject_id = e.id) OR EXISTS (SELECT 1 FROM claims c "
            "WHERE c.object_id = e.id))", ids)
        return {row[0] for row in rows}

    def called_off(self, events: Iterable[str]) -> frozenset[str]:
        """Those of ``events`` a claim has called off."""
        rows = self._rows_among("SELECT event_id FROM called_off WHERE event_id IN ({among})",
                                events)
        return frozenset(row[0] for row in rows)

    def keep_analysis(self, families: list[tuple[str, str]],
                      cleared: Iterable[tuple[str, str, str | None]],
                      contradictions: Iterable[tuple[str, str, str, Contradiction]],
                      outcomes: Iterable[tuple[str, str, str, str, str, str | None]]) -> None:
        """Bring what is kept of ``families`` up to date: drop the (family, target) groups
        ``cleared`` (a target of None: the whole family), add (family, contradiction)
        pairs and (family, claim, verdict, settling claim) outcomes; they are stale and
        their claims fresh no more."""
        cleared = list(cleared)
        for table in ("contradictions", "outcomes"):
            self.db.executemany(f"DELETE FROM {table} WHERE family_subject = ? AND "
                                "family_predicate = ? AND family_target = coalesce(?, "
                                "family_target)", cleared)
        for table in ("stale_families", "fresh_claims"):
            self.db.executemany(f"DELETE FROM {table} WHERE subject = ? AND predicate = ?",
                                families)
        self.db.executemany(
            "INSERT INTO contradictions VALUES (" + ", ".join("?" * 15) + ")",
            [(*family, c.id, c.kind.value, c.a, c.b, c.subject, c.predicate, c.object,
              c.explanation, c.status.value, c.held, c.settled_by, c.strength.value)
             for *family, c in contradictions])
        self.db.executemany("INSERT INTO outcomes VALUES (?, ?, ?, ?, ?, ?)", outcomes)

    def claims_of_subjects(self, subjects: Iterable[str],
                           predicates: tuple[str, ...]) -> list[Claim]:
        """The claims about ``subjects`` with one of ``predicates``, in text order."""
        marks = ", ".join("?" * len(predicates))
        return _claims(self._rows_among(
            _CLAIMS_QUERY + f" WHERE c.subject_id IN ({{among}}) AND c.predicate IN ({marks})",
            subjects, predicates))

    def keep_related(self, subjects: Iterable[str], pairs: Iterable[tuple[str, str, str]]
                     ) -> None:
        """Replace the related (subject, claim, claim) links of ``subjects``."""
        self.db.executemany("DELETE FROM related WHERE subject = ?",
                            [(subject,) for subject in subjects])
        self.db.executemany("INSERT OR IGNORE INTO related VALUES (?, ?, ?)", pairs)

    def contradictions(self, involving: str | None = None, kind: str | None = None,
                       status: str | None = None, event: str | None = None,
                       since: date | None = None) -> list[Contradiction]:
        """The kept contradictions, by subject, predicate, object and id; only those with a
        claim by the claimant ``involving``, of ``kind`` or ``status``, or whose later claim
        is about ``event`` or stated on or after ``since``, when given."""
        conditions = {
            "EXISTS (SELECT 1 FROM claims c WHERE c.id IN (k.a, k.b) AND c.claimant_id = ?)":
                involving,
            "k.kind = ?": kind,
            "k.status = ?": status,
            "EXISTS (SELECT 1 FROM claims c WHERE c.id = k.b AND c.event_id = ?)": event,
            "EXISTS (SELECT 1 FROM claims c WHERE c.id = k.b AND c.stated_on >= ?)":
                since and since.isoformat(),
        }
        wanted = {condition: value for condition, value in conditions.items() if value}
        rows = self.db.execute(
            f"SELECT {', '.join('k.' + name for name in _CONTRADICTION_FIELDS)} "
            "FROM contradictions k" + (" WHERE " + " AND ".join(wanted) if wanted else "")
            + " ORDER BY k.subject, k.predicate, coalesce(k.object, ''), k.id, "
            "k.family_subject, k.family_predicate, k.family_target", list(wanted.values()))
        return _models(Contradiction, (dict(zip(_CONTRADICTION_FIELDS, row, strict=True))
                                       for row in rows))

    def reversal_counts(self) -> dict[str, int]:
        """How many kept self-reversals each claimant has a claim in."""
        rows = self.db.execute(
            "SELECT owner, count(*) FROM (SELECT DISTINCT k.rowid, c.claimant_id AS owner "
            "FROM contradictions k JOIN claims c ON c.id IN (k.a, k.b) "
            "WHERE k.kind = 'self_reversal') GROUP BY owner")
        return {row[0]: row[1] for row in rows}

    def outcomes(self, claimant: str | None = None
                 ) -> list[tuple[str, str, str, str, str | None]]:
        """(claimant id, claim id, certainty, verdict, settling claim id) of every forecast,
        or of one claimant's; a claim on several propositions counts on the first."""
        rows = self.db.execute(
            "SELECT c.claimant_id, o.claim_id, c.certainty, o.verdict, o.settled_by FROM "
            "(SELECT *, row_number() OVER (PARTITION BY claim_id ORDER BY family_subject, "
            "family_predicate, family_target) AS n FROM outcomes) o "
            "JOIN claims c ON c.id = o.claim_id WHERE o.n = 1"
            + (" AND c.claimant_id = ?" if claimant else ""), (claimant,) if claimant else ())
        return [tuple(row) for row in rows]

    def related_pairs(self) -> list[tuple[str, str]]:
        rows = self.db.execute("SELECT DISTINCT a, b FROM related ORDER BY a, b")
        return [(row[0], row[1]) for row in rows]


_CLAIM_ORDER = " ORDER BY a.path, c.evidence_start, c.id"


def _text_order(claim: Claim) -> tuple[str, int, str]:
    """The order of ``_CLAIM_ORDER``, for claims already read."""
    return (claim.path, claim.evidence.start, claim.id)


_CONTRADICTION_FIELDS = tuple(Contradiction.model_fields)


_AMONG = 500  # values in one SQL list
