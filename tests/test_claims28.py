"""Issue 13, twenty-eighth session: «ч.» after a number is a part of a law only where the law's
shape follows (an article or a code after the part's number); otherwise it is an hour, and a
duration of hours and minutes gives its two figures as "2 hours 15 minutes" does in English
(invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Операция на сердце длилась 1 ч. 40 мин.", [(1.0, "hour"), (40.0, "minute")]),
        (
            "Паром задержали на 2 ч. 15 мин. из-за шторма у причала.",
            [(2.0, "hour"), (15.0, "minute")],
        ),
        ("Электричка простояла в поле 3 ч. без света.", [(3.0, "hour")]),
    ],
)
def test_ru_an_hour_abbreviated_before_minutes_is_a_duration(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _ru(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Бухгалтеру вменяют 4 ч. 160 ст. УК.",
        "Водителя оштрафовали по 1 ч. 12 КоАП.",
        "Дело возбуждено по ч. 2 ст. 167 УК РФ.",
        "Ему вменяют 3 ч. 30 статьи УК.",
    ],
)
def test_ru_a_part_of_a_law_stays_no_figure(text: str) -> None:
    assert _ru(text) == []
