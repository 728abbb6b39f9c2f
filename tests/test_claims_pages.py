"""Figures as web pages write them: list numbers split off as sentences, photo ids, measure
compounds joined by hyphens, curly possessives, plurals in -ies.  Sentences written for these
tests (fictional events)."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def counts(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "3.",
        "12)",
        "5231877",
        "Our ways to cook them: 1) Boiled, 2) Fried, 3) Baked.",
        "It was the longest game of the 2015 season’s opening week.",
        "It was the longest game of the 2015 season's opening week.",
    ],
)
def test_numbers_that_state_nothing(sentence: str) -> None:
    assert counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 4,500-square-foot house sits on two acres.", [(4500, "sq ft"), (2, "acre")]),
        ("Divers searched a twelve-foot-deep flooded quarry.", [(12, "ft")]),
        ("Police said a 7-months-pregnant nurse was hurt.", [(7, "month")]),
        ("The club showed 40 movies and signed 2 goalies.", [(40, "movie"), (2, "goalie")]),
        ("The recipe serves 4 people.", [(4, "people")]),
        ("Only 2 of the 9 items were listed: the rest sold out.", [(2, "item"), (9, "item")]),
    ],
)
def test_figures_on_pages(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aim for yearly growth of 8% or greater.", [(8, "%", ">")]),
        ("Loans of $2,000 or higher need a guarantor.", [(2000, "USD", ">")]),
        ("Harbor Lane Press, $14.99; ages 9 and up", [(14.99, "USD", "="), (9, "years old", ">")]),
        ("Fares rose 3% and up to 6% on some routes.", [(3, "%", "up"), (6, "%", "<")]),
    ],
)
def test_bounds_after_the_figure(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.unit, q.change) for q in find_quantities(sentence, "en")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Delivery is free on baskets over $40, $60 or $90.", [">", ">", ">"]),
        ("Rival indexes were up 3.4% and 5.1%, respectively.", ["up", "up"]),
        ("Nearly 40 boats and 12 helicopters joined the search.", ["~", "="]),
        # not a list: a second figure after a comma alone, or one with a frame of its own
        ("Adult passes cost over $50, $20 for children.", [">", "="]),
        ("Shares rose 5%, and 3% of analysts expect more.", ["up", "="]),
    ],
)
def test_a_list_shares_its_bound_or_change(sentence: str, expected: list[str]) -> None:
    assert [q.change for q in find_quantities(sentence, "en")] == expected


def test_the_same_number_names_again() -> None:
    assert counts("These are the very same seven rules the club wrote in 1920.") == []
