"""CI gate for Russian attribution on real news: our NEREL annotations, the ``fresh4`` part.

``benchmarks/data/nerel_quotes.jsonl`` holds our standoff annotations of 142 NEREL articles; the
27 of the ``fresh4`` part (NEREL's dev folder) were annotated in the fifth round before any
change of that round, scored before and after it, and neither developed nor fitted on (the
Russian confidence is fitted on the other five parts, ``fresh3`` among them since the fifth
round; docs/attribution.md).  The texts are read from ``../shared`` at run time through
``benchmarks/quotes_nerel.py``; skipped where the shared data sets are absent.  The floors sit a
little under what was measured when they were pinned (content F1 77.2, right speaker 85.3% of
matched, 20 of 20 confident ones right): a change that loses attributions or speakers, or shows
wrong ones as confident, fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONTENT_F1_FLOOR = 0.75
RIGHT_SPEAKER_FLOOR = 0.82
CONFIDENT_FLOOR = 0.85


@pytest.mark.gate
def test_nerel_fresh4_floors() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quotes_nerel

    if not (quotes_nerel.datasets() / "ru-news-nerel").is_dir():
        pytest.skip("the shared data sets are not beside this checkout")
    s = quotes_nerel.evaluate("fresh4")
    p, r = s.matched / s.pred, s.matched / s.gold
    f1 = 2 * p * r / (p + r)
    print("NEREL fresh4", s.row())
    assert f1 >= CONTENT_F1_FLOOR, f1
    assert s.speaker_right / s.matched_with_speaker >= RIGHT_SPEAKER_FLOOR, s.row()
    assert s.shown_right / s.shown >= CONFIDENT_FLOOR, s.row()
