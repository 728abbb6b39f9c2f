"""English number grammar noticed in issue 13's third round: formats and teams named by a
number, "24/7", and tallies (the larger count first) that are not ranges."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new 8K screen sells for $1,299.", [(1299.0, None, "USD")]),
        ("The Sixers lost to the 76ers' rivals as 19,000 fans watched.", [(19000.0, None, "fan")]),
        ("The helpline runs 24/7 and took 5,200 calls.", [(5200.0, None, "call")]),
        ("The amendment was rejected 312-118 in the Commons.", []),
        ("The court ruled 6-3 that the law stood.", []),
        # ascending pairs stay ranges
        ("Forecasters expect 15-20cm of snow.", [(15.0, 20.0, "cm")]),
        ("Tickets cost $40-60 each.", [(40.0, 60.0, "USD")]),
        ("A bonus of $5K went to 40 staff.", [(5000.0, None, "USD"), (40.0, None, "staff")]),
    ],
)
def test_english_names_and_tallies(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ministers want to lift the retirement age to 68 by 2040.", [(68.0, None, "years old")]),
        ("The motion carried by 41 votes to 12.", [(41.0, None, "vote"), (12.0, None, "vote")]),
        # "twice" on its own is a count of times; "twice as" stays a multiple
        ("The striker has been sent off twice this season.", [(2, None, "times")]),
    ],
)
def test_english_implicit_units(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # list numbering, DOIs and the year a count belongs to are not figures
        ("2. Keep the receipts for every purchase", []),
        ("The paper (doi 10.1038/s41586-020-2012-7) was retracted.", []),
        ("Fiscal 2021 profit rose 6%.", [(6.0, None, "%")]),
        ("The fiscal year 2022 results disappointed.", []),
        # a price and its signed change are two figures, not a range
        (
            "Brent crude closed at 82.10 -1.35 on the day.",
            [(82.1, None, None), (-1.35, None, None)],
        ),
        # a part named by its place is not a share; a modal's "double" is the verb
        ("Cut off the bottom half of the stem.", []),
        ("The gym will double as a shelter.", []),
        # rates written as one word or with an adjective of time
        (
            "A $4.99-a-month plan and a £2,000 monthly rent.",
            [(4.99, None, "USD/month"), (2000.0, None, "GBP/month")],
        ),
        # ages: a possessive "year-old's", "At 19, she …"
        ("The 52-year-old's lawyer spoke.", [(52.0, None, "years old")]),
        ("At 19, she moved to Paris.", [(19.0, None, "years old")]),
    ],
)
def test_english_real_text_grammar(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


def test_change_reaches_over_its_object_and_a_restated_share() -> None:
    got = find_quantities("The council cut the budget for libraries by 12%.", "en")
    assert [(q.value, q.change) for q in got] == [(12.0, "down")]
    got = find_quantities("The index fell 40.5 points, or 1.2%, to 3,310.", "en")
    assert [(q.value, q.change) for q in got] == [(40.5, "down"), (1.2, "down"), (3310.0, "=")]


def test_year_dates_a_singular_noun_and_mixed_numbers() -> None:
    assert _read("Voters in the 2016 election were divided.") == []
    assert _read("The county hired 1950 temporary workers.") == [(1950.0, None, "temporary worker")]
    assert _read("It ended a 2-1/2 year dispute.") == [(2.5, None, "year")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fair runs Sept. 12–15 in Ohio.", []),
        ("The appeal, case no. CV/2021/0457, was dismissed.", []),
        ("4B: Eastside High took the relay title.", []),
        ("The driver, 58, was taken to hospital.", [(58.0, None, "years old")]),
        ("The motion failed by three-and-a-half votes.", [(3.5, None, "vote")]),
    ],
)
def test_english_dates_codes_and_ages_from_real_pages(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(sentence) == expected


def test_models_dimensions_and_names_from_real_pages() -> None:
    # a model's number after a count is part of the name, not a second figure
    assert _read("The airline grounded 12 320 Neo jets.") == [(12.0, None, None)]
    assert _read("In 2019 5,000 people attended.") == [(5000.0, None, "people")]
    # a unit inside a dimension compound
    assert _read("They found a 30-foot-long whale.") == [(30.0, None, "ft")]
    # a spelled compound inside a capitalised name
    assert _read("Tickets for the Great Ohio Two-Day Festival sold out.") == []


def test_a_figure_with_a_thousands_separator_before_a_glued_letter() -> None:
    """ "4K" is a format, "$1,500K" a sum: reading the digits must not trip on the separator."""
    assert _read("He earned $1,500K last year.") == [(1_500_000.0, None, "USD")]
    assert _read("A 4K screen and a 5G phone.") == []
