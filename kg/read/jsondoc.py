"""JSON articles: one object ``{"title", "url", "published", "publisher", "text"}``, a list of
them, or JSON lines (``.jsonl``) with one object per line. Unknown keys are ignored.

A record that cannot be read comes back as a :class:`ReadError` in the list, so
the file's other records are still read.
"""

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


def _fields(record: object, position: int) -> ArticleFields | ReadError:
    if not isinstance(record, dict):
        return ReadError(f"record {position} is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(f"record {position} has no text")
    try:
        published = _published(record.get("published"))
    except ReadError as error:
        return ReadError(f"record {position}: {error}")
    return ArticleFields(
        text=text,
        title=record.get("title") or None,
        publisher=record.get("publisher") or None,
        published=published,
    )


def read_jsonl_article(content: str) -> list[ArticleFields | ReadError]:
    """Articles from JSON lines, numbered by line; blank lines are skipped."""
    records: list[ArticleFields | ReadError] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(_fields(json.loads(line), number))
        except json.JSONDecodeError as error:
            records.append(ReadError(f"record {number}: malformed JSON: {error.msg}"))
    return records


def read_json_article(content: str) -> list[ArticleFields | ReadError]:
    """Articles from a JSON object or array."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise ReadError(f"malformed JSON: {error.msg} at line {error.lineno}") from error
    records = data if isinstance(data, list) else [data]
    return [_fields(record, position) for position, record in enumerate(records, start=1)]
