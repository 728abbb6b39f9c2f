"""Issue 13, thirty-fifth session: the unit of a figure (invented sentences, none from an
evaluation set).  Each case failed on the session's base code unless marked a guard."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "en")]


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of degree before the adjective: the tagger reads the adjective as a noun
        (
            "The studio turned out 400 slightly different trailers.",
            (400.0, "slightly different trailer"),
        ),
        ("The club can rely on two very young goalkeepers.", (2.0, "very young goalkeeper")),
        # the adverb is kept with the adjective it grades, as every modifier is
        ("The yard hired 120 highly skilled welders.", (120.0, "highly skilled welder")),
    ],
)
def test_en_an_adverb_of_degree_stays_in_the_counted_noun(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in _en(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic vaccinates adults 70 years and older first.", (70.0, "years old")),
        ("Residents 16 years or younger ride the ferry free.", (16.0, "years old")),
        ("Screening is offered to women between 45 and 69 years.", (45.0, "years old")),
    ],
)
def test_en_years_bounded_in_words_of_age_or_told_of_people_are_an_age(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in _en(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a bound on the next figure, a span of a thing
        ("After 12 years and over 300 concerts, the choir disbanded.", (12.0, "year")),
        ("The bridge has stood for 140 years and more.", (140.0, "year")),
    ],
)
def test_en_years_stay_a_duration_without_an_age_frame(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in _en(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was day three of the carnival when the floats caught fire.",
        "By week 6 of the lockout, the docks were empty.",
        "He crashed on lap 12 of the race and limped home.",
    ],
)
def test_en_a_member_of_a_sequence_before_of_is_no_count(text: str) -> None:
    assert _en(text) == []


def test_en_a_sequence_noun_after_a_determiner_still_counts() -> None:
    # guard: "this week" is a time, and the number after it counts a group
    assert (40.0, "governor") in _en("This week 40 of the governors signed the letter.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline ordered jets worth NOK 2.4 billion.", (2_400_000_000.0, "NOK")),
        ("A kilo of tea fetched LKR 1,850 at the Sri Lanka auction.", (1850.0, "LKR")),
        ("The fund raised PKR 30 million for flood victims.", (30_000_000.0, "PKR")),
        # "Rs." is every rupee country's sign: the sentence names the country
        ("Sri Lanka's tea board earned Rs. 400 billion last year.", (400_000_000_000.0, "LKR")),
        # guard: India's rupee, read before as well
        ("The ministry in India set aside Rs. 500 crore.", (5_000_000_000.0, "INR")),
    ],
)
def test_en_iso_codes_and_rupee_signs_before_a_number(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in _en(text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: three capitals before a number, no scale, no country: a name or a product
        "The TOP 10 list came out on Friday.",
        "The site still runs PHP 8 on its old server.",
    ],
)
def test_en_capitals_before_a_number_without_money_frame_are_no_currency(text: str) -> None:
    assert all(u not in ("TOP", "PHP") for _, u in _en(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Водителю было 27ми лет.", [(27.0, "years old")]),
        ("На митинг пришли около 5ти тысяч человек.", [(5000.0, "people")]),
        ("Деревня стоит в 3х километрах от трассы.", [(3.0, "km")]),
        # the ending of an ordinal, not of the cardinal: no figure
        ("На 6ми выборах он снова победил.", []),
        # guard: «х» between two numbers is a dimension's sign
        ("Площадь кухни — 4х5 метров.", [(4.0, None)]),
    ],
)
def test_ru_a_case_ending_glued_to_the_digits_without_a_hyphen(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _ru(text)[: len(expected) or None] == expected
