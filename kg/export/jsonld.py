"""JSON-LD, compacted with kg's context (``schemas/context.jsonld``), for web tools.

Written from the statement stream by a small writer of kg's own rather than by rdflib's
serializer, which held several gigabytes and took a minute for a store of 10,000
articles: a resource per subject, sorted by IRI, its properties and types named by the
context's prefixes (``schema:headline``), several values of one property as a sorted
list, strings and booleans as JSON values and other literals with their datatype.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring

import pyoxigraph as ox

from kg.export.options import DEFAULT_OPTIONS, ExportOptions
from kg.graph import GraphElements
from kg.rdf.statements import RDF, XSD, quads
from kg.rdf.vocab import PREFIXES

__all__ = ["context", "generate_jsonld"]


def context() -> dict[str, object]:
    """The JSON-LD context: kg's prefixes, so that terms read as ``schema:Claim``."""
    return {"@context": dict(sorted(PREFIXES.items()))}


def generate_jsonld(graph: GraphElements, options: ExportOptions = DEFAULT_OPTIONS
                    ) -> Iterator[str]:
    """Every triple (named graphs merged) as compacted JSON-LD, its resources sorted by IRI,
    in pieces: a resource at a time, laid out as ``json.dumps(indent=2, sort_keys=True)``
    lays it out."""
    resources: dict[str, dict[str, dict[object, object]]] = {}
    compact = _Compactor()
    for subject, predicate, obj, _ in quads(graph, options.base_iri):
        properties = resources.setdefault(subject.value, {})
        if predicate == RDF.type:
            key, value = "@type", compact(obj.value)
        else:
            key, value = compact(predicate.value), _value(obj, compact)
        properties.setdefault(key, {})[obj] = value  # a statement made twice is one
    head = json.dumps(context(), indent=2, sort_keys=True, ensure_ascii=False)
    yield head[:-2] + ',\n  "@graph": ['
    for number, iri in enumerate(sorted(resources)):
        resource: dict[str, object] = {"@id": iri}
        for key, values in resources[iri].items():
            if len(values) == 1:
                [resource[key]] = values.values()
            else:  # in the order of their JSON text
                resource[key] = sorted(values.values(),
                                       key=lambda v: json.dumps(v, sort_keys=True))
        yield ("," if number else "") + "\n    " + _laid_out(resource, "    ")
    yield "\n  ]\n}\n" if resources else "]\n}\n"


def _laid_out(value: object, indent: str) -> str:
    """``value`` as JSON text nested at ``indent`` (two spaces a level, keys sorted): what
    ``json.dumps`` writes, several times faster for hundreds of thousands of resources."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        members = (f"{inner}{_text(key)}: {_laid_out(value[key], inner)}"
                   for key in sorted(value))
        return "{\n" + ",\n".join(members) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"{inner}{_laid_out(item, inner)}" for item in value) + \
            f"\n{indent}]"
    return _text(value)


def _text(value: object) -> str:
    """A JSON scalar, as ``json.dumps(ensure_ascii=False)`` writes it."""
    return encode_basestring(value) if isinstance(value, str) else json.dumps(value)


class _Compactor:
    """IRIs as ``prefix:name`` under the context's prefixes, else whole; each IRI worked
    out once (predicates, classes and datatypes recur in every resource)."""

    def __init__(self) -> None:
        self.known: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        found = self.known.get(iri)
        if found is None:
            found = self.known[iri] = next(
                (f"{prefix}:{iri[len(namespace):]}" for prefix, namespace in PREFIXES.items()
                 if iri.startswith(namespace) and len(iri) > len(namespace)), iri)
        return found


def _value(term: ox.NamedNode | ox.Literal, compact: _Compactor) -> object:
    if isinstance(term, ox.NamedNode):
        return {"@id": term.value}
    if term.language:
        return {"@language": term.language, "@value": term.value}
    if term.datatype == XSD.string:
        return term.value
    if term.datatype == XSD.boolean:
        return term.value == "true"
    return {"@type": compact(term.datatype.value), "@value": term.value}
