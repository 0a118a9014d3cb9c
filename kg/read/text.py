"""Plain-text articles: the body as is, with an optional ``␠date YYYY-MM-DD Title`` first line."""

from __future__ import annotations

import re
from datetime import date

from kg.read.fields import ArticleFields

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<title>.+?)\s*$")


def read_text_article(content: str) -> list[ArticleFields]:
    """One article; a leading date line gives the date and title and stays as the headline."""
    first, _, rest = content.lstrip("\ufeff").partition("\n")
    match = _DATE_LINE.match(first)
    if match is None:
        return [ArticleFields(text=content)]
    title = match.group("title")
    published = date.fromisoformat(match.group("date"))
    return [ArticleFields(text=f"{title}\n{rest}", title=title, published=published)]
