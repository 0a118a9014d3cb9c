"""Rendering records for people and for other tools: table, JSON, JSON lines, CSV, Markdown."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence

from pydantic import BaseModel

from kg.analyse.records import Tally, Timeline, TrackRecord
from kg.graph import claim_label
from kg.models import Article, Claim, Contradiction, list_adapter
from kg.scores import Evaluation


def as_json(records: Sequence[BaseModel]) -> str:
    """Records as an indented JSON array, serialized by pydantic in one call (the same text
    as ``json.dumps`` of each record's dump, several times faster)."""
    if not records:
        return "[]"
    return list_adapter(type(records[0])).dump_json(list(records), indent=2).decode("utf-8")


def as_jsonl(records: Sequence[BaseModel]) -> str:
    return "\n".join(
        json.dumps(record.model_dump(mode="json"), ensure_ascii=False) for record in records
    )


def as_csv(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows({column: _inert(_cell(row.get(column))) for column in columns}
                     for row in rows)
    return buffer.getvalue().rstrip("\n")


# What starts a formula in a spreadsheet (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a
    leading apostrophe, as OWASP advises."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str],
             max_width: int = 48) -> str:
    """An aligned plain-text table; long cells are cut with an ellipsis."""
    cells = [[_cut(_shown(_cell(row.get(column))), max_width) for column in columns]
             for row in rows]
    widths = [max([len(column)] + [len(line[i]) for line in cells])
              for i, column in enumerate(columns)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
              for line in cells]
    return "\n".join(line.rstrip() for line in lines)


def as_markdown_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        values = [_markdown(" ".join(_cell(row.get(column)).split())).replace("|", "\\|")
                  for column in columns]
        lines.append("| " + " | ".join(values) + " |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


# Characters a terminal acts on instead of showing: controls (escape sequences start with
# them) and the bidirectional overrides that reorder what is shown.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    """``text`` safe to print on a terminal: what a terminal would act on becomes a space."""
    return _UNSHOWN.sub(" ", text)


# What Markdown would read as raw HTML (and autolinks), or as a link or an image.
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def _markdown(text: str) -> str:
    """Article text as Markdown that shows it and runs nothing: no raw HTML, no links
    (``[x](javascript:…)``, ``<javascript:…>``)."""
    return text.translate(_MARKUP)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


CLAIM_COLUMNS = ["claimant", "reported_by", "kind", "subject", "predicate", "object",
                 "polarity", "certainty", "stated_on", "evidence"]


def claim_row(claim: Claim) -> dict[str, object]:
    """A claim flattened to one row of names, for tables and CSV."""
    target = claim.target_name
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "path": claim.path,
        "url": claim.url,
        "claimant": claim.claimant.name,
        "claimant_type": claim.claimant.type,
        "reported_by": claim.reported_by.name if claim.reported_by else None,
        "kind": claim.kind,
        "subject": claim.subject.name,
        "predicate": claim.predicate,
        "object": target,
        "event": claim.event.name if claim.event else None,
        "event_date": claim.event.date if claim.event else None,
        "polarity": claim.polarity,
        "certainty": claim.certainty,
        "stated_on": claim.stated_on,
        "stated_on_precision": claim.stated_on_precision,
        "evidence": claim.evidence.text,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
    }


CONTRADICTION_COLUMNS = ["kind", "status", "proposition", "earlier", "later"]


def contradiction_row(contradiction: Contradiction,
                      claims: Mapping[str, Claim]) -> dict[str, object]:
    earlier, later = claims[contradiction.a], claims[contradiction.b]
    proposition = " ".join(
        part for part in (contradiction.subject, contradiction.predicate, contradiction.object)
        if part
    )
    return {
        "kind": contradiction.kind,
        "status": _status(contradiction, claims),
        "proposition": proposition,
        "earlier": _voice(earlier),
        "later": _voice(later),
    }


def _status(contradiction: Contradiction, claims: Mapping[str, Claim]) -> str:
    """"resolved: Kremlin held", "open", "annulled"; "(weak)" when one side was only possible."""
    text = contradiction.status.value
    if contradiction.held is not None:
        text += f": {claims[contradiction.held].claimant.name} held"
    if contradiction.strength.value == "weak":
        text += " (weak)"
    return text


def _voice(claim: Claim) -> str:
    stated = claim.stated_on.isoformat() if claim.stated_on else "undated"
    return (f"{claim.claimant.name}, {claim.kind.value}, {claim.polarity.value}, "
            f"{claim.certainty.value}, {stated}")


CONTRADICTIONS_REPORT = "contradictions.md"  # the report kg build writes beside the exports


def contradictions_markdown(contradictions: Sequence[Contradiction],
                            claims: Mapping[str, Claim]) -> str:
    """A Markdown report: one section per contradiction with both claims' evidence."""
    lines = ["# Contradictions", "", f"{len(contradictions)} found.", ""]
    for number, contradiction in enumerate(contradictions, start=1):
        row = contradiction_row(contradiction, claims)
        lines += [f"## {number}. {_markdown(row['proposition'])} "
                  f"({contradiction.kind.value})", "", f"Status: {_markdown(row['status'])}.", ""]
        for label, claim_id in (("Earlier", contradiction.a), ("Later", contradiction.b)):
            claim = claims[claim_id]
            lines.append(f"- **{label}**: {_markdown(_voice(claim))} — "
                         f"“{_markdown(claim.evidence.text)}” ({_markdown(claim.source)})")
        lines.append("")
    return "\n".join(lines)


def evaluation_report(result: Evaluation) -> str:
    """Scores of an evaluation, then its misses, false positives and wrong fields."""
    lines = [f"gold claims {result.gold}, predicted {result.predicted}, matched {result.matched}",
             ""]
    if result.problems:
        lines += [f"articles kg could not read ({len(result.problems)})",
                  as_table(result.problems, ["article", "reason"], max_width=60), ""]
    rows = [{"measure": name, "precision": score.precision, "recall": score.recall,
             "f1": score.f1} for name, score in (("claims", result.claims),
                                                 ("attribution", result.attribution))]
    lines += [as_table(rows, ["measure", "precision", "recall", "f1"]), ""]
    accuracy = [{"field": name, "accuracy": result.accuracy(name)}
                for name in ("kind", "polarity", "certainty", "stated_on")]
    lines += [as_table(accuracy, ["field", "accuracy"]), ""]
    if result.contradictions_gold:
        lines += [f"contradictions: {result.contradictions_found} of "
                  f"{result.contradictions_gold} gold pairs found, "
                  f"{result.contradictions_reported} reported", ""]
    if result.events_gold:
        lines += [f"events: {result.events_linked} of {result.events_gold} gold claims about "
                  "a named event linked to an event", ""]
    for title, rows, columns in (
        ("misses", result.misses, ["article", "claimant", "kind", "evidence"]),
        ("false positives", result.false_positives, ["article", "claimant", "kind", "evidence"]),
        ("wrong fields", result.wrong_fields,
         ["article", "evidence", "claimant", "kind", "polarity", "certainty", "stated_on"]),
    ):
        lines += [f"{title} ({len(rows)})", as_table(rows, columns, max_width=60), ""]
    return "\n".join(lines).rstrip() + "\n"


TIMELINE_COLUMNS = ["stated_on", "claimant", "kind", "subject", "predicate", "polarity",
                    "certainty", "source"]
CLAIMANT_COLUMNS = ["claimant", "claims", "reversals", "forecasts", "scored", "right", "wrong",
                    "open", "annulled", "brier"]
FORECAST_COLUMNS = ["stated_on", "kind", "subject", "predicate", "object", "polarity",
                    "certainty", "verdict", "brier"]


def _tabled(markdown: bool):
    return as_markdown_table if markdown else as_table


def _as_json(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _timeline_rows(claims: Sequence[Claim]) -> list[dict[str, object]]:
    return [{**claim_row(claim), "source": claim.source} for claim in claims]


def _outcome_line(found: Timeline) -> str:
    outcomes = [f"{claim_label(c)} ({c.stated_on})" for c in found.outcomes]
    return "outcome: " + ("; ".join(outcomes) or "not known yet")


def timeline_json(found: Timeline) -> str:
    return _as_json({"event": found.event,
                     "claims": [c.model_dump(mode="json") for c in found.claims],
                     "outcomes": [c.id for c in found.outcomes]})


def timeline_text(found: Timeline, markdown: bool = False) -> str:
    """An event's claims in the order stated, then its outcome."""
    table = _tabled(markdown)(_timeline_rows(found.claims), TIMELINE_COLUMNS)
    return "\n\n".join([found.event, table, _outcome_line(found)])


def event_json(found: Timeline) -> str:
    return _as_json({"event": found.event, "balance": _balance(found),
                     "claims": [c.id for c in found.claims],
                     "outcomes": [c.id for c in found.outcomes]})


def event_text(found: Timeline, markdown: bool = False) -> str:
    """Who said what about an event, the balance of claims month by month, the outcome."""
    render = _tabled(markdown)
    who = [{"claimant": c.claimant.name, "kind": c.kind, "said": claim_label(c),
            "stated_on": c.stated_on} for c in found.claims]
    return "\n\n".join([found.event, render(who, ["stated_on", "claimant", "kind", "said"]),
                        render(_balance(found), ["month", "positive", "negative"]),
                        _outcome_line(found)])


def _balance(found: Timeline) -> list[dict[str, object]]:
    return [{"month": month, "positive": positive, "negative": negative}
            for month, positive, negative in found.balance()]


def claimant_json(record: TrackRecord) -> str:
    return _as_json({
        **record.tally().summary(),
        "forecasts": [{"claim": f.claim.id, "verdict": f.verdict,
                       "settled_by": f.settled_by.id if f.settled_by else None,
                       "brier": f.brier} for f in record.forecasts],
        "reversal_ids": [c.id for c in record.reversals],
    })


def claimant_text(record: TrackRecord, markdown: bool = False) -> str:
    """A claimant's numbers, its claims in the order stated, and its forecasts' verdicts."""
    render, summary = _tabled(markdown), record.tally().summary()
    forecasts = [{**claim_row(f.claim), "verdict": f.verdict, "brier": f.brier}
                 for f in record.forecasts]
    return "\n\n".join([render([summary], list(summary)),
                        render(_timeline_rows(record.claims), TIMELINE_COLUMNS),
                        render(forecasts, FORECAST_COLUMNS)])


def claimants_text(tallies: Sequence[Tally], fmt: str) -> str:
    """Every claimant's numbers as JSON, CSV, Markdown or a table."""
    rows = [tally.summary() for tally in tallies]
    if fmt == "json":
        return _as_json(rows)
    if fmt == "csv":
        return as_csv(rows, CLAIMANT_COLUMNS)
    return _tabled(fmt == "markdown")(rows, CLAIMANT_COLUMNS)


ARTICLE_COLUMNS = ["id", "published", "inferred", "publisher", "title", "path", "url"]


def articles_text(articles: Sequence[Article]) -> str:
    """The stored articles as a table: date (and whether inferred), outlet, title, file."""
    rows = [{"id": a.id, "published": a.published, "inferred": "yes" if a.published_inferred
             else "", "publisher": a.publisher, "title": a.title, "path": a.path, "url": a.url}
            for a in articles]
    return as_table(rows, ARTICLE_COLUMNS)


def claims_text(claims: Sequence[Claim], fmt: str) -> str:
    """Claims as JSON, JSON lines, CSV (every column) or a table (the main ones)."""
    if fmt == "json":
        return as_json(claims)
    if fmt == "jsonl":
        return as_jsonl(claims)
    rows = [claim_row(claim) for claim in claims]
    if fmt == "csv":
        return as_csv(rows, list(rows[0]) if rows else CLAIM_COLUMNS)
    return as_table(rows, CLAIM_COLUMNS)
