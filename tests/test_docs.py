"""The README is documentation users run: its examples must be real output."""

import re
import shlex
import shutil

import pytest

from kg.cli import cli
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"```console\n\$ (kg [^\n]*)\n(.*?)```", README, re.DOTALL)


def all_commands(group, prefix="kg"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if hasattr(command, "commands"):
            yield from all_commands(command, f"{prefix} {name}")


@pytest.mark.parametrize(("name", "command"), list(all_commands(cli)))
def test_every_command_has_help_and_is_in_the_readme(name, command):
    assert command.help
    assert f"`{name}" in README


def test_readme_examples_are_real_output(tmp_path, monkeypatch, runner):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "tests" / "data" / "corpus", tmp_path / "tests" / "data" / "corpus")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    monkeypatch.chdir(tmp_path)
    assert len(EXAMPLES) >= 6
    for command, expected in EXAMPLES:
        args = shlex.split(command)[1:]
        result = runner.invoke(cli, ["--db", "readme.sqlite", *args])
        assert result.exit_code == 0, result.output
        assert result.output == expected, command


def test_quick_start_commands():
    commands = re.findall(r"```console\n(pip install [^\n]*)\n```", README)
    assert commands == ["pip install . && kg build seeds/ --out exports/",
                        "pip install '.[test]' && pytest"]


def test_ci_runs_the_readme_test_command():
    assert "pip install '.[test]' && pytest" in (ROOT / ".ci" / "run").read_text()
