"""Issue 13, twentieth session: readings of the grammar of number expressions, written from the
development parts' errors counted by class.  Invented sentences (English and Russian news
phrasing), none from an evaluation set."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(sentence: str, lang: str = "en") -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, lang)]


def test_a_list_that_leaves_its_noun_out_shares_it_to_the_end() -> None:
    got = _read("The ministry moved 9 prisoners to Spain, 4 to Italy, 2 to Peru and 1 to Chile.")
    assert got == [
        (9.0, None, "prisoner"),
        (4.0, None, "prisoner"),
        (2.0, None, "prisoner"),
        (1.0, None, "prisoner"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of registered ferries has risen from seven to 16.",
            (16.0, None, "registered ferry"),
        ),
        ("The number of subscribers is expected to pass 600 million.", (6e8, None, "subscriber")),
        ("The number of arrests rose 5% to 1,200 last year.", (1200.0, None, "arrest")),
    ],
)
def test_a_bare_total_counts_what_the_number_of_names(
    sentence: str, expected: tuple[float, float | None, str | None]
) -> None:
    assert expected in _read(sentence)


def test_the_number_of_leaves_a_figure_with_its_own_unit_alone() -> None:
    got = _read("The number of deaths rose 5% as 30 nurses left.")
    assert (5.0, None, "%") in got and (30.0, None, "nurse") in got


def test_a_single_s_glued_to_a_decimal_is_seconds() -> None:
    assert _read("The first build takes 0.412s and the second 3.75s.")[:1] == [
        (0.412, None, "second")
    ]
    assert (11.37, None, "second") in _read("She won the heat in 11.37s.")
    assert _read("Fashion of the 1990s came back.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mean age at diagnosis was 47 years.",
        "The average age of the city's buses is 11 years.",
        "We moved when our daughter (almost 4) started school.",
    ],
)
def test_an_age_by_its_frame(sentence: str) -> None:
    assert [u for _, _, u in _read(sentence)] == ["years old"]


def test_a_number_in_brackets_after_a_thing_is_no_age() -> None:
    assert all(u != "years old" for _, _, u in _read("The firm (3) and its stores (4) closed."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unemployment stood at 6 point 3 percent.", (6.3, None, "%")),
        ("The deal is worth two point five million dollars.", (2.5e6, None, "USD")),
    ],
)
def test_a_spoken_decimal(sentence: str, expected: tuple[float, float | None, str | None]) -> None:
    assert _read(sentence) == [expected]


def test_points_stay_points() -> None:
    assert _read("They lead by 7 points.") == [(7.0, None, "point")]


def test_a_demonym_after_a_signed_figure_names_the_currency() -> None:
    assert _read("The ferry charges a minimum of $40 Canadian.") == [(40.0, None, "CAD")]
    assert _read("Entry costs £15 Egyptian.") == [(15.0, None, "EGP")]
    # a noun after the demonym is what the money buys: the sign keeps its own reading
    assert _read("He bought $60 Australian wine.")[0][2] == "USD"


@pytest.mark.parametrize(
    "sentence",
    [
        "Артист отметил свой 60-летний юбилей в Москве.",
        "Театр отмечает 150-летний юбилей.",
        "Она начала рисовать с шести лет.",
        "Он не дожил до 104 лет всего месяц.",
        "Девочка заболела, когда ей было всего восемь месяцев.",
    ],
)
def test_russian_ages_by_grammar(sentence: str) -> None:
    units = [u for _, _, u in _read(sentence, "ru")]
    assert units and units[0] in ("years old", "months old")


@pytest.mark.parametrize(
    "sentence",
    ["Компания подписала 10-летний контракт.", "Детей с 6 до 10 лет принимают бесплатно."],
)
def test_russian_durations_and_spans_stay(sentence: str) -> None:
    got = _read(sentence, "ru")
    if "контракт" in sentence:
        assert got == [(10.0, None, "year")]
    else:
        assert got == [(6.0, 10.0, "years old")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The group is a registered 501(c)(3) charity.",
        "It is a tax-exempt (501[c][3]) body.",
        "Ballyhale won by 2-14 to 1-11 on Sunday.",
        "The game renders a 3-dimensional city.",
    ],
)
def test_names_of_rules_goal_scores_and_dimensions_are_no_figures(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_bound_on_a_multiple() -> None:
    (q,) = find_quantities("The new battery lasts over 4 times as long.", "en")
    assert (q.value, q.unit, q.change) == (4.0, "times", ">")


def test_over_years_that_someone_has_is_a_bound_and_spread_over_is_a_period() -> None:
    (had,) = find_quantities("She joined with over 25 years in banking.", "en")
    (spread,) = find_quantities("The credits are spread over 15 years.", "en")
    assert (had.change, spread.change) == (">", "=")
