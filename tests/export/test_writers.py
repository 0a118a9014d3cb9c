import networkx as nx
import pytest
from rdflib import RDF, Graph, namespace
from rdflib.compare import isomorphic

from kg.errors import ExportError
from kg.export import EXPORTERS
from kg.export.graphml import generate_graphml, write_graphml
from kg.export.turtle import to_rdf, write_turtle
from kg.vocab import KG
from tests.test_graph import seed_like_graph


def test_turtle_round_trips_through_rdflib(tmp_path):
    graph = seed_like_graph()
    path = tmp_path / "kg.ttl"
    write_turtle(graph, path)
    parsed = Graph().parse(path, format="turtle")
    assert isomorphic(parsed, to_rdf(graph))
    claims = set(parsed.subjects(RDF.type, namespace.SDO.Claim))
    assert len(claims) == 2
    kremlin = next(c for c in claims if str(c).endswith("claim/kremlin"))
    assert str(parsed.value(kremlin, KG.polarity)) == "negative"
    assert str(parsed.value(kremlin, namespace.PROV.wasAttributedTo)).endswith("entity/kremlin")
    assert len(set(parsed.subjects(RDF.type, KG.Contradiction))) == 1


def test_turtle_is_byte_identical_on_rerun(tmp_path):
    first, second = tmp_path / "1.ttl", tmp_path / "2.ttl"
    write_turtle(seed_like_graph(), first)
    write_turtle(seed_like_graph(), second)
    assert first.read_bytes() == second.read_bytes()


def test_graphml_round_trips_with_every_label(tmp_path):
    graph = seed_like_graph()
    path = tmp_path / "kg.graphml"
    write_graphml(graph, path)
    parsed = nx.read_graphml(path, force_multigraph=True)
    assert set(parsed.nodes) == set(graph.nodes)
    assert parsed.number_of_edges() == graph.number_of_edges()
    assert all(data.get("label") for _, data in parsed.nodes(data=True))
    assert parsed.nodes["claim:nis"]["evidence_start"] == 0


def test_graphml_refuses_non_scalar_attributes():
    graph = nx.MultiDiGraph()
    graph.add_node("claim:x", label="x", tags=["a", "b"])
    with pytest.raises(ExportError, match=r"GraphML does not support list values "
                                          r"\(node claim:x, attribute tags\)"):
        generate_graphml(graph)


def test_graphml_refuses_unlabelled_nodes():
    graph = nx.MultiDiGraph()
    graph.add_node("entity:x")
    with pytest.raises(ExportError, match="node entity:x has no label"):
        generate_graphml(graph)


def test_registry_names_each_format_and_file():
    assert {name: exporter.file_name for name, exporter in EXPORTERS.items()} == {
        "turtle": "kg.ttl", "graphml": "kg.graphml"}
