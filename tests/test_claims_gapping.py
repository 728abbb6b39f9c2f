"""Gapped figures (elliptical coordination): the second clause leaves out the verb and the
noun, so its figure shares the first one's unit.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprism.claims import find_quantities


def units(sentence: str, language: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.change) for q in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Marlow port registered 52,000 arrivals and Kessing 31,000.",
            [(52000, "arrival", "="), (31000, "arrival", "=")],
        ),
        (
            "The Greens won 48 seats and the Liberals 17.",
            [(48, "seat", "="), (17, "seat", "=")],
        ),
        ("Exports rose 4% and Halden 2%.", [(4, "%", "up"), (2, "%", "up")]),
        ("He was 61 and his brother 58.", [(61, "years old", "="), (58, "years old", "=")]),
        # not a gap: a percent sign or a currency is written on every figure, so a bare number
        # after one is a name's number, refused as it is without the first figure
        ("Shares fell 2% and the FTSE 100.", [(2, "%", "down")]),
        ("Brent rose $3 and the Nikkei 225.", [(3, "USD", "up")]),
        # not a gap of the verb's change, but the noun is left out (ellipsis, fifteenth
        # session): 450 vans, as our own golds read "1,121 qubits, up from 433 in its
        # predecessor"
        ("The firm sold 500 vans in 2013 and 450 in 2014.", [(500, "van", "="), (450, "van", "=")]),
    ],
)
def test_english_gapping(sentence: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert units(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "«Северавиа» перевезла 6,4 млн пассажиров, «Норд Эйр» — 2,2 млн.",
            [(6_400_000, "пассажир"), (2_200_000, "пассажир")],
        ),
        (
            "Первый кандидат собрал 900 подписей, второй — 640.",
            [(900, "подпись"), (640, "подпись")],
        ),
        (
            "Завод выпустил 700 тракторов, а его конкурент 520.",
            [(700, "трактор"), (520, "трактор")],
        ),
        ("Ему 52 года, а сестре — 49.", [(52, "years old"), (49, "years old")]),
    ],
)
def test_russian_gapping(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(v, u) for v, u, _ in units(sentence, "ru")] == expected
