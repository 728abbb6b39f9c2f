"""Refusals: a number in an English sentence that is not a claim the article makes.

Dates ("March 14", "since 1985"), times, ordinals ("3rd"), decades ("1990s"), numbers inside names
("Covid-19", "Airbus A320", "iPhone 11", "FTSE 100"), codes and house numbers, page and section
numbers, ages in apposition, and number words that only determine a noun (see
:mod:`.determiners_en`).  Each refusal is one named check, kept apart from the grammar of
:mod:`.quantities_en` so both read in one sitting.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping

from . import currencies_data
from .determiners_en import STRESSED_ONE, only_determines
from .implicit_en import age as implicit_age
from .lexicon_en import (
    MONTHS,
    NOT_AFTER_ONE,
    QUALIFIERS,
    STOP,
    WEEKDAYS,
    is_numbered,
)
from .nlp import singular
from .quantity import Quantity, Tag
from .rules_en import ADV, AUX, VERB
from .tokens import Token, number_value, words
from .units import CURRENCY_PREFIXES, EN_UNITS, lookup_en

#: what names an anniversary after a length of time: "100-year anniversary"
_ANNIVERSARY = re.compile(r"[\s-]*(?:anniversary|anniversaries|jubilee)\b", re.IGNORECASE)


#: "the top", "a top" just before a number
_TOP_RANK_BEFORE = re.compile(r"\b(?:the|a)\s+top\s+$", re.IGNORECASE)
#: what ends a rank's bracket: the clause, or the word "list"
_RANK_END = re.compile(r"\s*(?:[.,;:!?)]|$|lists?\b)")


def _is_figure_token(t: Token) -> bool:
    from .numbers_en import word_value

    if t.kind == "num":
        # a year before a figure dates it ("in 2019 5,000 people"), it counts nothing
        return not re.fullmatch(r"(?:1[89]|20)\d\d", t.text)
    return t.kind == "word" and word_value(t.lower) is not None


#: nouns whose plural is their singular: "2,000 staff", "1,500 police"
_INVARIANT_PLURALS = words(
    "staff personnel police people cattle sheep fish deer aircraft crew troops livestock "
    "offspring series species"
)
#: bounds only a count takes (no one writes "nearly 2019" or "at least 2020" for a year):
#: after one of them a year-like number is a count even with no noun ("nearly 2012 voted")
_COUNT_ONLY_BOUNDS = frozenset(
    {"nearly", "almost", "more than", "at least", "fewer than", "less than", "no fewer than"}
    | {"as many as", "some", "an estimated", "estimated", "upwards of", "no more than"}
)
_CALL_VERBS = words("call calls called calling phone phoned phoning dial dialled dialed ring rang")
_CALL_NOUNS = words(
    "call calls caller callers dispatcher dispatchers dispatch operator operators emergency line"
)
_PERIOD_ORDINALS = words(
    "first second third fourth last final latter former opening closing early late previous next"
    # a part named by its place is not a share either: "the top half of the bread"
    " top bottom upper lower front back other"
)


def not_a_claim(
    sentence: str, toks: list[Token], i: int, j: int, q: Quantity, tags: Mapping[int, Tag] | None
) -> bool:
    """Dates, times, ordinals, numbers in names, phone/page/section numbers, ages in passing."""
    t = toks[i]
    n = len(toks)
    nxt = toks[j] if j < n else None
    prev = toks[i - 1] if i > 0 else None
    value = q.value
    money = q.unit is not None and q.unit.split("/")[0] in CURRENCIES
    measured = q.unit is not None and (money or lookup_en(q.unit) is not None or q.unit in _CANON)
    # "the first half of 2025", "the second quarter", "the last third of the season": a period
    if q.unit == "fraction" and prev is not None and prev.lower in _PERIOD_ORDINALS:
        return True
    if q.unit in ("st", "nd", "rd", "th"):
        return True  # "on October 16-17th": an ordinal's ending read after a range of days
    if prev is not None and prev.lower == "per" and not q.qualifier and not money:
        # "every robot added per 1,000 human workers": the base of a rate whose count is not a
        # number ("5.6 per 100,000 residents" reads the base as the unit of the 5.6)
        return True
    if _enumerator(sentence, toks, i, j, q) or _hyphen_chain(toks, i):
        return True
    if t.kind == "num" and _in_code(toks, i):
        return True
    if (
        q.unit == "pence"
        and i + 1 < n
        and toks[i + 1].glued
        and toks[i + 1].lower in ("p", "i")
        and toks[i].text.isdigit()
        and value in _VIDEO_LINES
        and _VIDEO_WORDS.search(sentence) is not None
    ):
        # "a 1080p display", "720p video": a video format named by its lines — only where the
        # sentence speaks of pictures, for "shares closed at 480p" is a price in pence
        return True
    # a reporting window, not a duration: "in the 13 weeks to 30 December", "the 12 months to March"
    if (
        q.unit in ("week", "month", "year")
        and nxt is not None
        and nxt.lower in ("to", "ending", "through")
    ):
        ahead = [x.lower.rstrip(".") for x in toks[j + 1 : j + 4]]
        if any(a in MONTHS for a in ahead):
            return True
    if (
        t.kind == "num"
        and prev is not None
        and not t.glued
        and _is_figure_token(prev)
        and not (measured and not money and not (i + 1 < n and toks[i + 1].text == "/"))
    ):  # a measure after a count is one: "two 120 mm rounds", "two 222mL cans" (not the
        # fraction of a mixed number: "1 1/2-inch")
        return True  # a model after a count: "300 A321neo jets", "five 787 Dreamliners"
    if t.kind == "num":
        # generations and formats named by a number: "5G", "4K", "3D"
        after_num = toks[i + 1] if i + 1 < n else None
        if (
            after_num is not None
            and after_num.glued
            and after_num.text in ("G", "K", "D")
            # the digits' own value ("4" of "4K"; ``value`` has the K's thousand in it), read
            # as a number token is: "1,000K" has a thousands separator
            and number_value(t, "en").is_integer()
            and number_value(t, "en") <= 8
        ):
            return True
        after = toks[i + 1] if i + 1 < n else None
        if (
            prev is not None
            and prev.text == "-"
            and prev.glued
            and t.glued
            and i > 1
            and toks[i - 2].lower in ("under", "over")
            and after is not None
            and after.glued
            and after.lower in ("s", "'s", "’s")
            and q.value.is_integer()
            and 0 < q.value < 100
        ):
            # "a ban on adverts to under-16s", "free travel for over-60s": the people of an age
            # bound, named by it (an age bound, as "children under 16" is)
            q.unit, q.qualifier = "years old", toks[i - 2].lower
            q.change = "<" if q.qualifier == "under" else ">"
            # the figure is the bound and its "s": a noun reading that ran on ("the over-50s
            # club met", "England's under-21s beat Spain") counted words that are not its own
            q.end = after.end
            q.noun_start = q.noun_end = None
            return False
        # ordinals "3rd", "96th-minute"; decades "1990s"; times "5am"
        if (
            after is not None
            and after.glued
            and after.lower in ("st", "nd", "rd", "th", "s", "am", "pm", "ers")
            and not (after.text == "s" and q.unit == "second")  # "0.363s": read as seconds
        ):  # "the 49ers", "76ers": a team's name
            return True
        if after is not None and after.glued and re.fullmatch(r"(st|nd|rd|th)-.*", after.lower):
            return True
        if (
            after is not None
            and after.glued
            and after.kind == "word"
            and after.text.isupper()
            and i + 2 < n
            and toks[i + 2].glued
            and toks[i + 2].kind == "num"
        ):
            return True  # a code: "M21 9AB", "9AB8"
        if (
            q.unit is None
            and after is not None
            and after.glued
            and after.kind == "word"
            and len(after.text) == 1
            and after.text.isupper()
        ):
            return True  # a class or a label read as no unit: "6A", "Pad 39A"
        if (
            after is not None
            and after.glued
            and after.kind == "word"
            and len(after.text) > 2
            and after.text[0].isupper()
            and after.text[1:].islower()
            and lookup_en(after.lower) is None
            and (q.unit is None or q.noun_start is not None)
        ):
            # a number glued to a capitalised word is a name or a list's number run into its
            # line ("3Com", "1Heat the oven"), not a count ("10Gbps" is a unit: read)
            return True
        if prev is not None and prev.text == "-" and i > 1 and toks[i - 2].lower == "sub":
            q.qualifier, q.change = "sub-", "<"  # "sub-7 nanometer"
            return False
        # names: "A320", "G7", "Covid-19", "TPP-11", "F-35"; not a dimension's second side
        # ("a 13x9 pan": the "x" between two numbers is "by")
        if prev is not None and t.glued and prev.kind == "word" and not _times_sign(toks, i - 1):
            return True
        if (
            prev is not None
            and t.glued
            and prev.text in "-–"
            and i > 1
            and toks[i - 2].kind == "word"
            and prev.glued
            and toks[i - 2].lower != "minus"
        ):
            return True
    if (
        t.text in "-−"
        and prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and i + 1 < n
        and toks[i + 1].glued
    ):
        return True  # "COVID -19"
    # a model or a name, not a count: "787 Dreamliner", "90049 ZIP Code", "4 Started"
    if (
        t.kind == "num"
        and q.noun_start is not None
        and sentence[q.noun_start : q.noun_end].split()[-1].istitle()
        and not sentence[q.noun_start : q.noun_end].endswith("s")
    ):
        return True
    if q.relative or money or q.unit in ("%", "pp", "bp"):
        return in_name_context(toks, i, measured=True)
    # a count agrees with its number: after a year-like number a singular noun is dated by it,
    # not counted ("the 2020 class", "its 2019 budget"; "2020 classes" would be a count)
    if (
        t.kind == "num"
        and q.noun_start is not None
        and value.is_integer()
        and 1900 <= value <= 2100
        and re.fullmatch(r"\d{4}", t.text)
    ):
        head = sentence[q.noun_start : q.noun_end].split()[-1].lower()
        head = head.replace("’", "'").removesuffix("'s")  # "the 2014 season’s games"
        if head.isalpha() and singular(head) == head and head not in _INVARIANT_PLURALS:
            return True
    # a count agrees with its number too after "the": "the 102 precinct", "the 405 freeway",
    # "the 7 train" name a thing by its number ("the 102 precincts" would count them)
    if (
        t.kind == "num"
        and q.noun_start is not None
        and value > 1
        and prev is not None
        and prev.lower == "the"
        and "," not in t.text
    ):
        head = sentence[q.noun_start : q.noun_end].split()[-1].lower()
        follow = re.match(r"\s*([A-Za-z]+)", sentence[q.noun_end :])
        if (
            head.isalpha()
            and singular(head) == head
            and head not in _INVARIANT_PLURALS
            and sentence[q.noun_start - 1 : q.noun_start] == " "  # not "the 131-page report"
            and " " not in sentence[q.noun_start : q.noun_end]  # "the 500 employee firm" counts
            # nor a compound modifier: "the 11 member trade agreement", "the 500 employee firm"
            and (follow is None or follow.group(1).lower() in STOP)
        ):
            return True
    # an order picks, it does not count: "the first three primary states", "the first two are"
    # ("the first six months" measures a period, and stays)
    # a number in digits ("the first 100 customers") is a figure a writer means to be checked
    if (
        prev is not None
        and prev.lower == "first"
        and t.kind == "word"
        and not measured
        and q.qualifier is None
    ):
        return True
    # emergency numbers: "called 911", "a 999 call", "the 911 dispatcher"
    if (
        t.kind == "num"
        and t.text in ("911", "999", "112", "000")
        and (
            (prev is not None and prev.lower in _CALL_VERBS)
            or (i + 1 < n and toks[i + 1].lower in _CALL_NOUNS)
        )
    ):
        return True
    # "fiscal year 2019 sales", "fiscal 2019", "FY 2020": the year a count belongs to
    if (
        t.kind == "num"
        and prev is not None
        and prev.lower in ("year", "fiscal", "fy")
        and value.is_integer()
        and 1900 <= value <= 2100
        and "," not in t.text
    ):
        return True
    # dates: "March 14", "14 March", "July 4, 2016", years
    if prev is not None and prev.text == "." and i > 1 and toks[i - 2].lower in MONTHS:
        prev = toks[i - 2]  # "Feb. 21"
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
    if (
        q.value_high is not None
        and t.kind == "num"
        and len(t.text) == 4
        and 1000 <= value <= 2100
        and value.is_integer()
        and not measured
    ):
        return True  # "2014-2017", "between 1600 and 1900"
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
        if q.unit is None and implicit_age(sentence, q) is None and not scaled and not ranged:
            # a number word that counts nothing: "the two met", "one said"; an age in words
            # ("aged eighteen", "when she was six") measures, and is named below
            return True
        if only_determines(toks, i, j, q):
            return True  # "the two men", "in one town": see determiners_en
    return in_name_context(toks, i, measured=measured, bare=q.unit is None)


#: qualifiers that are also prepositions of place or topic ("under", "about", "up to")
_PLACE_BOUNDS = words("under over about around above below beyond up to")
#: what a bound on "one" would have to measure for the bound to be one
_ONE_MEASURES = frozenset({"fraction", "times", "%", "pp"})
_MEASURE_UNITS = frozenset(EN_UNITS.values()) | frozenset(CURRENCY_PREFIXES.values())


def _in_code(toks: list[Token], i: int) -> bool:
    """Digits inside code or a formula the page shows in its text: an argument glued into a
    call ("confirm(30)", "sleep(5)"), a term or a power of a one-letter variable ("k+1", "r^2").
    Prose glues no number to a name this way; a count joined by "+" to another number ("2+1
    days") or a number after a name's plus sign and a space ("Brand+ 3 months") is left alone."""
    if i < 2 or not toks[i].glued:
        return False
    op, name = toks[i - 1], toks[i - 2]
    if not op.glued or name.kind != "word" or not name.text.isascii():
        return False
    if op.text == "(":
        # a call: an identifier written as code names it (lower-case or camelCase, no space)
        return name.text[:1].islower() and (i + 1 >= len(toks) or toks[i + 1].text in "),")
    return op.text in "+^" and len(name.text) == 1 and name.text.isalpha()


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


#: every currency code: the signs written before a number and the CLDR's currencies
CURRENCIES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(currencies_data.CONTEXT)
_CANON = words(
    "% pp bp times point mile year month week day hour minute second km m cm mm kg g mg tonne "
    "ton lb oz l ml barrel gallon mph km/h °C °F degree kW MW GW W kWh GWh hp GB TB MB ft "
    "inch yard years old months old"
)


#: the line counts that name video formats ("480p", "1080p", "1080i", "2160p")
_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
#: the words that say a sentence is about pictures, where "720p" is a format and no price
_VIDEO_WORDS = re.compile(
    r"\b(?:video|videos|display|displays|screen|screens|resolution|stream|streams|streaming|"
    r"footage|camera|cameras|television|tv|hd|monitor|monitors|projector|playback|film|films|"
    r"movie|movies|record|records|recording|recorded|youtube|pixels?|webcam|format|formats)\b",
    re.I,
)


def _enumerator(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """ "(1) the income forgone … and (2) additional outlays": a small integer alone in
    brackets, with its neighbour in the count also bracketed in the sentence, numbers the items
    of a list run into one sentence; it counts nothing."""
    t = toks[i]
    if (
        t.kind != "num"
        or q.unit is not None
        or not q.value.is_integer()
        or not 1 <= q.value <= 20
        or i == 0
        or toks[i - 1].text != "("
        or j >= len(toks)
        or toks[j].text != ")"
        or j != i + 1
    ):
        return False
    v = int(q.value)
    return bool(re.search(rf"\(\s*(?:{v - 1}|{v + 1})\s*\)", sentence))


def _hyphen_chain(toks: list[Token], i: int) -> bool:
    """ "Tri-City (12-6-2)", "a 10-4-1 record": three or more integers joined by hyphens with
    nothing between them are a record or a score (wins, losses, draws), not a range."""
    n = len(toks)
    a = i
    while a >= 2 and toks[a - 1].text == "-" and toks[a - 1].glued and toks[a - 2].kind == "num":
        a -= 2
    b = i
    while b + 2 < n and toks[b + 1].text == "-" and toks[b + 1].glued and toks[b + 2].kind == "num":
        if not toks[b + 2].glued:
            break
        b += 2
    if b - a < 4:
        return False
    return all(toks[k].kind == "num" and toks[k].text.isdigit() for k in range(a, b + 1, 2))


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
        or word in _INVARIANT_PLURALS
    )


def _vulgar(text: str) -> bool:
    """A vulgar fraction character ("½"): a number, not a number word that may only determine."""
    return len(text) == 1 and unicodedata.category(text) == "No"


#: nouns a number word after them indexes, never counts ("category four", "chapter two"): the
#: names of a thing's place in a series.  Not "season", "game", "round", "level" or "stage",
#: which a count may follow ("finished the season two goals clear")
_INDEXED_BY_WORD = words(
    "category chapter article section clause paragraph episode volume grade phase version "
    "channel platform terminal gate act verse amendment figure table tier division apartment "
    "room route highway interstate exit"
)


#: words that open a sentence before a figure without naming anything: the figure after them
#: counts ("Another 20 were hurt", "Of 40 applicants …", "All 12 survived")
_OPENERS = words(
    "a an the in on at by for from to of with about around nearly almost some only just over "
    "under up down another all each every both these those this that its their his her our my "
    "your we they he she it i you there here after before since until till than between among "
    "within without per plus minus and or but so yet if when while as because though although "
    "whether where what which who how why then now also even still roughly approximately "
    "perhaps maybe exactly barely more less fewer most least many few several no none once "
    "nearly"
)


#: an adverb opening a sentence ("Fully", "Sadly", "Separately"): no product is named so
_ADVERB_ENDING = re.compile(r"^[a-z]{3,}ly$")


def _times_sign(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is the "x" of a dimension between two numbers: "13x9", "12 x 14"."""
    return (
        toks[k].lower in ("x", "×")
        and 0 < k < len(toks) - 1
        and toks[k - 1].kind == "num"
        and toks[k + 1].kind == "num"
    )


def _written_as_name(word: str) -> bool:
    """A capital where prose writes none: the first letter, the second ("iPhone", "eBay"), or
    after a hyphen ("post-COVID")."""
    return (
        word[0].isupper()
        or (len(word) > 1 and word[1].isupper())
        or bool(re.search(r"-[A-Z]", word))
    )


def _capital_inside(word: str) -> bool:
    """A capital after a small letter ("iPhone", "PlayStation", "MacBook"): a name's spelling,
    which a sentence's first word keeps as any other word does ("iPhone 15 sales fell")."""
    return re.search(r"[a-z][A-Z]", word) is not None


def _brand_counts(toks: list[Token], i: int) -> bool:
    """A brand's count, not its version: an owner's figure ("YouTube's 2 billion users",
    "McDonald's 40,000 restaurants"), or a figure with a scale word or in thousands before
    what it counts ("PepsiCo 300,000 employees") — a version is a short number ("PlayStation
    5 shipments", "Xbox 360 games")."""
    if re.search(r"['’]s$", toks[i - 1].text):
        return True
    if i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    from .numbers_en import SCALES  # numbers_en imports this module's lexicon in turn

    nxt = toks[i + 1].lower
    if nxt in SCALES:
        return True
    return (
        bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+", toks[i].text))
        and nxt.isalpha()
        and singular(nxt) != nxt
    )


def _opens_with_name(toks: list[Token], i: int) -> bool:
    """The figure stands second in its sentence, after a capitalised word that is no word
    prose opens a sentence with, and nothing follows it that it counts or measures (the
    caller says the figure is bare): a product and its version ("Firefox 133 is …", "Kubernetes
    1.31, the latest"), a name with a number ("Area 5 —").  A lower-case word or a full stop
    after a sentence-opening verb would be read by the other rules; only the first word of
    the sentence is asked about here."""
    prev = toks[i - 1]
    if prev.lower in _OPENERS or not prev.text[:1].isalpha() or re.search(r"['’]", prev.text):
        return False  # "You're 30", "It's 5": a pronoun and its verb; "Acme's 12": an owner
    if prev.lower in ADV or _ADVERB_ENDING.search(prev.lower):
        return False  # "Today 5 remain in hospital", "Fully 40 voted against": an adverb
    if not re.fullmatch(r"\d+(?:\.\d+)?", toks[i].text) or i + 1 >= len(toks):
        return False  # "Pour 2/3 of the milk", "Makes 6.": a verb's amount, not a version
    nxt = toks[i + 1]
    # the name and its number are the subject: a verb, an adverb or a clause's punctuation
    # follows ("Photoshop 2 was sold …", "Kubernetes 1.31, the latest …", "Area 5 — …"); after
    # an imperative the amount's "of" or its noun follows instead
    if nxt.text in (",", "—", "–", ":", ";", "("):
        return True
    return nxt.kind == "word" and (
        nxt.lower in AUX or nxt.lower in ADV or nxt.lower in VERB or nxt.lower.endswith("ed")
    )


def _owner_or_rank_count(toks: list[Token], i: int) -> bool:
    """An owner's count ("Smith's 40 paintings", "Gaga's 50 selfies") or a rank word's ("The
    Top 200 insurers"): the capital before the number is a name that owns, or a sentence's
    first word, and a plural noun in small letters after the number is what it counts (a
    title goes on in capitals: "Rolling Stone's 500 Greatest Albums")."""
    prev = toks[i - 1]
    if not (re.search(r"['’]s$", prev.text) or prev.lower == "top"):
        return False
    for t in toks[i + 1 : i + 4]:
        if t.kind != "word" or not t.text[:1].islower() or t.lower in _NOT_COUNTED_AFTER:
            return False
        if singular(t.lower) != t.lower:
            return True
    return False


#: words after an owner's number that are no counted noun: "Smith's 40 is a record"
_NOT_COUNTED_AFTER = words("is was has does says its this his as us")


def in_name_context(toks: list[Token], i: int, *, measured: bool, bare: bool = False) -> bool:
    """ "Game 7", "FTSE 100", "page 12", "418 Kestrel Avenue": a number that names, not counts."""
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and t.kind == "word" and prev.lower in _INDEXED_BY_WORD and not measured:
        return True  # "a category four storm", "chapter two", "phase three"
    if prev is None or t.kind != "num":
        return False
    if prev.text == "." and i > 1 and is_numbered(toks[i - 2].text):
        return True  # "No. 12", "p. 4"
    if is_numbered(prev.text) and not measured:
        return True
    if prev.text in ("#", "№"):
        return True  # "#4", "№ 12"
    if (  # noqa: SIM103 - one refusal per `return True`, which the ablation benchmark switches
        not measured
        and prev.kind == "word"
        and _written_as_name(prev.text)
        and (
            i > 1
            or (_capital_inside(prev.text) and not _brand_counts(toks, i))
            or (bare and not toks[i].glued and _opens_with_name(toks, i))
        )
        and prev.lower not in QUALIFIERS
        and prev.lower
        not in ("about", "around", "nearly", "almost", "some", "only", "just", "over", "under")
        and prev.lower.rstrip(".") not in MONTHS
        and prev.lower not in WEEKDAYS
        and not _owner_or_rank_count(toks, i)
    ):
        return True  # "iPhone 11", "Game 7", "Lang 20", "post-Brexit 2"
    # a house number ("418 Kestrel Avenue") is refused in not_a_claim, as a number before a name
    return False
