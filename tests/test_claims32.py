"""Issue 13, thirty-second session: "-plus" after a number bounds it as "+" does, a year between
a picking determiner and a plural dates it, and a Russian digit after a named thing («Северный
поток 2») numbers the name (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "en")]


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot has 25-plus years of flying behind her.", [(25.0, "year", ">")]),
        ("Fans waited 40-plus minutes in the rain.", [(40.0, "minute", ">")]),
        ("Fans waited 40+ minutes in the rain.", [(40.0, "minute", ">")]),
    ],
)
def test_en_hyphen_plus_bounds_the_count(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Which 2023 albums did the critics like best?",
        "The 2019 floods closed the valley road.",
        "We ranked the most anticipated 2027 launches.",
    ],
)
def test_en_a_year_between_a_picking_word_and_a_plural_dates_it(text: str) -> None:
    assert _en(text) == []


def test_en_a_year_like_count_with_no_picking_word_still_counts() -> None:
    assert _en("The mill hired 2023 seasonal pickers.") == [(2023.0, "seasonal picker", "=")]


@pytest.mark.parametrize(
    "text",
    [
        "Работы по Балтийскому потоку 2 приостановлены.",
        "Строительство газопровода Южный поток 2 отложено.",
    ],
)
def test_ru_a_digit_after_a_named_thing_numbers_the_name(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_count_after_a_capitalised_adjective_at_the_start_still_counts() -> None:
    assert _ru("Центральный банк 3 раза поднимал ставку.") == [(3.0, "times")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Совет продлил перерыв на один час.", [(1.0, "hour")]),
        ("Переговоры идут уже более одного года.", [(1.0, "year")]),
    ],
)
def test_ru_one_period_after_na_or_a_bound_is_a_span(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _ru(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Все встречи прошли в один день.",
        "Команда осталась один на один с соперником.",
    ],
)
def test_ru_one_period_that_picks_stays_out(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_part_of_a_group_counts_what_the_group_counts() -> None:
    assert _ru("Закрыты 300 школ, 120 из них — в области.") == [(300.0, "школа"), (120.0, "школа")]
    assert _ru("Отобраны 12 проектов, четыре из которых получат гранты.") == [
        (12.0, "проект"),
        (4.0, "проект"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said that 2014 households were still without power.",
            [(2014.0, "household", "=")],
        ),
        ("Police estimated that 2017 protesters gathered.", [(2017.0, "protester", "=")]),
        ("After this 2016 volunteers signed up.", [(2016.0, "volunteer", "=")]),
        (
            "The council thanked the crews, which 2018 residents had fed.",
            [(2018.0, "resident", "=")],
        ),
    ],
)
def test_en_a_conjunction_or_pronoun_before_a_year_like_count_picks_nothing(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


def test_en_which_as_a_determiner_still_dates() -> None:
    assert _en("Analysts asked which 2025 trends will last.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("После урагана Приморский край 4 дня жил без электричества.", [(4.0, "day")]),
        ("Поэтому Московская область 2 недели закупала вакцину.", [(2.0, "week")]),
        (
            "В этом году Свердловская область 3 года подряд лидирует по вводу жилья.",
            [(3.0, "year")],
        ),
    ],
)
def test_ru_a_count_with_a_unit_after_a_named_body_counts_anywhere(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _ru(text) == expected


def test_ru_a_bare_digit_after_a_named_thing_numbers_it_mid_sentence() -> None:
    assert _ru("Он вспомнил про Северный поток 2 и вышел.") == []


def test_ru_a_counted_noun_that_agrees_after_a_named_body_counts() -> None:
    assert _ru("Зимой Приморский край 200 домов оставил без тепла.") == [(200.0, "дом")]


def test_ru_a_word_that_does_not_agree_after_a_named_thing_is_no_count() -> None:
    assert _ru("Эксперты называют споры о Турецком потоке 2 частью большой игры.") == []
