"""kg's own RDF terms, for what no standard vocabulary names.

A ``DefinedNamespace``: referring to a term not listed here fails loudly, so a
typo cannot silently mint a new predicate.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

VOCAB_IRI = "http://example.org/kg/vocab#"
DEFAULT_BASE_IRI = "http://example.org/kg/id/"


class KG(DefinedNamespace):
    _NS = Namespace(VOCAB_IRI)
    _fail = True

    # classes
    Group: URIRef  # a descriptive group of people ("foreign leaders")
    UnnamedSource: URIRef  # an anonymous claimant ("sources familiar with the matter")
    Publication: URIRef  # a news outlet
    Contradiction: URIRef

    # claim properties
    kind: URIRef
    polarity: URIRef
    certainty: URIRef
    claimant: URIRef
    reportedBy: URIRef
    subject: URIRef
    predicate: URIRef
    object: URIRef
    event: URIRef
    statedOn: URIRef
    statedOnPrecision: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef

    # contradiction properties
    contradicts: URIRef
    supersedes: URIRef  # a settling claim over the claim it proved wrong
    related: URIRef  # claims on related but different propositions
    contradictionStatus: URIRef
    contradictionKind: URIRef
    claimA: URIRef
    claimB: URIRef
    explanation: URIRef

    # article and event properties
    path: URIRef
    publishedInferred: URIRef
    series: URIRef
