"""GraphML and GEXF as Gephi reads them: read back by lxml, an XML parser kg does not write
with, on the seeds and on the development corpus. Gephi skips an edge whose id it has
already seen, so every edge id must be unique."""

from collections import Counter

import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree

from kg.cli import cli
from kg.graph import view_of
from kg.pipeline import knowledge_graph
from kg.store import Store
from tests.helpers import CORPUS, SEEDS

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Databases and exports of the seeds and, when present, the development corpus."""
    runner = CliRunner()
    builds = {}
    for name, folder in (("seeds", SEEDS), ("corpus", CORPUS / "articles")):
        if not folder.is_dir():
            continue
        root = tmp_path_factory.mktemp(name)
        result = runner.invoke(cli, ["--db", str(root / "kg.sqlite"), "build", str(folder),
                                     "--out", str(root / "exports")])
        assert result.exit_code == 0, result.output
        builds[name] = root
    return builds


def graph_of(root, view):
    with Store(root / "kg.sqlite") as store:
        return view_of(knowledge_graph(store).graph, view).networkx


CASES = [(name, view) for name in ("seeds", "corpus") for view in ("full", "actors")]


def case(built, name):
    if name not in built:
        pytest.skip("the development corpus is not beside the repository")
    return built[name]


def file_name(view, extension):
    return f"kg.{extension}" if view == "full" else f"{view}-kg.{extension}"


@pytest.mark.parametrize(("name", "view"), CASES)
def test_graphml_edge_ids_are_unique_and_every_edge_is_kept(built, name, view):
    root = case(built, name)
    graph = graph_of(root, view)
    document = etree.parse(str(root / "exports" / file_name(view, "graphml")))
    keys = document.findall(f"{GRAPHML}key")
    label_keys = {key.get("id") for key in keys if key.get("attr.name") == "label"}
    edges = document.findall(f".//{GRAPHML}edge")
    assert len(edges) == graph.number_of_edges() > 0
    assert len({edge.get("id") for edge in edges}) == len(edges)
    nodes = document.findall(f".//{GRAPHML}node")
    assert len(nodes) == graph.number_of_nodes()
    for element in [*nodes, *edges]:
        assert {data.get("key") for data in element.findall(f"{GRAPHML}data")} & label_keys
    # One type per attribute name and domain.
    assert Counter((key.get("for"), key.get("attr.name")) for key in keys).most_common(1)[0][1] \
        == 1
    relations = {data.text for edge in edges for data in edge.findall(f"{GRAPHML}data")
                 if data.get("key") in label_keys}
    assert relations == {data["label"] for *_, data in graph.edges(data=True)}


@pytest.mark.parametrize(("name", "view"), CASES)
def test_gexf_is_gexf_1_2_with_unique_ids_weights_and_consistent_times(built, name, view):
    root = case(built, name)
    graph = graph_of(root, view)
    path = root / "exports" / file_name(view, "gexf")
    document = etree.parse(str(path)).getroot()
    assert (document.tag, document.get("version")) == (f"{GEXF}gexf", "1.2")
    [graph_element] = document.findall(f"{GEXF}graph")
    assert set(graph_element.attrib) <= {"timeformat", "start", "end", "defaultedgetype",
                                         "idtype", "mode"}
    titles = {}
    for declared in graph_element.findall(f"{GEXF}attributes"):
        names = [a.get("title") for a in declared.findall(f"{GEXF}attribute")]
        assert len(names) == len(set(names))
        titles[declared.get("class")] = set(names)
    assert "networkx_key" not in titles.get("edge", set()) | titles.get("node", set())
    nodes = {node.get("id"): node for node in graph_element.iter(f"{GEXF}node")}
    edges = list(graph_element.iter(f"{GEXF}edge"))
    assert len(nodes) == graph.number_of_nodes()
    assert len(edges) == graph.number_of_edges() > 0
    assert len({edge.get("id") for edge in edges}) == len(edges)
    assert all(node.get("label") for node in nodes.values())
    for edge in edges:
        assert edge.get("label") and float(edge.get("weight")) >= 1
        ends = [nodes[edge.get(end)].get("start") for end in ("source", "target")]
        if any(ends):
            assert edge.get("start") == max(day for day in ends if day)
    assert nx.read_gexf(path).number_of_edges() == len(edges)


def test_actors_gexf_weighs_repeated_links(built):
    root = case(built, "seeds")
    document = etree.parse(str(root / "exports" / "actors-kg.gexf")).getroot()
    weights = {(edge.get("source"), edge.get("target"), edge.get("label")): edge.get("weight")
               for edge in document.iter(f"{GEXF}edge")}
    assert weights == {
        ("entity:andrei-rudenko", "entity:yang-moo-jin", "agrees"): "1.0",
        ("entity:dmitry-peskov", "entity:kremlin", "agrees"): "1.0",
        ("entity:dmitry-peskov", "entity:national-intelligence-service", "contradicts"): "1.0",
        ("entity:kremlin", "entity:national-intelligence-service", "contradicts"): "1.0",
    }
