"""Issue 13, twenty-seventh session: a suspended hyphen shares the unit of the figure after it, a
year as the subject of a clause, a count of times after a scale word, plurals in -izes, a
Russian bound after «и более» that opens the next figure instead, a negated Russian bound, a
space before a hyphenated group, a Russian noun whose likelier reading is another part of speech
(invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The nursery takes two- to four-year-old children from March.",
            [(2.0, 4.0, "years old")],
        ),
        (
            "The council is building two- or three-bedroom homes by the river.",
            [(2.0, None, "bedroom"), (3.0, None, "bedroom")],
        ),
        (
            "The scheme covers 16- and 17-year-old apprentices.",
            [(16.0, None, "years old"), (17.0, None, "years old")],
        ),
        # a range in digits was read before and stays
        ("Doctors work 10- to 12-hour shifts.", [(10.0, 12.0, "hour")]),
    ],
)
def test_a_suspended_hyphen_shares_the_next_figures_unit(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "As 2024 draws to a close, the club looks back on a hard season.",
        "When 2031 begins, the new tariff applies to every household.",
        "As 2027 approaches, the board has set out its plans.",
    ],
)
def test_a_year_opening_its_clause_is_no_figure(text: str) -> None:
    assert _read(text) == []


def test_a_count_before_its_own_verb_after_as_stays() -> None:
    assert _read("As 1400 workers left the plant, the gates closed.") == [(1400.0, None, "worker")]


def test_a_scale_word_of_times_counts_times() -> None:
    assert [u for _, _, u in _read("She has walked that trail hundreds of times.")] == ["times"]


def test_a_plural_in_izes_keeps_its_e() -> None:
    assert _read("The lab has won 14 science prizes since it opened.") == [
        (14.0, None, "science prize")
    ]


def _ru(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, "ru")]


def test_ru_a_comparative_before_another_amount_bounds_that_amount() -> None:
    assert _ru("Проверили 800 складов и более трети из них закрыли.") == [
        (800.0, "склад", None),
        (1 / 3, "fraction", "более"),
    ]
    assert _ru("Пришли 40 волонтёров и более 10 врачей.") == [
        (40.0, "волонтёр", None),
        (10.0, "врач", "более"),
    ]
    # the bound after a figure is read as before
    assert _ru("Скидка 15% и более.") == [(15.0, "%", "и более")]


def test_ru_a_negated_comparative_is_the_bound() -> None:
    found = find_quantities("В отряд берут юношей не старше 25 лет.", "ru")
    assert [(q.value, q.unit, q.qualifier, q.change) for q in found] == [
        (25.0, "years old", "не старше", "<")
    ]


def test_ru_a_group_glued_to_a_hyphenated_word_is_its_own_number() -> None:
    assert [v for v, _, _ in _ru("Полк получил 24 152-мм орудия и 6 тягачей.")][:1] == [24.0]
    # a grouping of thousands stays one number
    assert _ru("Город закупил 12 000 саженцев.") == [(12000.0, "саженец", None)]


def test_ru_a_noun_read_first_as_a_conjunction_after_adjectives() -> None:
    assert _ru("Повестка включает шесть важнейших тем для региона.") == [(6.0, "тема", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The agency sells a 360-degree view of every shopper.",
        "The minister made a 180-degree turn on the tax.",
        "Step 2Stir the sauce until it thickens.",
    ],
)
def test_an_idiom_of_a_turn_and_a_number_run_into_a_word_are_no_figures(text: str) -> None:
    assert _read(text) == []


def test_a_turn_that_measures_stays() -> None:
    assert _read("The crane's arm swings through 360 degrees.") == [(360.0, None, "degree")]


@pytest.mark.parametrize(
    "text",
    [
        "Ни один пассажир не пострадал при посадке.",
        "В списке оказался ещё один кандидат.",
        "Дело рассматривает участок 212 г. Казани.",
        "Ему вменяют 2 ст. 159 УК.",
        "Акции 3Com упали.",
    ],
)
def test_ru_a_number_that_picks_or_names_is_no_figure(text: str) -> None:
    assert _ru(text) == []


def test_ru_a_gram_and_a_bound_one_stay() -> None:
    assert _ru("В пакете 250 г сахара.") == [(250.0, "g", None)]
    assert _ru("Пострадал только один пассажир.") == [(1.0, "пассажир", None)]


def test_once_beside_twice_is_the_first_alternative() -> None:
    assert _read("The committee meets once or twice a month.") == [
        (1.0, None, "times/month"),
        (2.0, None, "times/month"),
    ]


def test_a_round_scale_word_opens_a_hyphenated_measure() -> None:
    assert _read("The thousand-year-old town wall was restored.") == [(1000.0, None, "year")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repairs will take a week or two.", [(2.0, None, "week")]),
        ("We stayed a night or two past the festival.", [(2.0, None, "night")]),
        ("Expect a surprise guest or two on stage.", [(2.0, None, "surprise guest")]),
        ("She learnt a thing or two at sea.", []),
    ],
)
def test_a_noun_or_two_counts_two_of_the_noun(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _read(text) == expected
