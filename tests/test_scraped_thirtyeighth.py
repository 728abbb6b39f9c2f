"""Scraped text, round 38: rules for lines a page's styling or its buttons leave in a copy, each
tested on pages we wrote (invented places and people), in English and Russian; each rule's test
fails on the round-37 code (133c7989); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _kinds(page: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(page)
    return [(b.kind, b.text) for b in blocks]


# -- a poll's label is a line of its own, whichever word names it ---------------------------------

_POLL_UNDER_A_SURVEY_RU = """Вести Заречья
Новости · Общество · Спорт · Афиша
Жители Заречного против платной парковки в центре
Администрация обещает вернуться к вопросу весной
Анна Кречетова
5 декабря 2026
Платную парковку на Центральной площади вводить не будут, по крайней мере до весны, сообщили в районной администрации.
Опрос, проведённый районной газетой в ноябре, показал, что против платной парковки две трети жителей.
А вы как считаете?
Платная парковка нужна
Пусть остаётся бесплатной
Не знаю
Голосовать
Глава района Сергей Лаптев сказал, что к вопросу вернутся после ремонта площади.
"""


def test_a_paragraph_opening_with_a_polls_word_is_no_polls_label() -> None:
    kinds = _kinds(_POLL_UNDER_A_SURVEY_RU)
    assert any(t.startswith("Опрос, проведённый районной газетой") for _, t in kinds), kinds
    # (the poll itself, its question, answers and button, still goes)
    assert not any(t in ("А вы как считаете?", "Голосовать") for _, t in kinds), kinds
