"""The bundled SPARQL queries give the same rows on kg.ttl and on kg.trig in Oxigraph with
its default settings (the default graph is not the union of the named graphs), and the
same rows as `kg sparql`."""

import json

import pytest

from kg.cli import cli
from tests.helpers import ROOT, SEED_CLAIMS

ox = pytest.importorskip("pyoxigraph", reason="pyoxigraph is not installed")

QUERIES = sorted((ROOT / "schemas" / "queries").glob("*.rq"))
EXPECTED_ROWS = {"claims_by_claimant.rq": SEED_CLAIMS, "contradictions.rq": 5, "timeline.rq": 6}


def rows_in_oxigraph(path, rdf_format, query, union=False):
    store = ox.Store()
    store.load(path=str(path), format=rdf_format)
    solutions = store.query(query.read_text(), use_default_graph_as_union=union)
    names = [variable.value for variable in solutions.variables]
    return [{name: None if row[name] is None else row[name].value for name in names}
            for row in solutions]


@pytest.fixture
def exports(runner, db, tmp_path):
    for name, file in (("turtle", "kg.ttl"), ("trig", "kg.trig")):
        result = runner.invoke(cli, ["--db", db, "export", name, "--out", str(tmp_path / file)])
        assert result.exit_code == 0, result.output
    return tmp_path


@pytest.mark.parametrize("query", QUERIES, ids=lambda path: path.name)
def test_each_query_gives_the_same_rows_on_every_file_and_in_kg_sparql(runner, db, exports,
                                                                       query):
    on_turtle = rows_in_oxigraph(exports / "kg.ttl", ox.RdfFormat.TURTLE, query)
    on_trig = rows_in_oxigraph(exports / "kg.trig", ox.RdfFormat.TRIG, query)
    on_union = rows_in_oxigraph(exports / "kg.trig", ox.RdfFormat.TRIG, query, union=True)
    local = runner.invoke(cli, ["--db", db, "sparql", str(query), "--format", "json"])
    assert local.exit_code == 0, local.output
    assert len(on_turtle) == EXPECTED_ROWS[query.name]
    assert on_trig == on_turtle
    assert on_union == on_turtle
    assert json.loads(local.output) == on_turtle
