"""Turtle for SPARQL tools, built with rdflib from the graph.

Claims are ``schema:Claim`` resources attributed (``prov:wasAttributedTo``) to
their claimant and derived (``prov:wasDerivedFrom``) from their article; kg's own
terms (:mod:`kg.vocab`) carry what no standard vocabulary names. IRIs are minted
from node ids under one base IRI, so they are stable across runs.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SDO

from kg.vocab import DEFAULT_BASE_IRI, KG

__all__ = ["generate_turtle", "to_rdf", "write_turtle"]

ENTITY_CLASSES = {
    "person": [SDO.Person],
    "organization": [SDO.Organization],
    "publication": [SDO.Organization, KG.Publication],
    "place": [SDO.Place],
    "group": [KG.Group],
    "unnamed": [KG.UnnamedSource],
}

# Node attribute -> property, for attributes written as plain or typed literals.
CLAIM_LITERALS = {
    "kind": KG.kind,
    "polarity": KG.polarity,
    "certainty": KG.certainty,
    "predicate": KG.predicate,
    "stated_on_precision": KG.statedOnPrecision,
    "evidence": KG.evidence,
}
CLAIM_LINKS = {
    "claimant": [KG.claimant, PROV.wasAttributedTo],
    "reported_by": [KG.reportedBy],
    "subject": [KG.subject],
    "object": [KG.object],
    "event": [KG.event],
    "published_in": [PROV.wasDerivedFrom],
}


def _iri(base: str, node: str) -> URIRef:
    kind, _, identifier = node.partition(":")
    return URIRef(f"{base}{kind}/{identifier}")


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph as RDF triples."""
    rdf = Graph()
    rdf.bind("kg", str(KG._NS))
    rdf.bind("schema", str(SDO))
    rdf.bind("prov", str(PROV))
    for node, data in graph.nodes(data=True):
        subject = _iri(base, node)
        rdf.add((subject, RDFS.label, Literal(data["label"])))
        kind = data["type"]
        if kind == "claim":
            _claim(rdf, base, graph, node, subject, data)
        elif kind == "article":
            rdf.add((subject, RDF.type, SDO.NewsArticle))
            if "title" in data:
                rdf.add((subject, SDO.headline, Literal(data["title"])))
            if "published" in data:
                rdf.add((subject, SDO.datePublished, _date(data["published"])))
            rdf.add((subject, KG.publishedInferred, Literal(bool(data["published_inferred"]))))
            rdf.add((subject, KG.path, Literal(data["path"])))
        elif kind == "event":
            rdf.add((subject, RDF.type, SDO.Event))
            if "date" in data:
                rdf.add((subject, SDO.startDate, _date(data["date"])))
            if "series" in data:
                rdf.add((subject, KG.series, Literal(data["series"])))
        else:
            for cls in ENTITY_CLASSES[kind]:
                rdf.add((subject, RDF.type, cls))
            rdf.add((subject, SDO.name, Literal(data["name"])))
    for source, target, data in graph.edges(data=True):
        if data["label"] == "published_by":
            rdf.add((_iri(base, source), SDO.publisher, _iri(base, target)))
        elif data["label"] == "contradicts":
            _contradiction(rdf, base, source, target, data)
        elif data["label"] == "supersedes":
            rdf.add((_iri(base, source), KG.supersedes, _iri(base, target)))
        elif data["label"] == "related":
            rdf.add((_iri(base, source), KG.related, _iri(base, target)))
    return rdf


def _claim(rdf: Graph, base: str, graph: nx.MultiDiGraph, node: str, subject: URIRef,
           data: dict) -> None:
    rdf.add((subject, RDF.type, SDO.Claim))
    for name, prop in CLAIM_LITERALS.items():
        if name in data:
            rdf.add((subject, prop, Literal(data[name])))
    if "stated_on" in data:
        rdf.add((subject, KG.statedOn, _date(data["stated_on"])))
    rdf.add((subject, KG.evidenceStart, Literal(int(data["evidence_start"]))))
    rdf.add((subject, KG.evidenceEnd, Literal(int(data["evidence_end"]))))
    for _, target, relation in graph.out_edges(node, data="label"):
        for prop in CLAIM_LINKS.get(relation, ()):
            rdf.add((subject, prop, _iri(base, target)))


def _contradiction(rdf: Graph, base: str, earlier: str, later: str, data: dict) -> None:
    resource = URIRef(f"{base}contradiction/{data['id']}")
    rdf.add((resource, RDF.type, KG.Contradiction))
    rdf.add((resource, KG.claimA, _iri(base, earlier)))
    rdf.add((resource, KG.claimB, _iri(base, later)))
    rdf.add((resource, KG.contradictionKind, Literal(data["kind"])))
    rdf.add((resource, KG.contradictionStatus, Literal(data["status"])))
    rdf.add((resource, KG.explanation, Literal(data["explanation"])))
    rdf.add((_iri(base, earlier), KG.contradicts, _iri(base, later)))


def generate_turtle(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> str:
    """The graph as a Turtle document."""
    return to_rdf(graph, base).serialize(format="turtle")


def write_turtle(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph to ``path`` as Turtle."""
    path.write_text(generate_turtle(graph), encoding="utf-8")
