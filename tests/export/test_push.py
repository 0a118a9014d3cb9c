"""``kg push`` against a real Oxigraph server, started by the test on a free loopback port."""

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.cli import cli
from tests.helpers import SEED_CLAIMS

CLAIM_COUNT = ("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://schema.org/Claim> } }")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"oxigraph exited: {process.stderr.read().decode()}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _count(url: str) -> int:
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': CLAIM_COUNT})}",
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_push_writes_every_claim_to_the_server(runner, db, oxigraph_server, monkeypatch):
    monkeypatch.setattr("kg.cli.PLAIN_PROGRESS_SECONDS", 0.0)  # every step on stderr
    graph = "http://example.org/kg/graph/seeds"
    args = ["--db", db, "push", "--endpoint", f"{oxigraph_server}/store", "--graph", graph,
            "--batch-size", "200"]
    exported = runner.invoke(cli, ["--db", db, "export", "ntriples", "--out",
                                   str(Path(db).with_name("seeds.nt"))])
    assert exported.exit_code == 0, exported.output
    total = len(Path(db).with_name("seeds.nt").read_text(encoding="utf-8").splitlines())
    result = runner.invoke(cli, [*args, "--replace"])
    assert result.exit_code == 0, result.output
    assert [line.split(" (")[0] for line in result.stderr.splitlines()] == [
        "updating the analysis", "building the graph",
        *(f"pushed {min(done, total)}/{total} triples"
          for done in range(200, total + 200, 200))]
    assert result.stdout == f"pushed {total} triples to {graph} at {oxigraph_server}/store\n"
    assert _count(oxigraph_server) == SEED_CLAIMS
    runner.invoke(cli, [*args, "--replace"])  # replacing again leaves one copy
    assert _count(oxigraph_server) == SEED_CLAIMS


def test_push_to_a_closed_port_fails_clearly(runner, db):
    endpoint = f"http://127.0.0.1:{_free_port()}/store"
    result = runner.invoke(cli, ["--db", db, "push", "--endpoint", endpoint])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {endpoint}: cannot connect:")


def test_credentials_come_from_the_environment(monkeypatch):
    from kg.export.sparql import _headers

    monkeypatch.delenv("KG_SPARQL_TOKEN", raising=False)
    monkeypatch.setenv("KG_SPARQL_USER", "analyst")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "secret")
    assert _headers()["Authorization"] == "Basic YW5hbHlzdDpzZWNyZXQ="
    monkeypatch.setenv("KG_SPARQL_TOKEN", "t0k3n")
    assert _headers()["Authorization"] == "Bearer t0k3n"


def test_a_line_break_inside_a_literal_stays_in_its_statement(oxigraph_server):
    from kg.export.sparql import push

    statements = ('<http://example.org/s> <http://example.org/p> "one\u2028two\x85three" .\n'
                  '<http://example.org/s> <http://example.org/p> "four" .\n')
    assert push(statements, f"{oxigraph_server}/store", batch_size=1) == 2
    request = urllib.request.Request(
        f"{oxigraph_server}/query?" + urllib.parse.urlencode(
            {"query": "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"}),
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = json.load(response)["results"]["bindings"]
    assert [row["o"]["value"] for row in rows] == ["four", "one\u2028two\x85three"]
