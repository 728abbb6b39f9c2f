"""Issue 13, tenth round: a Russian qualifier written before the preposition that governs the
number it bounds («более чем в 30 странах»)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Вакцину уже получили более чем в 40 странах.", 40, "более чем"),
        ("Почти у трети пациентов не было жалоб.", 1 / 3, "Почти"),
        ("Паводок затронул примерно 15 сёл.", 15, "примерно"),
        ("Тарифы подняли почти на 12%.", 12, "почти"),
        ("Сбои отмечены в 20 регионах.", 20, None),
    ],
)
def test_qualifier_before_a_preposition(text: str, value: float, qualifier: str | None) -> None:
    (q,) = find_quantities(text, "ru")
    assert q.value == pytest.approx(value)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time of day after a preposition of time is no figure (eleventh round)
        ("Совещание начнётся около 15.30 по Москве.", []),
        ("Пожар потушили к 18.30.", []),
        ("В 9.15 поезд ушёл, в нём было 300 человек.", [(300.0, "people")]),
        # a decimal figure with its unit after the same prepositions stays a figure
        ("Курс вырос до 16.50 рубля.", [(16.5, "RUB")]),
        ("Цены выросли в 2.50 раза.", [(2.5, "times")]),
    ],
)
def test_russian_time_of_day_after_a_preposition(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "ru")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «N лет назад» says when, as "N years ago" does (eleventh round)
        ("Два года назад завод закрыли.", []),
        ("Неделю назад цены выросли на 5%.", [(5.0, "%")]),
        ("Он проработал на заводе 10 лет.", [(10.0, "year")]),
    ],
)
def test_russian_ago_says_when(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "ru")] == expected
