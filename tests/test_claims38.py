"""Issue 13, thirty-eighth session: Russian figures a reader meets in ordinary news — a bound
written after the number («сорок с лишним тысяч»), a count over a population («на 100 тыс.
человек»), a whole paragraph given to ``find_quantities`` (invented sentences, none from an
evaluation set).  Each case failed on the session's base code unless marked a guard."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _ru(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На митинг пришли сорок с лишним тысяч человек.",
            (40_000.0, None, "people", "с лишним"),
        ),
        (
            "Ремонт моста обошёлся в 300 с лишним млн рублей.",
            (300_000_000.0, None, "RUB", "с лишним"),
        ),
        ("С тех пор прошло 20 с небольшим лет.", (20.0, None, "year", "с небольшим")),
        (
            "Под петицией подписались сто с лишним тысяч жителей.",
            (100_000.0, None, "житель", "с лишним"),
        ),
    ],
)
def test_ru_a_bound_after_the_number(
    text: str, expected: tuple[float, float | None, str, str]
) -> None:
    # «с» after the number is no second: the words say "and a bit more"
    assert _ru(text) == [expected]
    assert find_quantities(text, "ru")[0].change == ">"


def test_ru_a_half_after_the_number_stays_a_half() -> None:
    # guard: «с половиной» adds a half, it bounds nothing
    assert _ru("В городе живут два с половиной миллиона человек.") == [
        (2_500_000.0, None, "people", None)
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "В регионе зарегистрировано 312 преступлений на 100 тыс. человек населения.",
            "преступление/100000 people",
        ),
        ("Заболеваемость гриппом — 64 случая на 10 тысяч жителей.", "случай/10000 житель"),
        ("В области работают 41 врач на 10 тыс. населения.", "врач/10000 people"),
    ],
)
def test_ru_a_count_over_a_population(text: str, unit: str) -> None:
    found = _ru(text)
    assert [f[2] for f in found] == [unit]  # the population's amount is no figure of its own


def test_ru_a_sum_per_head() -> None:
    assert _ru("Доходы бюджета составили 52 тыс. рублей на душу населения.") == [
        (52_000.0, None, "RUB/capita", None)
    ]


def test_ru_a_sum_for_residents_is_no_rate() -> None:
    # guard: money «на 1000 жителей» is as often given to them; a count of people stays a count
    found = _ru("Городу выделили 5 млн рублей на 1000 жителей поселка.")
    assert (5_000_000.0, None, "RUB", None) in found


def test_ru_a_left_out_unit_stays_in_its_sentence() -> None:
    # a paragraph given whole: the second sentence's bare figure takes no unit from the first
    text = "Цены выросли на 5%. Продажи за месяц составили 40."
    assert [f[2] for f in _ru(text)] == ["%", None]
    text = "Билет подорожал до 500 рублей. Пассажиров стало 40 тыс."
    assert [f[2] for f in _ru(text)] == ["RUB", None]


def test_ru_a_left_out_unit_inside_one_sentence() -> None:
    # guard: within one sentence the gapped figure still counts what the first one counts
    text = "Кандидат набрал 306 голосов выборщиков, а его соперница — 232."
    assert [f[2] for f in _ru(text)] == ["голос", "голос"]


def _en(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, "en")]


def test_en_an_irregular_plural_before_and_is_the_head() -> None:
    # "men" is a plural, not a singular modifier of the plural after "and": the clause after
    # the conjunction is another verb's
    assert _en("Police arrested 20 men and seized weapons.") == [(20.0, None, "man")]
    assert _en("Officers detained 12 women and questioned them.") == [(12.0, None, "woman")]


def test_en_a_singular_modifier_before_and_still_joins() -> None:
    # guard: "46 regular and guest characters" keeps the coordination of modifiers
    assert _en("The show has 46 regular and guest characters.") == [
        (46.0, None, "regular and guest character")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Абонентская база за год сократилась на 0,3 млн, до 41,2 млн пользователей.",
            [(300_000.0, None, "пользователь", None), (41_200_000.0, None, "пользователь", None)],
        ),
        (
            "Литр бензина подорожал на 2,4 рубля, до 61,5 рубля за литр.",
            [(2.4, None, "RUB/l", None), (61.5, None, "RUB/l", None)],
        ),
        (
            "Добыча снизилась на 90 тыс. баррелей в сутки, до 9,1 млн.",
            [(90_000.0, None, "barrel/day", None), (9_100_000.0, None, "barrel/day", None)],
        ),
    ],
)
def test_ru_a_change_and_the_level_it_reaches_share_a_unit(
    text: str, expected: list[tuple[float, float | None, str, str | None]]
) -> None:
    assert _ru(text) == expected


def test_ru_a_share_of_change_is_no_level_unit() -> None:
    # guard: a change in percent and the level it reaches measure two things
    found = _ru("Выручка выросла на 12% — до 3,4 млн.")
    assert found[0][2] == "%" and found[1][2] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В давке пострадали более десятка человек.", (10.0, None, "people", "более")),
        ("Вчера под сотню человек стояли в очереди.", (100.0, None, "people", None)),
        ("На акцию пришли около сотни жителей.", (100.0, None, "житель", "около")),
    ],
)
def test_ru_a_round_count_after_a_bound(
    text: str, expected: tuple[float, float | None, str, str | None]
) -> None:
    assert _ru(text) == [expected]


def test_ru_a_dozen_eggs_is_a_unit_of_sale() -> None:
    # guard: a round count with no bound before it is a unit of sale or a rank
    assert _ru("Десяток яиц подорожал до 110 рублей.") == [(110.0, None, "RUB", None)]
    assert _ru("Несколько десятков миллиардов рублей в неделю.")[0][:2] == (
        10_000_000_000.0,
        100_000_000_000.0,
    )


# --- review R4: a sentence is cut only where the pipeline's segmenter cuts it -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial inside the sentence: the gapped figure keeps the unit said before it
        (
            "Выручка компании выросла на 7%, по словам её директора А. Петрова, а чистая "
            "прибыль — на 3.",
            [(7.0, "%"), (3.0, "%")],
        ),
        # an abbreviation («г.») before a capitalised name
        (
            "Цены на жильё в г. Москве выросли на 12%, в г. Казани — на 9.",
            [(12.0, "%"), (9.0, "%")],
        ),
        # Latin initials inside a Russian sentence
        (
            "Акции выросли на 4%, сообщил аналитик J. P. Morgan Д. Смит, а облигации — на 2.",
            [(4.0, "%"), (2.0, "%")],
        ),
    ],
)
def test_ru_an_initial_or_abbreviation_cuts_no_sentence(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "ru")] == expected


def test_ru_a_paragraph_is_still_read_a_sentence_at_a_time() -> None:
    # guard: two sentences given at once; the second's bare figure is no share
    found = find_quantities("Цены выросли на 5%. Продажи составили 40.", "ru")
    assert [(q.value, q.unit) for q in found] == [(5.0, "%"), (40.0, None)]


def test_ru_an_initial_in_a_page_through_the_pipeline() -> None:
    from newsprism import api

    page = (
        "<html><body><h1>Итоги года</h1><p>Выручка сети за год выросла на 7%, по словам её "
        "директора А. Петрова, а чистая прибыль — на 3. Об этом сообщила пресс-служба.</p>"
        "<p>Цены на жильё в г. Москве выросли на 12%, в г. Казани — на 9.</p></body></html>"
    )
    analysed = api.analyse(api.read(page.encode()))
    assert [(c.value, c.unit) for c in analysed.claims] == [
        (7.0, "%"),
        (3.0, "%"),
        (12.0, "%"),
        (9.0, "%"),
    ]


# --- review R9: a rate per a round amount, narrowed --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period after «за»/«на» is how long, a figure of its own
        ("Население города выросло на 5% за 10 лет.", [(5.0, "%"), (10.0, "year")]),
        ("Рубль подешевел на 10% за 1 месяц.", [(10.0, "%"), (1.0, "month")]),
        ("Спортсмен пробежал 42 км за 100 минут.", [(42.0, "km"), (100.0, "minute")]),
        ("Он заработал 500 тыс. рублей за 10 дней.", [(500_000.0, "RUB"), (10.0, "day")]),
        ("Ставка снижена на 1 п.п. на 1 год.", [(1.0, "pp"), (1.0, "year")]),
        # a figure that is a rate already takes no second denominator
        (
            "Автомобиль разгоняется до 100 км/ч за 10 секунд.",
            [(100.0, "km/h"), (10.0, "second")],
        ),
        # a sum «на» an amount of goods is what it buys, not a price
        (
            "Компания потратила 2 млн рублей на 100 тонн зерна.",
            [(2_000_000.0, "RUB"), (100.0, "tonne")],
        ),
        (
            "Россия выделит 300 млн рублей на 1000 км дорог.",
            [(300_000_000.0, "RUB"), (1000.0, "km")],
        ),
    ],
)
def test_ru_a_round_amount_that_is_no_denominator(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # guards: a price or a dose per a round amount stays one rate
        ("Стоимость газа составила 250 долларов за 1 тыс. куб. м.", "USD/1000 m³"),
        ("Штраф составит 5 тыс. рублей за 1 км превышения.", "RUB/km"),
        ("Цена бензина выросла на 3 рубля за 1 литр.", "RUB/l"),
        ("Норма внесения — 40 кг на 100 га.", "kg/100 ha"),
        ("Машина расходует 8 литров на 100 км.", "l/100 km"),
    ],
)
def test_ru_a_price_or_dose_per_a_round_amount(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, "ru")] == [unit]
