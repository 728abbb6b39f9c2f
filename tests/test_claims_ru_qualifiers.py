"""Issue 13, tenth round: a Russian qualifier written before the preposition that governs the
number it bounds («более чем в 30 странах»)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Вакцину уже получили более чем в 40 странах.", 40, "более чем"),
        ("Почти у трети пациентов не было жалоб.", 1 / 3, "Почти"),
        ("Паводок затронул примерно 15 сёл.", 15, "примерно"),
        ("Тарифы подняли почти на 12%.", 12, "почти"),
        ("Сбои отмечены в 20 регионах.", 20, None),
    ],
)
def test_qualifier_before_a_preposition(text: str, value: float, qualifier: str | None) -> None:
    (q,) = find_quantities(text, "ru")
    assert q.value == pytest.approx(value)
    assert q.qualifier == qualifier
