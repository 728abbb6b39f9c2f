"""Score sentences and pick the key ones.

A sentence's score is a weighted sum of features, each scaled to 0..1 within the article:

* **position** — news puts the main claim first; three shapes (the lead itself, a fast and a slow
  decay) let the blend fit how strongly a given style front-loads;
* **centrality** — how much a sentence shares with the rest of the article (LexRank-style degree),
  and with what comes *after* it (PacSum's directed centrality: a lead is echoed later, a
  digression is not);
* **lead strength × position** — trusts position more when the first sentence really is central,
  which separates a news lead from a feature's anecdotal opening;
* **title similarity**, **figures**, **event verbs** (a law signed, a vote, deaths);
* penalties for **questions**, **quotes** of secondary speakers, **boilerplate**, very short or
  very long sentences.

Selection is greedy MMR: each pick maximises score minus its similarity to what is already picked,
and a near-duplicate of a pick is never taken, so highlights do not repeat each other.

The weights in :data:`WEIGHTS` are a handful of numbers per language tuned on the public dev sets
(English on CNN/DM and XSum, Russian on Gazeta and RBC; see ``benchmarks/keysent_tune.py``); no
model is trained on their texts.  Other languages use the English weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .encoder import DENSE_LIMIT
from .features import Cues, cues

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]

#: feature columns, in the order of :func:`feature_matrix`
FEATURES: tuple[str, ...] = (
    "lead",
    "pos_fast",
    "pos_slow",
    "pos_rel",
    "centrality",
    "centroid",
    "first_sim",
    "forward",
    "lead_strength",
    "title",
    "figures",
    "event",
    "question",
    "quoted",
    "attributed",
    "boilerplate",
    "short",
    "long",
    "length",
)

WEIGHTS: dict[str, dict[str, float]] = {
    "en": {
        "lead": 1.1,
        "pos_fast": 0.85,
        "pos_slow": 0.4,
        "pos_rel": 0.0,
        "centrality": 0.4,
        "centroid": 0.0,
        "first_sim": -0.3,
        "forward": 0.4,
        "lead_strength": 0.3,
        "title": 1.55,
        "figures": 0.45,
        "event": 0.1,
        "question": -1.95,
        "quoted": -1.05,
        "attributed": 0.25,
        "boilerplate": -2.0,
        "short": 0.25,
        "long": -1.3,
        "length": 0.0,
    },
    "ru": {
        "lead": 1.3,
        "pos_fast": 2.15,
        "pos_slow": 0.3,
        "pos_rel": 0.1,
        "centrality": 0.1,
        "centroid": 0.0,
        "first_sim": -0.4,
        "forward": 0.6,
        "lead_strength": 0.4,
        "title": 3.15,
        "figures": 0.45,
        "event": 0.1,
        "question": -1.95,
        "quoted": -1.05,
        "attributed": -0.35,
        "boilerplate": -2.0,
        "short": -0.75,
        "long": -2.5,
        "length": -0.1,
    },
}

#: set by hand, not tuned: ROUGE does not reward them, but a highlight must state the central
#: figures or event (a death toll, a vote), which the first two cues find; chrome is never
#: highlighted anyway (see ``ranking``), its weight only keeps its score at the bottom
HAND_SET = frozenset({"figures", "event", "boilerplate"})
#: MMR trade-off per language: how much similarity to an earlier pick costs
REDUNDANCY: dict[str, float] = {"en": 0.5, "ru": 0.5}
#: a sentence at least this similar to a pick is a repeat and never picked
DUPLICATE = 0.75


@dataclass(frozen=True, slots=True)
class SentenceInput:
    text: str
    #: structural weight from the block it sits in: 1 for a paragraph, less for a heading
    weight: float = 1.0


def feature_matrix(
    texts: Sequence[str], vectors: Any, title_vec: Matrix | None, language: str
) -> tuple[Matrix, Matrix | SimilarityRows]:
    """``(features, similarity)``: one row of :data:`FEATURES` per sentence, and cosines.

    ``vectors`` are unit rows, dense or (for a long article) scipy sparse.  The cosines are the
    dense matrix up to :data:`~.encoder.DENSE_LIMIT` sentences, :class:`SimilarityRows` beyond:
    either way ``similarity[i]`` is row ``i``, clipped to 0..1 with 0 for the sentence itself.
    """
    import numpy as np

    n = len(texts)
    sim: Matrix | SimilarityRows
    if n <= DENSE_LIMIT and isinstance(vectors, np.ndarray):
        sim = (vectors @ vectors.T).astype(np.float32)
        np.clip(sim, 0.0, 1.0, out=sim)
        np.fill_diagonal(sim, 0.0)
        total = sim.sum(axis=1)
        later = np.triu(sim, k=1).sum(axis=1)
        first_sim = sim[0, 1:]
    else:
        sim = SimilarityRows(vectors)
        total, later = sim.sums()
        first_sim = sim[0][1:]
    idx = np.arange(n, dtype=np.float32)
    f = np.zeros((n, len(FEATURES)), dtype=np.float32)
    col = {name: i for i, name in enumerate(FEATURES)}

    f[0, col["lead"]] = 1.0
    f[:, col["pos_fast"]] = np.exp(-idx / 3.0)
    f[:, col["pos_slow"]] = 1.0 / (1.0 + idx / 5.0)
    f[:, col["pos_rel"]] = 1.0 - idx / max(1, n - 1)
    degree = total / max(1, n - 1)
    f[:, col["centrality"]] = _unit(degree)
    centre = np.asarray(vectors.sum(axis=0), dtype=np.float32).ravel()
    centre_norm = float(np.linalg.norm(centre))
    if centre_norm > 0:
        f[:, col["centroid"]] = _unit(np.clip(vectors @ (centre / centre_norm), 0.0, 1.0))
    f[1:, col["first_sim"]] = first_sim
    f[:, col["forward"]] = _unit(later / max(1, n - 1))
    strength = float(degree[0] / degree.max()) if n and degree.max() > 0 else 0.0
    f[:, col["lead_strength"]] = strength * f[:, col["pos_fast"]]
    if title_vec is not None:
        f[:, col["title"]] = _unit(np.clip(vectors @ title_vec[0], 0.0, 1.0))
    for i, text in enumerate(texts):
        c: Cues = cues(text, language)
        f[i, col["figures"]] = c.figures
        f[i, col["event"]] = c.event
        f[i, col["question"]] = c.question
        f[i, col["quoted"]] = c.quoted
        f[i, col["attributed"]] = c.attributed
        f[i, col["boilerplate"]] = c.boilerplate
        f[i, col["short"]] = 1.0 if c.n_words < 8 else 0.0
        f[i, col["long"]] = min(1.0, max(0.0, (c.n_words - 35) / 30.0))
        f[i, col["length"]] = min(1.0, c.n_words / 25.0)
    return f, sim


class SimilarityRows:
    """The cosines of a long article's sentences, one row at a time, never all at once.

    Every sentence against every other is a matrix that grows with the square of the article
    (5 MB of news: ~60,000 sentences, 14 GB as float32, and as many multiplications).  What the
    features need of it are sums, which a running sum gives in time linear in the article: a
    sentence's total similarity is its dot product with the sum of all vectors, less itself,
    and its similarity to what follows is its dot product with the sum of the later ones.  MMR
    asks for one row per pick.  With non-negative vectors (the lexical encoder's TF-IDF) the
    sums are those of the dense matrix; with vectors that can point apart (USE) a negative
    cosine is not clipped to 0 in the sums (rows still are): a long article's approximation.
    """

    #: rows multiplied together at a time (the similarity inside a block is dense)
    BLOCK = 512

    def __init__(self, vectors: Any) -> None:
        self.vectors = vectors

    def __getitem__(self, i: int) -> Matrix:
        import numpy as np

        row = _dense(self.vectors @ _row(self.vectors, i))
        out = np.clip(np.asarray(row, dtype=np.float32).ravel(), 0.0, 1.0)
        out[i] = 0.0
        return out

    def sums(self) -> tuple[Matrix, Matrix]:
        """``(total, later)``: each row's sum over the other sentences, and over those after it."""
        import numpy as np

        v = self.vectors
        n = v.shape[0]
        total = np.zeros(n, dtype=np.float32)
        later = np.zeros(n, dtype=np.float32)
        everything = _column_sums(v)
        after = np.zeros_like(everything)  # the sum of the vectors after the current block
        for a in reversed(range(0, n, self.BLOCK)):
            b = min(n, a + self.BLOCK)
            block = v[a:b]
            inner = np.asarray(_dense(block @ block.T), dtype=np.float32)
            own = np.diagonal(inner).copy()
            np.fill_diagonal(inner, 0.0)
            total[a:b] = np.asarray(block @ everything, dtype=np.float32).ravel() - own
            within = np.triu(inner, k=1).sum(axis=1)
            later[a:b] = np.asarray(block @ after, dtype=np.float32).ravel() + within
            after += _column_sums(block)
        return total, later


def _row(vectors: Any, i: int) -> Any:
    """Row ``i`` as a vector a matrix can be multiplied by (dense or scipy sparse)."""
    import numpy as np

    return vectors[i] if isinstance(vectors, np.ndarray) else vectors[i].T


def _column_sums(vectors: Any) -> Matrix:
    import numpy as np

    return np.asarray(vectors.sum(axis=0), dtype=np.float32).ravel()


def _dense(m: Any) -> Any:
    return m.toarray() if hasattr(m, "toarray") else m


def weights_for(language: str) -> tuple[dict[str, float], float]:
    """The blend weights and MMR trade-off for ``language`` (English ones for the rest)."""
    key = language if language in WEIGHTS else "en"
    return WEIGHTS[key], REDUNDANCY[key]


def _unit(x: Matrix) -> Matrix:
    top = float(x.max()) if x.size else 0.0
    return x / top if top > 0 else x


def blend(features: Matrix, weights: dict[str, float]) -> Matrix:
    import numpy as np

    w = np.array([weights.get(name, 0.0) for name in FEATURES], dtype=np.float32)
    return (features @ w).astype(np.float32)


def select(
    scores: Matrix,
    sim: Matrix | SimilarityRows,
    count: int,
    *,
    redundancy: float = 0.5,
    duplicate: float = DUPLICATE,
    eligible: Sequence[bool] | None = None,
    first: int | None = None,
) -> list[int]:
    """Indices of ``count`` sentences by greedy MMR, in the order they were picked.

    ``first`` is picked before anything else (the lead, see :func:`lead_index`).
    """
    import numpy as np

    n = len(scores)
    ok = np.ones(n, dtype=bool) if eligible is None else np.array(eligible, dtype=bool)
    picked: list[int] = []
    max_sim = np.zeros(n, dtype=np.float32)
    spread = float(scores[ok].max() - scores[ok].min()) if ok.any() else 0.0
    penalty = redundancy * (spread if spread > 0 else 1.0)
    while len(picked) < count and ok.any():
        gain = np.where(ok, scores - penalty * max_sim, -np.inf)
        best = int(np.argmax(gain)) if first is None or picked else first
        picked.append(best)
        ok[best] = False
        max_sim = np.maximum(max_sim, sim[best])
        ok &= max_sim < duplicate
    return picked


def lead_index(features: Matrix, eligible: Sequence[bool] | None = None) -> int | None:
    """The lead: the first of the opening sentences that reads as a statement of news.

    Skips a dateline or teaser too short to carry a claim, a question, a quote and site chrome;
    looks no further than the third sentence, since a later one is no longer the lead.
    """
    col = {name: i for i, name in enumerate(FEATURES)}
    seen = 0
    for i, row in enumerate(features):
        if eligible is not None and not eligible[i]:
            continue
        if (
            row[col["boilerplate"]] == 0
            and row[col["question"]] == 0
            and row[col["short"]] == 0
            and row[col["quoted"]] < 0.5
        ):
            return i
        seen += 1
        if seen == 3:
            break
    return None


def default_count(n_sentences: int) -> int:
    """How many sentences to highlight: 2–3 for a short item, ~12% of a long feature."""
    if n_sentences <= 3:
        return min(n_sentences, 1 if n_sentences < 3 else 2)
    if n_sentences <= 8:
        return 2
    return max(3, min(15, round(n_sentences * 0.12)))
