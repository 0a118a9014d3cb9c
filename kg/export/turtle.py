"""Turtle, the RDF format most SPARQL tools load first."""

from __future__ import annotations

import networkx as nx

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.rdf import serialized

__all__ = ["generate_turtle"]


def generate_turtle(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """Every triple, named graphs merged, as Turtle, grouped by subject."""
    return serialized(graph, options.base_iri, "turtle").decode("utf-8")
