"""Pairs of figures the trace index keeps apart whatever else they share: two kinds of count,
a past year's count against the day's, two contradicting periods.  Split from :mod:`.index`,
which re-exports these names.
"""

from __future__ import annotations

import dataclasses

from . import identity, money, periods
from .mentions import (
    ClaimMention,
)

#: likewise two figures of two kinds: a measure against a count of things ("9 tonnes of fuel"
#: and "9 people", :func:`.identity.measure_and_count`), or two measures no conversion joins
#: ("12%" and "8 tonnes", :func:`.identity.unit_agreement` 0) unless they are money in two
#: currencies (no rate is known offline).  The flags read both since the eighteenth and
#: twentieth sessions (:data:`.drift.MEASURE_APART`, :data:`.drift.UNITS_APART`); the link
#: since the twenty-ninth
KINDS_APART = True


def kinds_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures that cannot count one thing: a measure and a count, or two measures.  Two
    sums of money never are (their currencies, or what each is per — "EUR/car" and
    "EUR/машина", a price per cubic metre given without its "per" — decide nothing here), nor
    an age and a span of years, nor two temperature scales, nor a unit the claims stage wrote
    out in words ("metre per second")."""
    ua, ub = _kind_of(a.unit), _kind_of(b.unit)
    if ua is None or ub is None or ua == ub:
        return False
    if money.currencies(ua) is not None and money.currencies(ub) is not None:
        return False
    if " per " in f"{ua} {ub} " or {ua, ub} <= _TEMPERATURES:
        return False
    a2, b2 = dataclasses.replace(a, unit=ua), dataclasses.replace(b, unit=ub)
    if identity.measure_and_count(a2, b2):
        return True
    return identity.unit_agreement(a2, b2) == 0.0


_TEMPERATURES = frozenset({"°C", "°F"})


def _kind_of(unit: str | None) -> str | None:
    """What a unit measures for :func:`kinds_apart`: an age ("years old") as its span ("year")."""
    if unit is not None and unit.endswith("s old"):
        return unit[: -len("s old")]
    return unit


def past_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """One figure counts a named past year, the other the story's own time (no period)."""
    return periods.past_against_now(a.period, b.period, _year(a), _year(b))


def _year(m: ClaimMention) -> int | None:
    """The year the figure's article appeared (UTC), ``None`` when not known."""
    from datetime import UTC, datetime

    at = m.source.at
    return None if at is None else datetime.fromtimestamp(at, UTC).year


def periods_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures of contradicting periods whose values differ: two periods' counts."""
    return periods.conflict(a.period, b.period) and identity.value_agreement(a, b) < 1.0
