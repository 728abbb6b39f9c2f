"""The second end of a range: "5 to 7 million", "between $40 and $60", "10-12%", odds "3-1".

:func:`_range_tail` reads what follows a first number and tells a range from a score, a span of
years or a time phrase.  Part of :mod:`.quantities_en`, split out so each reads in one sitting.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import numbers_en as num
from .lexicon_en import DOWN, MONTHS, UP, WEEKDAYS
from .number_unit_en import _currency_prefix, _multiplier, _unit_at
from .quantity import Tag
from .tokens import Token, number_value, words
from .units import CURRENCY_PREFIXES


def _range_tail(
    sentence: str,
    toks: list[Token],
    first: int,
    i: int,
    j: int,
    unit: str | None,
    value: float,
    factor: float,
    tags: Mapping[int, Tag] | None,
) -> tuple[float, float, str | None, int] | None:
    n = len(toks)
    if j >= n:
        return None
    conn = toks[j].lower
    # the words before the figure, its currency sign included ("by $43.6 billion")
    before = toks[first - 1].lower if first > 0 else ""
    before2 = toks[first - 2].lower if first > 1 else ""
    opened_by = (
        before
        if before in ("from", "between")
        else before2
        if before2 in ("from", "between")
        else ""
    )
    if conn == "-" and toks[j].glued and j + 1 < n and toks[j + 1].lower in ("to", "and", "or"):
        j, conn = j + 1, toks[j + 1].lower  # "a 10- to 15-minute walk": a suspended hyphen
        if conn == "and" and opened_by != "between":
            return None
    if opened_by == "from" and conn != "to":
        k = _after_time_phrase(toks, j)
        if k is not None:  # "from 20 mpg in 2008 to 29 mpg": the dates ride along
            j, conn = k, "to"
    if conn in ("-", "–", "—"):
        if toks[i].kind == "word":
            return None
        if not toks[j].glued and j + 1 < n and toks[j + 1].glued:
            return None  # "318.40 -9.27": a second, signed figure (a price and its change)
    elif conn == "to" or conn == "through":
        if unit and opened_by != "from" and not (j + 1 < n and toks[j + 1].kind == "num"):
            pass
    elif conn == "and" and opened_by == "between":
        pass
    else:
        # "three or four years", "one or two points" are two figures, either of which may hold
        # (as our real-text sets annotate them); NewsQuant's range is scored from the two ends
        return None
    k = j + 1
    currency = None
    prefix = _currency_prefix(sentence, toks, k) if k < n else None
    if prefix:
        currency, k = prefix
    if k < n and toks[k].kind == "word" and num.word_value(toks[k].lower) is not None:
        second, k = float(num.word_value(toks[k].lower) or 0), k + 1
    elif k >= n or toks[k].kind != "num":
        return None
    else:
        second = number_value(toks[k], "en")
        k += 1
    factor2, k = _multiplier(
        toks, k, money=currency is not None or unit in CURRENCY_PREFIXES.values()
    )
    unit2 = currency
    if unit2 is None:
        found = _unit_at(sentence, toks, k)
        if found:
            unit2, k = found
    if unit and unit2 and unit != unit2:
        return None
    if conn == "or" and not (unit2 and second > value):
        return None
    if unit and not unit2 and opened_by != "from" and conn in ("to", "through"):
        return None  # "rose 8% to 3.65": a change and a new level, not a range
    if (
        conn in ("to", "through")
        and opened_by != "from"
        and unit is not None
        and (before == "by" or before in UP | DOWN)
    ):
        return None  # "increased by $27.1 billion to $305.4 billion": a change, then a level
    if len(toks[i].text) == 4 and 1000 <= value <= 2100 and second < 1000:
        return None  # "in 2010 to 33 mpg"
    if (
        conn in ("-", "–")
        and not unit
        and not unit2
        and opened_by == ""
        and _is_score_or_years(toks, i, value, second)
    ):
        return None
    high = second * factor2
    if factor == 1.0 and factor2 != 1.0 and value < second:
        value *= factor2  # "1 to 2 thousand", "$89 to $93 billion"
    if (
        conn == "to"
        and before == "by"
        and opened_by != "from"
        and not unit
        and not unit2
        and value > 0
        and high > 3 * value
    ):
        # "fell by 26,000 to 872,000": a change, then the new level; the two ends of a range
        # are of one size ("by 2 to 3 million"), a change and a level are not
        return None
    return value, high, unit2, k


def _hyphenated_odds(toks: list[Token], i: int) -> float | None:
    """ "a 1-in-5 chance": the share one of every five, as "one in five" is; without this the
    hyphens read as a range and "in" as inches (1–5 in).  0.0 for a product's kind ("2-in-1"),
    None where the tokens are no "N-in-M"."""
    if i + 4 >= len(toks):
        return None
    a, dash1, word, dash2, b = toks[i : i + 5]
    if not (
        a.kind == "num"
        and b.kind == "num"
        and word.lower == "in"
        and all(t.glued for t in (dash1, word, dash2, b))
        and dash1.text in "-–"
        and dash2.text in "-–"
    ):
        return None
    part, whole = number_value(a, "en"), number_value(b, "en")
    # "a 2-in-1 laptop", "3-in-1 shampoo": a kind of product, no share of anything (0.0: none)
    return part / whole if 0 < part < whole else 0.0


#: words of a short time phrase (or a "combined"-like aside) between "from X" and "to Y"
_TIME_WORDS = (
    words(
        "in at on during by last this next night morning evening afternoon year month week day "
        "quarter the early late mid end yesterday today tonight combined alone"
    )
    | WEEKDAYS
)


def _after_time_phrase(toks: list[Token], j: int) -> int | None:
    """Index of the "to" that closes "from X <when> to Y" ("from $41,200 at 9.30pm on Monday
    to $39,800"), when only a short time phrase (a year, a time of day, a month) lies between."""
    for k in range(j, min(j + 6, len(toks))):
        t = toks[k]
        if t.lower == "to":
            return k if k > j else None
        if t.kind == "word" and (t.lower in _TIME_WORDS or t.lower.rstrip(".") in MONTHS):
            continue
        if t.kind == "word" and t.glued and t.lower in ("am", "pm") and k > j:
            continue
        if t.kind == "num" and (
            (len(t.text) == 4 and 1900 <= number_value(t, "en") <= 2100)
            or (k + 1 < len(toks) and toks[k + 1].lower in ("am", "pm"))
        ):
            continue
        return None
    return None


def _is_score_or_years(toks: list[Token], i: int, a: float, b: float) -> bool:
    if a.is_integer() and b.is_integer() and 1000 <= a <= 2100 and 1000 <= b <= 2100:
        return True  # "2014-2017"
    before = toks[i - 1].lower if i > 0 else ""
    return a.is_integer() and b.is_integer() and a < 200 and b < 200 and before in (
        "at", "won", "lost", "beat", "tied", "drew", "a", "the", "by", "score", "was", "it",
    )  # fmt: skip
