"""Spans of an article's cleaned text, and the sentences and clauses rules look at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A piece of the article's cleaned text with its offsets."""

    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Span:
        """The part from ``start`` to ``end``, relative to this span, with outer spaces trimmed."""
        piece = self.text[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        return Span(self.start + start + lead, self.start + start + lead + len(piece), piece)

    def strip(self, chars: str = " ,;:.—–-\"“”'‘’") -> Span:
        """Trim punctuation and quotes at both ends."""
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        if right <= left:
            return Span(self.start, self.start, "")
        return self.sub(left, right)


_ABBREVIATIONS = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bU\.S)(?<!\bNo)"
_SENTENCE_END = re.compile(
    _ABBREVIATIONS + r"(?<=[.!?])[\"”’]?(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[\"”])(?=\s+[\"“][A-Z])"
)

# Clause boundaries: "A but B" are two claims; what follows "although" or a dash qualifies
# the claim before it and is dropped from the clause.
_CLAUSE_SPLIT = re.compile(
    r",? but (?=[a-z])(?!(?:not|had|has|have|was|were|is|are|would|will|could|did|also)\b)|; "
)
_CLAUSE_CUT = re.compile(r",? (?:although|though|whereas|even though) |\s+[—–]\s+|\s+-\s+")


def paragraph_spans(text: str) -> Iterator[Span]:
    """The article's paragraphs: blocks separated by blank lines."""
    for match in re.finditer(r"[^\n]+", text):
        yield Span(match.start(), match.end(), match.group())


def sentence_spans(paragraph: Span) -> Iterator[Span]:
    """Sentences of a paragraph, split after end punctuation that precedes a capital."""
    start = 0
    for boundary in _SENTENCE_END.finditer(paragraph.text):
        end = boundary.end()
        piece = paragraph.sub(start, end)
        if piece.text:
            yield piece
        start = end
    rest = paragraph.sub(start, len(paragraph.text))
    if rest.text:
        yield rest


# A dateline that opens a story ("MOSCOW - ", "SEOUL — ") is not part of its first clause.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'()/-]{2,40}?\s+[—–-]\s+(?=[A-Z\"“])")


def clause_spans(sentence: Span) -> Iterator[Span]:
    """Clauses of a sentence that may each carry a claim."""
    dateline = _DATELINE.match(sentence.text)
    start = dateline.end() if dateline else 0
    for boundary in _CLAUSE_SPLIT.finditer(sentence.text):
        yield _cut(sentence.sub(start, boundary.start()))
        start = boundary.end()
    yield _cut(sentence.sub(start, len(sentence.text)))


def _cut(clause: Span) -> Span:
    match = _CLAUSE_CUT.search(clause.text)
    return clause.sub(0, match.start()) if match else clause
