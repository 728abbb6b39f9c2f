"""Two figures of two kinds are never one claim, and a currency the claims stage left as its noun
is that currency (twenty-ninth session: ``trace/index.py``'s ``KINDS_APART``, ``trace/money.py``'s
``currency_words``)."""

from __future__ import annotations

import pytest

from newsprism.trace import identity, index, money
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, unit: str | None, lang: str = "en") -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, float(article))
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=unit, hedge="=", qualifier=None, about=None, period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("tonne", "people"),  # 9 tonnes of fuel, 9 people
        ("%", "tonne"),  # two measures no conversion joins
        ("ha", "container"),
        ("USD", "people"),
    ],
)
def test_two_kinds_are_apart(a: str, b: str) -> None:
    assert index.kinds_apart(_claim(1, 9, a), _claim(2, 9, b, "ru"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("EUR/car", "EUR/машина"),  # what a price is per, in two languages
        ("EUR", "EUR/m³"),  # a price given without its "per"
        ("USD", "сом"),  # a sum and its conversion
        ("year", "years old"),  # an age and a span of years
        ("°C", "°F"),
        ("m/s", "metre per second"),  # a unit written out in words
        ("ha", "acre"),
        ("people", None),
        ("container", "контейнер"),
    ],
)
def test_one_kind_or_unknown_is_not(a: str, b: str | None) -> None:
    assert not index.kinds_apart(_claim(1, 9, a), _claim(2, 9, b, "ru"))


@pytest.mark.parametrize(
    ("unit", "codes"),
    [("сом", {"KGS"}), ("ларь", {"GEL"}), ("манат", {"AZN", "TMT"}), ("soms", {"KGS"})],
)
def test_a_currencys_noun_is_that_currency(unit: str, codes: set[str]) -> None:
    assert money.currencies(unit) == frozenset(codes)


@pytest.mark.parametrize("unit", ["mark", "won", "people", "доллар", "gold"])
def test_words_that_are_not_one_currency_are_not(unit: str) -> None:
    assert money.currencies(unit) is None


def test_a_sum_and_its_dollars_agree_at_rough_rates() -> None:
    """«12 тысяч лари» (the stage's lemma ``ларь``) and "about $4,400" are one sum."""
    lari, dollars = _claim(1, 12000, "ларь", "ru"), _claim(2, 4400, "USD")
    assert identity.other_currency(lari, dollars)
    assert identity.currency_agreement(lari, dollars) == 1.0
    assert identity.currency_agreement(lari, _claim(3, 44000, "USD")) < 0.2
