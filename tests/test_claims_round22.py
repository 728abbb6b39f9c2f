"""Readings of issue 13's twenty-second session: bounds and particles around a figure, times of
day said in words, and the Russian grammar of approximation, harm and totals."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, lang)]


def _changes(text: str, lang: str = "en") -> list[tuple[float, str]]:
    return [(q.value, q.change) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a casualty verb's bare object opened by a bound, after a count of people
        (
            "The landslide buried two people and injured at least 60 in the village.",
            [(2.0, None, "people"), (60.0, None, "people")],
        ),
        (
            "Gunmen shot two people and hurt more than 200 in the hall.",
            [(2.0, None, "people"), (200.0, None, "people")],
        ),
        # without a count of people before, the bare object stays bare (docs/claims.md)
        ("The old quarrel killed 1,500 over the decade.", [(1500.0, None, None)]),
        # one dotted abbreviation before a plural head belongs to what is counted
        (
            "The navy flew home six U.S. sailors who had been held abroad.",
            [(6.0, None, "u.s. sailor")],
        ),
    ],
)
def test_counted_noun_en(text: str, expected: list[tuple[float, float | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "or so" between a number and its unit hedges it: the time before now stays a date
        "The bakery opened some 30 or so years ago on the corner.",
        # an hour of the clock in words is a time of day
        "She catches the ferry at 6 in the morning and comes back at 9 at night.",
        "The shop stays open until 10 o'clock on Fridays.",
        # a number of dimensions written short
        "The museum built a 3-D replica from 3D-printed panels.",
    ],
)
def test_not_figures_en(text: str) -> None:
    assert _read(text) == []


def test_or_so_reads_the_noun_after_it() -> None:
    [q] = find_quantities("A dozen or so volunteers cleared the beach.", "en")
    assert (q.value, q.unit, q.qualifier, q.change) == (12.0, "volunteer", "or so", "~")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up" after a verb of gathering or serving is a particle, not a rise
        ("The critic rounded up seven thrillers for the weekend.", [(7.0, "=")]),
        ("The kiosk serves up 3,000 pancakes a day.", [(3000.0, "=")]),
        # after a noun or a form of "be" it is the change
        ("Shares were up 5% by noon.", [(5.0, "up")]),
        ("The stock up 4.1% led the index.", [(4.1, "up")]),
    ],
)
def test_up_particle(text: str, expected: list[tuple[float, str]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit before its number in the genitive: Russian's approximation
        ("Его продержали в больнице дня три.", [(3.0, None, "day")]),
        ("Мы прождали часа два, потом ушли.", [(2.0, None, "hour")]),
        ("Туристы прошли километров двадцать по лесу.", [(20.0, None, "km")]),
        # each number with its own unit stays as it was
        ("Он провёл там 3 дня 4 часа.", [(3.0, None, "day"), (4.0, None, "hour")]),
        # a preposition before the number is no unit
        (
            "Пособие дадут не с 80 лет, а с 75.",
            [(80.0, None, "years old"), (75.0, None, "years old")],
        ),
        # a minus sign glued between two numbers is a range's dash
        ("Инфляция составит 3−4% в будущем году.", [(3.0, 4.0, "%")]),
        # a bare count after a verb of harm, once a count of people stands before it
        (
            "Налётчик убил троих человек и ранил ещё 15 в понедельник.",
            [(3.0, None, "people"), (15.0, None, "people")],
        ),
        # a bare total after «количество X» counts X
        ("Количество подписчиков канала выросло до 2 млн.", [(2000000.0, None, "подписчик")]),
        (
            "С 2019 года число клиентов выросло с 1,2 млн до 3,4 млн.",
            [(1200000.0, None, "клиент"), (3400000.0, None, "клиент")],
        ),
    ],
)
def test_russian(text: str, expected: list[tuple[float, float | None, str]]) -> None:
    assert _read(text, "ru") == expected


def test_russian_bound_makes_one_a_count() -> None:
    [q] = find_quantities("Как минимум одна партия сможет пройти в парламент.", "ru")
    assert (q.value, q.unit, q.qualifier) == (1.0, "партия", "Как минимум")


def test_russian_anniversary_is_an_age() -> None:
    [q] = find_quantities("В честь 50-летней годовщины основания города прошёл парад.", "ru")
    assert (q.value, q.unit) == (50.0, "years old")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular determiner, a number and two singular nouns: an unhyphenated compound
        ("They rented a three bedroom flat near the park.", [(3.0, None, "bedroom")]),
        ("The studio gave the show a ten episode order.", [(10.0, None, "episode")]),
        # a plural head is counted whole
        ("The council hired 12 school nurses.", [(12.0, None, "school nurse")]),
        # a negated verb after "one" is no counted noun
        ("This one doesn't fit the pattern, she said.", []),
    ],
)
def test_compound_and_contraction(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mixed number whose space was lost, before a unit
        ("The trail runs just 41/2 miles from end to end.", [(4.5, None, "mile")]),
        ("They set out on a 31/2-mile hike.", [(3.5, None, "mile")]),
        # a day and month stay as they were read
        ("The office closed on 21/2 for the holiday.", [(21.0, None, None), (2.0, None, None)]),
        # a number word after a noun that indexes a series names a place in it
        ("The cyclone came ashore as a category four storm.", []),
        ("Please read chapter two before Friday.", []),
        # but a count may follow a season or a game
        ("They finished the season two points clear.", [(2.0, None, "point")]),
    ],
)
def test_mixed_numbers_and_indexes(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected
