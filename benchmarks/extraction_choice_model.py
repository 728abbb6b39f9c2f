"""A chooser between the merged article and trafilatura's own reading: tried in round 13, dropped.

The merge (``newsprism/extract/merge.py``) settles a page by rules of agreement.  On some pages
trafilatura's reading on its own (the fast recall pass, before the merge trims it) is better.
This small logistic model decides from what both readings give on every page (their sizes, how
much of each the other confirms, their share of running text and of headings and lists, which
rule the merge used): no site, no words of the text.

Fitted by ``benchmarks/extraction_choice_fit.py`` on development half A of WCXB's dev split
(2025 pages) pooled with 60 pages of each older set's dev-a (big9-chaos, fundus, newspaper-2014,
scrapinghub, dragnet, l3s-gn1, readability, cleanportaleval): 754 pages, regularisation by
cross-validation on A, threshold the one that gives A its best mean F1 (no A set lost).  Wired
into ``extract_html`` after the merge and scored with ``benchmarks/extraction.py`` on the B
halves against the base code: WCXB dev-b 0.933 -> 0.936, trafilatura-eval dev-b 0.918 -> 0.921,
postlight 0.794 -> 0.800, but goose-snacktory 0.836 -> 0.829, dragnet 0.939 -> 0.937, l3s-gn1
0.930 -> 0.927 (first 100 pages of each dev-b).  It cost three check sets whose gold is the body
alone, as the round 12 edge scorer did, so it is not in ``src/`` (``docs/extraction.md``).
Readability's own reading was offered as a second alternative; on A no threshold made it pay.
"""

from __future__ import annotations

import math

from newsprism.extract.assemble import RawBlock
from newsprism.extract.merge import RUNNING_TEXT_WORDS, Candidate

#: the names of :func:`features`' values, in order
NAMES = (
    "log_words_primary",
    "log_words_second",
    "log_words_merged",
    "merged_per_primary",
    "second_per_primary",
    "primary_confirmed",
    "second_confirmed",
    "merged_confirmed",
    "running_primary",
    "running_second",
    "blocks_primary",
    "blocks_second",
    "structure_primary",
    "rule_readability",
    "rule_trimmed",
)


def _running_share(c: Candidate) -> float:
    total = sum(c.words)
    if not total:
        return 0.0
    running = sum(
        w
        for b, w in zip(c.blocks, c.words, strict=True)
        if b.kind in ("paragraph", "quote") and w >= RUNNING_TEXT_WORDS
    )
    return running / total


def _structure_share(c: Candidate) -> float:
    total = sum(c.words)
    if not total:
        return 0.0
    other = sum(
        w for b, w in zip(c.blocks, c.words, strict=True) if b.kind in ("heading", "list", "table")
    )
    return other / total


#: the model as fitted (``extraction_choice_fit.py --write``): weights per :data:`NAMES`, intercept
WEIGHTS = (
    -0.0871, -0.311, 0.1117, -0.5601, -0.1254, -4.6794, 3.7823, -2.611,
    0.0502, 0.7276, -0.5898, 0.5879, 0.8721, 2.1677, 2.682,
)  # fmt: skip
INTERCEPT = -0.9812
#: trafilatura's reading is taken when the model's probability reaches this
THRESHOLD = 0.5


def prefer_primary(
    primary: Candidate, second: Candidate, merged: list[RawBlock], rule: str
) -> bool:
    """Whether trafilatura's own reading should replace the merged article (never when the
    merge found no article: a page of chrome stays without one)."""
    if not merged or not primary.blocks or not second.blocks or rule == "none":
        return False
    z = INTERCEPT + sum(
        w * x for w, x in zip(WEIGHTS, features(primary, second, merged, rule), strict=True)
    )
    return 1.0 / (1.0 + math.exp(-z)) >= THRESHOLD


def features(
    primary: Candidate, second: Candidate, merged: list[RawBlock], rule: str
) -> list[float]:
    """The values named in :data:`NAMES` for one page."""
    m = Candidate.of(merged)
    wp, ws, wm = sum(primary.words), sum(second.words), sum(m.words)
    return [
        math.log1p(wp),
        math.log1p(ws),
        math.log1p(wm),
        min(wm / wp, 3.0) if wp else 0.0,
        min(ws / wp, 3.0) if wp else 3.0,
        primary.against(second).share,
        second.against(primary).share,
        m.against(second).share,
        _running_share(primary),
        _running_share(second),
        math.log1p(len(primary.blocks)),
        math.log1p(len(second.blocks)),
        _structure_share(primary),
        1.0 if rule == "readability" else 0.0,
        1.0 if rule == "trafilatura+readability" else 0.0,
    ]
