"""GraphML for Gephi and other graph tools, in the layout networkx writes.

Each edge's id is unique in the file (its ends and relation), since Gephi skips an edge
whose id it has already read.

GraphML attributes must be scalars: :mod:`kg.graph` already keeps every value
a string, number or boolean and leaves out empty ones, and this writer refuses
a graph that breaks that rule rather than write a file Gephi cannot load.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

import networkx as nx

from kg.errors import ExportError
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import edge_id, view_of

__all__ = ["ATTRIBUTE_ESCAPES", "check_scalars", "generate_graphml"]

_SCALARS = (str, int, float, bool)


def check_scalars(graph: nx.Graph, format_name: str) -> None:
    """Every node has a label and a type, every edge a label, and every value is a scalar."""
    for node, data in graph.nodes(data=True):
        for required in ("label", "type"):
            if required not in data:
                raise ExportError(f"{format_name} export: node {node} has no {required}")
    for *ends, data in graph.edges(data=True):
        if "label" not in data:
            raise ExportError(f"{format_name} export: edge {ends} has no label")
    owners = [*graph.nodes(data=True),
              *((f"edge {one}-{other}", data) for one, other, data in graph.edges(data=True))]
    for owner, data in owners:
        for name, value in data.items():
            if not isinstance(value, _SCALARS):
                raise ExportError(f"{format_name} does not support {type(value).__name__} "
                                  f"values ({owner}, attribute {name})")


# GraphML's names for the types of attribute values kg writes (as networkx names them).
_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_NAMESPACES = ('xmlns="http://graphml.graphdrawing.org/xmlns" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
               'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"')
# What an XML attribute value escapes beyond & < > (as ElementTree does).
ATTRIBUTE_ESCAPES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


def generate_graphml(graph: nx.MultiDiGraph, options: ExportOptions = DEFAULT_OPTIONS) -> str:
    """The graph, or its actors view, as a GraphML document whose edge ids are unique (Gephi
    drops an edge whose id it has seen), with each edge's relation in ``label`` and
    ``relation``. Written line by line, in the layout networkx's writer gives (which built
    a tree of the whole document first, several times slower on large graphs)."""
    view = view_of(graph, options.view)
    check_scalars(view, "GraphML")
    keys: dict[tuple[str, str, str], str] = {}  # (name, type, scope) -> key id

    def data_lines(values: dict, scope: str) -> list[str]:
        lines = []
        for name, value in values.items():
            key = keys.setdefault((str(name), _XML_TYPES[type(value)], scope), f"d{len(keys)}")
            lines.append(f'      <data key="{key}">{_ascii(escape(str(value)))}</data>')
        return lines

    direction = "directed" if view.is_directed() else "undirected"
    body = [f'  <graph edgedefault="{direction}">']
    for node, data in view.nodes(data=True):
        body += _element(f'<node id="{_attribute(node)}"', data_lines(data, "node"), "node")
    for source, target, key, data in view.edges(keys=True, data=True):
        opening = (f'<edge source="{_attribute(source)}" target="{_attribute(target)}" '
                   f'id="{_attribute(edge_id(source, target, key))}"')
        values = data_lines({**data, "relation": data["label"]}, "edge")
        body += _element(opening, values, "edge")
    body.append("  </graph>")
    declared = [f'  <key id="{key}" for="{scope}" attr.name="{_attribute(name)}" '
                f'attr.type="{kind}" />' for (name, kind, scope), key in reversed(keys.items())]
    return "\n".join([f"<graphml {_NAMESPACES}>", *declared, *body, "</graphml>"]) + "\n"


def _element(opening: str, lines: list[str], tag: str) -> list[str]:
    if not lines:
        return [f"    {opening} />"]
    return [f"    {opening}>", *lines, f"    </{tag}>"]


def _attribute(value: str) -> str:
    return _ascii(escape(value, ATTRIBUTE_ESCAPES))


def _ascii(text: str) -> str:
    """Characters beyond ASCII as numeric references, so the file is plain ASCII."""
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")
