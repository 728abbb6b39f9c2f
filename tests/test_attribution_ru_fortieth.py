"""Russian attribution, fortieth session (issue 12): reports, orders and drafts are documents
whose owner or issuer speaks, and the sentence issuing one is parsed so that the issuer is
found.  Our own invented
articles; each test fails with its rule off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from attributed import speaker_name

from newsprism.article import Article
from newsprism.attribution import flags_ru, lexicon_ru
from newsprism.attribution.roles import RU_DOCUMENTS
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


def _read(text: str) -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))


def _said(article: Article, phrase: str) -> list[str | None]:
    return [speaker_name(article, q) for q in article.quotes if phrase in q.text]


def _kinds(article: Article, phrase: str) -> list[str | None]:
    by_id = {s.id: s for s in article.speakers}
    return [
        by_id[q.speaker].kind if q.speaker in by_id else None
        for q in article.quotes
        if phrase in q.text
    ]


@pytest.mark.parametrize("noun", ["отчёт", "доклад", "приказ", "распоряжение", "законопроект"])
def test_reports_and_orders_are_documents(noun: str) -> None:
    assert noun in RU_DOCUMENTS


def test_a_report_speaks_for_its_owner() -> None:
    text = (
        "Прогноз для региона\n\n"
        "В докладе Всемирного банка говорится, что рост экономики региона замедлится до 2%."
    )
    assert _said(_read(text), "рост экономики") == ["Всемирный банк"]


@pytest.fixture
def fresh_lexicon() -> Iterator[None]:
    """The pre-filter's word forms are cached per dictionary: rebuilt around a flag's change."""
    lexicon_ru._cue_lexicon.cache_clear()
    yield
    lexicon_ru._cue_lexicon.cache_clear()


_STEEL = (
    "Итоги года\n\n"
    "Металлургическая компания «Уралсталь» опубликовала годовой отчёт. "
    "В отчёте отмечается, что выручка снизилась на 5% из-за падения цен на прокат."
)


def test_a_report_speaks_for_the_body_that_issued_it(fresh_lexicon: None) -> None:
    assert _said(_read(_STEEL), "выручка снизилась") == ["Уралсталь"]


def test_without_the_issuing_sentence_parsed_the_report_is_the_speaker(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None
) -> None:
    monkeypatch.setattr(flags_ru, "ISSUING_PARSED", False)
    assert _said(_read(_STEEL), "выручка снизилась") != ["Уралсталь"]


def test_an_order_speaks_for_the_official_who_signed_it(fresh_lexicon: None) -> None:
    text = (
        "Рынок закроют\n\n"
        "Губернатор области Павел Смирнов подписал распоряжение о закрытии рынка. "
        "Соответствующее распоряжение было опубликовано на портале правительства региона. "
        "В документе указано, что торговля прекратится с 1 мая."
    )
    assert _said(_read(text), "торговля прекратится") == ["Павел Смирнов"]
