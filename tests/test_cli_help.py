"""The command's help reads cleanly: no Python types as metavars, whole sentences, --debug anywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.cli.helpformat import ORDER

runner = CliRunner()


def command_paths() -> Iterator[list[str]]:
    root = typer.main.get_command(app)

    def walk(cmd: object, path: list[str]) -> Iterator[list[str]]:
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(root, [])


PATHS = list(command_paths())


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "newsprism")
def test_help_has_no_type_noise(path: list[str]) -> None:
    result = runner.invoke(app, [*path, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    text = result.output
    # Typer's defaults: '<bool>', '<str>', '<path>', '<int range>', '{source}'
    assert not re.search(r"<[a-z][a-z \[\]]*>", text), text
    assert not re.search(r"\{[a-z_]+\}", text), text
    assert "Usage:" in text


def test_commands_listed_in_reading_order() -> None:
    text = runner.invoke(app, ["--help"], terminal_width=100).output
    listed = [n for n in re.findall(r"│ ([a-z]+) {2,}", text) if n in ORDER]
    assert listed[0] == "read"
    assert listed == sorted(listed, key=ORDER.index)


def test_help_keeps_sentences_whole() -> None:
    # the translate docstring is wrapped in the source; the help reflows it
    text = runner.invoke(app, ["translate", "--help"], terminal_width=200).output
    assert "sentence; text and Markdown hold the translation alone" in text


def test_same_value_same_metavar() -> None:
    for cmd in (["read"], ["translate"], ["listen"]):
        text = runner.invoke(app, [*cmd, "--help"], terminal_width=120).output
        assert re.search(r"--output\s+-o\s+PATH", text), text


@pytest.mark.parametrize("args", [["--debug", "read"], ["read", "--debug"]])
def test_debug_accepted_before_and_after_the_command(args: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = runner.invoke(app, [*args, str(missing)])
    assert "No such option" not in result.output
    # --debug shows the traceback before the one-line message
    assert "Traceback" in result.output
    assert "SourceNotFoundError" in result.output


def test_debug_after_double_dash_is_a_file_name() -> None:
    result = runner.invoke(app, ["read", "--", "--debug"])
    assert result.exit_code == 1
    assert "no such file: --debug" in result.output
    assert "Traceback" not in result.output
