"""Plain-text and Markdown articles.

Two optional headers: a first line ``␠date YYYY-MM-DD Title`` (the title stays in
the text as its headline), or YAML-style front matter between ``---`` lines with
``title:``, ``published:``, ``publisher:`` and ``url:``.
"""

from __future__ import annotations

import re
from datetime import date

from kg.errors import ReadError
from kg.read.fields import ArticleFields

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<title>.+?)\s*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<header>.*?)\n---[ \t]*\n", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")


def _front_matter(content: str) -> tuple[dict[str, str], str] | None:
    match = _FRONT_MATTER.match(content)
    if match is None:
        return None
    fields = {}
    for line in match.group("header").splitlines():
        found = _FIELD.match(line)
        if found:
            fields[found.group("key").lower()] = found.group("value").strip("\"'")
    return fields, content[match.end():]


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        raise ReadError(f"published is not an ISO date: {value!r}") from error


def read_text_article(content: str) -> list[ArticleFields]:
    """One article, with whatever its date line or front matter says about it."""
    content = content.lstrip("\ufeff")
    header = _front_matter(content)
    if header is not None:
        fields, body = header
        return [ArticleFields(text=body, title=fields.get("title") or None,
                              publisher=fields.get("publisher") or None,
                              published=_iso(fields.get("published") or fields.get("date")),
                              url=fields.get("url") or None)]
    first, _, rest = content.partition("\n")
    match = _DATE_LINE.match(first)
    if match is None:
        return [ArticleFields(text=content)]
    title = match.group("title")
    return [ArticleFields(text=f"{title}\n{rest}", title=title,
                          published=_iso(match.group("date")))]
