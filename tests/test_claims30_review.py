"""Issue 13, thirtieth session's review: figures made up or lost by this session's claims work —
any noun taken for a measure in "a half-X of", a duration in «с опозданием в 3 часа» read as a
clock time, a period before «ежедневно» read as a rate (invented sentences, none from an
evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _found(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A half-brother of the king inherited the estate in the north.", "brother"),
        ("The minister offered a half-truth of the worst kind to the committee.", "truth"),
        ("Critics called the levy a half-measure of little use to tenants.", "measure"),
        ("The challenger had half a chance of winning the seat, the poll suggested.", "chance"),
        ("The cathedral took half a lifetime of work to restore.", "lifetime"),
    ],
)
def test_en_a_half_of_a_noun_that_is_no_measure_measures_nothing(text: str, noun: str) -> None:
    # "half a chance" stays the bare fraction the base read; no noun becomes a unit
    found = find_quantities(text, "en")
    assert [q.unit for q in found if q.unit == noun] == []
    if "-" in text.split(" of ")[0]:
        assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each guest was served half a glass of mulled wine.", (0.5, "glass")),
        ("Season the broth with a half-teaspoon of salt.", (0.5, "teaspoon")),
        ("The crew drank a half bottle of rum before dawn.", (0.5, "bottle")),
    ],
)
def test_en_a_half_of_a_container_stays_a_measure(text: str, expected: tuple[float, str]) -> None:
    assert _found(text, "en")[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Поезд из Казани прибыл с опозданием в 3 часа.", [(3.0, "hour")]),
        ("Задержка в 6 часов возмутила пассажиров рейса.", [(6.0, "hour")]),
        ("Разница в 7 часов мешает переговорам партнёров.", [(7.0, "hour")]),
    ],
)
def test_ru_hours_a_noun_measures_are_a_duration(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _found(text, "ru") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Матч на стадионе начнётся в 15 часов.",
        "Заседание пройдёт 7 апреля в 11 часов.",
        "Трансляция начнётся в 9 часов по московскому времени.",
        "Собрание жильцов назначено на пятницу в 10 часов.",
        "Завтра в 8 часов откроется выставка.",
    ],
)
def test_ru_hours_after_a_verb_or_a_date_are_a_clock_time(text: str) -> None:
    assert [q for q in find_quantities(text, "ru") if q.unit == "hour"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он 20 лет ежедневно ходил на завод пешком.", [(20.0, "year")]),
        ("Семья 10 лет ежегодно ездила в Крым.", [(10.0, "year")]),
        ("Она 5 месяцев ежемесячно платила взносы в фонд.", [(5.0, "month")]),
        # money and measures keep their rates
        ("Комбинат отгружает 300 тонн ежедневно.", [(300.0, "tonne/day")]),
        ("Фонд выплачивает 2 млн рублей ежегодно.", [(2000000.0, "RUB/year")]),
    ],
)
def test_ru_an_adverb_of_period_after_a_span_is_no_rate(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _found(text, "ru") == expected
