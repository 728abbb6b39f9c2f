"""Page-level evidence on trafilatura's text after the last block readability confirms.

When the two extractors found the same article (``merge.merge``), the blocks trafilatura keeps
after the last block readability confirms are either the article going on (a second container,
a methods box, sections readability's one container missed) or the page's tail (bylines, an
author's bio, newsletter boxes, related links, comments).  :func:`tail_features` describes that
tail as a whole against the body before it; :mod:`.merge` keeps the tail's running text when
round 24's rule (``merge._continues``) does or this model is confident it raises the page's F1
(``merge._keeps_tail``).  Nothing here knows a site: the features are about
the kind of text (prose or lines, links, topic) and where it lies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .merge import Candidate, Shingles

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")

#: the features, in order (the fitting script, ``scripts/fit_extract_tail.py``, prints them
#: beside their weights)
FEATURES = (
    "log tail words",
    "tail share of the words",
    "prose share of the tail",
    "log prose blocks",
    "topic shared with the body",
    "link share of the tail",
    "headings among tail blocks",
    "list and table words",
    "first tail block is prose",
    "short blocks among tail blocks",
    "tail blocks ending a sentence",
    "readability's share confirmed",
    "body blocks confirmed",
)


def tail_features(
    primary: Candidate,
    first: int,
    last: int,
    links: Callable[[], Shingles],
    share: float,
    confirmed: list[bool],
    prose: Callable[[int], bool],
) -> tuple[float, ...]:
    """The features of ``primary``'s blocks after ``last`` (the tail) against those from
    ``first`` to ``last`` (the body), in the order of :data:`FEATURES`.  ``share``: the share
    of readability's words trafilatura's reading confirms; ``prose(i)``: block ``i`` reads as
    the article's own running text (``merge.reads_as_article``); ``confirmed``: which of
    ``primary``'s blocks readability confirms."""
    # (merge imports this module when it is asked; block_text is merge's)
    from .merge import block_text

    blocks, words = primary.blocks, primary.words
    tail = range(last + 1, len(blocks))
    n = len(tail)
    total = sum(words[i] for i in tail) or 1
    body_words = sum(words[first : last + 1])
    prose_blocks = [i for i in tail if prose(i)]
    body = {
        w.lower()
        for i in range(first, last + 1)
        for w in _CONTENT_WORD.findall(block_text(blocks[i]))
    }
    shared = 0.0
    for i in tail:
        vocabulary = {w.lower() for w in _CONTENT_WORD.findall(block_text(blocks[i]))}
        if vocabulary:
            shared += words[i] * len(vocabulary & body) / len(vocabulary)
    pool = links()
    linked = sum(
        words[i] * len(primary.sets[i] & pool) / len(primary.sets[i])
        for i in tail
        if primary.sets[i]
    )
    return (
        math.log1p(total),
        total / (total + body_words) if total + body_words else 0.0,
        sum(words[i] for i in prose_blocks) / total,
        math.log1p(len(prose_blocks)),
        shared / total,
        linked / total,
        sum(1 for i in tail if blocks[i].kind == "heading") / n,
        sum(words[i] for i in tail if blocks[i].kind in ("list", "table")) / total,
        1.0 if prose(last + 1) else 0.0,
        sum(1 for i in tail if words[i] < 6) / n,
        sum(1 for i in tail if _SENTENCE_END.search(blocks[i].text)) / n,
        share,
        sum(confirmed[first : last + 1]) / (last + 1 - first),
    )


#: fitted by ``scripts/fit_extract_tail.py`` on the ``dev-a`` halves of every development set
#: but big9-chaos (round 45: 2,426 pages, 113 with a tail of running text to decide on that is
#: not the page's links; each page weighed by how much its F1 differs between the readings), in
#: the order of :data:`FEATURES`; the same files give the same weights
TAIL_WEIGHTS: tuple[float, ...] = (
    +0.575, +0.521, +0.029, +0.384, -0.005, -0.030, -0.107,
    -0.065, +0.535, +0.220, +0.155, +0.075, -0.027,
)  # fmt: skip
TAIL_BIAS = -4.334
#: the tail's running text stays when the model gives it at least this chance of raising the
#: page's F1 (with the rule's keeps, the cut with the largest sum over sets in the
#: leave-one-set-out fit, no set down against the rule alone)
KEEP_TAIL_AT = 0.7


def probability(features: tuple[float, ...]) -> float:
    """The model's chance that keeping the tail's running text raises the page's F1."""
    z = TAIL_BIAS + sum(w * x for w, x in zip(TAIL_WEIGHTS, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z))
