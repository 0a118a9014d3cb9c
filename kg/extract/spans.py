"""Spans of an article's cleaned text, as rules hand them to the resolver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicon import ENTITY_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

_EDGE_PUNCTUATION = " ,;:.—–-\"“”'‘’()[]\n"


@dataclass(frozen=True)
class Span:
    """A piece of the article's cleaned text with its offsets, and the kind of name the parse
    says it is (``person``, ``organization``, ``group``, ``place``) where it says one."""

    start: int
    end: int
    text: str
    label: str | None = None

    def sub(self, start: int, end: int) -> Span:
        """The part from ``start`` to ``end``, relative to this span, with outer spaces trimmed."""
        piece = self.text[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        return Span(self.start + start + lead, self.start + start + lead + len(piece), piece,
                    self.label)

    def strip(self, chars: str = _EDGE_PUNCTUATION) -> Span:
        """Trim punctuation and quotes at both ends."""
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        if right <= left:
            return Span(self.start, self.start, "", self.label)
        return self.sub(left, right)


def label_of(token: Token) -> str | None:
    """The kind of name a token heads, from the parse's entity labels."""
    return ENTITY_LABELS.get(token.ent_type_)


def of_tokens(tokens: list[Token] | DocSpan, head: Token | None = None) -> Span:
    """The text from the first to the last of ``tokens``, trimmed of edge punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        raise ValueError("no tokens")
    doc = tokens[0].doc
    text = doc.user_data["text"]  # the article's text: doc.text is rebuilt on every call
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    label = label_of(head) if head is not None else None
    return Span(start, end, text[start:end], label).strip()
