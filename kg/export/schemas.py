"""The files in ``schemas/``, all generated: JSON Schemas of kg's records (from its pydantic
models), the RDF vocabulary ``kg.ttl`` (from :mod:`kg.rdf.vocab`), the SHACL shapes and the
JSON-LD context."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from kg.export.jsonld import context
from kg.models import SCHEMA_MODELS
from kg.rdf.vocab import ontology

__all__ = ["write_schemas"]


def write_schemas(out: Path) -> list[Path]:
    """Write every schema file into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    texts = {f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2,
                                               sort_keys=True) + "\n"
             for name, model in SCHEMA_MODELS.items()}
    texts["kg.ttl"] = ontology().serialize(format="turtle")
    texts["shapes.ttl"] = files("kg.rdf").joinpath("shapes.ttl").read_text("utf-8")
    texts["context.jsonld"] = json.dumps(context(), indent=2, sort_keys=True) + "\n"
    written = []
    for name, text in texts.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
