"""Refusals of numbers that date rather than count: years ("since 1985", "the July 2021
riots", "its 2019 results"), days of a month ("May 2 to 5"), spans of years ("2014-2017"),
anniversaries, a whole turn ("a 360-degree view") and a rank's bracket ("the top 10").  Part of
:func:`.refusals_en.not_a_claim`.
"""

from __future__ import annotations

import bisect
import re

from .lexicon_en import DOWN, MONTHS, UP
from .nlp import singular
from .quantity import Quantity
from .tokens import Token, words

#: what names an anniversary after a length of time: "100-year anniversary"
_ANNIVERSARY = re.compile(r"[\s-]*(?:anniversary|anniversaries|jubilee)\b", re.IGNORECASE)


#: "the top", "a top" just before a number
_TOP_RANK_BEFORE = re.compile(r"\b(?:the|a)\s+top\s+$", re.IGNORECASE)
#: what ends a rank's bracket: the clause, or the word "list"
_RANK_END = re.compile(r"\s*(?:[.,;:!?)]|$|lists?\b)")
#: nouns whose plural is their singular: "2,000 staff", "1,500 police"
INVARIANT_PLURALS = words(
    "staff personnel police people cattle sheep fish deer aircraft crew troops livestock "
    "offspring series species"
)
#: bounds only a count takes (no one writes "nearly 2019" or "at least 2020" for a year):
#: after one of them a year-like number is a count even with no noun ("nearly 2012 voted")
_COUNT_ONLY_BOUNDS = frozenset(
    {"nearly", "almost", "more than", "at least", "fewer than", "less than", "no fewer than"}
    | {"as many as", "some", "an estimated", "estimated", "upwards of", "no more than"}
)

#: "360-degree view", "180-degree turn": a turn written as a compound adjective before a noun
_WHOLE_TURN = re.compile(r"(?:180|360)[-\u2010\u2011]degrees?\s+(?!angles?\b)[a-z]", re.IGNORECASE)

#: possessives before a year-like number make it the year of what follows ("its 2019 results")
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your", "fiscal"})
#: a determiner right after a year's "plural" shows the plural was a verb with an object
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})


#: words that pick out of a kind rather than count, before a year and a plural ("what 2025
#: trends", "the 2024 elections"), and the determiners before an adjective there ("the most
#: impressive 2025 releases", "the new 2025 models").  Not "this" or "that": a singular
#: demonstrative never determines a plural, so before "2014 households" it is a conjunction or a
#: pronoun ("said that 2014 households were without power" counts)
_PICKING = frozenset({"the", "what", "which", "whose", "these", "those"})
_BEFORE_ADJECTIVE = _PICKING | _OWNERS | frozenset({"most", "best", "top"})


def _dating_determiner(toks: list[Token], i: int) -> bool:
    """A year (no comma, not a round hundred) between a picking determiner, or a determiner and
    an adjective, and a plural dates what the plural names: a count of two thousand-odd things
    is written with its comma or its own determiner ("some 2,025 people")."""
    prev = toks[i - 1]
    if prev.lower in _PICKING:
        # ", which 2014 volunteers rebuilt": after a comma "which" opens a clause, not a pick
        return not (prev.lower == "which" and i > 1 and toks[i - 2].text == ",")
    return (
        i > 1
        and prev.kind == "word"
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in _NOT_ADJECTIVES
        and toks[i - 2].lower in _BEFORE_ADJECTIVE
    )


#: words after "the" that bound or count rather than describe ("the nearly 2025 voters")
_NOT_ADJECTIVES = frozenset(
    {"nearly", "almost", "about", "around", "some", "over", "under", "roughly", "only", "just"}
)


def _plural_noun(word: str) -> bool:
    """ "customers", "schoolchildren", "women": a plural, which a year never dates."""
    return (
        word.endswith("s")
        or singular(word) != word
        or word.endswith(("children", "people", "men"))
        or word in INVARIANT_PLURALS
    )


#: verbs that reach a level without being verbs of change in amount ("hit 1,150")
_REACH = words("reach reached reaches reaching hit hits hitting top topped tops")
#: the hand-kept verbs of a change in amount (WordNet's wider list holds "extend" and "slow",
#: which reach dates: "extended to 2030"); particles and adverbs are no verbs
_LEVEL_VERBS = (UP | DOWN) - words("up down higher added lower ease eased eases easing retreat")
#: what may follow a level: punctuation, or a word that opens what comes after the figure
_AFTER_LEVEL = words(
    "in on at by and or but as after before last this since from with while when to for over"
)


def level_of_change(toks: list[Token], i: int) -> bool:
    """Whether the number at ``toks[i]`` is a level a change verb reaches: "rose to N", "reached
    N", "fell from N to M" (either end).  A range of years goes up, so a pair that falls is never
    one; a rising pair of recent years stays years ("grew from 2010 to 2015")."""
    k = i - 1
    if k < 0:
        return False
    if i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].lower not in _AFTER_LEVEL:
        return False  # "rose to 2019 levels": a year naming what follows
    here = toks[i]
    if (
        toks[k].lower == "to"
        and k >= 2
        and toks[k - 1].kind == "num"
        and toks[k - 2].lower == "from"
    ):
        # the far end of "from N to M": the change stands before "from"
        low, k = toks[k - 1], k - 2
        if not _not_years(_value(low), _value(here)):
            return False
    elif toks[k].lower == "from":
        if not (
            i + 2 < len(toks)
            and toks[i + 1].lower == "to"
            and toks[i + 2].kind == "num"
            and _not_years(_value(here), _value(toks[i + 2]))
        ):
            return False
    elif toks[k].lower in _REACH:
        return True
    elif toks[k].lower != "to":
        return False
    # the change verb a few words before: "rose to", "has risen sharply to"
    for b in range(k - 1, max(-1, k - 4), -1):
        if toks[b].kind == "num" or toks[b].text in ",;:.()—–":
            return False
        if toks[b].lower in _LEVEL_VERBS:
            return True
    return False


def _not_years(low: float | None, high: float | None) -> bool:
    """Whether "from ``low`` to ``high``" cannot be a span of recent years: it falls, or it
    starts before 1900 (a change verb's "grew from 1200 to 1800" is no span of centuries)."""
    if low is None or high is None:
        return False
    return high < low or not 1900 <= low <= 2100


def _value(t: Token) -> float | None:
    text = t.text.replace(",", "")
    return float(text) if re.fullmatch(r"\d+(?:\.\d+)?", text) else None


def dated(
    sentence: str,
    toks: list[Token],
    i: int,
    q: Quantity,
    prev: Token | None,
    nxt: Token | None,
    *,
    measured: bool,
    money: bool,
) -> bool:
    """A date, a year or a span of years, an anniversary, a whole turn or a rank's bracket:
    ``prev`` is the token before the number, or the month before "Feb."'s full stop, and
    ``nxt`` the token after the figure."""
    t = toks[i]
    n = len(toks)
    value = q.value
    # "the 100-year anniversary of the strike", "a 30 year anniversary": an anniversary dates
    # a day, it measures no length of time (ordinals and anniversaries are no claims)
    if q.unit in ("year", "month", "week", "day") and _ANNIVERSARY.match(sentence, q.end):
        return True
    # an idiom of measure: "a 360-degree view of every shopper", "a 180-degree turn on tax",
    # "a 360-degree camera": the whole or the half turn describes a kind, it measures no angle
    if (
        q.unit == "degree"
        and q.value in (180.0, 360.0)
        and q.value_high is None
        and _WHOLE_TURN.match(sentence, q.start)
    ):
        return True
    # "none of its phones broke the top 10.", "a top ten list": a rank's bracket, not a count
    # (a count after it stays: "the top four sides qualify")
    if (
        q.unit in (None, "list")
        and _TOP_RANK_BEFORE.search(sentence, 0, q.start)
        and _RANK_END.match(sentence, q.end)
    ):
        return True
    # "held from May 2 to 5": two days of a month joined by "to" are a span of dates, as
    # "May 2-5" is
    if (
        q.value_high is not None
        and q.unit is None
        and prev is not None
        and prev.lower.rstrip(".") in MONTHS
        and value <= 31
        and q.value_high <= 31
    ):
        return True
    if t.kind == "num" and value.is_integer() and q.value_high is None:
        if level_of_change(toks, i) and q.unit is None and not money:
            # a four-digit number is a year only in a year's context: the end a change verb
            # reaches is a level ("the toll rose to 1150", "fell from 1950 to 1700")
            return False
        if (
            prev is not None
            and prev.lower
            in ("in", "by", "since", "until", "till", "from", "during", "before", "after")
            and len(t.text) == 4
            and 1000 <= value <= 2999
            and not money
            and q.qualifier is None
        ):
            return True  # "by 2120", "since 1985"
        if (
            prev is not None
            and prev.lower in ("as", "when", "once", "while")
            and re.fullmatch(r"\d{4}", t.text)
            and 1900 <= value <= 2100
            and not money
            and q.qualifier is None
            and i + 1 < n
            and toks[i + 1].kind == "word"
            and toks[i + 1].lower.endswith("s")
            and (
                i + 2 >= n
                or toks[i + 2].kind != "word"
                or toks[i + 2].lower in ("to", "in", "on", "and", "with")
            )
        ):
            # "as 2031 nears", "when 2040 ends,": a year as the subject of its clause, a verb
            # after it ("as 1500 workers left" goes on with its own verb)
            return True
        if prev is not None and (prev.lower.rstrip(".") in MONTHS) and value <= 31:
            return True
        if (
            prev is not None
            and prev.text[:1].isupper()
            and prev.lower.rstrip(".") in MONTHS
            and re.fullmatch(r"\d{4}", t.text)
            and 1000 <= value <= 2100
        ):
            return True  # "the July 2021 riots": a month and its year date what follows
        if i + 1 < n and toks[i + 1].lower in MONTHS:
            return True
        counts_plural = q.noun_start is not None and _plural_noun(
            sentence[q.noun_start : q.noun_end].split()[-1].lower()
        )
        year_like = 1000 <= value <= 2100 and len(t.text) == 4
        if year_like and not measured and q.qualifier is None and not counts_plural:
            return True  # a year, unless it counts a plural noun: "1000 customers"
        # the readings below take a counted or qualified number for a year; a round hundred
        # (1900, 2000, 2100) is a count as often as a year ("its 2000 employees", "letters to
        # 2000 families this week", "rose to over 2000."), so they leave it a count
        recent_year = year_like and 1900 <= value <= 2100 and value % 100 != 0
        if (
            recent_year
            and not measured
            and not counts_plural
            and q.noun_start is None
            and (q.qualifier or "").lower() not in _COUNT_ONLY_BOUNDS
            and not (i + 1 < n and toks[i + 1].lower == "of")
        ):
            # a qualified year counts nothing either: "promises about 2020", "around 2019 it
            # changed" (a count with a bound names what it counts: "about 2020 people"; a
            # bound no year takes, or "of" after it, counts: "nearly 2012 of them voted")
            return True
        if (
            recent_year
            and counts_plural
            and prev is not None
            and (
                prev.lower in _OWNERS
                or (prev.kind == "word" and "-" in prev.text)
                or _dating_determiner(toks, i)
            )
        ):
            return True  # "its 2019 results", "third-quarter 2019 results": dated, not counted
        # the first token after the counted noun, by bisection (a scan from the sentence's
        # start for every figure was quadratic on a long unpunctuated text)
        after_noun = None
        if recent_year and counts_plural and q.noun_end is not None:
            k = bisect.bisect_left(toks, q.noun_end, key=lambda x: x.start)
            after_noun = toks[k] if k < n else None
        if (
            recent_year
            and counts_plural
            and after_noun is not None
            and after_noun.lower in _DETERMINERS
            and prev is not None
            and prev.lower in ("of", "for", "in", "the", "and", "from", "to", "by", "than")
        ):
            return True  # "2020 follows the tourism year": a year, then a verb and its object
        if (
            recent_year
            and not measured
            and q.noun_start is None
            and (q.qualifier or "").lower() in ("over", "since", "before", "after", "than")
            and (nxt is None or nxt.kind == "sym")
        ):
            return True  # "a 4% increase over 2018)": a year compared with, at a clause's end
        if (
            year_like
            and q.unit in ("day", "week", "month", "year")
            and q.qualifier is None
            and nxt is not None
            and nxt.kind == "word"
            and not nxt.glued
            and nxt.text.islower()
            and not _plural_noun(nxt.lower)
            and (prev is None or prev.lower not in ("a", "an"))
        ):
            return True  # a year before a singular unit of time: "World Cup 2018 day five"
        if year_like and q.noun_start is not None and sentence[q.noun_start].isupper():
            return (
                True  # the year of an event's name: "the 2024 Olympics", "2023 World Championships"
            )
    if (  # noqa: SIM103 - one refusal per `return True`, which the ablation benchmark switches
        q.value_high is not None
        and t.kind == "num"
        and len(t.text) == 4
        and 1000 <= value <= 2100
        and value.is_integer()
        and not measured
        and not level_of_change(toks, i)
    ):
        return True  # "2014-2017", "between 1600 and 1900"
    return False
