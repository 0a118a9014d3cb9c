"""Exporters: one module per format, each a writer taking the graph and a file path.

:data:`EXPORTERS` maps a format name to its writer and default file name; the
command line's format choices come from this map.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from kg.export.graphml import write_graphml
from kg.export.turtle import write_turtle

__all__ = ["EXPORTERS", "Exporter"]


class Exporter(NamedTuple):
    write: Callable[[nx.MultiDiGraph, Path], None]
    file_name: str


EXPORTERS: dict[str, Exporter] = {
    "turtle": Exporter(write_turtle, "kg.ttl"),
    "graphml": Exporter(write_graphml, "kg.graphml"),
}
