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
