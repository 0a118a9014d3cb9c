"""Exporters: one module per format, each a function from the graph to the text of a file.

:data:`EXPORTERS` maps a format name to its generator, its default file name and
whether it has views; the command line's format choices come from this map.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from kg.export.gexf import generate_gexf
from kg.export.graphml import generate_graphml
from kg.export.jsonld import generate_jsonld
from kg.export.ntriples import generate_ntriples
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.trig import generate_trig
from kg.export.turtle import generate_turtle

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "export"]


class Exporter(NamedTuple):
    generate: Callable[[nx.MultiDiGraph, ExportOptions], str]
    file_name: str
    has_views: bool = False  # graph formats: --view full|actors


EXPORTERS: dict[str, Exporter] = {
    "turtle": Exporter(generate_turtle, "kg.ttl"),
    "ntriples": Exporter(generate_ntriples, "kg.nt"),
    "trig": Exporter(generate_trig, "kg.trig"),
    "jsonld": Exporter(generate_jsonld, "kg.jsonld"),
    "graphml": Exporter(generate_graphml, "kg.graphml", has_views=True),
    "gexf": Exporter(generate_gexf, "kg.gexf", has_views=True),
}


def export(graph: nx.MultiDiGraph, format_name: str, path: Path,
           options: ExportOptions = DEFAULT_OPTIONS) -> None:
    """Write the graph to ``path`` in one format; the file appears whole or not at all."""
    text = EXPORTERS[format_name].generate(graph, options)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
