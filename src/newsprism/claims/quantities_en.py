"""Figures in an English sentence: ``[qualifier] [currency] number [multiplier] [unit] [– number …]``.

Rules, not a model: each step below is one reading of news prose, and every refusal (a date, a
time of day, an ordinal, a number inside a name such as "Covid-19" or "Airbus A320", a phone
number, a page or section number) is a named check in :func:`.refusals_en.not_a_claim`.

The parts read in their own modules: the counted noun phrase (:mod:`.nouns_en`), qualifiers
and change verbs (:mod:`.qualify_en`), spans where nothing is read — scores, tallies, times,
spans of years (:mod:`.masks_en`).

``tags`` optionally maps a token's start offset to its (universal POS, lemma) from a tagger; with
it the counted noun after a bare number ("13,000 workers") is found by part of speech, without
it by a short stop-word rule.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping

from . import currencies
from . import numbers_en as num
from .ellipsis_en import (
    casualty_object,
    definite_elided,
    elided_unit,
    share_contrasted,
    share_dimension,
    share_group,
    share_listed,
)
from .implicit_en import gapped, implicit_units
from .lexicon_en import (
    DOWN,
    MONTHS,
    STOP,
    TIMES_NEXT,
    UP,
    WEEKDAYS,
    is_numbered,
)
from .masks_en import masked_spans
from .nouns_en import (
    CLOSING_MARKS,
    OPENING_MARKS,
    counted_noun,
    measure_compound,
    million_of,
    plural_form,
)
from .number_of_en import number_of_units
from .qualify_en import qualify
from .quantity import Quantity, Tag
from .refusals_en import CURRENCIES, in_name_context, not_a_claim
from .sharing_en import OWN_FRAME, gap_unit, levels, listed_after
from .tokens import Token, number_value, tokenize, words
from .units import CURRENCY_PREFIXES, lookup_en, lookup_en_fallback


def find(sentence: str, tags: Mapping[int, Tag] | None = None) -> list[Quantity]:
    """Every figure stated in ``sentence`` (offsets relative to it)."""
    if "(" in sentence:
        sentence = _unbracket_repeats(sentence)
    toks = tokenize(sentence, "en")
    masked = masked_spans(sentence)
    out: list[Quantity] = []
    numbered_end = -1  # where the last "route 12"-like number ended
    i = 0
    while i < len(toks):
        if masked and any(a <= toks[i].start < b for a, b in masked):
            i += 1
            continue
        found = _half_of_unit(sentence, toks, i) or (
            _quantity_at(sentence, toks, i, tags) if _may_start(toks[i]) else None
        )
        if found is None:
            i += 1
            continue
        q, j = found
        if q.unit is None and (
            _continues_numbering(toks, i, numbered_end) or _numbers_after_plural(toks, i, j, q)
        ):
            numbered_end = j
            i = max(j, i + 1)
            continue
        if q.unit is None and out and gap_unit(out[-1]) and gapped(sentence, out[-1], q):
            q.unit = out[-1].unit
            if q.change == "=" and out[-1].change in ("up", "down"):
                q.change = out[-1].change
            out.append(q)
            i = max(j, i + 1)
            continue
        if (
            out
            and q.change == "="
            and out[-1].change in ("up", "down")
            and gapped(sentence, out[-1], q)
            and q.unit == out[-1].unit
        ):
            q.change = out[-1].change  # "Sales rose 5% and Apple 3%"
        elided = (
            elided_unit(sentence, toks, i, q, out, tags)
            or casualty_object(sentence, toks, i, q, out)
            or definite_elided(sentence, toks, i, q, out)
        )
        if elided is not None:
            q.unit = elided  # "26 people died … and five from artillery fire"
            q.elided = True
            out.append(q)
        elif not_a_claim(sentence, toks, i, j, q, tags):
            if in_name_context(toks, i, measured=False) or (
                i > 0 and is_numbered(toks[i - 1].text)
            ):
                numbered_end = j
        else:
            if out and q.change == "=" and _converts(sentence, out[-1], q):
                q.change, q.qualifier = out[-1].change, q.qualifier or out[-1].qualifier
            elif (
                out
                and q.change == "="
                and i > 1
                and toks[i - 1].lower == "by"
                and toks[i - 2].kind == "word"
                and (toks[i - 2].text[:1].isupper() or toks[i - 2].lower in ("or", "and"))
                and out[-1].change in ("up", "down")
            ):
                # "… were down 1.8%, Harlow by 3.1%", "by either 38 percent or by 22 percent"
                q.change = out[-1].change
            if out and listed_after(sentence, out[-1], q):
                # "baskets over $40, $60 or $90", "up 3.4% and 5.1%": a list of one unit
                # shares the bound or the change written once before it
                q.change = out[-1].change
            out.extend(levels(toks, i, j, q, tags))
        # a measure inside the counted noun phrase is a figure of its own: "two eight-hour
        # shifts" states 2 shifts and 8 hours
        inner = next(
            (
                k
                for k in range(i + 1, j)
                if q.noun_start is not None
                and toks[k].start >= q.noun_start
                and measure_compound(toks, k)
            ),
            None,
        )
        i = inner if inner is not None else max(j, i + 1)
    for a, b in zip(out, out[1:], strict=False):
        if a.unit is None and b.unit and _PART_OF.fullmatch(sentence[a.end : b.start].strip()):
            # "280 million of the 1.5 billion shekels", "16 million of the country's 24 million
            # people": a part of a whole counts what the whole counts
            a.unit = b.unit
        if (
            (a.unit, b.unit) in _COMPOUND_MEASURES
            and a.qualifier
            and not b.qualifier
            and not sentence[a.end : b.start].strip(" ,")
        ):
            # "about 5ft 8ins", "nearly 6 feet 2 inches": one measure in two units, hedged once
            b.qualifier, b.change = a.qualifier, a.change
    # figures a phrase gives, not a number's own reading: "in her 30s", "a family of four"
    decades = _decade_ages(sentence)
    if decades:
        # "in my 30's": the digits before an apostrophe were read as a bare number of their own
        out = [
            o
            for o in out
            if o.unit is not None or not any(d.start < o.end and o.start < d.end for d in decades)
        ]
    phrased = [
        q
        for q in decades + _family_sizes(sentence)
        if not any(q.start < o.end and o.start < q.end for o in out)
    ]
    if phrased:
        out = sorted(out + phrased, key=lambda q: q.start)
    number_of_units(sentence, toks, out, tags)
    out = implicit_units(sentence, out)
    share_contrasted(sentence, out)
    share_group(sentence, out)
    share_dimension(sentence, out)
    share_listed(sentence, out)
    _others_count_earlier_noun(sentence, out)
    return out


def _others_count_earlier_noun(sentence: str, out: list[Quantity]) -> None:
    """ "Two guards were shot and 11 others were treated", "three lorries burnt and 40 others
    damaged": "others" is a pronoun standing for the noun an earlier count of the sentence
    names, not a noun of its own, so the figure counts that noun (docs/claims.md, "what the
    unit of a claim holds"; until now the unit was "other")."""
    for k, q in enumerate(out):
        if q.unit != "other" or q.noun_start is None:
            continue
        if sentence[q.noun_start : q.noun_end].lower() != "others":
            continue
        earlier = next(
            (e for e in reversed(out[:k]) if e.noun_start is not None and e.unit != "other"),
            None,
        )
        if earlier is not None and earlier.unit:
            q.unit = earlier.unit


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


#: a measure written in a larger and a smaller unit side by side (a height, a weight)
_COMPOUND_MEASURES = frozenset({("ft", "inch"), ("lb", "oz"), ("m", "cm")})

_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
#: an age given by its decade after a possessive: "a woman in her 30s", "men in their twenties",
#: "in his late 40s" (the decade is what the words bound: 30-39); "the 1930s" stays a period
_DECADE_AGE = re.compile(
    r"(?i)\b(?:in|into)\s+(?:his|her|their|your|my|our)\s+(?:(?:early|mid|late)[- ]?)?"
    r"(?:([1-9]0)['’]?s|(" + "|".join(_DECADE_WORDS) + r"))\b"
)


#: the size of a family or a group after "of" with nothing counted after it: "a family of
#: four", "a mother of three", "a mum-of-one", "a party of 12" (a count of its members); "the
#: mum-of-one" refers to someone already counted
_FAMILY_SIZE = re.compile(
    r"(?i)(?<!\bthe )(?<!\bthis )\b(?:family|mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent|"
    r"household|party|group|crew)[- ]of[- ](\d{1,2}|"
    + "|".join(w for w in num.SMALL if w.isalpha() and num.SMALL[w] >= 1)
    + r")\b(?![-\w]|\s+(?!(?:and|or|in|at|on|from|who|with|to|for|was|is|has|had)\b)[a-z]+s\b)"
)


def _family_sizes(sentence: str) -> list[Quantity]:
    if "of" not in sentence or not _FAMILY_HINT.search(sentence):
        return []  # a cheap first look: the full pattern costs a few percent of the stage
    return [
        Quantity(m.start(1), m.end(1), float(num.SMALL.get(m.group(1).lower()) or m.group(1)))
        for m in _FAMILY_SIZE.finditer(sentence)
    ]


def _unbracket_repeats(sentence: str) -> str:
    """ "ten (10)% off", "three (3) to five (5) products": a number in words repeated in
    digits in brackets, as terms and conditions write it, is one number; the brackets and
    digits are blanked (offsets kept), so the words read as any number does."""
    for m in _BRACKETED_REPEAT.finditer(sentence):
        if num.word_value(m.group(1).lower()) == int(m.group(2)):
            a, b = m.start(1) + len(m.group(1)), m.end()
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


_BRACKETED_REPEAT = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)\s?\((\d{1,4})\)")


_FAMILY_HINT = re.compile(r"[a-z][- ]of[- ][\dotfsen]")


def _decade_ages(sentence: str) -> list[Quantity]:
    if not any(hint in sentence for hint in ("0s", "0'", "0’", "ties")):
        return []  # a cheap first look
    out = []
    for m in _DECADE_AGE.finditer(sentence):
        low = int(m.group(1)) if m.group(1) else _DECADE_WORDS[m.group(2).lower()]
        start = m.start(1) if m.group(1) else m.start(2)
        out.append(Quantity(start, m.end(), float(low), float(low + 9), unit="years old"))
        other = _OTHER_DECADE.match(sentence, m.end())
        if other:
            # "in his twenties or thirties": the alternative decade is an age as well
            low = int(other.group(1)) if other.group(1) else _DECADE_WORDS[other.group(2).lower()]
            start = other.start(1) if other.group(1) else other.start(2)
            out.append(Quantity(start, other.end(), float(low), float(low + 9), unit="years old"))
    return out


#: a second decade joined to an age's decade: "in his twenties or thirties", "her 40s or 50s"
_OTHER_DECADE = re.compile(
    r"(?i)\s+(?:or|and|to)\s+(?:(?:early|mid|late)[- ]?)?"
    r"(?:([1-9]0)['’]?s|(" + "|".join(_DECADE_WORDS) + r"))\b"
)


_PART_OF = re.compile(
    r"of(?: (?:the|its|their|his|her|our|this|that|these|those))?(?: [\w-]+['’]s?)?"
)


def _continues_numbering(toks: list[Token], i: int, numbered_end: int) -> bool:
    """ "routes 12, 16 and 24": bare numbers listed after a numbered thing are numbers too."""
    if numbered_end < 0 or numbered_end > i:
        return False
    return all(t.text == "," or t.lower in ("and", "or", "&") for t in toks[numbered_end:i])


def _numbers_after_plural(toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """ "posts 542 and 543", "rooms 209 and 211", "between junctions 10 and 11": numbers listed
    right after a plural noun name the things it counts, one each (a count stands before its
    noun, a unit before its number is read elsewhere: "in years 2 and 3")."""
    if i == 0 or toks[i].kind != "num" or q.qualifier:
        return False
    prev = toks[i - 1]
    if prev.kind != "word" or not prev.text.islower() or not plural_form(prev.lower):
        return False
    if lookup_en(prev.lower) is not None or prev.lower in STOP:
        return False
    if q.value_high is not None:  # read as a range: "junctions 10 and 11"
        return any(t.lower == "and" for t in toks[i:j])
    return (
        j + 1 < len(toks) and toks[j].lower in ("and", "or", ",", "&") and toks[j + 1].kind == "num"
    )


def _converts(sentence: str, before: Quantity, q: Quantity) -> bool:
    """ "more than 7.5 million crowns (US $1.1 million)", "296 hp (224 kW / 300 PS)": the second
    figure restates the first in other units and shares its qualifier."""
    between = sentence[before.end : q.start].strip()
    if OWN_FRAME.match(sentence, q.end):
        # "about 300 books (40% of them are second-hand)": a share of something, not the first
        # figure again in other units
        return False
    # "fell 87.4 points, or 0.41%": the share restates the change
    return between in ("(", "/", "or", ", or") or (between.startswith("(") and len(between) <= 3)


_START_WORDS = frozenset(
    {
        *num.SMALL,
        *num.VAGUE,
        *num.MULTIPLES,
        *num.SCALES,
        "a",
        "an",
        "couple",
        "half",
        "several",
        "tens",
        "minus",
        "once",
    }
    | {k for k in CURRENCY_PREFIXES if k.isalpha()}
    | {"us", "hk", "nz", "au", "ca", "y", "ps"}
    # the letters a currency symbol opens with: "R$", "NT$", "Ksh", "Rs"
    | {m.group().lower() for k in currencies.SYMBOLS if (m := re.match(r"[^\W\d_]+", k))}
)


def _unit_of_alternative(
    sentence: str, toks: list[Token], k: int, tags: Mapping[int, Tag] | None
) -> str | None:
    """The unit or counted noun of the figure after "or", which the one before it shares: "one
    or two points", "three or four years" (two figures, either of which may hold)."""
    parsed = _number_at(sentence, toks, k) if k < len(toks) else None
    if parsed is None or parsed[1] is not None:
        return None
    found = _unit_at(sentence, toks, parsed[2])
    if found:
        return found[0]
    cn = counted_noun(toks, parsed[2], tags, parsed[0])
    return cn[0] if cn else None


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


def _may_start(tok: Token) -> bool:
    """Cheap test before the full parse: only these tokens can open a figure."""
    if tok.kind == "num":
        return True
    if tok.kind == "sym":
        return tok.text in CURRENCY_PREFIXES or tok.text in currencies.SYMBOLS or tok.text in "-−+$"
    w = tok.lower
    return (
        w in _START_WORDS
        or ("-" in w and w.split("-")[0] in num.SMALL)
        or w.startswith(("hundred-", "thousand-"))
        or _vulgar_char(tok.text) is not None
        or w == "half-dozen"
    )


# -- one quantity ------------------------------------------------------------------------------


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


#: words between "of a" and the unit of a fraction ("1/8 of a US gallon")
_UNIT_SYSTEM = words("us u.s. uk imperial metric fluid short long nautical")


def _part_of(sentence: str, toks: list[Token], j: int) -> tuple[float, str | None, int] | None:
    """A fraction of one thing: "half a million" (×10⁶), "a third of a mile", "1/16 of a US
    pint": ``(scale, unit, next index)``."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].lower == "of" else j
    if k + 1 >= n or toks[k].lower not in ("a", "an"):
        return None
    w = toks[k + 1].lower
    if w in num.SCALES or w == "dozen":
        return num.MULTIPLIERS[w], None, k + 2
    if w in _UNIT_SYSTEM and k + 2 < n:
        k += 1
    found = _unit_at(sentence, toks, k + 1)
    if found and found[0] not in CURRENCIES:
        return 1.0, found[0], found[1]
    period = _half_unit(toks, k + 1)  # "a third of a century": a period the lexicon lists
    if period is not None:  # by its plural only
        return 1.0, period, k + 2
    return None


def _scale_named(sentence: str, toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "between 50 and 70 on the GPa scale": the unit named by the scale the figure is read on.
    Read only when the scale is a unit (the Richter scale is a name, not a unit)."""
    if j + 3 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower == "the":
        found = _unit_at(sentence, toks, j + 2)
        if found and found[1] < len(toks) and toks[found[1]].lower == "scale":
            return found[0], found[1] + 1
    return None


def _per(
    sentence: str, toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "per gallon", "a month", "an ounce", "/kg": the denominator of a rate."""
    n = len(toks)
    if j + 1 < n and toks[j].lower in ("every", "each") and toks[j + 1].lower in _PERIODS:
        return toks[j + 1].lower, j + 2
    if j + 1 < n and toks[j].text == "-" and toks[j].glued and toks[j + 1].glued:
        # "$4.99-a-month", "$10-a-day": the rate written as one hyphenated word
        head, _, period = toks[j + 1].lower.partition("-")
        if head in ("a", "an", "per") and period in _PERIODS:
            return period, j + 2
    if j + 1 >= n or toks[j].lower not in ("per", "a", "an", "/"):
        return None
    if toks[j].lower in ("a", "an") and toks[j + 1].lower not in (
        "year", "month", "week", "day", "hour", "barrel", "ounce", "share", "gallon", "litre",
        "liter", "head", "kilo", "pound", "tonne", "ton", "minute", "night", "person", "game",
        "season",
    ):  # fmt: skip
        return None
    if (
        j + 2 < n
        and toks[j + 1].lower in _PERIODS
        and toks[j + 2].lower in ("earlier", "ago", "before", "later", "after")
    ):
        return None  # "a year earlier" dates a figure, it is not a rate ("an ounce before" is)
    if toks[j + 1].lower in ("pound", "pounds"):
        return "lb", j + 2  # "$3.40 a pound": below a price a pound is a weight, not money
    unit = _unit_at(sentence, toks, j + 1)
    if unit:
        return unit
    t = toks[j + 1]
    if t.kind == "word" and t.lower not in STOP:
        lemma = tags.get(t.start, ("", t.lower))[1] if tags else t.lower.rstrip("s")
        if toks[j].lower == "per" and tags:
            phrase = _per_phrase(toks, j + 1, tags)
            if phrase:
                return phrase
        return lemma.lower(), j + 2
    return None


def _per_phrase(toks: list[Token], k: int, tags: Mapping[int, Tag]) -> tuple[str, int] | None:
    """ "per diluted share", "per covered employee": the modifiers before the noun a rate is
    counted over belong to it (a period stays the period: "per calendar month" → month)."""
    kept: list[str] = []
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if t.kind != "word" or t.lower in STOP:
            return None
        pos, lemma = tags.get(t.start, ("X", t.lower))
        if pos == "NOUN" and (
            m + 1 >= len(toks) or tags.get(toks[m + 1].start, ("X",))[0] != "NOUN"
        ):
            if lemma.lower() in _PERIODS:
                return lemma.lower(), m + 1
            return " ".join([*kept, lemma.lower()]), m + 1
        if pos not in ("ADJ", "NOUN", "VERB") or (pos == "VERB" and not t.lower.endswith("ed")):
            return None
        kept.append(t.lower)
    return None


def _per_count(
    sentence: str, toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "per 100,000 residents", "per million inhabitants", "per capita", "for every 1,000
    people": the population a rate is counted over, as ``("100000 resident", next index)``."""
    n = len(toks)
    k = j + 1
    if j + 2 < n and toks[j].lower == "for" and toks[j + 1].lower == "every":
        k = j + 2
    elif j + 1 >= n or toks[j].lower != "per":
        return None
    if toks[k].lower in ("capita", "head"):
        return "capita", k + 1
    if toks[k].kind == "num":
        size, k = number_value(toks[k], "en"), k + 1
    elif toks[k].lower in num.SCALES:
        size = 1.0
    else:
        return None
    factor, k = _multiplier(toks, k, money=False)
    noun = counted_noun(toks, k, tags)
    if noun is None:
        return None
    size *= factor
    return f"{int(size) if size.is_integer() else size} {noun[0]}", noun[2]


def _per_after_of(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "2.5 petabytes of data every day", "2 litres of water a day": a rate reaching over what
    is measured (a few words after "of", no figure or punctuation between)."""
    n = len(toks)
    if j >= n or toks[j].lower != "of":
        return None
    for k in range(j + 1, min(j + 5, n - 1)):
        t = toks[k]
        if t.kind != "word":
            return None
        if (
            t.lower in ("a", "an", "every", "each", "per")
            and toks[k + 1].lower in _PERIODS
            and k > j + 1
        ):
            return toks[k + 1].lower, k + 2
    return None


def _rate_within_reach(
    toks: list[Token], j: int, tags: Mapping[int, Tag] | None
) -> tuple[str, int] | None:
    """ "2.5 mg Levoxan daily", "40,000 cars in Europe each year", "300 tonnes of CO2
    every year": a period that makes a figure a rate may stand after the phrases that say what
    or where it is — names, nouns, adjectives and prepositions, a few words, with no verb,
    figure, punctuation or clause word between (the verb's own adverb is the clause's, not the
    figure's: "was paid 5 million and works daily").  A period after "in", "for", "within" or
    "over" is a span ("in a year"), one before "earlier", "ago" or "later" a date."""
    if tags is None or j >= len(toks):
        return None
    opener = toks[j]
    if not (
        opener.lower in _PHRASE_OPENERS
        or opener.text[:1].isupper()
        or opener.lower in _RATE_ADVERBS
    ):
        # a plain word after the figure's phrase is most often its verb ("30 buses leave the
        # depot each day"), whose adverb the period is
        return None
    n = len(toks)
    for k in range(j, min(j + _RATE_REACH, n)):
        t = toks[k]
        if t.kind != "word" or t.lower in _CLAUSE_WORDS:
            return None
        if t.lower in _RATE_ADVERBS:
            after = toks[k + 1] if k + 1 < n else None
            if after is not None and after.kind == "word" and after.lower not in STOP:
                return None  # "a weekly injection": the adjective of a noun
            return _RATE_ADVERBS[t.lower], k + 1
        if (
            t.lower in ("a", "an", "each", "every", "per")
            and k + 1 < n
            and toks[k + 1].lower in ("day", "week", "month", "year", "night", "hour")
        ):
            if k > j and (toks[k - 1].lower in _SPAN_PREPOSITIONS or toks[k - 1].lower in STOP):
                return None  # "in a year", "20 minutes to an hour"
            after = toks[k + 2] if k + 2 < n else None
            if after is not None and after.kind == "word" and after.lower not in _AFTER_A_RATE:
                return None  # "a year earlier", "each year's budget"
            return toks[k + 1].lower, k + 2
        if tags.get(t.start, ("X", ""))[0] in ("VERB", "AUX", "PRON", "NUM"):
            return None
    return None


def _rate_across_verb(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "8,000 tonnes of fishing gear is lost off the coast every year", "$40 million in fees
    will be paid to the city annually": an amount of a measure or of money (not a count: "30 buses leave the depot each
    day" is how often they do it) is a rate when its clause ends in "every"/"each" and a period
    or in an adverb of period, whatever verb stands between."""
    n = len(toks)
    for k in range(j, min(j + _VERB_RATE_REACH, n)):
        t = toks[k]
        if t.kind != "word" or t.lower in _CLAUSE_WORDS:
            return None
        if t.lower in _RATE_ADVERBS:
            after = toks[k + 1] if k + 1 < n else None
            if after is not None and after.kind == "word" and after.lower not in STOP:
                return None  # "a weekly injection": the adjective of a noun
            return _RATE_ADVERBS[t.lower], k + 1
        if (
            t.lower in ("each", "every")
            and k + 1 < n
            and toks[k + 1].lower in ("day", "week", "month", "year", "night", "hour")
        ):
            after = toks[k + 2] if k + 2 < n else None
            if after is not None and after.kind == "word" and after.lower not in _AFTER_A_RATE:
                return None  # "each year's budget"
            return toks[k + 1].lower, k + 2
    return None


#: how many words a measure's clause may run before the period that makes it a rate
_VERB_RATE_REACH = 10
#: prepositions that open the phrase a rate's period may reach over ("in Europe each year")
_PHRASE_OPENERS = frozenset({"in", "of", "from", "at", "on", "for", "to", "across"})
#: how many words a rate's period may stand after the figure's own phrase
_RATE_REACH = 6
#: words that open another clause or conjunct: a period after them is theirs
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "that", "which", "who", "when", "while", "if", "than", "as", "because"}
)
#: prepositions before a period that make it a span or a time, not a rate
_SPAN_PREPOSITIONS = frozenset({"in", "for", "within", "over", "after", "once", "twice", "of"})
#: what may follow a rate's period: the clause goes on with a preposition or ends
_AFTER_A_RATE = frozenset({"in", "on", "at", "for", "to", "from", "across", "around", "since"})


#: adverbs that name the period of a rate: "470 million tonnes annually"
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "hourly": "hour", "nightly": "night"}  # fmt: skip


def _plain_noun(noun: list[Token]) -> bool:
    """A counted noun phrase with no number word in it ("portions", "cups"; not a misread
    "pour millions"): a rate may reach over the "of" phrase after it."""
    return not any(num.word_value(t.lower) is not None or t.lower in num.VAGUE for t in noun)


#: bounds written after a figure, before its period: "$50,000 or less yearly"
_BOUNDS_AFTER = frozenset({"less", "more", "fewer", "so"})


def _per_adverb(toks: list[Token], j: int) -> tuple[str, int] | None:
    """ "470 million tonnes annually", "$5 billion in trial costs annually": an adverb of
    period right after a measure or an amount of money, or after a short phrase of "in" or
    "of" saying what it is (no verb, figure or punctuation between), makes it a rate."""
    n = len(toks)
    k = j
    if (
        k + 2 < n
        and toks[k].lower == "or"
        and toks[k + 1].lower in _BOUNDS_AFTER
        and toks[k + 2].lower in _RATE_ADVERBS
        and (k + 3 == n or toks[k + 3].kind != "word" or toks[k + 3].lower in STOP)
    ):
        # "$50,000 or less yearly": the period after a bound written after the figure; the
        # figure ends where it did, so that the bound is still read after it
        return _RATE_ADVERBS[toks[k + 2].lower], j
    if k < n and toks[k].lower in ("in", "of"):
        k += 1
        while (
            k < n and k - j <= 4 and toks[k].kind == "word" and toks[k].lower not in _RATE_ADVERBS
        ):
            k += 1
    if k < n and toks[k].lower in _RATE_ADVERBS and (k == j or k - j >= 2):
        after = toks[k + 1] if k + 1 < n else None
        if after is not None and after.kind == "word" and after.lower not in STOP:
            return None  # "a 2.4mg weekly injection": the adjective of the noun after it
        return _RATE_ADVERBS[toks[k].lower], k + 1
    return None


def _quantity_at(
    sentence: str, toks: list[Token], i: int, tags: Mapping[int, Tag] | None
) -> tuple[Quantity, int] | None:
    n = len(toks)
    start_i = i
    currency: str | None = None
    sign = 1.0
    change = "="
    prefix = _currency_prefix(sentence, toks, i)
    if prefix:
        currency, i = prefix
    if i < n and toks[i].text in "-−+" and i + 1 < n and toks[i + 1].kind == "num":
        glued_to_prev = i > 0 and toks[i].glued and toks[i - 1].kind in ("num", "word")
        if toks[i + 1].glued and not (glued_to_prev and not currency):
            if toks[i].text == "+":
                change = "up"
            else:
                sign = -1.0
            i += 1
    elif (
        i + 2 < n
        and toks[i].lower == "minus"
        and toks[i + 1].text == "-"
        and toks[i + 2].kind == "num"
    ):
        sign, i = -1.0, i + 2
    elif i + 1 < n and toks[i].lower == "minus" and toks[i + 1].kind == "num":
        sign, i = -1.0, i + 1
    if currency is None and toks[i].lower == "once":
        period = _how_often(toks, i + 1)
        if period is None:
            return None  # "once" alone is a time in the past, not a count: "once a mill town"
        q = Quantity(toks[start_i].start, toks[i + 2].end, 1.0, unit=f"times/{period}")
        qualify(sentence, toks, start_i, i + 3, q)  # "at least once a week"
        return q, i + 3
    if currency is None and toks[i].kind == "word" and toks[i].lower in num.MULTIPLES:
        found_multiple = _multiple(toks, i)
        if found_multiple and found_multiple[0].change == "=":
            qualify(sentence, toks, i, found_multiple[1], found_multiple[0])  # "risen tenfold"
        return found_multiple
    if currency is None and start_i == i:
        spelled = _spelled_compound(toks, i)
        if spelled:
            qualify(sentence, toks, i, i + 1, spelled)
            return spelled, i + 1
    odds = _hyphenated_odds(toks, i)
    if currency is None and odds == 0.0:
        return None
    if currency is None and odds is not None:
        q = Quantity(toks[start_i].start, toks[i + 4].end, odds, unit="fraction")
        qualify(sentence, toks, start_i, i + 5, q)
        return q, i + 5
    parsed = _number_at(sentence, toks, i)
    if parsed is None:
        return None
    value, high, j, is_word = parsed
    fraction = high == -1.0
    if fraction:
        high = None
    if j + 2 < n and toks[j].lower == "out" and toks[j + 1].lower == "of":
        whole = _number_at(sentence, toks, j + 2)
        if whole and whole[0]:
            value, high, j, fraction = value / whole[0], None, whole[2], True  # "one out of three"
    elif high is None and not fraction and j + 1 < n and toks[j].lower == "in":
        ratio = _ratio_after_in(sentence, toks, j, value)
        if ratio:
            value, j, fraction = ratio[0], ratio[1], True  # "one in five adults", "3 in 10"
    # "a 45-fold increase", "grew 12-fold", "a thousand fold": a multiple
    if j + 1 < n and toks[j].text in "-–" and toks[j].glued and toks[j + 1].lower == "fold":
        q = Quantity(toks[start_i].start, toks[j + 1].end, value, unit="times", relative=True)
        qualify(sentence, toks, start_i, j + 2, q)
        return q, j + 2
    if j < n and toks[j].lower == "fold":
        q = Quantity(toks[start_i].start, toks[j].end, value, unit="times", relative=True)
        qualify(sentence, toks, start_i, j + 1, q)
        return q, j + 1
    # "three times as many", "2.5 times more": a relative claim
    if j < n and toks[j].lower == "times" and j + 1 < n and toks[j + 1].lower in TIMES_NEXT:
        end = j + 1
        if toks[j + 1].lower == "as" and j + 2 < n and toks[j + 2].kind == "word":
            end = j + 3  # "three times as many"
        q = Quantity(toks[start_i].start, toks[end - 1].end, value, unit="times", relative=True)
        qualify(sentence, toks, start_i, end, q)  # "over 6 times as long": a bound on it
        return q, end
    of_unit: str | None = None
    if currency is None and (fraction or (0 < value < 1 and j < n and toks[j].lower == "of")):
        part = _part_of(sentence, toks, j)  # "half a million", "1/8 of a US gallon"
        if part:
            scale, of_unit, j = part
            value *= scale
            fraction = fraction and of_unit is None and scale == 1
    plus_scale = (
        j + 1 < n
        and toks[j].text == "+"
        and toks[j].glued
        and _multiplier(toks, j + 1, money=currency is not None)[0] > 1
    )
    if plus_scale:
        j += 1  # "$250+ million", "12+ million viewers": the plus bounds the scaled amount
    factor, j = _multiplier(toks, j, money=currency is not None)
    if fraction and factor > 1:
        fraction = False  # "a quarter million employees": an amount, no longer a share
    value *= sign * factor
    if high is not None:
        high *= factor
    unit: str | None = currency or of_unit
    # "15 or so years ago", "a dozen or so reporters": "or so" hedges the number, the unit or
    # the noun follows it
    or_so = (
        unit is None
        and high is None
        and j + 2 < n
        and toks[j].lower == "or"
        and toks[j + 1].lower in _OR_BOUNDS
        and toks[j + 2].kind == "word"
        and toks[j + 2].lower not in ("than", "of", "and", "or")
    )
    before_or_so = j
    if or_so:
        j += 2
    if j < n and currency and not toks[j].glued:
        if toks[j].text in ("US", "USD"):
            j += 1  # "$76 US a barrel"
        elif sentence.startswith("U.S.", toks[j].start):
            j += 4  # "$75 U.S. per barrel"
        elif (named_after := _demonym_after(toks, j, currency)) is not None:
            unit, j = named_after, j + 1  # "$100 Australian": the dollar of that country
    if unit is None:
        found = _unit_at(sentence, toks, j) or _scale_named(sentence, toks, j)
        if found:
            unit, j = found
    end_j = j
    # a range: "40-45%", "5 to 7 per cent", "$62 and $68" after "between", "1 to 2 thousand"
    rng = _range_tail(sentence, toks, start_i, i, j, unit, value, factor, tags)
    if rng:
        value, high, unit2, end_j = rng
        unit = unit or unit2
        j = end_j
        named = None if unit else _scale_named(sentence, toks, j)
        if named:
            unit, j = named
            end_j = j
    noun_span: tuple[int, int] | None = None
    noun_toks = (0, 0)  # the counted noun's tokens, when one is read
    if unit is None and rng is None and j + 1 < n and toks[j].lower == "or":
        unit = _unit_of_alternative(sentence, toks, j + 1, tags)  # "one or two points"
    plus_at = -1
    if unit is None:
        # "10,000+ customers": the plus is the bound, read by the qualifier; the noun follows it
        plus_at = j if j + 1 < n and toks[j].text == "+" and toks[j].glued else -1
        at = j + 1 if plus_at >= 0 else j
        if (
            at < n
            and start_i > 0
            and toks[at].text in CLOSING_MARKS
            and toks[at].glued
            and toks[start_i - 1].text in OPENING_MARKS
            and toks[start_i].glued
        ):
            at += 1  # 'gave Labour "40" seats': scare quotes around the count, its noun after
        cn = counted_noun(toks, at, tags, value)
        if cn:
            unit, first, nxt = cn
            unit = "fraction" if fraction else unit
            if unit == "pound" and value >= 100:
                # a vague amount of pounds ("billions of pounds", "tens of thousands of
                # pounds") is money, as a scale word before "pounds" is ("5 million pounds");
                # "of" after it names what is weighed ("millions of pounds of fumigants"),
                # unless the sentence speaks of British money
                weighed = nxt < n and toks[nxt].lower == "of" and not _money_after_of(toks, nxt + 1)
                unit = _pound(sentence, toks, nxt - 1) if weighed else "GBP"
            if _compound_modifier(toks, start_i, first, nxt, value):
                unit = unit.split()[0]  # "a three bedroom house", "Netflix's ten episode order"
            if _rank_top(toks, start_i) and "/" not in unit and unit not in ("fraction", "list"):
                # "the top 12 ferry operators": a rank word before the number says which are
                # counted, as a superlative after it does ("the 10 best tools" -> best tool)
                unit = f"top {unit}"
            noun_span = (toks[first].start, toks[nxt - 1].end)
            noun_toks = (first, nxt)
            end_j = nxt
            j = nxt
    if unit is None and high is None and not fraction:
        compound = _compound_noun_after(toks, j)
        if compound and compound[0] == "times" and value == 1:
            compound = None  # "a 1-time fee", as "a one-time payment": once only
        if compound:  # "a 131-page document", "a 200-seat hall": the noun the figure counts
            unit, nxt = compound
            noun_span = (toks[j + 1].start, toks[j + 1].end)
            j = end_j = nxt
    if or_so and unit is None:
        j = end_j = before_or_so  # no unit after "or so": the qualifier reads it as before
        or_so = False
    if fraction and unit is None:
        unit = "fraction"
    per_count = _per_count(sentence, toks, j, tags)
    if per_count:
        # a rate over a population: "5.6 per 100,000 residents", "2.8 doctors per 1,000 people",
        # "$22,100 per capita"
        unit = f"{unit}/{per_count[0]}" if unit else f"per {per_count[0]}"
        j = end_j = per_count[1]
    elif unit is not None:
        per = (
            _per(sentence, toks, j, tags)
            or (
                _per_after_of(toks, j)
                if noun_span is None or _plain_noun(toks[noun_toks[0] : noun_toks[1]])
                else None
            )
            or (_per_adverb(toks, j) if noun_span is None else None)
            or _rate_within_reach(toks, j, tags)
            or (_rate_across_verb(toks, j) if noun_span is None else None)
        )
        if per is None and unit.split("/")[0] in CURRENCIES and j < n:
            # "a $10 monthly fee", "£30,000 annual salary": the adjective names the period
            period = _RATE_ADJECTIVES.get(toks[j].lower)
            per = (period, j + 1) if period else None
        # a counted noun takes a period as a rate too: "200 patients a day", "1,050 flights a
        # day", "2.5 petabytes every day"
        if per and (noun_span is None or toks[j].lower == "per" or per[0] in _PERIODS):
            unit = f"{unit}/{per[0]}"
            j = end_j = per[1]
            then = (
                _per(sentence, toks, j, tags)
                if per[0] not in _PERIODS and j < n and toks[j].lower in ("per", "every", "each")
                else None
            )
            if then and then[0] in _PERIODS:
                # "40 litres per person per day", "$6/seat per month": a rate over a
                # population or a thing, then over a period; both make the figure
                unit = f"{unit}/{then[0]}"
                j = end_j = then[1]
            rng = (
                None
                if high is not None
                else _range_tail(
                    sentence, toks, start_i, i, j, unit.split("/")[0], value, factor, tags
                )
            )
            if rng and _opened_by_from(toks, start_i):  # "from $75 per barrel to $45.88"
                value, high, _, j = rng
                same = _per(sentence, toks, j, tags)
                j = end_j = same[1] if same and same[0] == per[0] else j
        elif noun_span is None and j < n and toks[j].text == "(":
            # "9 billion shekels ($2.408 billion) a year": the rate reaches over a conversion in
            # brackets; the bracketed figure stays a figure of its own
            close = next((k for k in range(j + 1, min(j + 12, n)) if toks[k].text == ")"), None)
            after_i = close + 1 if close is not None else n
            after = toks[after_i] if after_i < n else None
            per = _per(sentence, toks, after_i, tags) if after and after.text != "/" else None
            if per:
                unit = f"{unit}/{per[0]}"
    q = Quantity(toks[start_i].start, toks[end_j - 1].end, value, high, unit, change=change)
    if noun_span:
        q.noun_start, q.noun_end = noun_span
    qualify(sentence, toks, start_i, end_j, q)
    if or_so:
        # "a dozen or so reporters", "two or more persons": the bound is read at the number,
        # the noun after it
        bound = toks[before_or_so + 1]
        q.qualifier = q.qualifier or f"or {bound.text}"
        q.change = _OR_BOUNDS[bound.lower]
    if plus_at >= 0 and noun_span is not None or plus_scale:
        q.qualifier, q.change = "+", ">"  # read at the number, before the noun or the scale
    if _odd_number(toks, i) and q.change == "=":
        q.qualifier, q.change = "-odd", "~"
    return q, end_j


#: what stands before "top" when it ranks ("the top 10 X", "our top five picks"), not when it is
#: the verb ("sales could top 5 million units")
_BEFORE_RANK_TOP = frozenset(
    {"the", "our", "my", "your", "its", "their", "his", "her", "these", "those", "of", "'s", "’s"}
)


def _rank_top(toks: list[Token], start_i: int) -> bool:
    """Whether "top" before the number at ``start_i`` ranks what the number counts."""
    if start_i < 1 or toks[start_i - 1].lower != "top":
        return False
    return start_i == 1 or toks[start_i - 2].lower in _BEFORE_RANK_TOP


#: the hedges and bounds "or" brings between a number and its noun
_OR_BOUNDS = {"so": "~", "more": ">", "fewer": "<", "less": "<"}


#: words before a number that agree with a singular noun only
_SINGULAR_DETERMINERS = frozenset({"a", "an", "every", "each", "this", "that"})


def _compound_modifier(toks: list[Token], start: int, first: int, nxt: int, value: float) -> bool:
    """A number above one between a singular determiner and two singular nouns modifies the
    second as a compound left unhyphenated ("a three bedroom house", "a 40 seat majority",
    "Netflix's ten episode order"): what is counted is the first noun, as in "a 40-seat
    majority".  A plural head ("12 school nurses") is counted whole."""
    if value <= 1 or nxt - first != 2 or start == 0:
        return False
    det = toks[start - 1].lower
    if det not in _SINGULAR_DETERMINERS and not det.endswith(("'s", "’s")):
        return False
    a, b = toks[first], toks[first + 1]
    if nxt < len(toks) and toks[nxt].glued and toks[nxt].text in "-–":
        return False  # a word cut at a line's end ("asylum claim- backlog"): not two nouns
    return (
        a.kind == b.kind == "word"
        and a.text.islower()
        and b.text.islower()
        and not plural_form(a.lower)
        and not plural_form(b.lower)
    )


def _odd_number(toks: list[Token], i: int) -> bool:
    """ "twenty-odd", "30-odd": the number at ``toks[i]`` is a round one and some more."""
    if toks[i].lower.endswith("-odd"):
        return True
    return (
        i + 2 < len(toks)
        and toks[i].kind == "num"
        and toks[i + 1].text == "-"
        and toks[i + 1].glued
        and toks[i + 2].lower == "odd"
    )


#: nouns a spelled number joins with a hyphen to measure something: "a five-year contract",
#: "a three-match ban", "a two-storey house" (besides the units of the lexicon)
_COMPOUND_NOUNS = {"year", "month", "week", "day", "decade", "century", "hour", "minute", "night", "second", "match", "game", "point", "seat", "storey",
    "story", "bedroom", "lane", "member", "man", "person", "hole", "set", "stage", "round"}  # fmt: skip


def _spelled_compound(toks: list[Token], i: int) -> Quantity | None:
    """ "five-year", "three-match", "twelve-mile", "five-year-old": a number word and what it
    measures in one hyphenated word (digits are read the same way by the main reading)."""
    t = toks[i]
    if t.kind != "word" or "-" not in t.lower:
        return None
    if (
        i > 0
        and t.text.istitle()
        and i + 1 < len(toks)
        and toks[i + 1].text[:1].isupper()
        and toks[i - 1].text[:1].isupper()
    ):
        return None  # inside a name: "Lakeside Open Two-Day Regatta"
    head, _, tail = t.lower.partition("-")
    whole = num.SMALL.get(head)
    if whole is None and head in ("hundred", "thousand") and tail in ("year-old", "mile", "foot"):
        # "the thousand-year-old city", "a hundred-mile trek": a round scale word alone
        whole = int(num.SCALES[head])
    if whole is None or whole <= 0:
        return None
    value = float(whole)
    mixed = num.hyphenated_mixed(tail)
    if mixed and mixed[1]:
        value, tail = value + mixed[0], mixed[1]  # "a two-and-a-half-year contract"
    if value == 1 and tail == "time":
        return None  # "a one-time payment": once only, or former ("a one-time ally")
    if tail == "strong":
        return Quantity(t.start, t.end, float(value))  # "the nine-strong committee": a size
    if tail in ("year-old", "years-old", "year-olds"):
        unit: str | None = "years old"
    elif tail in _COMPOUND_NOUNS:
        unit = tail
    else:
        unit = lookup_en(tail) or lookup_en(tail + "s") or hyphenated_unit(tail)
    if unit is None and value >= 2 and _noun_shaped(tail):
        unit = tail  # "a three-page note", "an eight-module course" ("one-" is an idiom)
    if unit is None:
        return None
    return Quantity(t.start, t.end, float(value), unit=unit)


#: endings of adjectives and participles, which a number joins too ("four-legged", "two-tiered",
#: "three-sided") without counting them
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly", "ous", "ful", "less", "ive", "ish", "able", "ible", "ic",
    "al", "est")  # fmt: skip
#: words after a hyphen that are not what the number counts: "20-strong" (a size), "two-way",
#: "20-something", "3-fold", "two-thirds"
_NOT_COUNTED = words(
    "strong odd plus old something somethings thing way fold time times third thirds half "
    "quarter quarters fifth fifths nil love all star seater"
)  # and grades and scores: "five-star", "two-nil", "15-love", "2-all"; "a two-seater" is a thing


def _noun_shaped(word: str) -> bool:
    """A singular common noun by its shape: lower case letters, no adjective or participle
    ending, no plural "-s" (the compound takes the singular: "a 200-seat hall")."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 3
        and word not in STOP
        and word not in _NOT_COUNTED
        and word not in num.SMALL
        and word not in num.SCALES
        and not word.endswith(_NOT_NOUN_ENDINGS)
        and (not word.endswith("s") or word.endswith("ss"))
    )


def _compound_noun_after(toks: list[Token], j: int) -> tuple[str, int] | None:
    """A noun joined to the digits before it by a hyphen: "131-page" → ("page", next index)."""
    if j + 1 >= len(toks) or toks[j].text != "-" or not toks[j].glued:
        return None
    nxt = toks[j + 1]
    if nxt.kind == "word" and nxt.glued and nxt.lower == "time":
        # "a 23-time champion": a count of times, as "three-time" is read in words
        return "times", j + 2
    if nxt.kind != "word" or not nxt.glued or "-" in nxt.text or not _noun_shaped(nxt.text):
        return None
    return nxt.text, j + 2


#: adjectives that make a sum of money a rate
_RATE_ADJECTIVES = {
    "monthly": "month", "weekly": "week", "daily": "day", "annual": "year", "yearly": "year",
    "hourly": "hour", "nightly": "night", "quarterly": "quarter",
}  # fmt: skip
_MODALS = words("would could will can may might should must to shall")
_THINK = words("think thinks thought thinking")


def _how_often(toks: list[Token], j: int) -> str | None:
    """ "a week", "per year", "every day" after "once" or "twice": the period of a rate."""
    if (
        j + 1 < len(toks)
        and toks[j].lower in ("a", "an", "per", "every", "each")
        and toks[j + 1].lower in _PERIODS
        # "twice a year ago": "a year ago" dates it
        and not (j + 2 < len(toks) and toks[j + 2].lower in ("earlier", "ago", "before", "later"))
    ):
        return toks[j + 1].lower
    return None


def _multiple(toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    """ "twice as many", "double the", "doubled", "halved"."""
    t = toks[i]
    w = t.lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    prev = toks[i - 1].lower if i > 0 else ""
    if (w.startswith("doubl") and nxt == "down") or (w == "twice" and prev in _THINK):
        return None  # idioms, not multiples: "doubled down on the idea", "think twice"
    if w in ("twice", "thrice") and nxt not in ("as", "the", "that", "what", "over"):
        period = _how_often(toks, i + 1)
        if period is not None:  # "twice a week": how often, a rate
            end = toks[i + 2].end
            return Quantity(t.start, end, num.MULTIPLES[w], unit=f"times/{period}"), i + 3
        # "was twice denied a visa", "won it twice": a count of times, as «дважды» is
        return Quantity(t.start, t.end, num.MULTIPLES[w], unit="times"), i + 1
    if w in ("double", "triple") and nxt not in ("as", "the", "that", "what"):
        return None
    if w in ("double", "triple") and i > 0 and toks[i - 1].lower in _MODALS:
        return None  # "vans that would double as offices": the verb
    if w in ("threefold", "fourfold", "fivefold", "tenfold") and nxt in ("", "."):
        pass
    q = Quantity(t.start, t.end, num.MULTIPLES[w], unit="times", relative=True)
    if w.endswith("ed"):
        q.change = "down" if w == "halved" else "up"
    return q, i + 1


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
    """Index of the "to" that closes "from X <when> to Y" ("from $36,040 at 10.45pm last night
    to $34,935"), when only a short time phrase (a year, a time of day, a month) lies between."""
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


_DIMENSIONS = words("wide long high deep tall thick across")
#: a country's dotted abbreviation, which the tokenizer splits into letters and stops: "U.S.",
#: "U.K.", "U.A.E."
_DOTTED_COUNTRY = re.compile(r"(?:[A-Z]\.){2,3}")


_PERIODS = frozenset({"year", "month", "week", "day", "night", "hour", "minute", "second"})


def _ratio_after_in(
    sentence: str, toks: list[Token], j: int, value: float
) -> tuple[float, int] | None:
    """ "one in five adults", "3 in 10 voters": a share as two counts.  Not "5 in 2020" (a
    year), nor "3 in 10 minutes" (a time), nor "2 in the final"."""
    whole = _number_at(sentence, toks, j + 1)
    if whole is None or whole[1] is not None or not value.is_integer() or value < 1:
        return None
    den, _, after, _ = whole
    t = toks[j + 1]
    if den <= value or (t.kind == "num" and 1800 <= den <= 2100 and "," not in t.text):
        return None
    if _unit_at(sentence, toks, after) is not None or (
        after < len(toks) and toks[after].lower in num.SCALES
    ):
        return None
    return value / den, after
