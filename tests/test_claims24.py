"""Issue 13, twenty-fourth session: a thing's age is a duration, the verb "number" names what
a figure counts, a Russian noun before its number, a Russian verb of change in either aspect
(invented sentences, none from an evaluation set)."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str = "en") -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The council sold the 400-year-old castle to a hotel group last spring.", "year"),
        ("She finally broke a 30-year-old record at the indoor championships.", "year"),
        ("The chapel, possibly 800 years old, needs a new roof.", "year"),
        ("A 40-year-old tradition of the village fair ended this summer.", "year"),
        # a living being, a name, a word WordNet does not know, a possessive: still an age
        ("A 12-year-old boy was treated for burns after the fire.", "years old"),
        ("The 24-year-old told the court she felt fine.", "years old"),
        ("The 19-year-old midfielder signed a new contract on Friday.", "years old"),
        ("A 28-year-old Leeds man faces two charges of burglary.", "years old"),
        ("Police said the 41-year-old's van was found near the river.", "years old"),
    ],
)
def test_a_things_age_is_a_duration(text: str, unit: str) -> None:
    assert [u for _, _, u, _ in _read(text)][:1] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers now number more than 300 in the valley.", (300.0, None, "volunteer")),
        ("The strikers numbered about 5,000 by noon.", (5000.0, None, "striker")),
        ("Defectors number in the hundreds, officials admit.", (100.0, 1000.0, "defector")),
    ],
)
def test_the_verb_number_names_what_is_counted(
    text: str, expected: tuple[float, float | None, str]
) -> None:
    assert [r[:3] for r in _read(text)] == [expected]


def test_a_phone_number_names_nothing() -> None:
    assert [r[2] for r in _read("Her lucky number is 7, she told the crowd.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Врачи сказали, что способов лечения два: операция или гипс.", [(2.0, "способ")]),
        ("По словам полиции, стрелявший был один.", [(1.0, "стрелявший")]),
        ("Следователи уверены, что угонщик был только один.", [(1.0, "угонщик")]),
        # digits after a noun are a model's or a version's number, not a count
        ("Компания показала новую линейку смартфонов Nova 12.", []),
        ("Он один из лучших игроков клуба.", []),
    ],
)
def test_a_russian_noun_before_its_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, u) for v, _, u, _ in _read(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курс доллара подскочил до 95 рублей.", [(95.0, None, "RUB", None)]),
        ("Бензин дорожал до 60 рублей за литр.", [(60.0, None, "RUB/l", None)]),
        (
            "Завод нарастит выпуск с 10 тыс. до 15 тыс. машин в год.",
            [(10000.0, None, "машина/year", None), (15000.0, None, "машина/year", None)],
        ),
        # a bound stays a bound
        ("До 50 человек пострадали при пожаре.", [(50.0, None, "people", "До")]),
    ],
)
def test_a_russian_verb_of_change_reaches_a_level_in_either_aspect(
    text: str, expected: list[tuple[float, float | None, str | None, str | None]]
) -> None:
    assert _read(text, "ru") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The town marked the 150-year anniversary of the mill's opening with a parade.",
        "It was the 20 year anniversary of the flood that ruined the harbour.",
        "The book fair is scheduled for March 3 to 6 at the old exchange.",
    ],
)
def test_an_anniversary_and_a_span_of_dates_are_no_figures(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("A grown dog needs about 1,000 calories a day, while puppies need 600.", ["kcal/day"] * 2),
        ("He weighs 80kg and his brother weighs 72.", ["kg", "kg"]),
        # a percent sign or a currency is written on every figure: a bare one stays bare
        ("Rents rose 5% while wages rose 3 over the year.", ["%", None]),
        ("A ticket costs $40 and a season pass costs 300.", ["USD", None]),
    ],
)
def test_a_repeated_verb_shares_a_word_unit(text: str, units: list[str | None]) -> None:
    assert [u for _, _, u, _ in _read(text)] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of the club's new signings made the top 20.", []),
        ("The album never reached a top ten list, however.", []),
        # a count after the rank stays a count, the rank in its unit (twenty-eighth session)
        ("The top four sides qualify for the play-offs in May.", [(4.0, None, "top side", None)]),
    ],
)
def test_a_top_rank_is_no_count(
    text: str, expected: list[tuple[float, float | None, str | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Смертность опустилась ниже отметки 1 тыс. случаев.", [(1000.0, None, "случай", "ниже")]),
        ("Курс поднялся выше уровня 90 рублей.", [(90.0, None, "RUB", "выше")]),
        ("Компания работает более чем над 100 проектами.", [(100.0, None, "проект", "более чем")]),
    ],
)
def test_a_russian_comparative_reaches_over_a_threshold_or_a_preposition(
    text: str, expected: list[tuple[float, float | None, str | None, str | None]]
) -> None:
    assert _read(text, "ru") == expected


def test_a_russian_relative_pronoun_counts_its_antecedent() -> None:
    text = "Он говорил о переброске добровольцев, численность которых приближается к 3 тыс."
    assert _read(text, "ru") == [(3000.0, None, "доброволец", None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She toured with two of her most loyal fans from the old days.", "most loyal fan"),
        ("The guide lists three least visited parks in the state.", "least visited park"),
        ("Three of the biggest banks raised their rates on Monday.", "biggest bank"),
    ],
)
def test_a_superlative_with_most_stays_in_the_unit(text: str, unit: str) -> None:
    assert [u for _, _, u, _ in _read(text)] == [unit]
