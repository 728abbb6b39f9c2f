"""Figures in an English sentence: ``[qualifier] [currency] number [multiplier] [unit] [– number …]``.

Rules, not a model: each step below is one reading of news prose, and every refusal (a date, a
time of day, an ordinal, a number inside a name such as "Covid-19" or "Airbus A320", a phone
number, a page or section number) is a named check in :func:`.refusals_en.not_a_claim`.

The parts read in their own modules: one figure at a position (:mod:`.quantity_at_en`), the
number and the unit after it (:mod:`.number_unit_en`), the denominator of a rate
(:mod:`.rates_en`), the second end of a range (:mod:`.ranges_en`), halves (:mod:`.halves_en`),
the counted noun phrase (:mod:`.nouns_en`), qualifiers and change verbs (:mod:`.qualify_en`),
spans where nothing is read — scores, tallies, times, spans of years (:mod:`.masks_en`).  This
module reads the sentence left to right and keeps what is a figure.

``tags`` optionally maps a token's start offset to its (universal POS, lemma) from a tagger; with
it the counted noun after a bare number ("13,000 workers") is found by part of speech, without
it by a short stop-word rule.
"""

from __future__ import annotations

import re
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
from .halves_en import _half_of_unit
from .implicit_en import gapped, implicit_units
from .lexicon_en import STOP, is_numbered
from .masks_en import masked_spans
from .nouns_en import measure_compound, plural_form
from .number_of_en import number_of_units
from .number_unit_en import _vulgar_char, hyphenated_unit
from .quantity import Quantity, Tag
from .quantity_at_en import _quantity_at
from .refusals_en import in_name_context, not_a_claim
from .sharing_en import OWN_FRAME, gap_unit, levels, listed_after
from .tokens import Token, tokenize
from .units import CURRENCY_PREFIXES, lookup_en

#: the public names, as before the module was split
__all__ = ["find", "hyphenated_unit"]


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
