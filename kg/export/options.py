"""What every exporter may be asked for: the base of the IRIs it mints, and which view."""

from __future__ import annotations

from typing import NamedTuple

from kg.rdf.vocab import DEFAULT_BASE_IRI


class ExportOptions(NamedTuple):
    base_iri: str = DEFAULT_BASE_IRI
    view: str = "full"  # "full" or "actors", for the graph formats


DEFAULT_OPTIONS = ExportOptions()
