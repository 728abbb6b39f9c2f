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
from .quantity import Quantity

#: "<number>- to ", "<number>- or ", "<number>- and " just before a figure
_SUSPENDED = re.compile(r"(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)-\s+(to|or|and)\s+$")


def _value(word: str) -> float | None:
    if word[0].isdigit():
        return float(word)
    value = num.word_value(word)
    return None if value is None else float(value)


#: "once or twice a month": "once" is the first of two alternatives of a count of times
_ONCE_OR = re.compile(r"\bonce\s+or\s+$", re.IGNORECASE)


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
