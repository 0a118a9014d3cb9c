"""Bytes to text: Unicode with or without a BOM, UTF-16, and legacy single-byte encodings.

UTF-8 is tried first and tolerates a few stray bytes. Then the common single-byte
encodings are judged by the words they yield (:data:`SINGLE_BYTE`): right, they give
words of one script in one case pattern; wrong, they give "лНЯЙБЮ" or "Ìîñêâà". When
none fits, charset-normalizer guesses (multi-byte legacy encodings such as Shift-JIS).
A file that is not text at all is refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

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


# Single-byte encodings of news in Western, Central European, Cyrillic and Greek scripts,
# in the order they are preferred when two fit equally; and how many of a text's signs
# (all but spaces: prose is mostly letters) must be letters of words that fit.
SINGLE_BYTE = ("cp1252", "cp1251", "koi8-r", "cp1250", "iso-8859-7")
WORDS_FIT = 0.7

_WORD = re.compile(r"[^\W\d_]+")


def _fits(word: str) -> bool:
    """A word as a right decoding spells it: one case pattern (lower, upper, capitalized or
    none), one script, and, in Latin script, mostly unaccented letters."""
    if not (word.islower() or word.isupper() or word.istitle() or word.lower() == word.upper()):
        return False
    scripts = {unicodedata.name(char, "?").split()[0] for char in word}
    if len(scripts) > 1:
        return False
    return scripts != {"LATIN"} or 2 * sum(not char.isascii() for char in word) <= len(word)


def _single_byte(data: bytes) -> str | None:
    """``data`` in the first of :data:`SINGLE_BYTE` whose words fit best, if they fit."""
    best, best_share = None, 0.0
    for encoding in SINGLE_BYTE:
        text = data.decode(encoding, errors="replace")
        signs = len(text) - sum(map(str.isspace, text))
        share = sum(len(word) for word in _WORD.findall(text) if _fits(word)) / max(signs, 1)
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= WORDS_FIT else None


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
    single_byte = _single_byte(data)
    if single_byte is not None:
        return single_byte
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("binary file, not an article")
    return str(best)
