"""Issue 13, thirty-first session: a currency after a dotted country abbreviation, a count in
scare quotes before its noun, and the items of a list sharing the unit written after the last
(invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "The port's exports were valued at 48 billion U.S. dollars last year.",
        "The port's exports were valued at 48 billion US dollars last year.",
    ],
)
def test_en_dollars_after_a_dotted_country(text: str) -> None:
    assert _en(text) == [(48e9, "USD", "=")]


def test_en_a_dotted_country_before_a_counted_noun_is_no_unit() -> None:
    assert _en("Seven U.S. engineers joined the survey of the dam.") == [
        (7.0, "u.s. engineer", "=")
    ]


def test_en_a_count_in_scare_quotes_keeps_its_noun() -> None:
    assert _en('The recount gave the Greens "14" seats on the council.') == [(14.0, "seat", "=")]


def test_en_a_number_alone_in_quotes_is_still_a_mention() -> None:
    assert _en("She wrote “1987” on the back of the photograph.") == []
    assert _en("Painting “31” on the new gate took the caretaker all morning.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents in the two districts rose by 6 and 9 per cent.",
            [(6.0, "%", "up"), (9.0, "%", "up")],
        ),
        ("Tablets come in 250 and 500 mg doses.", [(250.0, "mg", "="), (500.0, "mg", "=")]),
        (
            "The ferries carry 40, 60 or 80 cars.",
            [(40.0, "car", "="), (60.0, "car", "="), (80.0, "car", "=")],
        ),
    ],
)
def test_en_a_list_names_its_unit_once(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _en(text) == expected


def test_en_years_before_a_count_are_no_list() -> None:
    assert _en("Between the floods of 2019 and 2021, 300 families left.") == [
        (300.0, "family", "=")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour cameras use three wide lenses.", [(3.0, "wide lens", "=")]),
        ("The rule sets a floor of one lumen per lamp.", [(1.0, "lumen/lamp", "=")]),
    ],
)
def test_en_a_singular_the_spelling_rules_would_cut(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The fair will hire dozens of security personnel throughout the weekend.",
            "security personnel",
        ),
        ("The skirmish left 16 Royalists dead on the ridge.", "royalist"),
    ],
)
def test_en_a_preposition_or_late_adjective_ends_the_counted_noun(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, "en")] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares were 12% lower than a year before.",
        "The krona closed 0.6 per cent weaker against the euro.",
    ],
)
def test_en_a_share_lower_than_another_is_a_fall(text: str) -> None:
    assert [q.change for q in find_quantities(text, "en")] == ["down"]


def test_en_a_bound_written_after_a_share_stays_a_bound() -> None:
    assert _en("Loans at 4% or lower qualify.") == [(4.0, "%", "<")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The insurers wrote $412 bn in premiums.", 412e9, "USD"),
        ("The fund holds 7 bn euros of bonds.", 7e9, "EUR"),
    ],
)
def test_en_a_short_scale_apart_from_its_number_on_money(
    text: str, value: float, unit: str
) -> None:
    assert _en(text) == [(value, unit, "=")]


def test_en_a_short_scale_apart_without_money_is_no_scale() -> None:
    assert [q.value for q in find_quantities("The probe logged 5 bn.", "en")] == [5.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The frigate fired two 76 mm rounds across the bow.",
            [(2.0, "round", "="), (76.0, "mm", "=")],
        ),
        ("Each box holds six 330mL bottles.", [(6.0, "bottle", "="), (330.0, "ml", "=")]),
    ],
)
def test_en_a_count_before_a_measure_in_digits(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


def test_en_adjectives_a_comma_joins_before_the_noun() -> None:
    assert _en("She came back after a couple of stressful, sleepless weeks.") == [
        (2.0, "week", "=")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum showed Turner's 40 sketches last spring.", [(40.0, "sketch", "=")]),
        ("The Top 50 charities raised most of it.", [(50.0, "top charity", "=")]),
    ],
)
def test_en_an_owners_or_a_ranks_count(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _en(text) == expected


def test_en_a_title_after_an_owner_stays_a_name() -> None:
    assert _en("She topped Vantage's 100 Greatest Novels list.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry charges a minimum of £40 per car.", [(40.0, "GBP/car", ">")]),
        ("The chapel seats a maximum of 60 guests.", [(60.0, "guest", "<")]),
    ],
)
def test_en_a_named_floor_or_ceiling_is_a_bound(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _en(text) == expected


def test_en_an_index_adding_points_is_a_rise() -> None:
    assert _en("The Hang Seng added 41.5 points, or 0.3%, on Friday.") == [
        (41.5, "point", "up"),
        (0.3, "%", "up"),
    ]


def test_en_funds_raised_stay_a_total() -> None:
    assert _en("The charity raised £280,000 at the gala.") == [(280000.0, "GBP", "=")]
