"""Attribution on invented text, for the attribution tests of the translated-style and Russian
rounds: one pipeline (segment + attribution), each article read once however many tests ask
about it, and the quote or speaker a phrase belongs to — so that each round's test file does
not carry its own copy."""

from __future__ import annotations

from functools import cache

from newsprism.article import Article, Quote
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"], strict=True)


@cache
def attributed(text: str, language: str = "en") -> Article:
    """``text`` read as an article in ``language``, with its quotes and speakers (the article
    is immutable, so one reading serves every test that asks)."""
    return _pipeline()(article_from_text(text, language))


def quote_holding(article: Article, phrase: str) -> Quote:
    """The first quote holding ``phrase``; fails, listing the quotes found, when none does."""
    q = next((q for q in article.quotes if phrase in q.text), None)
    assert q is not None, (phrase, [q.text for q in article.quotes])
    return q


def speaker_name(article: Article, quote: Quote) -> str | None:
    """The name of ``quote``'s speaker (None if it has none)."""
    who = article.speaker(quote.speaker)
    return who.name if who else None


def speaker_of(article: Article, phrase: str) -> str | None:
    """The name of the speaker of the first quote holding ``phrase`` (None if it has none)."""
    return speaker_name(article, quote_holding(article, phrase))


def said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    """Every quote holding ``phrase`` with its speaker's name (an empty list if none does)."""
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]
