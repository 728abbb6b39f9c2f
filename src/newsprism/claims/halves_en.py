"""Halves of a measure: "half a mile", "a half-teaspoon of salt", "half a glass of water".

Read before any number at a position (a half names no digits), and by :mod:`.quantity_at_en` for
"one and a half miles".  Part of :mod:`.quantities_en`, split out so each reads in one sitting.
"""

from __future__ import annotations

from . import numbers_en as num
from .qualify_en import qualify
from .quantity import Quantity
from .refusals_en import CURRENCIES
from .tokens import Token
from .units import lookup_en


def _half_unit(toks: list[Token], k: int) -> str | None:
    """A unit of measure (not money, not a count) at ``toks[k]``: "hour", "year", "mile"."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    return _half_unit_word(toks[k].lower)


# Containers and household measures a half can be taken of before "of" ("half a glass of
# water", "a half-teaspoon of salt"). A closed list, not any noun: "a half-brother of the king",
# "half a chance of winning" and "half a lifetime of work" name no amount (the review of the
# thirtieth session); the units the lexicon knows ("mile", "pint") are read before this list.
_MEASURE_NOUNS = frozenset(
    [
        "cup",
        "mug",
        "glass",
        "spoon",
        "teaspoon",
        "tablespoon",
        "spoonful",
        "teaspoonful",
        "tablespoonful",
        "cupful",
        "glassful",
        "handful",
        "pinch",
        "dash",
        "bottle",
        "can",
        "tin",
        "jar",
        "jug",
        "pitcher",
        "bowl",
        "plate",
        "pot",
        "pan",
        "bag",
        "sack",
        "box",
        "carton",
        "crate",
        "barrel",
        "keg",
        "bucket",
        "pail",
        "tub",
        "basket",
        "packet",
        "pack",
        "loaf",
        "slice",
        "stick",
        "bar",
        "block",
        "pound",
        "ounce",
        "pint",
        "quart",
        "gallon",
        "litre",
        "liter",
        "bushel",
        "tank",
        "tankful",
    ]
)


def _measure_of(toks: list[Token], k: int) -> str | None:
    """The measure a half is of when the word at ``toks[k]`` is a container or a household
    measure before "of": "half a cup of milk", "a half bottle of wine" (0.5 cup, 0.5 bottle:
    the measure word before "of" is the unit, docs/claims.md); any other noun ("half a chance
    of winning") and a scale word ("half a million of them") are no measure."""
    if k + 1 >= len(toks) or toks[k + 1].lower != "of" or toks[k].kind != "word":
        return None
    w = toks[k].lower
    return w if w in _MEASURE_NOUNS else None


def _half_unit_word(word: str) -> str | None:
    # the lexicon lists a few periods by their plural only ("decades", "centuries": a bare "a
    # decade" is no figure), but a part of one measures it: "half a decade", "a third of a
    # century"
    unit = lookup_en(word) or lookup_en(word[:-1] + "ies" if word.endswith("y") else word + "s")
    return unit if unit and unit not in CURRENCIES and unit != "times" else None


def _half_of_unit(sentence: str, toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    """A unit counted once and a half, or half of one, with no digit: "a year and a half" (1.5
    year), "half an hour", "a half hour", "a half-hour" (0.5 hour)."""
    n = len(toks)
    # a hyphenated mixed number holds "-and-": every other word skips the reading (it runs on
    # every token of every sentence)
    joined_alone = (
        num.hyphenated_mixed(toks[i].lower.partition("-")[2]) if "-and-" in toks[i].lower else None
    )
    if joined_alone and not joined_alone[1]:
        # "his year-and-a-half battle": a unit and its fraction in one hyphenated word
        unit = _half_unit_word(toks[i].lower.partition("-")[0])
        if unit is None:
            return None
        q = Quantity(toks[i].start, toks[i].end, 1 + joined_alone[0], unit=unit)
        qualify(sentence, toks, i, i + 1, q)
        return q, i + 1
    if toks[i].lower not in ("a", "an", "half"):
        return None
    low = [t.lower for t in toks[i : i + 5]]
    value, unit, end = 0.0, None, i
    mixed = num.mixed_at(toks, i + 2) if low[2:3] == ["and"] else None
    if low[:1] in (["a"], ["an"]) and mixed:
        # "a year and a half", "an hour and a quarter", "a mile and three quarters"
        value, unit, end = 1 + mixed[0], _half_unit(toks, i + 1), mixed[1]
    elif low[:2] in (["half", "a"], ["half", "an"], ["a", "half"]):
        value, unit, end = 0.5, _half_unit(toks, i + 2) or _measure_of(toks, i + 2), i + 3
    elif low[:1] == ["a"] and i + 1 < n and toks[i + 1].lower.startswith("half-"):
        tail = toks[i + 1].lower.partition("-")[2]
        value, unit, end = 0.5, lookup_en(tail), i + 2
        unit = unit if unit and unit not in CURRENCIES and unit != "times" else None
        if unit is None and i + 2 < n and toks[i + 2].lower == "of" and tail in _MEASURE_NOUNS:
            # "a half-cup of beans": the measure before "of", as above; a compound that is a
            # word of its own ("a half-brother of", "a half-truth of") is no measure, nor is
            # "a half-century of military rule" (an era)
            unit = tail
    if unit is None:
        return None
    q = Quantity(toks[i].start, toks[end - 1].end, value, unit=unit)
    qualify(sentence, toks, i, end, q)
    return q, end
