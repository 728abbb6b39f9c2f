"""A currency is known by the head noun of its name, never by the country in its complement
(``trace/money.py``'s ``currency_words``): «доллар Соломоновых островов» made every «остров» a
sum in SBD or FKP, so "30 islands" was money and "$30" its conversion."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities
from newsprism.trace import index, money
from newsprism.trace.mentions import ClaimMention, Source


def _claim(article: int, value: float, unit: str | None, lang: str = "ru") -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, float(article))
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence="…", value=value, value_high=None,
        unit=unit, hedge="=", qualifier=None, about=None, period=None, speaker=None,
        asserted_by="article", confidence=None,
    )  # fmt: skip


def _unit(text: str) -> str | None:
    (quantity,) = find_quantities(text, "ru")
    return quantity.unit


# the complements of names («США», «острова Святой Елены», «Самоа»), and the heads that are
# common words whose currency is not known by them (salt, a pool, a drama, cotton wool)
@pytest.mark.parametrize(
    "word", ["остров", "сша", "елена", "кайман", "соль", "драма", "пул", "талый", "вата", "кино"]
)
def test_a_word_of_a_name_that_is_no_currency_is_no_money(word: str) -> None:
    assert money.currencies(word) is None


@pytest.mark.parametrize(
    ("word", "codes"),
    [("сом", {"KGS"}), ("ларь", {"GEL"}), ("лей", {"MDL", "RON"}), ("злотый", {"PLN"})]
    + [("дирхам", {"AED", "MAD"}), ("эскудо", {"CVE"}), ("тугрик", {"MNT"})],
)
def test_the_head_noun_is_the_currency(word: str, codes: set[str]) -> None:
    assert money.currencies(word) == frozenset(codes)


def test_islands_are_no_sum_of_money() -> None:
    unit = _unit("Спасатели осмотрели 30 островов архипелага, сообщили в МЧС.")
    assert unit == "остров"
    # thirty islands and "$30" are two kinds of figure, never one claim restated
    assert index.kinds_apart(_claim(1, 30, unit), _claim(2, 30, "USD", "en"))


def test_soms_in_kyrgyzstan_are_money() -> None:
    """«сом» is kept though pymorphy3 knows a catfish by it: the Kyrgyz currency is called by
    that very word, and a sum in сомы is routine in Russian reports where a counted catfish is
    not."""
    unit = _unit("В Киргизии штраф за парковку на газоне вырастет до 5000 сомов.")
    assert money.currencies(unit) == frozenset({"KGS"})
    assert not index.kinds_apart(_claim(1, 5000, unit), _claim(2, 57, "USD", "en"))
