"""Units the sentence leaves implicit or spreads out: shared units of parallel figures, "from …
to …" changes with a date between the ends, a change "by X to Y" that is not a range."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def figures(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Nikkei gained by 1.8 percent while the Hang Seng slipped by 0.4.",
            [(1.8, None, "%"), (0.4, None, "%")],
        ),
        (
            "The main index closed at 7,215.40 points and the mid-cap index closed at 19,880.",
            [(7215.4, None, "point"), (19880, None, "point")],
        ),
        (
            "Average rents rose from about 900-950 euros to 1,100 in three years.",
            [(900, 950, "EUR"), (1100, None, "EUR"), (3, None, "year")],
        ),
        # a change and a new level: the level's unit is not said, so none is guessed
        ("Shares rose 8% to 3.65 after the results.", [(8, None, "%"), (3.65, None, None)]),
        # the unit of another sentence is not shared
        (
            "The euro traded at $1.0840. The index was up at 104.2 in late trade.",
            [(1.084, None, "USD"), (104.2, None, None)],
        ),
    ],
)
def test_parallel_figures_share_a_unit(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [
        (pytest.approx(v), pytest.approx(h) if h else None, u) for v, h, u in expected
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The coin slid from $412 at 9am on Monday to $388 on Tuesday.", (412, 388, "USD")),
        ("Fleet economy rose from 31 mpg in 2016 to 38 mpg in 2024.", (31, 38, "mpg")),
        ("Its rating went from 22 mpg combined to 25 for the hybrid.", (22, 25, "mpg")),
    ],
)
def test_from_to_across_a_time_phrase(sentence: str, expected: tuple[float, float, str]) -> None:
    got = figures(sentence)
    assert got == [(pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])]


def test_change_then_level_is_not_a_range() -> None:
    got = figures("The trade surplus shrank by $12.5 billion to $301.9 billion last year.")
    assert got == [(pytest.approx(12.5e9), None, "USD"), (pytest.approx(301.9e9), None, "USD")]
    q = find_quantities("The deficit widened by $8 billion to $95 billion.", "en")
    assert [x.change for x in q] == ["up", "="]
