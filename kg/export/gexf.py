"""GEXF for Gephi, with the day each claim was stated as its start time, so that Gephi's
timeline plays the story as it was told."""

from __future__ import annotations

import re

import networkx as nx

from kg.export.graphml import check_scalars
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import timed, view_of

__all__ = ["generate_gexf"]

# networkx stamps the day of writing and its own version; kg's exports carry neither.
_VOLATILE_META = re.compile(r'<meta lastmodifieddate="[^"]*">\s*<creator>[^<]*</creator>')


def generate_gexf(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The graph, or its actors view, as a dynamic GEXF document."""
    view = view_of(timed(graph), options.view)
    check_scalars(view, "GEXF")
    text = "\n".join(nx.generate_gexf(view, prettyprint=True)) + "\n"
    return _VOLATILE_META.sub("<meta>\n    <creator>kg</creator>", text)
