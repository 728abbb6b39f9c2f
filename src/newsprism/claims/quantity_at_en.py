"""One figure at a position: ``[currency] number [multiplier] [unit] [rate] [– number …]``.

:func:`_quantity_at` puts together what the other modules read (the number and unit in
:mod:`.number_unit_en`, a rate in :mod:`.rates_en`, a range in :mod:`.ranges_en`) with the
compound forms read here: "a two-year deal", "half a million", "one in five".  Part of
:mod:`.quantities_en`, split out so each reads in one sitting.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import numbers_en as num
from .halves_en import _half_unit
from .lexicon_en import STOP, TIMES_NEXT
from .nouns_en import CLOSING_MARKS, OPENING_MARKS, counted_noun, plural_form
from .number_unit_en import (
    _currency_prefix,
    _demonym_after,
    _money_after_of,
    _multiplier,
    _number_at,
    _opened_by_from,
    _pound,
    _unit_at,
    hyphenated_unit,
)
from .qualify_en import qualify
from .quantity import Quantity, Tag
from .ranges_en import _hyphenated_odds, _range_tail
from .rates_en import (
    _PERIODS,
    _how_often,
    _multiple,
    _per,
    _per_adverb,
    _per_after_of,
    _per_count,
    _rate_across_verb,
    _rate_within_reach,
)
from .refusals_en import CURRENCIES
from .tokens import Token, words
from .units import lookup_en, rate_unit


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
    """ "between 30 and 40 on the GPa scale": the unit named by the scale the figure is read on.
    Read only when the scale is a unit (the Richter scale is a name, not a unit)."""
    if j + 3 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower == "the":
        found = _unit_at(sentence, toks, j + 2)
        if found and found[1] < len(toks) and toks[found[1]].lower == "scale":
            return found[0], found[1] + 1
    return None


def _plain_noun(noun: list[Token]) -> bool:
    """A counted noun phrase with no number word in it ("portions", "cups"; not a misread
    "pour millions"): a rate may reach over the "of" phrase after it."""
    return not any(num.word_value(t.lower) is not None or t.lower in num.VAGUE for t in noun)


def _hyphen_plus(toks: list[Token], j: int) -> bool:
    """ "30-plus years": "-plus" glued to a number bounds it from below, as "30+" does."""
    return (
        j + 2 < len(toks)
        and toks[j].text == "-"
        and toks[j].glued
        and toks[j + 1].lower == "plus"
        and toks[j + 1].glued
        and toks[j + 2].kind == "word"
    )


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
        if plus_at < 0 and _hyphen_plus(toks, j):
            plus_at, at = j, j + 2  # "30-plus years", "a 20-plus year career": the same bound
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
            # a speed by its symbol however the rate is written: "120 km per hour" / "an hour"
            # as "km/h", so it agrees with "kph" here and with Russian «км в час»
            unit = rate_unit(unit, per[0])
            j = end_j = per[1]
            then = (
                _per(sentence, toks, j, tags)
                if j < n and toks[j].lower in ("per", "every", "each", "/")
                else None
            )
            if then and (then[0] in _PERIODS) != (per[0] in _PERIODS):
                # "40 litres per person per day", "$6/seat per month", "200 mg/kg/day": a rate
                # over a population or a thing, then over a period, or the period first ("$4,000
                # a year per student"); both denominators make the figure
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
            # "7 billion shekels ($1.9 billion) a year": the rate reaches over a conversion in
            # brackets; the bracketed figure stays a figure of its own
            close = next((k for k in range(j + 1, min(j + 12, n)) if toks[k].text == ")"), None)
            after_i = close + 1 if close is not None else n
            after = toks[after_i] if after_i < n else None
            per = _per(sentence, toks, after_i, tags) if after and after.text != "/" else None
            if per:
                unit = rate_unit(unit, per[0])
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
        # read at the number, before the noun or the scale; written as the writer did
        plus = sentence[toks[plus_at].start : toks[plus_at + 1].end] if plus_at >= 0 else "+"
        q.qualifier, q.change = ("+" if plus.startswith("+") else "plus"), ">"
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
