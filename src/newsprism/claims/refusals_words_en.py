"""Refusals of number words that count nothing: "the two met", "one said", "one day she left",
"their Six Nations campaign", "under one canopy" — and the readings that keep one ("one or two",
"the nine-strong committee", "Nine of the 27 leaders").  Part of :func:`.refusals_en.not_a_claim`.
"""

from __future__ import annotations

import re
import unicodedata

from .determiners_en import STRESSED_ONE, only_determines, pronominal_count
from .implicit_en import age as implicit_age
from .lexicon_en import NOT_AFTER_ONE
from .quantity import Quantity
from .tokens import Token, words
from .units import CURRENCY_PREFIXES, EN_UNITS, lookup_en


def number_word(
    sentence: str, toks: list[Token], i: int, j: int, q: Quantity, prev: Token | None
) -> bool | None:
    """A number word that only determines or names (True), one that states a figure (False), or
    neither decided here (None)."""
    t = toks[i]
    n = len(toks)
    nxt = toks[j] if j < n else None
    if t.kind == "word" and not _vulgar(t.text):
        w = t.lower
        if _capitalised_in_name(toks, i):
            return True  # "their Six Nations campaign", "the Three Lions", "the Big Ten"
        if q.unit is None and w.endswith("-strong"):
            return False  # "the nine-strong committee": a size, what is counted left unsaid
        if q.unit is None and _alternative(toks, i, j):
            return False  # "one or two will pop up", "it's five or six": either may hold
        if w == "one" and _placed_one(q):
            return True  # "under one canopy", "bolted up to one beam", "a chat about one of them"
        # "the one", "one said", "one day she left"; but a stressed or qualified "one"
        # measures: "only one week to fix it", "at least one time"
        stressed = q.qualifier or (prev is not None and prev.lower in STRESSED_ONE)
        if (
            w == "one"
            and (nxt is None or (i + 1 < n and toks[i + 1].lower in NOT_AFTER_ONE))
            and not stressed
            and not _offset(toks, i + 1)
        ):
            return True
        # a qualified scale ("more than a thousand", "nearly a million") states a figure
        scaled = q.qualifier is not None and q.value >= 100
        if q.unit is None and w != "one" and _part_of_a_figure(toks, j):
            return False  # a count out of a group: "Nine of the 27 EU leaders", "eight of its 10"
        # a range of two numbers states an amount even with its unit left out: "has grown
        # from five to 12"
        ranged = q.value_high is not None and nxt is not None and q.value_high != q.value
        if (
            q.unit is None
            and implicit_age(sentence, q) is None
            and not scaled
            and not ranged
            and not pronominal_count(toks, i, j)
        ):
            # a number word that counts nothing: "the two met", "one said"; an age in words
            # ("aged eighteen", "when she was six") measures, and is named below; a number
            # word whose noun is left out counts ("risen to seven", "four impressed")
            return True
        if only_determines(toks, i, j, q):
            return True  # "the two men", "in one town": see determiners_en
    return None


#: qualifiers that are also prepositions of place or topic ("under", "about", "up to")
_PLACE_BOUNDS = words("under over about around above below beyond up to")
#: what a bound on "one" would have to measure for the bound to be one
_ONE_MEASURES = frozenset({"fraction", "times", "%", "pp"})
_MEASURE_UNITS = frozenset(EN_UNITS.values()) | frozenset(CURRENCY_PREFIXES.values())


def _placed_one(q: Quantity) -> bool:
    """A "one" with a qualifier that doubles as a preposition of place or topic, counting a
    noun that is no measure: "the stalls sit under one canopy", "bolted up to one beam", "a chat
    about one of her early films", "tie string around one of the posts".  A bound on a single
    thing bounds nothing ("under one" of a count would be none), so the word is the
    preposition and the "one" the article-like "one" the determiner rule reads; a measure
    keeps it ("under one hour", "about one in five", "over one million")."""
    if q.qualifier is None or q.value != 1.0 or q.value_high is not None or q.relative:
        return False
    if " ".join(q.qualifier.lower().split()) not in _PLACE_BOUNDS | {"up to"}:
        return False
    unit = q.unit
    if unit is None or unit in _ONE_MEASURES or "/" in unit:
        return False
    return unit not in _MEASURE_UNITS and lookup_en(unit) is None


#: words after a period that make it the distance between two times
_OFFSET_WORDS = frozenset({"after", "before", "later", "earlier"})


def _offset(toks: list[Token], k: int) -> bool:
    """ "One day after the vote", "one day later": "one day" before a word of sequence is the
    time between two events, a duration as "two days after" is, not the "one day" of some
    day ("one day she left", "could one day stretch")."""
    return k + 1 < len(toks) and toks[k].lower == "day" and toks[k + 1].lower in _OFFSET_WORDS


def _part_of_a_figure(toks: list[Token], j: int) -> bool:
    """ "of the 27 EU leaders", "of its 10 stores", "two of their five away games": "of", a
    determiner, then another figure; or a group named by a pronoun ("four of those", "two of
    them"): a count out of a group, which the definition of a claim counts («два из них»)."""
    n = len(toks)
    if j >= n or toks[j].lower != "of":
        return False
    k = j + 1
    if k < n and toks[k].lower in _GROUP_PRONOUNS:
        return True
    if k < n and toks[k].lower in ("the", "its", "their", "his", "her", "our", "these", "those"):
        k += 1
    if k < n and toks[k].kind == "word" and toks[k].lower != "one":
        from .numbers_en import word_value

        return word_value(toks[k].lower) is not None
    # not a year: "day five of the 2018 World Cup"
    return k < n and toks[k].kind == "num" and not re.fullmatch(r"1\d{3}|20\d{2}", toks[k].text)


_GROUP_PRONOUNS = words("them those these us you whom which")
#: what may open a second alternative after a comma: "one regulator, maybe two"
_MAYBE = words("maybe perhaps possibly even")


def _is_number_word(tok: Token) -> bool:
    from .numbers_en import word_value

    return tok.kind == "num" or (tok.kind == "word" and word_value(tok.lower) is not None)


def _alternative(toks: list[Token], i: int, j: int) -> bool:
    """A number word one of two alternatives joined by "or" ("one or two", "five or six", "two,
    maybe three"): a writer's estimate of an amount whose unit is left out, which states a
    figure as a range does (docs/claims.md: alternatives are two figures).  Not after an article
    or a demonstrative: "the one or two indulgences" names things already in view."""
    n = len(toks)
    if (
        i >= 3
        and toks[i - 1].lower in _MAYBE
        and toks[i - 2].text == ","
        and any(_is_number_word(t) for t in toks[max(0, i - 5) : i - 2])
    ):
        return True  # "one regulator, maybe two"
    if j + 1 < n and toks[j].lower == "or" and _is_number_word(toks[j + 1]):
        first = i  # the first alternative: "one or two"
    elif i >= 2 and toks[i - 1].lower == "or" and _is_number_word(toks[i - 2]):
        first = i - 2  # the second: "or two"
    else:
        return False
    return first == 0 or toks[first - 1].lower not in ("the", "these", "those", "this", "that")


def _capitalised_in_name(toks: list[Token], i: int) -> bool:
    """A number word written with a capital inside a sentence, beside another capitalised word,
    is part of a name ("their Six Nations campaign", "the Three Lions", "Nine News", "the Big
    Ten"): prose writes a count in small letters.  Not at the start of a sentence or a quote,
    nor in a heading written in capitals throughout."""
    t = toks[i]
    if i == 0 or not t.text[:1].isupper() or t.text.isupper():
        return False
    prev = toks[i - 1]
    if prev.kind != "word":
        return False  # after a quote, a colon, a dash or a bracket a sentence may start
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    beside = (nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()) or (
        i > 1 and prev.text[:1].isupper() and toks[i - 2].kind == "word"
    )
    if not beside:
        return False
    # a heading in title case ("Four Killed In Crash") capitalises every word: not a name
    letters = [x for x in toks if x.kind == "word" and x.text[:1].isalpha()]
    capitalised = sum(x.text[:1].isupper() for x in letters)
    return capitalised <= 0.6 * len(letters)


def _vulgar(text: str) -> bool:
    """A vulgar fraction character ("½"): a number, not a number word that may only determine."""
    return len(text) == 1 and unicodedata.category(text) == "No"
