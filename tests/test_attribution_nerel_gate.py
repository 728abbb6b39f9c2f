"""CI gate for Russian attribution on real news: our NEREL annotations, the ``fresh6`` part.

``benchmarks/data/nerel_quotes.jsonl`` holds our standoff annotations of 182 NEREL articles; the
25 of the ``fresh6`` part (NEREL's train folder, never used before) were annotated in the
seventh round before any change of that round, scored before and after it, and neither
developed nor fitted on (the Russian confidence is fitted on the other seven parts, ``fresh4``
among them since the seventh round, so the gate moved from ``fresh4``; docs/attribution.md).
The texts are read from ``../shared`` at run time through ``benchmarks/quotes_nerel.py``;
skipped where the shared data sets are absent.  The floors sit a little under what was measured
when they were pinned (content F1 78.0, right speaker 90.9% of matched, 17 of 18 confident ones
right): a change that loses attributions or speakers, or shows wrong ones as confident, fails
here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONTENT_F1_FLOOR = 0.75
RIGHT_SPEAKER_FLOOR = 0.86
CONFIDENT_FLOOR = 0.85


@pytest.mark.gate
def test_nerel_fresh6_floors() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quotes_nerel

    if not (quotes_nerel.datasets() / "ru-news-nerel").is_dir():
        pytest.skip("the shared data sets are not beside this checkout")
    s = quotes_nerel.evaluate("fresh6")
    p, r = s.matched / s.pred, s.matched / s.gold
    f1 = 2 * p * r / (p + r)
    print("NEREL fresh6", s.row())
    assert f1 >= CONTENT_F1_FLOOR, f1
    assert s.speaker_right / s.matched_with_speaker >= RIGHT_SPEAKER_FLOOR, s.row()
    assert s.shown_right / s.shown >= CONFIDENT_FLOOR, s.row()
