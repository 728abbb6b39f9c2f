"""Stage ``importance``: fill ``Sentence.importance`` (0..1) and ``Sentence.highlight``.

Only the running text is scored: figure captions and credits get 0 and are never highlighted;
headings are scored at a fraction of their weight (they summarise a section, but a highlight is
meant to be a sentence of the story); list items and table rows count a little less than
paragraph sentences.  ``count`` sets how many sentences are highlighted (``None`` adapts to the
article's length).
"""

from __future__ import annotations

import dataclasses

from ..article import AUXILIARY_KINDS, Article
from ..errors import ConfigError
from ..pipeline import Stage, register_stage
from .ranking import score_sentences

#: how much a sentence of each block kind counts against a paragraph sentence
BLOCK_WEIGHT = {"paragraph": 1.0, "quote": 0.8, "list": 0.8, "table": 0.5, "heading": 0.4}
#: headings may be highlighted only when they stand out this much (they rarely do)
HEADING_WEIGHT = BLOCK_WEIGHT["heading"]


def importance(article: Article, *, count: int | None = None, encoder: str = "lexical") -> Article:
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 0):
        raise ConfigError(
            f"importance: count must be a whole number of sentences ≥ 0, not {count!r}",
            hint="pass e.g. --highlights 5, or leave it out to adapt to the article's length",
        )
    body = [s for s in article.sentences if article.blocks[s.block].kind not in AUXILIARY_KINDS]
    kinds = [article.blocks[s.block].kind for s in body]
    scored = score_sentences(
        [s.text for s in body],
        title=article.title,
        language=article.language,
        count=count,
        weights=[BLOCK_WEIGHT.get(k, 1.0) for k in kinds],
        eligible=[k != "heading" or len(body) < 3 for k in kinds] if body else None,
        encoder=encoder,
    )
    values = {s.id: scored.importance[i] for i, s in enumerate(body)}
    picked = {body[i].id for i in scored.picked}
    sentences = tuple(
        dataclasses.replace(s, importance=values.get(s.id, 0.0), highlight=s.id in picked)
        for s in article.sentences
    )
    return dataclasses.replace(article, sentences=sentences)


STAGE = register_stage(
    Stage(
        name="importance",
        run=importance,
        requires=frozenset({"sentences"}),
        provides=frozenset({"importance"}),
        description="scores every sentence 0..1 and highlights the key ones (option: count)",
    )
)
