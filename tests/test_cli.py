"""Every command through click's CliRunner, on the seed articles."""

import csv
import errno
import io
import json
import os
import shutil
from itertools import islice
from pathlib import Path

import pytest
from rdflib import RDF, Graph, namespace

from kg.cli import cli
from kg.export import EXPORTERS
from tests.helpers import DATA, MOSCOW_TIMES_SEED, NK_NEWS_SEED, SEED_CLAIMS


def claims_json(runner, db, *args):
    result = runner.invoke(cli, ["--db", db, "claims", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def find(claims, claimant, kind=None):
    found = [c for c in claims if c["claimant"]["name"] == claimant
             and (kind is None or c["kind"] == kind)]
    assert found, f"no claim by {claimant}"
    return found[0]


PARADE_2015 = {"id": "victory-day-parade-2015", "name": "Victory Day parade 2015",
               "date": "2015-05-09"}
PARADE_2025 = {"id": "victory-day-parade-2025", "name": "Victory Day parade 2025",
               "date": "2025-05-09"}
KIM = {"id": "kim-jong-un", "name": "Kim Jong Un", "type": "person"}


def test_peskov_announces_kim_will_not_attend_the_2015_parade(runner, db):
    claim = find(claims_json(runner, db), "Dmitry Peskov", "announcement")
    assert claim["path"] == MOSCOW_TIMES_SEED
    assert claim["claimant"] == {"id": "dmitry-peskov", "name": "Dmitry Peskov",
                                 "type": "person"}
    assert claim["reported_by"] is None
    assert (claim["subject"], claim["predicate"], claim["object"], claim["event"]) == (
        KIM, "attend", None, PARADE_2015)
    assert (claim["polarity"], claim["certainty"]) == ("negative", "certain")
    assert (claim["stated_on"], claim["stated_on_precision"]) == ("2015-04-30", "day")
    assert claim["evidence"]["text"].startswith("He has decided to stay in Pyongyang")


def test_the_kremlin_itself_says_so_too(runner, db):
    kremlin = [c for c in claims_json(runner, db, "--claimant", "Kremlin")]
    assert [c["evidence"]["text"][:30] for c in kremlin] == [
        "Kremlin: North Korea's Kim Jon", "North Korean leader Kim Jong U"]
    assert {(c["kind"], c["polarity"], c["certainty"], c["stated_on"], c["event"]["id"])
            for c in kremlin} == {("statement", "negative", "certain", "2015-04-30",
                                   "victory-day-parade-2015")}


def test_nis_expected_kim_to_go_as_relayed_by_shin(runner, db):
    claim = find(claims_json(runner, db), "National Intelligence Service")
    assert claim["claimant"]["type"] == "organization"
    assert claim["reported_by"] == {"id": "shin-kyung-min", "name": "Shin Kyung-min",
                                    "type": "person"}
    assert (claim["kind"], claim["subject"], claim["predicate"], claim["event"]) == (
        "expectation", KIM, "attend", PARADE_2015)
    assert (claim["polarity"], claim["certainty"]) == ("positive", "probable")
    assert (claim["stated_on"], claim["stated_on_precision"]) == ("2015-04-29", "day")


def test_yang_assesses(runner, db):
    claim = find(claims_json(runner, db), "Yang Moo-jin", "assessment")
    assert (claim["kind"], claim["subject"]["name"], claim["predicate"]) == (
        "assessment", "Kim Jong Un", "boost")
    assert claim["stated_on"] == "2015-04-30"


def test_peskov_on_about_30_foreign_leaders(runner, db):
    [claim] = claims_json(runner, db, "--subject", "foreign leaders")
    assert claim["claimant"]["name"] == "Dmitry Peskov"
    assert claim["subject"] == {"id": "foreign-leaders", "name": "foreign leaders",
                                "type": "group"}
    assert (claim["predicate"], claim["event"], claim["polarity"], claim["certainty"]) == (
        "attend", PARADE_2015, "positive", "certain")


def test_merkel_expected_in_moscow_only_on_may_10(runner, db):
    [claim] = claims_json(runner, db, "--subject", "Angela Merkel")
    assert (claim["claimant"]["type"], claim["kind"], claim["predicate"]) == (
        "unnamed", "expectation", "visit")
    assert claim["object"] == {"id": "moscow", "name": "Moscow", "type": "place"}
    assert claim["event"] is None
    assert (claim["polarity"], claim["certainty"]) == ("positive", "probable")


def test_nk_news_predicts_kim_will_likely_skip_the_2025_parade(runner, db):
    claims = claims_json(runner, db, "--claimant", "NK News", "--subject", "Kim Jong Un")
    assert len(claims) == 2
    for claim in claims:
        assert claim["path"] == NK_NEWS_SEED
        assert claim["claimant"] == {"id": "nk-news", "name": "NK News", "type": "publication"}
        assert (claim["kind"], claim["subject"], claim["predicate"], claim["event"]) == (
            "prediction", KIM, "attend", PARADE_2025)
        assert (claim["polarity"], claim["certainty"]) == ("negative", "probable")
        assert (claim["stated_on"], claim["stated_on_precision"]) == ("2025-04-01", "day")


def test_unnamed_speculation_that_kim_may_attend(runner, db):
    [claim] = claims_json(runner, db, "--claimant", "unnamed", "--event",
                          "Victory Day parade 2025")
    assert claim["claimant"] == {"id": "unnamed", "name": "unnamed", "type": "unnamed"}
    assert (claim["kind"], claim["subject"], claim["event"]) == ("speculation", KIM, PARADE_2025)
    assert (claim["polarity"], claim["certainty"]) == ("positive", "possible")


def test_deputy_foreign_minister_on_the_preparatory_stage_last_week(runner, db):
    [claim] = claims_json(runner, db, "--claimant", "Andrei Rudenko")
    assert (claim["kind"], claim["subject"], claim["predicate"]) == ("statement", KIM, "visit")
    assert (claim["stated_on"], claim["stated_on_precision"]) == ("2025-03-24", "week")
    assert "preparatory stage" in claim["evidence"]["text"]


def test_boilerplate_and_repeats_yield_nothing(runner, db):
    claims = claims_json(runner, db)
    assert len(claims) == SEED_CLAIMS
    texts = [c["evidence"]["text"] for c in claims]
    assert len(texts) == len(set(texts))
    for claim in claims:
        assert "support" not in claim["evidence"]["text"].lower()
    articles = json.loads(runner.invoke(cli, ["--db", db, "articles", "--format",
                                              "json"]).output)
    for article in articles:
        assert "All rights reserved" not in article["text"]
        assert "small favor to ask" not in article["text"]
        assert article["text"].count("Speculation is mounting") <= 1


def test_evidence_offsets_index_the_article_text(runner, db):
    articles = json.loads(runner.invoke(cli, ["--db", db, "articles", "--format",
                                              "json"]).output)
    texts = {a["id"]: a["text"] for a in articles}
    for claim in claims_json(runner, db):
        evidence = claim["evidence"]
        assert texts[claim["article_id"]][evidence["start"]:evidence["end"]] == evidence["text"]


def test_articles_json_contract(runner, db):
    articles = json.loads(runner.invoke(cli, ["--db", db, "articles", "--format",
                                              "json"]).output)
    moscow = next(a for a in articles if a["path"] == MOSCOW_TIMES_SEED)
    assert sorted(moscow) == ["id", "path", "published", "published_cue", "published_inferred",
                              "publisher", "text", "title", "url"]
    assert moscow["url"] is None
    assert (moscow["published"], moscow["published_inferred"], moscow["publisher"]) == (
        "2015-04-30", True, "The Moscow Times")


def test_two_parades_are_two_events_of_one_series(runner, db):
    events = {c["event"]["id"] for c in claims_json(runner, db) if c["event"]}
    assert events == {"victory-day-parade-2015", "victory-day-parade-2025"}


def test_ingest_twice_changes_nothing(runner, db):
    result = runner.invoke(cli, ["--db", db, "ingest", "seeds/"])
    assert result.output == "articles: 0 new, 2 unchanged, 0 failed; claims added: 0\n"
    assert len(claims_json(runner, db)) == SEED_CLAIMS


def test_claims_table_jsonl_and_csv(runner, db):
    table = runner.invoke(cli, ["--db", db, "claims", "--claimant", "Andrei Rudenko"]).output
    assert table.splitlines()[0].split() == ["claimant", "reported_by", "kind", "subject",
                                            "predicate", "object", "polarity", "certainty",
                                            "stated_on", "evidence"]
    assert "Andrei Rudenko" in table.splitlines()[2]
    lines = runner.invoke(cli, ["--db", db, "claims", "--format", "jsonl"]).output.splitlines()
    assert len(lines) == SEED_CLAIMS and json.loads(lines[0])["article_id"]
    rows = list(csv.DictReader(io.StringIO(
        runner.invoke(cli, ["--db", db, "claims", "--format", "csv"]).output)))
    assert len(rows) == SEED_CLAIMS
    nis = next(r for r in rows if r["claimant"] == "National Intelligence Service")
    assert (nis["reported_by"], nis["stated_on"], nis["event"]) == (
        "Shin Kyung-min", "2015-04-29", "Victory Day parade 2015")


def test_contradictions_report_nis_against_the_kremlin(runner, db):
    result = runner.invoke(cli, ["--db", db, "query", "contradictions", "--format", "json"])
    contradictions = json.loads(result.output)
    claims = {c["id"]: c for c in claims_json(runner, db)}
    pairs = {(claims[c["a"]]["claimant"]["name"], claims[c["b"]]["claimant"]["name"], c["kind"])
             for c in contradictions}
    assert ("National Intelligence Service", "Kremlin", "cross_source") in pairs
    assert ("National Intelligence Service", "Dmitry Peskov", "cross_source") in pairs
    nis = next(c for c in contradictions if claims[c["b"]]["claimant"]["name"] == "Kremlin")
    assert sorted(nis) == ["a", "b", "explanation", "held", "id", "kind", "object", "predicate",
                           "settled_by", "status", "strength", "subject"]
    assert (nis["status"], claims[nis["held"]]["claimant"]["name"]) == ("resolved", "Kremlin")
    nk = next(c for c in contradictions if c["subject"] == "Kim Jong Un"
              and c["object"] == "Victory Day parade 2025")
    assert (nk["status"], nk["held"], nk["strength"]) == ("open", None, "weak")
    assert (nis["subject"], nis["predicate"], nis["object"]) == (
        "Kim Jong Un", "attend", "Victory Day parade 2015")


def test_contradictions_markdown_and_table(runner, db):
    markdown = runner.invoke(cli, ["--db", db, "query", "contradictions", "--format",
                                   "markdown"]).output
    assert markdown.startswith("# Contradictions\n\n5 found.\n")
    table = runner.invoke(cli, ["--db", db, "query", "contradictions"]).output
    assert table.splitlines()[0].split() == ["kind", "status", "proposition", "earlier",
                                            "later"]
    assert "resolved: Kremlin held" in table and "open (weak)" in table


@pytest.mark.parametrize(
    ("options", "count"),
    [([], 5), (["--status", "resolved"], 3), (["--status", "open"], 2),
     (["--event", "Victory Day parade 2025"], 2), (["--claimant", "Dmitry Peskov"], 1),
     (["--kind", "self_reversal"], 0), (["--since", "2020-01-01"], 2)],
)
def test_contradiction_filters(runner, db, options, count):
    result = runner.invoke(cli, ["--db", db, "query", "contradictions", "--format", "json",
                                 *options])
    assert len(json.loads(result.output)) == count


def test_timeline_lists_claims_in_order_with_the_outcome(runner, db):
    result = runner.invoke(cli, ["--db", db, "query", "timeline", "Victory Day parade 2015",
                                 "--format", "json"])
    data = json.loads(result.output)
    dates = [c["stated_on"] for c in data["claims"]]
    assert dates == sorted(dates) and dates[0] == "2015-04-29"
    claims = {c["id"]: c for c in data["claims"]}
    assert any(claims[i]["subject"]["name"] == "Kim Jong Un"
               and claims[i]["polarity"] == "negative" for i in data["outcomes"])


def test_claimant_track_record(runner, db):
    result = runner.invoke(cli, ["--db", db, "query", "claimant", "National Intelligence "
                                 "Service", "--format", "json"])
    data = json.loads(result.output)
    assert (data["claims"], data["right"], data["wrong"], data["open"]) == (1, 0, 1, 0)
    assert data["brier"] == 0.5625  # expected it with probability 0.75; it did not happen


def test_claimants_lists_every_claimant_best_forecaster_first(runner, db):
    result = runner.invoke(cli, ["--db", db, "query", "claimants", "--format", "json"])
    rows = json.loads(result.output)
    assert rows[0] == {"claimant": "National Intelligence Service", "claims": 1,
                       "reversals": 0, "forecasts": 1, "scored": 1, "right": 0, "wrong": 1,
                       "open": 0, "annulled": 0, "brier": 0.5625}
    assert sum(row["claims"] for row in rows) == SEED_CLAIMS
    assert len({row["claimant"] for row in rows}) == len(rows)
    csv_rows = runner.invoke(cli, ["--db", db, "query", "claimants", "--format", "csv"])
    assert csv_rows.output.splitlines()[:2] == [
        "claimant,claims,reversals,forecasts,scored,right,wrong,open,annulled,brier",
        "National Intelligence Service,1,0,1,1,0,1,0,0,0.5625"]


def test_event_balance(runner, db):
    data = json.loads(runner.invoke(cli, ["--db", db, "query", "event", "Victory Day parade "
                                          "2025", "--format", "json"]).output)
    assert data["balance"] == [{"month": "2025-04", "positive": 1, "negative": 2}]
    assert data["outcomes"] == []


def test_unknown_names_suggest_the_closest(runner, db):
    result = runner.invoke(cli, ["--db", db, "query", "timeline", "Victory Day parade 2016"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: unknown event 'Victory Day parade 2016'; closest: "
                             "Victory Day parade 2015, Victory Day parade 2025\n")


def test_export_turtle_parses_back_with_every_claim(runner, db, tmp_path):
    out = tmp_path / "kg.ttl"
    result = runner.invoke(cli, ["--db", db, "export", "turtle", "--out", str(out)])
    assert result.output == f"wrote {out}\n"
    graph = Graph().parse(out, format="turtle")
    assert len(set(graph.subjects(RDF.type, namespace.SDO.Claim))) == SEED_CLAIMS


def test_export_graphml(runner, db, tmp_path):
    import networkx as nx

    out = tmp_path / "kg.graphml"
    runner.invoke(cli, ["--db", db, "export", "graphml", "--out", str(out)])
    graph = nx.read_graphml(out)
    types = [data["type"] for _, data in graph.nodes(data=True)]
    assert types.count("claim") == SEED_CLAIMS and types.count("article") == 2


def test_build_writes_every_format_and_view(runner, tmp_path, in_repo):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["--db", str(tmp_path / "b.sqlite"), "build", "seeds/",
                                 "--out", str(out)])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "actors-kg.gexf", "actors-kg.graphml", "contradictions.md", "kg.gexf", "kg.graphml",
        "kg.jsonld", "kg.nt", "kg.trig", "kg.ttl"]


def test_a_build_that_fails_midway_leaves_the_last_set_whole(runner, tmp_path, in_repo,
                                                             monkeypatch):
    out, db = tmp_path / "out", str(tmp_path / "b.sqlite")
    assert runner.invoke(cli, ["--db", db, "build", "seeds/", "--out", str(out)]).exit_code == 0
    (out / "notes.txt").write_text("mine\n")  # a file kg does not write stays
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    graphml = EXPORTERS["graphml"]

    def disk_fills_up(graph, options):  # the disk is full halfway through the GraphML
        yield from islice(graphml.generate(graph, options), 2)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setitem(EXPORTERS, "graphml", graphml._replace(generate=disk_fills_up))
    result = runner.invoke(cli, ["--db", db, "build", "--out", str(out),
                                 "--base-iri", "https://news.example/kg/"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: cannot write: No space left on device\n"
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["b.sqlite", "out"]
    monkeypatch.setitem(EXPORTERS, "graphml", graphml)
    result = runner.invoke(cli, ["--db", db, "build", "--out", str(out),
                                 "--base-iri", "https://news.example/kg/"])
    assert result.exit_code == 0
    assert (out / "notes.txt").read_text() == "mine\n"
    assert b"https://news.example/kg/" in (out / "kg.ttl").read_bytes()


def test_db_from_environment(runner, tmp_path, in_repo):
    db = tmp_path / "env.sqlite"
    result = runner.invoke(cli, ["ingest", f"seeds/{NK_NEWS_SEED}"], env={"KG_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_bad_files_are_reported_and_the_batch_goes_on(runner, tmp_path, in_repo):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = str(tmp_path / "kg.sqlite")
    result = runner.invoke(cli, ["--db", db, "ingest", str(empty), f"seeds/{NK_NEWS_SEED}",
                                 str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stderr == ("Error: empty.txt: empty file\n"
                             "Error: missing.txt: cannot read: No such file or directory\n")
    assert result.stdout == "articles: 1 new, 0 unchanged, 2 failed; claims added: 5\n"


def test_a_folder_with_nothing_readable_is_an_error(runner, tmp_path):
    (tmp_path / "pictures").mkdir()
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest",
                                 str(tmp_path / "pictures")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'pictures'}: no readable article files in this folder\n")


def test_an_unopenable_database_is_one_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["--db", str(tmp_path / "no" / "kg.sqlite"), "ingest",
                                 "seeds/"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'no' / 'kg.sqlite'}: cannot open database: unable to open "
        "database file\n")


def test_usage_errors_exit_2(runner):
    result = runner.invoke(cli, ["export", "pdf", "--out", "x"])
    assert result.exit_code == 2
    assert "Invalid value for 'FORMAT'" in result.stderr


def test_ingest_from_standard_input(runner, tmp_path):
    db = str(tmp_path / "kg.sqlite")
    text = (DATA / "front_matter.md").read_text()
    result = runner.invoke(cli, ["--db", db, "ingest", "-"], input=text)
    assert result.exit_code == 0, result.output
    [article] = json.loads(runner.invoke(cli, ["--db", db, "articles", "--format",
                                               "json"]).output)
    assert (article["path"], article["publisher"], article["published"]) == (
        "-", "Harbour Gazette", "2032-03-04")


def test_publisher_and_date_overrides(runner, tmp_path):
    db = str(tmp_path / "kg.sqlite")
    result = runner.invoke(cli, ["--db", db, "ingest", str(DATA / "parade_briefing.txt"),
                                 "--published", "2031-05-03", "--publisher", "Harbor Wire"])
    assert result.exit_code == 0, result.output
    [article] = json.loads(runner.invoke(cli, ["--db", db, "articles", "--format",
                                               "json"]).output)
    assert (article["publisher"], article["published"]) == ("Harbor Wire", "2031-05-03")


def test_bad_override_date_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest", "x.txt",
                                 "--published", "May 3"])
    assert result.exit_code == 2
    assert "Invalid value for '--published'" in result.stderr


def test_size_limit_option(runner, tmp_path):
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest",
                                 str(DATA / "parade_briefing.txt"), "--max-size", "100"])
    assert result.exit_code == 1
    assert result.stderr == "Error: parade_briefing.txt: larger than 100 bytes\n"


def test_bad_records_in_a_batch_file_are_reported_one_per_line(runner, tmp_path):
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest",
                                 str(DATA / "batch.jsonl")])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: batch.jsonl: record 3 has no text\n"
        "Error: batch.jsonl: record 5: malformed JSON: Expecting value\n")
    assert result.stdout.startswith("articles: 2 new, 0 unchanged, 2 failed;")


def test_a_mixed_folder_ingests_every_format(runner, tmp_path):
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest", str(DATA)])
    articles = json.loads(runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "articles",
                                              "--format", "json"]).output)
    assert sorted({Path(a["path"]).suffix for a in articles}) == [
        ".html", ".json", ".jsonl", ".md", ".txt"]
    assert result.exit_code == 1  # the batch file's two bad records


READING_COMMANDS = [["articles"], ["claims"], ["query", "contradictions"],
                    ["query", "timeline", "parade"], ["query", "claimant", "Kremlin"],
                    ["query", "claimants"],
                    ["query", "event", "parade"], ["export", "turtle", "--out", "x.ttl"],
                    ["sparql", "ASK { ?s ?p ?o }"], ["validate"],
                    ["push", "--endpoint", "http://127.0.0.1:9/store"]]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=" ".join)
def test_commands_that_read_refuse_a_missing_database(runner, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--db", "typo.sqlite", *command])
    assert (result.exit_code, result.stderr) == (1, "Error: no kg database at typo.sqlite\n")
    assert list(tmp_path.iterdir()) == []


def test_db_may_follow_the_command(runner, db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert len(claims_json(runner, db)) == SEED_CLAIMS
    result = runner.invoke(cli, ["claims", "--db", db, "--format", "json"])
    assert len(json.loads(result.output)) == SEED_CLAIMS
    result = runner.invoke(cli, ["query", "claimant", "Kremlin", "--db", db, "--format", "json"])
    assert json.loads(result.output)["claims"] == 2


@pytest.mark.parametrize(("option", "value", "expected"), [
    ("--claimant", "peskov", {"Dmitry Peskov"}),
    ("--claimant", "National Intelligence Service", {"National Intelligence Service"}),
    ("--subject", "Merkel", {"unnamed"}),
    ("--event", "parade 2025", {"NK News", "unnamed"}),
])
def test_name_filters_accept_a_part_of_one_name(runner, db, option, value, expected):
    assert {c["claimant"]["name"] for c in claims_json(runner, db, option, value)} == expected


@pytest.mark.parametrize(("args", "message"), [
    (["claims", "--claimant", "Peskof"], "unknown claimant 'Peskof'; closest: Dmitry Peskov"),
    (["claims", "--event", "parade"], "unknown event 'parade'; closest: "
                                      "Victory Day parade 2015, Victory Day parade 2025"),
    (["query", "contradictions", "--claimant", "Peskof"],
     "unknown claimant 'Peskof'; closest: Dmitry Peskov"),
    (["query", "claimant", "Peskof"], "unknown claimant 'Peskof'; closest: Dmitry Peskov"),
])
def test_every_name_filter_suggests_the_closest_on_a_miss(runner, db, args, message):
    result = runner.invoke(cli, ["--db", db, *args])
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")


def test_every_command_uses_the_gazetteer_the_database_was_built_with(runner, tmp_path):
    db = str(tmp_path / "kg.sqlite")
    extra = str(DATA / "festival_gazetteer.toml")
    built = runner.invoke(cli, ["--db", db, "build", str(DATA / "festival"), "--gazetteer",
                                extra, "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    # Two expectations against the spokesman's word and the headline that repeats it.
    held = "resolved: Tom Berg held"
    assert (tmp_path / "out" / "contradictions.md").read_text().count(held) == 4
    listed = runner.invoke(cli, ["--db", db, "query", "contradictions"]).output
    assert listed.count(held) == 4 and " open " not in listed
    rebuilt = runner.invoke(cli, ["--db", db, "build", "--out", str(tmp_path / "again")])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (tmp_path / "again" / "contradictions.md").read_text().count(held) == 4
    runner.invoke(cli, ["--db", db, "export", "turtle", "--out", str(tmp_path / "kg.ttl")])
    statuses = set(Graph().parse(tmp_path / "kg.ttl").objects(
        None, namespace.Namespace("http://example.org/kg/vocab#").contradictionStatus))
    assert {str(status) for status in statuses} == {"resolved"}
    record = json.loads(runner.invoke(cli, ["--db", db, "query", "claimant", "analysts",
                                            "--format", "json"]).output)
    assert (record["wrong"], record["open"]) == (2, 0)


def test_no_local_folder_leaks_into_exports(runner, tmp_path):
    folder = tmp_path / "private" / "news"
    folder.mkdir(parents=True)
    for name in ("front_matter.md", "summit_wire.txt"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    db = str(tmp_path / "kg.sqlite")
    result = runner.invoke(cli, ["--db", db, "build", str(folder), "--out",
                                 str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "out").iterdir():
        assert str(tmp_path) not in path.read_text(encoding="utf-8"), path.name
    articles = {a["path"]: a for a in json.loads(
        runner.invoke(cli, ["--db", db, "articles", "--format", "json"]).output)}
    assert sorted(articles) == ["front_matter.md", "summit_wire.txt"]
    assert articles["front_matter.md"]["url"] == "https://example.org/strike"
    assert "https://example.org/strike" in runner.invoke(cli, ["--db", db, "articles"]).output
    rdf = Graph().parse(tmp_path / "out" / "kg.ttl")
    urls = {str(url) for url in rdf.objects(None, namespace.SDO.url)}
    assert urls == {"https://example.org/strike"}
    sources = {c["url"] or c["path"] for c in claims_json(runner, db)}
    assert sources == {"https://example.org/strike", "summit_wire.txt"}


@pytest.mark.parametrize(("quiet", "expected"), [
    ([], ["articles ingested: 1", "articles ingested: 2"]),
    (["--quiet"], []),
])
def test_ingest_shows_progress_on_stderr_unless_quiet(runner, in_repo, tmp_path, monkeypatch,
                                                       quiet, expected):
    monkeypatch.setattr("kg.cli.common.PLAIN_PROGRESS_SECONDS", 0.0)  # a line for every article
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest", "--jobs", "1",
                                 *quiet, "seeds/"])
    assert result.exit_code == 0, result.output
    assert [line.split(" (")[0] for line in result.stderr.splitlines()] == expected
    assert result.stdout == "articles: 2 new, 0 unchanged, 0 failed; claims added: 18\n"


@pytest.mark.parametrize(("command", "expected"), [
    (["export", "turtle", "--out", "{tmp}/kg.ttl"],
     ["updating the analysis", "building the graph", "writing {tmp}/kg.ttl"]),
    (["validate"], ["checking the store's graph", "updating the analysis", "building the graph",
                    "checking the store's graph against the shapes"]),
    (["build", "--out", "{tmp}/out"],
     ["updating the analysis", "building the graph",
      *(f"writing {{tmp}}/out/{name}" for name in (
          "kg.ttl", "kg.nt", "kg.trig", "kg.jsonld", "kg.graphml", "actors-kg.graphml",
          "kg.gexf", "actors-kg.gexf", "contradictions.md"))]),
])
def test_long_commands_show_their_steps_on_stderr_unless_quiet(runner, db, tmp_path, monkeypatch,
                                                              command, expected):
    monkeypatch.setattr("kg.cli.common.PLAIN_PROGRESS_SECONDS", 0.0)  # every step, however quick
    args = ["--db", db, *(part.format(tmp=tmp_path) for part in command)]
    shown = runner.invoke(cli, args)
    assert shown.exit_code == 0, shown.output
    assert [line.split(" (")[0] for line in shown.stderr.splitlines()] == [
        step.format(tmp=tmp_path) for step in expected]
    quiet = runner.invoke(cli, [*args, "--quiet"])
    assert (quiet.exit_code, quiet.stderr, quiet.stdout) == (0, "", shown.stdout)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read any file")
def test_unreadable_paths_are_each_one_line_and_the_rest_is_stored(runner, tmp_path):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "a.txt").write_text("Lumo will attend, Vexa said on Monday.")
    locked_file = tmp_path / "locked.txt"
    locked_file.write_text("Kallo will attend, Vexa said on Monday.")
    shutil.copy(DATA / "hostile" / "page_breaks.txt", folder / "good.txt")
    (folder / "locked").chmod(0)
    locked_file.chmod(0)
    try:
        result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "ingest", "-j1",
                                     str(folder), str(locked_file)])
    finally:
        (folder / "locked").chmod(0o755)
    assert result.exit_code == 1
    assert result.stdout == "articles: 1 new, 0 unchanged, 2 failed; claims added: 3\n"
    assert result.stderr.splitlines() == [
        "Error: locked: cannot read this folder: Permission denied",
        "Error: locked.txt: cannot read: Permission denied"]
