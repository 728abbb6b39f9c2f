"""The round-16 tail probe (``benchmarks/extraction_tail.py``) finds a block again in the page's
word stream and measures the words between two blocks that neither extractor keeps."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_tail as tail  # noqa: E402

PAGE = """<html><body><div class="story">
<p>The harbour board voted on Tuesday to keep the night ferry running through the winter.</p>
<p>Councillors said the crossing carries about four hundred people a night.</p>
</div><div class="share">Share this story on Facebook</div>
<div class="related"><p>Bus fares rise again in the new year across the region.</p></div>
</body></html>"""


def test_a_block_is_found_after_the_one_before_it_and_the_gap_is_the_words_between() -> None:
    evidence = tail.Evidence(lxml.html.fromstring(PAGE))
    second = evidence.span(
        "Councillors said the crossing carries about four hundred people a night."
    )
    teaser = evidence.span("Bus fares rise again in the new year across the region.")
    assert second is not None and teaser is not None
    assert teaser[0] - second[1] == 5  # "Share this story on Facebook"
    first = evidence.span("The harbour board voted on Tuesday to keep the night ferry running.")
    assert first is not None and second[0] - first[1] <= 4  # the same story: next to each other
    assert evidence.span("Share this", after=teaser[1]) is None  # only after the given place
