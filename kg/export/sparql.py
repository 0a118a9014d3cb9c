"""SPARQL over the local graph, and pushing the graph to a SPARQL server.

``push`` speaks the SPARQL 1.1 Graph Store HTTP Protocol, which Oxigraph, Apache
Jena Fuseki and GraphDB all serve: the first batch of N-Triples is PUT (with
``replace``) or POSTed to the target graph, the rest are POSTed, so a large graph
goes over in pieces and a failed batch names itself.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.sparql import Query

from kg.errors import ExportError

__all__ = ["BATCH_SIZE", "CREDENTIAL_VARIABLES", "push", "query_text", "run_query"]

BATCH_SIZE = 5000

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


def _batches(lines: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(lines), size):
        yield lines[start:start + size]


def _headers() -> dict[str, str]:
    headers = {"Content-Type": "application/n-triples"}
    token = os.environ.get("KG_SPARQL_TOKEN")
    user = os.environ.get("KG_SPARQL_USER")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    elif user:
        secret = f"{user}:{os.environ.get('KG_SPARQL_PASSWORD', '')}".encode()
        headers["Authorization"] = f"Basic {base64.b64encode(secret).decode()}"
    return headers


def _target(endpoint: str, graph_iri: str | None) -> str:
    joiner = "&" if "?" in endpoint else "?"
    if graph_iri is None:
        return f"{endpoint}{joiner}default"
    return f"{endpoint}{joiner}{urllib.parse.urlencode({'graph': graph_iri})}"


def push(ntriples: str, endpoint: str, graph_iri: str | None = None, replace: bool = False,
         batch_size: int = BATCH_SIZE,
         progress: Callable[[int, int], None] = lambda done, total: None) -> int:
    """Send N-Triples to a Graph Store Protocol endpoint in batches; returns the triples sent.
    With ``replace`` the graph's old content goes; otherwise the triples are added to it."""
    # N-Triples ends a statement with a newline alone: other line breaks may sit in literals
    lines = [line for line in ntriples.split("\n") if line.strip()]
    url = _target(endpoint, graph_iri)
    sent = 0
    for index, batch in enumerate(_batches(lines, batch_size) if lines else iter([[]])):
        method = "PUT" if replace and index == 0 else "POST"
        body = "".join(f"{line}\n" for line in batch).encode("utf-8")
        request = urllib.request.Request(url, data=body, method=method, headers=_headers())
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            raise ExportError(f"{endpoint}: batch {index + 1} refused: HTTP {error.code} "
                              f"{detail[0] if detail else error.reason}") from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise ExportError(f"{endpoint}: cannot connect: {reason}") from error
        sent += len(batch)
        progress(sent, len(lines))
    return sent
