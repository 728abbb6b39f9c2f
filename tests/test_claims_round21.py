"""Readings of issue 13's twenty-first session: the grammar of the counted noun phrase."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number above one agrees with a plural head: every modifier before it is kept
        (
            "About 4,000 French and EU police officers guarded the summit.",
            [(4000.0, "french and eu police officer")],
        ),
        (
            "The county sent 14 flood rescue support crews to the valley.",
            [(14.0, "flood rescue support crew")],
        ),
        (
            "The firm recalled 1.2 million Pixel Fold 2 phones in March.",
            [(1200000.0, "pixel fold 2 phone")],
        ),
        (
            "Officials counted 2,300 unregistered Greater Manchester landlords last year.",
            [(2300.0, "unregistered greater manchester landlord")],
        ),
        (
            "Staff at four other Acme Corp. factories walked out.",
            [(4.0, "other acme corp. factory")],
        ),
        # the plural comes first: what follows is the clause, not more of the noun
        ("Hundreds of people joined Extinction Rebellion marches.", [(100.0, "people")]),
        # the adverb grading the adjective is kept with it (thirty-fifth session)
        ("They hired 300 highly skilled workers.", [(300.0, "highly skilled worker")]),
    ],
)
def test_modified_plural(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a casualty verb's object after a count of people counts people
        (
            "The blast killed at least 12 people and injured 40 in the market.",
            [(12.0, "people"), (40.0, "people")],
        ),
        # a bare number as the subject of its own verb counts the noun the clause before named
        (
            "Four people died and nine were taken to hospital.",
            [(4.0, "people"), (9.0, "people")],
        ),
        (
            "At least 6 people were killed and about 20 wounded in the crash.",
            [(6.0, "people"), (20.0, "people")],
        ),
        (
            "The council repaired 300 homes and 120 remain empty.",
            [(300.0, "home"), (120.0, "home")],
        ),
        # a verb of its own that does not only take people counts what it says
        ("The storm killed 3 people and destroyed 40 on Friday.", [(3.0, "people")]),
    ],
)
def test_elided_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert [r for r in _read(text) if r[1]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period reaching over a name or a phrase of place makes the figure a rate
        ("She takes 2.5 mg Levoxan daily.", [(2.5, "mg/day")]),
        ("The plant ships 40,000 engines to Asia each year.", [(40000.0, "engine/year")]),
        ("The port handled $5 billion in Asian trade a year.", [(5e9, "USD/year")]),
        # a span, a range or a date is no rate
        ("Waits of 20 minutes to an hour were common.", [(20.0, "minute")]),
        ("Profit rose to $40m from $12m a year earlier.", [(4e7, "USD"), (1.2e7, "USD")]),
        ("She earned $5,000 in a year.", [(5000.0, "USD")]),
        # the period of the verb after a subject count is the verb's
        ("Some 30 buses leave the depot each day.", [(30.0, "bus")]),
    ],
)
def test_rate_within_reach(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit after its adjectives is still the unit; of a word's readings, the unit's
        ("Курс займёт 72 академических часа.", [(72.0, "hour")]),
        ("Ремонт занял 3 рабочих дня.", [(3.0, "day")]),
        ("До города 40 км и двух часах езды.", [(40.0, "km"), (2.0, "hour")]),
        # a noun that is no unit stays the counted noun
        ("Свет отключили в 120 населённых пунктах.", [(120.0, "пункт")]),
    ],
)
def test_russian_units_after_adjectives(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure set against the one before it shares its unit, measures included
        ("The ticket costs 30 euros rather than 45.", [(30.0, "EUR"), (45.0, "EUR")]),
        ("Delivery now takes 10 days, not 6.", [(10.0, "day"), (6.0, "day")]),
        (
            "Cadets may join from the age of 16 rather than from 18.",
            [(16.0, "years old"), (18.0, "years old")],
        ),
        ("The club was founded in 1921 rather than 1923.", []),
    ],
)
def test_contrast_shares_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure written as one adjective inside a counted phrase is a figure of its own
        ("Nurses worked two ten-hour shifts.", [(2.0, "shift"), (10.0, "hour")]),
        ("Nurses worked three 12-hour shifts.", [(3.0, "shift"), (12.0, "hour")]),
        # inside a range of ages it is the range's end
        ("Pupils aged 12 to 16-year-olds took part.", [(12.0, "years old")]),
    ],
)
def test_measure_inside_counted_phrase(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a bound the genitive singular «тысячи» is one thousand
        ("На заводе остаются более тысячи рабочих.", [(1000.0, None)]),
        ("Акцию поддержали свыше сотни депутатов.", [(100.0, None)]),
        # the plural is thousands
        ("Тысячи людей вышли на улицы.", [(1000.0, 10000.0)]),
    ],
)
def test_russian_bound_takes_one_thousand(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_high) for q in find_quantities(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a period the lexicon lists by its plural only measures that period
        ("The dispute has run for a third of a century.", [(1 / 3, "century")]),
        ("It is half a decade since the vote.", [(0.5, "decade")]),
    ],
)
def test_part_of_a_period(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected
