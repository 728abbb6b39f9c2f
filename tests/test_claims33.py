"""Issue 13, thirty-third session (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    "text",
    [
        "КАЗАНЬ, 14 авг ИНТЕРФАКС.",
        "ТОМСК, 3 сент. Агентство Сибирь.",
        "ОМСК, 21 дек — корр. агентства.",
    ],
)
def test_ru_a_day_before_a_short_month_is_a_dateline(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_count_beside_a_short_month_word_elsewhere_still_counts() -> None:
    assert _ru("КАЗАНЬ, 14 авг ИНТЕРФАКС. Завод выпустил 300 тракторов.") == [(300.0, "трактор")]
