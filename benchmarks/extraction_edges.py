"""A learned scorer for trafilatura's blocks at the article's edges: tried in round 12, NOT adopted.

When readability confirms trafilatura's article (``newsprism.extract.merge``), trafilatura's
blocks before the first and after the last confirmed block lie at the *edges*: an opening or an
ending readability missed, or chrome (bylines, dates, related links, newsletter boxes, comments).
The merge drops them by rule (the head keeps paragraphs that read as the article's own).  Round
12 weighed the evidence instead with a logistic regression on each edge block's own features
(its kind and length, whether it ends a sentence, whether the scraped-text labeller calls it
chrome, how far it lies from the confirmed text and how many headings, lists and short lines lie
in between), fitted on the dev-a halves (``benchmarks/extraction_trim_model.py``), to keep what
trafilatura keeps unless the model is confident it is chrome.  Every form of it raised
trafilatura-eval (the snippet metric) on both halves and cost precision on a 4-gram set that it
was checked on (L3S-GN1, scrapinghub, fundus), so the merge keeps its rules; the figures are in
``docs/extraction-history.md`` (round 12).  Kept here so that the experiment can be run again
(``edge_features`` with the weights below; ``kept_tail`` is the last form tried).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsprism.extract.assemble import RawBlock, clean_inline

if TYPE_CHECKING:
    from newsprism.extract.merge import Candidate

_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")
_DIGITS = re.compile(r"\d")

#: the features, in order (the names the fitting script prints beside the weights)
FEATURES = (
    "after the article (tail)",
    "paragraph",
    "heading",
    "list",
    "quote or table",
    "log words",
    "ends a sentence",
    "chrome by the line labeller",
    "log blocks from the confirmed text",
    "log chrome-like blocks in between",
    "share of capitalised words",
    "share of tokens with digits",
    "share readability confirms",
)

#: fitted on the dev-a halves of every development set (round 12: 1,618 edge blocks, 412 of
#: them the article's), see ``benchmarks/extraction_trim_model.py``; in the order of FEATURES
WEIGHTS: tuple[float, ...] = (
    -1.876, +0.063, +1.236, -0.421, -0.872, +1.090, +0.851,
    -1.005, +0.306, -0.823, -0.186, -0.373, -0.093,
)  # fmt: skip
BIAS = -3.432
#: an edge block goes when the model gives it less than this chance of being the article's
#: (0.4 and 0.5 tried, with and without the unbroken-run condition; docs/extraction-history.md)
KEEP_AT = 0.5


def _chrome_line(text: str) -> bool:
    from newsprism.extract.scraped_labels import CHROME, FOOTER_LINE, NOTICE, RELATED, label_alone
    from newsprism.extract.scraped_lines import Line

    first = next((line for line in text.split("\n") if line.strip()), "")
    if not first:
        return True
    labelled = label_alone(Line(clean_inline(first), False, 0))
    return labelled.label in (CHROME, FOOTER_LINE, NOTICE, RELATED)


def _chrome_like(block: RawBlock, text: str, words: int) -> bool:
    """A box boundary: a heading, a list, or a short line that is not a sentence."""
    if block.kind in ("heading", "list"):
        return True
    return words < 8 and not _SENTENCE_END.search(text)


def block_features(
    block: RawBlock, text: str, words: int, tail: bool, distance: int, breaks: int, shared: float
) -> list[float]:
    tokens = _TOKEN.findall(text)
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    digits = sum(1 for t in tokens if _DIGITS.search(t))
    n = max(1, len(tokens))
    return [
        1.0 if tail else 0.0,
        1.0 if block.kind == "paragraph" else 0.0,
        1.0 if block.kind == "heading" else 0.0,
        1.0 if block.kind == "list" else 0.0,
        1.0 if block.kind in ("quote", "table") else 0.0,
        math.log1p(words),
        1.0 if _SENTENCE_END.search(text) else 0.0,
        1.0 if _chrome_line(text) else 0.0,
        math.log1p(distance),
        math.log1p(breaks),
        capitalised / n,
        digits / n,
        shared,
    ]


def edge_features(
    primary: Candidate, second: Candidate, *, head: bool = True
) -> Iterator[tuple[int, list[float]]]:
    """(index, features) of each of ``primary``'s edge blocks (the confirmed blocks are those
    ``second`` confirms); ``head=False``: the tail's only."""
    from newsprism.extract.merge import block_text

    confirmed = primary.against(second).confirmed
    idx = [i for i, c in enumerate(confirmed) if c]
    if not idx:
        return
    first, last = idx[0], idx[-1]
    texts = [block_text(b) for b in primary.blocks]

    def shared(i: int) -> float:
        own = primary.sets[i]
        return len(own & second.pool) / len(own) if own else 0.0

    def walk(order: list[int], tail: bool) -> Iterator[tuple[int, list[float]]]:
        breaks = 0
        for distance, i in enumerate(order):
            block, words = primary.blocks[i], primary.words[i]
            yield i, block_features(block, texts[i], words, tail, distance, breaks, shared(i))
            if _chrome_like(block, texts[i], words):
                breaks += 1

    if head:
        yield from walk(list(range(first - 1, -1, -1)), tail=False)
    yield from walk(list(range(last + 1, len(primary.blocks))), tail=True)


def chance_of_article(features: list[float]) -> float:
    z = BIAS + sum(w * f for w, f in zip(WEIGHTS, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def kept_tail(primary: Candidate, second: Candidate) -> set[int]:
    """The indices of the blocks after the last confirmed one that stay: the unbroken run of
    blocks the scorer keeps, from the confirmed text on (an article ends once: after the first
    block that goes, a box of teasers or an advertisement may look long and sentence-like, but
    it is not the article's)."""
    kept: set[int] = set()
    for i, features in edge_features(primary, second, head=False):
        if chance_of_article(features) < KEEP_AT:
            break
        kept.add(i)
    return kept
