"""kg's own RDF terms, for what no standard vocabulary names, and the ontology that
describes them.

:data:`TERMS` is the single table of kg's terms: the namespace :data:`KG` is closed
over it (a typo fails loudly instead of minting a new predicate), and
``schemas/kg.ttl`` is generated from it together with the standard terms kg uses.
"""

from __future__ import annotations

from typing import NamedTuple

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO, ClosedNamespace, Namespace

VOCAB_IRI = "http://example.org/kg/vocab#"
DEFAULT_BASE_IRI = "http://example.org/kg/id/"

# The W3C Web Annotation vocabulary, for evidence spans and their character offsets.
OA = Namespace("http://www.w3.org/ns/oa#")


class Term(NamedTuple):
    name: str
    kind: URIRef  # owl:Class, owl:ObjectProperty or owl:DatatypeProperty
    label: str
    comment: str
    domain: URIRef | None = None
    range: URIRef | None = None


_CLASS, _OBJECT, _DATA = OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty
_CLAIM = SDO.Claim
_CONTRADICTION = URIRef(f"{VOCAB_IRI}Contradiction")

TERMS: list[Term] = [
    Term("Group", _CLASS, "group", "A descriptive group of people, such as 'foreign leaders'."),
    Term("UnnamedSource", _CLASS, "unnamed source",
         "An anonymous claimant, such as 'sources familiar with the matter'."),
    Term("Contradiction", _CLASS, "contradiction",
         "Two claims on one proposition with opposite polarity."),
    Term("claimKind", _DATA, "claim kind",
         "announcement, statement, confirmation, denial, prediction, expectation, speculation "
         "or assessment.", _CLAIM, XSD.string),
    Term("polarity", _DATA, "polarity",
         "positive, or negative when the claim says the proposition does not hold.",
         _CLAIM, XSD.string),
    Term("certainty", _DATA, "certainty", "certain, probable or possible.", _CLAIM, XSD.string),
    Term("reportedBy", _OBJECT, "reported by",
         "Who relays the claim: in 'A said that B expected C', A relays B's claim.", _CLAIM),
    Term("parsedWith", _DATA, "parsed with",
         "The linguistic pipeline (name-version) whose parse the extraction rule read.",
         _CLAIM, XSD.string),
    Term("statedOn", _DATA, "stated on", "The day the claim was made.", _CLAIM, XSD.date),
    Term("statedOnPrecision", _DATA, "stated-on precision",
         "day, week or month: how exactly the text dates the claim.", _CLAIM, XSD.string),
    Term("proposition", _OBJECT, "proposition",
         "What the claim says, as a reified rdf:Statement of subject, predicate and object.",
         _CLAIM, RDF.Statement),
    Term("event", _OBJECT, "event", "The event the proposition is about.", RDF.Statement,
         SDO.Event),
    Term("evidence", _OBJECT, "evidence",
         "The exact span of the article text the claim rests on, with character offsets.",
         _CLAIM, OA.TextQuoteSelector),
    Term("contradicts", _OBJECT, "contradicts",
         "The earlier claim contradicts the later one.", _CLAIM, _CLAIM),
    Term("supersedes", _OBJECT, "supersedes",
         "A claim that settled or reversed an earlier one, which no longer stands.",
         _CLAIM, _CLAIM),
    Term("related", _OBJECT, "related",
         "Claims on related but different propositions (attending a parade, visiting its host "
         "country).", _CLAIM, _CLAIM),
    Term("claimA", _OBJECT, "earlier claim", "The earlier claim of a contradiction.",
         _CONTRADICTION, _CLAIM),
    Term("claimB", _OBJECT, "later claim", "The later claim of a contradiction.",
         _CONTRADICTION, _CLAIM),
    Term("contradictionKind", _DATA, "contradiction kind",
         "cross_source, self_reversal or prediction_outcome.", _CONTRADICTION, XSD.string),
    Term("contradictionStatus", _DATA, "contradiction status", "resolved, annulled or open.",
         _CONTRADICTION, XSD.string),
    Term("strength", _DATA, "strength",
         "weak when one side is only possible, else strong.", _CONTRADICTION, XSD.string),
    Term("held", _OBJECT, "held", "The claim that proved right.", _CONTRADICTION, _CLAIM),
    Term("settledBy", _OBJECT, "settled by", "The claim that settled the contradiction.",
         _CONTRADICTION, _CLAIM),
    Term("explanation", _DATA, "explanation", "Both sides of the contradiction in words.",
         _CONTRADICTION, XSD.string),
    Term("publishedInferred", _DATA, "published date inferred",
         "True when the article's date was inferred from cues in its text.",
         SDO.NewsArticle, XSD.boolean),
    Term("path", _DATA, "path", "The file the article was read from, relative to the folder "
         "given to kg.", SDO.NewsArticle,
         XSD.string),
]

KG = ClosedNamespace(VOCAB_IRI, [term.name for term in TERMS])

# Standard terms kg uses, with what they mean in kg.
STANDARD_TERMS: list[tuple[URIRef, str]] = [
    (SDO.Claim, "Every claim kg extracts."),
    (SDO.NewsArticle, "An article kg read."),
    (SDO.NewsMediaOrganization, "The outlet that published an article: a claim's source."),
    (SDO.Person, "A person who claims or is claimed about."),
    (SDO.Organization, "An organization, government or outlet."),
    (SDO.Place, "A country or city."),
    (SDO.Event, "One occurrence of an event; recurring ones share a schema:superEvent."),
    (SDO.EventSeries, "A recurring event, such as the Victory Day parade."),
    (SDO.datePublished, "When an article was published."),
    (SDO.publisher, "The outlet that published an article."),
    (PROV.wasAttributedTo, "The claimant: who made the claim."),
    (PROV.wasDerivedFrom, "The article the claim was read from."),
    (PROV.wasGeneratedBy, "The extraction rule that found the claim."),
    (PROV.generatedAtTime, "When the claim was made (its stated-on day)."),
    (DCTERMS.isPartOf, "The article an evidence span belongs to."),
    (OA.exact, "The evidence text."),
    (OA.start, "Offset of the evidence's first character in the article's cleaned text."),
    (OA.end, "Offset just after the evidence's last character."),
]


def ontology() -> Graph:
    """kg's terms and the standard ones it reuses, as an RDFS/OWL ontology."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    vocabulary = URIRef(VOCAB_IRI.rstrip("#"))
    graph.add((vocabulary, RDF.type, OWL.Ontology))
    graph.add((vocabulary, RDFS.label, Literal("kg vocabulary", lang="en")))
    graph.add((vocabulary, RDFS.comment, Literal(
        "Terms for claims extracted from news: who claimed what, about which event, when, "
        "with what certainty, and where claims contradict each other.", lang="en")))
    for term in TERMS:
        iri = KG[term.name]
        graph.add((iri, RDF.type, term.kind))
        graph.add((iri, RDFS.isDefinedBy, vocabulary))
        graph.add((iri, RDFS.label, Literal(term.label, lang="en")))
        graph.add((iri, RDFS.comment, Literal(term.comment, lang="en")))
        if term.domain is not None:
            graph.add((iri, RDFS.domain, term.domain))
        if term.range is not None:
            graph.add((iri, RDFS.range, term.range))
    graph.add((KG.Group, RDFS.subClassOf, SDO.Organization))
    graph.add((KG.UnnamedSource, RDFS.subClassOf, PROV.Agent))
    for iri, comment in STANDARD_TERMS:
        graph.add((iri, RDFS.comment, Literal(comment, lang="en")))
    return graph


PREFIXES: dict[str, str] = {
    "kg": VOCAB_IRI,
    "schema": str(SDO),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
