"""Issue 13, tenth round: bounds written as a comparison ("as many as", "in the region of") and
an age between commas that stand apart from their words ("Ellis , 52 ,")."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an upper bound: the most there is
        ("As many as 300 families were moved out of the valley.", [(300, "family", "<")]),
        ("Floodwater rose as high as 4 metres in the old town.", [(4, "m", "<")]),
        # an amount after a change verb is the change itself
        ("The shares slid as much as 7% before noon.", [(7, "%", "down")]),
        ("Output jumped as much as 12% in March.", [(12, "%", "up")]),
        # after a comma it compares: equal to, not at most
        (
            "The new plant will burn 40 tonnes of straw a day, as much as 900 farms produce.",
            [(40, "tonne/day", "="), (900, "farm", "=")],
        ),
        # an approximation written as a place on a scale
        ("The contract is worth in the region of £80,000.", [(80000, "GBP", "~")]),
        ("Costs are on the order of $2 million.", [(2_000_000, "USD", "~")]),
    ],
)
def test_bounds(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her parents , Colin , 61 , and Ruth , 58 , were told on Friday .",
        "Her parents, Colin, 61, and Ruth, 58, were told on Friday.",
    ],
)
def test_age_between_commas_spaced_or_not(text: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "en")] == [
        (61, "years old"),
        (58, "years old"),
    ]


def test_lower_cased_name_before_a_verb() -> None:
    text = "Town 's keeper danny roper , 33 , was not in the squad ."
    assert [(q.value, q.unit) for q in find_quantities(text, "en")] == [(33, "years old")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About half arrived before the doors opened.", [(0.5, "fraction", "~")]),
        ("The town lost more than half, officials said.", [(0.5, "fraction", ">")]),
        # a period stays a period
        ("Orders slowed in the second half of 2024.", []),
    ],
)
def test_bounded_half_is_a_share(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bank earned $1.84 per diluted share.", "USD/diluted share"),
        ("The scheme pays £40 per enrolled pupil.", "GBP/enrolled pupil"),
        ("Flats let for €900 per calendar month.", "EUR/month"),
        ("Petrol costs $4 per gallon.", "USD/gallon"),
    ],
)
def test_rate_over_a_modified_noun(text: str, unit: str) -> None:
    (q,) = find_quantities(text, "en")
    assert q.unit == unit
