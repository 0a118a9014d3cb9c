from datetime import date

from kg.analyse import find_contradictions
from kg.graph import GraphElements, graph_elements
from kg.models import Article, Entity, Event
from tests.helpers import make_claim


def seed_like_elements():
    claims = [
        make_claim("nis", "nis", "positive", kind="expectation", stated_on="2015-04-29"),
        make_claim("kremlin", "kremlin", "negative", kind="announcement"),
    ]
    article = Article(id="a1", path="a1.txt", title="Kremlin: no", publisher="The Daily",
                      published=date(2015, 4, 30), text="x")
    entities = [Entity(id=i, name=i.title(), type="organization")
                for i in ("nis", "kremlin", "kim-jong-un")]
    events = [Event(id="victory-day-parade-2015", name="Victory Day parade 2015",
                    date=date(2015, 5, 9), series="Victory Day parade", place="Moscow")]
    return graph_elements([article], entities, events, claims, find_contradictions(claims))


def seed_like_graph():
    return seed_like_elements().networkx


def test_nodes_are_typed_and_labelled():
    graph = seed_like_graph()
    types = {node: data["type"] for node, data in graph.nodes(data=True)}
    assert types == {
        "entity:kim-jong-un": "organization",
        "entity:kremlin": "organization",
        "entity:nis": "organization",
        "event:victory-day-parade-2015": "event",
        "article:a1": "article",
        "entity:the-daily": "publication",
        "claim:kremlin": "claim",
        "claim:nis": "claim",
    }
    assert graph.nodes["claim:kremlin"]["label"] == (
        "Kremlin: Kim Jong Un not attend victory-day-parade-2015")
    assert graph.nodes["event:victory-day-parade-2015"]["date"] == "2015-05-09"
    assert graph.nodes["event:victory-day-parade-2015"]["place"] == "Moscow"


def test_edges_link_claims_to_who_what_where():
    graph = seed_like_graph()
    edges = sorted((u, v, k) for u, v, k in graph.edges(keys=True) if u == "claim:nis")
    assert edges == [
        ("claim:nis", "article:a1", "published_in"),
        ("claim:nis", "claim:kremlin", "contradicts"),
        ("claim:nis", "entity:kim-jong-un", "subject"),
        ("claim:nis", "entity:nis", "claimant"),
        ("claim:nis", "event:victory-day-parade-2015", "event"),
    ]
    assert graph.has_edge("article:a1", "entity:the-daily", key="published_by")


def test_no_attribute_is_empty_or_none():
    graph = seed_like_graph()
    for _, data in graph.nodes(data=True):
        assert all(value is not None and value != "" for value in data.values())
    for _, _, data in graph.edges(data=True):
        assert all(value is not None and value != "" for value in data.values())


def test_a_settling_claim_supersedes_the_one_it_proved_wrong(gazetteer):
    from kg.analyse.deciders import Deciders

    claims = [
        make_claim("nis", "nis", "positive", kind="expectation", stated_on="2015-04-29"),
        make_claim("kremlin", "kremlin", "negative", kind="announcement"),
    ]
    claims = [c.model_copy(update={"event": c.event.model_copy(
        update={"name": "Victory Day parade 2015"})}) for c in claims]
    claims[1] = claims[1].model_copy(update={"claimant": claims[1].claimant.model_copy(
        update={"name": "Kremlin"})})
    graph = graph_elements([], [], [], claims,
                           find_contradictions(claims, Deciders(gazetteer))).networkx
    assert graph.has_edge("claim:kremlin", "claim:nis", key="supersedes")
    assert graph.edges["claim:nis", "claim:kremlin", "contradicts"]["status"] == "resolved"


def test_elements_list_nodes_and_edges_as_networkx_does():
    elements = seed_like_elements()
    graph = elements.networkx
    assert elements.nodes == list(graph.nodes(data=True))
    assert elements.edges == list(graph.edges(keys=True, data=True))
    assert GraphElements.of(graph) == elements


def test_a_claimant_that_is_also_the_subject_keeps_both_edges_in_networkx_order():
    claim = make_claim("kremlin", "kremlin", "negative", subject="kremlin")
    relay = make_claim("tass", "tass", "negative").claimant
    claim = claim.model_copy(update={"reported_by": relay})
    elements = graph_elements([], [], [], [claim])
    # By the node each edge reaches, in the order first reached: claimant and subject together.
    assert [(source, target, key) for source, target, key, _ in elements.edges] == [
        ("claim:kremlin", "entity:kremlin", "claimant"),
        ("claim:kremlin", "entity:kremlin", "subject"),
        ("claim:kremlin", "entity:tass", "reported_by"),
        ("claim:kremlin", "event:victory-day-parade-2015", "event"),
        ("claim:kremlin", "article:a1", "published_in"),
    ]
    assert [(s, t, k) for s, t, k in elements.networkx.edges(keys=True)] == [
        (s, t, k) for s, t, k, _ in elements.edges]
    # Ends the store did not list become bare nodes, as networkx would add them.
    assert elements.nodes[1:] == [("entity:kremlin", {}), ("entity:tass", {}),
                                  ("event:victory-day-parade-2015", {}), ("article:a1", {})]
