"""Russian figures a reader saw wrong in session 23: a scaled figure standing alone whose value
falls between 1000 and 2100 («1,5 тыс.») is no year; a part of a whole («из них», «в том числе»,
"of which") counts what the whole counts; «восемь часов вечера» is a time of day.  Invented
sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, language: str = "ru") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Заявок на грант в этом году набралось 1,5 тыс.",
        "Заявок на грант в этом году набралось 1,5 тыс",
        "Заявок на грант в этом году набралось 1,5 тысячи.",
        "Волонтёров на марафоне оказалось около 1,8 тыс., почти вдвое больше прошлого.",
    ],
)
def test_a_scaled_figure_standing_alone_is_no_year(sentence: str) -> None:
    values = [v for v, _ in _read(sentence)]
    assert any(1000 < v < 2000 for v in values), values


@pytest.mark.parametrize(
    "sentence",
    ["Музей открылся в 1896 году.", "В 1812 армия отступила к Москве."],
)
def test_a_year_written_in_digits_stays_a_date(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "language", "unit"),
    [
        (
            "Область получила на дороги 4,2 млрд рублей, из них 1,7 млрд уйдут на мосты.",
            "ru",
            "RUB",
        ),
        (
            "Фонд собрал 900 млн рублей, в том числе 250 млн от частных жертвователей.",
            "ru",
            "RUB",
        ),
        (
            "Компания вложила 12 млн долларов, из которых 5 млн пошли на новый цех.",
            "ru",
            "USD",
        ),
        (
            "The county set aside $6.8 billion, of which 2.1 billion is for schools.",
            "en",
            "USD",
        ),
    ],
)
def test_a_part_of_a_whole_shares_its_unit(sentence: str, language: str, unit: str) -> None:
    read = _read(sentence, language)
    assert len(read) == 2 and read[0][1] == unit and read[1][1] == unit, read


@pytest.mark.parametrize(
    "sentence",
    [
        "Пожар в складе заметили около восьми часов вечера.",
        "Первый автобус уходит в шесть часов утра.",
        "Сирены включили в два часа ночи.",
    ],
)
def test_hours_before_a_part_of_the_day_are_a_time(sentence: str) -> None:
    assert _read(sentence) == []


def test_hours_without_a_part_of_the_day_stay_a_duration() -> None:
    assert _read("Пожарные тушили склад около восьми часов.") == [(8.0, "hour")]


def test_a_number_made_an_adjective_is_no_part_of_a_compound() -> None:
    # «1 тыс. 155-мм снарядов» is a thousand shells of a calibre, not 1155
    assert 1155.0 not in [v for v, _ in _read("Армии нужны 1 тыс. 155-мм снарядов в день.")]


def test_a_number_made_an_adjective_describes_the_noun_after_it() -> None:
    # the calibre is a figure of its own (twenty-eighth session), as "two eight-hour shifts"
    # gives 8 hours in English
    assert _read("На склад привезли 2 тыс. 152-мм снарядов.") == [(2000.0, "снаряд"), (152.0, "mm")]
