"""JSON articles: one object, a list of them, or JSON lines (``.jsonl``) with one object per
line. Unknown keys are ignored.

Field names are kg's own (``title``, ``url``, ``published``, ``publisher``, ``text``) or
schema.org's (``headline``, ``datePublished``, ``articleBody``); a value may be a string, a
number, a list, or a schema.org object such as ``{"@type": "Organization", "name": …}``. A
record that cannot be read comes back as a :class:`ReadError` in the list, so the file's
other records are still read.
"""

from __future__ import annotations

import json
from datetime import date

from kg.errors import ReadError
from kg.models import carried
from kg.read.fields import ArticleFields

# Each field, and the keys that may carry it in order of preference.
FIELD_KEYS = {
    "text": ("text", "articleBody", "body"),
    "title": ("title", "headline", "name"),
    "publisher": ("publisher", "sourceOrganization", "source"),
    "published": ("published", "datePublished", "date", "dateCreated"),
    "url": ("url", "mainEntityOfPage", "@id"),
}

# Keys of a schema.org object that name what it stands for, in order of preference.
OBJECT_NAME_KEYS = ("name", "@value", "url", "@id")


def plain(value: object) -> str | None:
    """A metadata value as one string: a number as written, a list by its first usable item,
    an object by its name; None when there is nothing to say."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return carried(value).strip() or None
    if isinstance(value, list):
        return next((found for found in map(plain, value) if found), None)
    if isinstance(value, dict):
        return next((found for key in OBJECT_NAME_KEYS if (found := plain(value.get(key)))),
                    None)
    return None


def _first(record: dict, name: str) -> str | None:
    return next((found for key in FIELD_KEYS[name] if (found := plain(record.get(key)))), None)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        raise ReadError(f"published is not an ISO date: {value!r}") from error


def _fields(record: object, position: int) -> ArticleFields | ReadError:
    if not isinstance(record, dict):
        return ReadError(f"record {position} is not a JSON object")
    text = next((carried(record[key]) for key in FIELD_KEYS["text"]
                 if isinstance(record.get(key), str) and record[key].strip()), None)
    if text is None:
        return ReadError(f"record {position} has no text")
    try:
        published = _published(_first(record, "published"))
    except ReadError as error:
        return ReadError(f"record {position}: {error}")
    return ArticleFields(text=text, title=_first(record, "title"),
                         publisher=_first(record, "publisher"), published=published,
                         url=_first(record, "url"), page=text)


def read_jsonl_article(content: str) -> list[ArticleFields | ReadError]:
    """Articles from JSON lines, numbered by line; blank lines are skipped."""
    records: list[ArticleFields | ReadError] = []
    for number, line in enumerate(content.split("\n"), start=1):
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
