"""The sixteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def read(sentence: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two alternatives of a bare number word: a writer's estimate, both figures
        (
            "Organisers expect one or two will close early.",
            [(1, None, None), (2, None, None)],
        ),
        ("Asked how many times, the driver said: five or six.", [(5, None, None), (6, None, None)]),
        # "maybe" joins an alternative as "or" does: the emphatic "one" then counts
        (
            "Farmers lose one sheep, maybe two, each month.",
            [(1, "sheep", None), (2, "sheep", None)],
        ),
        # with the noun written the pair keeps it, as before
        ("The mayor took one or two questions.", [(1, "question", None), (2, "question", None)]),
        # after an article the words point at things already named, and count nothing
        ("She kept the one or two letters he wrote.", [(2, "letter", None)]),
        ("One said no.", []),
        ("The two met in Vienna.", []),
    ],
)
def test_alternatives_of_bare_number_words(
    sentence: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people named by an age bound
        (
            "The council opened the pool free to under-16s and over-65s on Sundays.",
            [(16, "years old", "under"), (65, "years old", "over")],
        ),
        # a team's level is no age
        ("He played rugby at under-19 level for Leinster.", []),
        # an age after a relative pronoun for a person
        (
            "Okafor, who was 19 when she moved to Leeds, now runs the bakery.",
            [(19, "years old", None)],
        ),
        (
            "The firm, which was 19 when it was sold, had 40 staff.",
            [(19, None, None), (40, "staff", None)],
        ),
    ],
)
def test_ages_by_bound_and_by_relative_pronoun(
    sentence: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    got = read(sentence)
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one height or weight in two units shares its hedge
        (
            "The missing hiker, police said, is about 5ft 8ins tall.",
            [(5, "ft", "about"), (8, "inch", "about")],
        ),
        ("The foal weighed nearly 7lb 4oz at birth.", [(7, "lb", "nearly"), (4, "oz", "nearly")]),
        # two measures of two things each keep their own
        (
            "The shed is about 5 feet tall and 12 inches deep.",
            [(5, "ft", "about"), (12, "inch", None)],
        ),
    ],
)
def test_a_measure_in_two_units_shares_its_hedge(
    sentence: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Scouts say the winger earns $2.5 million a season.", [(2500000, "USD/season", None)]),
        ("Traffic to the site grew 5x in a year.", [(5, "times", None)]),
        # a picture's size is no multiple
        ("Download the 1920x1080 wallpaper here.", []),
    ],
)
def test_a_season_rate_and_a_glued_multiple(
    sentence: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert read(sentence) == expected


def read_ru(sentence: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a collective numeral counts the noun after it; alone it counts people
        ("На пожаре работали пятеро спасателей МЧС.", [(5, None, "спасатель", None)]),
        ("Задержаны трое подозреваемых в краже.", [(3, None, "подозреваемый", None)]),
        ("Двое погибли, четверо ранены.", [(2, None, "people", None), (4, None, "people", None)]),
        ("Полёт к станции займёт двое суток.", [(2, None, "day", None)]),
        # «кв.» and «куб.» before an inflected unit
        ("Площадь склада составила 350 кв. метров.", [(350, None, "m²", None)]),
        ("В котлован залили 40 куб. метров бетона.", [(40, None, "m³", None)]),
        # a range of temperatures written with two dots or with sign words
        ("В субботу будет +8..+13 градусов.", [(8, 13, "degree", None)]),
        ("Ночью от минус 3 до плюс 2 градусов.", [(-3, 2, "degree", None)]),
        # «пункт» of something is a place; an index's points stay points
        ("В области открыли 12 пунктов обогрева.", [(12, None, "пункт", None)]),
        ("Индекс РТС снизился на 14 пунктов.", [(14, None, "point", None)]),
        # tens and hundreds after a number, and light years
        ("На площадь вышли три сотни жителей.", [(300, None, "житель", None)]),
        ("Звезда находится в 90 световых годах от Земли.", [(90, None, "light year", None)]),
    ],
)
def test_russian_units(
    sentence: str, expected: list[tuple[float, float | None, str | None, str | None]]
) -> None:
    assert read_ru(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun written plural as a modifier leaves the head to the noun after it
        ("Police questioned three arms dealers in Leeds.", [(3, "arms dealer", None)]),
        ("The shop hired 12 sales assistants for December.", [(12, "sales assistant", None)]),
        # alone it is the counted noun, as before
        ("The stall sold 300 goods on Saturday.", [(300, "good", None)]),
    ],
)
def test_a_plural_modifier_before_the_head(
    sentence: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert read(sentence) == expected


def test_minus_before_a_count_is_not_a_sign() -> None:
    """«минус» signs a temperature, a percentage or money; before a count it says what was taken
    away («минус 2 игрока»), and a count is never below zero (the sixteenth review's finding)."""
    players = find_quantities("Команда доигрывала встречу минус 2 игрока.", "ru")
    assert [(q.value, q.unit) for q in players] == [(2.0, "игрок")]
    cold = find_quantities("Ночью в Москве было минус 5 градусов.", "ru")
    assert [(q.value, q.unit) for q in cold] == [(-5.0, "degree")]
    growth = find_quantities("Рост выпуска составил минус 2 процента.", "ru")
    assert [(q.value, q.unit) for q in growth] == [(-2.0, "%")]
