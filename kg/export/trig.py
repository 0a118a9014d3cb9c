"""TriG: the dataset with its named graphs, an assertion and a provenance graph per
article. The default graph comes first, then the named graphs in the order of their IRIs,
so the same graph always gives the same file."""

from __future__ import annotations

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements
from kg.rdf.statements import serialized

__all__ = ["generate_trig"]


def generate_trig(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                  ) -> tuple[str]:
    """The dataset as TriG."""
    return (serialized(graph, options.base_iri, "trig").decode("utf-8"),)
