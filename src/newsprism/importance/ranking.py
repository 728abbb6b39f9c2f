"""Rank the sentences of a text, or of an article's blocks, by importance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..threads import single_threaded_blas
from . import scorer
from .encoder import encoders
from .features import language_of


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """One sentence of a ranked text: where it is, its score and whether it is a key sentence."""

    index: int
    start: int
    end: int
    text: str
    #: 0..1 within the text (1 = most important)
    importance: float
    highlight: bool
    #: 1 for the best sentence, 2 for the next…; ``None`` for sentences not highlighted
    rank: int | None = None


@dataclass(frozen=True, slots=True)
class Scored:
    importance: list[float]
    #: indices of the highlighted sentences, best first
    picked: list[int]


def score_sentences(
    texts: Sequence[str],
    *,
    title: str | None = None,
    language: str | None = None,
    count: int | None = None,
    weights: Sequence[float] | None = None,
    encoder: str = "lexical",
    eligible: Sequence[bool] | None = None,
) -> Scored:
    """Importance of each sentence (0..1) and the picks.

    ``weights`` scales each sentence's score by its structural weight (headings count less);
    ``eligible`` marks sentences that may be highlighted at all.
    """
    if not texts:
        return Scored([], [])
    with single_threaded_blas():
        return _score(texts, title, language, count, weights, encoder, eligible)


def _score(
    texts: Sequence[str],
    title: str | None,
    language: str | None,
    count: int | None,
    weights: Sequence[float] | None,
    encoder: str,
    eligible: Sequence[bool] | None,
) -> Scored:
    import numpy as np

    lang = language_of(" ".join(texts[:5]), language)
    vectors, title_vec = encoders.get(encoder).encode(texts, title, lang)
    features, sim = scorer.feature_matrix(texts, vectors, title_vec, lang)
    blend_weights, redundancy = scorer.weights_for(lang)
    raw = scorer.blend(features, blend_weights)
    low, high = float(raw.min()), float(raw.max())
    importance = (raw - low) / (high - low) if high > low else np.full_like(raw, 0.5)
    if weights is not None:
        importance = importance * np.asarray(weights, dtype=np.float32)
    # site chrome that slipped into the body is never a highlight, whatever else it shares
    chrome = features[:, scorer.FEATURES.index("boilerplate")] > 0
    importance[chrome] = 0.0
    eligible = [
        bool(ok) and not bad
        for ok, bad in zip(
            eligible if eligible is not None else [True] * len(texts), chrome, strict=True
        )
    ]
    n_eligible = sum(eligible)
    wanted = scorer.default_count(n_eligible) if count is None else max(0, count)
    # the lead is always among the highlights (when it reads as news): it carries the main claim
    lead = scorer.lead_index(features, eligible)
    picked = scorer.select(importance, sim, min(wanted, n_eligible), eligible=eligible, first=lead)
    return Scored([round(float(x), 4) for x in importance], picked)


def rank(
    text: str,
    language: str | None = None,
    count: int | None = None,
    *,
    title: str | None = None,
) -> list[ScoredSentence]:
    """Split ``text`` into sentences and score each one, in text order.

    ``count`` highlights exactly that many sentences (default: adapts to the length).  Sort by
    ``importance`` for a ranking, or take those with ``highlight`` for the key sentences.
    """
    from ..sentences import split

    lang = language_of(text, language)
    spans = split(text, lang)
    texts = [text[a:b] for a, b in spans]
    scored = score_sentences(texts, title=title, language=lang, count=count)
    ranks = {i: r + 1 for r, i in enumerate(scored.picked)}
    return [
        ScoredSentence(
            index=i,
            start=a,
            end=b,
            text=texts[i],
            importance=scored.importance[i],
            highlight=i in ranks,
            rank=ranks.get(i),
        )
        for i, (a, b) in enumerate(spans)
    ]
