"""benchmarks/extraction_losses.py reads only dev-a of readable sets (the forty-fourth session's
review): a check half's or a held-out part's losses are errors nobody may read, so any other part,
and the held-out, scored-only and unread sets, are refused before a page is read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import (  # noqa: E402
    FRESH_SETS,
    SCORED_ONLY_SETS,
    UNREAD_SETS,
    refuse_unread,
)


@pytest.mark.parametrize("parts", ["dev-b", "test", "fresh", "dev-a,dev-b"])
def test_extraction_losses_refuses_every_part_but_dev_a(parts: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_losses.py"), "--parts", parts],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert "refused" in run.stderr and "only dev-a" in run.stderr


def test_refuse_unread_leaves_out_held_out_scored_only_and_unread_sets() -> None:
    asked = ["dragnet", *FRESH_SETS, *SCORED_ONLY_SETS, *UNREAD_SETS]
    refusal, readable = refuse_unread(["dev-a"], asked)
    assert refusal is None
    assert readable == ["dragnet"]
    refusal, _ = refuse_unread(["dev-a", "test"], asked)
    assert refusal is not None and "test" in refusal and "dev-a," not in refusal
