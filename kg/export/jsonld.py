"""JSON-LD, compacted with kg's context (``schemas/context.jsonld``), for web tools."""

from __future__ import annotations

import json

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.export.rdf import to_rdf
from kg.graph import GraphElements
from kg.vocab import PREFIXES

__all__ = ["context", "generate_jsonld"]


def context() -> dict[str, object]:
    """The JSON-LD context: kg's prefixes, so that terms read as ``schema:Claim``."""
    return {"@context": dict(sorted(PREFIXES.items()))}


def generate_jsonld(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                  ) -> tuple[str]:
    """Every triple as compacted JSON-LD, its resources sorted by IRI."""
    document = json.loads(to_rdf(graph, options.base_iri).serialize(
        format="json-ld", context=context()["@context"], auto_compact=True))
    resources = document.get("@graph", [])
    for resource in resources:
        for name, value in resource.items():
            if isinstance(value, list):
                resource[name] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    document["@graph"] = sorted(resources, key=lambda resource: resource["@id"])
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n",)
