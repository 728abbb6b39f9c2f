"""The trace benchmark's ``--kinds`` reads the kind of change two annotated figures of one claim
show from the annotation alone (``benchmarks/trace.py``: ``change_kind``; forty-fourth session).
Invented figures of invented stories."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> Any:
    name = "trace_bench_for_kinds_tests"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "trace.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _gold(
    surface: str, value: float, speaker: str | None = "Port Authority", high: float | None = None
) -> Any:
    return _bench().Gold(
        story="ferry-strike",
        article=1,
        kind="claim",
        surface=surface,
        group="ferry-strike/stranded",
        value=value,
        value_high=high,
        speaker=speaker,
        lang="en",
        at="",
    )


def test_the_kinds_of_change() -> None:
    kind = _bench().change_kind
    assert kind(_gold("420 passengers", 420), _gold("610 passengers", 610), True) == (
        "one owner's update over days"
    )
    union = _gold("about 900 passengers", 900, speaker="Seafarers Union")
    assert kind(_gold("420 passengers", 420), union, False) == "two owners' counts of one thing"
    assert kind(_gold("2,140 passengers", 2140), _gold("2,410 passengers", 2410), False) == (
        "the same digits in another order"
    )
    assert kind(_gold("3.2 thousand", 3.2), _gold("3,200 people", 3200), False) == (
        "thousands against the full number"
    )
    assert kind(_gold("1,150 a week", 1150), _gold("5,000 a month", 5000), False) == (
        "a rate against another period's"
    )
    assert kind(_gold("45 to 60 days", 45, high=60), _gold("sixty days", 70), False) == (
        "a range against a point"
    )
    assert kind(_gold("one ferry in four", 25), _gold("31 ferries", 31), False) == (
        "a share against a count"
    )
    assert kind(_gold("some 3,300 thefts", 3300), _gold("3,100 thefts", 3100), False) == (
        "a close figure (within 12 %)"
    )
    assert kind(_gold("14 ferries", 14), _gold("38 ferries", 38), False) == "another value"


@pytest.mark.parametrize(
    "args",
    [
        ["--part", "test45", "--kinds"],
        ["--part", "test45b", "--classes"],
        ["--part", "test44", "--kinds"],
        ["--part", "test44b", "--assign"],
        ["--part", "test45", "--cache", "/nonexistent-trace-cache"],
        ["--fit", "--check", "test45"],
    ],
)
def test_held_out_and_scored_only_parts_are_refused(args: list[str]) -> None:
    # refused by the argument parser before any story is read, linked or printed
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "trace.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert run.returncode == 2
    assert "held out" in run.stderr
    assert "==" not in run.stdout
