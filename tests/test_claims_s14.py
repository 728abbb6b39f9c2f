"""The fourteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def units(sentence: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural number agrees with a plural head: the word in -s after a singular noun is
        # that head, not a verb
        (
            "Investigators seized 40,000 phone records from the carrier in March.",
            [(40000, "phone record")],
        ),
        (
            "The agency lost more than 3 million background check records last year.",
            [(3e6, "background check record")],
        ),
        # one thing: the verb in -s stays a verb
        ("One phone records every call in the building.", []),
    ],
)
def test_a_plural_head_after_a_singular_noun(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The relay team ran one and a quarter laps before the rain.", [(1.25, "lap")]),
        ("Her appeal ended a year-and-a-half battle with the council.", [(1.5, "year")]),
        ("The striker signed a two-and-a-half-year contract.", [(2.5, "year")]),
        ("The walk to the lake is a mile and three quarters.", [(1.75, "mile")]),
        ("The talks went on for 3 and a quarter hours.", [(3.25, "hour")]),
        ("Tie it with a two and half inch ribbon.", [(2.5, "inch")]),
        # a fraction before "of" is a share of its own, not the end of a mixed number
        ("About a third of the seats changed hands.", [(1 / 3, "fraction")]),
    ],
)
def test_mixed_numbers_one_grammar(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    got = units(sentence)
    assert [(round(v, 4), u) for v, u in got] == [(round(v, 4), u) for v, u in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «с» is the preposition of a mixed number here, not a second
        ("Он провёл в колонии три с половиной года.", [(3.5, "year")]),
        ("Ролик длится две с половиной минуты.", [(2.5, "minute")]),
        ("Застройщик вложил 2 с половиной миллиарда рублей.", [(2.5e9, "RUB")]),
        ("Марафонцы пробежали 10 с четвертью километров.", [(10.25, "km")]),
    ],
)
def test_russian_mixed_numbers(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert units(sentence, "ru") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Several thousand people marched through the capital.", [(1e3, 1e4, "people")]),
        ("Donors sent a few hundred dollars each.", [(100, 1000, "USD")]),
        ("The flood displaced several hundred thousand residents.", [(1e5, 1e6, "resident")]),
        ("The island lies several hundreds kilometres from the coast.", [(100, 1000, "km")]),
        # an indefinite count with no scale word is no figure
        ("Several residents and a few officials spoke at the meeting.", []),
    ],
)
def test_an_indefinite_count_of_a_scale_word_is_a_vague_amount(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    got = [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("If you are over 25 and drive safely, the premium falls.", [(25, "years old")]),
        ("Once you turn 18, the account is yours.", [(18, "years old")]),
        ("She was over 60 when she ran her first marathon.", [(60, "years old")]),
        # a unit after the figure is the figure's own
        ("You are 3 points behind the leader.", [(3, "point")]),
    ],
)
def test_an_age_addressed_to_the_reader(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a poll's two shares, written with a dash: a descending pair is two figures
        ("In the state poll the senator leads 52%-44%.", [(52, None, "%"), (44, None, "%")]),
        # an ascending pair with a dash stays a range
        ("Turnout is expected at 40%-45% this year.", [(40, 45, "%")]),
        # a year, then a verb in -s and its object: no count
        ("The forecast for 2021 assumes a slow recovery.", []),
        ("The insurer published its 2022 results on Monday.", []),
        # a four-digit count of a plural noun stays a count
        ("Police detained 1500 protesters the next morning.", [(1500, None, "protester")]),
    ],
)
def test_descending_pairs_and_years(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    got = [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]
    assert got == expected
