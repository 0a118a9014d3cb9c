import json

from kg.cli import cli
from tests.helpers import ROOT, SEED_CLAIMS

COUNT = "SELECT (COUNT(?c) AS ?claims) WHERE { ?c a <https://schema.org/Claim> }"


def test_sparql_counts_claims_as_a_table(runner, db):
    result = runner.invoke(cli, ["--db", db, "sparql", COUNT])
    assert (result.exit_code, result.output) == (0, f"claims\n------\n{SEED_CLAIMS}\n")


def test_sparql_runs_a_query_file_as_json_and_csv(runner, db):
    query = str(ROOT / "schemas" / "queries" / "contradictions.rq")
    rows = json.loads(runner.invoke(cli, ["--db", db, "sparql", query, "--format",
                                          "json"]).output)
    assert len(rows) == 5
    assert {row["kind"] for row in rows} == {"cross_source"}
    assert {row["earlier_claimant"] for row in rows} == {
        "National Intelligence Service", "NK News", "unnamed"}
    csv = runner.invoke(cli, ["--db", db, "sparql", query, "--format", "csv"]).output
    assert csv.splitlines()[0] == ("kind,status,earlier_claimant,later_claimant,earlier,later,"
                                   "explanation")
    assert len(csv.splitlines()) == 6 and csv.endswith("\n")


def test_sparql_answers_ask_and_rejects_bad_queries(runner, db):
    ask = runner.invoke(cli, ["--db", db, "sparql", "ASK { ?s ?p ?o }"])
    assert ask.output == "ask\n----\ntrue\n"
    bad = runner.invoke(cli, ["--db", db, "sparql", "SELECT WHERE {"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: SPARQL query failed:")
    missing = runner.invoke(cli, ["--db", db, "sparql", "missing.rq"])
    assert missing.stderr == "Error: missing.rq: cannot read query: No such file or directory\n"
