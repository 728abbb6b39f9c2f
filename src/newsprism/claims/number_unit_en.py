"""The number at a position and the unit after it: "$1.2bn", "three-quarters", "4.5 miles".

:func:`_number_at` reads a numeral in digits or words (a spoken decimal, a vulgar fraction, an
exponent), :func:`_multiplier` the scale after it ("million", "bn"), :func:`_currency_prefix`
a currency sign or code before it and :func:`_unit_at` the unit word after it.  Part of
:mod:`.quantities_en`, split out so each reads in one sitting.
"""

from __future__ import annotations

import math
import re
import unicodedata

from . import currencies
from . import numbers_en as num
from .lexicon_en import STOP
from .nouns_en import million_of
from .refusals_en import CURRENCIES
from .tokens import Token, number_value, words
from .units import CURRENCY_PREFIXES, lookup_en, lookup_en_fallback


def _decimal_seconds(toks: list[Token], start: int, k: int) -> bool:
    """ "0.363s", "9.58s": a single "s" glued to a decimal number is a time in seconds.  A
    single letter after a number is otherwise a plural or a label ("the 1990s", "3s and 4s"),
    but those are whole numbers; a decimal is a measurement."""
    return (
        k == start + 1
        and toks[start].text == "s"
        and toks[start].glued
        and start > 0
        and toks[start - 1].kind == "num"
        and re.fullmatch(r"\d+\.\d+", toks[start - 1].text) is not None
        and (k == len(toks) or not toks[k].glued or toks[k].text in ".,;:)")
    )


def _currency_prefix(sentence: str, toks: list[Token], i: int) -> tuple[str, int] | None:
    """``(code, index of the number)`` for "$", "US$", "US $", "$US", "HK$", "£", "USD" …"""
    for width in (3, 2, 1):
        k = i + width
        if k > len(toks) or k >= len(toks):
            continue
        if any(t.kind == "num" for t in toks[i:k]):
            continue
        surface = " ".join(sentence[toks[i].start : toks[k - 1].end].lower().split())
        code = CURRENCY_PREFIXES.get(surface)
        nxt = toks[k]
        if code and (nxt.kind == "num" or (nxt.text in "-−" and k + 1 < len(toks))):
            # a letter code stands apart from its number only when it is an ISO code ("USD 10")
            iso = ("usd", "eur", "gbp", "jpy", "rub", "chf", "cny", "aud")
            if surface.isalpha() and len(surface) > 1 and not nxt.glued and surface not in iso:
                code = None  # "Rs 500 billion" may still be read below, from its context
        if code and (nxt.kind == "num" or (nxt.text in "-−" and k + 1 < len(toks))):
            if surface == "ps" and not ("." in nxt.text or "," in nxt.text):
                continue  # "PS2.7m" is £2.7m transliterated; "PS5" is a games console
            return code, k
        if nxt.kind == "num" and all(t.glued for t in toks[i + 1 : k]):
            # any other country's symbol ("R$", "NT$", "₦", "R4.5 million"): see currencies
            scaled = k + 1 < len(toks) and toks[k + 1].lower in num.MULTIPLIERS
            code = currencies.symbol_before(
                sentence[toks[i].start : toks[k - 1].end], sentence, glued=nxt.glued, scaled=scaled
            )
            if code:
                return code, k
    return None


#: the largest power of ten a float holds (``sys.float_info.max_10_exp``)
_MAX_EXPONENT = 308


def _scaled(value: float, sign: int, exponent: float) -> float | None:
    """``value`` times ten to the power ``sign * exponent``; ``None`` where that is no figure: a
    fractional or overlong exponent ("1e500" overflows a float, and raising 10 to the power
    999999999 as an integer takes minutes)."""
    if exponent > _MAX_EXPONENT or exponent != int(exponent):
        return None
    scaled = value * 10 ** (sign * int(exponent))
    return scaled if math.isfinite(scaled) else None


def _number_at(
    sentence: str, toks: list[Token], i: int
) -> tuple[float, float | None, int, bool] | None:
    """``(value, high, next index, is_word)`` for a numeral starting at ``toks[i]``."""
    t = toks[i]
    n = len(toks)
    if t.kind == "word" and (fraction := _vulgar_char(t.text)) is not None:
        # "½ tbsp", "a ⅓ cup"; "¾ of the flour" is a share, as "three-quarters of" is
        share = -1.0 if i + 1 < n and toks[i + 1].lower == "of" else None
        return fraction, share, i + 1, False
    if t.kind == "num":
        value = number_value(t, "en")
        j = i + 1
        # scientific notation: "1e-3", "9.83e-3", "1.2E+6"
        if j < n and toks[j].glued and toks[j].lower == "e":
            k = j + 1
            sign = 1
            if k < n and toks[k].glued and toks[k].text in "-−+":
                sign, k = (-1 if toks[k].text != "+" else 1), k + 1
            if k < n and toks[k].glued and toks[k].kind == "num" and toks[k].text.isdigit():
                scaled = _scaled(value, sign, number_value(toks[k], "en"))
                return (scaled, None, k + 1, False) if scaled is not None else None
        # a vulgar fraction character after the whole number: "2½ miles"
        if j < n and toks[j].glued and (fraction := _vulgar_char(toks[j].text)) is not None:
            return value + fraction, None, j + 1, False
        # a mixed number whose space was lost ("a 41/2 mile trail", "a 11/2-hour drive": 4½,
        # 1½): a whole digit glued to ½, ¼ or ¾ written with a slash, before a unit
        if (
            j + 1 < n
            and re.fullmatch(r"[1-9][13]", t.text)
            and toks[j].text == "/"
            and toks[j].glued
            and toks[j + 1].glued
            and toks[j + 1].text in ("2", "4")
            and (t.text[1], toks[j + 1].text) in (("1", "2"), ("1", "4"), ("3", "4"))
            and (_unit_at(sentence, toks, j + 2) is not None or _measured(toks, i, j + 2))
        ):
            whole, part = int(t.text[0]), int(t.text[1]) / int(toks[j + 1].text)
            return whole + part, None, j + 2, False
        # 1.99×10−30 and fractions written with a fraction slash: 1⁄32
        if j + 1 < n and toks[j].text in "×x" and toks[j + 1].text == "10" and toks[j].glued:
            k = j + 2
            sign = 1
            if k < n and toks[k].text in "-−":
                sign, k = -1, k + 1
            if k < n and toks[k].kind == "num":
                scaled = _scaled(value, sign, number_value(toks[k], "en"))
                return (scaled, None, k + 1, False) if scaled is not None else None
        if (
            j + 1 < n
            and toks[j].text in "⁄/"
            and toks[j].glued
            and toks[j + 1].glued
            and toks[j + 1].kind == "num"
            and (
                toks[j].text == "⁄"
                or (j + 2 < n and toks[j + 2].lower == "of")
                or (
                    _vulgar(value, toks[j + 1])
                    and (_unit_at(sentence, toks, j + 2) is not None or _measured(toks, i, j + 2))
                )
            )
        ):
            den = number_value(toks[j + 1], "en")
            if den:
                return value / den, None, j + 2, False  # "1/16 of", "a 1/8 inch slot"
        if (
            j + 3 < n
            and value.is_integer()
            and toks[j].kind == "num"
            and not toks[j].glued
            and toks[j + 1].text in "⁄/"
            and toks[j + 1].glued
            and toks[j + 2].glued
            and _vulgar(number_value(toks[j], "en"), toks[j + 2])
        ):
            # a mixed number: "2 1/2 in thick"
            return (
                value + number_value(toks[j], "en") / number_value(toks[j + 2], "en"),
                None,
                j + 3,
                False,
            )
        if (
            j + 4 < n
            and value.is_integer()
            and toks[j].text == "-"
            and all(x.glued for x in toks[j : j + 4])
            and toks[j + 1].kind == "num"
            and toks[j + 2].text in "⁄/"
            and _vulgar(number_value(toks[j + 1], "en"), toks[j + 3])
        ):
            # a mixed number with a hyphen: "a 1-1/2 year trade war"
            return (
                value + number_value(toks[j + 1], "en") / number_value(toks[j + 3], "en"),
                None,
                j + 4,
                False,
            )
        mixed = num.mixed_at(toks, j) if j < n and toks[j].lower == "and" else None
        if mixed:
            return value + mixed[0], None, mixed[1], False  # "3 and a half", "2 and a quarter"
        if j + 1 < n and toks[j].text == "-" and toks[j].glued and toks[j + 1].lower == "odd":
            return value, None, j + 2, False  # "30-odd boats": about 30 (see _ODD)
        spoken = _spoken_decimal(toks, j, value, spelled=False)
        if spoken:
            return spoken[0], None, spoken[1], False  # "13 point 4 percent"
        return value, None, j, False
    if t.kind != "word":
        return None
    if t.lower.endswith("-odd") and num.word_value(t.lower[:-4]) is not None:
        return num.word_value(t.lower[:-4]) or 0.0, None, i + 1, True  # "twenty-odd gigs"
    if t.lower == "a" and i + 1 < n and toks[i + 1].lower in ("half-dozen", "half"):
        # "more than a half-dozen friends": read from the article, as "a dozen" is, so that
        # the bound before it reaches the figure
        if toks[i + 1].lower == "half-dozen":
            return 6.0, None, i + 2, True
        if i + 2 < n and toks[i + 2].lower == "dozen":
            return 6.0, None, i + 3, True
    if t.lower == "half-dozen" or (
        t.lower == "half" and i + 1 < n and toks[i + 1].lower == "dozen"
    ):
        return 6.0, None, i + (1 if t.lower == "half-dozen" else 2), True  # "a half-dozen"
    couple = num.parse_couple(toks, i)
    if couple:
        return couple[0], None, couple[1], True
    vague = num.parse_vague(toks, i)
    if vague:
        return vague[0], vague[1], vague[2], True
    frac = num.parse_fraction(toks, i)
    if frac:
        return frac[0], -1.0, frac[1], True  # high -1 marks a fraction (see _quantity_at)
    words = num.parse_words(toks, i)
    if words:
        spoken = _spoken_decimal(toks, words[1], words[0], spelled=True)
        if spoken:
            return spoken[0], None, spoken[1], True  # "two point five million"
        return words[0], None, words[1], True
    return None


#: the noun a currency sign stands for, which a demonym after the figure may make another
#: country's ("$100 Australian", "£50 Egyptian")
_SIGN_NOUNS = {"USD": "dollar", "GBP": "pound"}


def _demonym_after(toks: list[Token], j: int, currency: str) -> str | None:
    """The currency a capitalised demonym right after a signed figure names: "$100
    Australian" (AUD), "$5 Canadian" (CAD); a sign shared by several countries' currencies
    takes the one its demonym says.  Only when the demonym closes the money phrase (a noun
    after it is what it describes: "$100 Australian wine")."""
    noun = _SIGN_NOUNS.get(currency)
    t = toks[j]
    if noun is None or t.kind != "word" or not t.text[:1].isupper():
        return None
    code = currencies.NAMES.get(f"{t.lower} {noun}")
    if code is None or code == currency:
        return None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and nxt.lower not in STOP
        and nxt.lower
        not in ("a", "an", "per", "each", "to", "for", "in", "on", "at", "from", "and", "or")
    ):
        return None
    return code


#: the digits a spoken decimal reads one by one after "point"
_DIGIT_WORDS = {w: v for w, v in num.SMALL.items() if v < 10} | {"oh": 0}


#: words after a decimal's digit words that make them a whole number of their own ("at one
#: point three hundred people": "three hundred" is no "point three")
_SCALES = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens"})


def _spoken_decimal(
    toks: list[Token], j: int, whole: float, *, spelled: bool
) -> tuple[float, int] | None:
    """ "13 point 4 percent", "two point five million", "3 point 75": a decimal said aloud (a
    quotation, a transcript).  After a whole number, "point" and then digits, or digit words
    read one by one, are its decimal places.  "points" (plural) is a unit, never this.

    A decimal said aloud keeps one way of writing: digits after digits, words after words
    (``spelled``: the whole number is in words).  "At one point 300 people were waiting" is the
    idiom "at one point" and a figure of its own (review, round 20: it was read as 1.3 and the
    300 people were lost)."""
    n = len(toks)
    if not whole.is_integer() or j + 1 >= n or toks[j].lower != "point":
        return None
    nxt = toks[j + 1]
    if nxt.kind == "num" and nxt.text.isdigit() and not nxt.glued:
        return None if spelled else (whole + int(nxt.text) / 10 ** len(nxt.text), j + 2)
    if not spelled:
        return None
    digits = ""
    k = j + 1
    while k < n and toks[k].lower in _DIGIT_WORDS and len(digits) < 4:
        digits += str(_DIGIT_WORDS[toks[k].lower])
        k += 1
    if not digits or (k < n and toks[k].lower in _SCALES):
        return None
    return whole + int(digits) / 10 ** len(digits), k


def _vulgar_char(text: str) -> float | None:
    """The value of one vulgar fraction character ("½", "⅓", "¾"), from Unicode's own data."""
    if len(text) != 1 or unicodedata.category(text) != "No":
        return None
    value = unicodedata.numeric(text, -1.0)
    return value if 0 < value < 1 else None


def _opened_by_from(toks: list[Token], first: int) -> bool:
    return any(t.lower == "from" for t in toks[max(0, first - 2) : first])


def _measured(toks: list[Token], i: int, k: int) -> bool:
    """A measure's fraction before a noun the unit lexicon leaves to counting: "1/4 cup
    packed brown sugar", "3/4 teaspoon salt" (a date "3/4" follows "on", "since" or "by" and
    is followed by a function word, a digit or a capital)."""
    if k >= len(toks) or toks[k].kind != "word" or not toks[k].text.islower():
        return False
    return toks[k].lower not in STOP and not (i > 0 and toks[i - 1].lower in _DATE_BEFORE)


_DATE_BEFORE = words("on since by until till from to through before after of dated")


def _vulgar(numerator: float, den: Token) -> bool:
    """A fraction as written in measures ("1/2", "3/4", "5/16"), not a date or a score."""
    return (
        den.kind == "num"
        and den.text in ("2", "3", "4", "8", "16", "32", "64")
        and numerator.is_integer()
        and 0 < numerator < number_value(den, "en")
    )


def _multiplier(toks: list[Token], j: int, money: bool) -> tuple[float, int]:
    """Scale words after a number: "2.5 thousand", "$3bn", "£240m", "4 hundred million"."""
    factor = 1.0
    n = len(toks)
    if (
        j + 1 < n
        and toks[j].text == "-"
        and toks[j].glued
        and toks[j + 1].glued
        and toks[j + 1].lower.partition("-")[0] in ("million", "billion", "trillion")
    ):
        j += 1  # Canadian style: "$100-million", "$5-billion takeover"; "a 100-million-year-old"
    while j < n and toks[j].kind == "word":
        t = toks[j]
        w = t.lower
        # a short scale apart from its number only on money: "$938 bn", "5 bn euros"
        apart_on_money = w in ("mn", "bn", "tn") and (money or _currency_next(toks, j + 1))
        if w in num.SCALES or (w in num.MULTIPLIERS and (len(w) > 2 or t.glued or apart_on_money)):
            if w in ("b", "k", "mn", "bn", "tn") and not (t.glued or money or apart_on_money):
                break
            if w == "b" and not money:
                break
            factor *= num.MULTIPLIERS[w]
        elif t.text == "M" or (w == "m" and (money or million_of(toks, j))):
            factor *= 1e6
        elif t.text == "T" and money and t.glued:
            factor *= 1e12  # "$2.174T"
        elif "-" in w and w.split("-")[0] in num.SCALES:  # "400 million-year-old"
            factor *= num.SCALES[w.split("-")[0]]
            return factor, j  # the rest of the word is read as the unit
        else:
            break
        j += 1
    return factor, j


def _currency_next(toks: list[Token], k: int) -> bool:
    """A currency's name at ``toks[k]`` ("5 bn euros", "3 mn dollars")."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    return currencies.after_number(toks[k].text, "", scaled=True) is not None


def _unit_at(sentence: str, toks: list[Token], j: int) -> tuple[str, int] | None:
    """Longest unit written at ``toks[j]`` (up to four tokens): ``(canonical, next index)``."""
    n = len(toks)
    if j >= n:
        return None
    start = j
    dotted = _DOTTED_COUNTRY.match(sentence, toks[j].start)
    if dotted and toks[j].kind == "word":
        # "992 billion U.S. dollars": the tokenizer splits a dotted abbreviation into letters
        # and stops, and its first letter read alone was a unit ("u"); the country's currency
        # is read as its undotted spelling is ("US dollars")
        k = j + 2 * (len(dotted.group()) // 2)
        if k < n and toks[k].kind == "word":
            surface = dotted.group().replace(".", "") + " " + toks[k].text
            code = lookup_en(surface) or currencies.after_number(surface, sentence, scaled=True)
            if code in CURRENCIES:
                return code, k + 1
        return None
    if toks[j].text == "-" and toks[j].glued and j + 1 < n and toks[j + 1].glued:
        start = j + 1  # "5-mpg", "10-year"
    if start < n and toks[start].kind == "word" and "-" in toks[start].text:
        head, _, rest = toks[start].text.partition("-")
        if head.lower() in num.SCALES and lookup_en(rest):  # "million-year-old"
            return lookup_en(rest), start + 1  # type: ignore[return-value]
        if rest.lower() in _DIMENSIONS and lookup_en(head):  # "2,300-mile-wide", "10-foot-tall"
            return lookup_en(head), start + 1  # type: ignore[return-value]
    for width in (4, 3, 2, 1):
        k = start + width
        if k > n:
            continue
        if any(t.kind == "num" for t in toks[start : k - 1]) or (
            toks[k - 1].kind == "num"
            and not (width > 1 and toks[k - 1].text in ("2", "3") and toks[k - 1].glued)
        ):  # no number inside a unit, but "km2", "A/cm2" end in a power
            continue
        if width > 1 and any(not t.glued and t.kind == "sym" for t in toks[start + 1 : k]):
            continue
        surface = " ".join(sentence[toks[start].start : toks[k - 1].end].split())
        if surface.lower() in ("pound", "pounds"):
            return _pound(sentence, toks, start), k
        unit = lookup_en(surface)
        if unit is None or unit in CURRENCIES:
            # a currency by its name, its country read from the sentence ("18.45 pesos" beside
            # "Mexico", "10.4 trillion won"): see currencies
            scaled = start > 0 and toks[start - 1].lower in num.MULTIPLIERS
            unit = currencies.after_number(surface, sentence, scaled=scaled) or unit
        if unit is None:
            unit = lookup_en_fallback(surface, glued=toks[start].glued)
            if unit == "times" and k < n and toks[k].glued and toks[k].kind == "num":
                return None  # "1594x906": a picture's size, not a multiple
        if unit is None and _decimal_seconds(toks, start, k):
            unit = "second"  # "takes 0.363s", "ran it in 9.58s"
        if unit and unit != "MILLION":
            if unit in ("degree",) and k < n and toks[k].text in ("C", "F") and toks[k].glued:
                return ("°C" if toks[k].text == "C" else "°F"), k + 1
            return unit, k
    if start > j and toks[start].kind == "word" and "-" in toks[start].text:
        # glued to its number by a hyphen: "7,500-square-foot", "7-months-pregnant"
        found = hyphenated_unit(toks[start].text)
        if found:
            return found, start + 1
    return None


#: what "pounds of …" is when it is money, not a weight: words of money and of what money
#: does ("millions of pounds of council money", "billions of pounds of spending commitments")
_MONEY_NOUNS = frozenset(
    [
        "money",
        "cash",
        "funding",
        "funds",
        "spending",
        "investment",
        "investments",
        "debt",
        "debts",
        "revenue",
        "revenues",
        "income",
        "tax",
        "taxes",
        "taxpayers",
        "savings",
        "cuts",
        "losses",
        "profit",
        "profits",
        "damage",
        "compensation",
        "aid",
        "grants",
        "fees",
        "contracts",
        "budget",
        "budgets",
        "sales",
        "subsidies",
        "bonuses",
        "assets",
        "borrowing",
        "loans",
        "public",
        "government",
        "taxpayer",
        "state",
        "council",
        "lottery",
    ]
)


def _money_after_of(toks: list[Token], k: int) -> bool:
    """The words after "pounds of" name money (within three words: "of council money", "of
    taxpayers' cash", "of new spending")."""
    return any(t.lower.strip("'’") in _MONEY_NOUNS for t in toks[k : k + 3])


def _pound(sentence: str, toks: list[Token], start: int) -> str:
    """A pound after a number is sterling after a scale word ("5 million pounds": nobody weighs
    in millions of pounds without "of") or where the sentence speaks of British money ("£",
    "sterling", "British", "UK"); else a weight ("lost 130 pounds", "1/4 pound celery root",
    "a 10 pound bag")."""
    scaled = start > 0 and toks[start - 1].lower in num.MULTIPLIERS
    weighed = start + 1 < len(toks) and toks[start + 1].lower == "of"
    if weighed and _money_after_of(toks, start + 2):
        weighed = False  # "millions of pounds of council money", "of spending cuts"
    british = "£" in sentence or "sterling" in sentence.lower() or currencies.names(sentence, "GBP")
    return "GBP" if (scaled and not weighed) or british else "lb"


def hyphenated_unit(word: str) -> str | None:
    """The unit a hyphenated measure compound opens with: "square-foot" (a unit of two words),
    "foot-deep", "months-pregnant" (a unit, then what it measures).  The longest run of parts
    from the start that the unit lexicon knows; the parts after it must be plain words."""
    parts = word.lower().split("-")
    for width in range(len(parts), 0, -1):
        if not all(p.isalpha() for p in parts[width:]):
            continue
        unit = lookup_en(" ".join(parts[:width]))
        if unit is not None and unit not in CURRENCIES:
            return unit
    return None


_DIMENSIONS = words("wide long high deep tall thick across")
#: a country's dotted abbreviation, which the tokenizer splits into letters and stops: "U.S.",
#: "U.K.", "U.A.E."
_DOTTED_COUNTRY = re.compile(r"(?:[A-Z]\.){2,3}")
