"""Web-page text that is not prose, and units read from their context (issue 13, seventh round):
live-blog entry times, photo counters, code listings, kitchen fractions, "Kb", the pound."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "16.42 Rescue teams say they have reached the last of the flooded villages.",
        "09:15 GMT The minister is expected to speak within the hour.",
        "3 of 12.",
        "Photo 7 of 9",
        '$config = ["retries" => 3, "timeout" => 30];',
        '<img src="/static/logo.png" width="120" height="40" />',
        '"requests": ">=2.31", "numpy": "<=1.26"',
    ],
)
def test_not_prose(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock-like number that a scale word or a unit follows is a figure
        ("12.30 Million viewers watched the final.", [(12_300_000.0, "viewer")]),
        ("Sales rose 12.30 percent in March.", [(12.3, "%")]),
        ("The team won 3 of 12 matches.", [(3.0, "match"), (12.0, "match")]),
        ("The average page now weighs 1,953Kb, up from 1,701Kb.", [(1953.0, "kB"), (1701.0, "kB")]),
        ("Whisk in 3/4 cup buttermilk and 1/4 teaspoon nutmeg.", [(0.75, "cup buttermilk"), (0.25, "teaspoon nutmeg")]),
        ("He lost 40 pounds before the fight.", [(40.0, "lb")]),
        ("The club lost 12 million pounds last season.", [(12_000_000.0, "GBP")]),
        ("A Scottish court fined the British firm 900 pounds.", [(900.0, "GBP")]),
        ("The farm sold 3 million pounds of apples.", [(3_000_000.0, "lb")]),
    ],
)  # fmt: skip
def test_read(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_date_is_not_a_fraction() -> None:
    # a US date after "on" is not a kitchen fraction (the date itself is left to the refusals)
    assert 0.75 not in [v for v, _ in _read("The vote is on 3/4 and the count follows.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council published a 212-page report on Tuesday.", [(212.0, "page")]),
        ("The new 450-seat theatre opens in May.", [(450.0, "seat")]),
        ("She sent a four-page letter to the board.", [(4.0, "page")]),
        ("It offers a ten-module online course.", [(10.0, "module")]),
        # grades, scores, idioms and adjectives are not what the number counts
        ("They stayed in a five-star hotel.", []),
        ("The hosts took a two-nil lead.", []),
        ("He made a one-time payment of $40.", [(40.0, "USD")]),
        ("A four-legged robot walked in.", []),
        ("She will be twenty-one years old.", [(21.0, "years old")]),
    ],
)  # fmt: skip
def test_hyphenated_counted_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike lasted a year and a half.", [(1.5, "year")]),
        ("Negotiators met for an hour and a half.", [(1.5, "hour")]),
        ("The rescue took half an hour.", [(0.5, "hour")]),
        ("Voters queued for a half hour in the rain.", [(0.5, "hour")]),
        ("The station airs a half-hour bulletin.", [(0.5, "hour")]),
        ("Half of the members voted.", [(0.5, "fraction")]),
    ],
)  # fmt: skip
def test_half_of_a_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 million people lack clean water.", [(300_000_000.0, "people")]),
        ("Some 20,000 people visit the island every summer.", [(20_000.0, "people")]),
        ("Three police officers were injured.", [(3.0, "police officer")]),
    ],
)  # fmt: skip
def test_plural_head_ends_the_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks could take three or four years.", [(3.0, "year"), (4.0, "year")]),
        ("She scored one or two goals.", [(1.0, "goal"), (2.0, "goal")]),
        ("Tickets cost $5 or $6.", [(5.0, "USD"), (6.0, "USD")]),
        ("Prices rose 2% or more.", [(2.0, "%")]),
    ],
)  # fmt: skip
def test_alternatives_are_two_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected
