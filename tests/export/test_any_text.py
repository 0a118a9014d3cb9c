"""Whatever text reaches them, the six formats parse in an independent parser (pyoxigraph
for RDF, lxml for XML) and give back the same value: the text as :func:`carried` keeps it."""

import pyoxigraph as ox
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from kg.export import EXPORTERS, text_of
from kg.graph import graph_elements
from kg.models import Article, Entity, EntityRef, Evidence, carried
from tests.helpers import make_claim

# Any code point, lone surrogates included (a JSON escape can make one).
TEXT = st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=12)
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


def _elements(name: str, title: str, evidence: str):
    speaker = EntityRef(id="lumo-wire", name=name, type="organization")
    claim = make_claim("c1", "lumo-wire", "positive", event=None).model_copy(update={
        "claimant": speaker, "evidence": Evidence(text=evidence, start=0, end=len(evidence))})
    article = Article(id="a1", path="a1.txt", title=title, publisher=name, text="x")
    entities = [Entity(id="lumo-wire", name=name, type="organization"),
                Entity(id="kim-jong-un", name="Kim Jong Un", type="person")]
    return graph_elements([article], entities, [], [claim], [])


def _values(text: str, format_name: str) -> set[str]:
    """Every literal, attribute value and element text the file holds, as its parser reads
    it."""
    if format_name in RDF_FORMATS:
        return {quad.object.value for quad in ox.parse(text.encode("utf-8"),
                                                          RDF_FORMATS[format_name])
                if isinstance(quad.object, ox.Literal)}
    values = set()
    for element in etree.fromstring(text.encode("utf-8")).iter():
        values |= set(element.attrib.values()) | ({element.text} if element.text else set())
    return values


@given(name=TEXT, title=TEXT, evidence=TEXT)
@example(name="Lumo\x0cWire", title="\x00\ufffe", evidence="said\u2028so\r\n\ud800")
@example(name="\u0234\ud800", title="0", evidence="0")  # a name kg must hash to an id
@settings(max_examples=300, deadline=None)
def test_any_text_reads_back_the_same_from_every_format(name, title, evidence):
    graph = _elements(name, title, evidence)
    for format_name in sorted(EXPORTERS):
        values = _values(text_of(graph, format_name), format_name)
        for written in (name, title, evidence):
            if carried(written):  # nothing left: the value is not written at all
                assert carried(written) in values, (format_name, written)


def test_what_no_format_carries_is_dropped_and_line_breaks_become_newlines():
    assert carried("Lumo\x00 Wire\ufffe") == "Lumo Wire"
    assert carried("page\x0cbreak\u2028line\x85end") == "page\nbreak\nline\nend"
    assert carried("lone \ud800 half") == "lone \ufffd half"
    assert carried("tab\tnew\nreturn\r kept") == "tab\tnew\nreturn\r kept"
