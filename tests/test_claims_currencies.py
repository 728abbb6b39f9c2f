"""Currencies of every country (CLDR via the generated lexicon) and rates over a population."""

from __future__ import annotations

import pytest

from newsprism.claims import currencies
from newsprism.claims.extract import find_quantities


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name, a symbol, a letter symbol before a scale
        ("Kenya plans to borrow 60 billion Kenyan shillings.", [(60e9, "KES")]),
        ("The ministry paid R$ 3.1bn to farmers.", [(3.1e9, "BRL")]),
        ("A villa sold for ₱48 million.", [(48e6, "PHP")]),
        ("The clinic was fined R12 million.", [(12e6, "ZAR")]),
        # a bare noun shared by several countries: the sentence names one
        ("Chile's copper agency lost 900 billion pesos.", [(900e9, "CLP")]),
        ("Singapore's state investor made 12 billion dollars.", [(12e9, "SGD")]),
        ("In Pakistan flour now costs 140 rupees a kilo.", [(140.0, "PKR/kg")]),
        # ... or none: the largest economy using the name
        ("The painter sold the canvas for 3 million pesos.", [(3e6, "MXN")]),
        # an English word is money only after a scale or beside its country
        ("Hyundai earned 4.3 trillion won last year.", [(4.3e12, "KRW")]),
        # (30 counts the candidates: the subject of its own verb, its noun left out)
        ("Of the 40 candidates, 30 won a seat.", [(40.0, "candidate"), (30.0, "candidate")]),
        # a single letter must touch its number and be supported by a scale or its country
        ("The R2 bypass and the S 5 road were closed.", []),
        # a pound after a price is a weight
        ("Cocoa climbed to $4.10 a pound.", [(4.1, "USD/lb")]),
    ],
)
def test_currencies(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_country_named_beats_the_default() -> None:
    assert currencies.after_number("dollars", "New Zealand's dollar", scaled=False) == "NZD"
    assert currencies.after_number("dollars", "no country here", scaled=False) == "USD"
    assert currencies.after_number("won", "they won", scaled=False) is None
    assert currencies.after_number("Swedish kronor", "", scaled=False) == "SEK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suicide rate rose to 11.2 per 100,000 people.", [(11.2, "per 100000 people")]),
        ("Norway has 5.1 nurses per 1,000 inhabitants.", [(5.1, "nurse/1000 inhabitant")]),
        ("Spending reached €4,300 per capita.", [(4300.0, "EUR/capita")]),
        ("Police made 9 arrests for every 10,000 fans.", [(9.0, "arrest/10000 fan")]),
        ("Prices rose 3% per year.", [(3.0, "%/year")]),
    ],
)
def test_rates_over_a_population(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected
