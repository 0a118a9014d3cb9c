"""Exporters: one module per format, each a function from the graph to the text of a file,
in pieces (the graph formats give it a few thousand lines at a time; an RDF serializer
gives it whole).

:data:`EXPORTERS` maps a format name to its generator, its default file name and
whether it has views; the command line's format choices come from this map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from kg.bulk import no_cycle_collection
from kg.errors import ExportError
from kg.export.gexf import generate_gexf
from kg.export.graphml import generate_graphml
from kg.export.jsonld import generate_jsonld
from kg.export.ntriples import generate_ntriples
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.trig import generate_trig
from kg.export.turtle import generate_turtle
from kg.graph import GraphElements

__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "export", "text_of"]


class Exporter(NamedTuple):
    generate: Callable[[GraphElements, ExportOptions], Iterable[str]]
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


def text_of(graph: GraphElements, format_name: str,
            options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The graph as the whole text of a file in one format."""
    return "".join(EXPORTERS[format_name].generate(graph, options))


@no_cycle_collection()
def export(graph: GraphElements | nx.MultiDiGraph, format_name: str, path: Path,
           options: ExportOptions = DEFAULT_OPTIONS) -> None:
    """Write the graph (kg's elements, or a networkx graph of them) to ``path`` in one
    format; the file appears whole or not at all."""
    if not isinstance(graph, GraphElements):
        graph = GraphElements.of(graph)
    if path.is_symlink():  # replacing it would cut the link, writing through it reach afar
        raise ExportError(f"{path}: is a symbolic link; name the file itself")
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            out.writelines(EXPORTERS[format_name].generate(graph, options))
        partial.replace(path)
    except OSError as error:  # no such folder, no permission, a full disk
        partial.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write: {error.strerror or error}") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
