"""Figures in two units of one measure, and figures whose digits survived a changed magnitude.

The claims stage gives every figure its value as written and a canonical unit (``tonne``,
``kg``, ``m³``, ``l``, ``week``, ``month``, ``EUR/m³``).  Two outlets may give one quantity in
two units ("2.6 million litres", "2,600 m³"), or — the drift a reader wants shown — keep the
number and change its unit or its magnitude: 2,600 tonnes become 2,600 kilograms, €2.37 per
cubic metre becomes €2.37 per litre, 14 months become 14 weeks, 14,200 inmates become 142,000,
a 1.4 km bridge becomes a 14 km one.  Compared as bare numbers the first pair looks changed
and the second identical; compared in one unit, each is what it is.

:func:`converted` gives a value in another unit of the same measure (SI definitions of the
units: a tonne is 1,000 kg, a litre 1/1,000 m³, a week 7 days, a month 1/12 of a year of
365.25 days); a compound unit ("EUR/m³", "km/h") converts by its parts.  :func:`same_digits`
says two figures share their significant digits while their magnitudes (or units) differ —
evidence that one was copied from the other with a slip, too weak alone (5% and 50% share a
digit by chance), so only figures of at least two significant digits, or one number written
with two units, count.  :func:`transposed` says the same of two figures of one magnitude with two
neighbouring digits swapped (1,800 and 8,100), a slip of copying as common; found beyond the
index's value span by :func:`transpositions` (thirty-sixth session: development half B changed
figures found 864 -> 865 of 1,149, half A 1,445 -> 1,459 of 1,995, every flag added right;
test35 63 -> 67 of 76).
"""

from __future__ import annotations

import math
from functools import lru_cache

#: each unit's size in its measure's base unit (kg, m, m², m³, second, Wh, W, byte)
_SIZES: dict[str, tuple[str, float]] = {
    # mass
    "mg": ("mass", 1e-6),
    "g": ("mass", 1e-3),
    "kg": ("mass", 1.0),
    "tonne": ("mass", 1e3),
    "ton": ("mass", 907.18474),  # the short ton, as US news means it
    "lb": ("mass", 0.45359237),
    "oz": ("mass", 0.028349523125),
    # length
    "nm": ("length", 1e-9),
    "μm": ("length", 1e-6),
    "mm": ("length", 1e-3),
    "cm": ("length", 1e-2),
    "m": ("length", 1.0),
    "km": ("length", 1e3),
    "inch": ("length", 0.0254),
    "ft": ("length", 0.3048),
    "yard": ("length", 0.9144),
    "mile": ("length", 1609.344),
    # area
    "mm²": ("area", 1e-6),
    "cm²": ("area", 1e-4),
    "m²": ("area", 1.0),
    "ha": ("area", 1e4),
    "km²": ("area", 1e6),
    "sq ft": ("area", 0.09290304),
    "acre": ("area", 4046.8564224),
    "sq mile": ("area", 2589988.110336),
    # volume
    # shares: a fraction the claims stage reads from words ("a quarter of the depots",
    # «треть скважин»: 0.25, 0.33) is that many hundred per cent, so "a third" and "33%" of one
    # count compare as one quantity (forty-second session)
    "%": ("share", 1.0),
    "fraction": ("share", 100.0),
    "ml": ("volume", 1e-6),
    "l": ("volume", 1e-3),
    "m³": ("volume", 1.0),
    "cu ft": ("volume", 0.028316846592),
    "pint": ("volume", 0.000473176473),
    "quart": ("volume", 0.000946352946),
    "gallon": ("volume", 0.003785411784),
    "barrel": ("volume", 0.158987294928),
    # time
    "second": ("time", 1.0),
    "minute": ("time", 60.0),
    "hour": ("time", 3600.0),
    "day": ("time", 86400.0),
    "week": ("time", 7 * 86400.0),
    "month": ("time", 365.25 * 86400.0 / 12),
    "year": ("time", 365.25 * 86400.0),
    "decade": ("time", 3652.5 * 86400.0),
    "century": ("time", 36525.0 * 86400.0),
    # energy, power
    "Wh": ("energy", 1.0),
    "kWh": ("energy", 1e3),
    "MWh": ("energy", 1e6),
    "GWh": ("energy", 1e9),
    "TWh": ("energy", 1e12),
    "W": ("power", 1.0),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    # mass, as Russian farm news weighs a harvest (a centner, «ц», is 100 kg)
    "centner": ("mass", 100.0),
    # speed, named whole by the claims stage ("km/h", "m/s": not a length per a time unit it
    # names); a gust of 25 m/s is "56 mph" in an English report
    "m/s": ("speed", 1.0),
    "km/h": ("speed", 1.0 / 3.6),
    "mph": ("speed", 0.44704),
    "knot": ("speed", 1852.0 / 3600.0),
    # pressure, power and energy in the units the claims stage names besides the SI ones
    "hPa": ("pressure", 100.0),
    "mbar": ("pressure", 100.0),
    "mmHg": ("pressure", 133.322387415),
    "hp": ("power", 745.699872),
    "bhp": ("power", 745.699872),
    "kcal": ("energy", 4184.0 / 3600.0),
    "BTU": ("energy", 1055.05585262 / 3600.0),
    "MMBtu": ("energy", 1055.05585262e6 / 3600.0),
    # data
    "kB": ("data", 1e3),
    "MB": ("data", 1e6),
    "GB": ("data", 1e9),
    "TB": ("data", 1e12),
    "PB": ("data", 1e15),
}


def _parts(unit: str | None) -> list[str]:
    return (unit or "").split("/")


# a pure function of two units, asked for every pair of figures a link compares
@lru_cache(maxsize=4096)
def factor(unit: str | None, into: str | None) -> float | None:
    """How many ``into`` one ``unit`` is (tonne into kg: 1,000; EUR/l into EUR/m³: 1,000),
    ``None`` when the two are not units of one measure (or are one unit)."""
    if not unit or not into or unit == into:
        return None
    whole_a, whole_b = _SIZES.get(unit), _SIZES.get(into)
    if whole_a is not None and whole_b is not None:  # "km/h" and "mph" are each one unit
        return whole_a[1] / whole_b[1] if whole_a[0] == whole_b[0] else None
    pa, pb = _parts(unit), _parts(into)
    if len(pa) != len(pb):
        return None
    out = 1.0
    for k, (x, y) in enumerate(zip(pa, pb, strict=True)):
        if x == y:
            continue
        sx, sy = _SIZES.get(x), _SIZES.get(y)
        if sx is None or sy is None or sx[0] != sy[0]:
            return None
        ratio = sx[1] / sy[1]
        out *= ratio if k == 0 else 1.0 / ratio  # a denominator converts the other way
    return out


def converted(value: float, unit: str | None, into: str | None) -> float:
    """``value`` in ``unit`` expressed in ``into`` when both are units of one measure, else
    ``value`` unchanged."""
    f = factor(unit, into)
    return value if f is None else value * f


@lru_cache(maxsize=1024)
def other_units(unit: str | None) -> tuple[tuple[str, float], ...]:
    """The other units of ``unit``'s measure, each with how many of it one ``unit`` is (hectare:
    acre 2.47, km² 0.01, m² 10,000 …); none for a unit of no known measure, or a compound one
    ("EUR/m³": its other units are as many as the prices of the world)."""
    size = _SIZES.get(unit or "")
    if size is None:
        return ()
    return tuple(
        (other, size[1] / sz)
        for other, (measure, sz) in _SIZES.items()
        if measure == size[0] and other != unit
    )


def one_measure(a: str | None, b: str | None) -> bool:
    """Two different units of one measure (tonne and kg; EUR/m³ and EUR/l)."""
    return factor(a, b) is not None


def _significant(value: float) -> str:
    """The significant digits of a value (14,200 → "142"; 1.4 → "14"; 0.05 → "5")."""
    if value <= 0 or not math.isfinite(value):
        return ""
    digits = f"{value:.6e}".split("e")[0].replace(".", "").rstrip("0")
    return digits


#: a multiple ("doubled", «втрое больше», "halved": the claims stage's unit ``times``) and a
#: share in per cent ("up 90%", «на 48% меньше», "180% of the norm") are one comparable
#: quantity (forty-second session).  Which reading a multiple has is the grammar's ("twice the
#: norm" is 200 % of it, "doubled" up 100 %, "halved" down 50 %), and the claims stage keeps
#: the direction in the same field as a hedge ("almost doubled": ``~``): the readings the two
#: figures' directions allow are tried and the nearest counts (:func:`stated_readings`;
#: contradicting directions, none).  ``False``: a multiple and a share are two measures, as before
SHARES_AND_MULTIPLES = True
TIMES = "times"
PERCENT = "%"
#: a multiple or a fraction in words is a round statement ("nearly doubled" of 90 %, "almost
#: twice the norm" of 180 %, "more than a third" of 38 %): against a share in per cent it is no
#: changed figure while its nearest reading lies within a quarter of the share (the value
#: agreement at least this), as a round figure within a fifth is not
#: (:data:`.rounding.ROUNDED_SHARE`)
MULTIPLE_ROUNDED = 0.8
FRACTION = "fraction"


def multiple_as_shares(value: float) -> tuple[float, ...]:
    """The shares in per cent a multiple can state: ``k`` times as much (k × 100 %), more by
    (k - 1) × 100 %, less by (1 - 1/k) × 100 % — a multiple below one ("halved": 0.5) read as
    its inverse.  None for a multiple of one or less than nothing."""
    if value <= 0 or value == 1:
        return ()
    k = value if value > 1 else 1.0 / value
    return (k * 100.0, (k - 1.0) * 100.0, (1.0 - 1.0 / k) * 100.0)


def stated_readings(
    value: float, multiple_change: str | None, share_change: str | None
) -> tuple[float, ...]:
    """The shares in per cent a multiple can state against a share, by the direction either
    figure states (the claims stage's ``up`` / ``down``; a multiple below one, "halved", is a
    fall): a rise is more by (k - 1) x 100 %, a fall less by (1 - 1/k) x 100 %, no direction
    ("twice the norm", "180% of the norm") k x 100 %, and a hedged one ("almost doubled", whose
    direction the hedge's field took) also (k - 1) x 100 %.  Two contradicting directions
    ("doubled" / "fell 50%"): none, so that an exaggeration or a reversal is never read as one
    figure ("tripled" is up 200 %, not up 70 %)."""
    if value <= 0 or value == 1:
        return ()
    k = value if value > 1 else 1.0 / value
    own = "down" if value < 1 else multiple_change if multiple_change in ("up", "down") else None
    other = share_change if share_change in ("up", "down") else None
    if own and other and own != other:
        return ()
    direction = own or other
    if direction == "up":
        return ((k - 1.0) * 100.0,)
    if direction == "down":
        return ((1.0 - 1.0 / k) * 100.0,)
    if multiple_change == "~":
        return (k * 100.0, (k - 1.0) * 100.0)
    return (k * 100.0,)


def share_as_multiples(value: float) -> tuple[float, ...]:
    """The multiples (above one) a share in per cent can be stated as (the inverse readings of
    :func:`multiple_as_shares`), for the index's search."""
    if value <= 0:
        return ()
    out = [value / 100.0, value / 100.0 + 1.0]
    if value < 100.0:
        out.append(1.0 / (1.0 - value / 100.0))
    return tuple(k for k in out if k > 1.0)


def multiple_and_share(unit_a: str | None, unit_b: str | None) -> bool:
    """One figure is a multiple and the other a share in per cent (:data:`SHARES_AND_MULTIPLES`)."""
    return SHARES_AND_MULTIPLES and {unit_a, unit_b} == {TIMES, PERCENT}


def share_in_words(unit_a: str | None, unit_b: str | None) -> bool:
    """One figure is a share in per cent and the other a multiple or a fraction, which the
    claims stage reads from words ("doubled", "a third of"): a round statement of a share."""
    return (SHARES_AND_MULTIPLES and {unit_a, unit_b} == {FRACTION, PERCENT}) or multiple_and_share(
        unit_a, unit_b
    )


def same_digits(a: float, unit_a: str | None, b: float, unit_b: str | None) -> bool:
    """The two figures as written share their significant digits but not their magnitude
    (14,200 and 142,000; 1.4 and 14), or are one number written with two units of one measure
    (2,600 tonnes and 2,600 kg): at least two significant digits, or the two units."""
    da, db = _significant(a), _significant(b)
    if not da or da != db:
        return False
    if a == b:
        return unit_a != unit_b and one_measure(unit_a, unit_b)
    return len(da) >= 2


def magnitudes(value: float) -> list[float]:
    """The values a figure's digits take at another magnitude that a slip gives (×10, ×1,000
    and their inverses), for figures of at least two significant digits; else none."""
    if len(_significant(abs(value))) < 2:
        return []
    return [value * k for k in (10.0, 0.1, 1000.0, 0.001)]


def _digits(value: float) -> tuple[str, int]:
    """A positive value's significant digits and its power of ten (1,800 → ("18", 3))."""
    mantissa, exponent = f"{value:.6e}".split("e")
    return mantissa.replace(".", "").rstrip("0"), int(exponent)


def transposed(a: float, b: float) -> bool:
    """The two figures are one number written with two neighbouring digits swapped, at one
    magnitude (1,800 and 8,100; 23 and 32; 1.05 and 1.5 million): a copying slip, as
    :func:`same_digits` is one of magnitude.  At least two significant digits."""
    if a <= 0 or b <= 0 or a == b or not (math.isfinite(a) and math.isfinite(b)):
        return False
    (da, ea), (db, eb) = _digits(a), _digits(b)
    if ea != eb or max(len(da), len(db)) < 2:
        return False
    n = max(len(da), len(db))
    da, db = da.ljust(n, "0"), db.ljust(n, "0")
    apart = [i for i in range(n) if da[i] != db[i]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and da[apart[0]] == db[apart[1]]
        and da[apart[1]] == db[apart[0]]
    )


def transpositions(value: float) -> list[float]:
    """The values a figure takes with two neighbouring significant digits swapped (1,800 →
    8,100; 1,250 → 2,150 and 1,520), none opening with a zero."""
    if value <= 0 or not math.isfinite(value):
        return []
    digits, exponent = _digits(value)
    out = []
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1] or (i == 0 and digits[1] == "0"):
            continue
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        out.append(round(int(swapped) * 10.0 ** (exponent - len(digits) + 1), 9))
    return out
