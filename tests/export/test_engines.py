"""The exports load in tools kg did not write: Oxigraph for RDF, igraph and networkx for
GraphML, networkx for GEXF."""

import json

import networkx as nx
import pytest

from kg.cli import cli
from tests.helpers import ROOT, SEED_CLAIMS

ox = pytest.importorskip("pyoxigraph", reason="pyoxigraph is not installed")

FORMATS = {"turtle": ("kg.ttl", "TURTLE"), "ntriples": ("kg.nt", "N_TRIPLES"),
           "trig": ("kg.trig", "TRIG"), "jsonld": ("kg.jsonld", "JSON_LD")}
CLAIM_COUNT = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://schema.org/Claim> }"


def exported(runner, db, tmp_path, name, *options):
    out = tmp_path / (FORMATS[name][0] if name in FORMATS else f"kg.{name}")
    result = runner.invoke(cli, ["--db", db, "export", name, "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return out


def oxigraph_store(path, name):
    store = ox.Store()
    store.load(path=str(path), format=getattr(ox.RdfFormat, FORMATS[name][1]))
    return store


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_rdf_exports_load_in_oxigraph_with_every_claim(runner, db, tmp_path, name):
    store = oxigraph_store(exported(runner, db, tmp_path, name), name)
    [row] = store.query(CLAIM_COUNT, use_default_graph_as_union=True)
    assert int(row["n"].value) == SEED_CLAIMS
    claims = json.loads(runner.invoke(cli, ["--db", db, "claims", "--format", "json"]).output)
    assert len(claims) == SEED_CLAIMS


def test_trig_keeps_two_named_graphs_per_article(runner, db, tmp_path):
    store = oxigraph_store(exported(runner, db, tmp_path, "trig"), "trig")
    names = sorted(str(graph.value) for graph in store.named_graphs())
    assert len(names) == 4
    assert sum(name.endswith("/assertion") for name in names) == 2


def test_contradictions_query_in_oxigraph_matches_kg_query(runner, db, tmp_path):
    store = oxigraph_store(exported(runner, db, tmp_path, "turtle"), "turtle")
    query = (ROOT / "schemas" / "queries" / "contradictions.rq").read_text()
    pairs = sorted((row["earlier"].value.rsplit("/", 1)[1], row["later"].value.rsplit("/", 1)[1],
                    row["kind"].value, row["status"].value) for row in store.query(query))
    reported = json.loads(runner.invoke(
        cli, ["--db", db, "query", "contradictions", "--format", "json"]).output)
    assert pairs == sorted((c["a"], c["b"], c["kind"], c["status"]) for c in reported)
    assert len(pairs) == 5


@pytest.mark.parametrize("query", ["claims_by_claimant.rq", "timeline.rq"])
def test_documented_queries_run_in_oxigraph(runner, db, tmp_path, query):
    store = oxigraph_store(exported(runner, db, tmp_path, "turtle"), "turtle")
    rows = list(store.query((ROOT / "schemas" / "queries" / query).read_text()))
    assert len(rows) == (SEED_CLAIMS if query == "claims_by_claimant.rq" else 6)


def test_graphml_loads_in_igraph_and_networkx_with_every_label(runner, db, tmp_path):
    igraph = pytest.importorskip("igraph", reason="python-igraph is not installed")
    path = exported(runner, db, tmp_path, "graphml")
    loaded = igraph.Graph.Read_GraphML(str(path))
    assert all(loaded.vs["label"]) and all(loaded.vs["type"]) and all(loaded.es["label"])
    assert loaded.vs["type"].count("claim") == SEED_CLAIMS
    parsed = nx.read_graphml(path, force_multigraph=True)
    assert parsed.number_of_edges() == loaded.ecount()
    assert all(data.get("label") for _, data in parsed.nodes(data=True))
    assert {data["label"] for *_, data in parsed.edges(data=True)} >= {
        "claimant", "subject", "published_in", "contradicts", "supersedes"}


def test_gexf_loads_in_networkx_with_claim_dates(runner, db, tmp_path):
    parsed = nx.read_gexf(exported(runner, db, tmp_path, "gexf"))
    claims = [data for _, data in parsed.nodes(data=True) if data["type"] == "claim"]
    assert len(claims) == SEED_CLAIMS
    assert sorted({data["start"] for data in claims}) == ["2015-04-29", "2015-04-30",
                                                          "2025-03-24", "2025-04-01"]


def test_actors_view_keeps_people_and_organizations(runner, db, tmp_path):
    path = exported(runner, db, tmp_path, "graphml", "--view", "actors")
    parsed = nx.read_graphml(path, force_multigraph=True)
    assert {data["type"] for _, data in parsed.nodes(data=True)} <= {
        "person", "organization", "publication"}
    contradicting = sorted((a, b) for a, b, data in parsed.edges(data=True)
                           if data["label"] == "contradicts")
    assert contradicting == [("entity:dmitry-peskov", "entity:national-intelligence-service"),
                             ("entity:kremlin", "entity:national-intelligence-service")]


def test_view_is_refused_for_rdf_formats(runner, db, tmp_path):
    result = runner.invoke(cli, ["--db", db, "export", "turtle", "--out",
                                 str(tmp_path / "x.ttl"), "--view", "actors"])
    assert result.exit_code == 2
    assert "--view actors applies to graphml and gexf, not turtle" in result.stderr


def test_bad_base_iri_is_a_usage_error(runner, db, tmp_path):
    result = runner.invoke(cli, ["--db", db, "export", "turtle", "--out",
                                 str(tmp_path / "x.ttl"), "--base-iri", "kg/"])
    assert result.exit_code == 2
    assert "must be an absolute IRI ending in '/' or '#'" in result.stderr


def test_an_out_path_kg_cannot_write_is_one_line(runner, db, tmp_path):
    missing = tmp_path / "missing" / "dir" / "x.ttl"
    result = runner.invoke(cli, ["--db", db, "export", "turtle", "--out", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: cannot write: No such file or directory\n"
    target, link = tmp_path / "elsewhere.ttl", tmp_path / "link.ttl"
    target.write_text("kept\n")
    link.symlink_to(target)
    result = runner.invoke(cli, ["--db", db, "export", "turtle", "--out", str(link)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {link}: is a symbolic link; name the file itself\n"
    assert link.is_symlink() and target.read_text() == "kept\n"
