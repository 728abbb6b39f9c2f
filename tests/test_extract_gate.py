"""CI gate: newsprism's HTML extraction against trafilatura on pages nobody here developed on.

100 pages: the first 20 (in a fixed hash order) of the *test* part of each extraction set in
``../shared/datasets`` (scrapinghub and the four WCEB news subsets; the split is
``benchmarks/extraction_sets.py``'s).  Both extractors read the same bytes; body F1 is the
scrapinghub benchmark's metric.  The gate fails when newsprism's F1 falls below trafilatura's
by more than :data:`TOLERANCE`.

Why a tolerance of 0.01: on 100 pages one page moves the mean F1 by up to 0.01 (a page read
as nothing by one extractor and perfectly by the other), and trafilatura's own output shifts by
about that much between its releases; a real regression of the merge (a rule that drops
paragraphs on unseen sites) costs several points.  Measured when the gate was set: newsprism
0.947 against trafilatura 0.927 on these pages.

Skipped, saying why, only when the shared data sets are not beside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_sets as sets  # noqa: E402

TOLERANCE = 0.01


@pytest.mark.gate
def test_newsprism_keeps_up_with_trafilatura_on_held_aside_pages() -> None:
    if not sets.available("scrapinghub"):
        pytest.skip(f"the shared extraction sets are not in {sets.datasets_dir()}")
    import trafilatura

    import newsprism
    from newsprism.article import AUXILIARY_KINDS
    from newsprism.errors import NewsprismError

    pages = sets.gate_pages(per_set=20)
    ours, theirs = [], []
    for page in pages:
        try:
            article = newsprism.read(page.html, stages=())
            body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
        except NewsprismError:
            body = ""
        ours.append(sets.tp_fp_fn(page.gold, body))
        theirs.append(sets.tp_fp_fn(page.gold, trafilatura.extract(page.html) or ""))
    f1, f1_trafilatura = sets.scores(ours)[0], sets.scores(theirs)[0]
    assert len(pages) >= 60
    print(f"gate: newsprism {f1:.3f}, trafilatura {f1_trafilatura:.3f} on {len(pages)} pages")
    assert f1 >= f1_trafilatura - TOLERANCE, (round(f1, 3), round(f1_trafilatura, 3))


def test_a_prefix_gold_judges_the_output_up_to_the_gold_s_end() -> None:
    """Held-out golds that hold only the body's beginning (goose3, snacktory): chrome before
    the body costs precision, the rest of the body is not judged, a wrong start is wrong."""
    gold = "The council voted on Tuesday to close the old bridge to lorries"
    body = gold + ". Work starts in May and will last a year, officials said."
    assert sets.prefix_output(gold, body).endswith("close the old bridge to lorries")
    page = sets.Page("t", "p", "fresh", b"", gold, prefix=True)
    assert sets.page_row(page, body) == (1.0, 0.0, 0.0)
    chrome = "Skip to content Home News Sport " + body
    tp, fp, fn = sets.page_row(page, chrome)
    assert fp > 0 and fn == 0
    assert sets.page_row(page, "Subscribe to our newsletter for the latest stories today")[0] == 0
    # the gold's end missing from the output: as many tokens as the gold, from its opening
    other = "The council voted on Tuesday to keep things as they are, a spokesman said today"
    assert sets.prefix_output(gold, other).split() == other.replace(",", "").split()[:12]
