"""Select important: score every sentence and pick the key ones (English, Russian, offline).

>>> from newsprism.importance import rank
>>> [s.text for s in rank(text) if s.highlight]

The ``importance`` stage (:mod:`.stage`) fills ``Sentence.importance`` and ``Sentence.highlight``
on an :class:`~newsprism.article.Article`.
"""

from __future__ import annotations

from .ranking import ScoredSentence, rank, score_sentences

__all__ = ["ScoredSentence", "rank", "score_sentences"]
