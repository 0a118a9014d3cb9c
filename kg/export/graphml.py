"""GraphML for Gephi and other graph tools, in the layout networkx writes.

Each edge's id is unique in the file (its ends and relation), since Gephi skips an edge
whose id it has already read.

GraphML attributes must be scalars: :mod:`kg.graph` already keeps every value
a string, number or boolean and leaves out empty ones, and this writer refuses
a graph that breaks that rule rather than write a file Gephi cannot load.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.sax.saxutils import escape

from kg.errors import ExportError
from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements, edge_id, view_of

__all__ = ["ATTRIBUTE_SPECIALS", "SCALAR_TYPES", "edge_ends", "escaped_attribute",
           "generate_graphml", "in_blocks", "require", "unsupported"]


def require(format_name: str, data: dict, names: tuple[str, ...], *element: str) -> None:
    """Refuse a node or edge without one of ``names`` (label, type); ``element`` is the
    node's id, or the edge's two ends (named only in the error: most elements pass)."""
    for name in names:
        if name not in data:
            owner = f"node {element[0]}" if len(element) == 1 else f"edge {list(element)}"
            raise ExportError(f"{format_name} export: {owner} has no {name}")


def edge_ends(format_name: str, written: dict[str, str], source: str, target: str
              ) -> tuple[str, str]:
    """An edge's ends as written, refusing an edge to or from a node the graph does not
    list (a file with one would not load)."""
    try:
        return written[source], written[target]
    except KeyError as missing:
        raise ExportError(f"{format_name} export: edge {[source, target]} ends at "
                          f"{missing.args[0]}, which is not a node of the graph") from None


def unsupported(format_name: str, owner: str, name: str, value: object) -> ExportError:
    """The error for a value that is not a scalar, which graph formats cannot carry."""
    return ExportError(f"{format_name} does not support {type(value).__name__} values "
                       f"({owner}, attribute {name})")


# What a GraphML value escapes: XML's specials, a return (which a parser would read as a
# newline), and anything beyond ASCII.
_GRAPHML_SPECIALS = re.compile(r"[&<>\r\x80-\U0010ffff]")
# What an XML attribute value escapes; anything else is written as it is.
ATTRIBUTE_SPECIALS = re.compile(r'[&<>"\r\n\t]')


def escaped_attribute(text: str) -> str:
    """``text`` as an XML attribute value, quoted with double quotes (most values need no
    escaping: checked first)."""
    return escape(text, ATTRIBUTE_ESCAPES) if ATTRIBUTE_SPECIALS.search(text) else text


# The types of attribute values the graph formats write, by the names GraphML and GEXF give
# them (as networkx names them); bool before int, since a bool is an int.
SCALAR_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_NAMESPACES = ('xmlns="http://graphml.graphdrawing.org/xmlns" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
               'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
               'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"')
_TEXT_ESCAPES = {"\r": "&#13;"}
# What an XML attribute value escapes beyond & < > (as ElementTree does).
ATTRIBUTE_ESCAPES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


def generate_graphml(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                     ) -> Iterator[str]:
    """The graph, or its actors view, as a GraphML document whose edge ids are unique (Gephi
    drops an edge whose id it has seen), with each edge's relation in ``label`` and
    ``relation``, in pieces. Written line by line, in the layout networkx's writer gives
    (which built a tree of the whole document first, several times slower on large
    graphs)."""
    view = view_of(graph, options.view)
    keys: dict[tuple[str, str, str], str] = {}  # (name, type, scope) -> key id

    def data_lines(owner: str, values: dict, scope: str) -> list[str]:
        lines = []
        for name, value in values.items():
            kind = SCALAR_TYPES.get(type(value))
            if kind is None:
                raise unsupported("GraphML", owner, name, value)
            key = keys.get((name, kind, scope))
            if key is None:
                key = keys[(name, kind, scope)] = f"d{len(keys)}"
            text = value if kind == "string" else str(value)
            if _GRAPHML_SPECIALS.search(text):
                text = _ascii(escape(text, _TEXT_ESCAPES))
            lines.append(f'      <data key="{key}">{text}</data>')
        return lines

    relation_lines: dict[str, list[str]] = {}  # most edges carry only their relation

    def edge_lines(source: str, target: str, data: dict) -> list[str]:
        if len(data) > 1:
            return data_lines(f"edge {source}-{target}", {**data, "relation": data["label"]},
                              "edge")
        label = data["label"]
        if label not in relation_lines:
            relation_lines[label] = data_lines(f"edge {source}-{target}",
                                               {"label": label, "relation": label},
                                               "edge")
        return relation_lines[label]

    direction = "directed" if view.directed else "undirected"
    body = [f'  <graph edgedefault="{direction}">']
    written: dict[str, str] = {}  # node id -> as an attribute value, for the edges
    for node, data in view.nodes:
        require("GraphML", data, ("label", "type"), node)
        written[node] = _attribute(node)
        body += _element(f'<node id="{written[node]}"', data_lines(node, data, "node"),
                         "node")
    for source, target, key, data in view.edges:
        require("GraphML", data, ("label",), source, target)
        start, end = edge_ends("GraphML", written, source, target)
        opening = (f'<edge source="{start}" target="{end}" '
                   f'id="{edge_id(start, end, _attribute(key))}"')
        body += _element(opening, edge_lines(source, target, data), "edge")
    body.append("  </graph>")
    declared = [f'  <key id="{key}" for="{scope}" attr.name="{_attribute(name)}" '
                f'attr.type="{kind}" />' for (name, kind, scope), key in reversed(keys.items())]
    yield from in_blocks([f"<graphml {_NAMESPACES}>", *declared])
    yield from in_blocks(body)
    yield "</graphml>\n"


def in_blocks(lines: list[str], size: int = 10_000) -> Iterator[str]:
    """``lines`` as text a few thousand lines at a time, each line ending in a newline: a
    large file is written without one string of all of it."""
    for start in range(0, len(lines), size):
        yield "\n".join(lines[start:start + size]) + "\n"


def _element(opening: str, lines: list[str], tag: str) -> list[str]:
    if not lines:
        return [f"    {opening} />"]
    return [f"    {opening}>", *lines, f"    </{tag}>"]


def _attribute(value: str) -> str:
    return _ascii(escaped_attribute(value))


def _ascii(text: str) -> str:
    """Characters beyond ASCII as numeric references, so the file is plain ASCII."""
    return text if text.isascii() else text.encode("ascii", "xmlcharrefreplace").decode("ascii")
