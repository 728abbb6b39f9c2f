"""Issue 13, thirty-fourth session (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The number of dead in the ferry fire has risen to seven.", 7.0),
        ("Of the kettles we boiled dry, three survived without a mark.", 3.0),
        ("The bakery's owner is charged with two counts of fraud; her partner with four.", 4.0),
        ("The storm sank one trawler off the cape, maybe two.", 2.0),
        ("Only six turned up for the council's evening meeting.", 6.0),
        ("Police in the harbour town detained nine after the match.", 9.0),
    ],
)
def test_en_a_number_word_with_its_noun_left_out_still_counts(text: str, value: float) -> None:
    assert value in [v for v, _ in _en(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The two met at a cafe near the station on Tuesday.",
        "All three have since left the club.",
        "The other two declined to comment.",
        "The ferry leaves at seven from the north pier.",
        "The office reopens after nine on weekdays.",
        "It rained hard on day two, and the fields turned to mud.",
        "Her grandmother knows a thing or two about bread.",
        "The Big Ten schools meet in Chicago.",
    ],
)
def test_en_a_number_word_that_points_names_or_tells_the_time_is_no_count(text: str) -> None:
    assert _en(text) == []


def _ru(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Перевозчик отменил практически 300 рейсов.", (300.0, "рейс", "практически")),
        ("В забеге участвовали менее чем 40 спортсменов.", (40.0, "спортсмен", "менее чем")),
        ("Ремонт обошёлся меньше чем в 2 млн рублей.", (2000000.0, "RUB", "меньше чем")),
        ("На концерт пришли больше чем 500 зрителей.", (500.0, "зритель", "больше чем")),
    ],
)
def test_ru_qualifiers_with_chem_and_prakticheski(
    text: str, expected: tuple[float, str, str]
) -> None:
    assert _ru(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cup of tea at the station stall costs Rs 15.", [(15.0, "INR")]),
        ("The state budget sets aside Rs 2,000 crore for roads.", [(2e10, "INR")]),
        ("Pakistan's new budget allots Rs 500 billion to dams.", [(5e11, "PKR")]),
    ],
)
def test_en_the_rupee_letters_before_a_number_are_money(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _en(text) == expected
