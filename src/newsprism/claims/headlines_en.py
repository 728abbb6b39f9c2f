"""Capitals that change what an English number is: a headline in title case, a title after a
number ("48 Hours", "127 Hours"), and "N years ago", which says when, not how long.

A headline capitalises every word, so the tagger reads its counted noun as a name ("7 (More)
Costly Mistakes …", "Sends A 3-Line Letter") and the stage missed it; the headline is read
case-folded instead.  In running prose the same capital on a measure word after a number marks
a title (a programme, a film, a book), not a measure.  "Twelve years ago" dates an event, as "in
2008" does (docs/claims.md, "What counts as a claim").
"""

from __future__ import annotations

import re

from .quantity import Quantity

#: words of four letters or more: short function words stay small in many headline styles
_WORD = re.compile(r"[^\W\d_]+")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
#: at least this many long words, all capitalised, make a title-case line
_MIN_LONG_WORDS = 4
#: long function words some headline styles leave small
_SMALL_IN_TITLES = frozenset(
    ["with", "from", "into", "over", "onto", "upon", "than", "that", "this", "about"]
)
#: measure words that, capitalised after a number in prose, are part of a title
_MEASURE_WORDS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "mile",
        "miles",
        "foot",
        "feet",
        "inch",
        "inches",
        "pound",
        "pounds",
        # "50 Cent": a capitalised coin after a number is a name
        "cent",
        "cents",
    ]
)
_TITLED_MEASURE = re.compile(r"\d\s+([A-Z][a-z]+)\b")
#: a time unit a figure can carry before "ago"
_TIME_UNITS = frozenset(
    ["second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"]
)
_AGO = re.compile(r"\s*ago\b", re.IGNORECASE)


def is_title_case(sentence: str) -> bool:
    """A line whose long words nearly all open with a capital (a headline)."""
    if len(_CAPITAL_WORD.findall(sentence)) < _MIN_LONG_WORDS:
        return False  # most sentences: too few capitals to be a headline
    words = _LONG_WORD.findall(sentence)
    # a headline is one short clause: a line of many commas is a list (of names, addresses)
    if len(words) < _MIN_LONG_WORDS or sentence.count(",") > 1:
        return False
    # every long word but a small function word ("with", "from") opens with a capital: a
    # sentence whose subject is a capitalised name ("the Great Ohio Festival sold out") does not
    return all(w[0].isupper() or w.lower() in _SMALL_IN_TITLES for w in words)


def reading_text(sentence: str) -> str:
    """The text the figures are read from: a title-case headline case-folded (same length, so
    every offset stays the sentence's), any other sentence as it is."""
    if not is_title_case(sentence):
        return sentence
    # an acronym keeps its capitals ("0.5 WAR", "FBI")
    folded = _WORD.sub(lambda m: m.group() if m.group().isupper() else m.group().lower(), sentence)
    return folded if len(folded) == len(sentence) else sentence


def says_when(
    sentence: str,
    q: Quantity,
    ago: re.Pattern[str] = _AGO,
    units: frozenset[str] = _TIME_UNITS,
) -> bool:
    """ "Twelve years ago", "almost three decades ago": a time before now, not a duration
    (``ago`` and ``units`` give another language's word and time units: «два года назад»)."""
    return q.unit in units and q.value_high is None and bool(ago.match(sentence, q.end))


def titled_measure(sentence: str, q: Quantity) -> bool:
    """ "on 48 Hours", "the film 127 Hours": a capitalised measure word after a number in a
    sentence that is not a headline is part of a title."""
    if q.unit is None:
        return False
    m = _TITLED_MEASURE.search(sentence, q.start, q.end)
    return (
        m is not None
        and m.group(1).lower() in _MEASURE_WORDS
        and m.end() <= q.end
        and not is_title_case(sentence)
    )


def refused(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` without the figures that say when or belong to a title."""
    return [q for q in quantities if not says_when(sentence, q) and not titled_measure(sentence, q)]
