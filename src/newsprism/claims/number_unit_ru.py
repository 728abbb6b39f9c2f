"""The number at a position in Russian and the unit after it: «231 тыс. рублей», «полтора»,
«две с половиной тысячи», and the second end of a range («от 5 до 7 тыс.», «5–7»).

Part of :mod:`.quantities_ru`, split out so each reads in one sitting.
"""

from __future__ import annotations

import math

from . import numbers_ru as num
from .currencies_data import RU_NAMES
from .tokens import Token, number_value, words
from .units import CURRENCY_PREFIXES, lookup_ru
from .words_ru import MONTHS_GEN, YEAR_WORDS, _lemma, _lemma_of

_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second", "years old"])
#: units of time a writer counts once by naming them: «год-два» (one or two years)
_ONE_UNITS = words("год неделя день месяц час минута сутки")


def _number(toks: list[Token], i: int) -> tuple[float, float | None, int, bool] | None:
    read = _whole_number(toks, i)
    if read is None or read[1] is not None:
        return read
    value, _, j, worded = read
    # a mixed number: «три с половиной года», «2 с половиной миллиона» (a unit with no number,
    # «час с четвертью», is not read here)
    # (the «с» is the preposition, not a second)
    if j + 1 < len(toks) and toks[j].lower == "с" and _lemma(toks[j + 1]) in _MIXED_PARTS:
        return value + _MIXED_PARTS[_lemma(toks[j + 1])], None, j + 2, worded
    return read


#: the part a mixed number adds after «с» (its instrumental: «с половиной», «с четвертью»)
_MIXED_PARTS = {"половина": 0.5, "четверть": 0.25}


def _whole_number(toks: list[Token], i: int) -> tuple[float, float | None, int, bool] | None:
    t = toks[i]
    if t.kind == "num":
        return number_value(t, "ru"), None, i + 1, False
    if t.kind != "word":
        return None
    vague = num.parse_vague(toks, i, _lemma)
    if vague and not (i > 0 and toks[i - 1].kind == "num"):
        return vague[0], vague[1] if vague[1] != vague[0] else None, vague[2], True
    frac = num.parse_fraction(toks, i, _lemma)
    if frac:
        return frac[0], -1.0, frac[1], True  # high -1: a fraction (see _quantity_at)
    words = num.parse_words(toks, i, _lemma)
    if words:
        return words[0], None, words[1], True
    if _lemma(t) in num.SCALES and not (i > 0 and toks[i - 1].kind == "num"):
        return 1.0, None, i, True  # «более миллиона», «до миллиона рублей»: the scale follows
    if (
        t.lower in ("пару", "пары", "паре", "парой")
        and i + 1 < len(toks)
        and _lemma(toks[i + 1]) in _ONE_UNITS
    ):
        return 2.0, None, i + 1, True  # «через пару месяцев», «пару лет»: two of a unit of time
    half = _half_rest(t)
    if half and half in _HALF_COUNTS:  # «полмиллиона», «полсотни», «полдюжины»
        return 0.5 * _HALF_COUNTS[half], None, i + 1, True
    return None


def _compound_rest(toks: list[Token], j: int, value: float) -> tuple[float, int]:
    """The smaller parts of a number written in parts after ``value`` (already scaled, its
    scale word ending before ``toks[j]``): each part a number whose own scale (or none, for
    the last) is smaller than the one before it.  ``(whole value, next index)``."""
    scale = value
    while j < len(toks) and toks[j].kind == "num":
        part = _whole_number(toks, j)
        if part is None or part[1] is not None:
            break
        factor, k = _multiplier(toks, part[2])
        amount = part[0] * factor
        # the part must sit below the scale of the last one: «1 миллион 532 тысячи», then
        # «618»; «5 тысяч 2020 года» is no part (a year after a count is a date)
        unit_scale = 10 ** math.floor(math.log10(scale)) if scale > 0 else 0
        if amount <= 0 or amount >= unit_scale or (factor == 1.0 and amount >= 1000):
            break
        if factor == 1.0 and k < len(toks) and toks[k].lower in MONTHS_GEN | YEAR_WORDS:
            break  # «перечислила 300 тысяч 15 марта»: a day of a month after a count is a date
        if factor == 1.0 and k + 1 < len(toks) and toks[k].text in "-–‑" and toks[k].glued:
            break  # «1 тыс. 155-мм гаубиц», «2 тыс. 5-летних»: a number made an adjective
        value += amount
        j = k
        if factor == 1.0:
            break
        scale = amount
    return value, j


#: what «пол-» halves when it is a number: a scale or a count noun
_HALF_COUNTS = {**num.SCALES, "сотня": 100.0, "дюжина": 12.0, "десяток": 10.0}
#: words made with «пол-» that are not halves of a measure
_NOT_HALVES = frozenset(["полдень", "полночь", "полдник"])


def _half_rest(t: Token) -> str | None:
    """The lemma «пол-» halves in one word («полмиллиона» → миллион, «полгода» → год): the
    prefix takes the genitive of a measure or a number noun."""
    w = t.lower
    if t.kind != "word" or not w.startswith("пол") or len(w) < 6 or _lemma(t) in _NOT_HALVES:
        return None
    if w.startswith("полу") and _lemma(t) != "полумесяц":
        # the oblique cases: «до полугода», «около получаса», «полумиллиона» («полумесяц» is
        # the crescent, «полуостров» no half of a measure)
        lemma, pos = _lemma_of(w[4:])
        if pos == "NOUN" and (lookup_ru(lemma) is not None or lemma in _HALF_COUNTS):
            return lemma
    rest = w[3:].lstrip("-")
    lemma, pos = _lemma_of(rest)
    return lemma if pos == "NOUN" else None


def _half_of_unit(t: Token) -> str | None:
    rest = _half_rest(t)
    if rest is None or rest in _HALF_COUNTS:
        return None
    return lookup_ru(rest)


#: nouns that count tens and hundreds after a number
_TENS_AND_HUNDREDS = {"десяток": 10.0, "сотня": 100.0}


def _multiplier(toks: list[Token], j: int) -> tuple[float, int]:
    factor = 1.0
    while j < len(toks) and toks[j].kind == "word":
        w = toks[j].lower
        lem = _lemma(toks[j])
        key = w if w in num.MULTIPLIERS else lem if lem in num.SCALES else None
        if key is None and factor == 1.0 and lem in _TENS_AND_HUNDREDS:
            # «четырёх десятков автобусов», «две сотни человек»: a count of tens or hundreds
            factor *= _TENS_AND_HUNDREDS[lem]
            j += 1
            continue
        if key is None:
            break
        factor *= num.MULTIPLIERS[key]
        j += 1
        if j < len(toks) and toks[j].text == "." and toks[j].glued:
            j += 1
    return factor, j


def _unit_at(sentence: str, toks: list[Token], j: int) -> tuple[str, int] | None:
    n = len(toks)
    if j >= n:
        return None
    if (
        j + 2 < n
        and toks[j].lower in _SHORT_POWERS
        and toks[j + 1].text == "."
        and toks[j + 2].kind == "word"
    ):
        # «200 кв. метров», «5 куб. метров»: the abbreviated adjective before an inflected
        # unit, read as the full adjective before the unit's lemma
        unit = lookup_ru(f"{_SHORT_POWERS[toks[j].lower]} {_lemma(toks[j + 2])}")
        if unit:
            return unit, j + 3
    for width in (5, 4, 3, 2, 1):
        k = j + width
        if k > n or any(t.kind == "num" for t in toks[j:k]):
            continue
        surface = " ".join(sentence[toks[j].start : toks[k - 1].end].lower().split())
        unit = lookup_ru(surface)
        if unit is None and all(t.kind == "word" for t in toks[j:k]):
            lemmas = " ".join(_lemma(t) for t in toks[j:k])
            # every country's currency by its CLDR name: «9 млн шведских крон»
            unit = lookup_ru(lemmas) or (
                RU_NAMES.get(lemmas.replace("ё", "е")) if k > j + 1 else None
            )
        if unit:
            if k < n and toks[k].text == "." and toks[k].glued and lookup_ru(surface + "."):
                k += 1  # «руб.», «долл.»
            return unit, k
    return None


#: the signs of a temperature written as words
_SIGN_WORDS = {"плюс": 1.0, "минус": -1.0}
#: abbreviated "square" and "cubic" before a unit
_SHORT_POWERS = {"кв": "квадратный", "куб": "кубический"}


def _range_tail(
    sentence: str, toks: list[Token], i: int, j: int, unit: str | None, value: float, factor: float
) -> tuple[float, float, str | None, int] | None:
    n = len(toks)
    if j >= n:
        return None
    conn = toks[j].lower
    # «+12..+17 градусов»: two dots written for an ellipsis, as «…» is
    dots = conn == "." and j + 2 < n and toks[j + 1].text == "." and toks[j + 1].glued
    # «от плюс 14 до плюс 19»: the sign word stands before the number it signs
    before = toks[i - 2].lower if i > 1 and toks[i - 1].lower in _SIGN_WORDS else ""
    before = before or (toks[i - 1].lower if i > 0 else "")
    # a minus sign glued on both sides is a dash a typesetter or a converter chose: «в 3−4%»
    minus = conn == "−" and toks[j].glued and j + 1 < n and toks[j + 1].glued
    if conn in ("-", "–", "—", "…") or dots or minus:
        if toks[i].kind == "word":
            return None
    elif conn == "до" and before in ("от", "с", "со") or conn == "и" and before == "между":
        pass
    else:
        return None
    k = j + 2 if dots else j + 1
    currency = None
    if k < n and toks[k].text in CURRENCY_PREFIXES:
        currency, k = CURRENCY_PREFIXES[toks[k].text], k + 1
    sign = 1.0
    if k + 1 < n and toks[k].text in "+-−" and toks[k + 1].kind == "num" and toks[k + 1].glued:
        sign, k = (-1.0 if toks[k].text != "+" else 1.0), k + 1
    elif k + 1 < n and toks[k].lower in _SIGN_WORDS and toks[k + 1].kind == "num":
        sign, k = _SIGN_WORDS[toks[k].lower], k + 1
    if k >= n:
        return None
    if toks[k].kind == "num":
        second, k = sign * number_value(toks[k], "ru"), k + 1
        if (
            k - 1 == j + 1
            and value < 0
            and conn not in ("до", "и")
            and 0 < second * factor > -value
        ):
            # «минус 10-15 градусов»: one sign before a dashed range signs both its ends (the
            # cold deepens from 10 to 15 below zero); «минус 2 – 0», «-5…+3» sign each end
            second = -second
    else:
        words_ = num.parse_words(toks, k, _lemma) if toks[i].kind == "word" else None
        if words_ is None:
            return None
        second, k = words_  # «от трёх до шести тысяч рублей»
    factor2, k = _multiplier(toks, k)
    scale = _lemma(toks[k - 1]) if toks[k - 1].kind == "word" else ""
    if factor2 == 1.0 and scale in num.SCALES and toks[i].kind == "word":
        factor2 = num.SCALES[scale]  # the words read their scale: «пяти тысяч» → 5000
        second /= factor2
    unit2 = currency
    if unit2 is None:
        found = _unit_at(sentence, toks, k)
        if found:
            unit2, k = found
    if unit and unit2 and unit != unit2:
        return None
    high = second * factor2
    if factor == 1.0 and factor2 != 1.0 and value < second:
        value *= factor2
    return value, high, unit2, k
