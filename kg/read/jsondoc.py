"""JSON articles: one object ``{"title", "url", "published", "publisher", "text"}`` or a list."""

from __future__ import annotations

import json
from datetime import date

from kg.errors import ReadError
from kg.read.fields import ArticleFields


def _published(value: object) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise ReadError(f"published is not an ISO date: {value!r}") from error


def _fields(record: object, position: int) -> ArticleFields:
    if not isinstance(record, dict):
        raise ReadError(f"record {position} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"record {position} has no text")
    return ArticleFields(
        text=text,
        title=record.get("title") or None,
        publisher=record.get("publisher") or None,
        published=_published(record.get("published")),
    )


def read_json_article(content: str) -> list[ArticleFields]:
    """Articles from a JSON object or array; unknown keys are ignored."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise ReadError(f"malformed JSON: {error.msg} at line {error.lineno}") from error
    records = data if isinstance(data, list) else [data]
    return [_fields(record, position) for position, record in enumerate(records, start=1)]
