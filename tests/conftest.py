from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.resolve import Gazetteer
from tests.helpers import ROOT


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
