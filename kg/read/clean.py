"""Strip page furniture from article text: small ``str -> str`` steps over paragraphs.

A paragraph is one non-empty line, except in hard-wrapped text (wire copy cut into lines
of one width), where a line that stops mid-sentence goes on in the next and keeps its
line break; the cleaned text joins the kept paragraphs with blank lines, and evidence
offsets index into that cleaned text.
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
    ("donation appeal", r"\bsupport us\s*(?:with|by|today|monthly|from|:)"),
    ("donation appeal", r"\bwe need your (?:help|support)\b"),
    ("donation appeal", r"\byour support\b.*\b(?:matters|makes|helps|keeps)\b"),
    ("donation appeal", r"\brefuse to be silenced\b"),
    ("donation appeal", r"\breader[- ]funded\b|\bmonthly donation\b"),
    ("donation appeal", r"\bdonate (?:now|today|here)\b|\bdepends on (?:its|our) readers\b"),
    ("donation appeal", r"\bbecome a (?:member|supporter|patron)\b"),
    ("donation appeal", r"^(?:payment|paiment) methods$|^not ready to support\b|^remind me later"),
    ("paywall offer", r"\b(?:try|get) unlimited access\b|^unlimited access to\b"),
    ("paywall offer", r"^only [$€£]\d+(?:\.\d+)? for\b|\btrial period\b|\bcancel any ?time\b"),
    ("paywall offer", r"^subscribe\b|\bsubscribers? only\b|\ball major cards accepted\b"),
    ("paywall offer", r"^searchable archive of\b|^contact [\w .'-]+ reporters with tips\b"),
    ("paywall offer", r"\byou have read \d+ of \d+\b|\bfree articles? (?:left|remaining)\b"),
    ("newsletter prompt", r"\b(?:email )?newsletter\b.*\b(?:sign up|loop|inbox|subscribe)\b"),
    ("newsletter prompt", r"^sign up\b|\bsign up now\b|\bin your inbox\b"),
    ("related links", r"^(?:read more|related(?: articles| stories| coverage)?|see also|"
                      r"more on this story|more from|more on|most (?:popular|read|viewed|shared)|"
                      r"recommended|you may also like|trending)\b:?"),
    ("social prompt", r"^follow (?:us|[\w .'-]{1,40}) on\b"),
    ("cookie notice", r"\b(?:we use cookies|uses cookies|cookie (?:policy|settings)|"
                      r"accept (?:all )?cookies)\b"),
    ("share prompt", r"^share (?:this|on)\b|^(?:share|tweet|email|print)$"),
    ("advertisement", r"^(?:advertisement|advert|sponsored(?: content)?)\b"),
    ("advertisement", r"\bstory continues below\b"),
    ("copyright line", r"^(?:©|\(c\)|copyright\b)"),
    ("copyright line", r"\ball rights reserved\b"),
    ("copyright line", r"\bmay (?:not )?be reproduced\b|\bwithout (?:prior )?written permission\b|"
                       r"\breproduction without permission\b"),
    ("photo credit", r"^(?:image|photo|picture|photograph)(?: credit)?s?\s*:"),
    ("photo credit", r"\b(?:photo|image|picture)s?(?: credit)?\s*:\s*\S|\bcredit\s*:\s*\S"),
    ("navigation bar", r"^[^|]{1,60}(?:\s\|\s[^|]{1,60})+$"),
    ("reading time", r"\b\d+ min(?:ute)?s? read\b"),
    ("market ticker", r"\bmarket data (?:delayed|provided)\b|(?:[+-]\d+(?:\.\d+)?%.*){2}"),
]

# List items: in a block of related links they are links, not article text.
LIST_ITEM = r"^(?:[-•*–]\s|\d{1,2}[.)]\s)"

_FURNITURE = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in FURNITURE_PATTERNS]
_LIST_ITEM = re.compile(LIST_ITEM)


_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


def normalize_text(text: str) -> str:
    """Unicode NFC, plain spaces, one kind of newline, no BOM, no trailing spaces."""
    text = _ODD_SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


# A line that ends a sentence, a headline or a label.
_LINE_END = re.compile(r"[.!?:;\"”’')\]]$")

# Share of lines cut mid-sentence above which a text counts as hard-wrapped, the longest line
# such a text has, and how close to that width a line must reach to count as cut.
WRAPPED_SHARE = 0.4
WRAPPED_WIDTH = 100
WRAPPED_FILL = 0.6


def _cut_at(width: int) -> int:
    return max(35, int(WRAPPED_FILL * width))


def hard_wrapped(lines: list[str]) -> bool:
    """Whether the lines are one text cut at a fixed width rather than one paragraph each:
    many lines run to about the same width and stop mid-sentence."""
    if len(lines) < 4:
        return False
    width = max(len(line) for line in lines)
    if width > WRAPPED_WIDTH:
        return False
    cut = sum(len(line) >= _cut_at(width) and not _LINE_END.search(line)
              for line in lines[:-1])
    return cut >= WRAPPED_SHARE * (len(lines) - 1)


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, stripped: its non-empty lines, or in hard-wrapped text its
    runs of lines joined where a line was cut mid-sentence (keeping the line break)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not hard_wrapped(lines):
        return lines
    width = max(len(line) for line in lines)
    joined: list[str] = []
    cut = False
    for line in lines:
        if joined and cut:
            joined[-1] += "\n" + line
        else:
            joined.append(line)
        cut = len(line) >= _cut_at(width) and not _LINE_END.search(line)
    return joined


def furniture_kind(paragraph: str) -> str | None:
    """The kind of page furniture ``paragraph`` is, or None when it is article text."""
    if not re.search(r"[^\W\d_]", paragraph):
        return "stray punctuation"
    if re.fullmatch(r"[a-z]+", paragraph):
        return "stray word"
    for kind, pattern in _FURNITURE:
        if pattern.search(paragraph):
            return kind
    if _is_label(paragraph):
        return "label"
    return None


def _is_label(paragraph: str) -> bool:
    """A masthead, section name or byline: a few capitalized words, not a sentence."""
    words = paragraph.split()
    if re.match(r"^by\s", paragraph, re.IGNORECASE) and len(words) <= 10:
        return not paragraph.endswith((".", "?", "!", '"', "”"))
    if len(words) > 5 or paragraph.endswith((".", "?", "!", ":", '"', "”")):
        return False
    return all(word[:1].isupper() or not word[:1].isalpha() for word in words)


def drop_furniture(paras: list[str]) -> list[str]:
    """Paragraphs that are article text; the first (the headline) is always kept unless it is
    furniture by pattern, and list items after a related-links heading go with it."""
    kept = []
    in_link_list = False
    for index, para in enumerate(paras):
        if in_link_list and _LIST_ITEM.match(para):
            continue
        kind = furniture_kind(para)
        in_link_list = kind == "related links"
        if kind is None or (index == 0 and kind == "label"):
            kept.append(para)
    return kept


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
