"""For which period a figure counts: a small grammar of period expressions in English and Russian.

A count of a half-year is not the year's count, and a quarter's revenue is not the nine months'
("6.5 million passengers in the first half" beside "12.4 million in 2025").  The claims stage
reads a ``when`` for some figures; most figures of a news story carry their period in their own
sentence ("in the first quarter of 2026", «за девять месяцев», "last year", «годом ранее»),
often one sentence holding two ("66 billion in the third quarter and 170 billion in the first
nine months").  This module finds every period expression of a sentence and gives each figure
the one nearest to it.

A period is written ``"<year> <part>"``: the year (``None`` when the text gives none, relative
years — "last year", «в прошлом году» — read from the article's date) and the part of it:
``Y`` (a whole year), ``H1``/``H2`` (``H`` for "the half-year" not saying which), ``Q1``…``Q4``
(``Q``), ``9M`` (nine months), ``M01``…``M12`` (a month), ``YTD`` (since the start of the year,
"since January"; its extent depends on the date, so it contradicts nothing).  The lexicon is of
the calendar's words in both languages, not of any story's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_RU = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йяе]\\b",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
#: English month names only capitalised ("May", not the verb "may"); Russian ones lower-case
_EN = list(_MONTHS_EN)
_RU = [rf"{m}\w*" if not m.endswith("b") else m for m in _MONTHS_RU]


def _month_span(first: int, last: int) -> str:
    """ "January–June", "between January and June", «январь–июнь», «с января по июнь»."""
    en = rf"(?:between\s+)?{_EN[first]}\s*(?:[-–—]|to|and|through)\s*{_EN[last]}"
    ru = rf"(?:с\s+)?{_RU[first]}\s*(?:[-–—]|по)\s*{_RU[last]}"
    return rf"\b(?:{en}|{ru})\b"


#: (pattern, part) in order: the first that matches a stretch of text names its part
_PARTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), tag)
    for p, tag in [
        (_month_span(0, 8), "9M"),
        (
            r"\b(?:first\s+)?(?:nine|9)[\s-]+months?\b|\b(?:перв\w+\s+)?(?:девят\w+|9)\s+месяц\w*",
            "9M",
        ),
        (_month_span(0, 5), "H1"),
        (_month_span(6, 11), "H2"),
        (r"\b(?:first|1st)\s+half\b|\bH1\b|перв\w+\s+полугоди\w*", "H1"),
        (r"\b(?:second|2nd)\s+half\b|\bH2\b|втор\w+\s+полугоди\w*", "H2"),
        (r"\b(?:first\s+)?(?:six|6)[\s-]+months?\b|(?:перв\w+\s+)?(?:шест\w+|6)\s+месяц\w*", "H1"),
        (r"\bhalf[\s-]+year\b|\bполугоди\w*", "H"),
        (_month_span(0, 2), "Q1"),
        (_month_span(3, 5), "Q2"),
        (_month_span(6, 8), "Q3"),
        (_month_span(9, 11), "Q4"),
        (r"\b(?:first|1st)[\s-]+quarter\b|\bQ1\b|перв\w+\s+квартал\w*", "Q1"),
        (r"\b(?:second|2nd)[\s-]+quarter\b|\bQ2\b|втор\w+\s+квартал\w*", "Q2"),
        (r"\b(?:third|3rd)[\s-]+quarter\b|\bQ3\b|трет\w+\s+квартал\w*", "Q3"),
        (r"\b(?:fourth|4th)[\s-]+quarter\b|\bQ4\b|четв[её]рт\w+\s+квартал\w*", "Q4"),
        (r"\blast\s+three\s+months\b|последн\w+\s+(?:три|3)\s+месяц\w*", "Q4"),
        (r"\bfirst\s+(?:three|3)[\s-]+months?\b|перв\w+\s+(?:три|3)\s+месяц\w*", "Q1"),
        (r"\bquarter(?:ly)?\b|\bквартал\w*", "Q"),
        (
            r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+the\s+year|"
            + "|".join(_EN)
            + r")\b|\b(?:since|from)\s+(?:\w+\s+){0,2}(?:in\s+)?(?:"
            + "|".join(_EN)
            + r")\b|"
            r"\bso\s+far\s+this\s+year\b|\byear[\s-]+to[\s-]+date\b|"
            r"с\s+начала\s+(?:этого\s+|текущего\s+)?года|\bс\s+(?:" + "|".join(_RU) + ")",
            "YTD",
        ),
    ]
] + [
    (re.compile(rf"\b{en}\b|\b{ru}"), f"M{i:02d}")
    for i, (en, ru) in enumerate(zip(_EN, _RU, strict=True), 1)
]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?:\s*(?:год\w*|г\.))?")
#: years relative to the article's date: how many years back
_RELATIVE = [
    (
        re.compile(
            r"\b(?:last|previous|past)\s+year\b|\ba\s+year\s+(?:earlier|before|ago)\b|"
            r"прошл\w+\s+год\w*|годом\s+ранее|год\s+назад",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\bthis\s+year\b|(?:эт\w+|текущ\w+)\s+год\w*", re.I), 0),
]
#: a part and the year it belongs to: "first half of 2026", «первом полугодии 2026 года»
_JOIN = re.compile(r"^\W{0,3}(?:of\s+|in\s+)?(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class _Expression:
    start: int
    end: int
    year: int | None
    part: str


def expressions(sentence: str, published_year: int | None) -> list[_Expression]:
    """Every period expression of a sentence, a part joined with the year right after it."""
    parts: list[tuple[int, int, str]] = []
    for pattern, tag in _PARTS:
        for m in pattern.finditer(sentence):
            if not any(s < m.end() and m.start() < e for s, e, _ in parts):
                parts.append((m.start(), m.end(), tag))
    years: list[tuple[int, int, int | None]] = [
        (m.start(), m.end(), int(m.group(1))) for m in _YEAR.finditer(sentence)
    ]
    for pattern, back in _RELATIVE:
        for m in pattern.finditer(sentence):
            year = published_year - back if published_year is not None else None
            years.append((m.start(), m.end(), year))
    out: list[_Expression] = []
    used: set[int] = set()
    for start, end, tag in sorted(parts):
        joined = None
        for k, (ys, _, _) in enumerate(years):
            if k not in used and ys >= end and _JOIN.match(sentence[end:ys]):
                joined = k
                break
        if joined is not None:
            used.add(joined)
            ys, ye, year = years[joined]
            out.append(_Expression(start, ye, year, tag))
        else:
            out.append(_Expression(start, end, None, tag))
    for k, (ys, ye, year) in enumerate(years):
        if k not in used and not any(e.start <= ys < e.end for e in out):
            out.append(_Expression(ys, ye, year, "Y"))
    return sorted(out, key=lambda e: e.start)


_NUMBER = re.compile(r"\d(?:[\d\s.,]*\d)?")
#: what ends one clause or one conjunct and starts another
_BOUNDARY = re.compile(r"[,;:—–]|\b(?:and|while|but|against|whereas|и|а|но|против)\b", re.I)


def period_of(
    sentence: str,
    at: int,
    end: int,
    published: str | None,
    figures: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The period of the figure at ``sentence[at:end]``, ``None`` when the sentence gives it
    none; ``figures``: the spans of the sentence's figures as the claims stage read them, units
    included (else its bare numbers stand for them).  Each period expression after the sentence's first figure belongs to the figure
    nearest to it ("66 billion in the third quarter and 170 billion in the first nine
    months"); those before the first figure belong to every figure without one of its own
    ("In 2025 Velmar received 14.2 billion and Ostria 9.8 billion")."""
    found = [
        e for e in expressions(sentence, _year(published)) if not (e.start < end and at < e.end)
    ]
    if not found:
        return None
    inside = [(e.start, e.end) for e in found]
    spans = list(figures) or [(m.start(), m.end()) for m in _NUMBER.finditer(sentence)]
    numbers = [
        (s, e_)
        for s, e_ in spans
        if not any(a < e_ and s < b for a, b in inside) and not (s < end and at < e_)
    ]
    numbers = sorted([*numbers, (at, end)])  # a tie goes to the figure before the expression
    first = min(s for s, _ in numbers)

    def gap(e: _Expression, span: tuple[int, int]) -> tuple[bool, int]:
        """How far apart, a clause boundary between them counting first: "52,000 in the
        second quarter and 131,000 in the first half"."""
        lo, hi = (e.end, span[0]) if e.end <= span[0] else (span[1], e.start)
        return bool(_BOUNDARY.search(sentence[lo:hi])), hi - lo

    own = [
        e for e in found if e.start > first and min(numbers, key=lambda n: gap(e, n)) == (at, end)
    ]
    shared = [e for e in found if e.end <= first]
    chosen = min(own, key=lambda e: gap(e, (at, end))) if own else (shared[-1] if shared else None)
    if chosen is None:
        return None
    return f"{chosen.year if chosen.year is not None else '-'} {chosen.part}"


def _year(published: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", published or "")
    return int(m.group(1)) if m else None


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
    # "the half-year" / "the quarter" not saying which: either one
    return (
        (a == "H" and b in ("H1", "H2"))
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
