"""The nineteenth session's claims mechanisms, on invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def read(sentence: str) -> list[tuple[float, float | None, str | None, str]]:
    return [(q.value, q.value_high, q.unit, q.change) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reference mark in square brackets states nothing, glued to its word or spaced
        (
            "The reactor reached full power in 9 days.[14] Engineers cheered.",
            [(9, None, "day", "=")],
        ),
        (
            "The council funded 12 new libraries[3][4] across the county.",
            [(12, None, "new library", "=")],
        ),
        (
            "Two trials [5], [6] enrolled 480 patients.",
            [(2, None, "trial", "="), (480, None, "patient", "=")],
        ),
        ("Rates fell by 3% [7-9].", [(3, None, "%", "down")]),
        # a figure inserted into a quotation keeps its unit inside the brackets and is read
        ('"We paid [$400] for it," she said.', [(400, None, "USD", "=")]),
    ],
)
def test_reference_marks(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every form of a change verb marks its figure, not only the forms once listed by hand
        ("The central bank lowered its key rate by 25 basis points.", [(25, None, "bp", "down")]),
        ("Inflation eases 0.4% in March.", [(0.4, None, "%", "down")]),
        ("Exports are shrinking by 3% a year.", [(3, None, "%/year", "down")]),
        ("Shares plummet 12% after the report.", [(12, None, "%", "down")]),
        # raising money collects it: no change
        ("The party is raising $4 million for the race.", [(4000000, None, "USD", "=")]),
    ],
)
def test_change_verb_forms(
    sentence: str, expected: list[tuple[float, float | None, str | None, str]]
) -> None:
    assert read(sentence) == expected


def read_ru(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, "ru")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # «в N лет» is an age after any word but a noun of a span of time
        ("Гимнастка ушла из спорта в 21 год.", [(21, "years old")]),
        ("Он получил первую премию в 1995 году в 33 года.", [(33, "years old")]),
        ("Писательница выпустила роман в 62 года.", [(62, "years old")]),
        ("Суд назначил ему срок в шесть лет.", [(6, "year")]),
        ("Между братьями разница в 4 года.", [(4, "year")]),
        ("Выборы проходят раз в 5 лет.", [(5, "year")]),
        # the infinitive of the verb of age
        ("В мае ему должно было исполниться 70 лет.", [(70, "years old")]),
        # a name's gloss in brackets before the age between commas
        ("Водитель Айдар Сафин (Aidar Safin), 45 лет, не пострадал.", [(45, "years old")]),
    ],
)
def test_russian_ages(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert read_ru(sentence) == expected
