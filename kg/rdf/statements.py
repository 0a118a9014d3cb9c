"""The graph as RDF: one dataset that every RDF exporter serializes.

Claims are ``schema:Claim`` resources, attributed (``prov:wasAttributedTo``) to
their claimant, derived (``prov:wasDerivedFrom``) from their article and
generated (``prov:wasGeneratedBy``) by the extraction rule that found them. What
a claim says is a reified ``rdf:Statement``; its evidence is a Web Annotation
text selector with character offsets. kg's own terms (:mod:`kg.rdf.vocab`) carry only
what no standard vocabulary names.

Each article's claims sit in two named graphs, nanopublication-style: the
assertion (the claims) and its provenance (who, from where, by which rule). Things
shared across articles (people, events, articles, contradictions) are in the
default graph. IRIs are minted from canonical ids under one base IRI.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pyoxigraph as ox
import rdflib
import rdflib.namespace as standard
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import Namespace

from kg.errors import ExportError
from kg.graph import GraphElements
from kg.models import slugify
from kg.rdf import vocab
from kg.rdf.vocab import DEFAULT_BASE_IRI, PREFIXES

__all__ = ["Quad", "RdflibQuad", "check_base_iri", "quads", "rdflib_quads", "serialized",
           "to_dataset", "to_rdf"]


class _Terms:
    """A vocabulary's terms as oxigraph named nodes, each made once: statements are made as
    oxigraph terms, which its serializer writes as they are (rdflib's terms cost several
    times more to make, and as much again to convert)."""

    def __init__(self, namespace: Namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(self._namespace[name]))
        setattr(self, name, node)
        return node

    __getitem__ = __getattr__


RDF, RDFS, XSD = _Terms(standard.RDF), _Terms(standard.RDFS), _Terms(standard.XSD)
DCTERMS, PROV, SDO = _Terms(standard.DCTERMS), _Terms(standard.PROV), _Terms(standard.SDO)
KG, OA = _Terms(vocab.KG), _Terms(vocab.OA)

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

# The kinds of thing kg mints IRIs for (``<base><kind>/<id>``): each is a prefix in Turtle
# and TriG, so ``claim:22184f5bd85f9190`` stands for the claim's IRI.
ID_KINDS = ("article", "claim", "contradiction", "entity", "event", "predicate", "rule",
            "series")

_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"{}|\\^`]+[/#]$")


def check_base_iri(base: str) -> str:
    """``base`` if it is an absolute IRI ending in ``/`` or ``#``, else an ExportError."""
    if not _ABSOLUTE_IRI.match(base):
        raise ExportError(f"base IRI {base!r} must be an absolute IRI ending in '/' or '#'")
    try:  # pyoxigraph's parser knows the rest of IRI syntax (percent escapes, code points)
        ox.NamedNode(base)
    except ValueError as error:
        reason = str(error).encode("unicode_escape").decode("ascii")
        raise ExportError(f"base IRI {base!r} is not a valid IRI: {reason}") from error
    return base


_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


def _encoded(part: str) -> str:
    """``part`` percent-encoded for an IRI path segment (ids rarely need it: checked first)."""
    return part if _UNRESERVED.fullmatch(part) else quote(part, safe="-._~")


class _Minter:
    """IRIs under one base: ``<base><kind>/<id>``, with the id percent-encoded. A node
    linked from many claims (a claimant, an article) is minted once."""

    def __init__(self, base: str) -> None:
        self.base = check_base_iri(base)
        self.nodes: dict[str, ox.NamedNode] = {}

    def __call__(self, *parts: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + "/".join(map(_encoded, parts)))

    def node(self, node: str) -> ox.NamedNode:
        found = self.nodes.get(node)
        if found is None:
            kind, _, identifier = node.partition(":")
            found = self.nodes[node] = self(kind, identifier)
        return found


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=XSD.date)


def _boolean(value: object) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=XSD.boolean)


def _count(value: object) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD.nonNegativeInteger)


# A statement: subject, predicate, object and the named graph it is in (None: the default).
Quad = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal, ox.NamedNode | None]
RdflibQuad = tuple[URIRef, URIRef, URIRef | rdflib.Literal, URIRef | None]


def quads(graph: GraphElements, base: str = DEFAULT_BASE_IRI) -> Iterator[Quad]:
    """Every statement of the graph as RDF, in the graph's own (deterministic) order: the
    default graph plus an assertion and a provenance graph per article. Writers stream
    these; :func:`to_dataset` collects them. What is said of one resource comes in one run
    (links between claims aside), so a reader can take the stream a part at a time."""
    mint = _Minter(base)
    publishers = {source: target for source, target, _, data in graph.edges
                  if data["label"] == "published_by"}
    for node, data in graph.nodes:
        kind = data["type"]
        if kind == "claim":
            continue
        iri = mint.node(node)
        yield iri, RDFS.label, ox.Literal(data["label"]), None
        if kind == "article":
            yield from _article(iri, data)
            if node in publishers:  # with the article: its statements stay together
                yield iri, SDO.publisher, mint.node(publishers[node]), None
        elif kind == "event":
            yield from _event(mint, iri, data)
        else:
            for cls in ENTITY_CLASSES[kind]:
                yield iri, RDF.type, cls, None
            if "name" in data:  # a name of nothing a format can carry is not written
                yield iri, SDO.name, ox.Literal(data["name"]), None
    declared: set[Quad] = set()  # what claims share: an article's graphs, a rule, a predicate
    links = graph.claim_targets()
    for node, data in graph.nodes:
        if data["type"] == "claim":
            yield from _claim(mint, links[node], node, data)
            for quad in _shared(mint, links[node], data):
                if quad not in declared:
                    declared.add(quad)
                    yield quad
    for source, target, _, data in graph.edges:
        relation = data["label"]
        if relation == "contradicts":
            yield from _contradiction(mint, source, target, data)
        elif relation in ("supersedes", "related"):
            yield mint.node(source), KG[relation], mint.node(target), None


def rdflib_quads(graph: GraphElements, base: str = DEFAULT_BASE_IRI) -> Iterator[RdflibQuad]:
    """The statements of :func:`quads` as rdflib terms, for rdflib's graphs and pySHACL."""
    iris: dict[str, URIRef] = {}  # IRIs recur (a claim's in a dozen statements)

    def iri(node: ox.NamedNode) -> URIRef:
        found = iris.get(node.value)
        if found is None:
            found = iris[node.value] = URIRef(node.value)
        return found

    for subject, predicate, obj, name in quads(graph, base):
        if isinstance(obj, ox.Literal):
            plain = obj.language or obj.datatype == XSD.string
            obj = rdflib.Literal(obj.value, lang=obj.language,
                                 datatype=None if plain else iri(obj.datatype))
        else:
            obj = iri(obj)
        yield iri(subject), iri(predicate), obj, name and iri(name)


def to_dataset(graph: GraphElements, base: str = DEFAULT_BASE_IRI) -> Dataset:
    """The graph as an rdflib dataset, for SPARQL over it, SHACL and Python users."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    default = dataset.default_graph
    for subject, predicate, obj, name in rdflib_quads(graph, base):
        target = default if name is None else dataset.graph(name)
        target.add((subject, predicate, obj))
    return dataset


def to_rdf(graph: GraphElements, base: str = DEFAULT_BASE_IRI) -> Graph:
    """Every triple in one rdflib graph, named graphs merged."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for subject, predicate, obj, _ in rdflib_quads(graph, base):
        union.add((subject, predicate, obj))
    return union


def _article(iri: ox.NamedNode, data: dict) -> Iterator[Quad]:
    yield iri, RDF.type, SDO.NewsArticle, None
    if "title" in data:
        yield iri, SDO.headline, ox.Literal(data["title"]), None
        yield iri, DCTERMS.title, ox.Literal(data["title"]), None
    if "published" in data:
        yield iri, SDO.datePublished, _date(data["published"]), None
    yield iri, KG.publishedInferred, _boolean(data["published_inferred"]), None
    yield iri, KG.path, ox.Literal(data["path"]), None
    if "url" in data:
        yield iri, SDO.url, ox.Literal(data["url"], datatype=XSD.anyURI), None


def _event(mint: _Minter, iri: ox.NamedNode, data: dict) -> Iterator[Quad]:
    yield iri, RDF.type, SDO.Event, None
    if "name" in data:
        yield iri, SDO.name, ox.Literal(data["name"]), None
    if "date" in data:
        yield iri, SDO.startDate, _date(data["date"]), None
    if "place" in data:
        yield iri, SDO.location, ox.Literal(data["place"]), None
    if "series" in data:
        series = mint("series", slugify(data["series"]))
        yield iri, SDO.superEvent, series, None
        yield series, RDF.type, SDO.EventSeries, None
        yield series, SDO.name, ox.Literal(data["series"]), None
        yield series, RDFS.label, ox.Literal(data["series"]), None


def _claim(mint: _Minter, targets: dict[str, str], node: str, data: dict) -> Iterator[Quad]:
    iri = mint.node(node)
    article_id = targets["published_in"].partition(":")[2]
    assertion = mint("graph", article_id, "assertion")
    provenance = mint("graph", article_id, "provenance")
    article = mint.node(targets["published_in"])

    yield iri, RDF.type, SDO.Claim, assertion
    yield iri, RDFS.label, ox.Literal(data["label"]), assertion
    for name, prop in CLAIM_LITERALS.items():
        if name in data:
            yield iri, prop, ox.Literal(data[name]), assertion
    if "stated_on" in data:
        yield iri, KG.statedOn, _date(data["stated_on"]), assertion
    statement = mint("claim", node.partition(":")[2], "proposition")
    yield iri, KG.proposition, statement, assertion
    yield statement, RDF.type, RDF.Statement, assertion
    yield statement, RDF.subject, mint.node(targets["subject"]), assertion
    yield statement, RDF.predicate, mint("predicate", data["predicate"]), assertion
    target = targets.get("object") or targets.get("event")
    if target:
        yield statement, RDF.object, mint.node(target), assertion
    if "event" in targets:
        yield statement, KG.event, mint.node(targets["event"]), assertion
    evidence = mint("claim", node.partition(":")[2], "evidence")
    yield iri, KG.evidence, evidence, assertion
    yield evidence, RDF.type, OA.TextQuoteSelector, assertion
    yield evidence, RDF.type, OA.TextPositionSelector, assertion
    if "evidence" in data:
        yield evidence, OA.exact, ox.Literal(data["evidence"]), assertion
    yield evidence, OA.start, _count(data["evidence_start"]), assertion
    yield evidence, OA.end, _count(data["evidence_end"]), assertion
    yield evidence, DCTERMS.isPartOf, article, assertion

    yield iri, PROV.wasAttributedTo, mint.node(targets["claimant"]), provenance
    if "reported_by" in targets:
        yield iri, KG.reportedBy, mint.node(targets["reported_by"]), provenance
    yield iri, PROV.wasDerivedFrom, article, provenance
    rule = mint("rule", data.get("rule", "unknown"))
    yield iri, PROV.wasGeneratedBy, rule, provenance
    if "model" in data:
        yield iri, KG.parsedWith, ox.Literal(data["model"]), provenance
    if "stated_on" in data:
        yield iri, PROV.generatedAtTime, ox.Literal(f"{data['stated_on']}T00:00:00",
                                                 datatype=XSD.dateTime), provenance


def _shared(mint: _Minter, targets: dict[str, str], data: dict) -> Iterator[Quad]:
    """What a claim states that its article's other claims, or claims by the same rule or on
    the same predicate, state too: its assertion graph's source, its rule, its predicate."""
    article_id = targets["published_in"].partition(":")[2]
    yield (mint("graph", article_id, "assertion"), PROV.wasDerivedFrom,
           mint("article", article_id), mint("graph", article_id, "provenance"))
    rule = mint("rule", data.get("rule", "unknown"))
    yield rule, RDF.type, PROV.Activity, None
    yield rule, RDFS.label, ox.Literal(f"extraction rule {data.get('rule', 'unknown')}"), None
    predicate = mint("predicate", data["predicate"])
    yield predicate, RDF.type, RDF.Property, None
    yield predicate, RDFS.label, ox.Literal(data["predicate"]), None


def _contradiction(mint: _Minter, earlier: str, later: str, data: dict) -> Iterator[Quad]:
    iri = mint("contradiction", data["contradiction"])
    yield iri, RDF.type, KG.Contradiction, None
    yield iri, RDFS.label, ox.Literal(data["explanation"]), None
    yield iri, KG.claimA, mint.node(earlier), None
    yield iri, KG.claimB, mint.node(later), None
    yield iri, KG.contradictionKind, ox.Literal(data["kind"]), None
    yield iri, KG.contradictionStatus, ox.Literal(data["status"]), None
    yield iri, KG.strength, ox.Literal(data["strength"]), None
    yield iri, KG.explanation, ox.Literal(data["explanation"]), None
    for name, prop in (("held", KG.held), ("settled_by", KG.settledBy)):
        if name in data:
            yield iri, prop, mint("claim", data[name]), None
    yield mint.node(earlier), KG.contradicts, mint.node(later), None


def serialized(graph: GraphElements, base: str, format_name: str) -> bytes:
    """The graph in an RDF syntax (``turtle``, ``ntriples``, ``trig``) written by
    pyoxigraph's serializer, hundreds of times faster than rdflib's on large graphs.
    Turtle triples go out grouped by subject, TriG graphs by name, default first; the same
    graph always gives the same bytes."""
    if format_name == "trig":
        rows = sorted(quads(graph, base),
                      key=lambda q: (q[3] is not None, q[3].value if q[3] else ""))
        statements = (ox.Quad(s, p, o, g or ox.DefaultGraph()) for s, p, o, g in rows)
        syntax = ox.RdfFormat.TRIG
    elif format_name == "turtle":
        rows = sorted(quads(graph, base), key=lambda q: (q[0].value, q[1].value))
        statements = (ox.Triple(s, p, o) for s, p, o, _ in rows)
        syntax = ox.RdfFormat.TURTLE
    else:  # one statement per line: the writer sorts the lines
        statements = (ox.Triple(s, p, o) for s, p, o, _ in quads(graph, base))
        syntax = ox.RdfFormat.N_TRIPLES
    prefixes = {**PREFIXES, **{kind: f"{check_base_iri(base)}{kind}/" for kind in ID_KINDS}} \
        if format_name != "ntriples" else None
    return ox.serialize(statements, format=syntax, prefixes=prefixes)
