"""Multiples and counts of times in both languages, product names in Russian text, and the unit
symbols of Russian tech news (thirteenth session).  Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, language: str) -> list[tuple[str, float, float | None, str | None]]:
    return [
        (sentence[q.start : q.end], q.value, q.value_high, q.unit)
        for q in find_quantities(sentence, language)
    ]


def test_russian_multiple_adjectives_stay_unread() -> None:
    # NEREL annotates no count of times; reading «двукратный» cost its halves (see MEASURE_STEMS)
    assert _read("Двукратный чемпион Европы завершил карьеру.", "ru") == []


def test_russian_vague_multiple_is_a_range() -> None:
    found = _read("Число обращений за год выросло в десятки раз.", "ru")
    assert [(v, h, u) for _, v, h, u in found] == [(10, 100, "times")]
    found = _read("Спрос на доставку вырос в сотни раз.", "ru")
    assert [(v, h, u) for _, v, h, u in found] == [(100, 1000, "times")]
    found = _read("Цены выросли в 3 раза.", "ru")
    assert [(v, h, u) for _, v, h, u in found] == [(3.0, None, "times")]


def test_russian_camel_case_product_names_hold_no_figure() -> None:
    found = _read("Новый iPhone 15 получил батарею на 3349 мАч и 256 ГБ памяти.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(3349.0, "mAh"), (256.0, "GB")]
    assert _read("Обновление iOS 17.2 вышло в понедельник.", "ru") == []


def test_russian_tech_units() -> None:
    found = _read("Экран диагональю 6,7 дюйма работает на частоте 120 Гц, зарядка — 45 Вт.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(6.7, "inch"), (120.0, "Hz"), (45.0, "W")]


def test_english_counts_of_times_in_digits() -> None:
    found = _read("The 18-time champion beat a two-time finalist.", "en")
    assert [(v, u) for _, v, _, u in found] == [(18.0, "times"), (2.0, "times")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The retired teacher, 64, won the regional lottery last week.", 64.0),
        ("The lorry driver, 52, escaped with minor cuts.", 52.0),
        ("A cyclist, 27, from Leeds was taken to hospital.", 27.0),
    ],
)
def test_english_age_after_a_noun_before_any_past_tense(sentence: str, value: float) -> None:
    assert [(v, u) for _, v, _, u in _read(sentence, "en")] == [(value, "years old")]


def test_english_plurals_in_uses_keep_their_e() -> None:
    found = _read("The storm damaged 40 houses, two warehouses and three buses.", "en")
    assert [(v, u) for _, v, _, u in found] == [(40.0, "house"), (2.0, "warehouse"), (3.0, "bus")]


def test_russian_code_of_digits_and_letters_is_a_name() -> None:
    found = _read("Армия закупила радар 55Ж6М1 и 12 ракет.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(12.0, "ракета")]
    assert [v for _, v, _, _ in _read("Площадь комнаты — 5х5 метров.", "ru")] == [5.0]


def test_russian_counted_noun_after_a_pronoun_or_a_noun_like_adjective() -> None:
    found = _read("Кризис затронул миллионы её граждан.", "ru")
    assert [(v, h, u) for _, v, h, u in found] == [(1e6, 1e7, "гражданин")]
    found = _read("Учёные опросили 12 тыс. здоровых взрослых добровольцев.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(12000.0, "доброволец")]
    found = _read("В больницу доставили 40 раненых.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(40.0, "раненый")]


def test_russian_count_per_period_is_a_rate() -> None:
    found = _read("Завод будет выпускать до 20 самолётов в год.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(20.0, "самолёт/year")]
    found = _read("Ей положен оклад в 185 тысяч фунтов в год.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(185000.0, "GBP/year")]
    found = _read("За год завод выпустил 10 машин.", "ru")
    assert [(v, u) for _, v, _, u in found] == [(10.0, "машина")]
