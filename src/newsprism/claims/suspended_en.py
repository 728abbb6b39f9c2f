"""A suspended hyphen: "three- to four-year-old children", "18- and 19-year-olds", "two- or
three-bedroom flats"; and "once or twice a week", whose "once" shares the count of times "twice"
reads.  The first number's hyphen waits for the unit the second one carries, so
the two share it: a range after "to", two figures after "and" / "or" (the conventions of
docs/claims.md: a range is written with "to", alternatives are two figures).  The extractor
reads the second number with its unit; this step gives the first one the same unit."""

from __future__ import annotations

import re
from dataclasses import replace

from . import numbers_en as num
from .lexicon_en import STOP
from .quantity import Quantity
from .units import lookup_en

#: "<number>- to ", "<number>- or ", "<number>- and " just before a figure
_SUSPENDED = re.compile(r"(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)-\s+(to|or|and)\s+$")


def _value(word: str) -> float | None:
    if word[0].isdigit():
        return float(word)
    value = num.word_value(word)
    return None if value is None else float(value)


#: "once or twice a month": "once" is the first of two alternatives of a count of times
_ONCE_OR = re.compile(r"\bonce\s+or\s+$", re.IGNORECASE)


#: "a week or two", "a guest star or two", "the next night or two": an approximate count
#: whose noun stands before it, once, with "a" for its first alternative
_OR_TWO = re.compile(
    r"\b(?:an?|the\s+(?:next|last|past|first))\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    r"\s+or\s+two\b",
    re.IGNORECASE,
)


def or_two(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with "a week or two" read as 2 of the noun before "or" (as the golds write it:
    the larger alternative, the noun's unit); a reading of "two" with the word after it as its
    noun ("a night or two past the fair") is replaced."""
    out = list(found)
    for m in _OR_TWO.finditer(sentence):
        nouns = m.group(1).lower().split()
        if any(w in STOP or w.endswith("ly") for w in nouns) or nouns[-1] in _IDIOMS:
            continue
        two = m.end() - 3
        unit = lookup_en(nouns[-1]) or " ".join(nouns)
        out = [p for p in out if not p.start <= two < p.end]
        out.append(Quantity(two, m.end(), 2.0, unit=unit, noun_start=m.start(1), noun_end=m.end(1)))
    out.sort(key=lambda q: q.start)
    return out


#: "a thing or two", "a trick or two": an idiom of knowing, no count
_IDIOMS = frozenset({"thing", "trick"})


def suspended_hyphens(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each figure whose hyphen waited for the next figure's unit given it."""
    out = list(found)
    for q in found:
        if (
            q.unit is not None
            and q.unit.startswith("times")
            and q.value == 2
            and _ONCE_OR.search(sentence, max(0, q.start - 12), q.start)
            and not any(p.end <= q.start and p.value == 1 for p in out)
        ):
            once = _ONCE_OR.search(sentence, max(0, q.start - 12), q.start)
            assert once is not None
            out.insert(
                out.index(q), replace(q, start=once.start(), end=once.start() + 4, value=1.0)
            )
            continue
        if q.unit is None or q.value_high is not None or q.relative:
            continue
        m = _SUSPENDED.search(sentence, max(0, q.start - 40), q.start)
        if m is None or m.end() != q.start:
            continue
        low = _value(m.group(1))
        if low is None or low >= q.value and m.group(2) == "to":
            continue
        earlier = [p for p in out if p.start == m.start(1)]
        if m.group(2) == "to":
            for p in earlier:
                out.remove(p)
            k = out.index(q)
            out[k] = replace(q, start=m.start(1), value=low, value_high=q.value)
        elif earlier:
            p = earlier[0]
            if p.unit is None:
                out[out.index(p)] = replace(p, unit=q.unit)
        else:
            first = replace(q, start=m.start(1), end=m.end(1) + 1, value=low)
            out.insert(out.index(q), first)
    return out
