import json
import socket

import pytest

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


@pytest.mark.parametrize(("clause", "refused"), [
    ("SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
     "SERVICE would send a request to another server"),
    ("SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}", "FROM would load a graph from elsewhere"),
    ("SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
     "FROM would load a graph from elsewhere"),
])
def test_a_query_that_would_fetch_from_elsewhere_is_refused_unsent(runner, db, clause,
                                                                   refused):
    with socket.socket() as listener:  # a server that would see any request
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        result = runner.invoke(cli, ["--db", db, "sparql", clause.format(url=url)])
        assert result.exit_code == 1
        assert result.stderr == (f"Error: SPARQL query refused: {refused}; "
                                 "kg sparql queries the local graph only\n")
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
