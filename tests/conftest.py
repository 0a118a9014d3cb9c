from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.resolve import Gazetteer
from tests.helpers import ROOT, SEED_CLAIMS


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in the repository root, so article paths are stored as ``seeds/…``."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def db(tmp_path, runner, in_repo) -> str:
    """A database holding the two seed articles."""
    path = str(tmp_path / "kg.sqlite")
    result = runner.invoke(cli, ["--db", path, "ingest", "seeds/"])
    assert result.exit_code == 0, result.output
    assert result.output == (f"articles: 2 new, 0 unchanged, 0 failed; "
                             f"claims added: {SEED_CLAIMS}\n")
    return path
