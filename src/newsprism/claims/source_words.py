"""A figure's source in words, tidied: a person, a body or a publication, never a date.

The attribution and claims stages read a source as a span of the sentence, and a span may run
past the name's last word into a time or an adverb ("the food safety agency on Monday", "the
ministry still", «Нацстат в четверг») or be a date alone (a cue «сообщили в воскресенье в …» read
with the weekday as its subject).  A reader shown "source: Sunday" stops trusting every source, so
the claims stage keeps a source's words only up to the name's end, and takes a date, a time of day
or a bare pronoun for no source at all (the figure then falls to the next reading: a cited source,
else the article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..calendar_words import MONTHS_EN, WEEKDAYS_EN

_DAY_RU = r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
_MONTH_RU = (
    r"январ[ьяе]|феврал[ьяе]|марте|апрел[ьяе]|мае|июн[ьяе]|июл[ьяе]|августе"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]"
)
#: months whose forms are also given names («Марта», «Мая», «Августа»): a time only after «в»
_MONTH_RU_NAMES = r"марта?|ма[йя]|августа?"
_DAY_EN = "|".join(WEEKDAYS_EN)
_MONTH_EN = "|".join(MONTHS_EN)
#: months that are also names ("Theresa May", "June Carter"): a time only after a preposition
_MONTH_EN_BARE = "|".join(m for m in MONTHS_EN if m not in ("may", "march", "june", "august"))
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

#: a word or phrase of time alone: what is never a source
_WHEN = re.compile(
    rf"^(?:(?:on|last|this|late|early|in)\s+)?(?:{_DAY_EN}|{_MONTH_EN_BARE}){_PART_OF_DAY}"
    rf"|^(?:in|last|this|late|early)\s+(?:{_MONTH_EN})"
    rf"|^(?:в|во)?\s*(?:{_DAY_RU}|{_MONTH_RU}|понедельника|вторника|среды|четверга|пятницы"
    r"|субботы|воскресенья|среда|пятница|суббота)"
    rf"|^(?:в|во)\s+(?:{_MONTH_RU_NAMES})"
    r"|^(?:yesterday|today|tonight|вчера|сегодня|накануне|утром|вечером|ночью)$",
    re.IGNORECASE,
)
#: a time or an adverb a span ran into after the name's last word
_TAIL = re.compile(
    rf"(?:\s+(?:(?:on|last|this|late|early)\s+)?(?:{_DAY_EN}){_PART_OF_DAY}"
    rf"|\s+(?:in|last|this|late|early)\s+(?:{_MONTH_EN})"
    rf"|\s+(?:в|во)\s+(?:{_DAY_RU})"
    # (an adverb in small letters only: "USA Today", "Russia Today", "Euronews Now" are names)
    r"|\s+(?-i:still|also|too|again|now|meanwhile|already|later|earlier|there|yesterday|today"
    r"|tonight|также|тоже|ещё|еще|уже|вчера|сегодня|ранее|накануне|теперь))+$",
    re.IGNORECASE,
)
#: an opening bracket the span cut before its close: "the Grid Operator (GO" is the operator
_OPEN_BRACKET = re.compile(r"\s*\([^()]*$")
#: a pronoun or a function word alone names nobody the reader can see («по его данным» read as a
#: source «его», a speaker 'as' from a clause the speaker finder misread)
_NO_NAME = frozenset(
    (
        *("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "as", "of"),
        *("the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from"),
        *("его", "её", "ее", "их", "он", "она", "они", "оно", "и", "в", "на", "по", "как"),
    )
)


@lru_cache(maxsize=4096)
def tidy_source(text: str) -> str | None:
    """``text`` up to the source's last word, or ``None`` when it names no one (a date, a time,
    a pronoun or a function word alone, a number)."""
    words = _OPEN_BRACKET.sub("", text.strip())
    trimmed = _TAIL.sub("", words).strip(" ,")
    if not trimmed or _WHEN.fullmatch(words) or _WHEN.fullmatch(trimmed):
        return None
    if trimmed.lower() in _NO_NAME or not any(ch.isalpha() for ch in trimmed):
        return None  # a word that names no one, or a number the span took for a name
    return trimmed
