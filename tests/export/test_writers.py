import json
import re

import networkx as nx
import pytest
from rdflib import RDF, Dataset, Graph, URIRef, namespace
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg.errors import ExportError
from kg.export import EXPORTERS, ExportOptions, export, text_of
from kg.graph import GraphElements, edge_id, view_of
from kg.rdf.statements import check_base_iri, to_rdf
from kg.rdf.vocab import KG, OA
from tests.test_graph import seed_like_elements, seed_like_graph

CLAIM = URIRef("http://example.org/kg/id/claim/kremlin")


def read_back(format_name, syntax, tmp_path):
    """The seed-like graph exported in one format and parsed by rdflib, checked to be the
    graph kg made, and the file."""
    graph = seed_like_elements()
    path = tmp_path / f"kg.{format_name}"
    export(graph, format_name, path)
    parsed = Graph().parse(path, format=syntax)
    assert isomorphic(parsed, to_rdf(graph))
    return parsed, path


def test_turtle_round_trips_through_rdflib(tmp_path):
    parsed, _ = read_back("turtle", "turtle", tmp_path)
    assert set(parsed.subjects(RDF.type, namespace.SDO.Claim)) == {
        CLAIM, URIRef("http://example.org/kg/id/claim/nis")}
    assert str(parsed.value(CLAIM, KG.polarity)) == "negative"
    assert str(parsed.value(CLAIM, KG.claimKind)) == "announcement"
    assert parsed.value(CLAIM, PROV.wasAttributedTo) == URIRef(
        "http://example.org/kg/id/entity/kremlin")
    assert parsed.value(CLAIM, PROV.wasDerivedFrom) == URIRef(
        "http://example.org/kg/id/article/a1")
    assert len(set(parsed.subjects(RDF.type, KG.Contradiction))) == 1


def test_provenance_names_the_rule_and_the_parse_it_read():
    rdf = to_rdf(seed_like_elements())
    assert rdf.value(CLAIM, PROV.wasGeneratedBy) == URIRef(
        "http://example.org/kg/id/rule/reporting_cue")
    assert str(rdf.value(CLAIM, KG.parsedWith)) == "en_core_web_sm-3.8.0"


def test_the_proposition_is_a_reified_statement_and_evidence_has_offsets():
    rdf = to_rdf(seed_like_elements())
    statement = rdf.value(CLAIM, KG.proposition)
    assert (statement, RDF.type, RDF.Statement) in rdf
    assert rdf.value(statement, RDF.subject) == URIRef(
        "http://example.org/kg/id/entity/kim-jong-un")
    assert rdf.value(statement, RDF.predicate) == URIRef(
        "http://example.org/kg/id/predicate/attend")
    assert rdf.value(statement, RDF.object) == URIRef(
        "http://example.org/kg/id/event/victory-day-parade-2015")
    evidence = rdf.value(CLAIM, KG.evidence)
    assert (str(rdf.value(evidence, OA.exact)), rdf.value(evidence, OA.start).toPython(),
            rdf.value(evidence, OA.end).toPython()) == ("evidence kremlin", 0, 10)


def test_an_event_has_its_date_place_and_series():
    rdf, schema = to_rdf(seed_like_elements()), namespace.SDO
    event = URIRef("http://example.org/kg/id/event/victory-day-parade-2015")
    assert (str(rdf.value(event, schema.startDate)), str(rdf.value(event, schema.location)),
            str(rdf.value(rdf.value(event, schema.superEvent), schema.name))) == (
        "2015-05-09", "Moscow", "Victory Day parade")


def test_trig_has_an_assertion_and_a_provenance_graph_per_article(tmp_path):
    path = tmp_path / "kg.trig"
    export(seed_like_graph(), "trig", path)
    dataset = Dataset()
    dataset.parse(path, format="trig")
    names = sorted(str(g.identifier) for g in dataset.graphs() if len(g)
                   and "graph/" in str(g.identifier))
    assert names == ["http://example.org/kg/id/graph/a1/assertion",
                     "http://example.org/kg/id/graph/a1/provenance"]
    assertion = dataset.graph(URIRef(names[0]))
    provenance = dataset.graph(URIRef(names[1]))
    assert (CLAIM, RDF.type, namespace.SDO.Claim) in assertion
    assert provenance.value(CLAIM, PROV.wasGeneratedBy) == URIRef(
        "http://example.org/kg/id/rule/reporting_cue")
    assert provenance.value(assertion.identifier, PROV.wasDerivedFrom) == URIRef(
        "http://example.org/kg/id/article/a1")


def test_base_iri_is_configurable_and_checked():
    rdf = to_rdf(seed_like_elements(), "https://news.example/kg#")
    assert URIRef("https://news.example/kg#claim/kremlin") in set(rdf.subjects())
    with pytest.raises(ExportError, match="must be an absolute IRI ending in '/' or '#'"):
        check_base_iri("not an iri/")
    with pytest.raises(ExportError, match="percent encoding '%zz'"):
        check_base_iri("https://news.example/%zz/")
    with pytest.raises(ExportError, match=r"not a valid IRI: Invalid IRI code point '\\x01'"):
        check_base_iri("https://news.example/\x01/")


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_format_is_byte_identical_on_rerun(tmp_path, name):
    first, second = tmp_path / "1", tmp_path / "2"
    export(seed_like_graph(), name, first)
    export(seed_like_graph(), name, second)
    assert first.read_bytes() == second.read_bytes()
    assert not list(tmp_path.glob(".*partial"))


def test_graphml_round_trips_with_every_label(tmp_path):
    graph = seed_like_graph()
    path = tmp_path / "kg.graphml"
    export(graph, "graphml", path)
    parsed = nx.read_graphml(path, force_multigraph=True)
    assert set(parsed.nodes) == set(graph.nodes)
    assert parsed.number_of_edges() == graph.number_of_edges()
    assert all(data.get("label") and data.get("type") for _, data in parsed.nodes(data=True))
    assert all(data.get("label") for *_, data in parsed.edges(data=True))
    assert parsed.nodes["claim:nis"]["evidence_start"] == 0


def test_graphml_refuses_non_scalar_attributes():
    graph = nx.MultiDiGraph()
    graph.add_node("claim:x", label="x", type="claim", tags=["a", "b"])
    with pytest.raises(ExportError, match=r"GraphML does not support list values "
                                          r"\(claim:x, attribute tags\)"):
        text_of(GraphElements.of(graph), "graphml")


def test_graphml_refuses_unlabelled_nodes():
    graph = nx.MultiDiGraph()
    graph.add_node("entity:x")
    with pytest.raises(ExportError, match="node entity:x has no label"):
        text_of(GraphElements.of(graph), "graphml")


def test_gexf_dates_claims_for_the_timeline(tmp_path):
    path = tmp_path / "kg.gexf"
    export(seed_like_graph(), "gexf", path)
    parsed = nx.read_gexf(path)
    assert parsed.nodes["claim:nis"]["start"] == "2015-04-29"
    assert parsed.nodes["entity:kim-jong-un"]["start"] == "2015-04-29"  # first named
    assert parsed.nodes["article:a1"]["start"] == "2015-04-30"
    assert "lastmodifieddate" not in path.read_text()


def test_actors_view_weighs_agreement_and_contradiction(tmp_path):
    path = tmp_path / "actors.graphml"
    export(seed_like_graph(), "graphml", path, ExportOptions(view="actors"))
    parsed = nx.read_graphml(path, force_multigraph=True)
    assert {data["type"] for _, data in parsed.nodes(data=True)} == {"organization",
                                                                    "publication"}
    assert [(a, b, data["label"], data["weight"]) for a, b, data in parsed.edges(data=True)] \
        == [("entity:kremlin", "entity:nis", "contradicts", 1)]


def test_registry_names_each_format_and_file():
    assert {name: exporter.file_name for name, exporter in EXPORTERS.items()} == {
        "turtle": "kg.ttl", "ntriples": "kg.nt", "trig": "kg.trig", "jsonld": "kg.jsonld",
        "graphml": "kg.graphml", "gexf": "kg.gexf"}


@pytest.mark.parametrize(("format_name", "syntax"), [
    ("ntriples", "N_TRIPLES"), ("turtle", "TURTLE"), ("trig", "TRIG")])
@pytest.mark.parametrize("odd", ["\f", "\v", "\x85", "\u2028", "\u2029", "\x1c", "\r", "\n"])
def test_line_separators_inside_a_literal_keep_the_file_parseable(tmp_path, format_name,
                                                                  syntax, odd):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    graph = seed_like_graph()
    graph.nodes["article:a1"]["title"] = f"Kremlin{odd}no"
    path = tmp_path / "kg.out"
    export(graph, format_name, path)
    titles = [q.object.value for q in pyoxigraph.parse(
        path=str(path), format=getattr(pyoxigraph.RdfFormat, syntax))
        if q.predicate.value == "https://schema.org/headline"]
    assert titles == [f"Kremlin{odd}no"]


def test_turtle_names_kgs_own_ids_by_prefix():
    text = text_of(seed_like_elements(), "turtle", ExportOptions(
        base_iri="https://news.example/kg#"))
    assert "@prefix claim: <https://news.example/kg#claim/> ." in text
    assert any(line.startswith("claim:kremlin ") for line in text.splitlines())
    assert "<https://news.example/kg#claim/kremlin>" not in text


@pytest.mark.parametrize("view", ["full", "actors"])
def test_graphml_is_written_as_networkx_writes_it(view):
    graph = seed_like_graph()
    graph.nodes["article:a1"]["title"] = 'Kremlin’s "no" & <more>\nnext line\ttab'
    graph.nodes["entity:kremlin"]["name"] = "Кремль & 新华社"
    ours = text_of(GraphElements.of(graph), "graphml", ExportOptions(view=view))
    shown = view_of(GraphElements.of(graph), view).networkx
    keyed = shown.__class__()
    keyed.add_nodes_from(shown.nodes(data=True))
    for source, target, key, data in shown.edges(keys=True, data=True):
        keyed.add_edge(source, target, key=edge_id(source, target, key),
                       **{**data, "relation": data["label"]})
    assert ours == "\n".join(nx.generate_graphml(keyed, prettyprint=True)) + "\n"


@pytest.mark.parametrize("view", ["full", "actors"])
def test_gexf_values_read_back_whatever_their_characters(tmp_path, view):
    lxml = pytest.importorskip("lxml.etree")
    graph = seed_like_graph()
    odd = 'Kremlin’s "no" & <more>\nnext\ttab'
    graph.nodes["entity:kremlin"]["name"] = odd
    graph.nodes["entity:kremlin"]["label"] = odd
    path = tmp_path / "kg.gexf"
    export(graph, "gexf", path, ExportOptions(view=view))
    document = lxml.parse(str(path))
    ns = {"g": "http://www.gexf.net/1.2draft"}
    [node] = document.xpath("//g:node[@id='entity:kremlin']", namespaces=ns)
    assert node.get("label") == odd
    if view == "full":
        ids = {a.get("title"): a.get("id") for a in document.xpath(
            "//g:attributes[@class='node']/g:attribute", namespaces=ns)}
        [name] = node.xpath(f"g:attvalues/g:attvalue[@for='{ids['name']}']", namespaces=ns)
        assert name.get("value") == odd


def test_gexf_values_follow_the_declared_order_whatever_order_a_node_gives():
    graph = nx.MultiDiGraph()
    graph.add_node("entity:a", label="A", type="person", role="envoy", rank=2)
    graph.add_node("entity:b", label="B", rank=3, role="aide", type="person")
    text = text_of(GraphElements.of(graph), "gexf")
    declared = re.findall(r'<attribute id="(\d)" title="(\w+)" type="(\w+)"', text)
    assert declared == [("0", "type", "string"), ("1", "role", "string"), ("2", "rank", "long")]
    second = text[text.index('<node id="entity:b"'):text.index("</node>", text.index("entity:b"))]
    assert re.findall(r'for="(\d)" value="(\w+)"', second) == [
        ("0", "person"), ("1", "aide"), ("2", "3")]


def test_gexf_refuses_a_key_whose_values_change_type():
    graph = nx.MultiDiGraph()
    graph.add_node("entity:a", label="A", type="person", rank=2)
    graph.add_node("entity:b", label="B", type="person", rank="second")
    with pytest.raises(ExportError, match="GEXF: node attribute rank holds both long and "
                                          "string values"):
        text_of(GraphElements.of(graph), "gexf")


def test_a_failed_export_keeps_the_file_it_would_have_replaced(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("entity:x")  # no label: refused
    path = tmp_path / "kg.graphml"
    path.write_text("the last good export", encoding="utf-8")
    with pytest.raises(ExportError, match="node entity:x has no label"):
        export(graph, "graphml", path)
    assert path.read_text(encoding="utf-8") == "the last good export"
    assert sorted(tmp_path.iterdir()) == [path]


def test_jsonld_reads_back_as_the_same_graph_in_rdflib(tmp_path):
    _, path = read_back("jsonld", "json-ld", tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    ids = [resource["@id"] for resource in document["@graph"]]
    assert ids == sorted(ids)
    evidence = next(r for r in document["@graph"] if r["@id"].endswith("kremlin/evidence"))
    assert evidence["@type"] == ["oa:TextPositionSelector", "oa:TextQuoteSelector"]
    assert evidence["oa:start"] == {"@type": "xsd:nonNegativeInteger", "@value": "0"}
    article = next(r for r in document["@graph"] if r["@id"].endswith("article/a1"))
    assert (article["kg:publishedInferred"], article["schema:headline"]) == (False, "Kremlin: no")


def test_jsonld_of_an_empty_graph_is_a_document_with_no_resources():
    text = text_of(GraphElements([], []), "jsonld")
    assert json.loads(text)["@graph"] == []
    assert len(Graph().parse(data=text, format="json-ld")) == 0


@pytest.mark.parametrize(("format_name", "name"), [("graphml", "GraphML"), ("gexf", "GEXF")])
def test_an_edge_to_a_node_the_graph_does_not_list_is_refused(format_name, name):
    elements = GraphElements([("entity:a", {"label": "A", "type": "person"})],
                             [("entity:a", "entity:b", "agrees", {"label": "agrees"})])
    with pytest.raises(ExportError, match=rf"{name} export: edge \['entity:a', 'entity:b'\] "
                                          r"ends at entity:b, which is not a node"):
        text_of(elements, format_name)
