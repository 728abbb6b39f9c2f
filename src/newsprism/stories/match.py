"""The two decisions, with their thresholds: is B a rewritten copy of A, is B the same story?

Thresholds were set on the development halves of the evaluation sets (see docs/stories.md and
benchmarks/stories.py); the test halves were scored once with them.
"""

from __future__ import annotations

from .features import Fingerprint, jaccard, overlap

#: estimated Jaccard of stemmed 3-shingles above which B is A's text, rewritten
SAME_TEXT = 0.45
#: cosine of the lead vectors, plus shared names and numbers, above which B is A's story
SAME_STORY = 0.66
W_NAMES = 0.15
W_NUMBERS = 0.10
#: reports of one event more than this far apart in time are different stories
WINDOW_SECONDS = 3 * 86_400.0


def text_similarity(a: Fingerprint, b: Fingerprint) -> float:
    return jaccard(a.minhash, b.minhash)


def story_score(a: Fingerprint, b: Fingerprint) -> float:
    cosine = float(a.vector @ b.vector)
    return cosine + W_NAMES * overlap(a.names, b.names) + W_NUMBERS * overlap(a.numbers, b.numbers)


def same_story(a: Fingerprint, b: Fingerprint, seconds_apart: float = 0.0) -> bool:
    if abs(seconds_apart) > WINDOW_SECONDS:
        return False
    return text_similarity(a, b) >= SAME_TEXT or story_score(a, b) >= SAME_STORY
