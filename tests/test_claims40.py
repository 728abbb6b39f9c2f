"""Issue 13, fortieth session: the thirty-ninth session's candidates that raised ``ru39w`` (a part
they were not written from, scored only this session) and changed no check half (invented
sentences, none from an evaluation set)."""

from __future__ import annotations

from newsprism.claims.extract import find_quantities


def _ru(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text, "ru")]


def test_ru_the_level_after_a_change_s_size_is_no_bound() -> None:
    # «на X, до Y» is the size of a change, then the level it reaches (the dot of «п.п.» before
    # a comma ends no sentence)
    assert _ru("Доля просрочки снизилась на 0,5 п.п., до 4,1%.") == [
        (0.5, None, "pp", None),
        (4.1, None, "%", None),
    ]
    assert _ru("Экспорт нарастили за год на 2,2 млн т — до 48 млн т.") == [
        (2200000.0, None, "tonne", None),
        (48000000.0, None, "tonne", None),
    ]


def test_ru_a_bound_after_do_stays_a_bound() -> None:
    # guards: «до» with no change's size before it still bounds the figure
    assert _ru("Штраф составит до 500 тысяч рублей.") == [(500000.0, None, "RUB", "до")]
    assert _ru("Цены выросли до 80 рублей за литр.")[0][3] is None


def test_ru_a_price_per_night() -> None:
    # «за ночь» names the period in the units' language, as "per night" does in English
    assert _ru("Номер в гостинице стоит 7 400 руб. за ночь.") == [(7400.0, None, "RUB/night", None)]
    assert _ru("Смотритель получает 3 000 рублей за смену.") == [(3000.0, None, "RUB/shift", None)]


def test_ru_units_of_heat_bytes_and_containers() -> None:
    # «Гкал», «Гбайт», «ДФЭ» are units of the lexicon
    assert _ru("Тариф составит 3 120 рублей за 1 Гкал.") == [(3120.0, None, "RUB/Gcal", None)]
    assert _ru("Пакет включает 40 Гбайт в месяц.") == [(40.0, None, "GB/month", None)]
    assert _ru("Порт перевалил 150 тыс. ДФЭ.") == [(150000.0, None, "TEU", None)]


def test_ru_a_score_s_points_keep_their_own_name() -> None:
    # «очко», «балл» are counted by their own lemma, as the written golds count them; an
    # index's «пункт» stays a point
    assert _ru("«Сокол» набрал 27 очков и на три очка опережает «Волгу».") == [
        (27.0, None, "очко", None),
        (3.0, None, "очко", None),
    ]
    assert _ru("За экзамен он получил 92 балла.") == [(92.0, None, "балл", None)]
    assert _ru("Индекс Мосбиржи прибавил 35 пунктов.")[0][2] == "point"


def test_ru_a_bare_difference_counts_what_the_figure_before_it_counts() -> None:
    # «на N больше/меньше» with no noun of its own: the previous figure's noun
    assert _ru("На трассе погибли 23 человека — на 4 больше, чем годом ранее.") == [
        (23.0, None, "people", None),
        (4.0, None, "people", None),
    ]
    assert _ru("Завод выпустил 12 тыс. тракторов, на 2 тыс. меньше плана.")[1][2] == "трактор"
    # guard: a share's difference is not in per cent unless written so
    assert _ru("Ставка выросла до 7% — на 2 больше, чем весной.")[1][2] is None
