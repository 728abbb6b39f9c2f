"""CI gate for Russian attribution on real news: our NEREL annotations, the ``fresh`` part.

``benchmarks/data/nerel_quotes.jsonl`` holds our standoff annotations of 68 NEREL articles; the
24 of the ``fresh`` part were annotated after the rules and the confidence model were developed
on the other 44 and scored once (docs/attribution.md).  The texts are read from ``../shared``
at run time through ``benchmarks/quotes_nerel.py``; skipped where the shared data sets are
absent.  The floors sit a little under what was measured when they were pinned (content F1
72.0, right speaker 81.4% of matched, 79.7% of the confident ones right): a change that loses
attributions or speakers fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CONTENT_F1_FLOOR = 0.69
RIGHT_SPEAKER_FLOOR = 0.78
CONFIDENT_FLOOR = 0.75


@pytest.mark.gate
def test_nerel_fresh_floors() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import quotes_nerel

    if not (quotes_nerel.datasets() / "ru-news-nerel").is_dir():
        pytest.skip("the shared data sets are not beside this checkout")
    s = quotes_nerel.evaluate("fresh")
    p, r = s.matched / s.pred, s.matched / s.gold
    f1 = 2 * p * r / (p + r)
    print("NEREL fresh", s.row())
    assert f1 >= CONTENT_F1_FLOOR, f1
    assert s.speaker_right / s.matched_with_speaker >= RIGHT_SPEAKER_FLOOR, s.row()
    assert s.shown_right / s.shown >= CONFIDENT_FLOOR, s.row()
