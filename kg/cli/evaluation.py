"""``kg eval``: extraction measured against a corpus with gold claims."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import cli
from kg.cli.common import format_option, gazetteer_option, model_option
from kg.evaluate import evaluate
from kg.report import evaluation_report
from kg.resolve import Gazetteer


@cli.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option("table", "json")
@gazetteer_option
@model_option
def eval_command(corpus: Path, fmt: str, gazetteers: tuple[Path, ...]) -> None:
    """Score extraction against a corpus with gold claims (articles/ and gold/)."""
    result = evaluate(corpus, Gazetteer.load(gazetteers))
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(evaluation_report(result))
