"""Issue 13, twenty-ninth session: marks of code that were money or prose, a word size, a
fraction of a scale word, a score's pattern that took a range of percentages, and a body's
capitals after «ч.» (invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _en(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, "en")]


def _ru(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "$12-$40" is a range of money, not a shell variable; with a second range the whole
        # sentence was taken for code and every figure in it lost
        (
            "Plumbers charge $12-$40 for a callout, while the hourly fee ranges from $60-$95.",
            [(12.0, 40.0, "USD"), (60.0, 95.0, "USD")],
        ),
        # an empty pair of braces named in prose is one mark of code, not two
        (
            "Nearly half the guide explains the {} placeholder used in the 3 templates.",
            [(0.5, None, "fraction"), (3.0, None, "template")],
        ),
    ],
)
def test_en_money_ranges_and_named_braces_are_not_code(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected


def test_en_code_is_still_code() -> None:
    assert _en("Set $limit = 40 and $step = 5 in the config.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The old game shipped 16-bit sprites for 32-bit consoles.",
        "Install the 64-bit build on a 64 bit machine.",
    ],
)
def test_en_a_word_size_names_a_class(text: str) -> None:
    assert _en(text) == []


def test_en_a_measured_bit_depth_stays() -> None:
    assert _en("The scanner records a 48-bit colour depth.") == [(48.0, None, "bit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain now has a quarter million members.", [(250000.0, None, "member")]),
        ("The single sold a half million copies.", [(500000.0, None, "copy")]),
        # a share stays a share
        ("A quarter of the members left.", [(0.25, None, "fraction")]),
    ],
)
def test_en_a_fraction_of_a_scale_word_is_an_amount(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected


def test_en_a_range_of_percent_after_at_is_no_score() -> None:
    assert _en("Cycle at 70-75% effort for 40 seconds.") == [
        (70.0, 75.0, "%"),
        (40.0, None, "second"),
    ]


def test_en_a_score_after_at_stays_masked() -> None:
    assert _en("The sides were level at 2-2 at half time.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals that name a body, not a code: «ч.» is an hour
        ("Совещание в управлении длилось 2 ч. 30 ФАС не комментирует.", [(2.0, "hour")]),
        ("Обыск шёл 3 ч. 15 МЧС прислало ещё 40 спасателей.", [(3.0, "hour"), (40.0, "спасатель")]),
    ],
)
def test_ru_a_body_after_a_part_is_no_code(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _ru(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ему вменяют 2 ч. 159 УК РФ.",
        "Дело возбуждено по 3 ч. 14 КоАП.",
        "Иск подан по 1 ч. 22 ГПК.",
    ],
)
def test_ru_a_code_after_a_part_stays_a_law(text: str) -> None:
    assert _ru(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "couple of" after an owner's word, as after an article
        ("Our first couple of weeks on the island were wet.", [(2.0, None, "week")]),
        # the "of" left out before a scale word, a unit or a made thing
        ("The club hired a couple hundred stewards.", [(200.0, None, "steward")]),
        ("We stayed a couple weeks at the inn.", [(2.0, None, "week")]),
        ("The gym has a couple treadmills and a rack.", [(2.0, None, "treadmill")]),
    ],
)
def test_en_a_couple_counts_two(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pair of people opening a clause is no figure
        "A couple returns to the flooded village.",
        "The couple married in a small chapel.",
    ],
)
def test_en_a_couple_of_people_is_no_figure(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind or a place in a line of products opens the sentence: its number names it
        ("Model 3 buyers waited 6 weeks.", [(6.0, None, "week")]),
        ("Part 2 covers the 14 districts.", [(14.0, None, "district")]),
        ("Type 1 diabetes affects 8% of the patients.", [(8.0, None, "%")]),
        # a capital inside a word is a name's spelling, at a sentence's start too
        ("PlayStation 5 shipments rose 12%.", [(12.0, None, "%")]),
    ],
)
def test_en_a_name_opening_a_sentence_keeps_its_number(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected


def test_en_a_count_of_models_stays() -> None:
    assert _en("The dealer sold 40 models and 3 series of parts.") == [
        (40.0, None, "model"),
        (3.0, None, "series"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number above one agrees with the plural after an -ing modifier, not with a verb
        ("The channel airs three baking shows a week.", [(3.0, None, "baking show/week")]),
        # after "one" and a singular noun a verb would end in -s: the bare form is the head
        (
            "If you have seen just one garden makeover show, you know the format.",
            [(1.0, None, "garden makeover show")],
        ),
    ],
)
def test_en_the_head_noun_agrees_with_its_number(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected


def test_en_a_verb_after_one_noun_stays_a_verb() -> None:
    assert _en("One tenant complaint led to 2 inspections.") == [(2.0, None, "inspection")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product line's word in lower case is a verb, and its figure a count (review, round 29)
        ("Analysts model 5 scenarios for the coming winter.", [(5.0, None, "scenario")]),
        (
            "Trainees type 40 words a minute by the end of the course.",
            [(40.0, None, "word/minute")],
        ),
        # a brand's count after its owner's "'s", with a scale word or in thousands
        ("YouTube's 2 billion users watch videos daily.", [(2e9, None, "user")]),
        ("McDonald's 40,000 restaurants serve breakfast.", [(40000.0, None, "restaurant")]),
        ("PepsiCo 300,000 employees received a bonus.", [(300000.0, None, "employee")]),
        # a key's length in bits is measured, not a class of machine
        ("The key is 256 bits long.", [(256.0, None, "bit")]),
    ],
)
def test_en_verbs_brands_and_bit_lengths_keep_their_figures(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert _en(text) == expected
