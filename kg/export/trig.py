"""TriG: the dataset with its named graphs, an assertion and a provenance graph per
article. Graphs are written in the order of their IRIs, the default graph first, so the
same graph always gives the same file."""

from __future__ import annotations

import networkx as nx
from rdflib import Graph

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.rdf import to_dataset
from kg.vocab import PREFIXES

__all__ = ["generate_trig"]


def _body(graph: Graph) -> str:
    """A graph's triples as Turtle without its prefix lines."""
    copy = Graph()
    for prefix, namespace in PREFIXES.items():
        copy.bind(prefix, namespace)
    for triple in graph:
        copy.add(triple)
    lines = copy.serialize(format="turtle").splitlines()
    return "\n".join(line for line in lines if not line.startswith("@prefix")).strip()


def generate_trig(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The dataset as TriG."""
    dataset = to_dataset(graph, options.base_iri)
    parts = ["\n".join(f"@prefix {prefix}: <{namespace}> ."
                       for prefix, namespace in sorted(PREFIXES.items()))]
    default = dataset.default_graph
    parts.append(_body(default))
    named = sorted((g for g in dataset.graphs() if g.identifier != default.identifier
                    and len(g)), key=lambda g: str(g.identifier))
    for context in named:
        body = "\n".join(f"    {line}" if line else "" for line in _body(context).splitlines())
        parts.append(f"<{context.identifier}> {{\n{body}\n}}")
    return "\n\n".join(parts) + "\n"
