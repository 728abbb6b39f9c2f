"""The README is true: every command and option it shows exists, every command is shown, and its
examples that need no network run (in a scratch folder with pages of our own)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from newsprism.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
EXAMPLE = ROOT / "examples" / "harbour-bridge.html"
#: commands whose README examples run here (the others fetch, need a model, a voice or an archive)
RUNNABLE = {"read", "schema", "add", "search", "list", "show", "export", "remove", "corrections"}


def shell_lines() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            line = re.split(r"\s{2,}#", line)[0].strip()  # the comment after the command
            if "newsprism " in line and not line.startswith(("bash ", "python")):
                lines.append(line)
    return lines


LINES = shell_lines()


def command_and_args(line: str) -> tuple[str | None, list[str]]:
    """``cat x | newsprism read - -f text`` → ("x", ["read", "-", "-f", "text"])."""
    stdin = None
    if "|" in line:
        head, line = (part.strip() for part in line.split("|", 1))
        stdin = shlex.split(head)[-1]
    words = shlex.split(line)
    assert words[0] == "newsprism", line
    return stdin, words[1:]


def resolve(args: list[str]) -> tuple[Any, list[str], list[str]]:
    """The click command the words name, the command path, and the words after it."""
    cmd: Any = typer.main.get_command(app)
    path: list[str] = []
    rest = list(args)
    while rest and hasattr(cmd, "commands") and rest[0] in cmd.commands:
        cmd = cmd.commands[rest[0]]
        path.append(rest.pop(0))
    return cmd, path, rest


def options_of(cmd: Any) -> set[str]:
    names = {"--help"}
    for p in cmd.params:
        names.update(p.opts)
        names.update(getattr(p, "secondary_opts", []))
    return names


def test_readme_shows_commands() -> None:
    assert len(LINES) > 25


@pytest.mark.parametrize("line", LINES)
def test_every_command_and_option_in_the_readme_exists(line: str) -> None:
    _, args = command_and_args(line)
    cmd, path, rest = resolve(args)
    assert path, f"no such command: {line}"
    assert not hasattr(cmd, "commands"), f"{' '.join(path)} needs a subcommand: {line}"
    known = options_of(cmd) | {"--debug"}
    for word in rest:
        if word.startswith("-") and word != "-":
            assert word.split("=")[0] in known, f"{' '.join(path)} has no option {word}"


def test_every_command_is_in_the_readme() -> None:
    root = typer.main.get_command(app)
    shown = {resolve(command_and_args(line)[1])[1][0] for line in LINES}
    assert set(root.commands) <= shown, set(root.commands) - shown  # type: ignore[attr-defined]


def test_options_named_in_the_prose_exist() -> None:
    root = typer.main.get_command(app)
    everywhere: set[str] = set()

    def collect(cmd: Any) -> None:
        everywhere.update(options_of(cmd))
        for sub in getattr(cmd, "commands", {}).values():
            collect(sub)

    collect(root)
    named = set(re.findall(r"`(--[a-z][a-z-]*)", README))
    assert named and named <= everywhere, named - everywhere


def test_readme_points_only_at_what_readers_can_see() -> None:
    for phrase in ("DESIGN.md", "the issue", "/work/"):
        assert phrase not in README
    for link in re.findall(r"\]\(([^)#]+)\)", README):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link


def test_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each runnable example, in order, in a folder holding the files the README names."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, "page.html")
    Path("saved").mkdir()
    shutil.copy(EXAMPLE, Path("saved") / "bridge.html")
    text = EXAMPLE.read_text("utf-8")
    Path("scraped.txt").write_text(re.sub(r"<[^>]+>", "\n", text), "utf-8")
    runner = CliRunner()
    ran = []
    for line in LINES:
        stdin, args = command_and_args(line)
        _, path, _ = resolve(args)
        if path[0] not in RUNNABLE:
            continue
        if path[0] == "add":  # the files and folders are added; the URL would need the network
            args = [a for a in args if not a.startswith("http")]
        elif any(a.startswith("http") for a in args):
            continue
        if path[0] == "read" and not any(Path(a).exists() or a == "-" for a in args[1:]):
            continue
        if path[0] in ("show", "remove"):
            args = [a if not a.isdigit() else "1" for a in args]  # the id the library gave
        expanded = [str(p) for a in args for p in (sorted(Path().glob(a)) if "*" in a else [a])]
        data = Path(stdin).read_text("utf-8") if stdin else None
        result = runner.invoke(app, expanded, input=data)
        # a search (or an export of one) that finds nothing in the scratch library says so with
        # exit code 1
        nothing = (path[0] == "search" and result.output.strip() == "no results") or (
            path[0] == "export" and "no article matches" in result.output
        )
        assert result.exit_code == 0 or nothing, (line, result.output)
        ran.append(path[0])
    assert {"read", "add", "search", "list", "show", "export", "remove", "corrections"} <= set(ran)
