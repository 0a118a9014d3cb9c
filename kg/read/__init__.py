"""Read article files into clean :class:`~kg.models.Article` records.

Each format has a small reader in this package, registered in :data:`READERS`
by file extension (a file with another extension is recognized by its content);
every reader returns raw fields, and :func:`read_path` cleans the text and
settles title, publisher and date the same way for all formats.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from kg.errors import ReadError
from kg.models import Article, carried, short_hash
from kg.read.clean import clean_text, paragraphs
from kg.read.decode import decode, shown_path
from kg.read.fields import ArticleFields
from kg.read.html import read_html_article
from kg.read.jsondoc import plain, read_json_article, read_jsonl_article
from kg.read.metadata import (
    byline_date,
    dateline_date,
    infer_published,
    publisher_from_text,
    title_without_outlet,
)
from kg.read.text import read_text_article

__all__ = ["DEFAULT_MAX_BYTES", "NO_OVERRIDES", "READERS", "Overrides", "ReadResult",
           "article_files", "read_path", "relative_name"]

Reader = Callable[[str], list[ArticleFields | ReadError]]

READERS: dict[str, Reader] = {
    ".txt": read_text_article,
    ".md": read_text_article,
    ".html": read_html_article,
    ".htm": read_html_article,
    ".json": read_json_article,
    ".jsonl": read_jsonl_article,
}

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"
STDIN = Path("-")


@dataclass(frozen=True)
class Overrides:
    """Metadata that wins over anything found in the file (sidecar or command line)."""

    title: str | None = None
    publisher: str | None = None
    published: date | None = None

    def merge(self, other: Overrides) -> Overrides:
        """These overrides, with ``other``'s values where it has them."""
        return Overrides(other.title or self.title, other.publisher or self.publisher,
                         other.published or self.published)


NO_OVERRIDES = Overrides()


@dataclass
class ReadResult:
    """The articles in one file, and the records in it that could not be read."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def article_files(paths: Iterable[Path], follow_links: bool = False,
                  skipped: Callable[[Path, str], None] = lambda path, reason: None
                  ) -> Iterator[Path]:
    """The files to read: each path named, and every article file below each folder, sorted.
    Sidecar metadata files (``NAME.meta.json``) are not articles. Below a folder, a link
    leading out of it is followed only with ``follow_links``; it, a subfolder that cannot
    be listed, and an article file that is not a regular file (a FIFO, a broken link) are
    told to ``skipped`` with the reason."""
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            yield from sorted(_walk(path, root, follow_links, skipped, {root}))
        else:
            yield path


def _walk(folder: Path, root: Path, follow_links: bool, skipped: Callable[[Path, str], None],
          seen: set[Path]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        skipped(folder, f"cannot read this folder: {error.strerror}")
        return
    for entry in entries:
        path = Path(entry.path)
        article = path.suffix.lower() in READERS and not path.name.endswith(SIDECAR_SUFFIX)
        if not (article or entry.is_dir()):
            continue
        if entry.is_symlink() and not follow_links and not path.resolve().is_relative_to(root):
            skipped(path, "a link out of the folder, not followed (--follow-links follows it)")
        elif entry.is_dir():
            real = path.resolve()
            if real not in seen:  # a link back up the tree is walked once
                yield from _walk(path, root, follow_links, skipped, seen | {real})
        elif entry.is_file():
            yield path
        else:
            skipped(path, "a broken link" if entry.is_symlink() else "not a regular file")


def relative_name(path: Path, given: Path) -> str:
    """How an article's file is named in the store and in exports: relative to the folder
    given to kg, or by its own name when given by itself, so no local folder leaks out."""
    if path == STDIN:
        return "-"
    relative = path.relative_to(given) if path != given and given.is_dir() else Path(path.name)
    return shown_path(relative.as_posix())


def sniff(text: str) -> Reader:
    """The reader for content whose file name does not say its format."""
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>")):
        return read_html_article
    if start.startswith(("{", "[")):
        first_line = start.split("\n", 1)[0].rstrip()
        if start.startswith("{") and first_line.endswith("}") and "\n{" in text.strip():
            return read_jsonl_article
        return read_json_article
    return read_text_article


def sidecar(path: Path) -> Overrides:
    """Overrides from ``NAME.meta.json`` next to the file, if there is one."""
    meta = path.with_name(path.name + SIDECAR_SUFFIX)
    if path == STDIN or not meta.is_file():
        meta = path.with_suffix(SIDECAR_SUFFIX)
        if path == STDIN or not meta.is_file():
            return Overrides()
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        published = plain(data.get("published"))
        return Overrides(
            title=plain(data.get("title")),
            publisher=plain(data.get("publisher")),
            published=date.fromisoformat(published[:10]) if published else None,
        )
    except (OSError, ValueError, AttributeError, TypeError) as error:
        raise ReadError(f"bad sidecar {meta.name}: {error}") from error


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than ``max_bytes`` read; only regular files are opened
    (a FIFO would wait for a writer forever, a device never end)."""
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                raise ReadError("not a regular file")
            with path.open("rb") as file:
                data = file.read(max_bytes + 1)
        except OSError as error:
            raise ReadError(f"cannot read: {error.strerror}") from error
    if len(data) > max_bytes:
        raise ReadError(f"larger than {max_bytes} bytes")
    return data


def _dated(fields: ArticleFields, text: str) -> tuple[date | None, bool, str | None]:
    """Publication date, whether it was inferred, and the cue it came from."""
    if fields.published is not None:
        return fields.published, False, None
    for finder, inferred in ((byline_date, False), (dateline_date, True)):
        found = finder(fields.text)
        if found:
            return found[0], inferred, found[1]
    found = infer_published(text)
    if found:
        return found[0], True, found[1]
    return None, False, None


def _article(fields: ArticleFields, name: str, raw: str) -> Article:
    text = clean_text(carried(fields.text))
    if not text:
        raise ReadError("no article text left after removing page furniture")
    published, inferred, cue = _dated(fields, text)
    page = raw if fields.page is None else fields.page
    publisher = carried(fields.publisher or publisher_from_text(page) or "") or None
    title = carried(fields.title) if fields.title else paragraphs(text)[0]
    return Article(
        id=short_hash(text),
        path=name,
        url=carried(fields.url) if fields.url else None,
        title=title_without_outlet(title, publisher),
        publisher=publisher,
        published=published,
        published_inferred=inferred,
        published_cue=cue,
        text=text,
    )


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
              overrides: Overrides = NO_OVERRIDES, name: str | None = None) -> ReadResult:
    """Every article in one file (``-`` is standard input), stored under ``name`` (by default
    the file's own name).

    Raises :class:`ReadError` (its message without the path) when the file as a
    whole cannot be read; a bad record in a multi-record file is a problem in the
    result and the other records are still read.
    """
    raw = decode(_load(path, max_bytes))
    reader = READERS.get(path.suffix.lower()) or sniff(raw)
    overrides = sidecar(path).merge(overrides)
    result = ReadResult()
    for fields in reader(raw):
        if isinstance(fields, ReadError):
            result.problems.append(str(fields))
            continue
        fields = replace(
            fields,
            title=overrides.title or fields.title,
            publisher=overrides.publisher or fields.publisher,
            published=overrides.published or fields.published,
        )
        try:
            result.articles.append(_article(fields, name or relative_name(path, path), raw))
        except ReadError as error:
            result.problems.append(str(error))
    if not result.articles and result.problems and len(result.problems) == 1:
        raise ReadError(result.problems[0])
    return result
