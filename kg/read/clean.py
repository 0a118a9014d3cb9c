"""Strip page furniture from article text: small ``str -> str`` steps over paragraphs.

A paragraph is one non-empty line; the cleaned text joins the kept paragraphs
with blank lines, and evidence offsets index into that cleaned text.
"""

from __future__ import annotations

import re
import unicodedata

# One row per kind of page furniture; a paragraph matching any pattern is dropped.
# Adding a new kind of noise is one line here.
FURNITURE_PATTERNS: list[tuple[str, str]] = [
    ("donation appeal", r"^support (?:us|the [\w .'-]+|[\w .'-]+ journalism)\b.{0,40}$"),
    ("donation appeal", r"^support [\w .'’-]{2,40}(?:!|\btoday\b.{0,20})$"),
    ("donation appeal", r"\bwe have a small favou?r to ask\b"),
    ("donation appeal", r"\bsupport us (?:with|by|today|monthly|from)\b"),
    ("donation appeal", r"\bwe need your (?:help|support)\b"),
    ("donation appeal", r"\byour support\b.*\b(?:matters|makes|helps|keeps)\b"),
    ("donation appeal", r"\brefuse to be silenced\b"),
    ("donation appeal", r"\breader[- ]funded\b|\bmonthly donation\b|\bdonate (?:now|today|here)\b"),
    ("donation appeal", r"^(?:payment|paiment) methods$|^not ready to support\b|^remind me later"),
    ("paywall offer", r"\b(?:try|get) unlimited access\b|^unlimited access to\b"),
    ("paywall offer", r"^only [$€£]\d+(?:\.\d+)? for\b|\btrial period\b|\bcancel any ?time\b"),
    ("paywall offer", r"^subscribe\b|\bsubscribers? only\b|\ball major cards accepted\b"),
    ("paywall offer", r"^searchable archive of\b|^contact [\w .'-]+ reporters with tips\b"),
    ("newsletter prompt", r"\b(?:email )?newsletter\b.*\b(?:sign up|loop|inbox|subscribe)\b"),
    ("newsletter prompt", r"^sign up (?:for|to)\b"),
    ("related links", r"^(?:read more|related|see also|more on this story)\b:?"),
    ("cookie notice", r"\b(?:we use cookies|cookie (?:policy|settings)|accept (?:all )?cookies)\b"),
    ("share prompt", r"^share (?:this|on)\b|^(?:share|tweet|email|print)$"),
    ("copyright line", r"^(?:©|\(c\)|copyright\b)"),
    ("copyright line", r"\ball rights reserved\b"),
    ("copyright line", r"\bmay (?:not )?be reproduced\b|\bwithout (?:prior )?written permission\b"),
    ("photo credit", r"^(?:image|photo|picture|photograph)(?: credit)?s?\s*:"),
]

_FURNITURE = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in FURNITURE_PATTERNS]


_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


def normalize_text(text: str) -> str:
    """Unicode NFC, plain spaces, one kind of newline, no BOM, no trailing spaces."""
    text = _ODD_SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def furniture_kind(paragraph: str) -> str | None:
    """The kind of page furniture ``paragraph`` is, or None when it is article text."""
    if not re.search(r"[^\W\d_]", paragraph):
        return "stray punctuation"
    if re.fullmatch(r"[a-z]+", paragraph):
        return "stray word"
    for kind, pattern in _FURNITURE:
        if pattern.search(paragraph):
            return kind
    return None


def drop_furniture(paras: list[str]) -> list[str]:
    return [para for para in paras if furniture_kind(para) is None]


def drop_repeated(paras: list[str]) -> list[str]:
    """Keep the first of paragraphs the page repeats (compared ignoring spacing and case)."""
    seen: set[str] = set()
    kept = []
    for para in paras:
        key = re.sub(r"\s+", " ", para).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(para)
    return kept


def clean_text(text: str) -> str:
    """The article body without furniture or repeats, one paragraph per blank-line block."""
    return "\n\n".join(drop_repeated(drop_furniture(paragraphs(normalize_text(text)))))
