"""GEXF 1.2 for Gephi, with the day each claim was stated as its start time, so that Gephi's
timeline plays the story as it was told.

The file declares GEXF 1.2 (``http://www.gexf.net/1.2draft``) and keeps to its schema:
every node and edge has an ``id`` unique in the file and a ``label``; an edge's relation
is also its ``relation`` attribute and its ``weight`` counts the links it stands for
(agreements or contradictions in the actors view, 1 otherwise); an edge starts when
both its ends exist. Attribute values keep one type per key.
"""

from __future__ import annotations

import networkx as nx

from kg.errors import ExportError
from kg.export.graphml import escaped_attribute, require, unsupported
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import edge_id, start_days, view_of

__all__ = ["GEXF_NAMESPACE", "generate_gexf"]

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
GEXF_VERSION = "1.2"

# Python type -> GEXF attribute type; bool before int, since a bool is an int.
ATTRIBUTE_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))

# Attributes written on the element itself rather than as attribute values.
ELEMENT_FIELDS = frozenset({"label", "start", "weight"})


def _gexf_type(owner: str, key: str, value: object) -> str:
    found = next((name for kind, name in ATTRIBUTE_TYPES if isinstance(value, kind)), None)
    if found is None:
        raise unsupported("GEXF", owner, key, value)
    return found


def _text(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Attributes:
    """The attribute declarations of one class (node or edge): one id and type per key."""

    def __init__(self, owner: str, records: list[tuple[str, dict[str, object]]]) -> None:
        self.owner = owner
        self.types: dict[str, str] = {}
        for name, data in records:
            for key, value in data.items():
                if key in ELEMENT_FIELDS:
                    continue
                kind = _gexf_type(name, key, value)
                if self.types.setdefault(key, kind) != kind:
                    raise ExportError(f"GEXF: {owner} attribute {key} holds both "
                                      f"{self.types[key]} and {kind} values")
        self.ids = {key: str(number) for number, key in enumerate(self.types)}

    def declare(self) -> list[str]:
        if not self.types:
            return []
        return [f'    <attributes class="{self.owner}" mode="static">',
                *(f'      <attribute id="{self.ids[key]}" title="{escaped_attribute(key)}" '
                  f'type="{kind}" />' for key, kind in self.types.items()),
                "    </attributes>"]

    def values(self, data: dict[str, object]) -> list[str]:
        present = [key for key in self.types if key in data]
        if not present:
            return []
        return ["        <attvalues>",
                *(f'          <attvalue for="{self.ids[key]}" '
                  f'value="{escaped_attribute(_text(data[key]))}" />' for key in present),
                "        </attvalues>"]


def generate_gexf(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The graph, or its actors view, as a dynamic GEXF 1.2 document, written line by line
    (no document tree: large graphs stay fast)."""
    view = view_of(graph, options.view)
    starts = start_days(graph)
    for node, data in view.nodes(data=True):
        require("GEXF", f"node {node}", data, ("label", "type"))
    edges = []
    for source, target, key, data in view.edges(keys=True, data=True):
        require("GEXF", f"edge {[source, target]}", data, ("label",))
        ends = [starts[end] for end in (source, target) if end in starts]
        edges.append((source, target, key, {**data, "relation": data["label"],
                                            **({"start": max(ends)} if ends else {})}))
    node_attributes = _Attributes("node", list(view.nodes(data=True)))
    edge_attributes = _Attributes("edge", [(f"edge {source}-{target}", data)
                                           for source, target, _, data in edges])
    direction = "directed" if view.is_directed() else "undirected"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<gexf xmlns="{GEXF_NAMESPACE}" version="{GEXF_VERSION}">',
             "  <meta>", "    <creator>kg</creator>", "  </meta>",
             f'  <graph mode="dynamic" timeformat="date" defaultedgetype="{direction}">',
             *node_attributes.declare(), *edge_attributes.declare(), "    <nodes>"]
    for node, data in view.nodes(data=True):
        opening = (f'<node id="{escaped_attribute(node)}" '
                   f'label="{escaped_attribute(str(data["label"]))}"')
        if node in starts:
            opening += f' start="{escaped_attribute(starts[node])}"'
        lines += _element(opening, node_attributes.values(data), "node")
    lines += ["    </nodes>", "    <edges>"]
    for source, target, key, data in edges:
        opening = (f'<edge id="{escaped_attribute(edge_id(source, target, key))}" '
                   f'source="{escaped_attribute(source)}" target="{escaped_attribute(target)}" '
                   f'label="{escaped_attribute(str(data["label"]))}" '
                   f'weight="{_text(float(data.get("weight", 1)))}"')
        if "start" in data:
            opening += f' start="{escaped_attribute(str(data["start"]))}"'
        lines += _element(opening, edge_attributes.values(data), "edge")
    lines += ["    </edges>", "  </graph>", "</gexf>"]
    return "\n".join(lines) + "\n"


def _element(opening: str, children: list[str], tag: str) -> list[str]:
    if not children:
        return [f"      {opening} />"]
    return [f"      {opening}>", *children, f"      </{tag}>"]
