"""Review, nineteenth session: ``benchmarks/analysis_speed.py --repeat N`` keeps the least of N
measurements of each figure but the first pass, measured once — before, the row labelled
"first pass" printed the last pass's figure (a steady-state time under the first-pass label)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis_speed  # noqa: E402


def test_repeat_keeps_the_first_pass_of_the_first_run() -> None:
    runs = iter(
        [
            {"x, first pass": 9.0, "x, steady state": 3.0},
            {"x, first pass": 2.0, "x, steady state": 2.5},
            {"x, first pass": 1.5, "x, steady state": 2.8},
        ]
    )
    analysis_speed.REPEAT = 3
    try:
        out = analysis_speed.least(lambda: next(runs))
    finally:
        analysis_speed.REPEAT = 1
    assert out == {"x, first pass": 9.0, "x, steady state": 2.5}
