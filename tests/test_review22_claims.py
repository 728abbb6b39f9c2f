"""Review of round 22's claims: an hour of the clock said in words ("at 7 in the morning") is
no figure, but a value a change reaches or its size is ("the toll rose to 12 in the morning")
(invented sentences)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of injured rose to 12 in the morning, the hospital said.", [12.0]),
        ("The index fell by 3 in the afternoon session after the announcement.", [3.0]),
        ("The shop is open from 9 in the morning to 6 in the evening.", []),
        ("Guests must leave the hall by 10 in the evening.", []),
    ],
)
def test_a_value_reached_in_the_morning_is_a_figure(text: str, expected: list[float]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("USA Today", "USA Today"),
        ("Russia Today", "Russia Today"),
        ("the ministry today", "the ministry"),
        ("the agency still", "the agency"),
    ],
)
def test_a_capitalised_time_word_is_part_of_a_name(words: str, expected: str) -> None:
    """A span that ran past a source's name into "today" or "still" is cut, but a name that
    ends in such a word, capitalised ("USA Today"), is the outlet's whole name."""
    from newsprism.claims.source_words import tidy_source

    assert tidy_source(words) == expected
