"""Issue 13, thirty-third session (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    "text",
    [
        "КАЗАНЬ, 14 авг ИНТЕРФАКС.",
        "ТОМСК, 3 сент. Агентство Сибирь.",
        "ОМСК, 21 дек — корр. агентства.",
    ],
)
def test_ru_a_day_before_a_short_month_is_a_dateline(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_count_beside_a_short_month_word_elsewhere_still_counts() -> None:
    assert _ru("КАЗАНЬ, 14 авг ИНТЕРФАКС. Завод выпустил 300 тракторов.") == [(300.0, "трактор")]


def _en(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "The studio keeps its printers and its archive under one roof.",
        "The speaker is screwed up to one wall of the hall.",
        "Tonight we talk about one of the oldest bridges in town.",
        "Tie a ribbon around one of the branches.",
    ],
)
def test_en_a_preposition_before_one_is_no_bound(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repair took under one hour.", [(1.0, "hour", "<")]),
        ("About one in five tenants pays late.", [(0.2, "fraction", "~")]),
        ("Over one million tickets were sold.", [(1000000.0, "ticket", ">")]),
    ],
)
def test_en_a_bound_on_a_measure_of_one_still_bounds(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Typing confirm(30) in the console opened a box.",
        "The loop stops when it reaches the index k+1.",
        "The area grows as r^2 in this model.",
    ],
)
def test_en_digits_in_code_or_a_formula_are_no_figure(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan is 2+1 days in the city.", [(2.0, None, ">"), (1.0, "day", "=")]),
        ("Net profit (12%) beat forecasts.", [(12.0, "%", "=")]),
    ],
)
def test_en_figures_beside_brackets_and_plus_signs_still_count(
    text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The panel tested kettles from all four of these makers.",
        "By noon she had toured all six lighthouses.",
        "He scored all two of his tries before the break.",
    ],
)
def test_en_all_and_a_number_word_name_a_known_set(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The menu covers all five basic tastes.", [(5.0, "basic taste", "=")]),
        ("The fire killed all three horses in the barn.", [(3.0, "horse", "=")]),
        ("All 40 members voted for the plan.", [(40.0, "member", "=")]),
    ],
)
def test_en_all_with_a_modifier_harm_or_digits_still_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


def _ru_q(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.qualifier) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пошлины вырастут в пределах 15%.", [(15.0, None, "в пределах")]),
        ("Скидка составит в пределах от 5 до 8%.", [(5.0, 8.0, "в пределах")]),
        ("Цены выросли от 5 до 7%.", [(5.0, 7.0, None)]),
    ],
)
def test_ru_within_bounds_the_figure(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _ru_q(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riders under the age of sixteen need a helmet.", [(16.0, "years old", "<")]),
        ("Flu deaths among adults below the age of 50 fell.", [(50.0, "years old", "<")]),
        ("She retired at the age of 61.", [(61.0, "years old", "=")]),
    ],
)
def test_en_under_the_age_of_bounds_the_age(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected
