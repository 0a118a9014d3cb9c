"""Checked-in generated files must match what the code generates now."""

import json

from kg.cli import cli
from kg.models import SCHEMA_MODELS
from tests.helpers import ROOT


def test_schemas_are_generated_from_the_models(tmp_path, runner):
    result = runner.invoke(cli, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    generated = sorted(p.name for p in tmp_path.iterdir())
    assert generated == sorted([*(f"{name}.schema.json" for name in SCHEMA_MODELS),
                                "context.jsonld", "kg.ttl", "shapes.ttl"])
    for name in generated:
        assert (ROOT / "schemas" / name).read_text() == (tmp_path / name).read_text(), (
            f"schemas/{name} is stale: run `kg schema --out schemas/`")
    assert sorted(p.name for p in (ROOT / "schemas").iterdir() if p.is_file()) == generated
    claim = json.loads((tmp_path / "claim.schema.json").read_text())
    assert claim["required"] == ["id", "article_id", "path", "claimant", "kind", "subject",
                                 "predicate", "polarity", "certainty", "evidence"]


def test_exports_match_a_fresh_build_of_the_seeds(tmp_path, runner, in_repo):
    out = tmp_path / "exports"
    result = runner.invoke(cli, ["--db", str(tmp_path / "kg.sqlite"), "build", "seeds/",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in (ROOT / "exports").iterdir())
    for name in names:
        assert (ROOT / "exports" / name).read_bytes() == (out / name).read_bytes(), (
            f"exports/{name} is stale: run `kg build seeds/ --out exports/`")


def test_a_rebuild_is_byte_identical(tmp_path, runner, in_repo):
    outputs = []
    for run in ("first", "second"):
        out = tmp_path / run
        runner.invoke(cli, ["--db", str(tmp_path / f"{run}.sqlite"), "build", "seeds/",
                            "--out", str(out)])
        outputs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outputs[0] == outputs[1]
