"""Read article files into clean :class:`~kg.models.Article` records.

Each format has a small reader in this package, registered in :data:`READERS`
by file extension; every reader returns raw fields, and :func:`read_articles`
cleans the text and settles title, publisher and date the same way for all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import ReadError
from kg.models import Article, short_hash
from kg.read.clean import clean_text, paragraphs
from kg.read.fields import ArticleFields
from kg.read.jsondoc import read_json_article
from kg.read.metadata import infer_published, publisher_from_text
from kg.read.text import read_text_article

__all__ = ["READERS", "article_files", "read_articles"]

Reader = Callable[[str], list[ArticleFields]]

READERS: dict[str, Reader] = {
    ".txt": read_text_article,
    ".md": read_text_article,
    ".json": read_json_article,
}

MAX_BYTES = 5 * 1024 * 1024


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to read: each file named, and every readable file below each folder, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
            )
        else:
            yield path


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{path}: binary file, not an article")
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _article(fields: ArticleFields, path: Path, raw: str) -> Article:
    text = clean_text(fields.text)
    if not text:
        raise ReadError(f"{path}: no article text left after removing page furniture")
    published, inferred = fields.published, False
    if published is None:
        published = infer_published(text)
        inferred = published is not None
    return Article(
        id=short_hash(text),
        path=str(path),
        title=fields.title or paragraphs(text)[0],
        publisher=fields.publisher or publisher_from_text(raw),
        published=published,
        published_inferred=inferred,
        text=text,
    )


def read_articles(path: Path) -> list[Article]:
    """Every article in one file; raises :class:`ReadError` naming the file and the reason."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(f"{path}: larger than {MAX_BYTES} bytes")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror}") from error
    raw = _decode(data, path)
    try:
        records = reader(raw)
    except ReadError as error:
        raise ReadError(f"{path}: {error}") from error
    return [_article(fields, path, raw) for fields in records]
