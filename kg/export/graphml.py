"""GraphML for Gephi and other graph tools, written by networkx.

Each edge's id is unique in the file (its ends and relation), since Gephi skips an edge
whose id it has already read.

GraphML attributes must be scalars: :mod:`kg.graph` already keeps every value
a string, number or boolean and leaves out empty ones, and this writer refuses
a graph that breaks that rule rather than write a file Gephi cannot load.
"""

from __future__ import annotations

import networkx as nx

from kg.errors import ExportError
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import edge_id, view_of

__all__ = ["check_scalars", "generate_graphml"]

_SCALARS = (str, int, float, bool)


def check_scalars(graph: nx.Graph, format_name: str) -> None:
    """Every node has a label and a type, every edge a label, and every value is a scalar."""
    for node, data in graph.nodes(data=True):
        for required in ("label", "type"):
            if required not in data:
                raise ExportError(f"{format_name} export: node {node} has no {required}")
    for *ends, data in graph.edges(data=True):
        if "label" not in data:
            raise ExportError(f"{format_name} export: edge {ends} has no label")
    owners = [*graph.nodes(data=True),
              *((f"edge {one}-{other}", data) for one, other, data in graph.edges(data=True))]
    for owner, data in owners:
        for name, value in data.items():
            if not isinstance(value, _SCALARS):
                raise ExportError(f"{format_name} does not support {type(value).__name__} "
                                  f"values ({owner}, attribute {name})")


def generate_graphml(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The graph, or its actors view, as a GraphML document whose edge ids are unique (Gephi
    drops an edge whose id it has seen), with each edge's relation in ``label`` and
    ``relation``."""
    view = view_of(graph, options.view)
    check_scalars(view, "GraphML")
    keyed = view.__class__()
    keyed.add_nodes_from(view.nodes(data=True))
    for source, target, key, data in view.edges(keys=True, data=True):
        keyed.add_edge(source, target, key=edge_id(source, target, key),
                       **{**data, "relation": data["label"]})
    return "\n".join(nx.generate_graphml(keyed, prettyprint=True)) + "\n"
