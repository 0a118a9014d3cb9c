"""Analyses over stored claims: where the record contradicts itself."""

from kg.analyse.contradictions import find_contradictions

__all__ = ["find_contradictions"]
