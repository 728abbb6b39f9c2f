"""English attribution, thirty-ninth session (issue 12): of two readings of the same words, the
one that names its source wins over a sourceless one (a raising passive: "Inflation is expected
to slow, the central bank said").  The rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import quote_spans_en

FORECAST = (
    "Rates\n\n"
    "Inflation is expected to slow to 3 percent by the end of the year, the central bank said "
    "on Tuesday. The market for managed databases is projected to grow to $40 billion by 2029, "
    "according to Gartner.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_a_reading_that_names_its_source_wins_over_a_sourceless_one(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quote_spans_en, "SOURCED_OVER_SOURCELESS", on)
    article = attributed(FORECAST)
    bank = speaker_name(article, quote_holding(article, "Inflation is expected"))
    gartner = speaker_name(article, quote_holding(article, "managed databases"))
    if on:
        assert bank == "the central bank"
        assert gartner == "Gartner"
    else:
        assert bank is None


def test_a_passive_with_no_source_named_anywhere_keeps_its_reading() -> None:
    article = attributed(
        "Turnout\n\nTurnout is expected to exceed 60 percent in the capital this year.\n"
    )
    held = [q for q in article.quotes if "exceed 60 percent" in q.text]
    assert held and speaker_name(article, held[0]) is None
