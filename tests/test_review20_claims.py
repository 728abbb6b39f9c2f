"""Review of round 20's figure readings (issue 13): a decimal said aloud keeps one way of
writing, and years of something are not an age (invented sentences)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, lang: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, lang)]


@pytest.mark.parametrize(
    "sentence",
    [
        "At one point 300 people were queueing outside the embassy.",
        "At one point three hundred people were queueing outside the embassy.",
    ],
)
def test_at_one_point_is_an_idiom_not_a_decimal(sentence: str) -> None:
    assert _read(sentence) == [(300.0, None, "people")]


def test_a_decimal_said_aloud_is_still_read() -> None:
    assert (2.5, None, "%") in _read("Unemployment fell to two point five percent in May.")
    assert (13.4, None, "%") in _read("Turnout was 13 point 4 percent by noon.")


def test_years_of_service_after_from_are_not_an_age() -> None:
    assert _read("Надбавка положена с 20 лет выслуги.", "ru") == [(20.0, None, "year")]
    assert _read("Кружок принимает детей с 7 лет.", "ru") == [(7.0, None, "years old")]


def test_a_change_of_a_range_is_no_score_in_goals_and_points() -> None:
    got = _read("Growth forecasts were cut from 5-7 to 3-4 percent.")
    assert (5.0, 7.0, None) in got and (3.0, 4.0, "%") in got
    assert _read("Galway won by 2-11 to 1-9 on Sunday.") == []
