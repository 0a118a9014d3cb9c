"""Check RDF against kg's SHACL shapes with pySHACL, and say plainly what is wrong."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import ExportError
from kg.rdf.statements import RdflibQuad

__all__ = ["RDF_FORMATS", "Report", "Violation", "load_rdf", "shapes", "validate",
           "validate_in_parts"]

# File extensions of the RDF kg reads back, with rdflib's parser names.
RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld",
               ".nq": "nquads"}


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def shapes() -> Graph:
    """kg's SHACL shapes (``schemas/shapes.ttl``)."""
    return Graph().parse(data=files("kg.rdf").joinpath("shapes.ttl").read_text("utf-8"),
                         format="turtle")


def load_rdf(path: Path) -> Graph:
    """Every triple of an RDF file, named graphs merged; the format comes from the extension."""
    parser = RDF_FORMATS.get(path.suffix.lower())
    if parser is None:
        raise ExportError(f"{path}: not an RDF file kg reads ({', '.join(RDF_FORMATS)})")
    try:
        dataset = Dataset()
        dataset.parse(path, format=parser)
    except (OSError, ValueError, SyntaxError) as error:
        reason = " ".join(str(error).split())[:200]  # rdflib's messages span lines
        raise ExportError(f"{path}: cannot parse as {parser}: {reason}") from error
    merged = Graph()
    for quad in dataset.quads((None, None, None, None)):
        merged.add(quad[:3])
    return merged


def validate(data: Graph, shacl: Graph | None = None) -> Report:
    """Whether ``data`` conforms to kg's shapes (or to ``shacl``), with each violation."""
    from pyshacl import validate as shacl_validate  # imported here: it is slow to load

    conforms, results, _ = shacl_validate(data, shacl_graph=shacl or shapes(),
                                          inference="none")
    violations = sorted(
        Violation(focus=str(results.value(result, SH.focusNode)),
                  path=str(results.value(result, SH.resultPath) or ""),
                  message=str(results.value(result, SH.resultMessage) or "does not conform"))
        for result in results.subjects(SH.resultSeverity, SH.Violation)
    )
    return Report(conforms=bool(conforms), violations=violations)


PART_SIZE = 50_000  # statements checked together


def validate_in_parts(statements: Callable[[], Iterable[RdflibQuad]],
                      part_size: int = PART_SIZE) -> Report:
    """:func:`validate` over a stream of statements a part at a time, so memory stays that of
    one part however large the graph. Each part checks the resources first described in it,
    with the classes of everything it links to (read in a first pass over the stream). A
    part ends only where a resource the shapes target begins, so the stream must say what
    it says of one such resource, and of the nodes it holds (a claim's statement and
    evidence), in one run."""
    classes: dict[object, list[object]] = defaultdict(list)
    for subject, predicate, obj, _ in statements():
        if predicate == RDF.type:
            classes[subject].append(obj)
    checked, markers = _marked_shapes()
    described: set[object] = set()
    violations: list[Violation] = []
    part: list[RdflibQuad] = []
    focus: list[object] = []
    for quad in statements():
        subject = quad[0]
        if subject not in described:
            if len(part) >= part_size and markers.keys() & set(classes.get(subject, ())):
                violations += _violations(part, focus, classes, checked, markers)
                part, focus = [], []
            described.add(subject)
            focus.append(subject)
        part.append(quad)
    if focus:
        violations += _violations(part, focus, classes, checked, markers)
    return Report(conforms=not violations, violations=sorted(violations))


def _marked_shapes() -> tuple[Graph, dict[object, URIRef]]:
    """kg's shapes targeting a marker class in place of each class they target, and the
    marker of each class: a part marks the resources it checks, while those it only links
    to keep their own classes (for ``sh:class``) without being checked."""
    marked = shapes()
    markers: dict[object, URIRef] = {}
    for shape, cls in list(marked.subject_objects(SH.targetClass)):
        marker = markers.setdefault(cls, URIRef(f"urn:kg:checked:{cls}"))
        marked.remove((shape, SH.targetClass, cls))
        marked.add((shape, SH.targetClass, marker))
    return marked, markers


def _violations(part: list[RdflibQuad], focus: list[object], classes: dict[object, list[object]],
                checked: Graph, markers: dict[object, URIRef]) -> list[Violation]:
    """What the ``checked`` shapes find wrong with the ``focus`` resources of one part."""
    data = Graph()
    for subject, predicate, obj, _ in part:
        data.add((subject, predicate, obj))
    for linked in {node for subject, _, obj, _ in part for node in (subject, obj)}:
        for cls in classes.get(linked, ()):
            data.add((linked, RDF.type, cls))
    for subject in focus:
        for cls in classes.get(subject, ()):
            if cls in markers:
                data.add((subject, RDF.type, markers[cls]))
    return validate(data, checked).violations
