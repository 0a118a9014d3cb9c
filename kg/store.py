"""The SQLite store: articles, entities, events and claims in one file.

Each article is written under one savepoint together with its claims and the
entities and events they name, so a failure never leaves half an article behind.
Inside ``Store.batch()`` several articles share one commit (the fsync is most of the
cost of a small write); outside it every article is committed on its own.
An article's id is the hash of its cleaned text, so storing it twice changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import StoreError
from kg.models import Article, Claim, Entity, EntityRef, Event, EventRef, Evidence
from kg.resolve import Resolved

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


def _ref(row: sqlite3.Row, prefix: str) -> EntityRef | None:
    if row[f"{prefix}_id"] is None:
        return None
    return EntityRef(id=row[f"{prefix}_id"], name=row[f"{prefix}_name"], type=row[f"{prefix}_type"])


def _claim(row: sqlite3.Row) -> Claim:
    event = None
    if row["event_id"] is not None:
        event = EventRef(id=row["event_id"], name=row["event_name"], date=row["event_date"])
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        path=row["path"],
        url=row["url"],
        claimant=_ref(row, "claimant"),
        reported_by=_ref(row, "reported_by"),
        kind=row["kind"],
        subject=_ref(row, "subject"),
        predicate=row["predicate"],
        object=_ref(row, "object"),
        event=event,
        polarity=row["polarity"],
        certainty=row["certainty"],
        stated_on=row["stated_on"],
        stated_on_precision=row["stated_on_precision"],
        evidence=Evidence(text=row["evidence_text"], start=row["evidence_start"],
                          end=row["evidence_end"]),
        rule=row["rule"],
        model=row["model"],
    )


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
            # Transactions are explicit: a savepoint per article, a commit per batch.
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            # Write-ahead logging with NORMAL sync: a crash may lose the last commits but
            # never corrupts the file or splits an article; readers do not block the writer.
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.executescript(SCHEMA)
            self._add_missing_columns()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open database: {error}") from error

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

    def add(self, resolved: Resolved) -> bool:
        """Store one article with its claims in a single transaction; False if already stored."""
        article = resolved.article
        if self.has_article(article.id):
            return False
        if self._batch_size and not self.db.in_transaction:
            self.db.execute("BEGIN")
        self.db.execute("SAVEPOINT article")
        try:
            self._insert(article, resolved.entities.values(), resolved.events.values(),
                         resolved.claims)
        except (sqlite3.Error, UnicodeError) as error:
            self.db.execute("ROLLBACK TO article")
            self.db.execute("RELEASE article")
            raise StoreError(f"{article.path}: cannot store article: {error}") from error
        self.db.execute("RELEASE article")  # outside a batch this commits
        self._pending += 1
        if self._batch_size and self._pending >= self._batch_size:
            self.db.execute("COMMIT")
            self._pending = 0
        return True

    def record_gazetteer(self, name: str, text: str) -> None:
        """Keep an extra gazetteer in the database, so every later command on it uses it."""
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO gazetteers (name, text) VALUES (?, ?)",
                            (name, text))

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
        return [Article(**{**dict(row), "published_inferred": bool(row["published_inferred"])})
                for row in rows]

    def entities(self) -> list[Entity]:
        rows = self.db.execute("SELECT * FROM entities ORDER BY id")
        return [Entity(**dict(row)) for row in rows]

    def events(self) -> list[Event]:
        return [Event(**dict(row)) for row in self.db.execute("SELECT * FROM events ORDER BY id")]

    def claims(self, claimant: str | None = None, subject: str | None = None,
               event: str | None = None) -> list[Claim]:
        """Claims in text order, filtered by claimant, subject or event (name or id, any case)."""
        where, params = [], []
        for column, value in (("cl", claimant), ("su", subject), ("ev", event)):
            if value:
                where.append(f"(lower({column}.name) = lower(?) OR {column}.id = ?)")
                params += [value, value]
        sql = _CLAIMS_QUERY + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY a.path, c.evidence_start, c.id"
        return [_claim(row) for row in self.db.execute(sql, params)]
