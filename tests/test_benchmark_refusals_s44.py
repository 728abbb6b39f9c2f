"""The held-out and second-check parts of the claims and English attribution benchmarks give no
per-item output (review note of the forty-fourth session: their wiring had no test of it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import claims_en  # noqa: E402


def test_claims_errors_are_never_printed_for_held_out_or_second_check_parts() -> None:
    assert not claims_en.errors_readable("wx45", "fresh45")
    assert not claims_en.errors_readable("wx44", "fresh44")
    assert not claims_en.errors_readable("wx44", "dev-a")
    assert not claims_en.errors_readable("wx44", "dev-b")
    assert not claims_en.errors_readable("wx43", "fresh43")
    # last round's second check is development now: its halves print their errors
    assert claims_en.errors_readable("wx43", "dev-a")
    assert claims_en.errors_readable("wx43", "dev-b")
    assert claims_en.errors_readable("wx42", "dev-a")


@pytest.mark.parametrize(
    ("part", "flag"),
    [("fresh45", "--misses"), ("fresh45", "--per-article"), ("fresh44", "--misses")],
)
def test_speakers_mt_en_refuses_per_item_output_on_unread_parts(part: str, flag: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "speakers_mt_en.py"), "--part", part, flag],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert "refused" in run.stderr
