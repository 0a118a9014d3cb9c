"""The knowledge graph: a networkx MultiDiGraph of everything the store holds.

Node ids are ``<type>:<id>`` (``claim:…``, ``article:…``, ``entity:…``, ``event:…``);
every node has a ``label`` and a ``type``, and attributes are scalars with no
None values, so each exporter can write them as they are. Nodes and edges are
added in sorted order, so the same store always gives the same graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from kg.models import Article, Claim, Contradiction, Entity, Event, slugify

# What a claim links to: its claimant, relaying voice, proposition and article.
CLAIM_RELATIONS = ("claimant", "reported_by", "subject", "object", "event", "published_in")

EDGE_LABELS = (
    *CLAIM_RELATIONS,
    "published_by",
    "contradicts",
    "supersedes",
    "related",
)


def node_id(kind: str, identifier: str) -> str:
    return f"{kind}:{identifier}"


def _attributes(**values: object) -> dict[str, object]:
    """Node or edge attributes without empty values; dates and enums as strings."""
    clean = {}
    for name, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, bool | int | float):
            clean[name] = value
        else:
            clean[name] = getattr(value, "value", None) or str(value)
    return clean


def claim_label(claim: Claim) -> str:
    target = claim.target_name or ""
    negation = "not " if claim.polarity.value == "negative" else ""
    proposition = f"{claim.subject.name} {negation}{claim.predicate} {target}".strip()
    return f"{claim.claimant.name}: {proposition}"


def build_graph(
    articles: Iterable[Article],
    entities: Iterable[Entity],
    events: Iterable[Event],
    claims: Iterable[Claim],
    contradictions: Iterable[Contradiction] = (),
    related: Iterable[tuple[str, str]] = (),
) -> nx.MultiDiGraph:
    """One graph of articles, publishers, entities, events, claims and their contradictions."""
    graph = nx.MultiDiGraph()
    articles = sorted(articles, key=lambda a: a.id)
    for entity in sorted(entities, key=lambda e: e.id):
        graph.add_node(node_id("entity", entity.id),
                       **_attributes(label=entity.name, type=entity.type, name=entity.name))
    for event in sorted(events, key=lambda e: e.id):
        graph.add_node(node_id("event", event.id),
                       **_attributes(label=event.name, type="event", name=event.name,
                                     date=event.date, series=event.series,
                                     place=event.place))
    for article in articles:
        graph.add_node(node_id("article", article.id),
                       **_attributes(label=article.title or article.path, type="article",
                                     title=article.title, path=article.path, url=article.url,
                                     published=article.published,
                                     published_inferred=article.published_inferred))
        if article.publisher:
            publisher = node_id("entity", slugify(article.publisher))
            if publisher not in graph:
                graph.add_node(publisher, **_attributes(label=article.publisher,
                                                        type="publication",
                                                        name=article.publisher))
            graph.add_edge(node_id("article", article.id), publisher, key="published_by",
                           label="published_by")
    for claim in sorted(claims, key=lambda c: c.id):
        _add_claim(graph, claim)
    for contradiction in sorted(contradictions, key=lambda c: c.id):
        graph.add_edge(node_id("claim", contradiction.a), node_id("claim", contradiction.b),
                       key="contradicts",
                       **_attributes(label="contradicts", contradiction=contradiction.id,
                                     kind=contradiction.kind, status=contradiction.status,
                                     strength=contradiction.strength,
                                     held=contradiction.held,
                                     settled_by=contradiction.settled_by,
                                     explanation=contradiction.explanation))
        loser = contradiction.b if contradiction.held == contradiction.a else contradiction.a
        if contradiction.settled_by and contradiction.held and contradiction.settled_by != loser:
            graph.add_edge(node_id("claim", contradiction.settled_by), node_id("claim", loser),
                           key="supersedes", label="supersedes")
    for one, other in related:
        graph.add_edge(node_id("claim", one), node_id("claim", other), key="related",
                       label="related")
    return graph


def _add_claim(graph: nx.MultiDiGraph, claim: Claim) -> None:
    node = node_id("claim", claim.id)
    graph.add_node(node, **_attributes(
        label=claim_label(claim), type="claim", kind=claim.kind, predicate=claim.predicate,
        polarity=claim.polarity, certainty=claim.certainty, stated_on=claim.stated_on,
        stated_on_precision=claim.stated_on_precision, evidence=claim.evidence.text,
        evidence_start=claim.evidence.start, evidence_end=claim.evidence.end, rule=claim.rule,
        model=claim.model,
    ))
    targets = [
        ("claimant", claim.claimant and node_id("entity", claim.claimant.id)),
        ("reported_by", claim.reported_by and node_id("entity", claim.reported_by.id)),
        ("subject", node_id("entity", claim.subject.id)),
        ("object", claim.object and node_id("entity", claim.object.id)),
        ("event", claim.event and node_id("event", claim.event.id)),
        ("published_in", node_id("article", claim.article_id)),
    ]
    for relation, target in targets:
        if target:
            graph.add_edge(node, target, key=relation, label=relation)


# Node types the actors view keeps.
ACTOR_TYPES = frozenset({"person", "organization", "publication"})

VIEWS = ("full", "actors")


def claim_targets(graph: nx.MultiDiGraph, claim: str) -> dict[str, str]:
    """What a claim node links to, by relation: claimant, subject, event, article, ..."""
    return {relation: target for _, target, relation in graph.out_edges(claim, data="label")
            if relation in CLAIM_RELATIONS}


def actors_view(graph: nx.MultiDiGraph) -> nx.MultiGraph:
    """People and organizations, linked by how often they agree (same proposition, same
    polarity) and contradict each other (opposite polarity), as ``weight``."""
    voices: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        if data["type"] != "claim":
            continue
        targets = claim_targets(graph, node)
        if graph.nodes[targets["claimant"]]["type"] in ACTOR_TYPES:
            key = (targets["subject"], data["predicate"],
                   targets.get("object") or targets.get("event", ""))
            voices[key].add((targets["claimant"], data["polarity"]))
    weights: Counter[tuple[str, str, str]] = Counter()
    for group in voices.values():
        for (one, polarity), (other, other_polarity) in combinations(sorted(group), 2):
            if one != other:
                relation = "agrees" if polarity == other_polarity else "contradicts"
                weights[(one, other, relation)] += 1
    view = nx.MultiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        if data["type"] in ACTOR_TYPES:
            view.add_node(node, **data)
    for (one, other, relation), weight in sorted(weights.items()):
        view.add_edge(one, other, key=relation, label=relation, weight=weight)
    return view


def start_days(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The day each node starts, so a timeline can play the story: a claim starts when it
    was stated, an article when published, and any other node at the earliest claim or
    article that links to it."""
    start: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        day = data.get("stated_on") if data["type"] == "claim" else data.get("published")
        if day:
            start[node] = day
    linked: dict[str, str] = {}
    for source, target in graph.edges():
        if source in start and graph.nodes[target]["type"] not in ("claim", "article"):
            linked[target] = min(linked.get(target, start[source]), start[source])
    return {**start, **linked}


def edge_id(source: str, target: str, key: str) -> str:
    """An edge's id in the graph formats, unique in a graph: its ends and relation."""
    return f"{source}|{key}|{target}"


def view_of(graph: nx.MultiDiGraph, view: str) -> nx.MultiDiGraph | nx.MultiGraph:
    """The full graph, or the actors view of it."""
    return actors_view(graph) if view == "actors" else graph
