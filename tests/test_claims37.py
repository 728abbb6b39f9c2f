"""Issue 13, thirty-seventh session: the harms a fact-checker meets first — a level a change
reaches read as a year, a name and a film's gauge read as measures,
a loser's sets read as a range (invented sentences, none from an evaluation set).  Each case
failed on the session's base code unless marked a guard."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, "en")]


def _ru(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Число пострадавших от паводка в районе выросло до 1340, сообщили в МЧС.", 1340.0),
        ("Количество заявок на участие сократилось до 1760.", 1760.0),
        ("Число обращений в поликлиники возросло до 1925, сообщили в минздраве.", 1925.0),
    ],
)
def test_ru_a_level_a_change_reaches_is_no_year(text: str, value: float) -> None:
    assert value in [v for v, _, _ in _ru(text)]


def test_ru_both_ends_of_a_change_are_levels() -> None:
    found = _ru("Число вакансий в регионе сократилось с 1980 до 1640 за квартал.")
    assert {1980.0, 1640.0} <= {v for v, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        # guards: a year's context still dates
        "Программа продлена до 2030 года.",
        "Цены выросли до уровня 2019 года.",
        "Выпуск рос с 2015 по 2020 год.",
        "Срок действия документа продлён до 2026.",
    ],
)
def test_ru_a_year_in_a_years_context_stays_a_year(text: str) -> None:
    assert not [v for v, _, _ in _ru(text) if 1900 <= v <= 2100]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The number of evacuees rose to 1340 on Tuesday, officials said.", 1340.0),
        ("The death toll has climbed to 1275.", 1275.0),
        ("Membership reached 1860 in March.", 1860.0),
    ],
)
def test_en_a_level_a_change_reaches_is_no_year(text: str, value: float) -> None:
    assert value in [v for v, _, _ in _en(text)]


def test_en_a_falling_pair_after_from_is_two_levels() -> None:
    found = _en("The herd fell from 1950 to 1720 over the winter.")
    assert {1950.0, 1720.0} <= {v for v, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        # guards: a rising pair of recent years, a date a plan is moved to, a year naming levels
        "Sales grew from 2010 to 2015.",
        "The programme was extended to 2030.",
        "Growth is expected to slow to 2024.",
    ],
)
def test_en_a_year_in_a_years_context_stays_a_year(text: str) -> None:
    assert not [v for v, _, _ in _en(text) if 1900 <= v <= 2100]


def test_en_a_capitalised_coin_after_a_number_is_a_name() -> None:
    assert _en("Rapper 50 Cent played two shows in Glasgow.") == [(2.0, None, "show")]
    assert (50.0, None, "cent") in _en("The stamp now costs 50 cents.")  # guard


@pytest.mark.parametrize(
    "text",
    [
        "The festival screens only prints shot on 35mm film.",
        "She scans 35mm slide film and 16mm negatives for archives.",
    ],
)
def test_en_a_film_gauge_names_a_format(text: str) -> None:
    assert _en(text) == []


def test_en_a_thickness_in_mm_stays_a_measure() -> None:
    assert (8.0, None, "mm") in _en("The new tablet is 8mm thick.")


def test_en_a_losers_sets_are_a_score() -> None:
    assert _en("The wild card lost 2-6, 3-6 against the top seed on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare amount ending its clause counts what the figure before it counts
        (
            "Победитель набрал 214 голосов выборщиков, его соперник — 187.",
            (187.0, None, "голос"),
        ),
        ("Допустимая скорость там 60 км/ч, а на трассе при разрешённых 90.", (90.0, None, "km/h")),
        (
            "Литр молока продают по 95–110 рублей, а пачку масла — за 240.",
            (240.0, None, "RUB"),
        ),
        # the scale comes with the unit
        (
            "Сделка обошлась покупателю не менее чем в 40 млн долларов, а то и во все 50.",
            (50_000_000.0, None, "USD"),
        ),
        # a scaled amount looks back past an age to the last scaled figure
        (
            "Аудитория сайта составила 12,4 миллиона россиян в возрасте 18-45 лет, приложения — "
            "3,1 миллиона.",
            (3_100_000.0, None, "россиянин"),
        ),
    ],
)
def test_ru_an_elided_unit_is_the_figure_befores(
    text: str, expected: tuple[float, float | None, str]
) -> None:
    assert expected in _ru(text)


def test_ru_a_level_after_a_change_in_percent_takes_no_percent() -> None:
    # guard: the size of a change and the level it reaches measure two things
    found = _ru("Число выданных лицензий сократилось на 12% — до 1,4 млн.")
    assert (1_400_000.0, None, "%") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate per a round amount of a unit: the amount belongs to the denominator
        (
            "Цена газа на бирже поднялась до $1520 за 1 тыс. куб. м.",
            [(1520.0, None, "USD/1000 m³")],
        ),
        (
            "Поставщик предложил 290 долларов за тысячу кубометров.",
            [(290.0, None, "USD/1000 m³")],
        ),
        ("Норма выброса — не более 30 мг на 1 куб. м.", [(30.0, None, "mg/m³")]),
    ],
)
def test_ru_a_rate_per_a_round_amount(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert _ru(text) == expected


def test_ru_a_sum_for_a_count_of_things_is_no_rate() -> None:
    # guard: «на 100 семей» counts families; the sum is no rate per a unit
    assert (5_000_000.0, None, "RUB") in _ru("На помощь выделено 5 млн рублей на 100 семей.")
