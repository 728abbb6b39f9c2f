"""The two decisions: is B a rewritten copy of A, is B the same story as A?

*Same story* is a logistic regression over six pieces of evidence (:func:`story_features`): the
cosine of the lead vectors, the TF-IDF cosine of the head's stems (same script only: stems of two
languages do not meet), the shares of names and numbers the two reports have in common, whether
the two are in different scripts, that flag times the cosine (a translation's cosine runs
lower than a same-language report's), and the **mutual rank** of the two in their neighbourhood:
``-log`` of the larger of B's rank among A's nearest articles by cosine and A's among B's (0 when
each is the other's nearest).  An absolute cosine means different things in a dense week of one
topic and in a sparse one; whether two reports are each other's nearest does not, and with it the
threshold fitted on some sets transfers to the others (leave-one-set-out mean F1 0.771 → 0.821,
docs/stories.md).  In the library the neighbourhood is the time window, and a rank counts
*stories*, not articles, so the other reports of a large story do not push a report down.  Its weights and the probability threshold were fitted on
the development halves of the evaluation sets only (``benchmarks/stories.py --fit``: each set
weighted equally, the threshold the best mean F1 of five-fold cross-validated predictions); the
test halves were scored once with them (docs/stories.md).  Reports more than
:data:`WINDOW_SECONDS` apart are never compared.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .features import Fingerprint, jaccard, overlap
from .lexical import DocumentFrequencies

#: estimated Jaccard of stemmed 3-shingles above which B is A's text, rewritten
SAME_TEXT = 0.45

FEATURES = (
    "cosine",
    "lexical",
    "names",
    "numbers",
    "cross_script",
    "cross_script_cosine",
    "mutual_rank",
)
#: fitted by ``benchmarks/stories.py --fit`` on the dev halves (see the module's docstring)
WEIGHTS = (3.27, 0.474, 4.092, 0.129, 0.38, 2.307, 0.301)
BIAS = -3.451
#: probability at or above which B is A's story
SAME_STORY = 0.32
#: reports of one event more than this far apart in time are different stories
WINDOW_SECONDS = 3 * 86_400.0


def text_similarity(a: Fingerprint, b: Fingerprint) -> float:
    return jaccard(a.minhash, b.minhash)


def story_features(
    a: Fingerprint, b: Fingerprint, df: DocumentFrequencies, rank: int = 1
) -> list[float]:
    """The combiner's inputs; ``rank`` is the larger of the two neighbourhood ranks (1: each is
    the other's nearest)."""
    cosine = float(a.vector @ b.vector)
    cross = float(a.script != b.script)
    lexical = 0.0 if cross else df.cosine(a, b)
    names, numbers = overlap(a.names, b.names), overlap(a.numbers, b.numbers)
    return [cosine, lexical, names, numbers, cross, cross * cosine, mutual_rank(rank)]


def mutual_rank(rank: int) -> float:
    return -math.log(max(rank, 1))


def probability(features: list[float]) -> float:
    return 1.0 / (1.0 + math.exp(-_logit(features)))


def story_score(a: Fingerprint, b: Fingerprint, df: DocumentFrequencies, rank: int = 1) -> float:
    """The probability that A and B report one event."""
    return probability(story_features(a, b, df, rank))


def _logit(features: list[float]) -> float:
    return BIAS + sum(w * x for w, x in zip(WEIGHTS, features, strict=True))


def score_if_close(
    a: Fingerprint,
    b: Fingerprint,
    df: DocumentFrequencies,
    cosine: float,
    rank: Callable[[], int] = lambda: 1,
) -> float | None:
    """:func:`story_score` when it reaches :data:`SAME_STORY`, else None; the lexical cosine and
    the neighbourhood rank (the costly parts) are only computed when the rest of the evidence
    leaves them a chance.  The same sum as :func:`_logit`, spelled out: it runs for every
    candidate of every arrival."""
    # the rank's weight is positive (fitted; a test holds it), so its term is at most 0 (rank 1)
    w_cos, w_lex, w_names, w_num, w_cross, w_cross_cos, w_rank = WEIGHTS
    z = BIAS + w_cos * cosine
    if a.names and b.names:
        z += w_names * len(a.names & b.names) / min(len(a.names), len(b.names))
    if a.numbers and b.numbers:
        z += w_num * len(a.numbers & b.numbers) / min(len(a.numbers), len(b.numbers))
    if a.script != b.script:
        z += w_cross + w_cross_cos * cosine
    else:
        if z + max(w_lex, 0.0) < _THRESHOLD_LOGIT:
            return None
        z += w_lex * df.cosine(a, b)
    if z < _THRESHOLD_LOGIT:
        return None
    z += w_rank * mutual_rank(rank())
    return 1.0 / (1.0 + math.exp(-z)) if z >= _THRESHOLD_LOGIT else None


_THRESHOLD_LOGIT = math.log(SAME_STORY / (1.0 - SAME_STORY))


def same_story(
    a: Fingerprint,
    b: Fingerprint,
    df: DocumentFrequencies,
    seconds_apart: float = 0.0,
    rank: int = 1,
) -> bool:
    if abs(seconds_apart) > WINDOW_SECONDS:
        return False
    return text_similarity(a, b) >= SAME_TEXT or story_score(a, b, df, rank) >= SAME_STORY
