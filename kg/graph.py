"""The knowledge graph: the nodes and edges of everything the store holds, as plain
lists the exporters write, and as a networkx MultiDiGraph for Python users.

Node ids are ``<type>:<id>`` (``claim:…``, ``article:…``, ``entity:…``, ``event:…``);
every node has a ``label`` and a ``type``, and attributes are scalars with no
None values, so each exporter can write them as they are. Nodes come in sorted order
and edges grouped by the node they leave, as networkx lists them, so the same store
always gives the same graph, in lists or in networkx.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

import networkx as nx

from kg.bulk import no_cycle_collection
from kg.models import Article, Claim, Contradiction, Entity, Event, carried, slugify

# What a claim links to: its claimant, relaying voice, proposition and article.
CLAIM_RELATIONS = ("claimant", "reported_by", "subject", "object", "event", "published_in")

EDGE_LABELS = (
    *CLAIM_RELATIONS,
    "published_by",
    "contradicts",
    "supersedes",
    "related",
)

Node = tuple[str, dict[str, object]]
Edge = tuple[str, str, str, dict[str, object]]  # source, target, key (relation), attributes


@dataclass(frozen=True)
class GraphElements:
    """A graph as the exporters read it: its nodes, then its edges, in order. Lists are
    several times cheaper to build and walk than a networkx graph of 100k claims; the
    networkx graph is made from them when asked for."""

    nodes: list[Node]
    edges: list[Edge]
    directed: bool = True

    @classmethod
    def of(cls, graph: nx.MultiDiGraph | nx.MultiGraph) -> GraphElements:
        """The elements of a networkx multigraph, in its own order."""
        return cls(list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True)),
                   graph.is_directed())

    @cached_property
    def networkx(self) -> nx.MultiDiGraph | nx.MultiGraph:
        graph = nx.MultiDiGraph() if self.directed else nx.MultiGraph()
        graph.add_nodes_from(self.nodes)
        graph.add_edges_from(self.edges)
        return graph

    @cached_property
    def types(self) -> dict[str, object]:
        """Each node's type, by id."""
        return {node: data.get("type") for node, data in self.nodes}

    def claim_targets(self) -> dict[str, dict[str, str]]:
        """What each claim links to, by relation: claimant, subject, event, article, ..."""
        targets: dict[str, dict[str, str]] = defaultdict(dict)
        for source, target, _, data in self.edges:
            if data.get("label") in CLAIM_RELATIONS and self.types.get(source) == "claim":
                targets[source][data["label"]] = target
        return targets


def node_id(kind: str, identifier: str) -> str:
    return f"{kind}:{carried(identifier)}"


def _attributes(**values: object) -> dict[str, object]:
    """Node or edge attributes without empty values; dates and enums as strings."""
    return _present({name: value if value is None or isinstance(value, bool | int | float)
                     else getattr(value, "value", None) or str(value)
                     for name, value in values.items()})


def claim_label(claim: Claim) -> str:
    target = claim.target_name or ""
    negation = "not " if claim.polarity.value == "negative" else ""
    proposition = f"{claim.subject.name} {negation}{claim.predicate} {target}".strip()
    return f"{claim.claimant.name}: {proposition}"


class _Edges:
    """Edges kept as networkx keeps a multigraph's: by the node they leave, then by the
    node they reach (in the order first linked), then by key; adding an edge again
    updates its attributes. Ends not yet nodes become bare nodes, as in networkx."""

    def __init__(self, nodes: dict[str, dict[str, object]]) -> None:
        self.nodes = nodes
        self.out: dict[str, dict[str, dict[str, dict[str, object]]]] = {}

    def add(self, source: str, target: str, key: str, data: dict[str, object]) -> None:
        self.add_all(source, ((key, target, data),))

    def add_all(self, source: str, links: Iterable[tuple[str, str, dict[str, object]]]
                ) -> None:
        """Edges from ``source``: (key, target, attributes) each."""
        nodes = self.nodes
        if source not in nodes:
            nodes[source] = {}
        targets = self.out.setdefault(source, {})
        for key, target, data in links:
            if target not in nodes:
                nodes[target] = {}
            keyed = targets.setdefault(target, {})
            keyed[key] = {**keyed[key], **data} if key in keyed else data

    def in_order(self) -> list[Edge]:
        return [(source, target, key, data) for source in self.nodes if source in self.out
                for target, keyed in self.out[source].items() for key, data in keyed.items()]


@no_cycle_collection()
def graph_elements(
    articles: Iterable[Article],
    entities: Iterable[Entity],
    events: Iterable[Event],
    claims: Iterable[Claim],
    contradictions: Iterable[Contradiction] = (),
    related: Iterable[tuple[str, str]] = (),
) -> GraphElements:
    """One graph of articles, publishers, entities, events, claims and their contradictions."""
    nodes: dict[str, dict[str, object]] = {}
    edges = _Edges(nodes)
    for entity in sorted(entities, key=lambda e: e.id):
        nodes[node_id("entity", entity.id)] = _attributes(
            label=_label(entity.name, entity.id), type=entity.type, name=entity.name)
    for event in sorted(events, key=lambda e: e.id):
        nodes[node_id("event", event.id)] = _attributes(
            label=_label(event.name, event.id), type="event", name=event.name, date=event.date,
            series=event.series, place=event.place)
    for article in sorted(articles, key=lambda a: a.id):
        nodes[node_id("article", article.id)] = _attributes(
            label=_label(article.title, article.path, article.id), type="article",
            title=article.title,
            path=article.path, url=article.url, published=article.published,
            published_inferred=article.published_inferred)
        if article.publisher and carried(article.publisher):
            publisher = node_id("entity", slugify(article.publisher))
            if publisher not in nodes:
                nodes[publisher] = _attributes(label=article.publisher, type="publication",
                                               name=article.publisher)
            edges.add(node_id("article", article.id), publisher, "published_by",
                      {"label": "published_by"})
    relation_data = {relation: {"label": relation} for relation in EDGE_LABELS}
    for claim in sorted(claims, key=lambda c: c.id):
        node = node_id("claim", claim.id)
        nodes[node] = _claim_attributes(claim)
        edges.add_all(node, ((relation, target, relation_data[relation])
                             for relation, target in _claim_links(claim)))
    for contradiction in sorted(contradictions, key=lambda c: c.id):
        edges.add(node_id("claim", contradiction.a), node_id("claim", contradiction.b),
                  "contradicts", _contradiction_attributes(contradiction))
        loser = contradiction.b if contradiction.held == contradiction.a else contradiction.a
        if contradiction.settled_by and contradiction.held and contradiction.settled_by != loser:
            edges.add(node_id("claim", contradiction.settled_by), node_id("claim", loser),
                      "supersedes", relation_data["supersedes"])
    for one, other in related:
        edges.add(node_id("claim", one), node_id("claim", other), "related",
                  relation_data["related"])
    return GraphElements(list(nodes.items()), edges.in_order())


def _claim_attributes(claim: Claim) -> dict[str, object]:
    """A claim node's attributes, as :func:`_attributes` would make them: written out, since
    a store holds hundreds of thousands of claims."""
    stated_on, precision = claim.stated_on, claim.stated_on_precision
    values = {
        "label": claim_label(claim), "type": "claim", "kind": claim.kind.value,
        "predicate": claim.predicate, "polarity": claim.polarity.value,
        "certainty": claim.certainty.value,
        "stated_on": stated_on and stated_on.isoformat(),
        "stated_on_precision": precision and precision.value,
        "evidence": claim.evidence.text, "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end, "rule": claim.rule, "model": claim.model,
    }
    return _present(values)


def _contradiction_attributes(contradiction: Contradiction) -> dict[str, object]:
    """A contradicts edge's attributes, as :func:`_attributes` would make them."""
    values = {
        "label": "contradicts", "contradiction": contradiction.id,
        "kind": contradiction.kind.value, "status": contradiction.status.value,
        "strength": contradiction.strength.value, "held": contradiction.held,
        "settled_by": contradiction.settled_by, "explanation": contradiction.explanation,
    }
    return _present(values)


def _label(*names: str | None) -> str:
    """The first of ``names`` that has something left once carried (a node needs a label)."""
    return next(name for name in names if name and carried(name))


def _present(values: dict[str, object]) -> dict[str, object]:
    """``values`` without the empty ones (None, ""), which no graph format can carry, and
    their text as every format can carry it (:func:`kg.models.carried`)."""
    present = {}
    for name, value in values.items():
        if isinstance(value, str) and not value.isprintable():  # most text: nothing to do
            value = carried(value)
        if value is not None and value != "":
            present[name] = value
    return present


def _claim_links(claim: Claim) -> Iterator[tuple[str, str]]:
    """What a claim links to: (relation, node), in the order of :data:`CLAIM_RELATIONS`."""
    if claim.claimant:
        yield "claimant", node_id("entity", claim.claimant.id)
    if claim.reported_by:
        yield "reported_by", node_id("entity", claim.reported_by.id)
    yield "subject", node_id("entity", claim.subject.id)
    if claim.object:
        yield "object", node_id("entity", claim.object.id)
    if claim.event:
        yield "event", node_id("event", claim.event.id)
    yield "published_in", node_id("article", claim.article_id)


# Node types the actors view keeps.
ACTOR_TYPES = frozenset({"person", "organization", "publication"})

VIEWS = ("full", "actors")


def actors_view(graph: GraphElements) -> GraphElements:
    """People and organizations, linked by how often they agree (same proposition, same
    polarity) and contradict each other (opposite polarity), as ``weight``."""
    voices: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    data_of = dict(graph.nodes)
    for node, targets in graph.claim_targets().items():
        if graph.types.get(targets["claimant"]) in ACTOR_TYPES:
            key = (targets["subject"], data_of[node]["predicate"],
                   targets.get("object") or targets.get("event", ""))
            voices[key].add((targets["claimant"], data_of[node]["polarity"]))
    weights: Counter[tuple[str, str, str]] = Counter()
    for group in voices.values():
        for (one, polarity), (other, other_polarity) in combinations(sorted(group), 2):
            if one != other:
                relation = "agrees" if polarity == other_polarity else "contradicts"
                weights[(one, other, relation)] += 1
    nodes = sorted((node, data) for node, data in graph.nodes
                   if data.get("type") in ACTOR_TYPES)
    edges = [(one, other, relation, {"label": relation, "weight": weight})
             for (one, other, relation), weight in sorted(weights.items())]
    return GraphElements(nodes, edges, directed=False)


def start_days(graph: GraphElements) -> dict[str, str]:
    """The day each node starts, so a timeline can play the story: a claim starts when it
    was stated, an article when published, and any other node at the earliest claim or
    article that links to it."""
    start: dict[str, str] = {}
    for node, data in graph.nodes:
        day = data.get("stated_on") if data.get("type") == "claim" else data.get("published")
        if day:
            start[node] = day
    linked: dict[str, str] = {}
    for source, target, _, _ in graph.edges:
        if source in start and graph.types.get(target) not in ("claim", "article"):
            linked[target] = min(linked.get(target, start[source]), start[source])
    return {**start, **linked}


def edge_id(source: str, target: str, key: str) -> str:
    """An edge's id in the graph formats, unique in a graph: its ends and relation."""
    return f"{source}|{key}|{target}"


def view_of(graph: GraphElements, view: str) -> GraphElements:
    """The full graph, or the actors view of it."""
    return actors_view(graph) if view == "actors" else graph
