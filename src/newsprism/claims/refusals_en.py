"""Refusals: a number in an English sentence that is not a claim the article makes.

Dates ("March 14", "since 1985"), times, ordinals ("3rd"), decades ("1990s"), numbers inside names
("Covid-19", "Airbus A320", "iPhone 11", "FTSE 100"), codes and house numbers, page and section
numbers, ages in apposition, and number words that only determine a noun (see
:mod:`.determiners_en`).  Each refusal is one named check, kept apart from the grammar of
:mod:`.quantities_en` so both read in one sitting; :func:`not_a_claim` asks them in order, the
numbers that name in :mod:`.refusals_names_en`, the dates in :mod:`.refusals_dates_en` and the
number words in :mod:`.refusals_words_en`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import currencies_data
from .lexicon_en import MONTHS, STOP
from .nlp import singular
from .quantity import Quantity, Tag
from .refusals_dates_en import INVARIANT_PLURALS, dated
from .refusals_names_en import hyphen_chain, in_code, in_name_context, list_enumerator, named
from .refusals_words_en import number_word
from .tokens import Token, words
from .units import CURRENCY_PREFIXES, lookup_en

__all__ = ["CURRENCIES", "in_name_context", "not_a_claim"]

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
    if list_enumerator(sentence, toks, i, j, q) or hyphen_chain(toks, i):
        return True
    if t.kind == "num" and in_code(toks, i):
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
    refused = named(sentence, toks, i, q, measured=measured, money=money)
    if refused is not None:
        return refused
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
        if head.isalpha() and singular(head) == head and head not in INVARIANT_PLURALS:
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
            and head not in INVARIANT_PLURALS
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
    if dated(sentence, toks, i, q, prev, nxt, measured=measured, money=money):
        refused = True
    else:
        refused = number_word(sentence, toks, i, j, q, prev)
    if refused is not None:
        return refused
    return in_name_context(toks, i, measured=measured, bare=q.unit is None)


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
