"""A quoted sentence of its own right after an indirect report, in the same paragraph, is the
reporter's own words (forty-fourth session): «X сообщила, что … . «…».» — news style gives the
report first and the words after it.  Written texts, not evaluation data."""

from __future__ import annotations

import pytest

from newsprism.article import Article
from newsprism.attribution import flags_ru
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

AFTER = (
    "Вице-премьер Анна Соколова сообщила, что индексация пособий затронет около двух миллионов "
    "семей. «От этой индексации зависят почти все социальные выплаты в регионе». Решение "
    "правительство примет в мае."
)
# the quoted words in the next paragraph: no continuation across the paragraph break
NEXT_PARAGRAPH = (
    "Вице-премьер Анна Соколова сообщила, что индексация пособий затронет около двух миллионов "
    "семей.\n«От этой индексации зависят почти все социальные выплаты в регионе»."
)
# a title inside a sentence is no quoted sentence
TITLE = (
    "Вице-премьер Анна Соколова сообщила, что индексация пособий затронет около двух миллионов "
    "семей. Программа «Доступное жильё для молодых семей региона» продлена до 2030 года."
)
WORDS = "«От этой индексации зависят почти все социальные выплаты в регионе»"


def _article(text: str) -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))


def _credited(text: str, words: str) -> list[str | None]:
    article = _article(text)
    names = {s.id: s.name for s in article.speakers}
    return [
        names.get(q.speaker) if q.speaker is not None else None
        for q in article.quotes
        if words in text[q.start : q.end]
    ]


def test_quoted_sentence_after_a_report_is_the_reporters() -> None:
    assert _credited(AFTER, WORDS) == ["Анна Соколова"]


def test_off_the_words_are_no_one_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags_ru, "QUOTE_AFTER_REPORT", False)
    assert "Анна Соколова" not in _credited(AFTER, WORDS)


def test_not_across_a_paragraph_break() -> None:
    assert "Анна Соколова" not in _credited(NEXT_PARAGRAPH, WORDS)


def test_a_title_inside_a_sentence_is_not_continued() -> None:
    assert _credited(TITLE, "Доступное жильё") == []
