"""Russian attribution of issue 12's tenth round, on our own short article.

An impersonal report («говорится в указе») speaks through the document it appears in, not
through a time the parser also hung on the verb («в среду»).
"""

from __future__ import annotations

from functools import cache

from newsprism.article import Article, Quote
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

#: our own article (a pardon story written for this test)
_PARDON = (
    "Губернатор помиловал осуждённого фермера\n\n"
    "Губернатор области помиловал фермера Олега Рябова. Об этом говорится в опубликованном "
    "на сайте администрации в среду, 3 марта, указе.\n\n"
    "Рябов был осуждён в прошлом году за незаконную вырубку леса."
)


@cache
def _analysed(text: str) -> Article:
    return Pipeline(["segment", "attribution"])(article_from_text(text, "ru"))


def _quote(article: Article, phrase: str) -> Quote:
    return next(q for q in article.quotes if phrase in q.text)


def test_a_time_is_not_where_a_text_appears() -> None:
    article = _analysed(_PARDON)
    q = _quote(article, "помиловал фермера")
    assert q.source_text is not None
    assert "указе" in q.source_text
    assert not q.source_text.startswith("среду")
