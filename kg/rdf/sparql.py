"""SPARQL over the local graph, and pushing the graph to a SPARQL server.

``push`` speaks the SPARQL 1.1 Graph Store HTTP Protocol, which Oxigraph, Apache
Jena Fuseki and GraphDB all serve: the N-Triples are PUT (with ``replace``) or POSTed
to the target graph in one request, streamed in chunks, which the server takes in one
transaction, so a failure half-way leaves the graph as it was.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import socket
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.sparql import Query

from kg.errors import ExportError

__all__ = ["BATCH_SIZE", "CREDENTIAL_VARIABLES", "push", "query_text", "run_query"]

BATCH_SIZE = 5000  # triples per chunk of a push's one request
TIMEOUT_SECONDS = 600.0  # for a whole push: a million triples take a few minutes

# Environment variables kg reads credentials from: HTTP basic auth, or a bearer token.
CREDENTIAL_VARIABLES = ("KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_TOKEN")


def query_text(query_or_file: str) -> str:
    """The query itself, or the contents of the file it names."""
    path = Path(query_or_file)
    if query_or_file.endswith(".rq") or (len(query_or_file) < 4096 and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise ExportError(f"{path}: cannot read query: {error.strerror}") from error
    return query_or_file


def run_query(graph: Graph, query: str) -> tuple[list[str], list[dict[str, str | None]]]:
    """The variables and rows a SELECT query gives over ``graph`` (ASK: one row ``ask``).

    The graph is the default graph of a dataset with no named graphs, as a store holding
    ``kg.ttl`` has it, so a query with ``GRAPH`` patterns runs as it would there."""
    try:
        prepared = prepareQuery(query)
    except Exception as error:  # rdflib raises pyparsing and other errors on a bad query
        raise ExportError(f"SPARQL query failed: {str(error).splitlines()[0]}") from error
    _refuse_remote(prepared)
    dataset = Dataset()
    dataset.default_graph += graph
    try:
        result = dataset.query(prepared)
    except Exception as error:
        raise ExportError(f"SPARQL query failed: {str(error).splitlines()[0]}") from error
    if result.type == "ASK":
        return ["ask"], [{"ask": str(bool(result.askAnswer)).lower()}]
    if result.type != "SELECT":
        raise ExportError("only SELECT and ASK queries can be printed as rows")
    names = [str(variable) for variable in result.vars]
    rows = [{name: None if row[name] is None else str(row[name]) for name in names}
            for row in result]
    return names, rows


def _refuse_remote(prepared: Query) -> None:
    """Refuse a query that would fetch data from elsewhere: ``SERVICE`` sends a request to
    another server, ``FROM`` loads a graph from an address. kg queries its own graph."""
    parts: list[str] = []
    traverse(prepared.algebra, visitPre=lambda part: parts.append(getattr(part, "name", "")))
    if "ServiceGraphPattern" in parts:
        raise ExportError("SPARQL query refused: SERVICE would send a request to another "
                          "server; kg sparql queries the local graph only")
    if prepared.algebra.get("datasetClause"):
        raise ExportError("SPARQL query refused: FROM would load a graph from elsewhere; "
                          "kg sparql queries the local graph only")


def _headers(user: str | None = None, password: str | None = None) -> dict[str, str]:
    """The request's headers: credentials from the environment, else from the endpoint's
    address (``http://user:password@host/…``)."""
    headers = {"Content-Type": "application/n-triples"}
    token = os.environ.get("KG_SPARQL_TOKEN")
    if os.environ.get("KG_SPARQL_USER"):
        user, password = os.environ["KG_SPARQL_USER"], os.environ.get("KG_SPARQL_PASSWORD")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif user:
        secret = f"{user}:{password or ''}".encode()
        headers["Authorization"] = f"Basic {base64.b64encode(secret).decode()}"
    return headers


def shown_endpoint(endpoint: str) -> str:
    """The endpoint as kg prints it: a password in it is never shown."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.password is None:
        return endpoint
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _target(endpoint: str, graph_iri: str | None) -> urllib.parse.SplitResult:
    """The endpoint's address with the graph to write as its query; only http and https."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ExportError(f"{shown_endpoint(endpoint)}: not an http or https address of a "
                          "Graph Store Protocol endpoint")
    graph = "default" if graph_iri is None else urllib.parse.urlencode({"graph": graph_iri})
    return parts._replace(query=f"{parts.query}&{graph}" if parts.query else graph)


def push(ntriples: str, endpoint: str, graph_iri: str | None = None, replace: bool = False,
         batch_size: int = BATCH_SIZE,
         progress: Callable[[int, int], None] = lambda done, total: None,
         timeout: float = TIMEOUT_SECONDS) -> int:
    """Send N-Triples to a Graph Store Protocol endpoint; returns the triples sent. With
    ``replace`` the graph's old content goes (PUT), otherwise the triples are added (POST).

    Everything goes in one request, streamed ``batch_size`` triples at a time
    (``progress`` is told after each), which the server takes in one transaction: the
    graph holds all of it, or after a refusal, a dropped connection or a server killed,
    what it held before. The whole exchange must end within ``timeout`` seconds; a
    redirect is a failure, never followed, so credentials go nowhere else."""
    # N-Triples ends a statement with a newline alone: other line breaks may sit in literals
    lines = [line for line in ntriples.split("\n") if line.strip()]
    shown = shown_endpoint(endpoint)
    if not lines:
        raise ExportError(f"{shown}: nothing to push: the graph holds no triples")
    target = _target(endpoint, graph_iri)
    connection_class = (http.client.HTTPSConnection if target.scheme == "https"
                        else http.client.HTTPConnection)
    connection = connection_class(target.hostname, target.port, timeout=timeout)
    late = threading.Event()
    cut = threading.Timer(timeout, _cut_off, (connection, late))
    cut.start()
    try:
        connection.request("PUT" if replace else "POST", f"{target.path or '/'}?{target.query}",
                           body=_chunks(lines, batch_size, progress),
                           headers=_headers(target.username, target.password))
        response = connection.getresponse()
        detail = response.read().decode("utf-8", "replace").strip().splitlines()
    except (OSError, http.client.HTTPException) as error:
        if late.is_set():
            # the server may have taken it all and be slow to say so: unknown, not unchanged
            raise ExportError(f"{shown}: no answer within {timeout:g} s; whether the server "
                              "took the triples is unknown") from error
        reason = getattr(error, "strerror", None) or error
        raise ExportError(f"{shown}: cannot connect: {reason}") from error
    finally:
        cut.cancel()
        connection.close()
    if 300 <= response.status < 400:
        raise ExportError(f"{shown}: answered HTTP {response.status} redirecting to "
                          f"{response.getheader('Location')}; kg does not follow redirects")
    if response.status >= 400:
        raise ExportError(f"{shown}: refused: HTTP {response.status} "
                          f"{detail[0] if detail else response.reason}; nothing was changed")
    return len(lines)


def _chunks(lines: list[str], size: int, progress: Callable[[int, int], None]
            ) -> Iterator[bytes]:
    for start in range(0, len(lines), size):
        yield "".join(f"{line}\n" for line in lines[start:start + size]).encode("utf-8")
        progress(min(start + size, len(lines)), len(lines))


def _cut_off(connection: http.client.HTTPConnection, late: threading.Event) -> None:
    """End a request that has run out of time: shutting its socket down wakes a read that
    would wait for a server trickling its answer."""
    late.set()
    if connection.sock is not None:
        with contextlib.suppress(OSError):
            connection.sock.shutdown(socket.SHUT_RDWR)
