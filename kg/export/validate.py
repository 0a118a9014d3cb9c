"""Check RDF against kg's SHACL shapes with pySHACL, and say plainly what is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.errors import ExportError

__all__ = ["RDF_FORMATS", "Violation", "load_rdf", "shapes", "validate"]

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
    return Graph().parse(data=files("kg").joinpath("shapes.ttl").read_text("utf-8"),
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


def validate(data: Graph) -> Report:
    """Whether ``data`` conforms to kg's shapes, with each violation."""
    from pyshacl import validate as shacl_validate  # imported here: it is slow to load

    conforms, results, _ = shacl_validate(data, shacl_graph=shapes(), inference="none")
    violations = sorted(
        Violation(focus=str(results.value(result, SH.focusNode)),
                  path=str(results.value(result, SH.resultPath) or ""),
                  message=str(results.value(result, SH.resultMessage) or "does not conform"))
        for result in results.subjects(SH.resultSeverity, SH.Violation)
    )
    return Report(conforms=bool(conforms), violations=violations)
