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
        "Материал проверяют по ч. 4 ст. 160 УК.",
        "Ему вменяют 3 ч. 30 статьи УК.",
    ],
)
def test_ru_a_part_of_a_law_stays_no_figure(text: str) -> None:
    assert _ru(text) == []


def _en(text: str) -> list[tuple[float, float | None, str | None, str]]:
    return [(q.value, q.value_high, q.unit, q.change) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank word before the number says which are counted, as a superlative after it does
        (
            "Our guide ranks the top 12 ferry operators in Europe.",
            [(12.0, None, "top ferry operator", "=")],
        ),
        ("These are my top five picks for spring.", [(5.0, None, "top pick", "=")]),
        # "top" as a verb ranks nothing
        ("Ticket sales could top 3 million seats.", [(3000000.0, None, "seat", "=")]),
        # the number of a ranked set counts, where "the two" alone points back
        (
            "The three main kinds of kiln are electric, gas and wood.",
            [(3.0, None, "main kind", "=")],
        ),
        ("We compared the ten best budget kettles.", [(10.0, None, "best budget kettle", "=")]),
        ("The two sisters left early.", []),
    ],
)
def test_en_a_rank_is_part_of_what_is_counted(
    text: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They hired a 40-person crew for the harvest.", [(40.0, None, "people", "=")]),
        ("The park sells $250+ million in passes a year.", [(250000000.0, None, "USD/year", ">")]),
        ("The club has 2.3 million iOS subscribers.", [(2300000.0, None, "ios subscriber", "=")]),
        ("Each flat houses two or more tenants.", [(2.0, None, "tenant", ">")]),
        ("The hedges grow 4 feet tall or more.", [(4.0, None, "ft", ">")]),
    ],
)
def test_en_units_bounds_and_scales(
    text: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "For bookings ring the depot on (555) 014-2290 after nine.",
        "The guard went 1-for-8 from the floor in the second half.",
        "Leeds Rhinos (9-4) travel to Hull on Friday.",
    ],
)
def test_en_phone_numbers_and_sports_records_are_no_figures(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two or three countries counted by a word point back at the ones named
        ("Министры обсудили торговлю двух стран.", []),
        ("Граждане трёх государств смогут въезжать без виз.", []),
        ("Помощь получили двум странам союза — Чили и Перу.", [(2.0, "страна")]),
        ("Договор подписали 12 стран.", [(12.0, "страна")]),
        # a rate whose unit is followed by what it measures
        ("Комбинат выпускает 400 тонн цемента в сутки.", [(400.0, "tonne/day")]),
        ("Трубопровод прокачивает 20 млрд кубометров газа в год.", [(20000000000.0, "m³/year")]),
        # a term of punishment given to someone is no age
        ("Суд назначил Сидорову 4 года колонии.", [(4.0, "year")]),
        ("Сидорову 34 года.", [(34.0, "years old")]),
        # a calibre inside a counted phrase is a figure of its own
        ("Батарея получила 18 152-мм гаубиц.", [(18.0, "гаубица"), (152.0, "mm")]),
        ("Выпал 20-см слой снега.", [(20.0, "cm")]),
        # «пол-» in its oblique cases
        ("Штраф или арест на срок до полугода.", [(0.5, "year")]),
        ("Ремонт занял около получаса.", [(0.5, "hour")]),
    ],
)
def test_ru_parties_rates_terms_calibres_and_halves(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _ru(text) == expected
