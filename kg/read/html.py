"""HTML pages: main text by trafilatura, metadata from the markup.

trafilatura scores best among open-source main-content extractors, so kg uses it
for the body instead of stripping tags by hand. Title, outlet and date come from
the page's own markup (Open Graph and article meta tags, ``<time datetime>``,
JSON-LD), never from a guess: the date is None when the markup has none.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date
from html.parser import HTMLParser

import trafilatura

from kg.errors import ReadError
from kg.read.fields import ArticleFields

__all__ = ["PageMarkup", "read_html_article"]

# Meta tags that carry each field, in order of preference.
TITLE_META = ("og:title", "twitter:title")
URL_META = ("og:url", "twitter:url")
PUBLISHER_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
DATE_META = ("article:published_time", "og:article:published_time", "datepublished",
             "dc.date", "dc.date.issued", "date", "pubdate", "publish-date")

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | None) -> date | None:
    """The calendar date at the start of an ISO 8601 timestamp, as the page wrote it."""
    match = _ISO_DATE.match((value or "").strip())
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


class PageMarkup(HTMLParser):
    """Collects meta tags, the ``<title>``, ``<time datetime>`` values and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.times: list[str] = []
        self.json_ld: list[object] = []
        self.canonical: str | None = None
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "").strip() or None
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "title" or (tag == "script" and values.get("type") == "application/ld+json"):
            self._in, self._buffer = tag, []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != self._in:
            return
        content = "".join(self._buffer).strip()
        if tag == "title":
            self.title = self.title or " ".join(content.split())
        else:
            with contextlib.suppress(json.JSONDecodeError):  # a broken block tells nothing
                self.json_ld.append(json.loads(content))
        self._in = None

    def _json_ld_values(self, key: str) -> list[object]:
        found: list[object] = []
        stack = list(self.json_ld)
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if key in item:
                    found.append(item[key])
                stack.extend(item.get("@graph", []))
        return found

    def published(self) -> date | None:
        candidates = [self.meta.get(name) for name in DATE_META]
        candidates += [v for v in self._json_ld_values("datePublished") if isinstance(v, str)]
        candidates += self.times
        return next((day for day in map(iso_date, candidates) if day), None)

    def publisher(self) -> str | None:
        for name in PUBLISHER_META:
            if self.meta.get(name):
                return self.meta[name]
        for value in self._json_ld_values("publisher"):
            if isinstance(value, dict) and isinstance(value.get("name"), str):
                return value["name"]
        return None

    def url(self) -> str | None:
        """The page's own address: canonical link, Open Graph, then JSON-LD."""
        candidates = [self.canonical, *(self.meta.get(name) for name in URL_META)]
        candidates += [v for v in self._json_ld_values("url") if isinstance(v, str)]
        return next((url for url in candidates if url and url.startswith(("http://", "https://"))),
                    None)

    def page_title(self) -> str | None:
        for name in TITLE_META:
            if self.meta.get(name):
                return self.meta[name]
        headlines = [v for v in self._json_ld_values("headline") if isinstance(v, str)]
        return headlines[0] if headlines else self.title or None


def read_html_article(content: str) -> list[ArticleFields]:
    """One article: trafilatura's main text, headline first, with the page's metadata."""
    markup = PageMarkup()
    markup.feed(content)
    markup.close()
    text = trafilatura.extract(content, include_comments=False, include_tables=False,
                               include_images=False, deduplicate=False)
    if not text or not text.strip():
        raise ReadError("no article text found in the HTML")
    return [ArticleFields(text=text, title=markup.page_title(), publisher=markup.publisher(),
                          published=markup.published(), url=markup.url())]
