"""Who decides whether a proposition comes true: the one it is about, or the event's host.

A claim by a deciding party (the attendee, or the host country's officials) settles
the question; everyone else only predicts it. Parties are followed through the
gazetteer's affiliations: Peskov speaks for the Kremlin, which speaks for Russia.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from kg.models import Claim, EntityType


class KnownParty(Protocol):
    """What analysis needs to know of a named party."""

    type: EntityType
    affiliation: str | None
    capital_of: str | None


class KnownSeries(Protocol):
    """What analysis needs to know of a recurring event."""

    name: str
    place: str | None


class Knowledge(Protocol):
    """The names kg knows (the gazetteer the store keeps, as the pipeline reads it): analysis
    is handed it rather than loading it."""

    series: Mapping[str, KnownSeries]

    def get(self, name: str) -> KnownParty | None: ...


@dataclass
class Deciders:
    gazetteer: Knowledge

    def parties(self, name: str) -> set[str]:
        """A name with everything it speaks for: its affiliations, and a capital's country."""
        found: set[str] = set()
        pending = [name]
        while pending:
            current = pending.pop()
            if current in found:
                continue
            found.add(current)
            known = self.gazetteer.get(current)
            if known is not None:
                pending += [p for p in (known.affiliation, known.capital_of) if p]
        return found

    def one_voice(self, one: str, other: str) -> bool:
        """Whether two claimants speak as one: the same, one speaking for the other (Peskov
        for the Kremlin), or both for the same organization (two Kremlin aides; two
        ministers of one country are not one voice)."""
        if one == other or other in self.parties(one) or one in self.parties(other):
            return True
        bodies = [known.affiliation if (known := self.gazetteer.get(name)) else None
                  for name in (one, other)]
        body = self.gazetteer.get(bodies[0]) if bodies[0] == bodies[1] and bodies[0] else None
        return body is not None and body.type is EntityType.organization

    def host(self, claim: Claim) -> set[str]:
        """The parties of the place the claim's event is held in."""
        if claim.event is None:
            return set()
        for series in self.gazetteer.series.values():
            if claim.event.name.startswith(series.name) and series.place:
                return self.parties(series.place)
        return set()

    def decides(self, claim: Claim) -> bool:
        """Whether the claimant is the subject, speaks for it, or speaks for the host."""
        involved = self.parties(claim.subject.name) | self.host(claim)
        return bool(self.parties(claim.claimant.name) & involved)
