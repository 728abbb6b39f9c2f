"""Is a rewritten copy the same text for a reader?  Not when it gives other figures.

A copy the MinHash finds (``assign.StoryIndex._same_text``) whose figures differ from its
original's is another report of the same story, and the story view flags the figure that changed.
"""

from __future__ import annotations

import json
import re
import sqlite3

from .features import HEAD_CHARS
from .features import numbers as numbers_of


def figures_differ(numbers: frozenset[str], stored: str | None) -> bool:
    """Does a rewritten copy give figures its original does not (``numbers``: the copy's, as
    :func:`~.features.numbers` reads its head; ``stored``: the original's, as stored in JSON)?
    Years (1900-2099) are left out: a copy that adds "in 2026" changed no figure; so is a
    figure the copy drops (a wire copy cut short gives nothing new)."""
    if stored is None:
        return False
    theirs = frozenset(str(n) for n in json.loads(stored))
    return any(not _YEAR.fullmatch(n) for n in numbers - theirs)


#: a year, which a copy may add or drop without changing a figure
_YEAR = re.compile(r"(?:19|20)\d\d")


def tail_figures_differ(conn: sqlite3.Connection, text: str, original: int) -> bool:
    """Does a copy whose head gives its original's figures change one further down?  The
    stored numbers are the head's (:data:`~.features.HEAD_CHARS`), so a wire copy that changed
    "350" to "520" in its fifth paragraph was a copy a reader could skip (thirtieth session's
    short list).  Only a copy longer than the head is read again, with its original's whole text
    (one row, and only for an arrival the MinHash already found a copy of)."""
    if len(text) <= HEAD_CHARS:
        return False
    try:
        row = conn.execute(
            "SELECT json_extract(json, '$.text') FROM articles WHERE id = ?", (original,)
        ).fetchone()
    except sqlite3.Error:  # an index without the library's articles (a bare benchmark table)
        return False
    if not row or not isinstance(row[0], str):
        return False
    return figures_differ(tail_figures(text), json.dumps(sorted(tail_figures(row[0]))))


#: digits that are no figure of the news, read out of a copy's whole text before its numbers are
#: compared with its original's (:func:`tail_figures`): a copy that adds "Updated 14:30 GMT", a
#: dated line or a press office's telephone number changed no figure
_CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b"  # 14:30, 08:40:05
    r"|\b\d{1,2}(?:[.]\d{2})?\s?(?:[ap]\.?m\b\.?|gmt\b|utc\b|bst\b|cet\b|мск\b)",  # 9.45am
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")  # 08.10.2026, 2026-10-08, 8/10/26
#: a run of digit groups that may be a telephone number (judged by :func:`_telephone`)
_DIGIT_RUN = re.compile(r"(?<![\w.,])\+?\(?\d[\d()\u00a0 -]{5,}\d(?![\w]|[.,]\d)")
#: a word before a number that says it is one to call
_CALL = re.compile(r"(?:tel|phone|call|fax|тел|телефон|звонит\w*|факс)\w*\.?[:\s]*$", re.IGNORECASE)


def _telephone(match: re.Match[str], text: str) -> bool:
    """A run of digit groups is a telephone number when it has at least seven digits and is
    written as one: after a +, with an area code in brackets, in three groups joined by hyphens
    ("555-35-35"), or after "tel." / «телефон».  Spaced thousands ("1 200 000 рублей") are
    none of these."""
    run = match.group(0)
    if sum(c.isdigit() for c in run) < 7:
        return False
    return (
        run.startswith("+")
        or "(" in run
        or run.count("-") >= 2
        or bool(_CALL.search(text[max(0, match.start() - 16) : match.start()]))
    )


def tail_figures(text: str) -> frozenset[str]:
    """The figures of a whole text as :func:`~.features.numbers` reads them, without clock
    times, dates written in digits and telephone numbers."""
    # the telephone numbers first: "555-35-35" would otherwise read as a date
    text = _DIGIT_RUN.sub(lambda m: " " if _telephone(m, m.string) else m.group(0), text)
    return numbers_of(_CLOCK.sub(" ", _DATE.sub(" ", text)))
