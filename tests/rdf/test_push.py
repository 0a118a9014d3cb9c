"""``kg push`` against a real Oxigraph server, started by the test on a free loopback port."""

import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import ClassVar

import pytest

from kg.cli import cli
from kg.errors import ExportError
from tests.helpers import SEED_CLAIMS

CLAIM_COUNT = ("SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://schema.org/Claim> } }")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Oxigraph:
    """A real Oxigraph server on a free loopback port, keeping its data in ``location`` so
    it can be killed and started again."""

    def __init__(self, binary: str, location: Path) -> None:
        self.binary, self.location = binary, location
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    pytest.fail(f"oxigraph exited: {self.process.stderr.read().decode()}")
                time.sleep(0.1)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def oxigraph(tmp_path):
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")
    server = Oxigraph(binary, tmp_path / "oxigraph")
    server.start()
    try:
        yield server
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)


@pytest.fixture
def oxigraph_server(oxigraph):
    return oxigraph.url


def _count(url: str) -> int:
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': CLAIM_COUNT})}",
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_push_writes_every_claim_to_the_server(runner, db, oxigraph_server, monkeypatch):
    monkeypatch.setattr("kg.cli.common.PLAIN_PROGRESS_SECONDS", 0.0)  # every step on stderr
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
    from kg.rdf.sparql import _headers

    monkeypatch.delenv("KG_SPARQL_TOKEN", raising=False)
    monkeypatch.setenv("KG_SPARQL_USER", "analyst")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "secret")
    assert _headers()["Authorization"] == "Basic YW5hbHlzdDpzZWNyZXQ="
    monkeypatch.setenv("KG_SPARQL_TOKEN", "t0k3n")
    assert _headers()["Authorization"] == "Bearer t0k3n"


def test_a_line_break_inside_a_literal_stays_in_its_statement(oxigraph_server):
    from kg.rdf.sparql import push

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


GRAPH = "http://example.org/kg/graph/news"


def _statements(count: int, word: str) -> str:
    return "".join(f'<http://example.org/s{n}> <http://example.org/p> "{word}" .\n'
                   for n in range(count))


def _graph_now(url: str) -> list[str]:
    """The objects of the test graph, sorted: what a failed push must leave as it was."""
    query = f"SELECT ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} ORDER BY ?o"
    request = urllib.request.Request(f"{url}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return [row["o"]["value"] for row in json.load(response)["results"]["bindings"]]


@pytest.fixture
def pushed_before(oxigraph):
    from kg.rdf.sparql import push

    push(_statements(3, "old"), f"{oxigraph.url}/store", GRAPH, replace=True)
    assert _graph_now(oxigraph.url) == ["old", "old", "old"]
    return oxigraph


def test_a_server_killed_mid_push_keeps_the_graph_it_had(pushed_before):
    from kg.rdf.sparql import push

    def kill_after_the_first_chunk(done, total):
        if done == 100:
            pushed_before.kill()

    with pytest.raises(ExportError, match="cannot connect"):
        push(_statements(5000, "new"), f"{pushed_before.url}/store", GRAPH, replace=True,
             batch_size=100, progress=kill_after_the_first_chunk)
    pushed_before.start()
    assert _graph_now(pushed_before.url) == ["old", "old", "old"]


def test_kg_killed_mid_push_leaves_the_graph_it_had(pushed_before):
    script = ("import os, sys\n"
              "from kg.rdf.sparql import push\n"
              "push(sys.stdin.read(), sys.argv[1], sys.argv[2], replace=True, batch_size=100,\n"
              "     progress=lambda done, total: done == 100 and os._exit(9))\n")
    killed = subprocess.run([sys.executable, "-c", script, f"{pushed_before.url}/store", GRAPH],
                            input=_statements(5000, "new"), text=True, timeout=60)
    assert killed.returncode == 9
    assert _graph_now(pushed_before.url) == ["old", "old", "old"]


def test_a_statement_refused_late_in_the_push_changes_nothing(pushed_before):
    from kg.rdf.sparql import push

    statements = _statements(2000, "new") + "<http://example.org/s> not a statement .\n"
    with pytest.raises(ExportError, match=r"refused: HTTP 400 .*; nothing was changed$"):
        push(statements, f"{pushed_before.url}/store", GRAPH, replace=True, batch_size=100)
    assert _graph_now(pushed_before.url) == ["old", "old", "old"]


class _Answering(http.server.BaseHTTPRequestHandler):
    """A server that answers every push with a redirect to the real server, or trickles
    its answer a byte at a time; it keeps the requests it saw."""

    seen: ClassVar[list[dict[str, str]]] = []
    redirect_to = ""
    stop = threading.Event()  # set when the test ends: no thread outlives it

    def do_PUT(self):
        self.seen.append(dict(self.headers))
        while size := int(self.rfile.readline().strip() or b"0", 16):  # the chunked body
            self.rfile.read(size + 2)
        self.rfile.readline()
        if self.redirect_to:
            self.send_response(307)
            self.send_header("Location", self.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        for byte in b"HTTP/1.1 200 OK\r\n":
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:  # kg gave up and closed the connection
                return
            if self.stop.wait(0.5):
                return

    def log_message(self, *args):
        pass


@pytest.fixture
def answering():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answering)
    server.block_on_close = True  # server_close waits for every answer to end
    _Answering.seen, _Answering.redirect_to = [], ""
    _Answering.stop.clear()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}/store"
    finally:
        _Answering.stop.set()
        server.shutdown()
        server.server_close()


def test_a_redirect_is_a_failure_and_is_not_followed(pushed_before, answering, monkeypatch):
    from kg.rdf.sparql import push

    monkeypatch.setenv("KG_SPARQL_TOKEN", "t0k3n")
    _, url = answering
    _Answering.redirect_to = f"{pushed_before.url}/store?graph={GRAPH}"
    with pytest.raises(ExportError, match=r"answered HTTP 307 redirecting to .*; kg does not "
                                          r"follow redirects"):
        push(_statements(10, "new"), url, GRAPH, replace=True)
    assert [seen["Authorization"] for seen in _Answering.seen] == ["Bearer t0k3n"]
    assert _graph_now(pushed_before.url) == ["old", "old", "old"]


def test_a_server_trickling_its_answer_runs_out_of_time(answering):
    from kg.rdf.sparql import push

    _, url = answering
    began = time.monotonic()
    with pytest.raises(ExportError, match=r"no answer within 1\.5 s; whether the server "
                                          r"took the triples is unknown$"):
        push(_statements(10, "new"), url, GRAPH, replace=True, timeout=1.5)
    assert time.monotonic() - began < 5


def test_what_cannot_be_pushed_is_refused_before_sending(runner, tmp_path):
    from kg.rdf.sparql import push

    with pytest.raises(ExportError, match="not an http or https address"):
        push(_statements(1, "x"), "file:///tmp/store")
    with pytest.raises(ExportError, match="nothing to push: the graph holds no triples"):
        push("", "http://127.0.0.1:9/store")
    endpoint = f"http://analyst:s3cret@127.0.0.1:{_free_port()}/store"
    with pytest.raises(ExportError) as refused:
        push(_statements(1, "x"), endpoint)
    assert str(refused.value).startswith("http://analyst:***@127.0.0.1:")
    assert "s3cret" not in str(refused.value)
