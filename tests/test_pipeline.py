"""Ingest as a batch: one bad file or article never costs the others, and what kg stores
names files relative to the folder it was given."""

import json
import os
import re
import subprocess
import sys

import pytest

from kg import pipeline
from kg.pipeline import fresh_store, ingest, refreshed
from kg.resolve import Gazetteer
from kg.store import Store
from tests.helpers import ROOT

GOOD = "The president said the summit will take place in June.\n"


def write(folder, name: str | bytes, content: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / os.fsdecode(name)).write_text(content, encoding="utf-8")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "kg.sqlite", create=True) as opened:
        yield opened


def test_sentences_that_once_crashed_extraction_are_read(tmp_path, store, gazetteer):
    folder = tmp_path / "news"
    write(folder, "a.txt", "The minister said there is in.\n")
    write(folder, "b.txt", "There are concerns over whether the council, which said on "
                           "Monday that the vote would be held next week, will delay it.\n")
    write(folder, "z.txt", GOOD)
    report = ingest(store, [folder], gazetteer)
    assert (report.new, report.failed, report.problems) == (3, 0, [])


def test_schema_org_json_metadata_is_read(tmp_path, store, gazetteer):
    folder = tmp_path / "feed"
    write(folder, "wire.json", json.dumps({
        "@type": "NewsArticle", "headline": 42,
        "publisher": {"@type": "Organization", "name": "Wire"},
        "author": [{"@type": "Person", "name": "Jo Park"}],
        "datePublished": "2024-01-02T09:00:00Z",
        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.org/wire/1"},
        "articleBody": GOOD}))
    report = ingest(store, [folder], gazetteer)
    assert (report.new, report.problems) == (1, [])
    [article] = store.articles()
    assert (article.title, article.publisher, str(article.published), article.url) == (
        "42", "Wire", "2024-01-02", "https://example.org/wire/1")


def test_lone_surrogates_and_undecodable_file_names_are_replaced(tmp_path, store, gazetteer):
    folder = tmp_path / "odd"
    (folder).mkdir()
    (folder / "surrogate.json").write_text(
        '{"title": "x\\ud800", "text": "The mayor said the bridge \\ud800 will open."}')
    write(folder, b"caf\xe9.txt", GOOD)
    report = ingest(store, [folder], gazetteer)
    assert (report.new, report.problems) == (2, [])
    articles = {a.path: a for a in store.articles()}
    assert set(articles) == {"caf\ufffd.txt", "surrogate.json"}
    assert articles["surrogate.json"].title == "x\ufffd"
    assert "bridge \ufffd will open" in articles["surrogate.json"].text


def test_a_rule_that_raises_costs_only_its_article(tmp_path, store, gazetteer, monkeypatch):
    folder = tmp_path / "news"
    write(folder, "a.txt", "The governor said the road will close on Friday.\n")
    write(folder, "b.txt", GOOD)
    real = pipeline.extract_candidates

    def breaks_on_roads(text):
        if "road" in text:
            raise IndexError("list index out of range")
        return real(text)

    monkeypatch.setattr(pipeline, "extract_candidates", breaks_on_roads)
    report = ingest(store, [folder], gazetteer)
    assert (report.new, report.failed) == (1, 1)
    assert [(p.path, p.reason) for p in report.problems] == [
        ("a.txt", "cannot extract claims: IndexError: list index out of range")]
    assert [a.path for a in store.articles()] == ["b.txt"]
    assert {c.path for c in store.claims()} == {"b.txt"}


def test_a_reader_that_raises_costs_only_its_file(tmp_path, store, gazetteer, monkeypatch):
    folder = tmp_path / "news"
    write(folder, "a.txt", GOOD)
    write(folder, "b.json", json.dumps({"text": GOOD}))
    monkeypatch.setitem(pipeline.read_path.__globals__["READERS"], ".json",
                        lambda content: [][0])
    report = ingest(store, [folder], gazetteer)
    assert [(p.path, p.reason) for p in report.problems] == [
        ("b.json", "cannot read: IndexError: list index out of range")]
    assert [a.path for a in store.articles()] == ["a.txt"]


def test_paths_are_relative_to_the_folder_given(tmp_path, store, gazetteer):
    folder = tmp_path / "deep" / "news"
    write(folder / "2024", "a.txt", GOOD)
    write(tmp_path, "single.txt", "The mayor said the bridge will open in May.\n")
    ingest(store, [folder, tmp_path / "single.txt"], gazetteer)
    assert sorted(a.path for a in store.articles()) == ["2024/a.txt", "single.txt"]


def test_a_fresh_store_replaces_the_database_only_when_the_block_succeeds(tmp_path):
    path = tmp_path / "kg.sqlite"
    Store(path, create=True).close()
    before = path.read_bytes()
    with pytest.raises(RuntimeError), fresh_store(path) as store:
        store.record_gazetteer("a.toml", "")
        raise RuntimeError("export failed")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["kg.sqlite"]
    with fresh_store(path) as store:
        store.record_gazetteer("a.toml", "")
    with Store(path) as store:
        assert store.gazetteers() == [("a.toml", "")]


def test_the_store_remembers_extra_gazetteers(tmp_path, store):
    extra = tmp_path / "extra.toml"
    extra.write_text('[[entity]]\nname = "Lena Dahl"\ntype = "person"\n', encoding="utf-8")
    assert "Lena Dahl" not in Gazetteer.load().entities
    assert "Lena Dahl" in pipeline.store_gazetteer(store, [extra]).entities
    assert "Lena Dahl" in pipeline.store_gazetteer(store).entities


NAMES = ["Ana Ruiz", "Kai Berg", "Mara Quint", "Tom Reyes", "Lena Ost", "Ivo Brandt"]
PLACES = ["Lumo", "Vexa", "Kallo", "Brisk", "Tarn", "Osla", "Quell"]


def many_articles(folder, count: int) -> None:
    """Distinct small articles, enough that ingest starts worker processes."""
    for n in range(count):
        speaker, place = NAMES[n % len(NAMES)], PLACES[n % len(PLACES)]
        write(folder, f"{n:03}.txt",
              f"Talks in {place}\n\n{speaker} said on Monday that the {place} summit "
              f"would take place on May {n % 28 + 1}, {2030 + n}.\n")


def test_worker_processes_store_what_one_process_stores(tmp_path, gazetteer):
    folder = tmp_path / "news"
    many_articles(folder, 2 * pipeline.WINDOW_PER_JOB + 9)  # more than one window each
    write(folder, "broken.json", "{")
    tables = []
    for jobs in (1, 2):
        with Store(tmp_path / f"{jobs}.sqlite", create=True) as store:
            report = ingest(store, [folder], gazetteer, jobs=jobs)
            assert (report.new, report.failed) == (41, 1)
            tables.append([tuple(row) for table in ("articles", "claims", "entities", "events")
                           for row in store.db.execute(f"SELECT * FROM {table} ORDER BY 1")])
    one, two = tables
    assert len(one) > 120
    assert one == two


def test_articles_already_stored_are_not_parsed_again(tmp_path, store, gazetteer):
    folder = tmp_path / "news"
    many_articles(folder, 40)
    ingest(store, [folder], gazetteer, jobs=2)
    report = ingest(store, [folder], gazetteer, jobs=2)
    assert (report.new, report.unchanged, report.failed) == (0, 40, 0)


def test_progress_is_told_of_every_article(tmp_path, store, gazetteer):
    folder = tmp_path / "news"
    many_articles(folder, 5)
    told = []
    ingest(store, [folder], gazetteer, progress=told.append)
    assert told == [1] * 5


def test_two_ingests_of_one_folder_at_once_store_it_once_and_both_succeed(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "kg.sqlite"
    subprocess.run([sys.executable, str(ROOT / "bench" / "articles.py"), str(folder),
                    "--count", "80", "--seed", "4"], check=True, capture_output=True)
    command = [sys.executable, "-m", "kg", "--db", str(db), "ingest", "--jobs", "1", "-q",
               str(folder)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert [stderr for _, stderr in outputs] == ["", ""]
    counts = [re.match(r"articles: (\d+) new, (\d+) unchanged, 0 failed", stdout).groups()
              for stdout, _ in outputs]
    assert sum(int(new) for new, _ in counts) == 80  # each article counted new once
    assert all(int(new) + int(unchanged) == 80 for new, unchanged in counts)
    with Store(db) as store:  # the analysis kept is that of one ingest of everything
        assert len(store.articles()) == 80
        kept = [c.model_dump() for c in refreshed(store).contradictions()]
    with Store(tmp_path / "once.sqlite", create=True) as once:
        ingest(once, [folder], Gazetteer.load())
        assert kept == [c.model_dump() for c in once.contradictions()]
