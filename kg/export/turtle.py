"""Turtle, the RDF format most SPARQL tools load first."""

from __future__ import annotations

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements
from kg.rdf.statements import serialized

__all__ = ["generate_turtle"]


def generate_turtle(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                  ) -> tuple[str]:
    """Every triple, named graphs merged, as Turtle, grouped by subject."""
    return (serialized(graph, options.base_iri, "turtle").decode("utf-8"),)
