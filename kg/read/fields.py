"""What a format reader finds in a file, before cleaning and date inference."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ArticleFields:
    """Raw text plus whatever metadata the file's format carries."""

    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    # Where the outlet's own furniture ("All rights reserved. …") is looked for: the record
    # alone for a record of a JSON file; None for the whole file the article came in.
    page: str | None = None
