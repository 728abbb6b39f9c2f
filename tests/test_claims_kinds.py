"""Kinds of number issue 13's ninth round reads by a general mechanism, each pinned on sentences
written for the test: betting odds, a number word inside a name, a market-quote widget, the two
levels of «с X до Y» after a change, an age by its decade, a coordinated counted noun, a count
out of a group named by a pronoun, a size ("nine-strong")."""

from __future__ import annotations

import pytest

from newsprism.claims.extract import find_quantities


def _read(text: str, lang: str) -> list[tuple[float, float | None, str | None]]:
    return [(q.value, q.value_high, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # odds are a price in the betting market, not an amount
        ("The mare started as the 11-4 favourite and won by two lengths.", [(2.0, None, "length")]),
        ("Bookmakers make the novel a 7/2 shot to take the prize.", []),
        ("He was backed at odds of 20-1 before the race.", []),
        ("The debut album is next in the betting at 6/1.", []),
        ("Bookmakers make him 2-1 on to win the title.", []),
        # "on" / "against" after a pair are odds only where the sentence names the market
        ("About 10-15 on each bus were injured.", [(10.0, 15.0, None)]),
        ("Temperatures will reach 20-25 on Sunday.", [(20.0, 25.0, None)]),
        # a capitalised number word beside another capitalised word names something
        ("Scotland open their Six Nations campaign in Rome.", []),
        ("Ratings for Nine News fell over the summer.", []),
        ("Three people were hurt in the crash.", [(3.0, None, "people")]),
        # a decade of life
        ("Police said the driver, a man in his 40s, was arrested.", [(40.0, 49.0, "years old")]),
        ("Most of the volunteers were in their twenties.", [(20.0, 29.0, "years old")]),
        ("Vinyl sales peaked in the 1970s.", []),
        # "and" between number words joins only the parts of one number
        ("Between two and three hundred people marched.", [(200.0, 300.0, "people")]),
        ("The firm hired one hundred and twenty people.", [(120.0, None, "people")]),
        # a coordinated counted noun is kept whole
        (
            "The survey counted 140 full and part-time faculty members.",
            [(140.0, None, "full and part-time faculty member")],
        ),
        # a count out of a group named by a pronoun or a demonstrative
        ("Five of them were later released.", [(5.0, None, None)]),
        ("Two of those banks have since closed.", [(2.0, None, "bank")]),
        # the size of a family or a group: what is counted is its members
        (
            "The poverty line for a family of four is $26,000.",
            [(4.0, None, None), (26000.0, None, "USD")],
        ),
        ("The mum-of-one lives in Leeds.", []),
        ("She is a mum-of-one from Leeds.", [(1.0, None, None)]),
        # a phrasal verb's particle is not a change: "picking up 46 caps"
        ("He retired after picking up 46 caps.", [(46.0, None, "cap")]),
        # a size: what is counted is left unsaid
        ("A twelve-strong panel will hear the case.", [(12.0, None, None)]),
        ("The 40,000-strong workforce was told on Monday.", [(40000.0, None, None)]),
    ],
)
def test_english(text: str, expected: list[tuple[float, float | None, str | None]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change between two levels: the level before and the level after, one unit shared
        ("Регулятор понизил ставку с 16 до 12%.", [(16.0, None, "%"), (12.0, None, "%")]),
        ("Тариф вырастет с 4,5 до 5 рублей.", [(4.5, None, "RUB"), (5.0, None, "RUB")]),
        # a descending pair is never a range
        ("Доля импорта — с 40 до 25%.", [(40.0, None, "%"), (25.0, None, "%")]),
        # without a change, «с … до …» and «от … до …» stay a range
        ("Принимаются дети с 6 до 10 лет.", [(6.0, 10.0, "years old")]),
        ("Штраф составит от 5 до 7 тысяч рублей.", [(5000.0, 7000.0, "RUB")]),
        # a market-quote widget printed beside the text is not the article's figure
        (
            "«Норникель» GMKN ₽21 500 +1,25% Купить Компания выплатит 1,2 тыс. рублей на акцию.",
            [(1200.0, None, "RUB")],
        ),
        ("Добыча составила 15 млн барр. в сутки.", [(15_000_000.0, None, "barrel/day")]),
        # an approximate range in one hyphened word, or a unit of time named once
        ("Ремонт займёт два-три дня.", [(2.0, 3.0, "day")]),
        ("Решение примут через неделю-две.", [(1.0, 2.0, "week")]),
        ("Магазины откроются через пару месяцев.", [(2.0, None, "month")]),
        # a term given for a deed is not a rate
        ("Ему грозит до 10 лет за мошенничество.", [(10.0, None, "year")]),
        ("Литр бензина стоит 55 рублей за литр.", [(55.0, None, "RUB/l")]),
    ],
)
def test_russian(text: str, expected: list[tuple[float, float | None, str | None]]) -> None:
    assert _read(text, "ru") == expected
