"""Quality floors for claim tracing, on one part of benchmarks/trace.py (test4: two stories of
our own, six outlets each, English and Russian; a few seconds).  test4 was held out when it was
written; it is development data since test5 was written, and its floors stay."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trace_bench", ROOT / "benchmarks" / "trace.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trace_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(bench: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = tmp_path_factory.mktemp("trace_gate") / "library.sqlite"
    return bench.measure(bench.build(bench.load("test4"), db))


@pytest.mark.gate
@pytest.mark.parametrize("languages", ["en-en", "ru-ru", "en-ru"])
def test_claims_link_across_outlets_in_each_language_pair(scores: Any, languages: str) -> None:
    # the goal is 0.85 in each pair; test4 gives 0.89-0.92
    assert scores.f1("claim", languages) >= 0.85
    assert scores.f1("claim", languages) > scores.f1("claim", languages, system="baseline")


@pytest.mark.gate
def test_quotes_link_within_and_across_languages(scores: Any) -> None:
    assert scores.f1("quote") >= 0.85  # 1.00 on test4; TF-IDF 0.46
    assert scores.f1("quote", "en-ru") >= 0.85


@pytest.mark.gate
def test_drift_flags_are_found_and_right(bench: ModuleType, scores: Any) -> None:
    changed_found, changed_right = scores.flag_rates(bench.DIFFERS)
    # 36 of 40 (90%) found and 100% right on test4 since one figure per trace per article
    # (ONE_PER_ARTICLE; 100% found before it); 35 of 40 since a flag needs the flag confidence
    # (identity.FLAG_SAME), which holds back one right flag here; 33 of 40 since the seventeenth
    # session: "about 60 thousand" roubles for 62,000 is a rounding, not a change (trace.rounding;
    # this older story annotates it as one, two pairs), and "sources differ" needs the flag
    # confidence too (one pair) -- a choice for precision, checked on development half B.
    # The 90% is reported by the benchmark on the held-out part; the floor sits two
    # items below the measure, so that it catches a slip of three changed figures rather than
    # failing on any single one.
    assert changed_found >= 31 / 40 and changed_right >= 0.85
    speaker_found, speaker_right = scores.flag_rates(bench.drift.SPEAKER_CHANGED)
    assert speaker_found >= 0.8 and speaker_right >= 0.9  # 100% and 100%
