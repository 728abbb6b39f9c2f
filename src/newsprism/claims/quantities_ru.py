"""Figures in a Russian sentence: «[свыше] 231 тыс. [рублей]», «от 5 до 7 тыс.», «в три раза больше».

The same reading as the English extractor, with Russian morphology: words are compared by their
pymorphy3 lemma (so «рублей», «рубля», «рубль» are one unit), decimals use a comma and thousands
a (no-break) space.  Dates («14 марта», «в 2023 году», «1990-х»), ordinals («3-й», «5-го»), times
(«в 10:30»), numbers in names («Су-35», «COVID-19») and article/section numbers («ст. 228») are
refused in :func:`.refusals_ru._not_a_claim`.

The parts read in their own modules: one figure at a position with its qualifier and direction
(:mod:`.quantity_at_ru`), the number and unit (:mod:`.number_unit_ru`), measure words and rates
(:mod:`.measures_ru`), the counted noun (:mod:`.nouns_ru`), the shared words and lemmas
(:mod:`.words_ru`).  This module reads the sentence left to right and keeps what is a figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .implicit_ru import implicit_units
from .measures_ru import CASE_ENDINGS, MEASURE_STEMS, _measure_adjective
from .nlp import russian_parses
from .nouns_ru import _noun_before_number, _number_of
from .number_unit_ru import _TIME_UNITS, _unit_at
from .quantity import Quantity, Tag
from .quantity_at_ru import _quantity_at
from .refusals_ru import _not_a_claim
from .tokens import Token, list_numbering_spans, not_prose_spans, tokenize
from .words_ru import (
    COLLECTIVE,
    COUNT_ADVERBS,
    DOWN,
    LEVEL_VERBS,
    MONTH_STEMS,
    MONTHS_GEN,
    NUMBERED,
    ORDINALS,
    PER_PERIOD,
    QUALIFIERS,
    UP,
    YEAR_WORDS,
    _after_change,
    _is_figure,
    _lemma_of,
    _pos,
    may_hold_number,
)

#: the public names, as before the module was split (the words now live in :mod:`.words_ru`
#: and :mod:`.measures_ru`)
__all__ = [
    "find",
    "CASE_ENDINGS",
    "COLLECTIVE",
    "COUNT_ADVERBS",
    "DOWN",
    "LEVEL_VERBS",
    "MEASURE_STEMS",
    "MONTHS_GEN",
    "MONTH_STEMS",
    "NUMBERED",
    "ORDINALS",
    "PER_PERIOD",
    "QUALIFIERS",
    "UP",
    "YEAR_WORDS",
    "may_hold_number",
]


def find(sentence: str, tags: Mapping[int, Tag] | None = None) -> list[Quantity]:
    toks = tokenize(sentence, "ru")
    masked = _masked(sentence)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        if any(a <= toks[i].start < b for a, b in masked):
            i += 1
            continue
        found = _quantity_at(sentence, toks, i)
        if found is None:
            i += 1
            continue
        q, j = found
        inverted = _inverted_unit(sentence, toks, i, q)
        if inverted is not None:
            # «дня три», «часа два», «километров двадцать»: the unit before its number makes
            # the figure approximate
            q.unit, q.start, q.change = inverted, toks[i - 1].start, "~"
        elif q.unit is None:
            q.unit = _noun_before_number(sentence, q)
        if not _not_a_claim(sentence, toks, i, j, q):
            levels = _levels(toks, i, j, q)
            for level in levels:
                if level.value_high is not None and level.value_high < level.value < 0:
                    # «-16… -21°», «от -5 до -10 градусов»: a range of cold written by its
                    # magnitude runs from the warmer end; the range is the same interval, read
                    # from its low end as every other range is
                    level.value, level.value_high = level.value_high, level.value
            out.extend(levels)
        # «18 152-мм гаубиц», «две 10-летние программы»: a measure adjective inside the counted
        # phrase is a figure of its own, read next (as "two eight-hour shifts" in English)
        inner = next(
            (
                k
                for k in range(i + 1, j)
                if toks[k].kind == "num" and _measure_adjective(toks, k + 1) is not None
            ),
            None,
        )
        i = inner if inner is not None else max(j, i + 1)
    _number_of(sentence, toks, out)
    _of_them(sentence, out)
    return implicit_units(sentence, out)


#: what may follow a number whose unit stands before it: the clause's end or a preposition
_AFTER_INVERTED = re.compile(
    r"\s*(?:[.,;:!?)»—–]|$)|\s+(?:в|во|на|с|со|по|до|после|назад|спустя|тому|и|а|но|или)\b",
    re.IGNORECASE,
)


def _inverted_unit(sentence: str, toks: list[Token], i: int, q: Quantity) -> str | None:
    """The unit of a figure written after it in the genitive («дня три», «часа два», «минут
    пятнадцать»): Russian inverts a numeral and its unit to say "about".  Only a bare figure
    with nothing after it but the clause's end or a preposition, right after a unit word no
    number stands before (in «3 дня 4 часа» each number has its own)."""
    if q.unit is not None or q.value_high is not None or q.relative or q.qualifier or i < 1:
        return None
    if not 2 <= q.value <= 100 or toks[i].start != q.start:
        return None
    prev = toks[i - 1]
    if prev.kind != "word" or _pos(prev) != "NOUN" or (i > 1 and _is_figure(toks[i - 2])):
        return None
    found = _unit_at(sentence, toks, i - 1)
    if found is None or found[1] != i or found[0] not in _TIME_UNITS | _DISTANCE_UNITS:
        return None
    if not any("gent" in p.tag for p in russian_parses(prev.lower)):
        return None
    if not _AFTER_INVERTED.match(sentence, q.end):
        return None
    return found[0]


_DISTANCE_UNITS = frozenset(["km", "m", "kg", "tonne"])


def _levels(toks: list[Token], i: int, j: int, q: Quantity) -> list[Quantity]:
    """«с 14 до 11%» after a change («снизил ставку с 14 до 11%», «вырастет с 1,5 до 2 п.п.»)
    is two levels, the one before and the one after, each with the unit the pair shares, as the
    English reader splits "rose from 53,000 to 61,000"; so is a pair that descends (a writer's
    range ascends).  «от 5 до 7 тысяч» and «с 5 до 7 лет» without a change stay a range; a pair
    opened by «от» is two levels only when it descends after a change («сократилось от 38
    минут до 25»), since «выросла от 5 до 7%» may still give a range."""
    if q.value_high is None or q.relative or i == 0:
        return [q]
    opener = toks[i - 1].lower
    if opener not in ("с", "со", "от"):
        return [q]
    to = next((k for k in range(i + 1, j) if toks[k].lower == "до"), None)
    if to is None or to + 1 >= len(toks):
        return [q]
    if opener == "от":
        if not (q.value_high < q.value and _after_change(toks, i - 1)):
            return [q]
    elif q.value_high >= q.value and not _after_change(toks, i - 1):
        return [q]
    before = replace(q, value_high=None, end=toks[to - 1].end, qualifier=None, change="=")
    after = replace(
        q, value=q.value_high, value_high=None, start=toks[to + 1].start, qualifier=None, change="="
    )
    return [before, after]


_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}(?=\s*(?:ч|час|мск|по москов|по местному|утра|вечера|дня|ночи))|(?<![\d,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)
#: a time of day after a preposition of time, no unit after it: «около 15.30», «к 18.30», «в
#: 9.15» (a figure with a decimal part names its unit: «до 18.50 рубля», «в 2.50 раза»)
_TIME_AFTER = re.compile(
    r"(?i)(?<!\w)(?:около|в|во|к|до|после|с|со)\s+(?:([01]?\d|2[0-3])\.[0-5]\d)(?!\d|[.,]\d)"
    r"(?!\s*(?:%|проц|руб|долл|евро|млн|млрд|тыс|трлн|раз|км|кг|м\b|г\b|т\b|л\b|балл|пункт|град))"
)
_PHONE = re.compile(
    r"(?<!\w)(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"
    # a city code of four or five digits in brackets, the rest in shorter groups: «8 (8172)
    # 23-01-05», «8 (81371) 2-15-07» (ten digits after the 8, as every Russian number has)
    r"|(?<!\w)(?:\+7|8)\s*\(\d{4,5}\)\s*\d{1,3}(?:[\s-]\d{2}){2}(?!\d)"
)


_SCORE = re.compile(
    r"сч[её]т\w*\s+\d+\s*[:–-]\s*\d+|\d{1,2}\s+час(?:а|ов)?\s+(?:утра|вечера|дня|ночи)"
    # a match's score (or a clock) in brackets after the match: «с "Северянином" (2:1)», «(4:2, 1:3)»,
    # «(2:1 ОТ)»; a ratio a writer states is not bracketed bare
    r"|\(\s*\d{1,2}\s*:\s*\d{1,2}(?:\s*[,;]\s*\d{1,2}\s*:\s*\d{1,2})*"
    r"(?:\s*(?:ОТ|Б|OT|SO|пен\.?|д\.\s?в\.?|по\s+пенальти|в\s+овертайме))?\s*\)",
    re.IGNORECASE,
)


#: days of a month: «с 11 по 14 апреля», «12–13 мая»
_DAY_SPAN = re.compile(
    r"(?:\b[сc]\s+)?\b\d{1,2}(?:-?го)?\s*(?:[-–—]|по|до|и)\s*\d{1,2}(?:-?го)?\s+"
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b",
    re.IGNORECASE,
)


#: numbers that place rather than count: a season «2016/17», a date written with spaces «21 10
#: 2016», a night «с 3 на 4 марта», a section «пункт 2.3.5», an hour «около 8 утра»
_PLACES = re.compile(
    r"\b(?:1[89]|20)\d\d/\d\d\b"
    r"|\b\d{1,2}\s\d{2}\s(?:19|20)\d\d\b"
    r"|\bс\s+\d{1,2}\s+на\s+\d{1,2}\b"
    r"|\b\d+(?:\.\d+){2,}(?:\s*[-–]\s*\d+(?:\.\d+){2,})?"
    r"|\b\d{1,2}\s+(?:утра|вечера|ночи)\b"
    r"|(?<=\bс\s)\d{1,2}[.:]00\b|(?<=\bдо\s)\d{1,2}[.:]00\b"  # «с 11.00»: an hour
    r"|^\s*\d{1,2}\.(?=\s+[А-ЯЁ])"  # «1. Принять отставку…»: a numbered paragraph
    r"|\b\d+(?:[-/]\d+){2,}",  # a code or a reference: «решение 2-6-27/2016-04-06»
    re.IGNORECASE,
)


#: a short span in guillemets or quotes that opens with a capital: a title or a name
_QUOTED = re.compile(r"[«„“\"]([А-ЯЁA-Z0-9][^«»„“”\"]{0,60})[»”\"]")
#: parts of speech that make a quoted span speech rather than a title
_SPEECH = frozenset(["VERB", "INFN", "PRTS", "ADJS", "PRED"])


def _titles(sentence: str) -> list[tuple[int, int]]:
    """«Три сестры», «Десять негритят», «Утомленных солнцем 2», «Движение пяти звёзд»: a number
    inside a title or a name in quotes names the work, it counts nothing.  A quoted span is a
    title when it is short and has no verb («Мы потеряли 5 человек» is speech)."""
    out = []
    for m in _QUOTED.finditer(sentence):
        inner = m.group(1)
        tokens = re.findall(r"[А-Яа-яЁё]+", inner)
        if len(inner.split()) > 6 or not re.search(r"\d|[А-Яа-яЁё]", inner):
            continue
        if any(_lemma_of(w.lower())[1] in _SPEECH for w in tokens):
            continue
        out.append(m.span(1))
    return out


#: a street named by a number («улица 65 лет Победы», «проспект 50 лет Октября») and a
#: house number after a street's name («на улице Ленина, 12», «проспект Мира, д. 7»)
_STREETS = re.compile(
    r"\b(?:улиц|проспект|площад|переул|бульвар|шоссе|набережн|проезд)[а-яё]*\s+"
    r"(?:\d{1,3}[-\s]+(?:лет|летия)\s+[А-ЯЁ][а-яё]+"
    r"|[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?,\s*(?:д\.\s*|дом\s+)?\d{1,4}(?:[а-я]\b|/\d+)?"
    # the house number ends the phrase: «улица Ленина, 12 человек» counts people
    r"(?=\s*(?:[.,;:)!?»]|$)))"
)


def _masked(sentence: str) -> list[tuple[int, int]]:
    spans = [
        m.span()
        for p in (_TIME, _TIME_AFTER, _PHONE, _SCORE, _DAY_SPAN, _PLACES)
        for m in p.finditer(sentence)
    ]
    spans += [m.span() for m in _STREETS.finditer(sentence)]
    return spans + not_prose_spans(sentence) + list_numbering_spans(sentence) + _titles(sentence)


#: «из них», «из которых» right after a bare count: a part of the group counted before
_OF_THEM = re.compile(r"\s*из\s+(?:них|которых)\b", re.IGNORECASE)
_OF_THEM_READ = re.compile(r"\bиз\s+которых$", re.IGNORECASE)


def _of_them(sentence: str, out: list[Quantity]) -> None:
    """«отменены 400 рейсов, 250 из них — в ФРГ», «19 компаний, по четырем из них»: a bare count
    of a part of a group counts what the group's figure counts (as "eight of its 10 members"
    does in English).  Shares and money are no group («20%, половина из них» is read as it
    stands)."""
    for k, q in enumerate(out):
        if q.unit not in (None, "который") or q.value < 2 or q.value_high is not None:
            continue
        # the relative pronoun may have been read as the counted noun («четыре из которых»)
        read = q.noun_end is not None and _OF_THEM_READ.search(sentence, q.start, q.noun_end)
        if not (read or q.unit is None and _OF_THEM.match(sentence, q.end)):
            continue
        unit = next((e.unit for e in reversed(out[:k]) if e.unit is not None), None)
        if unit is None or unit in ("%", "pp") or unit.isupper():
            continue
        q.unit = unit
