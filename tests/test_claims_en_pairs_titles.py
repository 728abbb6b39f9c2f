"""Issue 13's eleventh round: a descending pair joined by "to" is two figures, a vote's tally
with "to" and a day/month with a slash are no figures, "N years ago" says when, a capitalised
measure after a number in prose is a title, and a title-case headline is read case-folded.
Invented sentences, none from an evaluation set."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities
from newsprism.claims.headlines_en import is_title_case, reading_text


def _read(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a descending pair compares two figures (a poll, a count of votes)
        (
            "The mayor leads her rival by 52 percent to 41 percent, the survey found.",
            [(52.0, None, "%"), (41.0, None, "%")],
        ),
        (
            "Ortega carried the county 48,310 to 46,902 votes.",
            [(48310.0, None, "vote"), (46902.0, None, "vote")],
        ),
        # an ascending pair stays one range; a change still gives two levels
        ("Temperatures will range from 10 to 15 degrees.", [(10.0, 15.0, "degree")]),
        ("Fares fell from 40 to 30 dollars.", [(40.0, None, "USD"), (30.0, None, "USD")]),
        # a vote's tally written with "to" is no figure
        ("The council voted 7 to 2 to approve the new budget.", []),
        ("The board approved the merger by a 4-to-1 vote.", []),
        # a day and a month with a slash name an event or a date
        ("She moved to Boston after the 9/11 attacks.", []),
        ("CORRECTION: 3/14 — an earlier version misspelled the name.", []),
        ("Add 3/4 of a cup of sugar.", [(0.75, None, None)]),
    ],
)
def test_pairs_tallies_and_slashed_dates(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Twelve years ago, the bakery opened on Main Street.", []),
        ("The dam was finished almost three decades ago.", []),
        ("The strike lasted 3 days.", [(3.0, None, "day")]),
        ("The governor appeared on 48 Hours last year to talk about taxes.", []),
        ("Her film 127 Hours opened to strong reviews in Denver.", []),
        ("12 Reasons Voters Are Angry About Health Care Costs", [(12.0, None, "reason")]),
        (
            "Coach Shouts 1 Angry Word At Referee, Instantly Gets Ejected",
            [(1.0, None, "angry word")],
        ),
        # a title-case line of addresses keeps its capitals: no counted "road"
        ("Head Office, 212 Kestrel Road, Ashford TN24 8QP", []),
    ],
)
def test_when_titles_and_headlines(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


def test_title_case_detection_and_folding_keep_offsets() -> None:
    headline = "Five Things To Know About The New FBI Budget"
    assert is_title_case(headline)
    folded = reading_text(headline)
    assert len(folded) == len(headline)
    assert folded.startswith("five things to know") and "FBI" in folded
    prose = "The governor said five things about the budget on Monday."
    assert not is_title_case(prose) and reading_text(prose) == prose


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # "over" + a duration after a preposition, a degree word or a verb of being is a bound
        ("The inquest ran a little over three hours.", ">"),
        ("The plant has now been over 400 days without an accident.", ">"),
        ("She taught at the school for over 10 years.", ">"),
        # after a verb of spreading or a noun it is the period something is spread over
        ("The credits are spread over 15 years.", "="),
    ],
)
def test_over_a_duration_bound_or_period(sentence: str, change: str) -> None:
    assert [q.change for q in find_quantities(sentence, "en")] == [change]
