"""The graph as RDF: one dataset that every RDF exporter serializes.

Claims are ``schema:Claim`` resources, attributed (``prov:wasAttributedTo``) to
their claimant, derived (``prov:wasDerivedFrom``) from their article and
generated (``prov:wasGeneratedBy``) by the extraction rule that found them. What
a claim says is a reified ``rdf:Statement``; its evidence is a Web Annotation
text selector with character offsets. kg's own terms (:mod:`kg.vocab`) carry only
what no standard vocabulary names.

Each article's claims sit in two named graphs, nanopublication-style: the
assertion (the claims) and its provenance (who, from where, by which rule). Things
shared across articles (people, events, articles, contradictions) are in the
default graph. IRIs are minted from canonical ids under one base IRI.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from kg.errors import ExportError
from kg.graph import claim_targets
from kg.models import slugify
from kg.vocab import DEFAULT_BASE_IRI, KG, OA, PREFIXES

__all__ = ["check_base_iri", "to_dataset", "to_rdf"]

ENTITY_CLASSES = {
    "person": [SDO.Person],
    "organization": [SDO.Organization],
    "publication": [SDO.NewsMediaOrganization],
    "place": [SDO.Place],
    "group": [KG.Group],
    "unnamed": [KG.UnnamedSource],
}

# Claim attribute -> property, for the values written as plain literals.
CLAIM_LITERALS = {
    "kind": KG.claimKind,
    "polarity": KG.polarity,
    "certainty": KG.certainty,
    "stated_on_precision": KG.statedOnPrecision,
}

_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"{}|\\^`]+[/#]$")


def check_base_iri(base: str) -> str:
    """``base`` if it is an absolute IRI ending in ``/`` or ``#``, else an ExportError."""
    if not _ABSOLUTE_IRI.match(base):
        raise ExportError(f"base IRI {base!r} must be an absolute IRI ending in '/' or '#'")
    return base


class _Minter:
    """IRIs under one base: ``<base><kind>/<id>``, with the id percent-encoded."""

    def __init__(self, base: str) -> None:
        self.base = check_base_iri(base)

    def __call__(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(part, safe="-._~") for part in parts))

    def node(self, node: str) -> URIRef:
        kind, _, identifier = node.partition(":")
        return self(kind, identifier)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Dataset:
    """The graph as an RDF dataset: the default graph plus an assertion and a provenance
    graph per article."""
    mint = _Minter(base)
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    shared = dataset.default_graph
    for node, data in graph.nodes(data=True):
        iri = mint.node(node)
        kind = data["type"]
        if kind == "claim":
            continue
        shared.add((iri, RDFS.label, Literal(data["label"])))
        if kind == "article":
            _article(shared, iri, data)
        elif kind == "event":
            _event(shared, mint, iri, data)
        else:
            for cls in ENTITY_CLASSES[kind]:
                shared.add((iri, RDF.type, cls))
            shared.add((iri, SDO.name, Literal(data["name"])))
    for node, data in graph.nodes(data=True):
        if data["type"] == "claim":
            _claim(dataset, shared, mint, graph, node, data)
    for source, target, data in graph.edges(data=True):
        relation = data["label"]
        if relation == "published_by":
            shared.add((mint.node(source), SDO.publisher, mint.node(target)))
        elif relation == "contradicts":
            _contradiction(shared, mint, source, target, data)
        elif relation in ("supersedes", "related"):
            shared.add((mint.node(source), KG[relation], mint.node(target)))
    return dataset


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """Every triple of the dataset in one graph, for formats without named graphs."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for quad in to_dataset(graph, base).quads((None, None, None, None)):
        union.add(quad[:3])
    return union


def _article(shared: Graph, iri: URIRef, data: dict) -> None:
    shared.add((iri, RDF.type, SDO.NewsArticle))
    if "title" in data:
        shared.add((iri, SDO.headline, Literal(data["title"])))
        shared.add((iri, DCTERMS.title, Literal(data["title"])))
    if "published" in data:
        shared.add((iri, SDO.datePublished, _date(data["published"])))
    shared.add((iri, KG.publishedInferred, Literal(bool(data["published_inferred"]))))
    shared.add((iri, KG.path, Literal(data["path"])))
    if "url" in data:
        shared.add((iri, SDO.url, Literal(data["url"], datatype=XSD.anyURI)))


def _event(shared: Graph, mint: _Minter, iri: URIRef, data: dict) -> None:
    shared.add((iri, RDF.type, SDO.Event))
    shared.add((iri, SDO.name, Literal(data["name"])))
    if "date" in data:
        shared.add((iri, SDO.startDate, _date(data["date"])))
    if "place" in data:
        shared.add((iri, SDO.location, Literal(data["place"])))
    if "series" in data:
        series = mint("series", slugify(data["series"]))
        shared.add((iri, SDO.superEvent, series))
        shared.add((series, RDF.type, SDO.EventSeries))
        shared.add((series, SDO.name, Literal(data["series"])))
        shared.add((series, RDFS.label, Literal(data["series"])))


def _claim(dataset: Dataset, shared: Graph, mint: _Minter, graph: nx.MultiDiGraph, node: str,
           data: dict) -> None:
    iri = mint.node(node)
    targets = claim_targets(graph, node)
    article_id = targets["published_in"].partition(":")[2]
    assertion = dataset.graph(mint("graph", article_id, "assertion"))
    provenance = dataset.graph(mint("graph", article_id, "provenance"))
    article = mint.node(targets["published_in"])

    assertion.add((iri, RDF.type, SDO.Claim))
    assertion.add((iri, RDFS.label, Literal(data["label"])))
    for name, prop in CLAIM_LITERALS.items():
        if name in data:
            assertion.add((iri, prop, Literal(data[name])))
    if "stated_on" in data:
        assertion.add((iri, KG.statedOn, _date(data["stated_on"])))
    statement = mint("claim", node.partition(":")[2], "proposition")
    assertion.add((iri, KG.proposition, statement))
    assertion.add((statement, RDF.type, RDF.Statement))
    assertion.add((statement, RDF.subject, mint.node(targets["subject"])))
    assertion.add((statement, RDF.predicate, mint("predicate", data["predicate"])))
    target = targets.get("object") or targets.get("event")
    if target:
        assertion.add((statement, RDF.object, mint.node(target)))
    if "event" in targets:
        assertion.add((statement, KG.event, mint.node(targets["event"])))
    evidence = mint("claim", node.partition(":")[2], "evidence")
    assertion.add((iri, KG.evidence, evidence))
    assertion.add((evidence, RDF.type, OA.TextQuoteSelector))
    assertion.add((evidence, RDF.type, OA.TextPositionSelector))
    assertion.add((evidence, OA.exact, Literal(data["evidence"])))
    assertion.add((evidence, OA.start, Literal(int(data["evidence_start"]),
                                              datatype=XSD.nonNegativeInteger)))
    assertion.add((evidence, OA.end, Literal(int(data["evidence_end"]),
                                            datatype=XSD.nonNegativeInteger)))
    assertion.add((evidence, DCTERMS.isPartOf, article))

    provenance.add((assertion.identifier, PROV.wasDerivedFrom, article))
    provenance.add((iri, PROV.wasAttributedTo, mint.node(targets["claimant"])))
    if "reported_by" in targets:
        provenance.add((iri, KG.reportedBy, mint.node(targets["reported_by"])))
    provenance.add((iri, PROV.wasDerivedFrom, article))
    rule = mint("rule", data.get("rule", "unknown"))
    provenance.add((iri, PROV.wasGeneratedBy, rule))
    if "model" in data:
        provenance.add((iri, KG.parsedWith, Literal(data["model"])))
    if "stated_on" in data:
        provenance.add((iri, PROV.generatedAtTime,
                        Literal(f"{data['stated_on']}T00:00:00", datatype=XSD.dateTime)))
    shared.add((rule, RDF.type, PROV.Activity))
    shared.add((rule, RDFS.label, Literal(f"extraction rule {data.get('rule', 'unknown')}")))
    predicate = mint("predicate", data["predicate"])
    shared.add((predicate, RDF.type, RDF.Property))
    shared.add((predicate, RDFS.label, Literal(data["predicate"])))


def _contradiction(shared: Graph, mint: _Minter, earlier: str, later: str, data: dict) -> None:
    iri = mint("contradiction", data["contradiction"])
    shared.add((iri, RDF.type, KG.Contradiction))
    shared.add((iri, RDFS.label, Literal(data["explanation"])))
    shared.add((iri, KG.claimA, mint.node(earlier)))
    shared.add((iri, KG.claimB, mint.node(later)))
    shared.add((iri, KG.contradictionKind, Literal(data["kind"])))
    shared.add((iri, KG.contradictionStatus, Literal(data["status"])))
    shared.add((iri, KG.strength, Literal(data["strength"])))
    shared.add((iri, KG.explanation, Literal(data["explanation"])))
    for name, prop in (("held", KG.held), ("settled_by", KG.settledBy)):
        if name in data:
            shared.add((iri, prop, mint("claim", data[name])))
    shared.add((mint.node(earlier), KG.contradicts, mint.node(later)))
