"""N-Triples: one triple per line, sorted, for bulk loaders and line-based tools."""

from __future__ import annotations

import networkx as nx

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.rdf import to_rdf

__all__ = ["generate_ntriples"]


def generate_ntriples(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """Every triple, named graphs merged, one per line in sorted order."""
    lines = to_rdf(graph, options.base_iri).serialize(format="nt").splitlines()
    return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip())
