"""GraphML for Gephi and other graph tools, written by networkx.

GraphML attributes must be scalars: :mod:`kg.graph` already keeps every value
a string, number or boolean and leaves out empty ones, and this writer refuses
a graph that breaks that rule rather than write a file Gephi cannot load.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.errors import ExportError

__all__ = ["generate_graphml", "write_graphml"]

_SCALARS = (str, int, float, bool)


def _check(graph: nx.MultiDiGraph) -> None:
    for node, data in graph.nodes(data=True):
        if "label" not in data:
            raise ExportError(f"GraphML export: node {node} has no label")
        for name, value in data.items():
            if not isinstance(value, _SCALARS):
                raise ExportError(
                    f"GraphML does not support {type(value).__name__} values "
                    f"(node {node}, attribute {name})"
                )


def generate_graphml(graph: nx.MultiDiGraph) -> str:
    """The graph as a GraphML document."""
    _check(graph)
    return "\n".join(nx.generate_graphml(graph, prettyprint=True)) + "\n"


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph to ``path`` as GraphML."""
    path.write_text(generate_graphml(graph), encoding="utf-8")
