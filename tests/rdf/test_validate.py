import pytest
from rdflib.namespace import PROV

from kg.cli import cli
from kg.pipeline import knowledge_graph
from kg.rdf.statements import rdflib_quads, to_rdf
from kg.rdf.validate import load_rdf, validate, validate_in_parts
from kg.rdf.vocab import KG, OA
from kg.store import Store
from tests.helpers import CORPUS
from tests.test_graph import seed_like_elements


def test_a_kg_graph_conforms_to_the_shapes():
    assert validate(to_rdf(seed_like_elements())).conforms


def test_a_broken_graph_fails_with_readable_violations():
    rdf = to_rdf(seed_like_elements())
    rdf.remove((None, PROV.wasAttributedTo, None))
    report = validate(rdf)
    assert not report.conforms
    assert [str(v) for v in report.violations] == [
        f"http://example.org/kg/id/claim/{name} http://www.w3.org/ns/prov#wasAttributedTo: "
        "A claim needs exactly one claimant (prov:wasAttributedTo)." for name in ("kremlin", "nis")]


@pytest.mark.parametrize("part_size", [1, 40, 10**9])
def test_checking_a_part_at_a_time_finds_what_checking_the_whole_finds(db, part_size):
    with Store(db) as store:
        graph = knowledge_graph(store).graph
    assert validate_in_parts(lambda: rdflib_quads(graph), part_size).conforms
    dropped = {PROV.wasAttributedTo, OA.exact, KG.path}  # a claim's, its evidence's, an article's

    def broken():
        return (quad for number, quad in enumerate(rdflib_quads(graph))
                if quad[1] not in dropped or number % 3)

    whole = to_rdf(graph)
    for quad in set(rdflib_quads(graph)) - set(broken()):
        whole.remove(quad[:3])
    expected = validate(whole)
    assert {violation.path for violation in expected.violations} >= {
        str(PROV.wasAttributedTo), str(OA.exact), str(KG.path)}
    assert validate_in_parts(broken, part_size) == expected


def test_validate_command_checks_each_export(runner, db, tmp_path):
    out = tmp_path / "out"
    runner.invoke(cli, ["--db", db, "build", "--out", str(out)])
    files = [str(out / name) for name in ("kg.ttl", "kg.nt", "kg.trig", "kg.jsonld")]
    result = runner.invoke(cli, ["--db", db, "validate", *files])
    assert result.exit_code == 0, result.output
    assert result.output == "".join(f"{name}: conforms\n" for name in files)


def test_validate_command_reports_violations_and_unreadable_files(runner, db, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix schema: <https://schema.org/> .\n'
                      '<http://example.org/c> a schema:Claim .\n')
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle")
    result = runner.invoke(cli, ["--db", db, "validate", str(broken), str(garbage)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{broken}: 8 violations"
    assert "  http://example.org/c http://example.org/kg/vocab#certainty: A claim needs a " \
           "certainty: certain, probable or possible." in lines
    assert lines[-1].startswith(f"Error: {garbage}: cannot parse as turtle")


def test_validate_without_files_checks_the_store(runner, db):
    result = runner.invoke(cli, ["--db", db, "validate"])
    assert (result.exit_code, result.output) == (0, "the store's graph: conforms\n")


@pytest.mark.skipif(not (CORPUS / "articles").is_dir(),
                    reason="development corpus not present at ../shared/corpus")
def test_the_development_corpus_export_conforms(runner, tmp_path):
    db = str(tmp_path / "corpus.sqlite")
    runner.invoke(cli, ["--db", db, "ingest", str(CORPUS / "articles")])
    out = tmp_path / "corpus.trig"
    runner.invoke(cli, ["--db", db, "export", "trig", "--out", str(out)])
    report = validate(load_rdf(out))
    assert report.violations == [] and report.conforms
