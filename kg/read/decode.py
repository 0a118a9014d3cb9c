"""Bytes to text: Unicode with or without a BOM, UTF-16, and legacy single-byte encodings.

UTF-8 is tried first and tolerates a few stray bytes; anything else is left to
charset-normalizer, which tells cp1251 Cyrillic from latin-1 by its letters.
A file that is not text at all is refused.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from kg.errors import ReadError

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# At most this share of bytes may be undecodable in a file still read as UTF-8.
STRAY_BYTES = 0.001

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def shown_path(path: str) -> str:
    """A path as kg stores and prints it: undecodable bytes of a file name become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes, if Python knows it."""
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: NUL bytes in the text, and one byte order that
    decodes it into words."""
    sample = data[: 4096 - 4096 % 2] if len(data) > 4096 else data[: len(data) - len(data) % 2]
    if sample.count(0) < max(2, len(sample) // 100):
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(char.isalnum() or char.isspace() or char in ".,;:'\"!?()-" for char in text)
        if readable >= 0.95 * len(text) and text.count(" ") >= len(text) // 20:
            return encoding
    return None


def decode(data: bytes) -> str:
    """The text in ``data``; raises :class:`ReadError` for empty or binary content."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return data.decode(bomless, errors="replace")
    if len(_CONTROL.findall(data[:8192])) > max(2, len(data[:8192]) // 100):
        raise ReadError("binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(1, len(data) * STRAY_BYTES):
        return text
    declared = declared_encoding(data)
    if declared is not None:
        return data.decode(declared, errors="replace")
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("binary file, not an article")
    return str(best)
