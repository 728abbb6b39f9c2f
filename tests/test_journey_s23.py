"""Faults a Russian-speaking reader met walking through every command (session 23)."""

from __future__ import annotations

from newsprism.trace.search import figure_values


def test_a_russian_decimal_written_in_digits_is_one_figure() -> None:
    # «7,2%» has no letters to tell its language: read as English it was 7 and 2, and
    # `trace '7,2%'` showed a trace of "в два раза"
    assert figure_values("7,2%") == [7.2]
    assert figure_values("11,9 %") == [11.9]


def test_figures_with_words_keep_their_language() -> None:
    assert figure_values("231 тыс.") == [231000.0]
    assert figure_values("231 thousand") == [231000.0]
    assert figure_values("40-45%") == [40.0, 45.0]
