"""N-Triples: one triple per line, sorted, for bulk loaders and line-based tools."""

from __future__ import annotations

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements
from kg.rdf.statements import serialized

__all__ = ["generate_ntriples"]


def generate_ntriples(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                  ) -> tuple[str]:
    """Every triple, named graphs merged, one per line in sorted order. Lines are split at
    line feeds only: a literal may hold other line separators (U+2028, form feed)."""
    lines = sorted({line for line in serialized(graph, options.base_iri, "ntriples")
                    .split(b"\n") if line.strip()})
    lines.append(b"")  # the last line ends too
    return (b"\n".join(lines).decode("utf-8"),)
