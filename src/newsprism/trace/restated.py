"""A figure an article restates from an earlier report: its *stated time*.

A later article often recalls what was reported on an earlier day, naming the day: "As Kuban
Vesti reported on February 3, banks had then found 612 counterfeit notes", «Как сообщал
yakutia-wire.example 22 января, по данным МЧС, на обоих берегах тогда застряли 180 грузовиков».
The figure is the count as it stood that day, not on the day the article appeared.  Where the
trace reads how far apart two mentions are (the flag confidence's days apart, and the check that
two mentions weeks apart are one claim on their own evidence, :func:`.drift.apart_and_unlike`),
such a figure counts from the day its sentence names.

The grammar: a clause that opens the figure's sentence, "As <someone> reported (wrote, said) on
<month> <day>," (or "<day> <month>") or «Как сообщал(а, о, и) <кто-то> <день> <месяца>,», the
figure after it, the day before the article's own (the latest such day: "December 28" read in
January is last year's).

Thirty-sixth session (``identity.RESTATED_AT``): development half B (the check) changed figures
found 848 -> 864 of 1,149, flags right 86.2 % -> 86.4 % (16 more raised, all right); half A
1,417 -> 1,445 of 1,995, 80.3 % -> 80.4 %; test35 62 -> 63 of 76; links unchanged (the days
apart are no link evidence).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..calendar_words import MONTH_NUMBERS_EN
from .mentions import ClaimMention

_MONTHS_RU = {
    name: n
    for n, name in enumerate(
        (
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря",
        ),
        1,
    )
}  # fmt: skip

_MONTH_EN = r"(?P<m>[A-Z][a-z]{2,8})\.?"
_EN = re.compile(
    r"^\s*As\s+[^,;:]{1,80}?\s+(?:reported|wrote|said|announced)\s+on\s+"
    rf"(?:{_MONTH_EN}\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>[A-Z][a-z]{{2,8}}))\b"
)
_RU = re.compile(
    r"^\s*Как\s+(?:сообщал[аои]?|писал[аои]?)\s+[^,;:]{1,80}?\s+(?P<d>\d{1,2})\s+"
    r"(?P<m>[а-яё]+)\b"
)


def stated_at(m: ClaimMention) -> float | None:
    """When the figure was stated: the day of the earlier report its sentence restates it from,
    else its article's time."""
    at = m.source.at
    if at is None:
        return None
    day = reported_on(m.sentence, m.text, at)
    return at if day is None else day


@lru_cache(maxsize=16384)
def reported_on(sentence: str, figure: str, published: float) -> float | None:
    """The time (the start of the day, UTC) of the earlier report ``sentence`` says it restates
    ``figure`` from, or ``None``."""
    found = _EN.match(sentence)
    if found is not None:
        month = MONTH_NUMBERS_EN.get((found["m"] or found["m2"] or "").lower(), 0)
        number = found["d"] or found["d2"]
    else:
        found = _RU.match(sentence)
        if found is None:
            return None
        month = _MONTHS_RU.get(found["m"].lower(), 0)
        number = found["d"]
    at = sentence.find(figure)
    if not month or at < found.end():
        return None
    today = dt.datetime.fromtimestamp(published, dt.UTC).date()
    try:
        named = dt.date(today.year, month, int(number))
    except ValueError:
        return None
    if named > today:  # "December 28" read in January: last year's
        try:
            named = named.replace(year=today.year - 1)
        except ValueError:
            return None
    if named >= today:
        return None
    return dt.datetime(named.year, named.month, named.day, tzinfo=dt.UTC).timestamp()
