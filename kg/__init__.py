"""kg: a claim-tracking knowledge graph for news."""

__version__ = "0.1.0"
