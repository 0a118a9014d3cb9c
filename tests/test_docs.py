"""The README is documentation users run: its examples must be real output."""

import re
import shlex
import shutil
import subprocess
import sys
from importlib import metadata

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
    assert commands == ["pip install . && kg build --fresh seeds/ --out exports/",
                        "pip install '.[test]' && pytest"]


def test_ci_runs_the_quick_start_as_written():
    """CI runs exactly the README's quick start, with no step the README does not show."""
    listed = subprocess.run([sys.executable, str(ROOT / ".ci" / "quick_start.py"),
                             str(ROOT / "README.md")], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert listed == ["pip install . && kg build --fresh seeds/ --out exports/",
                      "pip install '.[test]' && pytest"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "python3 -m venv" in ci and ".ci/quick_start.py README.md" in ci
    assert "pip install" not in ci


def test_python_dash_m_kg_is_the_command_line():
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: kg [OPTIONS] COMMAND")


def test_every_third_party_import_is_a_declared_dependency():
    """A module kg imports at run time that pip would not install breaks a fresh install."""
    declared = {re.split(r"[<>=\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
                for requirement in metadata.requires("kg") or [] if "extra ==" not in requirement}
    distributions = metadata.packages_distributions()
    imported = set()
    for path in (ROOT / "kg").rglob("*.py"):
        for module in re.findall(r"^\s*(?:from|import) ([a-z_]\w*)", path.read_text(),
                                 re.MULTILINE):
            if module != "kg" and module not in sys.stdlib_module_names:
                imported.add(module)
    assert imported, "no third-party import found"
    for module in sorted(imported):
        owners = {name.lower().replace("_", "-") for name in distributions.get(module, [])}
        assert owners & declared, f"kg imports {module}, which no declared dependency provides"
    # trafilatura's HTML cleaning needs lxml's cleaner, which lxml no longer ships.
    assert "lxml-html-clean" in declared
