"""Issue 13, thirty-ninth session: rules of the thirty-eighth session's candidates that helped data
they were not written from, and this session's rules (invented sentences, none from an evaluation
set)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from newsprism.claims.extract import find_quantities

ROOT = Path(__file__).resolve().parent.parent


def _ru(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text, "ru")]


def test_ru_a_sign_word_before_a_bare_level() -> None:
    # «минус» is no number word: the level after it is a figure, a bound after «до», and it
    # measures what the figure before it measures
    text = "Днём в столице до -7 °C, ночью в области — до минус 19."
    assert _ru(text) == [(-7.0, None, "°C", "до"), (-19.0, None, "°C", "до")]
    assert _ru("К утру похолодает до минус 12.") == [(-12.0, None, None, "до")]


def test_ru_a_signed_range() -> None:
    # one sign word signs both ends of a dashed range; each end may carry its own
    assert _ru("Ночью минус 8-12 градусов.") == [(-12.0, -8.0, "degree", None)]
    assert _ru("Днём минус 1 – плюс 3 градуса.") == [(-1.0, 3.0, "degree", None)]


def test_ru_a_sign_word_before_a_bare_number_in_a_list() -> None:
    # «минус 9» between commas is a reading of the thermometer, not a number word's fragment
    assert _ru("На вершине ветрено, минус 9, видимость плохая.") == [(-9.0, None, None, None)]


def test_ru_a_phone_number_with_a_long_city_code_is_no_figure() -> None:
    # ten digits after the 8, the city code of four or five digits in brackets
    assert _ru("Запись на приём по телефону 8 (3452) 61-08-44.") == []
    assert _ru("Справки: 8 (81371) 2-15-07, ежедневно.") == []


def test_ru_a_service_number_after_a_phone_word_is_no_figure() -> None:
    assert _ru("Сообщить о пропаже можно по телефону доверия 122.") == []
    assert _ru("Горячая линия МЧС: 112 или 01.") == []
    assert _ru("Звонить по телефону 442 0071 с девяти до шести.") == []


def test_ru_a_phone_word_keeps_the_figures_it_counts_or_prices() -> None:
    assert _ru("Новый телефон стоит 50 тысяч рублей.") == [(50000.0, None, "RUB", None)]
    assert _ru("На линии работают 12 операторов.") == [(12.0, None, "оператор", None)]


def test_ru_a_price_for_one_of_a_period_is_a_rate() -> None:
    # a sum «за 1 час» is a price per hour (two figures since the review of round 38); «за 10
    # лет» stays how long
    assert _ru("Компенсация составит 500 рублей за 1 час простоя.") == [
        (500.0, None, "RUB/hour", None)
    ]
    assert _ru("Он заработал 5 млн рублей за 10 лет.") == [
        (5000000.0, None, "RUB", None),
        (10.0, None, "year", None),
    ]


def _ru_changes(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "ru")]


def test_ru_the_size_of_a_change_over_one_period_is_no_price() -> None:
    # review of 51719445: «за 1 год» after a change's size is the change's span, a figure of its
    # own, whatever the change word (verb or noun) and with a qualifier between
    assert _ru_changes("Зарплата выросла на 5000 рублей за 1 год.") == [
        (5000.0, "RUB", "up"),
        (1.0, "year", "="),
    ]
    assert _ru_changes("Проезд подорожал на 10 рублей за 1 год.") == [
        (10.0, "RUB", "up"),
        (1.0, "year", "="),
    ]
    assert _ru_changes("Средняя пенсия снизилась почти на 300 рублей за 1 месяц.") == [
        (300.0, "RUB", "down"),
        (1.0, "month", "="),
    ]
    # a price per one of a period stays one, and a change's size keeps a denominator that is
    # no period
    assert _ru_changes("Компенсация составит 500 рублей за 1 час простоя.") == [
        (500.0, "RUB/hour", "=")
    ]
    assert _ru_changes("Бензин подорожал на 3 рубля за литр.") == [(3.0, "RUB/l", "up")]


def test_the_pooled_benchmark_pools_development_halves_and_never_a_held_out_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # benchmarks/claims_pooled.py (the docs' pooled tables): the parts claims_ru.main builds are
    # caught at its table; a held-out part is dropped even if a flag brought it in
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import claims_pooled as cp

    # ru39w is development since the fortieth session (whole, one writer's items), so it joins
    # the whole group (review R15); this session's second check and held-out parts never do
    assert "--ru39w" in cp.RU_FLAGS and "ru39w" in cp.RU_WHOLE
    assert not {"--ru40w", "--ru41w", "--gazeta2"} & set(cp.RU_FLAGS)
    row = {"text": "Пришли 5 человек.", "quantities": []}

    def fake_main() -> None:
        for title in ("ru41w fresh41 (held out)", "ru40w fresh40 (second check)",
                      "ru39w fresh39 (development)", "rbc (whole)", "rbc dev-a (by a hash)",
                      "rbc dev-b (by a hash)", "ru38w fresh38 (whole)"):  # fmt: skip
            cp.cr._table(title, [row], [], errors=False)

    def never(data: Any) -> None:
        raise AssertionError("no speed run")

    monkeypatch.setattr(cp.cr, "main", fake_main)
    monkeypatch.setattr(cp.cr, "_article_speed", never)
    rows = cp.russian_rows()
    assert sorted({(r["part"], r["half"]) for r in rows}) == [
        ("rbc/dev-a", "a"),
        ("rbc/dev-b", "b"),
        ("ru38w", "w"),
        ("ru39w", "w"),
    ]
    assert all(r["pred"] == [] or r["pred"][0]["value"] == 5.0 for r in rows)
