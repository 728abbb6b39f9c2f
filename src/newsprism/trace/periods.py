"""Whether two periods contradict: another year, or another part of a year.

A count of a half-year is not the year's count, and a quarter's revenue is not the nine months'.
Periods are the keys :func:`.mentions.period_key` gives the claims stage's ``when`` ("2025",
"2025 H1", "Q3", "since 2022", "2024 M03", "W"); a period without a year ("H1") does not
contradict the same part of a named year ("2025 H1"), and "since …" contradicts nothing (its
extent depends on the date).

Weeks and months not named by a date are periods too: "in its first week", «за неделю», "last
month", «за месяц», "the week to April 5", «за неделю, завершившуюся в воскресенье» — a week's
count is not the month's, nor the quarter's.  The claims stage gives the expression nearest the
figure as written (its ``when``); for a period that *ends* on a date it gives only the date
("April 5", «до 5 апреля»), so the words before that date in the figure's sentence are read too
(:func:`ending_on`).  The tags: ``W`` a week, ``M`` a month not named (agrees with any named
month, ``M03``), ``Y`` a year not named ("last year", «в прошлом году»), ``YTD`` the year so far.

A grammar reading each figure's period from its own sentence ("in the first quarter of 2026",
«за девять месяцев», "last year" from the article's date; each period expression given to the
figure nearest to it) was built and measured as evidence of identity in this session and not
shipped: fitted on half A of the development stories it lowered claim linking on half B
(docs/trace.md); it is in the project's history (``period_of`` in commit 400cf49, "trace:
owners of a count read from the parse …").
"""

from __future__ import annotations

import re

_EN_WEEK = re.compile(r"\bweek\b|\bseven days\b", re.I)
_RU_WEEK = re.compile(r"(?<!\w)недел[яиюе]\w*", re.I)
_EN_MONTH = re.compile(r"\bmonth\b", re.I)
_RU_MONTH = re.compile(r"(?<!\w)месяц[еа]?(?!\w)", re.I)
#: a year by its place in time, not its number; "a year earlier", "year on year" are comparisons
_EN_YEAR = re.compile(r"\b(?:last|this|past|previous|whole)\s+year\b(?!\s+(?:ago|earlier))", re.I)
_RU_YEAR = re.compile(
    r"(?<!\w)(?:прошл|минувш|текущ|эт|нынешн|позапрошл)\w*\s+год\w*|(?<!\w)за\s+год(?!\w)", re.I
)
_SO_FAR = re.compile(r"\bso far this year\b|\byear to date\b|(?<!\w)с\s+начала\s+года", re.I)
_FIRST_MONTHS = [
    (re.compile(r"\bfirst\s+three\s+months\b|(?<!\w)перв\w*\s+три\s+месяц", re.I), "Q1"),
    (re.compile(r"\bfirst\s+six\s+months\b|(?<!\w)перв\w*\s+шесть\s+месяц", re.I), "H1"),
]
#: a week or a month that ends on the date the claims stage gave: "the week to", "the month
#: ending", «за неделю до», «за неделю, завершившуюся»
_ENDING = re.compile(
    r"(?:\b(?P<en>week|month|seven days)s?\s+(?:to|ending|ended|through|until|up to|before)"
    r"(?:\s+on)?"
    r"|(?<!\w)(?P<ru>недел|месяц)\w*(?:\s*,?\s*(?:завершивш|закончивш|окончивш)\w*)?)\s*,?\s*$",
    re.I,
)


def ending_on(when: str, sentence: str | None) -> str | None:
    """``W`` or ``M`` when ``when`` is the date a week or a month ends on in ``sentence``."""
    if not sentence:
        return None
    at = sentence.casefold().find(when.casefold())
    if at <= 0:
        return None
    m = _ENDING.search(sentence[max(0, at - 40) : at])
    if m is None:
        return None
    word = (m.group("en") or m.group("ru") or "").casefold()
    return "M" if word.startswith(("month", "месяц")) else "W"


def unnamed(when: str) -> list[str]:
    """The tags of a period named by its length or place, not a date: a week, a month, a year,
    the year so far, the first three or six months."""
    tags = [tag for pattern, tag in _FIRST_MONTHS if pattern.search(when)]
    if tags:
        return tags
    if _SO_FAR.search(when):
        return ["YTD"]
    if _EN_WEEK.search(when) or _RU_WEEK.search(when):
        return ["W"]
    if _EN_MONTH.search(when) or _RU_MONTH.search(when):
        return ["M"]
    if _EN_YEAR.search(when) or _RU_YEAR.search(when):
        return ["Y"]
    return []


def _split(period: str) -> tuple[str | None, str | None]:
    """``"2026 H1"`` → ("2026", "H1"); also the claims stage's ``period_key`` forms ("2025",
    "2025 H1", "since 2022", "M01")."""
    words = period.split()
    year = next((w for w in words if w.isdigit()), None)
    part = next((w for w in words if not w.isdigit() and w not in ("-", "since")), None)
    if "since" in words:
        part = "YTD"
    if part is None and year is not None:
        part = "Y"
    return year, part


def _parts_agree(a: str, b: str) -> bool:
    if a == b or "YTD" in (a, b):
        return True
    # "the half-year" / "the quarter" / "the month" not saying which: either one
    return (
        (a == "M" and b[:1] == "M")
        or (b == "M" and a[:1] == "M")
        or (a == "H" and b in ("H1", "H2"))
        or (b == "H" and a in ("H1", "H2"))
        or (a == "Q" and b[:1] == "Q")
        or (b == "Q" and a[:1] == "Q")
    )


def conflict(a: str | None, b: str | None) -> bool:
    """Two periods that cannot be one: another year, or another part of a year (a half-year
    and the year, the third quarter and the nine months)."""
    if not a or not b:
        return False
    (ya, pa), (yb, pb) = _split(a), _split(b)
    if ya is not None and yb is not None and ya != yb and "YTD" not in (pa, pb):
        return True
    return pa is not None and pb is not None and not _parts_agree(pa, pb)


_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})\b")


def past_against_now(a: str | None, b: str | None, year_a: int | None, year_b: int | None) -> bool:
    """One figure's period is a named year before both articles appeared, and the other figure
    names none: a past count ("In 2019 the old pier was rebuilt for €3.9 million") beside a
    figure of the story's own time, two counts rather than one that changed.  ``year_a``,
    ``year_b``: the years the two articles appeared (``None``: not known)."""
    if year_a is None or year_b is None:
        return False
    for period, other in ((a, b), (b, a)):
        found = _YEAR_FIRST.match(period or "")
        if found and other is None and int(found["year"]) < min(year_a, year_b):
            return True
    return False
