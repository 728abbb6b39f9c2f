"""Faults an English-speaking fact-checker met walking through every command (session 24)."""

from __future__ import annotations

from newsprism.trace.search import figure_values


def test_a_figure_grouped_by_commas_is_read_in_thousands() -> None:
    # `trace '231,000'`, copied from an English article, said "no trace found": the English
    # reading wants a word beside the number and the Russian one read 231.000
    assert figure_values("231,000")[0] == 231000.0
    assert figure_values("1,250,000") == [1250000.0]
    assert figure_values("7,2%") == [7.2]  # a Russian decimal stays one figure
