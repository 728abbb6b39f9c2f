"""Sums of money: the currency a figure is given in, and its value in another unit of that currency.

The claims stage gives a sum in a currency as its ISO code (``USD``, ``RUB``, ``EUR/week``) and
a sum in a minor unit as the unit's name (``cent``, ``pence``, ``kopeck``, ``sen``): "50 cents"
and "$0.60" are one currency in two units, not two currencies — 50 cents is $0.50, and a figure
that went from 50 cents to $0.60 changed.  A minor unit is 1/100 of its currency (ISO 4217's
minor-unit exponent is 2 for every currency below), and may belong to several currencies: a
"cent" is a hundredth of any dollar or of the euro, so it is compared with any of them.

The Unicode CLDR (the claims stage's currency table, :mod:`..claims.currencies_data`) has no
names for minor units; the table below is ISO 4217's minor units with the subdivision each
currency's issuer names (the dollars are read from the CLDR table: every currency called a
dollar).
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

#: a minor unit's share of its currency (ISO 4217 minor-unit exponent 2)
MINOR_SHARE = 0.01
#: minor units the claims stage names, with the currencies they divide besides every dollar
#: (for "cent"): the euro's and the rand's cents, the East African shillings', the island rupees';
#: the pence of sterling and the pounds pegged to it; the Russian and Belarusian kopeck and the
#: Ukrainian kopiyka; the Malaysian sen
_MINOR: dict[str, tuple[str, ...]] = {
    "cent": ("EUR", "ZAR", "KES", "SOS", "TZS", "LKR", "MUR", "SCR"),
    "pence": ("GBP", "GIP", "FKP", "SHP"),
    "kopeck": ("RUB", "BYN", "UAH"),
    "sen": ("MYR",),
}


@cache
def minor_units() -> dict[str, frozenset[str]]:
    """Each minor unit's name and the ISO codes of the currencies it is a hundredth of."""
    from ..claims.currencies_data import NOUNS

    out = {unit: frozenset(codes) for unit, codes in _MINOR.items()}
    out["cent"] |= frozenset(NOUNS.get("dollar", ()))
    return out


@cache
def _codes() -> frozenset[str]:
    """ISO codes of the currencies in legal tender (the claims stage's copy of the CLDR)."""
    from ..claims.currencies_data import CONTEXT, NAMES

    return frozenset(CONTEXT) | frozenset(NAMES.values())


def _split(unit: str | None) -> tuple[str, str]:
    """``EUR/week`` → (``EUR``, ``/week``)."""
    base, sep, rest = (unit or "").partition("/")
    return base, sep + rest


# a pure function of the unit, asked for both figures of every pair a link compares
@lru_cache(maxsize=4096)
def currencies(unit: str | None) -> frozenset[str] | None:
    """The currencies a unit can be: one code for ``EUR`` (or ``EUR/week``), every currency a
    minor unit divides for ``cent``; ``None`` when the unit is not money."""
    base, _ = _split(unit)
    if base in _codes():
        return frozenset({base})
    minor = minor_units().get(base)
    if minor is not None or not WORDS:
        return minor
    return currency_words().get(base)


#: read a unit the claims stage left as a currency's noun («сомов» as ``сом``, «лари» as
#: ``ларь``, "manats" as ``manat``) as that currency (twenty-ninth session): such a sum was
#: compared with "$4,400" as a count of things, so a conversion was never one figure
WORDS = True


@cache
def currency_words() -> dict[str, frozenset[str]]:
    """The nouns of currencies, as the claims stage's lemmas give them, with their ISO codes: the
    head noun of each Russian CLDR name (``ларь`` of «грузинский ларь», ``манат`` for two
    countries) and each English CLDR noun ("manat", "somoni"), less the nouns that are English
    words as well ("won", "mark", "real": a count of marks is no sum) and the names of dollars,
    pounds and the like, which are money only with a country the stage reads itself."""
    from ..claims import currencies as en
    from ..claims.currencies_data import NOUNS, RU_NAMES

    out: dict[str, set[str]] = {}
    for name, code in RU_NAMES.items():
        head = _head_noun(name)
        if head is not None:
            out.setdefault(head, set()).add(code)
    for noun, codes in NOUNS.items():
        if noun not in en._ENGLISH and noun.isalpha():
            out.setdefault(noun, set()).update(codes)
    # precious metals (XAU, XAG …) are CLDR "currencies" but not money a report sums
    return {
        w: frozenset(c)
        for w, c in out.items()
        if w not in _CODES_BY_SHARED_NAME and not any(x.startswith("X") for x in c)
    }


#: head nouns of Russian CLDR names that are common words as well, kept because the currency is
#: known by that very word: a sum of «лей», «вона» or «сом» is that currency in the press (a
#: catfish is seldom counted in news, while Kyrgyz sums in сомы are routine), so a word
#: pymorphy3 knows as a common noun is money only when it is one of these
_KNOWN_BY_WORD = frozenset(
    [
        "бат",
        "боливар",
        "вона",
        "гривна",
        "гурд",
        "динар",
        "донг",
        "злотый",
        "иена",
        "квача",
        "кетсаль",
        "крона",
        "кьят",
        "ларь",
        "лей",
        "лек",
        "лемпира",
        "манат",
        "найра",
        "нгултрум",
        "паанга",
        "реал",
        "риал",
        "рубль",
        "рупия",
        "сом",
        "тугрик",
        "угия",
        "флорин",
        "форинт",
        "франк",
        "фунт",
        "шиллинг",
        "юань",
        "доллар",
        "бальбоа",
        "гуарани",
        "кордоба",
        "седи",
        "така",
        "эскудо",
    ]
)
#: leading words of a name that qualify the noun («армянский», «новый»): the noun follows them
_ADJECTIVE_ENDINGS = ("ский", "цкий", "ый", "ий", "ой")


def _head_noun(name: str) -> str | None:
    """The currency noun of a lemmatised Russian CLDR name: the word after its adjectives
    (``драма`` of «армянский драма», ``доллар`` of «доллар остров кайман») — never the country
    of its complement («сша», «остров», «елена»), which is no currency — or ``None`` when that
    noun is a common word whose currency is not known by it («соль» is salt, «пул» a pool,
    «драма» a drama, «вата» cotton wool: «30 островов» or «5 драм» is no sum)."""
    words = name.split()
    head = next((w for w in words if not w.endswith(_ADJECTIVE_ENDINGS)), words[-1])
    if head in _KNOWN_BY_WORD or not _common_noun(head):
        # a qualifier read as the head («самоанский талый») is no noun of the currency
        return None if head.endswith(_ADJECTIVE_ENDINGS) and head != "злотый" else head
    return None


def _common_noun(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` as a common noun in its dictionary form (not a name)."""
    from ..claims.nlp import russian_parses

    proper = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"}
    return any(
        p.is_known and p.normal_form == word and "NOUN" in p.tag and not proper & p.tag.grammemes
        for p in russian_parses(word)
    )


#: nouns of many currencies (a dollar, a pound, a franc of which country?): the claims stage
#: reads their country itself, and a bare one left as a unit is no one sum
_CODES_BY_SHARED_NAME = frozenset(
    ["доллар", "фунт", "франк", "песо", "рупия", "динар", "риал", "шиллинг", "крона", "dollar"]
    + ["dollars", "pound", "pounds", "franc", "francs", "peso", "pesos", "rupee", "rupees"]
    # and a noun of one currency that is a common word too (Zimbabwe's "gold")
    + ["gold"]
)


def share(unit: str | None) -> float:
    """What one of the unit is worth in its currency's main unit: 1/100 for a minor unit."""
    return MINOR_SHARE if _split(unit)[0] in minor_units() else 1.0


def other_currency(a: str | None, b: str | None) -> bool:
    """Two sums in currencies that cannot be the same (pence and dollars; EUR and GBP)."""
    ca, cb = currencies(a), currencies(b)
    return ca is not None and cb is not None and not ca & cb


def one_currency(a: str | None, b: str | None) -> bool:
    """Two sums in one currency, perhaps in two of its units, per the same thing ("50 cents"
    and "$0.60"; "RUB/day" and "kopeck/day")."""
    ca, cb = currencies(a), currencies(b)
    return ca is not None and cb is not None and bool(ca & cb) and _split(a)[1] == _split(b)[1]


def converted(value: float, unit: str | None, into: str | None) -> float:
    """``value`` given in ``unit`` expressed in ``into``, when both are units of one currency
    (50 ``cent`` into ``USD`` → 0.5); else ``value`` unchanged."""
    if not one_currency(unit, into):
        return value
    return value * share(unit) / share(into)


#: what one unit of a currency was worth in US dollars, roughly (mid 2020s, to two figures):
#: enough to tell €45m from £38.5m as one sum and €45m from £4.5m as two, never to call a sum
#: changed — rates move, and an outlet converts at its own day's rate.  Link evidence only
#: (:func:`rough_log_ratio`); a figure restated in another currency is flagged "other currency"
ROUGH_USD: dict[str, float] = {
    "USD": 1.0, "EUR": 1.1, "GBP": 1.3, "CHF": 1.15, "JPY": 0.0068, "CNY": 0.14,
    "RUB": 0.011, "UAH": 0.024, "BYN": 0.31, "KZT": 0.002, "PLN": 0.25, "CZK": 0.044,
    "SEK": 0.095, "NOK": 0.093, "DKK": 0.15, "TRY": 0.03, "INR": 0.012, "CAD": 0.73,
    "AUD": 0.66,
    # the currencies of the former Soviet republics and their neighbours, whose sums Russian
    # and English reports of one event give side by side ("12,000 lari, or about $4,400")
    "GEL": 0.37, "KGS": 0.0115, "UZS": 0.00008, "TJS": 0.092, "AZN": 0.59, "TMT": 0.29,
    "AMD": 0.0026, "MDL": 0.056, "MNT": 0.0003, "RON": 0.22,
}  # fmt: skip
#: the currencies a sum is also searched in (:func:`..index._candidates`): the most quoted
#: ones, as each costs the link two index reads
ROUGH_SEARCHED = ("USD", "EUR", "GBP", "RUB", "CNY", "JPY")
#: two sums whose rough dollar values lie within this log ratio (about ±25%) agree
ROUGH_TOLERANCE = 0.22


def rough_usd(value: float, unit: str | None) -> float | None:
    """``value`` in ``unit`` in US dollars at :data:`ROUGH_USD`; ``None`` when the unit is no
    single currency of the table (a "cent" of any dollar or the euro is not read)."""
    codes = currencies(unit)
    if codes is None or len(codes) != 1:
        return None
    rate = ROUGH_USD.get(next(iter(codes)))
    return None if rate is None else value * share(unit) * rate


def rough_log_ratio(a: float, a_unit: str | None, b: float, b_unit: str | None) -> float | None:
    """How far apart two sums in two currencies are at rough rates (|log| of their ratio),
    ``None`` when either currency is not in the table, the values are not positive, or the two
    are per different things (``EUR/day`` and ``USD``)."""
    if _split(a_unit)[1] != _split(b_unit)[1]:
        return None
    ua, ub = rough_usd(a, a_unit), rough_usd(b, b_unit)
    if ua is None or ub is None or ua <= 0 or ub <= 0:
        return None
    return abs(math.log(ua / ub))
