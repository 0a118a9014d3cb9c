"""GEXF 1.2 for Gephi, with the day each claim was stated as its start time, so that Gephi's
timeline plays the story as it was told.

The file declares GEXF 1.2 (``http://www.gexf.net/1.2draft``) and keeps to its schema:
every node and edge has an ``id`` unique in the file and a ``label``; an edge's relation
is also its ``relation`` attribute and its ``weight`` counts the links it stands for
(agreements or contradictions in the actors view, 1 otherwise); an edge starts when
both its ends exist. Attribute values keep one type per key.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.errors import ExportError
from kg.export.graphml import (
    ATTRIBUTE_SPECIALS,
    SCALAR_TYPES,
    edge_ends,
    escaped_attribute,
    in_blocks,
    require,
    unsupported,
)
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements, edge_id, start_days, view_of

__all__ = ["GEXF_NAMESPACE", "generate_gexf"]

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
GEXF_VERSION = "1.2"


# Attributes written on the element itself rather than as attribute values.
ELEMENT_FIELDS = frozenset({"label", "start", "weight"})


def _gexf_type(owner: str, key: str, value: object) -> str:
    found = next((name for kind, name in SCALAR_TYPES.items() if isinstance(value, kind)), None)
    if found is None:
        raise unsupported("GEXF", owner, key, value)
    return found


def _text(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Attributes:
    """The attribute declarations of one class (node or edge), learnt from the values as
    they are written: one id and type per key, numbered in order of first use."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.types: dict[str, str] = {}  # key -> GEXF type, in order of first use
        self.kinds: dict[str, type] = {}  # key -> the Python type of its first value
        self.plans: dict[tuple[str, ...], list[tuple[str, str, type]]] = {}

    def declare(self) -> list[str]:
        if not self.types:
            return []
        return [f'    <attributes class="{self.owner}" mode="static">',
                *(f'      <attribute id="{number}" title="{escaped_attribute(key)}" '
                  f'type="{kind}" />' for number, (key, kind) in enumerate(self.types.items())),
                "    </attributes>"]

    def values(self, owner: str, data: dict[str, object]) -> str:
        """The ``attvalues`` block of one element (empty if none), keys in declared order."""
        plan = self.plans.get(tuple(data))
        if plan is None:
            plan = self._plan(owner, data)
        if not plan:
            return ""
        lines = ["        <attvalues>"]
        for key, prefix, kind in plan:
            value = data[key]
            if type(value) is not kind:
                self._check(owner, key, value)
            text = value if kind is str else _text(value)
            if ATTRIBUTE_SPECIALS.search(text):  # checked here: most values need no call
                text = escaped_attribute(text)
            lines.append(f'{prefix}value="{text}" />')
        lines.append("        </attvalues>")
        return "\n".join(lines)

    def _plan(self, owner: str, data: dict[str, object]) -> list[tuple[str, str, type]]:
        """How to write the values of elements with these keys: each key's attvalue start
        and the type its values have, in declared order (keys new here are declared)."""
        for key, value in data.items():
            if key not in ELEMENT_FIELDS and key not in self.types:
                self.types[key] = _gexf_type(owner, key, value)
                self.kinds[key] = type(value)
        plan = [(key, f'          <attvalue for="{number}" ', self.kinds[key])
                for number, key in enumerate(self.types) if key in data]
        self.plans[tuple(data)] = plan
        return plan

    def _check(self, owner: str, key: str, value: object) -> None:
        """Refuse a value whose type is not the one its key was declared with."""
        kind = _gexf_type(owner, key, value)
        if kind != self.types[key]:
            raise ExportError(f"GEXF: {self.owner} attribute {key} holds both "
                              f"{self.types[key]} and {kind} values")


def generate_gexf(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                  ) -> Iterator[str]:
    """The graph, or its actors view, as a dynamic GEXF 1.2 document in pieces, written line
    by line in one pass (no document tree: large graphs stay fast)."""
    view = view_of(graph, options.view)
    starts = start_days(graph)
    node_attributes, edge_attributes = _Attributes("node"), _Attributes("edge")
    nodes: list[str] = []
    written: dict[str, str] = {}  # node id -> as an attribute value, for the edges
    for node, data in view.nodes:
        require("GEXF", data, ("label", "type"), node)
        written[node] = escaped_attribute(node)
        opening = f'<node id="{written[node]}" label="{escaped_attribute(str(data["label"]))}"'
        if node in starts:
            opening += f' start="{escaped_attribute(starts[node])}"'
        nodes.append(_element(opening, node_attributes.values(f"node {node}", data), "node"))
    edges: list[str] = []
    relation_values: dict[str, str] = {}  # most edges carry only their relation
    shared: dict[tuple[object, ...], tuple[str, str]] = {}  # key, label, weight: as text
    for source, target, key, data in view.edges:
        require("GEXF", data, ("label",), source, target)
        label, weight = data["label"], data.get("weight", 1)
        texts = shared.get((key, label, weight))
        if texts is None:
            texts = shared[(key, label, weight)] = (
                escaped_attribute(key),
                f'label="{escaped_attribute(str(label))}" weight="{_text(float(weight))}"')
        start, end = edge_ends("GEXF", written, source, target)
        opening = (f'<edge id="{edge_id(start, end, texts[0])}" source="{start}" '
                   f'target="{end}" {texts[1]}')
        first, last = starts.get(source), starts.get(target)
        if first or last:
            opening += f' start="{escaped_attribute(max(first or last, last or first))}"'
        if len(data) > 1:
            values = edge_attributes.values(f"edge {source}-{target}",
                                            {**data, "relation": label})
        elif label in relation_values:
            values = relation_values[label]
        else:
            values = relation_values[label] = edge_attributes.values(
                f"edge {source}-{target}", {"label": label, "relation": label})
        edges.append(_element(opening, values, "edge"))
    direction = "directed" if view.directed else "undirected"
    yield from in_blocks([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NAMESPACE}" version="{GEXF_VERSION}">',
        "  <meta>", "    <creator>kg</creator>", "  </meta>",
        f'  <graph mode="dynamic" timeformat="date" defaultedgetype="{direction}">',
        *node_attributes.declare(), *edge_attributes.declare(), "    <nodes>"])
    yield from in_blocks(nodes)
    yield "    </nodes>\n    <edges>\n"
    yield from in_blocks(edges)
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _element(opening: str, children: str, tag: str) -> str:
    if not children:
        return f"      {opening} />"
    return f"      {opening}>\n{children}\n      </{tag}>"
