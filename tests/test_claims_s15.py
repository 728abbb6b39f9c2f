"""The fifteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def units(sentence: str, language: str = "en") -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gallery counter run into the prose a scraped page glued it to
        (
            "1 / 14Firefighters tackle a blaze at a warehouse in Leeds, where 40 crews attended.",
            [(40, "crew")],
        ),
        (
            "Photo: Staff Image 3 of / 18 Caption Close 3 / 18 Back to Gallery The mill employs"
            " 260 people.",
            [(260, "people")],
        ),
        # a list's number after a colon, at the end or before its item
        ("The council asked residents four questions: 1.", [(4, "question")]),
        ("Here is how to repot a fern: 1) Water it two hours before.", [(2, "hour")]),
        # prose keeps its figures: a count after a colon, a rate with an unspaced slash
        ("The inspectors found: 12 schools had closed.", [(12, "school")]),
        ("Fees rose to $5/month.", [(5, "USD/month")]),
    ],
)
def test_page_furniture_inside_a_sentence(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry stopped after a couple of kilometres in heavy fog.", [(2, "km")]),
        ("The stall began with a couple of minor setbacks.", [(2, "minor setback")]),
        ("Over the last couple of years the club has cut its budget.", [(2, "year")]),
        ("A couple of hundred protesters gathered outside.", [(200, "protester")]),
        # a couple of people, not the number two
        ("The couple married in Oslo in June.", []),
        ("A couple of them stayed behind.", []),
    ],
)
def test_a_couple_of(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    found = units(sentence)
    assert [v for v, _ in found] == [v for v, _ in expected]
    assert [u for _, u in found] == [u for _, u in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Whether pledges about 2027 are met is unclear.", []),
        ("Around 2019 the firm moved its office to Cork.", []),
        # a bound before a count that names what it counts stays a count
        ("About 2019 runners finished the race.", [(2019, "runner")]),
        # a round hundred stays a count
        ("The toll rose to over 2000.", [(2000, None)]),
    ],
)
def test_a_qualified_year_counts_nothing(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb and the noun left out together: the bare number counts the earlier noun
        (
            "Officials said 14 people died in the flood and six from the landslide.",
            [(14, "people"), (6, "people")],
        ),
        (
            "Labour holds 31 council seats, the Greens 9.",
            [(31, "council seat"), (9, "council seat")],
        ),
        ("Can the coach survive two seasons, or even three?", [(2, "season"), (3, "season")]),
        ("She scored 18 goals last year and 11 this year.", [(18, "goal"), (11, "goal")]),
        # a verb of its own: the second clause counts what its verb says, not the first noun
        ("The storm claimed 12 lives and injured 40 on Friday.", [(12, "life"), (40, None)]),
        # ages in apposition and after "aged" stay ages, the whole list of them (thirty-sixth
        # session: the list shares its first member's unit; the elided noun is never "man")
        (
            "Three men, aged 19, 22 and 25, were charged.",
            [(3, "man"), (19, "years old"), (22, "years old"), (25, "years old")],
        ),
        # no earlier count: a name's number stays refused
        ("The match was shown on Channel 4, not BBC 1.", []),
    ],
)
def test_a_count_whose_noun_is_left_out(
    sentence: str, expected: list[tuple[float, str | None]]
) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # golf scores name a place in the field (docs/claims.md): the round and the score to par
        ("Lindqvist carded a 68 to sit on nine under par, a shot behind the leader.", []),
        ("Okafor fired a closing four-under 66 at the wet course.", []),
        ("She shot a final-round 71 with a bogey at the last and finished 3 over.", []),
        # the same verbs outside golf keep their figures
        ("The striker shot a 25-yard effort wide in the 80th minute.", [(25, "yard")]),
    ],
)
def test_golf_scores(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a match clock says when
        ("Ferreira headed the equaliser with 12 minutes gone.", []),
        ("The hosts collapsed in the final 15 minutes at Hampden.", []),
        ("With just three minutes left, the referee stopped play.", []),
        # a length of time is a figure
        ("The council debated the plan for 90 minutes.", [(90, "minute")]),
        ("Most votes came in the final 10 minutes of the meeting.", [(10, "minute")]),
    ],
)
def test_a_match_clock(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Auditors found millions of pounds of council money had been misspent.", "GBP"),
        ("Ministers face billions of pounds of spending commitments.", "GBP"),
        ("Growers spread thousands of pounds of fertiliser each spring.", "lb"),
    ],
)
def test_pounds_of_money(sentence: str, expected: str) -> None:
    assert [u for _, u in units(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a match's score in brackets counts nothing
        ("«Сокол» выиграл у «Зари» (2:1) и поднялся на третье место.", []),
        ("Команда провела два матча с «Витязем» (4:2, 1:3) в Казани.", [(2, "матч")]),
        # «возраст» in the clause makes «N лет» an age
        ("Пенсионный возраст для женщин составит 63 года.", [(63, "years old")]),
        (
            "Партия предложила снизить с 70 до 65 лет возраст выхода на пенсию.",
            [(70, "years old"), (65, "years old")],
        ),
        # a duration stays a duration
        ("Он проработал на заводе 30 лет.", [(30, "year")]),
    ],
)
def test_russian_scores_and_ages(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert units(sentence, "ru") == expected


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Officials reported nine confirmed cases on the island.", "confirmed case"),
        ("The raid found 14 stolen bicycles in a garage.", "stolen bicycle"),
        ("The county has 41,000 registered voters.", "registered voter"),
    ],
)
def test_a_participle_before_the_noun_is_kept(sentence: str, unit: str) -> None:
    assert [u for _, u in units(sentence)] == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The scheme reached 20,000 young people last year.", "young people"),
        ("The shelter housed 80 homeless persons overnight.", "homeless people"),
        ("The fire forced 300 people from their homes.", "people"),
    ],
)
def test_the_modifiers_of_people_are_kept(sentence: str, unit: str) -> None:
    assert [u for _, u in units(sentence)] == [unit]
