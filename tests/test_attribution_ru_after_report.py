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

# the next sentence gives the quoted words to someone else (review finding 17): a reply, not
# the reporter's words
REPORT = (
    "Глава управления транспорта Сергей Волков заявил, что новая линия метро откроется к "
    "декабрю. «Эти сроки переносят уже третий год подряд». "
)
REPLY = "«Эти сроки переносят уже третий год подряд»"
ANSWERED = {
    "postposed cue": REPORT + "Так прокомментировал слова чиновника депутат Марина Белова.",
    "about this": REPORT + "Об этом сказала журналистам депутат Марина Белова.",
    "pointing back": REPORT + "С этим не согласна депутат Марина Белова.",
    "an organisation": REPORT + "Об этом заявили активисты движения «Город для людей».",
}
# the reporter named again after the words: still his own
OWN = REPORT + "Об этом Волков сказал журналистам после заседания."
# another person's report with its own content: the quoted words stay the reporter's
OTHER_REPORT = REPORT + "Депутат Марина Белова заявила, что проверит ход работ."


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


@pytest.mark.parametrize("shape", sorted(ANSWERED))
def test_a_reply_credited_in_the_next_sentence_is_not_the_reporters(shape: str) -> None:
    assert "Сергей Волков" not in _credited(ANSWERED[shape], REPLY)


def test_the_report_before_the_reply_stays_the_reporters() -> None:
    # the guard only withholds the continuation; the reporter's own report stays his
    article = _article(ANSWERED["postposed cue"])
    names = {s.id: s.name for s in article.speakers}
    assert any(names.get(q.speaker) == "Сергей Волков" for q in article.quotes)


def test_the_reporter_named_again_keeps_the_words() -> None:
    assert _credited(OWN, REPLY) == ["Сергей Волков"]


def test_another_report_with_its_own_content_keeps_the_words() -> None:
    assert _credited(OTHER_REPORT, REPLY) == ["Сергей Волков"]
