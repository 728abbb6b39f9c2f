"""A figure restated in round numbers: "about 40" for 41, «около 18 млн» for 18.4 million,
"nearly 90 million" for 86 million.

An outlet that rounds a figure says so with its hedge — "about", "nearly", «около», «почти» —
and keeps as many digits as it means: "about 400" is good to the hundred, "about 1.5 million"
to the hundred thousand.  A reader takes "about 400 hectares" as the same figure as "410
hectares", so it is not a changed figure.  A bound ("more than 200", «более 200», "up to 20")
is no rounding: only the hedge ``~`` is read (:data:`_ROUNDED`).  Read by the stated precision, not by a fixed tolerance: "about 40" does
not cover 46 (good to the ten: 35–45), and a figure stated to as many digits as the other is
never its rounding.

The precision of the rounder figure is the place of its last significant digit as written, in
its own unit ("about 30 mph" is good to ten miles an hour, whatever 48 km/h is in miles); the
other figure is read in that unit (:mod:`.measures`, :mod:`.money`).
"""

from __future__ import annotations

import math

from . import measures, money
from .mentions import ClaimMention

#: the hedge that says a figure is rounded (the claims stage's ``change``): about, nearly
#: (``~``); more than (``>``) and up to (``<``) are bounds, not roundings
_ROUNDED = {"~"}


#: the most a figure's rounding may move it, as a share of the round figure: a figure of one
#: significant digit that opens with a 1 ("close to a hundred", "about 1,000") is good by its
#: last digit to half of itself (50–150), which took a rival's 68 for "a hundred" rounded and
#: hid the dispute; no writer rounds 68 to 100 (thirty-seventh session, development dev37b).
#: ``None``: the stated precision alone
ROUNDED_SHARE: float | None = 0.2


def step(value: float) -> float:
    """The place of a value's last significant digit as written (400 → 100; 1.5 million →
    100,000; 4.8 → 0.1); 0 for no value."""
    digits = measures._significant(abs(value))
    if not digits:
        return 0.0
    return float(10 ** (math.floor(math.log10(abs(value))) - len(digits) + 1))


def _in_unit(value: float, unit: str | None, into: str | None) -> float:
    return measures.converted(money.converted(value, unit, into), unit, into)


def covers(rounded: ClaimMention, precise: ClaimMention) -> bool:
    """``rounded`` states ``precise`` in round numbers: it is hedged, written to fewer
    significant digits, and ``precise`` lies inside what its hedge and precision allow."""
    if rounded.hedge not in _ROUNDED or rounded.value_high is not None:
        return False
    if precise.value_high is not None or rounded.value <= 0 or precise.value <= 0:
        return False
    if len(measures._significant(rounded.value)) >= len(measures._significant(precise.value)):
        return False
    r, unit = rounded.value, rounded.unit
    p = _in_unit(precise.value, precise.unit, unit)
    s = step(r)
    # a hair of slack for a value converted between units
    eps = 1e-9 * max(abs(r), abs(p))
    if ROUNDED_SHARE is not None and abs(p - r) > ROUNDED_SHARE * r + eps:
        return False
    return abs(p - r) <= s / 2 + eps


def restated(a: ClaimMention, b: ClaimMention) -> bool:
    """One of the two figures is the other in round numbers (:func:`covers`), either way."""
    return covers(a, b) or covers(b, a)
