"""Issue 13, thirtieth session: "take over" a duration as a bound, a period after a bound written
after the figure, and "one day" as the time between two events (invented sentences, none from
an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "en")]


def test_en_the_age_of_without_a_bound_stays_an_age() -> None:
    assert _en("At the age of 12 she moved to Tallinn with her aunt.") == [(12.0, "years old", "=")]


def test_en_a_span_looked_over_stays_a_period() -> None:
    # "the next six months" after "within" was tried as a bound and left out (the check half
    # lost two changes): the span keeps its equality
    assert _en("The council will decide within the next six months.") == [(6.0, "month", "=")]


def test_en_take_over_a_duration_is_a_bound() -> None:
    assert _en("Repairs could take over three weeks, the harbour master said.") == [
        (3.0, "week", ">")
    ]


def test_en_a_period_after_a_written_bound() -> None:
    assert _en("The grant is open to charities earning £80,000 or less yearly.") == [
        (80000.0, "GBP/year", "<")
    ]


def test_en_a_period_after_a_bound_before_a_noun_is_its_adjective() -> None:
    # "or more weekly shifts": the word of period is the adjective of what follows
    assert _en("Volunteers who give £20 or more weekly donations get a badge.") == [
        (20.0, "GBP", ">")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One day after the council vote, the mayor resigned.",
        "The ferry sailed again one day later than planned.",
    ],
)
def test_en_one_day_between_two_events_is_a_duration(text: str) -> None:
    assert _en(text) == [(1.0, "day", "=")]


@pytest.mark.parametrize(
    "text",
    [
        "She hopes the bridge will one day reach the island.",
        "One day she simply left the village.",
    ],
)
def test_en_one_day_of_some_day_is_no_figure(text: str) -> None:
    assert _en(text) == []


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare amount alone in brackets sets another time's amount of the same thing beside it
        (
            "Экспорт зерна составил 412 тыс. тонн (годом ранее — 380 тыс.).",
            [(412000.0, "tonne"), (380000.0, "tonne")],
        ),
        (
            "Выручка сети достигла 5 млрд рублей (в прошлом году — всего 4 млрд).",
            [(5000000000.0, "RUB"), (4000000000.0, "RUB")],
        ),
    ],
)
def test_ru_a_bare_amount_in_brackets_shares_the_unit(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _ru(text) == expected


def test_ru_a_bracketed_amount_with_its_own_noun_keeps_it() -> None:
    assert _ru("В аварии пострадали 12 человек (8 детей).") == [
        (12.0, "people"),
        (8.0, "ребёнок"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2.", "ru"),
        ("Иван Петров — 41,3 % (12 400 голосов) 3.", "ru"),
        ("Smith, J. Trade in grain (March 2011) 2.", "en"),
    ],
)
def test_a_list_number_left_by_the_sentence_split_is_no_figure(text: str, lang: str) -> None:
    found = [q.value for q in find_quantities(text, lang)]
    assert 2.0 not in found and 3.0 not in found


def test_a_level_at_the_end_of_a_sentence_stays() -> None:
    assert _ru("Цена выросла до 12 рублей, а затем до 15.") == [(12.0, "RUB"), (15.0, "RUB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one name for the unit in both languages, so that a trace links the two
        ("The new planet orbits a star 120 light-years from Earth.", (120.0, "light year")),
        ("Звезда находится в 120 световых годах от Земли.", (120.0, "light year")),
    ],
)
def test_light_year_has_one_name_in_both_languages(text: str, expected: tuple[float, str]) -> None:
    lang = "ru" if "Звезда" in text else "en"
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The villa offers 4,200 sq. ft. of living space.", (4200.0, "sq ft")),
        ("Studios of 28 sq. m rent for less.", (28.0, "m²")),
    ],
)
def test_en_square_units_with_their_dots(text: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "en")] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("After years of writing 19, jotting “20” on forms takes getting used to.", "en"),
        ('The clock on the ward showed "0000" when she was born.', "en"),
        ("Канал запустил шоу «+100500» для подростков.", "ru"),
    ],
)
def test_a_number_alone_in_quotes_is_a_mention(text: str, lang: str) -> None:
    assert [q.value for q in find_quantities(text, lang) if q.value in (0.0, 20.0, 100500.0)] == []


def test_a_quoted_share_keeps_its_unit() -> None:
    assert _en('The minister said "20%" would be enough.') == [(20.0, "%", "=")]


def test_en_the_base_of_a_rate_alone_is_no_figure() -> None:
    # the count is "every robot", no number: 1,000 is only the base the rate is taken over
    assert _en("Every robot added per 1,000 workers lowers wages, the study found.") == []
    assert _en("The rate was 5.6 per 100,000 residents.") == [(5.6, "per 100000 resident", "=")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stir in half a cup of oat milk.", (0.5, "cup")),
        ("A half-cup of lentils adds texture to the soup.", (0.5, "cup")),
        # a scale word is no measure: half a million
        ("Half a million of the tickets were sold.", (500000.0, "ticket")),
    ],
)
def test_en_a_half_of_a_measure_before_of(text: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "en")][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He learnt to sail in his 30's, long after his brothers.", [(30.0, 39.0)]),
        ("The suspect is a man in his twenties or thirties.", [(20.0, 29.0), (30.0, 39.0)]),
    ],
)
def test_en_decades_of_age(text: str, expected: list[tuple[float, float]]) -> None:
    found = find_quantities(text, "en")
    assert [(q.value, q.value_high) for q in found] == expected
    assert {q.unit for q in found} == {"years old"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По решению суда завод должен выплачивать 40 тыс. евро ежедневно.",
            [(40000.0, "EUR/day")],
        ),
        ("Комбинат получает 120 тонн ежемесячно.", [(120.0, "tonne/month")]),
        # a named month is when, not the period of a rate
        ("Продажи упали на 12% за март 2024 года.", [(12.0, "%")]),
        ("Цены выросли на 3% за лето.", [(3.0, "%")]),
    ],
)
def test_ru_periods_of_rates(text: str, expected: list[tuple[float, str]]) -> None:
    assert _ru(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Приём заявок начался 3 марта в 11 часов.",
        "Заседание суда начнётся в 10 часов по московскому времени.",
    ],
)
def test_ru_at_an_hour_is_a_time_of_day(text: str) -> None:
    assert [q for q in find_quantities(text, "ru") if q.unit == "hour"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Разница в 7 часов мешает созвонам с офисом.", [(7.0, "hour")]),
        ("Диспетчеры работают в среднем по 12 часов в сутки.", [(12.0, "hour/day")]),
    ],
)
def test_ru_hours_that_measure_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert _ru(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Кафе открылось на улице 65 лет Победы.",
        "Пожар произошёл в доме на проспекте Мира, 12.",
        "Обвинение ему предъявлено по статьям 38-235 УК.",
    ],
)
def test_ru_streets_houses_and_articles_are_names(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_count_after_a_street_stays() -> None:
    assert _ru("На улице Ленина, 12 человек пострадали при пожаре.") == [(12.0, "people")]


def test_en_a_list_number_before_a_small_letter_opens_an_item() -> None:
    assert _en("1. know that the best ideas come when you least expect them.") == []
