"""Attribution on invented text, for the tests of the translated-style rounds: one cached
pipeline (segment + attribution) and the speaker a quote was given to, so that each round's test
file does not carry its own copy."""

from __future__ import annotations

from functools import cache

from newsprism.article import Article
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"])


def attributed(text: str, language: str = "en") -> Article:
    """``text`` read as an article in ``language``, with its quotes and speakers."""
    return _pipeline()(article_from_text(text, language))


def speaker_of(article: Article, phrase: str) -> str | None:
    """The name of the speaker of the first quote holding ``phrase`` (None if it has none);
    fails, listing the quotes found, when no quote holds it."""
    q = next((q for q in article.quotes if phrase in q.text), None)
    assert q is not None, (phrase, [q.text for q in article.quotes])
    who = article.speaker(q.speaker)
    return who.name if who else None
