"""benchmarks/extraction.py gives a page's own figures (``--per-page``, ``--json``, ``--only``) only
for ``dev-a``, the half whose errors may be read (the forty-fifth session's review, note 3): a
check half, a test part or the held-out part is refused before a page is read, and big9-chaos
(nobody reads its pages this session) is left out of such a run, saying so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "benchmarks" / "extraction.py")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "NEWSPRISM_DATASETS": "/nonexistent"}
    return subprocess.run(
        [sys.executable, SCRIPT, *args], capture_output=True, text=True, timeout=300, env=env
    )


@pytest.mark.parametrize(
    "flags",
    [
        ["--parts", "dev-b", "--per-page"],
        ["--parts", "test", "--json", "/dev/null"],
        ["--parts", "dev-a,dev-b", "--only", "x"],
        ["--per-page"],  # the default parts hold the check halves
    ],
)
def test_per_page_output_is_refused_on_every_part_but_dev_a(flags: list[str]) -> None:
    run = _run("--sets", "dragnet", *flags)
    assert run.returncode == 2
    assert "refused" in run.stderr and "only dev-a" in run.stderr


def test_big9_is_left_out_of_a_per_page_run() -> None:
    run = _run("--sets", "big9-chaos", "--parts", "dev-a", "--per-page", "--limit", "1")
    assert "nobody reads its pages: big9-chaos" in run.stdout
    assert "## big9-chaos" not in run.stdout


@pytest.mark.parametrize("tool", ["extraction_decisions.py", "extraction_tail_keep.py"])
@pytest.mark.parametrize("parts", ["dev-b", "test", "fresh"])
def test_the_round_45_tools_read_only_dev_a(tool: str, parts: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / tool), "--parts", parts, "--out", "/dev/null"]
        if tool == "extraction_tail_keep.py"
        else [sys.executable, str(ROOT / "benchmarks" / tool), "--parts", parts],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 2
    assert "refused" in run.stderr and "only dev-a" in run.stderr
