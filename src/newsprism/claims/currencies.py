"""Currencies of every country, from the Unicode CLDR (:mod:`.currencies_data`), with the ambiguous
ones resolved from the sentence.

A full name is one currency ("Mexican pesos", "South Korean won").  A bare noun may be several
("pesos": eight countries; "dollars": twenty-one) or an English word as well ("won", "real",
"marks"): the sentence decides — a currency's demonym or country named in it ("Mexico's peso
fell to 18.45 pesos"), else, for a noun that is not also an English word, the currency of the
largest economy using the name (news writes "rupees" for India's unless it says otherwise).  An
English word counts as money only after a scale ("10.4 trillion won") or beside its country.
Letter symbols ("R", "Rs", "kr", "Ksh") are read before a number when a scale follows ("R4.5
million") or their country is named, a single letter only touching its number; other symbols
("R$", "NT$", "₦", "₩") always.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .currencies_data import CONTEXT, NAMES, NOUNS, SYMBOLS
from .tokens import words

__all__ = ["CONTEXT", "NAMES", "NOUNS", "SYMBOLS", "after_number", "symbol_before"]

#: news spellings CLDR does not list (Portuguese plural, "crowns" for the Nordic and Czech units)
_ALIASES: dict[str, tuple[str, ...]] = {
    "reais": ("BRL",),
    "crowns": ("SEK", "NOK", "DKK", "CZK", "ISK"),
    "crown": ("SEK", "NOK", "DKK", "CZK", "ISK"),
    "kroner": ("DKK", "NOK"),
    "kronur": ("ISK",),
}
#: the currency of the largest economy using a shared name, read when the sentence names none
_DEFAULT: dict[str, str] = {
    "dollar": "USD",
    "pound": "GBP",
    "franc": "CHF",
    "peso": "MXN",
    "rupee": "INR",
    "krone": "NOK",
    "crown": "SEK",
    "won": "KRW",
    "shilling": "KES",
    "riyal": "SAR",
    "dinar": "KWD",
    "rial": "IRR",
}
#: currency nouns that are also common English words or names: money only with a scale or a
#: country beside them ("the 30 won" is a count of winners)
_ENGLISH = words(
    "won real reals mark marks sol soles afghani afghanis guarani guaranis kip dram som pula lei "
    "leu tala dong lek loti vatu birr kina lari denar manat gold golds"
)


def _singular(noun: str) -> str:
    for plural, one in (("reais", "real"), ("crowns", "crown"), ("kroner", "krone")):
        if noun == plural:
            return one
    return noun[:-1] if noun.endswith("s") and noun[:-1] in NOUNS else noun


@lru_cache(maxsize=4096)
def _named(sentence: str, code: str) -> bool:
    """Does the sentence name the currency's country or demonym ("Mexico", "South Korean")?"""
    return any(
        re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", sentence)
        for term in CONTEXT.get(code, ())
    )


def names(sentence: str, code: str) -> bool:
    """Does the sentence name the country or demonym of the currency ``code``?"""
    return _named(sentence, code)


def after_number(surface: str, sentence: str, *, scaled: bool) -> str | None:
    """ISO code for a currency written after a number ("5 Mexican pesos", "10.4 trillion won"),
    or ``None``; ``scaled`` says a scale word ("trillion", "bn") came between."""
    low = " ".join(surface.lower().split())
    if low in NAMES:
        return NAMES[low]
    codes = _ALIASES.get(low) or NOUNS.get(low)
    if not codes:
        return None
    named = [c for c in codes if _named(sentence, c)]
    if len(named) == 1:
        return named[0]
    if low in _ENGLISH and not scaled and not named:
        return None
    if len(codes) == 1:
        return codes[0]
    return _DEFAULT.get(_singular(low))


#: the rupee's letters, which CLDR gives to two of the rupee countries ("Rs") or one ("Rs."), and
#: which news of every rupee country writes before a number ("Rs 48", "Rs. 1,500", "Rs 2,000
#: crore"); not an English word, so always money
_RUPEE_SIGNS = frozenset({"Rs", "Rs.", "rs", "rs.", "RS"})
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR")


def symbol_before(surface: str, sentence: str, *, glued: bool, scaled: bool) -> str | None:
    """ISO code for a symbol written before a number ("R$5", "₦2.4 trillion", "R4.5 million"),
    or ``None`` when the symbol is unknown or, for letters, nothing supports reading it."""
    if surface in _RUPEE_SIGNS:
        # the country the sentence names, else India's, as for "rupees" (the largest economy)
        named_rupees = [c for c in _RUPEES if _named(sentence, c)]
        return named_rupees[0] if len(named_rupees) == 1 else _DEFAULT["rupee"]
    codes = SYMBOLS.get(surface)
    if not codes:
        return None
    named = [c for c in codes if _named(sentence, c)]
    supported = named or (scaled and len(codes) == 1)
    if surface.rstrip(".").isalpha() and (not (glued or len(surface) > 1) or not supported):
        return None  # a single letter must touch its number: "R4.5 million", not "R 4"
    if len(named) == 1:
        return named[0]
    return codes[0] if len(codes) == 1 else None
