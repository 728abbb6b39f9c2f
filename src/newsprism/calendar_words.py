"""English weekday and month names: one list for every stage that reads them.

The figure reader takes a month for a date, not a unit; the speaker finder and story names take a
capitalised weekday or month for a word that names nobody; stories' evidence of when reads a
month's number.
"""

from __future__ import annotations

WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_EN = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
#: a month's number by its name or its usual abbreviation ("Jan", "Sept")
MONTH_NUMBERS_EN: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTHS_EN, 1)},
    **{name[:3]: n for n, name in enumerate(MONTHS_EN, 1)},
    "sept": 9,
}
