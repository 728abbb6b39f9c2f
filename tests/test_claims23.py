"""Issue 13, twenty-third session: the unit of a figure read as the grammar of its noun phrase
says (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _units(text: str, lang: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two guards were shot and 11 others were treated for smoke inhalation at the depot.",
            [(2.0, "guard"), (11.0, "guard")],
        ),
        (
            "The blast destroyed three lorries and damaged 40 others parked along the quay.",
            [(3.0, "lorry"), (40.0, "lorry")],
        ),
    ],
)
def test_others_counts_the_earlier_counted_noun(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of police set up roadblocks around the stadium before the final.",
            [(100.0, "police")],
        ),
        ("The league's top 8 face off in Leeds on Saturday night.", [(8.0, None)]),
    ],
)
def test_a_singular_verb_after_a_count_is_not_its_noun(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(v, u) for v, u in _units(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands lined the harbour wall to watch the regatta.", [(1000.0, 10000.0)]),
        ("The flooding forced hundreds to leave their farms.", [(100.0, 1000.0)]),
        ("Applications to the scheme now run into the thousands.", [(1000.0, 10000.0)]),
        ("Over thousands and thousands of years the river cut the gorge.", [(1000.0, 10000.0)]),
        ("Tens of thousands of fans travelled to Cardiff.", [(10000.0, 100000.0)]),
    ],
)
def test_a_plural_scale_word_standing_alone_is_a_count(
    text: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_high) for q in find_quantities(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Subscriptions are forecast to surpass 40 million by the spring.", ">"),
        ("Wind gusts could exceed 90 km/h on the coast tonight.", ">"),
        ("The fund's assets have been topping $2bn since March.", ">"),
        ("The Senate passed 12 bills on Friday.", "="),
    ],
)
def test_every_form_of_a_verb_that_passes_a_level_bounds_the_figure(text: str, change: str) -> None:
    assert [q.change for q in find_quantities(text, "en")] == [change]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity is hiring a director on a six-figure salary.", []),
        ("The striker is said to earn seven figures a season.", []),
        ("The essay uses 6 figures of speech in its first paragraph.", [6.0]),
    ],
)
def test_a_size_told_by_its_digits_is_no_count(text: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 8,000 tonnes of fishing gear is lost off the coast every year.", "tonne/year"),
        ("Some $40 million in licence fees will be paid to the city annually.", "USD/year"),
        ("Twelve volunteers clean the beach each week.", "volunteer"),
    ],
)
def test_a_measure_whose_clause_ends_in_a_period_is_a_rate(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, "en")] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Three Cotswolds women were named in the honours list.", "cotswolds woman"),
        ("Two Leeds children were treated in hospital.", "leeds child"),
    ],
)
def test_a_name_in_s_before_an_irregular_plural_modifies_it(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text, "en")] == [unit]


def test_a_word_after_an_article_is_no_verb_of_an_elided_count() -> None:
    text = "Some 300 runners started the race, and a staggering 290 finished it."
    assert _units(text) == [(300.0, "runner"), (290.0, "runner")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry will send 300 more nurses to join the roughly 1,200 already there.",
            [(300.0, "nurse"), (1200.0, "nurse")],
        ),
        (
            "Ten new buses arrive in May, adding to the 45 purchased in 2022.",
            [(10.0, "new bus"), (45.0, "bus")],
        ),
    ],
)
def test_a_definite_bare_count_shares_the_earlier_noun(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _units(text) == expected


def test_russian_bare_count_before_a_participle_shares_the_earlier_noun() -> None:
    text = "Город закупит 20 трамваев в дополнение к 35 уже купленным в прошлом году."
    assert _units(text, "ru") == [(20.0, "трамвай"), (35.0, "трамвай")]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("selfies", "selfie"),
        ("hoodies", "hoodie"),
        ("cryptocurrencies", "cryptocurrency"),
        ("subsidies", "subsidy"),
        ("movies", "movie"),
    ],
)
def test_a_plural_in_ies_wordnet_does_not_know_is_an_ie_noun(word: str, lemma: str) -> None:
    from newsprism.claims.nlp import singular

    assert singular(word) == lemma


def test_russian_collective_numeral_reaches_over_a_possessive_to_its_noun() -> None:
    assert _units("Вместе с ним в поход ушли трое его товарищей.", "ru") == [(3.0, "товарищ")]
    assert _units("Трое его ранили на прошлой неделе.", "ru") == [(3.0, "people")]
