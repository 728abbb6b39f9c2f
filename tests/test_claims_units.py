"""Units the sentence leaves implicit or spreads out: shared units of parallel figures, "from …
to …" changes with a date between the ends, a change "by X to Y" that is not a range."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def figures(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Nikkei gained by 1.8 percent while the Hang Seng slipped by 0.4.",
            [(1.8, None, "%"), (0.4, None, "%")],
        ),
        (
            "The main index closed at 7,215.40 points and the mid-cap index closed at 19,880.",
            [(7215.4, None, "point"), (19880, None, "point")],
        ),
        (
            "Average rents rose from about 900-950 euros to 1,100 in three years.",
            [(900, 950, "EUR"), (1100, None, "EUR"), (3, None, "year")],
        ),
        # a change and a new level: the level's unit is not said, so none is guessed
        ("Shares rose 8% to 3.65 after the results.", [(8, None, "%"), (3.65, None, None)]),
        # the unit of another sentence is not shared
        (
            "The euro traded at $1.0840. The index was up at 104.2 in late trade.",
            [(1.084, None, "USD"), (104.2, None, None)],
        ),
    ],
)
def test_parallel_figures_share_a_unit(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [
        (pytest.approx(v), pytest.approx(h) if h else None, u) for v, h, u in expected
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a change, "from X to Y" is two levels sharing the unit (issue 13, sixth round)
        ("The coin slid from $412 at 9am on Monday to $388 on Tuesday.", (412, 388, "USD")),
        ("Fleet economy rose from 31 mpg in 2016 to 38 mpg in 2024.", (31, 38, "mpg")),
        ("Brent fell from $84 a barrel to $71.50 in a month.", (84, 71.5, "USD/barrel")),
        ("Its rating went from 22 mpg combined to 25 for the hybrid.", (22, 25, "mpg")),
    ],
)
def test_from_to_across_a_time_phrase(sentence: str, expected: tuple[float, float, str]) -> None:
    got = figures(sentence)
    assert got == [
        (pytest.approx(expected[0]), None, expected[2]),
        (pytest.approx(expected[1]), None, expected[2]),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is a 10- to 15-minute walk from the station.", (10, 15, "minute")),
        ("Nightly rates range from $450 to $2,100.", (450, 2100, "USD")),
        ("A good saddle can cost anywhere from $150 to $900.", (150, 900, "USD")),
        # the change's "from" opens another phrase, not this range
        ("Rents rose from last year, with forecasts of 5 to 10 percent.", (5, 10, "%")),
        ("Fares climbed from March on estimates of 20 to 30 percent.", (20, 30, "%")),
        # a verb of its own between the change and "from" says what the range is
        ("Rents rose for flats ranging from $900 to $1,400.", (900, 1400, "USD")),
        ("The plan cuts taxes for couples earning from $40,000 to $90,000.", (40e3, 90e3, "USD")),
        ("The change affects the workers aged from 18 to 25.", (18, 25, "years old")),
    ],
)
def test_from_to_without_a_change_is_a_range(
    sentence: str, expected: tuple[float, float, str]
) -> None:
    got = figures(sentence)
    assert got == [(pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])]


def test_change_then_level_is_not_a_range() -> None:
    got = figures("The trade surplus shrank by $12.5 billion to $301.9 billion last year.")
    assert got == [(pytest.approx(12.5e9), None, "USD"), (pytest.approx(301.9e9), None, "USD")]
    q = find_quantities("The deficit widened by $8 billion to $95 billion.", "en")
    assert [x.change for x in q] == ["up", "="]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Half a million people marched through the capital.", [(5e5, None, "people")]),
        ("About half a dozen boats were seized.", [(6, None, "boat")]),
        ("The runner was half a mile behind the leader.", [(0.5, None, "mile")]),
        ("The new bridge is a third of a mile long.", [(1 / 3, None, "mile")]),
        ("A gill is 1/4 of an imperial pint.", [(0.25, None, "pint")]),
        # a share of a group is still a fraction, not a unit
        ("Half of the 300 staff were laid off.", [(0.5, None, "fraction"), (300, None, "staff")]),
    ],
)
def test_a_part_of_one_thing(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [(pytest.approx(v), h, u) for v, h, u in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She turned 90 last week.", (90, "years old")),
        ("He will be 35 by the end of the season.", (35, "years old")),
        ("He's 41 and still playing in the top flight.", (41, "years old")),
        ("Life expectancy in the region is now around 68.", (68, "years old")),
        ("The alloy scored 40 on the GPa scale.", (40, "GPa")),
        ("The plant earns 9 billion rupees (about $108 million) a year.", (9e9, "INR/year")),
        ("Crude settled at $71 U.S. per barrel.", (71, "USD/barrel")),
        ("Only residents aged 18 and over may vote.", (18, "years old")),
        ("Entry is for those over the age of 21.", (21, "years old")),
        ("Brent rose $0.50 a barrel on Monday.", (0.5, "USD/barrel")),
        ("Their closer is worth 2.1 WAR this season.", (2.1, "WAR")),
    ],
)
def test_units_the_sentence_implies(sentence: str, expected: tuple[float, str]) -> None:
    got = figures(sentence)
    assert (pytest.approx(expected[0]), None, expected[1]) == got[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was 35 when the lights went out.",  # "it" is not a person: no age
        "The quake measured 6.1 on the Richter scale.",  # a scale named for a person, no unit
    ],
)
def test_no_unit_is_guessed(sentence: str) -> None:
    assert [u for _, _, u in figures(sentence)] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A dozen people were hurt in the stampede.", [(12, None, "people")]),
        ("Two dozen protesters were detained.", [(24, None, "protester")]),
        ("Turnout rose by a fifth.", [(0.2, None, "fraction")]),
        ("The chance of a six is exactly one sixth, he said.", [(1 / 6, None, "fraction")]),
        ("One eighth of the budget goes on defence.", [(0.125, None, "fraction")]),
        ("It was a fifth consecutive win for the club.", []),  # an ordinal
    ],
)
def test_dozens_and_fractions_in_words(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [(pytest.approx(v), h, u) for v, h, u in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The hike is two and a half miles to the east.", [(2.5, None, "mile")]),
        ("He served 3 and a half years in prison.", [(3.5, None, "year")]),
        ("The pipe is 2 1/2 inches wide.", [(2.5, None, "inch")]),
        ("A cat can squeeze through a 1/8 inch slot.", [(0.125, None, "inch")]),
        ("Its market value reached $2.174T on Friday.", [(2.174e12, None, "USD")]),
        ("The park covers 1,200 sq mi of forest.", [(1200, None, "sq mile")]),
        ("Output fell in 2013-14 and again in the 2019/20 season.", []),
        ("The office is at 12 Mill Lane, Leeds LS1 4AB3.", []),
        ("The cell reached 1.2 A/cm2 at 0.6 V.", [(1.2, None, "A/cm²"), (0.6, None, "V")]),
    ],
)
def test_mixed_numbers_and_year_spans(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [(pytest.approx(v), h, u) for v, h, u in expected]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The lab ran 4,000 Covid-19 tests last week.", "covid test"),
        ("Officials procured thousands of COVID -19 tests.", "COVID test"),
        ("He has repaired 40 Kia and Hyundai vehicles this year.", "kia and hyundai vehicle"),
    ],
)
def test_counted_noun_reads_through_names(sentence: str, unit: str) -> None:
    assert [u for _, _, u in figures(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Joblessness among those between the ages of 17 and 20 is high.", (17, 20)),
        ("Volunteers aged between 18 and 65 were recruited.", (18, 65)),
        ("Vaccines for children ages 5-11 were approved on Friday.", (5, 11)),
    ],
)
def test_age_ranges(sentence: str, expected: tuple[float, float]) -> None:
    assert figures(sentence) == [(expected[0], expected[1], "years old")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # symbols our own lexicon lacks, from quantulum3's unit table (units_data.py)
        ("Add 2 tbsp of olive oil and 100 cl of stock.", [(2, "tablespoon"), (100, "centilitre")]),
        ("The ferry kept a steady 18 kn across the strait.", [(18, "knot")]),
        ("The brewery shipped 450,000 hl of lager last year.", [(450000, "hectolitre")]),
        # a symbol that is also a word is read only glued to its number
        ("Up to 8in of rain fell on the coast.", [(8, "inch")]),
        ("He scored 2 in the final and 3 in the semi.", [(2, None), (3, None)]),
        # never a time of day, an ordinal ending or a plural letter
        ("The 3pm kick-off drew 41,000 fans.", [(41000, "fan")]),
    ],
)
def test_units_from_quantulum3s_table(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "en")] == [
        (pytest.approx(v), u) for v, u in expected
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # an adverb grades the adjective or participle after it and is kept with it (thirty-
        # fifth session; dropped before); the participle is kept (fifteenth session: "five
        # confirmed cases" counts confirmed cases)
        ("The plant employs 300 highly skilled workers.", "highly skilled worker"),
        ("The group runs 40 privately owned hospitals.", "privately owned hospital"),
        # a number above one agrees with a plural, not with a verb in -s
        ("The side has recorded three consecutive wins.", "consecutive win"),
        ("The singer played 12 sold-out shows in Dublin.", "sold-out show"),
    ],
)
def test_counted_noun_phrase_grammar(sentence: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(sentence, "en")] == [unit]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share as two counts, but not a year or a time after "in"
        ("Nearly 7 in 10 Americans back the plan.", [(0.7, "fraction")]),
        ("Inflation fell to 5 in 2020.", [(5, None)]),
        ("He scored 3 in 10 minutes.", [(3, None), (10, "minute")]),
        # a glued "m" before a plural count is a million; before an adjective, a metre
        ("The scheme covers 2m workers.", [(2_000_000, "worker")]),
        ("The wall is 2m tall.", [(2, "m")]),
        # a comparative between the number and the counted noun
        ("The ministry will hire 1,200 more doctors.", [(1200, "doctor")]),
    ],
)
def test_counts_inside_compounds_ratios_and_scales(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence, "en")] == [
        (pytest.approx(v), u) for v, u in expected
    ]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # WordNet's verbs of a change in amount (changes_data.py), before a share or after "by"
        ("The pound weakened 0.5% against the euro.", "down"),
        ("Membership swelled by 20,000 in a month.", "up"),
        ("The firm downsized by 300 jobs.", "down"),
        ("Spending was reduced by £3bn.", "down"),
        # before a plain amount such a verb may state a total, not a change
        ("The fund amassed $5bn.", "="),
        ("The flight was delayed by 3 hours.", "="),
    ],
)
def test_change_verbs_from_wordnet(sentence: str, change: str) -> None:
    assert [q.change for q in find_quantities(sentence, "en")] == [change]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by X to Y" with no unit: a change, then a level an order larger
        ("Vacancies fell by 26,000 to 872,000.", [(26000, None), (872000, None)]),
        # ends of one size stay a range
        ("Rents went up by 40 to 50.", [(40, 50)]),
    ],
)
def test_change_by_then_level_without_unit(
    sentence: str, expected: list[tuple[float, float | None]]
) -> None:
    assert [(q.value, q.value_high) for q in find_quantities(sentence, "en")] == [
        (pytest.approx(v), h) for v, h in expected
    ]


def test_a_two_in_one_product_is_no_figure() -> None:
    assert figures("She bought a 2-in-1 laptop for the trip.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smokers now face a 1-in-5 chance of a stroke.", [(0.2, None, "fraction")]),
        (
            "The odds rose from 1-in-40 to 1–in–25.",
            [(0.025, None, "fraction"), (0.04, None, "fraction")],
        ),
    ],
)
def test_hyphenated_odds_are_a_share_not_inches(
    sentence: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    assert figures(sentence) == [(pytest.approx(v), h, u) for v, h, u in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The curfew moved from 10 to 11 p.m.",
        "The pharmacy opens from 9 to 5 p.m.",
        "Polls ran 7-10am.",
    ],
)
def test_a_span_of_clock_times_is_no_figure(sentence: str) -> None:
    # the first end leaves "p.m." out; it was read as a range (or two levels) in pence
    assert figures(sentence) == []
