"""Figures in a Russian sentence: «[свыше] 231 тыс. [рублей]», «от 5 до 7 тыс.», «в три раза больше».

The same reading as the English extractor, with Russian morphology: words are compared by their
pymorphy3 lemma (so «рублей», «рубля», «рубль» are one unit), decimals use a comma and thousands
a (no-break) space.  Dates («14 марта», «в 2023 году», «1990-х»), ordinals («3-й», «5-го»), times
(«в 10:30»), numbers in names («Су-35», «COVID-19») and article/section numbers («ст. 228») are
refused in :func:`_not_a_claim`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from . import numbers_ru as num
from .currencies_data import RU_NAMES
from .implicit_ru import implicit_units
from .nlp import russian_parses
from .number_of_en import give_total_noun
from .quantity import Quantity, Tag
from .tokens import Token, list_numbering_spans, not_prose_spans, number_value, tokenize, words
from .units import CURRENCY_PREFIXES, RU_PEOPLE, lookup_ru

_MAY_HOLD = re.compile(
    r"\d|летн|(?:од[ни]|дв[аеуо]|тр[иеёо]|оба|обе|четыр|четвер|пят|шест|сем|вос[еь]м|девят|десят|двадцат|тридцат|сорок|"
    r"девяност|сто|двест|трист|сот|тысяч|миллион|миллиард|полтор|половин|трет|четверт|вдвое|"
    r"втрое|удво|утро|\bста\b|\bпол-?[а-яё]{3}|\bпар[уыео]й?\b|\b(?:год|недел[юя]|день|месяц|час)-)",
    re.IGNORECASE,
)
MONTHS_GEN = words(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")  # fmt: skip
YEAR_WORDS = frozenset({"год", "года", "году", "годом", "г", "гг", "годах", "годов", "годы"})
QUALIFIERS: dict[str, str] = {
    "свыше": ">",
    "более": ">",
    "более чем": ">",
    "больше": ">",
    "не менее": ">",
    "не менее чем": ">",
    "не меньше": ">",
    "по меньшей мере": ">",
    "по крайней мере": ">",
    "хотя бы": ">",
    "как минимум": ">",
    "минимум": ">",
    "чуть более": ">",
    "чуть больше": ">",
    "немногим более": ">",
    "сверх": ">",
    "от": ">",
    "менее": "<",
    "меньше": "<",
    "не более": "<",
    "не более чем": "<",
    "не больше": "<",
    "чуть менее": "<",
    "чуть меньше": "<",
    "максимум": "<",
    "до": "<",
    "вплоть до": "<",
    "выше": ">",
    "старше": ">",
    "ниже": "<",
    "младше": "<",
    "моложе": "<",
    # a negated comparative bounds the other way: «не старше 31 года», «не моложе 18 лет»
    "не старше": "<",
    "не выше": "<",
    "не младше": ">",
    "не моложе": ">",
    "не ниже": ">",
    "почти": "~",
    "около": "~",
    "порядка": "~",
    "примерно": "~",
    "приблизительно": "~",
    "ориентировочно": "~",
    "почти что": "~",
    "едва ли не": "~",
    "без малого": "~",
    "чуть ли не": "~",
    "порядка около": "~",
}
_MAX_QUAL = max(len(k.split()) for k in QUALIFIERS)
#: prepositions a qualifier may stand before: «более чем в 30 странах», «почти у половины»
#: the nouns of a threshold a comparative may reach over: «ниже отметки 1 тыс.»
_THRESHOLDS = words("отметки отметку уровня уровень порога порог планки планку рубежа рубеж")
_PREPOSITIONS = words("на в во у с со из к ко по для при за о об среди над")
#: the words between a qualifier and its number: a preposition or a threshold's noun
_GOVERNING = _PREPOSITIONS | _THRESHOLDS
#: verbs after which «до N» is the level reached, not a bound
LEVEL_VERBS = words(
    "замедлиться ускориться опуститься подняться дойти достичь сократить снизить повысить "
    "поднять довести вырасти упасть увеличиться"
    # the other aspect of each, and the verbs of a jump («подскочил до 0,46%», «дорожал до
    # $115»): a verb of change reaches a level whichever aspect it takes (twenty-fourth session)
    " замедляться ускоряться опускаться подниматься доходить достигать сокращать снижать "
    "повышать поднимать доводить вырастать падать увеличиваться подскочить подскакивать "
    "взлететь взлетать дорожать дешеветь нарастить наращивать нарастать"
)
#: ordinals that make a fraction a period or a position («вторая половина года»), as "the
#: first half of 2025" is in English
_PERIOD_ORDINALS = words("первый второй третий четвёртый четвертый последний нижний верхний")
#: how many times something happened, in one word
COUNT_ADVERBS = {"дважды": 2.0, "трижды": 3.0, "четырежды": 4.0}
#: «каждый пятый» → 1/5
ORDINALS = {
    "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5, "шестой": 6,
    "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "сотый": 100,
}  # fmt: skip
#: possessive pronouns that do not agree with the noun after them: «трое его товарищей»
_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
#: collective numerals count people: «двое погибли»
COLLECTIVE = {
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
}
#: «в месяц», «в год»: the period of a rate
PER_PERIOD = {
    "месяц": "month", "год": "year", "сутки": "day", "день": "day", "час": "hour",
    "неделя": "week", "секунда": "s", "минута": "minute", "квартал": "quarter",
}  # fmt: skip
UP = words(
    "вырасти увеличиться подорожать прибавить подняться повыситься возрасти расти увеличить "
    "повысить поднять рост прирост увеличение повышение подорожание"
    " вырастать увеличиваться дорожать прибавлять подниматься повышаться возрастать "
    "увеличивать повышать поднимать подскочить подскакивать взлететь взлетать нарастить "
    "наращивать нарастать"
)
DOWN = words(
    "снизиться сократиться упасть подешеветь уменьшиться потерять опуститься просесть снизить "
    "сократить уменьшить обвалиться падение снижение сокращение уменьшение подешевление "
    "обесцениться"
    " снижаться сокращаться падать дешеветь уменьшаться терять опускаться проседать снижать "
    "сокращать уменьшать обваливаться обесцениваться рухнуть"
)
#: words that number things (abbreviations such as «ст.», «ч.», «п.» are read with their dot)
NUMBERED = words(
    "статья статьи статье статьей часть части пункт пункта пункте страница страницы глава "
    "главы № no номер номера дом корпус рейс маршрут поправка поправки приказ приказа указ указа "
    "постановление закон закона сезон серия серии выпуск том "
    # the instrumental a reference takes after a verb: «предусмотренных статьями 158 и 161»,
    # «законопроект за номером 314582-7»
    "статьями статьёй номером пунктом пунктами частью частями главой главами"
    # the dative and the locative plural: «обвинение по статьям 38-235 и 35-300»
    " статьям статьях пунктам пунктах частям частях главам главах"
)
_MORE_LESS = words(
    "больше меньше выше ниже дороже дешевле чаще реже быстрее медленнее сильнее слабее"
)


@lru_cache(maxsize=4096)
def _collective(word: str) -> int | None:
    """«троим», «семерых»: a collective numeral in any case, by any of its parses (pymorphy3
    reads «троим» first as a verb)."""
    for p in russian_parses(word)[:4]:
        if p.tag.POS == "NUMR" and "Coll" in p.tag and p.normal_form in COLLECTIVE:
            return COLLECTIVE[p.normal_form]
    return None


def may_hold_number(sentence: str) -> bool:
    return bool(_MAY_HOLD.search(sentence))


@lru_cache(maxsize=50000)
def _lemma_of(word: str) -> tuple[str, str]:
    p = russian_parses(word)[0]
    return p.normal_form, str(p.tag.POS or "X")


def _lemma(t: Token) -> str:
    if t.kind != "word":
        return t.text
    return _lemma_of(t.lower)[0]


def _pos(t: Token) -> str:
    return _lemma_of(t.lower)[1] if t.kind == "word" else "X"


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
    return implicit_units(sentence, out)


#: the nouns that name a total of something: «количество заявок», «число жертв»
_TOTAL_NOUNS = frozenset({"количество", "число", "численность"})
_LEVEL_OPENER = re.compile(r"^(?:с|со|от|до)\s+", re.IGNORECASE)
_BARE_RU = re.compile(r"[\d\s,.\u00a0]+(?:тыс|млн|млрд|тысяч\w*|миллион\w*|миллиард\w*)?\.?", re.I)


def _number_of(sentence: str, toks: list[Token], out: list[Quantity]) -> None:
    """A bare figure after «количество X» (or «число X», «численность X») in its sentence
    counts X: «количество заявок выросло до 40 тыс.», as "the number of X" does in English
    (``number_of_en``).  Only a figure with no unit of its own, with no sentence end and no
    count of another noun between."""
    if not any(w in sentence.lower() for w in ("колич", "числ")):
        return
    heads: list[tuple[int, str]] = []
    for k, t in enumerate(toks[:-1]):
        if t.kind == "word" and _lemma(t) in _TOTAL_NOUNS:
            found = _counted_noun(toks, k + 1)
            if found is not None and found[0] == "который":
                # «наёмников, численность которых приближается к 2 тыс.»: the relative pronoun
                # stands for the noun before its clause
                antecedent = _antecedent(toks, k)
                found = (antecedent, found[1], found[2]) if antecedent else None
            if found is not None and found[0]:
                heads.append((toks[found[2] - 1].end, found[0]))
    if not heads:
        return
    # a figure between with its own unit: the bare one may share that
    give_total_noun(sentence, out, heads, bare=_bare_total, names_own=lambda o: o.unit is not None)


def _antecedent(toks: list[Token], k: int) -> str | None:
    """The noun a relative clause opened before ``toks[k]`` refers to: the last noun before the
    clause's comma («наёмников, численность которых»)."""
    b = k - 1
    while b >= 0 and toks[b].text != ",":
        if toks[b].text in ".;!?":
            return None
        b -= 1
    for c in range(b - 1, max(-1, b - 3), -1):
        if toks[c].kind == "word" and _pos(toks[c]) == "NOUN":
            return _lemma(toks[c])
    return None


def _bare_total(number: str) -> bool:
    """A figure's words as a bare count: digits with a level word, or a number in words
    («выросло до восьми»: as bare as digits); «с 1,2 млн до 3,4 млн» holds two levels."""
    number = _LEVEL_OPENER.sub("", number)
    worded = bool(number.split()) and all(_word_number(w.lower()) for w in number.split())
    return _BARE_RU.fullmatch(number) is not None or worded


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

_RU_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_RU_CLAUSE_END = re.compile(r"[.;:!?«»\"()—–,]")
#: a bare figure ending its clause: «вариантов два:», «нападавший был один.»
_CLAUSE_AFTER = re.compile(r"\s*(?:[.,;:!?)»]|—|–|$)")
#: the words a noun and its number may stand apart by: a copula, a focus word
_BETWEEN_NOUN_AND_NUMBER = words("был была было были будет будут всего только лишь уже ровно")


def _noun_before_number(sentence: str, q: Quantity) -> str | None:
    """«вариантов лечения два», «нападавший был один», «преступник был только один»: Russian
    may put the counted noun before its number, the number ending the clause.  The noun agrees
    as after the number — the genitive plural for a count above one, the nominative singular
    for «один» (after a copula) — and may carry a genitive of its own («вариантов лечения»).
    Returns the noun's lemma (a participle's masculine nominative, «нападавший»)."""
    if q.value_high is not None or q.relative or not _CLAUSE_AFTER.match(sentence, q.end):
        return None
    if not sentence[q.start : q.end].isalpha():
        return None  # digits after a noun name a model or a version: «смартфонов iPhone 12»
    before = _RU_WORDS.findall(_clause_before(sentence, q.start))
    copula = False
    k = len(before) - 1
    while k >= 0 and before[k].lower() in _BETWEEN_NOUN_AND_NUMBER:
        copula = copula or before[k].lower().startswith(("был", "буд"))
        k -= 1
    one = q.value == 1
    if one and not copula:
        return None
    for word in before[max(0, k - 1) : k + 1][::-1]:  # the noun, or a genitive after it
        for p in russian_parses(word.lower())[:3]:
            tag = p.tag
            if tag.POS not in ("NOUN", "PRTF", "ADJF") or "Name" in tag or "Surn" in tag:
                continue
            if one and {"nomn", "sing"} <= set(tag.grammemes):
                return _lemma_of_parse(p)
            if (
                not one
                and q.value.is_integer()
                and q.value >= 2
                and {"gent", "plur"} <= set(tag.grammemes)
                and tag.POS == "NOUN"
            ):
                return _lemma_of_parse(p)
    return None


def _clause_before(sentence: str, start: int) -> str:
    cut = max((m.end() for m in _RU_CLAUSE_END.finditer(sentence, 0, start)), default=0)
    return sentence[cut:start]


def _lemma_of_parse(parse: Any) -> str:
    """A noun's lemma; a participle's or an adjective's masculine nominative («нападавший»:
    pymorphy3 lemmatises a participle to its verb)."""
    if parse.tag.POS in ("PRTF", "ADJF"):
        form = parse.inflect({"masc", "sing", "nomn"})
        return str(form.word if form else parse.word)
    return str(parse.normal_form)


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


def _after_change(toks: list[Token], a: int) -> bool:
    """Is there a verb or noun of change in the few words before token ``a`` of its clause?"""
    for b in range(a - 1, max(-1, a - 7), -1):
        if toks[b].text in ",;:!?()—–" or toks[b].kind == "num":
            return False
        if _lemma(toks[b]) in UP | DOWN | LEVEL_VERBS:
            return True
    return False


_FROM_WORDS = frozenset({"с", "со", "от"})


def _end_of_change(toks: list[Token], i: int, j: int, q_high: float | None = None) -> bool:
    """Is the figure at ``toks[i:j]`` an end of a change: «до M» or «с/от N до M» after a verb
    or noun of change in its clause?"""
    prev = toks[i - 1].lower if i > 0 else ""
    if prev == "до":
        # «выросло с 5 до восьми»: the change stands before the near end's «с»
        for k in range(i - 2, max(-1, i - 6), -1):
            if toks[k].lower in _FROM_WORDS:
                return _after_change(toks, k)
            if toks[k].text in ",;:!?()—–":
                break
        return _after_change(toks, i - 1)
    if prev in _FROM_WORDS and q_high is not None:
        return _after_change(toks, i - 1)  # «с пяти до восьми», read as one pair
    if prev in _FROM_WORDS:
        return (
            j + 1 < len(toks)
            and toks[j].lower == "до"
            and (toks[j + 1].kind == "num" or _word_number(toks[j + 1].lower) is not None)
            and _after_change(toks, i - 1)
        )
    return False


_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}(?=\s*(?:ч|час|мск|по москов|по местному|утра|вечера|дня|ночи))|(?<![\d,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)
#: a time of day after a preposition of time, no unit after it: «около 15.30», «к 18.30», «в
#: 9.15» (a figure with a decimal part names its unit: «до 18.50 рубля», «в 2.50 раза»)
_TIME_AFTER = re.compile(
    r"(?i)(?<!\w)(?:около|в|во|к|до|после|с|со)\s+(?:([01]?\d|2[0-3])\.[0-5]\d)(?!\d|[.,]\d)"
    r"(?!\s*(?:%|проц|руб|долл|евро|млн|млрд|тыс|трлн|раз|км|кг|м\b|г\b|т\b|л\b|балл|пункт|град))"
)
_PHONE = re.compile(r"(?<!\w)(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)")


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


def _word_number(word: str) -> float | None:
    return num.SURFACE.get(word) or num.CARDINALS.get(_lemma_of(word)[0])


_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second", "years old"])
#: units of time a writer counts once by naming them: «год-два» (one or two years)
_ONE_UNITS = words("год неделя день месяц час минута сутки")


def _hyphened_range(sentence: str, toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    """An approximate range written as one hyphened word: «два-три дня», «полтора-два месяца»,
    «пять-шесть человек»; or a unit of time named once, then a number: «год-два», «неделю-две»
    (one or two of the unit)."""
    t = toks[i]
    head, _, tail = t.lower.partition("-")
    high = _word_number(tail) if tail and "-" not in tail else None
    if high is None:
        return None
    unit: str | None
    low = _word_number(head)
    if low is None:
        lemma = _lemma_of(head)[0]
        if lemma not in _ONE_UNITS or high < 2:
            return None
        low, unit, end = 1.0, lookup_ru(lemma), i + 1
    else:
        if low >= high:
            return None
        found = _unit_at(sentence, toks, i + 1)
        unit, end = found if found else (None, i + 1)
        if unit is None:
            noun = _counted_noun(toks, i + 1)
            if noun:
                unit, end = noun[0], noun[2]
    if unit is None:
        return None
    return Quantity(t.start, toks[end - 1].end, float(low), float(high), unit), end


def _quantity_at(sentence: str, toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    n = len(toks)
    start_i = i
    currency = None
    sign = 1.0
    change = "="
    if toks[i].text in CURRENCY_PREFIXES and i + 1 < n and toks[i + 1].kind == "num":
        currency, i = CURRENCY_PREFIXES[toks[i].text], i + 1
    signed = toks[i].text in "-−+" and i + 1 < n and toks[i + 1].kind == "num" and toks[i + 1].glued
    sign_word = False
    if signed and not (toks[i].glued and i > 0 and toks[i - 1].kind in ("num", "word")):
        sign = 1.0 if toks[i].text == "+" else -1.0  # «+3 градуса», «-15 °C»
        i += 1
    elif toks[i].lower in _SIGN_WORDS and i + 1 < n and toks[i + 1].kind == "num":
        sign, sign_word = _SIGN_WORDS[toks[i].lower], True  # «минус 5 градусов»
        i += 1
    t = toks[i]
    # «каждый пятый» → 1/5; «двое погибли» → 2 people
    if _lemma(t) == "каждый" and i + 1 < n and _lemma(toks[i + 1]) in ORDINALS:
        q = Quantity(t.start, toks[i + 1].end, 1 / ORDINALS[_lemma(toks[i + 1])], unit="fraction")
        return q, i + 2
    hyphened = _hyphened_range(sentence, toks, i) if "-" in t.text else None
    if hyphened is not None:
        q, end = hyphened
        _qualify(sentence, toks, i, end, q)
        return q, end
    collective = COLLECTIVE.get(t.lower) or (_collective(t.lower) if t.kind == "word" else None)
    if collective:  # «двое», «троих детей»: every case form through the lemma
        # a collective numeral before a noun counts that noun («двое жителей», «семеро
        # пожарных», «трое наших бойцов»); standing alone it counts people («двое погибли»)
        measured = _unit_at(sentence, toks, i + 1)
        if measured is not None:  # «двое суток»: a collective before a unit measures
            return Quantity(t.start, toks[measured[1] - 1].end, collective, unit=measured[0]), (
                measured[1]
            )
        # a possessive pronoun may stand between («трое его товарищей»), as before a cardinal's
        # noun («пять его книг»)
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].lower in _POSSESSIVES else i + 1
        after_collective = _counted_noun(toks, k)
        if after_collective is not None and after_collective[1] == k:
            counted_lemma, _, end = after_collective
            return Quantity(t.start, toks[end - 1].end, collective, unit=counted_lemma), end
        return Quantity(t.start, t.end, collective, unit="people"), i + 1
    if (
        t.kind == "word"
        and t.lower in num.MULTIPLE_WORDS
        or _lemma(t) in ("удвоиться", "утроиться", "удвоить", "утроить")
    ):
        value = num.MULTIPLE_WORDS.get(t.lower) or num.MULTIPLE_WORDS[_lemma(t)]
        q = Quantity(t.start, t.end, value, unit="times", relative=True)
        if _lemma(t).startswith(("удво", "утро")):
            q.change = "up"
        else:
            _relative_direction(toks, i + 1, q)
            _verb_direction(toks, i, q)
        _qualify(sentence, toks, i, i + 1, q)
        return q, i + 1
    if t.lower in COUNT_ADVERBS:  # «трижды поднималась на Эльбрус»: a count of times
        q = Quantity(t.start, t.end, COUNT_ADVERBS[t.lower], unit="times")
        _qualify(sentence, toks, i, i + 1, q)
        return q, i + 1
    # «в три раза больше», «в 2,5 раза»
    if t.lower == "в" and i + 2 < n:
        parsed = _number(toks, i + 1)
        if parsed and parsed[2] < n and _lemma(toks[parsed[2]]) == "раз":
            k = parsed[2]
            # «в десятки раз», «в сотни раз»: a vague multiple is a range ten times wide, as
            # «десятки» is anywhere else (the upper end was dropped before this session)
            high = parsed[1] if parsed[1] is not None and parsed[1] > 0 else None
            q = Quantity(t.start, toks[k].end, parsed[0], high, unit="times", relative=True)
            _relative_direction(toks, k + 1, q)
            _verb_direction(toks, i, q)
            _qualify(sentence, toks, i, k + 1, q)
            return q, k + 1
    half_unit = _half_of_unit(t) if i == start_i else None
    if half_unit:  # «полгода», «полчаса», «полкилометра»: half of one unit
        q = Quantity(t.start, t.end, 0.5, unit=half_unit)
        _qualify(sentence, toks, i, i + 1, q)
        return q, i + 1
    parsed = _number(toks, i)
    if parsed is None:
        return _measure_word(toks, i) if i == start_i else None
    value, high, j, is_word = parsed
    ending = _case_ending(toks, j, value) if not is_word else 0
    j += ending  # «27-ми лет», «10-ти дневный», «60-и летний»: the numeral's case, not an ordinal
    age = _measure_adjective(toks, j, spaced_any=ending > 0)
    if age is not None and high is None and not is_word:
        age_unit, end = age
        q = Quantity(toks[start_i].start, toks[end - 1].end, value, unit=age_unit)
        _qualify(sentence, toks, start_i, end, q)
        return q, end
    fraction = high == -1.0
    if fraction:
        high = None
    unit: str | None = currency
    factor, j = _multiplier(toks, j)
    if high is None and not fraction and factor >= 1000:
        # «1 миллион 532 тысячи 618 гривен», «12 тысяч 130 рублей», «1 млн 532 тыс. грн»: a
        # number written in parts, each smaller part after the larger one's scale word
        whole, j = _compound_rest(toks, j, value * factor)
        value = sign * whole
    else:
        value *= sign * factor
    if high is not None:
        high *= factor
    if unit is None:
        found = _unit_at(sentence, toks, j)
        if found:
            unit, j = found
            if unit == "point" and _names_a_place(toks, j):
                unit = "пункт"  # «четыре пункта временного размещения»: places, not points
    end_j = j
    rng = _range_tail(sentence, toks, start_i, j, unit, value, factor)
    if rng:
        value, high, unit2, j = rng
        unit = unit or unit2
        end_j = j
    if unit is not None and not (unit in _TIME_UNITS and j < n and toks[j].lower == "за"):
        # «до 20 лет за участие»: a term given for a deed, not a rate; «рублей за литр» is one
        # «20 лет ежедневно ходил»: an adverb after a span of time is the verb's, not a rate's
        per = _per(sentence, toks, j, adverbs=unit not in _TIME_UNITS)
        if (
            per is None
            and j + 2 < n
            and toks[j + 1].lower == "в"
            and unit not in _TIME_UNITS
            and _genitive_after(toks, j)
        ):
            # «20 млрд кубометров газа в год», «400 тонн цемента в сутки»: what the unit
            # measures stands between it and the period of the rate
            per = _per(sentence, toks, j + 1)
        if per:
            unit = f"{unit}/{per[0]}" if per[0] != "s" or unit != "m" else "m/s"
            j = end_j = per[1]
    q = Quantity(toks[start_i].start, toks[end_j - 1].end, value, high, unit, change=change)
    if fraction:
        q.unit = q.unit or "fraction"
        if start_i > 0 and _lemma(toks[start_i - 1]) in _PERIOD_ORDINALS:
            return None  # «во второй половине списка», «первой половины XX века»: a period
    if q.unit == "people" and j > 0 and toks[j - 1].kind == "word":
        q.noun_start, q.noun_end = toks[j - 1].start, toks[j - 1].end  # «500 человек»
    a_measure = q.unit not in (None, "fraction", "people")
    if q.unit is None or q.unit == "fraction":
        noun = _counted_noun(toks, j)
        if noun:
            lemma, first, nxt = noun
            q.noun_start, q.noun_end = toks[first].start, toks[nxt - 1].end
            if q.unit is None:
                q.unit = lemma
                q.end = toks[nxt - 1].end
                end_j = nxt
                # «15 машин в год», «300 рейсов в неделю»: a count per period is a rate, as
                # «евро в год» is (thirteenth session); «за» stays out («10 машин за год» tells
                # what a year gave)
                if nxt + 1 < n and toks[nxt].lower == "в":
                    per = _per(sentence, toks, nxt)
                    if per:
                        q.unit = f"{lemma}/{per[0]}"
                        q.end = toks[per[1] - 1].end
                        end_j = per[1]
    if sign_word and sign < 0 and not a_measure and q.unit is not None:
        # «минус 2 игрока», «минус три человека»: a count is never below zero — the word says
        # what was taken away, not a sign (a temperature, a percentage, money keep theirs)
        q.start, q.value = toks[start_i + 1].start, -q.value
    if q.unit is None and value >= 2 and end_j + 1 < n and toks[end_j].lower == "из":
        # «семь из 12 регионов», «2 из 5 россиян»: a count out of a group, named after «из»
        k = end_j + 1 + (toks[end_j + 1].kind == "num")
        noun = _counted_noun(toks, k)
        if noun:
            q.unit = noun[0]
            q.noun_start, q.noun_end = toks[noun[1]].start, toks[noun[2] - 1].end
    if q.unit and q.unit.partition("/")[0] == "фунт" and (factor >= 1000 or currency):
        # «30 млн фунтов»: a sum of money, not a weight (and «… фунтов в год» a rate of it)
        q.unit = "GBP" + q.unit[len("фунт") :]
    _qualify(sentence, toks, start_i, end_j, q)
    return q, end_j


#: what a compound adjective measures, by the stem after its numeral: «42-летний»,
#: «70-процентное», «трёхэтажный», «630-местный», «пятнадцатимесячная».  «двукратный
#: чемпион» is left out although English reads "three-time champion": read as 2 times in the
#: thirteenth session, it gained one figure on gazeta2 and cost NEREL's two halves 0.3-0.4 of
#: value F1 (NEREL annotates no count of times; no check half moved), so it was dropped
MEASURE_STEMS: dict[str, str] = {
    "летн": "year",
    "месячн": "month",
    "недельн": "week",
    "дневн": "day",
    "суточн": "day",
    "часов": "hour",
    "минутн": "minute",
    "секундн": "second",
    "процентн": "%",
    "этажн": "этаж",  # a count of things is named by its noun's lemma, as «217 мест» → «место»
    "комнатн": "комната",
    "местн": "место",
    "ярусн": "ярус",
    "тонн": "tonne",
    "километров": "km",
    "сантиметров": "cm",
    "миллиметров": "mm",
    "метров": "m",
    "долларов": "USD",
    "рублев": "RUB",
    "рублёв": "RUB",
}
_STEMS = "|".join(sorted(MEASURE_STEMS, key=len, reverse=True))
#: an adjective's ending: «-летн|ий», «-часов|ой», but not the noun «стометров|ка» (a race)
_ADJ = r"(?:ый|ий|ой|ей|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ою|ею|ые|ие|ых|их|ыми|ими)$"
#: after digits and a hyphen, with the case ending of the numeral some write: «5-ти этажный»
_MEASURE_AFTER_DIGITS = re.compile(rf"^(?:ти|х|и|ми|ех|ух)?({_STEMS}){_ADJ}")
#: a numeral and the measure in one word: «пяти|летний», «четырех|процентный»
_MEASURE_WORD = re.compile(rf"^([а-яё]+?)({_STEMS}){_ADJ}", re.IGNORECASE)
#: a measure adjective written apart from its digits: singular «летний» forms, «процентный»
_SPACED_MEASURE = re.compile(r"^(?:летн(?:ий|его|ему|им|ем|яя|ей|юю|ее)|процентн\w+)$")
#: durations that are an age when said of a person
_AGES = {"year": "years old", "month": "months old"}


#: a cardinal's case ending written after its digits («27-ми», «10-ти», «2-ух», «3-х»), checked
#: against the number itself (an ordinal's «5-ми», «3-й», «5-го», «1990-х» are refused)
CASE_ENDINGS = frozenset({"ти", "ми", "и", "х", "ух", "ех", "ёх", "ью", "мя"})


def _case_ending(toks: list[Token], j: int, value: float) -> int:
    """2 when the case ending of ``value``'s cardinal follows its digits at ``toks[j]``, else 0.
    The ending must be the number's own: «27-ми» (двадцати семи), but «6-ми выборами» is the
    ordinal «шестыми»."""
    if not (
        j + 1 < len(toks)
        and toks[j].text in "-–‑"
        and toks[j].glued
        and toks[j + 1].glued
        and toks[j + 1].lower in CASE_ENDINGS
    ):
        return 0
    return 2 if toks[j + 1].lower in _endings_of(value) else 0


def _endings_of(value: float) -> frozenset[str]:
    """The case endings a cardinal's genitive, dative or instrumental takes after its digits."""
    if not value.is_integer():
        return frozenset()
    v = int(value)
    if 11 <= v % 100 <= 19 or v % 10 in (0, 5, 6, 9):
        return frozenset({"ти", "и", "ью"})
    if v % 10 in (7, 8):
        return frozenset({"ми", "и", "ью"})
    if v % 10 == 2:
        return frozenset({"х", "ух", "мя"})  # «2-х»; «1990-х» ends in 0 and stays a decade
    if v % 10 in (3, 4):
        return frozenset({"х", "ех", "ёх", "мя"})
    return frozenset()


def _measure_adjective(
    toks: list[Token], j: int, *, spaced_any: bool = False
) -> tuple[str, int] | None:
    """«42-летний мужчина», «54-летняя Сотомайор»: an age; «10-летний контракт»: a duration;
    «70-процентное увеличение», «630-местный парламент»: a share, a count of seats.

    The adjective agrees with the noun it describes: a person (an animate noun or a name) has an
    age, a thing a duration.  Returns (unit, index after the adjective) or ``None``."""
    n = len(toks)
    if j < n and toks[j].kind == "word" and not toks[j].glued:
        # written apart: «11 летнего мальчика», «54 процентным»; «летний» alone is also
        # "summer", so only its singular forms, which a number above one cannot take as "summer"
        w = toks[j].lower
        if _SPACED_MEASURE.match(w) or spaced_any:
            stem = _MEASURE_AFTER_DIGITS.match(w)
            if stem and not _points_follow(toks, j + 1):
                return _measured_unit(MEASURE_STEMS[stem.group(1)], toks, j + 1), j + 1
        return None
    if not (
        j + 1 < n
        and toks[j].text in "-–‑"
        and toks[j].glued
        and toks[j + 1].glued
        and toks[j + 1].kind == "word"
    ):
        return None
    if toks[j + 1].lower in _SHORT_MEASURES and j + 2 < n and toks[j + 2].kind == "word":
        # «152-мм гаубицы», «20-см слой»: a unit's short form made an adjective by the hyphen
        return _SHORT_MEASURES[toks[j + 1].lower], j + 2
    m = _MEASURE_AFTER_DIGITS.match(toks[j + 1].lower)
    if m is None or _points_follow(toks, j + 2):
        return None
    return _measured_unit(MEASURE_STEMS[m.group(1)], toks, j + 2), j + 2


#: the short units a hyphen joins to digits to make a measure adjective («152-мм»)
_SHORT_MEASURES = {"мм": "mm", "см": "cm", "км": "km", "кг": "kg"}


#: what is measured in points: «пункт» of one of these is a point of a scale, never a place
_SCALES = frozenset(
    ["рейтинг", "индекс", "показатель", "шкала", "уровень", "балл", "опрос", "котировка"]
)


def _names_a_place(toks: list[Token], k: int) -> bool:
    """«пункт» followed by what it is a point of, in the genitive: «пункта временного
    размещения», «пунктов вакцинации», «пункта пропуска» — a place; a score or an index's
    points stand alone or before a preposition («на 3 пункта до 1200»)."""
    if k >= len(toks) or toks[k].kind != "word" or not toks[k - 1].lower.startswith("пункт"):
        return False
    if toks[k].text[:1].isupper():
        return False  # «30 пунктов Мосбиржи»: the index whose points they are
    if _lemma(toks[k]) in _SCALES:
        return False  # «потеряла 4 пункта рейтинга»: a scale's points, lower case
    return any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "gent"
        for p in russian_parses(toks[k].lower)[:2]
    )


def _points_follow(toks: list[Token], k: int) -> bool:
    """«3 процентных пункта»: percentage points, read as a unit of their own."""
    return k < len(toks) and toks[k].lower.startswith("пункт")


#: nouns a «-летний» adjective before them makes an age: the age itself, a round birthday
_AGE_NOUNS = frozenset({"возраст", "юбилей", "годовщина"})


def _measured_unit(unit: str, toks: list[Token], k: int) -> str:
    """An age for a person (an animate noun or a name) described by a «-летний»/«-месячный»
    adjective ending before ``toks[k]``, a duration for a thing; other measures as they are."""
    if unit not in _AGES:
        return unit
    for m in range(k, min(k + 4, len(toks))):
        t = toks[m]
        if t.kind != "word":
            break
        if t.text[:1].isupper():
            return _AGES[unit]
        parses = russian_parses(t.lower)
        parse = parses[0]
        if parse.tag.POS == "NOUN":
            # any animate reading: «94-летнему политику» is a man, though «политику» is first
            # read as «политика» (politics); the adjective's case picks the reading the parser
            # ranked lower
            animate = any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses)
            # «в 58-летнем возрасте», «60-летнего возраста»: the noun says it is an age; so
            # does «юбилей», a birthday's round number («отметил свой 75-летний юбилей»: he
            # is 75; «200-летний юбилей академии»: the academy's age)
            return _AGES[unit] if animate or parse.normal_form in _AGE_NOUNS else unit
        if parse.tag.POS not in ("ADJF", "PRTF", "CONJ", "ADVB"):
            break
    return _AGES[unit]  # «мужчину, 42-летнего…»: said of someone named before


def _measure_word(toks: list[Token], i: int) -> tuple[Quantity, int] | None:
    """«Восьмидесятилетний Маккейн», «пятилетнего мальчика», «четырехпроцентный рост»,
    «трёхэтажный дом»: a numeral and what it measures written as one word."""
    t = toks[i]
    m = _MEASURE_WORD.match(t.lower) if t.kind == "word" else None
    value = num.compound_value(m.group(1)) if m else None
    if value is None or m is None:
        return None
    unit = _measured_unit(MEASURE_STEMS[m.group(2).lower()], toks, i + 1)
    return Quantity(t.start, t.end, value, unit=unit), i + 1


def _per(
    sentence: str, toks: list[Token], j: int, *, adverbs: bool = True
) -> tuple[str, int] | None:
    """«руб./кг», «рублей за литр», «евро в год», «метров в секунду»: the rate's denominator;
    an adverb of period («ежедневно») only when ``adverbs`` (money and measures, not a span of
    time, as in English)."""
    n = len(toks)
    if j + 1 >= n:
        return None
    w = toks[j].lower
    if w == "/" and toks[j + 1].kind == "word":
        found = _unit_at(sentence, toks, j + 1)
        if found:
            return found
        return _lemma(toks[j + 1]), j + 2
    if w == "в" and toks[j + 1].kind == "word" and _lemma(toks[j + 1]) in PER_PERIOD:
        if _genitive_after(toks, j + 2):
            return None  # «в день траура», «в год своего основания»: a point in time, no rate
        return PER_PERIOD[_lemma(toks[j + 1])], j + 2
    if adverbs and w in _RATE_ADVERBS_RU:
        # «1,5 млн долларов ежедневно», «400 тонн ежегодно»: an adverb of period after the
        # figure makes it a rate, as «в день» does
        return _RATE_ADVERBS_RU[w], j + 1
    if (
        w == "за"
        and toks[j + 1].kind == "word"
        and _lemma(toks[j + 1]) not in PER_PERIOD
        and _lemma(toks[j + 1]) not in _TIMES_OF_YEAR
    ):
        found = _unit_at(sentence, toks, j + 1)
        if found:
            return found
        nxt = toks[j + 1]
        if (
            _pos(nxt) == "NOUN"
            and any("accs" in p.tag for p in russian_parses(nxt.lower)[:2])
            and not _names_an_action(_lemma(nxt))
        ):
            return _lemma(nxt), j + 2
    return None


#: adverbs of period that make the figure before them a rate
_RATE_ADVERBS_RU = {
    "ежедневно": "day", "ежегодно": "year", "ежемесячно": "month", "еженедельно": "week",
    "ежечасно": "hour", "ежеквартально": "quarter", "ежесуточно": "day",
}  # fmt: skip
#: «за апрель», «за лето»: a named month or season is when, not the period of a rate
#: («упало на 80% за апрель» had been read as 80 % per April)
_TIMES_OF_YEAR = words(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "зима весна лето осень полугодие"
)


#: the suffixes of nouns made from verbs, which name an action («лечение», «участие»,
#: «минимизация», «строительство»): money paid «за» an action is paid for it, once, and is no
#: rate per a thing («3000 долларов за минимизацию штрафов», «1,5 млн гривен за лечение»)
_ACTION_SUFFIXES = ("ние", "тие", "ация", "ство")
#: nouns with those endings that name a thing a price may be per («за изделие»)
_THING_NOUNS = frozenset({"изделие", "издание", "здание", "средство", "устройство", "сиденье"})


def _names_an_action(lemma: str) -> bool:
    return lemma.endswith(_ACTION_SUFFIXES) and lemma not in _THING_NOUNS


def _genitive_after(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a noun, adjective or pronoun in the genitive: it names which
    period the one before it is («в неделю выборов», «в минуту взлёта»)."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    first = russian_parses(toks[k].lower)[0]
    return first.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF") and first.tag.case == "gent"


def _number(toks: list[Token], i: int) -> tuple[float, float | None, int, bool] | None:
    read = _whole_number(toks, i)
    if read is None or read[1] is not None:
        return read
    value, _, j, worded = read
    # a mixed number: «три с половиной года», «2 с половиной миллиона» (a unit with no number,
    # «час с четвертью», is not read here)
    # (the «с» is the preposition, not a second)
    if j + 1 < len(toks) and toks[j].lower == "с" and _lemma(toks[j + 1]) in _MIXED_PARTS:
        return value + _MIXED_PARTS[_lemma(toks[j + 1])], None, j + 2, worded
    return read


#: the part a mixed number adds after «с» (its instrumental: «с половиной», «с четвертью»)
_MIXED_PARTS = {"половина": 0.5, "четверть": 0.25}


def _whole_number(toks: list[Token], i: int) -> tuple[float, float | None, int, bool] | None:
    t = toks[i]
    if t.kind == "num":
        return number_value(t, "ru"), None, i + 1, False
    if t.kind != "word":
        return None
    vague = num.parse_vague(toks, i, _lemma)
    if vague and not (i > 0 and toks[i - 1].kind == "num"):
        return vague[0], vague[1] if vague[1] != vague[0] else None, vague[2], True
    frac = num.parse_fraction(toks, i, _lemma)
    if frac:
        return frac[0], -1.0, frac[1], True  # high -1: a fraction (see _quantity_at)
    words = num.parse_words(toks, i, _lemma)
    if words:
        return words[0], None, words[1], True
    if _lemma(t) in num.SCALES and not (i > 0 and toks[i - 1].kind == "num"):
        return 1.0, None, i, True  # «более миллиона», «до миллиона рублей»: the scale follows
    if (
        t.lower in ("пару", "пары", "паре", "парой")
        and i + 1 < len(toks)
        and _lemma(toks[i + 1]) in _ONE_UNITS
    ):
        return 2.0, None, i + 1, True  # «через пару месяцев», «пару лет»: two of a unit of time
    half = _half_rest(t)
    if half and half in _HALF_COUNTS:  # «полмиллиона», «полсотни», «полдюжины»
        return 0.5 * _HALF_COUNTS[half], None, i + 1, True
    return None


def _compound_rest(toks: list[Token], j: int, value: float) -> tuple[float, int]:
    """The smaller parts of a number written in parts after ``value`` (already scaled, its
    scale word ending before ``toks[j]``): each part a number whose own scale (or none, for
    the last) is smaller than the one before it.  ``(whole value, next index)``."""
    scale = value
    while j < len(toks) and toks[j].kind == "num":
        part = _whole_number(toks, j)
        if part is None or part[1] is not None:
            break
        factor, k = _multiplier(toks, part[2])
        amount = part[0] * factor
        # the part must sit below the scale of the last one: «1 миллион 532 тысячи», then
        # «618»; «5 тысяч 2020 года» is no part (a year after a count is a date)
        unit_scale = 10 ** math.floor(math.log10(scale)) if scale > 0 else 0
        if amount <= 0 or amount >= unit_scale or (factor == 1.0 and amount >= 1000):
            break
        if factor == 1.0 and k < len(toks) and toks[k].lower in MONTHS_GEN | YEAR_WORDS:
            break  # «перечислила 300 тысяч 15 марта»: a day of a month after a count is a date
        if factor == 1.0 and k + 1 < len(toks) and toks[k].text in "-–‑" and toks[k].glued:
            break  # «1 тыс. 155-мм гаубиц», «2 тыс. 5-летних»: a number made an adjective
        value += amount
        j = k
        if factor == 1.0:
            break
        scale = amount
    return value, j


#: what «пол-» halves when it is a number: a scale or a count noun
_HALF_COUNTS = {**num.SCALES, "сотня": 100.0, "дюжина": 12.0, "десяток": 10.0}
#: words made with «пол-» that are not halves of a measure
_NOT_HALVES = frozenset(["полдень", "полночь", "полдник"])


def _half_rest(t: Token) -> str | None:
    """The lemma «пол-» halves in one word («полмиллиона» → миллион, «полгода» → год): the
    prefix takes the genitive of a measure or a number noun."""
    w = t.lower
    if t.kind != "word" or not w.startswith("пол") or len(w) < 6 or _lemma(t) in _NOT_HALVES:
        return None
    if w.startswith("полу") and _lemma(t) != "полумесяц":
        # the oblique cases: «до полугода», «около получаса», «полумиллиона» («полумесяц» is
        # the crescent, «полуостров» no half of a measure)
        lemma, pos = _lemma_of(w[4:])
        if pos == "NOUN" and (lookup_ru(lemma) is not None or lemma in _HALF_COUNTS):
            return lemma
    rest = w[3:].lstrip("-")
    lemma, pos = _lemma_of(rest)
    return lemma if pos == "NOUN" else None


def _half_of_unit(t: Token) -> str | None:
    rest = _half_rest(t)
    if rest is None or rest in _HALF_COUNTS:
        return None
    return lookup_ru(rest)


#: nouns that count tens and hundreds after a number
_TENS_AND_HUNDREDS = {"десяток": 10.0, "сотня": 100.0}


def _multiplier(toks: list[Token], j: int) -> tuple[float, int]:
    factor = 1.0
    while j < len(toks) and toks[j].kind == "word":
        w = toks[j].lower
        lem = _lemma(toks[j])
        key = w if w in num.MULTIPLIERS else lem if lem in num.SCALES else None
        if key is None and factor == 1.0 and lem in _TENS_AND_HUNDREDS:
            # «четырёх десятков автобусов», «две сотни человек»: a count of tens or hundreds
            factor *= _TENS_AND_HUNDREDS[lem]
            j += 1
            continue
        if key is None:
            break
        factor *= num.MULTIPLIERS[key]
        j += 1
        if j < len(toks) and toks[j].text == "." and toks[j].glued:
            j += 1
    return factor, j


def _unit_at(sentence: str, toks: list[Token], j: int) -> tuple[str, int] | None:
    n = len(toks)
    if j >= n:
        return None
    if (
        j + 2 < n
        and toks[j].lower in _SHORT_POWERS
        and toks[j + 1].text == "."
        and toks[j + 2].kind == "word"
    ):
        # «200 кв. метров», «5 куб. метров»: the abbreviated adjective before an inflected
        # unit, read as the full adjective before the unit's lemma
        unit = lookup_ru(f"{_SHORT_POWERS[toks[j].lower]} {_lemma(toks[j + 2])}")
        if unit:
            return unit, j + 3
    for width in (5, 4, 3, 2, 1):
        k = j + width
        if k > n or any(t.kind == "num" for t in toks[j:k]):
            continue
        surface = " ".join(sentence[toks[j].start : toks[k - 1].end].lower().split())
        unit = lookup_ru(surface)
        if unit is None and all(t.kind == "word" for t in toks[j:k]):
            lemmas = " ".join(_lemma(t) for t in toks[j:k])
            # every country's currency by its CLDR name: «9 млн шведских крон»
            unit = lookup_ru(lemmas) or (
                RU_NAMES.get(lemmas.replace("ё", "е")) if k > j + 1 else None
            )
        if unit:
            if k < n and toks[k].text == "." and toks[k].glued and lookup_ru(surface + "."):
                k += 1  # «руб.», «долл.»
            return unit, k
    return None


#: the signs of a temperature written as words
_SIGN_WORDS = {"плюс": 1.0, "минус": -1.0}
#: abbreviated "square" and "cubic" before a unit
_SHORT_POWERS = {"кв": "квадратный", "куб": "кубический"}


def _range_tail(
    sentence: str, toks: list[Token], i: int, j: int, unit: str | None, value: float, factor: float
) -> tuple[float, float, str | None, int] | None:
    n = len(toks)
    if j >= n:
        return None
    conn = toks[j].lower
    # «+12..+17 градусов»: two dots written for an ellipsis, as «…» is
    dots = conn == "." and j + 2 < n and toks[j + 1].text == "." and toks[j + 1].glued
    # «от плюс 14 до плюс 19»: the sign word stands before the number it signs
    before = toks[i - 2].lower if i > 1 and toks[i - 1].lower in _SIGN_WORDS else ""
    before = before or (toks[i - 1].lower if i > 0 else "")
    # a minus sign glued on both sides is a dash a typesetter or a converter chose: «в 3−4%»
    minus = conn == "−" and toks[j].glued and j + 1 < n and toks[j + 1].glued
    if conn in ("-", "–", "—", "…") or dots or minus:
        if toks[i].kind == "word":
            return None
    elif conn == "до" and before in ("от", "с", "со") or conn == "и" and before == "между":
        pass
    else:
        return None
    k = j + 2 if dots else j + 1
    currency = None
    if k < n and toks[k].text in CURRENCY_PREFIXES:
        currency, k = CURRENCY_PREFIXES[toks[k].text], k + 1
    sign = 1.0
    if k + 1 < n and toks[k].text in "+-−" and toks[k + 1].kind == "num" and toks[k + 1].glued:
        sign, k = (-1.0 if toks[k].text != "+" else 1.0), k + 1
    elif k + 1 < n and toks[k].lower in _SIGN_WORDS and toks[k + 1].kind == "num":
        sign, k = _SIGN_WORDS[toks[k].lower], k + 1
    if k >= n:
        return None
    if toks[k].kind == "num":
        second, k = sign * number_value(toks[k], "ru"), k + 1
    else:
        words_ = num.parse_words(toks, k, _lemma) if toks[i].kind == "word" else None
        if words_ is None:
            return None
        second, k = words_  # «от трёх до шести тысяч рублей»
    factor2, k = _multiplier(toks, k)
    scale = _lemma(toks[k - 1]) if toks[k - 1].kind == "word" else ""
    if factor2 == 1.0 and scale in num.SCALES and toks[i].kind == "word":
        factor2 = num.SCALES[scale]  # the words read their scale: «пяти тысяч» → 5000
        second /= factor2
    unit2 = currency
    if unit2 is None:
        found = _unit_at(sentence, toks, k)
        if found:
            unit2, k = found
    if unit and unit2 and unit != unit2:
        return None
    high = second * factor2
    if factor == 1.0 and factor2 != 1.0 and value < second:
        value *= factor2
    return value, high, unit2, k


#: how many words after a figure its counted noun may stand: the noun and the adjectives and
#: participles agreeing with it («14 других обычных недорогих продуктов»); each word on the way
#: must agree (see ``_agrees``), so the reach stops at the first word of another phrase
_NOUN_REACH = 5


def _counted_noun(toks: list[Token], j: int) -> tuple[str, int, int] | None:
    """«500 человек», «231 тыс. жителей», «семь новых школ»: the noun after a figure."""
    if j + 1 < len(toks) and toks[j].text in _OPENING_QUOTES and toks[j + 1].kind == "word":
        j += 1  # «два «Оскара», «пять «Золотых глобусов»: the counted name in quotes
    if (
        j + 3 < len(toks)
        and toks[j].kind == "num"
        and toks[j + 1].text in "-–‑"
        and toks[j + 1].glued
        and toks[j + 2].kind == "word"
        and toks[j + 2].glued
        # a measure («155-мм», «10-летних»), not a case ending of an ordinal («2-го тайма»)
        and (lookup_ru(toks[j + 2].lower) or _MEASURE_AFTER_DIGITS.match(toks[j + 2].lower))
        and toks[j + 3].kind == "word"
    ):
        j += 3  # «1 тыс. 155-мм гаубиц»: a number made an adjective describes the noun after it
    first = j
    k = j
    while k < len(toks) and k - first < _NOUN_REACH and toks[k].kind == "word":
        pos = _pos(toks[k])
        if pos == "ADJS" and _plural_genitive_noun(toks[k].lower):
            # «249 каштанов»: after a figure the plural genitive of a noun, not the short
            # possessive adjective the word also spells
            noun = next(p for p in russian_parses(toks[k].lower)[:3] if p.tag.POS == "NOUN")
            return noun.normal_form, first, k + 1
        if (
            (pos == "ADVB" or (pos == "ADJS" and toks[k].lower.endswith("о")))
            and k + 1 < len(toks)
            and _pos(toks[k + 1]) in ("ADJF", "PRTF")
        ):
            # «тридцати самых известных архитекторов», «948 лабораторно подтверждённых
            # случаев»: the adverb grades the adjective
            k += 1
            continue
        if k > first and pos in ("ADJF", "PRTF", "NOUN") and not _agrees(toks, first, k):
            # «9709 заболевших новой инфекцией», «281 752 заразившихся коронавирусом»: a word
            # in another case than the plural genitive before it belongs to that participle's
            # own phrase; the participle was the noun
            break
        if pos == "NPRO" and k == first and toks[k].lower in _POSSESSIVES:
            k += 1  # «миллионы её граждан», «20 их сотрудников»: the owner before the noun
            first = k
            continue
        if pos == "NOUN" and _adjective_before_noun(toks, k):
            k += 1  # «21 тыс. здоровых взрослых участников»: «взрослых» describes the noun
            continue
        if pos == "NOUN":
            lemma = _lemma(toks[k])
            if lemma in num.SCALES or lemma in ("год", "раз"):
                return None
            if k > first or lookup_ru(lemma) is None:
                unit = _unit_noun(toks[k].lower)
                if unit is not None:
                    # «72 академических часа», «3 рабочих дня», «двух часах езды»: a unit
                    # after its adjectives is still that unit (the adjective says which
                    # hours, the figure measures hours); of a word's readings the one that
                    # is a unit («часах»: «час», not «часы»), since a figure stands before it
                    return unit, first, k + 1
            return (
                ("people" if toks[k].lower in RU_PEOPLE or lemma in RU_PEOPLE else lemma),
                first,
                k + 1,
            )
        if pos not in ("ADJF", "PRTF"):
            if k > first:
                noun = (
                    _agreeing_noun(toks[k - 1].lower, toks[k].lower)
                    if pos in ("CONJ", "PRCL", "NPRO", "ADVB") and len(toks[k].lower) > 2
                    else None
                )
                if noun is not None:
                    # «пяти ключевых тем»: a word whose likelier reading is another part of
                    # speech («тем»: "the more") is the noun when a noun reading of it agrees
                    # with the adjectives before it
                    return noun, first, k + 1
                break  # «двух подозреваемых в …»: the participle was the noun
            return None
        k += 1
    # «тысячи пострадавших», «40 раненых»: an adjective or participle used as a noun
    if k > first:
        word = toks[k - 1].lower
        parses = russian_parses(word)
        for p in parses[:2]:
            if "plur" in p.tag and "gent" in p.tag:
                noun = p.inflect({"masc", "sing", "nomn"})
                return (noun.word if noun else p.normal_form), first, k
    return None


def _agreeing_noun(adjective: str, word: str) -> str | None:
    """The lemma of a plural common-noun reading of ``word`` in a case a plural reading of the
    ``adjective`` before it has, else ``None``."""
    cases = {
        p.tag.case
        for p in russian_parses(adjective)
        if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag
    }
    for p in russian_parses(word):
        if (
            p.tag.POS == "NOUN"
            and "plur" in p.tag
            and p.tag.case in cases
            and not {"Name", "Surn", "Patr", "Geox"} & set(str(p.tag).replace(" ", ",").split(","))
        ):
            return str(p.normal_form)
    return None


def _unit_noun(word: str) -> str | None:
    """The canonical unit one of the noun readings of ``word`` names (a time, a length, a
    currency), else ``None``."""
    for parse in russian_parses(word)[:4]:
        if parse.tag.POS == "NOUN":
            unit = lookup_ru(parse.normal_form)
            if unit is not None and unit != "point":
                return unit  # («населённых пунктов» are places, not points of a share)
    return None


def _plural_genitive_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in russian_parses(word)[:3])


def _agrees(toks: list[Token], first: int, k: int) -> bool:
    """Whether ``toks[k]`` may continue the phrase a figure counts, which ``toks[first]``
    opens as an adjective or participle in the plural genitive (or the animate accusative):
    it must be in the genitive too.  True when ``toks[first]`` is no such word."""
    opening = [
        p
        for p in russian_parses(toks[first].lower)[:3]
        if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag
    ]
    if not any("gent" in p.tag for p in opening):
        return True
    cases = {p.tag.case for p in opening}
    after = russian_parses(toks[k].lower)[:3]
    if _pos(toks[k]) == "NOUN":
        # after «два»-«четыре» the noun is singular, its adjective plural: «84 новых случая»
        return any(p.tag.case in cases for p in after)
    return any(p.tag.case in cases and "plur" in p.tag for p in after)


_OPENING_QUOTES = frozenset(["«", '"', "„", "“"])
#: possessive pronouns that stand between a figure and its noun
_POSSESSIVES = frozenset(["его", "её", "ее", "их"])


def _adjective_before_noun(toks: list[Token], k: int) -> bool:
    """``toks[k]`` is first read as a noun but may be an adjective («взрослых», «раненых»,
    «военных»), and a noun in the same case follows it: then it describes that noun."""
    if k + 1 >= len(toks) or toks[k + 1].kind != "word" or _pos(toks[k + 1]) != "NOUN":
        return False
    adjectives = [p for p in russian_parses(toks[k].lower) if p.tag.POS == "ADJF"]
    following = russian_parses(toks[k + 1].lower)[0]
    return any(
        p.tag.case == following.tag.case and p.tag.number == following.tag.number
        for p in adjectives
    )


def _relative_direction(toks: list[Token], k: int, q: Quantity) -> None:
    if k < len(toks) and toks[k].lower in _MORE_LESS:
        q.end = toks[k].end  # «в три раза больше»: the comparative belongs to the multiple
        q.change = (
            "up"
            if toks[k].lower in ("больше", "выше", "дороже", "чаще", "быстрее", "сильнее")
            else "down"
        )


def _verb_direction(toks: list[Token], i: int, q: Quantity) -> None:
    """«сократился в три раза», «выросла вдвое»: the verb before a multiple gives its direction."""
    if q.change != "=" or i == 0:
        return
    lem = _lemma(toks[i - 1])
    if lem in UP:
        q.change = "up"
    elif lem in DOWN:
        q.change = "down"


def _qualify(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> None:
    k = i
    opened = k > 0 and toks[k - 1].lower in ("от", "с", "между") and q.value_high is not None
    if opened:
        k -= 1
        q.start = min(q.start, toks[k].start)
    else:
        for width in range(_MAX_QUAL, 0, -1):
            a = k - width
            if a < 0:
                continue
            phrase = " ".join(t.lower for t in toks[a:k])
            if phrase in QUALIFIERS:
                if phrase in ("от", "до") and not _bound_reading(toks, a, q):
                    break
                q.qualifier = sentence[toks[a].start : toks[k - 1].end]
                q.change = QUALIFIERS[phrase]
                q.start = min(q.start, toks[a].start)
                k = a
                break
    if q.qualifier is None and k > 1 and toks[k - 1].lower in _GOVERNING:
        # a qualifier stands before the preposition that governs the number: «почти на 10
        # километров», «более чем в 30 странах», «почти у половины детей»; a comparative
        # before a threshold's noun bounds the figure: «ниже отметки 1 тыс.», «выше уровня
        # $100», «свыше порога 50%»
        for width in range(_MAX_QUAL, 0, -1):
            a = k - 1 - width
            if a < 0:
                continue
            phrase = " ".join(t.lower for t in toks[a : k - 1])
            if phrase in QUALIFIERS and phrase not in ("от", "до"):
                q.qualifier = sentence[toks[a].start : toks[k - 2].end]
                q.change = QUALIFIERS[phrase]
                break
    if q.qualifier is None and j + 1 < len(toks) and toks[j].lower in ("и", "или"):
        # «20% и более», «дети 6 лет и старше», «на 5% или меньше»: the bound after the figure
        after = toks[j + 1].lower
        bound = _BOUND_AFTER.get(after)
        rest = {t.lower for t in toks[j + 2 : j + 4]}
        negated = j + 2 < len(toks) and _NEGATION.fullmatch(toks[j + 2].lower) is not None
        if bound is not None and not rest & {"чем", "того"} and not negated:
            # the comparative opens the next figure, not a bound of this one, when an amount
            # follows it: «300 жалоб и более трети из них», «5 человек и более 20 раненых»
            negated = j + 2 < len(toks) and _opens_amount(toks[j + 2])
        if bound is not None and not rest & {"чем", "того"} and not negated:
            # («и более того»: "moreover"; «и больше никто не …», «и больше не вернулся»: a
            # negation after the comparative says "no more", it bounds nothing)
            q.qualifier = sentence[toks[j].start : toks[j + 1].end]
            q.change = bound
    # «выросла на 5%», «снизился на 3 пункта», «рост на 12%»
    b = k - 1
    if b >= 0 and toks[b].lower == "на":
        b -= 1
        while b >= 0 and _pos(toks[b]) in ("ADVB", "PRCL") and b > k - 4:
            b -= 1
        if b >= 0:
            lem = _lemma(toks[b])
            if lem in UP:
                q.change = "up"
            elif lem in DOWN:
                q.change = "down"


#: the comparatives that bound a figure from after it, after «и» or «или»: «и более», «или
#: меньше» (a comparative with «чем» after it compares with something else)
#: a negation or a negative pronoun or adverb («не», «никто», «ничего», «никогда»)
_NEGATION = re.compile(r"не|ни|ни(?:кто|что|чего|кого|кому|ком|кем|чем|когда|где|куда|откуда)")
_BOUND_AFTER = {
    "более": ">", "больше": ">", "выше": ">", "старше": ">", "свыше": ">",
    "менее": "<", "меньше": "<", "ниже": "<", "младше": "<", "моложе": "<",
}  # fmt: skip


def _opens_amount(t: Token) -> bool:
    """A token that begins an amount: digits, a number word, a fraction or a scale word."""
    if t.kind == "num":
        return True
    lem = _lemma(t)
    return (
        num.word_value(t, _lemma) is not None
        or lem in num.FRACTIONS
        or lem in num.SCALES
        or lem in num.VAGUE
    )


def _bound_reading(toks: list[Token], a: int, q: Quantity) -> bool:
    """«до 500 человек» is a bound; «до 2025 года» and «от имени» are not figures at all."""
    if a > 0 and toks[a - 1].lower in ("с", "со", "от"):
        return False  # «с 5 до 7»: a range
    for b in range(a - 1, max(-1, a - 9), -1):
        if toks[b].text in ";!?" or toks[b].text == "." and not _abbreviation_dot(toks, b):
            break
        if toks[b].lower in ("с", "со") and b + 1 < a and toks[b + 1].kind == "num":
            return False  # «с 40 коп. до 1,2 руб.»: the second end of a pair, not a bound
        if _lemma(toks[b]) in UP | DOWN | LEVEL_VERBS:
            return False  # «подорожал до 92 рублей», «замедлилась до 7,7%»: a new level
    return q.unit is not None or (a + 1 < len(toks) and toks[a + 1].text in "+-−")


def _abbreviation_dot(toks: list[Token], b: int) -> bool:
    """The dot of «коп.», «руб.», «тыс.» inside a sentence: glued to a word, a small letter next."""
    return (
        b > 0
        and toks[b].glued
        and toks[b - 1].kind == "word"
        and b + 1 < len(toks)
        and toks[b + 1].text[:1].islower()
    )


def _agrees_as_count(value: float, noun: str) -> bool:
    """Could ``noun`` follow ``value`` as the thing counted?  A Russian count agrees with its
    number: «1 место / 21 месте» (singular, any case), «3 места» (genitive singular in the
    nominative and accusative, else plural), «5 мест» (plural).  An ordinal written in digits
    does not: «на 34 месте», «во 2 туре», «8 класса» (34th, 2nd, 8th) — a singular after a
    number that needs a plural.  Any parse that agrees keeps the count."""
    if not value.is_integer() or value < 1:
        return True
    v = int(value)
    teen = 11 <= v % 100 <= 14
    for p in russian_parses(noun.lower()):
        tag = p.tag
        if tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return True  # not a noun after all: no agreement to check
        if "plur" in tag or "Pltm" in tag:
            return True
        if v % 10 == 1 and not teen:
            return True
        if "gent" in tag and 2 <= v % 10 <= 4 and not teen:
            return True
    return False


#: the article a part's number is followed by in a reference to a law («2 ч. 159 ст.»)
_ARTICLE_WORDS = frozenset({"ст", "статья", "статьи", "статье", "статьей", "статьёй"})


#: a code's abbreviation names the code («кодекс»): it ends in «К» (УК, ГК, НК, ТК, УПК, АПК) or
#: opens with it (КоАП, КАС); a federal law is «ФЗ»/«ФКЗ»
_CODE_ABBREVIATION = re.compile(r"[А-ЯЁ]{1,3}К|К[А-ЯЁа-яё]{1,3}|Ф?КЗ|ФЗ")


def _law_follows(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` continues a reference to a law: the article or the code a part
    belongs to («2 ч. 159 ст.», «1 ч. 111 УК», «3 ч. 12 КоАП»), where «1 ч. 40 мин.» goes on
    with minutes and «ч.» is an hour.  Any other capitals are a body, not a code: «длилось 1 ч.
    40 ФАС не дала комментариев» (the review of session 28)."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    text = toks[k].text
    if toks[k].lower in _ARTICLE_WORDS:
        return True
    return sum(c.isupper() for c in text) >= 2 and _CODE_ABBREVIATION.fullmatch(text) is not None


#: the part of the day after «N часов» makes the hours a time of the clock: «в восемь часов
#: утра», «около пяти часов вечера» (the digits, «8 часов вечера», are masked before reading)
_PART_OF_DAY = re.compile(r"\s*(?:утра|вечера|ночи|дня|пополудни)(?![а-яё])", re.IGNORECASE)


def _clock_hour(sentence: str, q: Quantity) -> bool:
    """``q`` («восемь часов») names an hour of the day: a part of the day follows and every
    end is an hour a clock shows."""
    ends = [q.value] if q.value_high is None else [q.value, q.value_high]
    clock = all(v.is_integer() and 1 <= v <= 24 for v in ends)
    if not clock:
        return False
    if _PART_OF_DAY.match(sentence, q.end) is not None:
        return True
    if _ZONE_AFTER.match(sentence, q.end) is not None:
        return True  # «в 9 часов по московскому времени»
    # «началась 7 апреля в 11 часов», «начнётся в 15 часов»: «в N часов» is the time something
    # happens at only where a verb or a word of the date or day stands before «в» (or nothing
    # does: «В 15 часов начнётся…»); after a noun it is the span the noun measures («с опозданием
    # в 3 часа», «задержка в 6 часов», «разница в 7 часов»), and a period after it makes a rate
    # («в 8 часов в день» is no clock)
    at = _AT_HOUR.search(sentence, max(0, q.start - 40), q.start)
    if at is None or q.qualifier or q.value_high is not None:
        return False
    if at.group(1) and not _reads_as_when(at.group(1).lower()):
        return False
    return _PERIOD_AFTER.match(sentence, q.end) is None


def _reads_as_when(word: str) -> bool:
    """The word before «в N часов» makes the hours a time of the clock: a date's month
    («7 апреля»), a day («в пятницу», «завтра»), or a verb of an event («начнётся», «прибыл»)
    that is no verb of measuring («оценивается в 3 часа», «обошлась в»)."""
    if word in MONTHS_GEN or word in _DAY_WORDS:
        return True
    lemma, pos = _lemma_of(word)
    if lemma in _WEEKDAYS_RU:
        return True
    return pos in ("VERB", "INFN", "GRND", "PRTS") and lemma not in _MEASURING_VERBS


_DAY_WORDS = words("сегодня завтра вчера послезавтра позавчера утром вечером ночью днём днем числа")
_WEEKDAYS_RU = words("понедельник вторник среда четверг пятница суббота воскресенье")
#: verbs whose «в N часов» is an amount, not a time: «оценивается в 3 часа»
_MEASURING_VERBS = words("оценить оцениваться обойтись исчисляться измеряться выражаться")
#: a time zone after the hours: «в 9 часов по московскому времени», «в 15 часов (мск)»
_ZONE_AFTER = re.compile(r"\s*\(?(?:по\s+[а-яё]+\s+времени|мск)(?![а-яё])", re.IGNORECASE)


#: «в» (and the word before it) right before an hour
_AT_HOUR = re.compile(r"(?:([а-яё]+)\s+)?(?<![а-яё])во?\s+$", re.IGNORECASE)
#: a rate's period after the hours: «в 8 часов в сутки»
_PERIOD_AFTER = re.compile(r"\s+(?:в|за)\s+(?:день|сутки|неделю|месяц|год)\b", re.IGNORECASE)


#: the parties a story is about, counted by a small number word in passing: «торговля двух
#: стран», «граждане трёх государств», «мешает двум странам», «примирить два народа»
_PARTIES = frozenset({"страна", "государство", "народ"})


def _parties_named_before(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """Two or three countries or peoples counted by a word, not digits, point back at the ones the
    text named (the Russian golds leave such counts out 7 times of 8, as English "the two
    countries"); a list that names them after a dash or a colon makes the count a figure
    («двум странам союза — Чили и Перу»), as a qualifier does."""
    if toks[i].kind != "word" or q.value not in (2.0, 3.0) or q.value_high is not None:
        return False
    if q.unit not in _PARTIES or q.qualifier:
        return False
    rest = sentence[q.end :]
    return not re.match(r"\s*(?:[а-яё]+\s+){0,2}[—–:-]\s*[А-ЯЁ]", rest)


def _not_a_claim(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    t = toks[i]
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < n else None
    nxt = toks[j] if j < n else None
    money_or_measure = q.unit is not None and (
        lookup_ru(q.unit) is not None
        or q.unit.isupper()
        or q.unit in ("%", "pp", "times", "km", "m", "kg", "tonne", "people")
    )
    head = toks[i + 1] if i + 1 < n else None
    if _parties_named_before(sentence, toks, i, j, q):
        return True
    if (
        t.kind == "num"
        and head is not None
        and head.glued
        and head.kind == "word"
        and len(head.text) > 2
        and head.text[0].isupper()
        and head.text[1:].islower()
        and head.text.isascii()  # «100Мбит/с» is a unit the lexicon may not know
        and lookup_ru(head.lower) is None
        and (q.unit is None or q.noun_start is not None)
    ):
        return True  # a number glued to a capitalised Latin word is a name: «3Com»
    dotted = head is not None and i + 3 < n and toks[i + 2].text == "."
    if (
        t.kind == "num"
        and dotted
        and head is not None
        and (
            head.lower == "г"
            and toks[i + 3].kind == "word"
            and toks[i + 3].text[:1].isupper()
            or head.lower in ("ст", "п")
            and toks[i + 3].kind == "num"
            or head.lower == "ч"
            and toks[i + 3].kind == "num"
            and _law_follows(toks, i + 4)
        )
    ):
        # an abbreviation that names, not a unit: «участок 418 г. Москвы» (a city), «1 ст.
        # 111 УК» (part 1 of an article of a code); «ч.» is a part only where an article or a
        # code follows its number («2 ч. 159 ст.», «1 ч. 111 УК»): «1 ч. 40 мин.» is an hour
        return True
    if t.kind == "num" and q.noun_start is not None and not money_or_measure:
        noun = sentence[q.noun_start : q.noun_end].split()[-1]
        if not _agrees_as_count(q.value, noun):
            return True  # «на 34 месте», «во 2 туре», «8 класса», «8 главе»: a place, not a count
    if t.kind == "num" and head is not None and not money_or_measure:
        # list numbering and codes: «постановляю 1 Отрешить», «(1) ODS имеет», «ст. 212 УК»
        if (
            head.kind == "word"
            and not head.glued
            and head.text[:1].isupper()
            and (
                head.text.isupper()
                and len(head.text) > 1
                or q.unit is None
                or q.noun_start == head.start
            )
            and lookup_ru(head.lower) is None
        ):
            return True
        if prev is not None and prev.text == "(" and head.text == ")" and i == 1:
            return True  # «(1) ODS имеет…»: a numbered paragraph, not «в Москве (462)»
    if t.kind == "num":
        # ordinals and adjectives: «3-й», «5-го», «1990-х», «90-е» (measures such as «45-летний»
        # are read above)
        if (
            after is not None
            and after.text in "-–‑"
            and after.glued
            and i + 2 < n
            and toks[i + 2].glued
            and toks[i + 2].kind == "word"
            and not _MEASURE_AFTER_DIGITS.match(toks[i + 2].lower)  # «42-летний», «70-процентный»
            and not (
                toks[i + 2].lower in _SHORT_MEASURES
                and q.unit == _SHORT_MEASURES[toks[i + 2].lower]
            )
            and not _case_ending(toks, i + 1, q.value)  # «27-ми лет»
        ):
            return True
        # names: «Су-35», «COVID-19», «G20», «МС-21»
        if prev is not None and t.glued and prev.kind == "word":
            return True
        # a code of digits and letters glued together («радар 36Д6М1», «модель 3КЛ5»): its
        # first digits name, as the ones after a letter do above
        if (
            after is not None
            and after.kind == "word"
            and after.glued
            and after.lower not in ("х", "x")  # «5х5 метров»: a size
            and i + 2 < n
            and toks[i + 2].kind == "num"
            and toks[i + 2].glued
            # «45м2», «3см3»: a unit and its power, not a code
            and not (toks[i + 2].text in ("2", "3") and _unit_at(sentence, toks, i + 1))
        ):
            return True
        if (
            prev is not None
            and prev.text in "-–"
            and prev.glued
            and t.glued
            and i > 1
            and toks[i - 2].kind == "word"
        ):
            return True
        if prev is not None and prev.text in ("№", "#"):
            return True
        if prev is not None and prev.lower.rstrip(".") in NUMBERED and not money_or_measure:
            return True
        if (
            prev is not None
            and prev.text == "."
            and prev.glued is False
            and i > 1
            and toks[i - 2].lower in NUMBERED
        ):
            return True
        if (
            i > 1
            and prev is not None
            and prev.text == "."
            and toks[i - 2].lower in ("ст", "ч", "п", "стр", "с", "гл", "д", "кв")
            # «1 ч. 40 мин.»: an hour's «ч.» after its own number labels no part
            and not (
                toks[i - 2].lower == "ч"
                and i > 2
                and toks[i - 3].kind == "num"
                and not _law_follows(toks, i + 1)
            )
        ):
            return True
    if q.unit == "hour" and _clock_hour(sentence, q):
        return True  # «около восьми часов вечера»: an hour of the clock, not eight hours
    if q.relative or q.unit in ("%", "pp"):
        return False
    # the dates below are read off the digits as written: «1,5 тыс.» is 1500 but no year
    value = q.value / _multiplier(toks, i + 1)[0] if t.kind == "num" else q.value
    if t.kind == "num" and value.is_integer():
        # dates: «14 марта», «2023 год», «в 2023 году», «2023 г.»
        if after is not None and (
            after.lower in MONTHS_GEN
            or after.lower.startswith(MONTH_STEMS)
            and _pos(after) == "NOUN"
            and after.lower not in ("май",)
            and _lemma(after) in _MONTH_LEMMAS
        ):
            return value <= 31 or not money_or_measure
        if after is not None and after.lower in YEAR_WORDS and 1000 <= value <= 2100:
            return True
        if nxt is not None and nxt.lower in YEAR_WORDS and 1000 <= value <= 2100:
            return True
        if q.unit in ("year",) and 1000 <= value <= 2100:
            return True
        if prev is not None and prev.lower in MONTHS_GEN | _MONTH_NOMN and 1000 <= value <= 2100:
            return True
        if (
            1000 <= value <= 2100
            and q.unit is None
            and "\u00a0" not in t.text
            and " " not in t.text
        ):
            return True
        if q.value_high is not None and 1000 <= value <= 2100 and not money_or_measure:
            return True
    # («одной трети» is a share, not «один»)
    one = t.kind == "word" and _lemma(t) == "один" and q.value_high is None and q.value == 1
    if (
        one
        and prev is not None
        and prev.lower in ("ни", "ещё", "еще")
        and (q.unit is None or q.unit == "people" or not q.unit.isascii())
    ):
        # «ни один гражданин» says "not a single one", «ещё один человек» picks one more
        # (docs/claims.md): neither counts, whatever the verb (a measure still does: «ещё один
        # процент»)
        return True
    if one and (_counts_one(toks, i, j) or _noun_before_number(sentence, q) is not None):
        return False  # «только один кадр», «пятеро мужчин и один несовершеннолетний»
    if t.kind == "word" and q.unit is None and not q.relative:
        # a number word that counts nothing («один из») — but «два из них», «шесть из 11
        # стран» say how many of a group, and a scale states a figure («около ста миллионов
        # его записей»)
        counts = (q.value >= 2 and nxt is not None and nxt.lower == "из") or q.value >= 1e5
        # a bare number word beside another figure counts what that one counts (gapping):
        # «записал 40 сольных дисков и три в составе группы», «двое погибли, а пятеро ранены»
        counts = counts or (
            q.value >= 2
            and i > 1
            and toks[i - 1].lower in ("и", ",", "а")
            and any(map(_is_figure, toks[max(0, i - 6) : i - 1]))
        )
        # an end of a change written as a word states a level: «выросло до восьми», «сократили
        # с пяти до трёх» (the words stand for the figures the digits would; office hours «с
        # девяти до шести» have no verb of change)
        counts = counts or (
            q.value >= 1
            and not (nxt is not None and nxt.lower == "из")
            and _end_of_change(toks, i, j, q.value_high)
        )
        # a qualifier asserts a figure: «задержаны ещё не менее двух» — but «около одной из
        # станций» is "near one of" them: «один из» picks whatever stands before it
        picks = q.value == 1 and nxt is not None and nxt.lower == "из"
        return not (counts or (q.qualifier and not picks))
    if one:
        # «ещё один игрок», «в одной Олимпиаде», «один из»: «один» picks a thing, it does not
        # count it — unless it measures («один процент», «один миллион рублей»)
        return not money_or_measure
    # «за 9 месяцев 2023 года»: a period, not a duration
    if (
        prev is not None
        and prev.lower in ("за", "первые")
        and q.unit in ("month", "week", "day", "year")
        and nxt is not None
        and nxt.kind == "num"
    ):
        return True
    # «Boeing 737», «Windows 11»: a number in a name; a camel-case Latin word names a product
    # wherever it stands («iPhone 12», «iOS 14.3», «eBay 2»: thirteenth session)
    camel = (
        prev is not None
        and prev.kind == "word"
        and prev.text.isascii()
        and len(prev.text) > 2  # «pH 7,5» is a measure: a symbol, not a product's name
        and prev.text[:1].islower()
        and any(c.isupper() for c in prev.text[1:])
    )
    return (
        t.kind == "num"
        and q.unit is None
        and prev is not None
        and prev.kind == "word"
        and (
            camel
            or prev.text[:1].isupper()
            and i > 1
            and _pos(prev) not in ("PREP", "ADVB", "CONJ", "PRCL")
            and prev.lower not in QUALIFIERS
        )
    )


#: focus words before «один» that make it a count: «только один случай», «лишь один кадр»
_FOCUS = words("только лишь всего ровно")
#: bounds before «один» that make it a count, as "at least one" is in English
_BOUND_BEFORE_ONE = re.compile(
    r"(?:^|\s)(?:как\s+минимум|минимум|хотя\s+бы|по\s+крайней\s+мере|по\s+меньшей\s+мере|"
    r"не\s+менее|не\s+меньше|более\s+чем|больше\s+чем)$"
)
_MORE_LESS = words("больше меньше")


def _is_figure(t: Token) -> bool:
    return t.kind == "num" or (
        t.kind == "word"
        and (num.word_value(t, _lemma) is not None or _collective(t.lower) is not None)
    )


#: harm, as the English side reads it: a count of victims is a figure however it is written
#: («Один убит», «удалось убить одного», «среди пострадавших — один прохожий»)
_HARM = words(
    "убить убитый погибнуть погибший ранить раненый пострадать пострадавший умереть умерший "
    "застрелить зарезать казнить похитить задержать задержанный арестовать госпитализировать "
    "жертва"
)


def _counts_one(toks: list[Token], i: int, j: int) -> bool:
    """«один» counts (it does not pick) after a focus word («только один», «только за один
    клуб»), coordinated with another figure («386 депутатов, один воздержался», «одну серебряную
    и три бронзовые медали»), as a difference («на одно больше»), beside harm («один убит»)."""
    if i > 0 and toks[i - 1].lower in _FOCUS:
        return True
    before = " ".join(t.lower for t in toks[max(0, i - 3) : i])
    if _BOUND_BEFORE_ONE.search(before):
        return True  # a bound asserts a figure: «как минимум одна партия», «хотя бы один раз»
    if i > 1 and toks[i - 2].lower in _FOCUS and _pos(toks[i - 1]) == "PREP":
        return True
    if i + 1 < len(toks) and toks[i + 1].lower == "из":
        return False  # «…, одна из которых»: it picks, whatever stands around it
    if i > 0 and toks[i - 1].lower == "на" and j < len(toks) and toks[j].lower in _MORE_LESS:
        return True
    clause = toks[max(0, i - 4) : j + 4]
    if (i == 0 or toks[i - 1].lower not in ("ещё", "еще")) and any(
        t.kind == "word" and _lemma(t) in _HARM for t in clause
    ):
        return True  # but «ещё один погибший» picks one more (see docs/claims.md)
    if (
        i > 1
        and toks[i - 1].lower in ("и", ",")
        and any(map(_is_figure, toks[max(0, i - 5) : i - 1]))
    ):
        return True
    return any(
        toks[k].lower in ("и", ",") and k + 1 < len(toks) and _is_figure(toks[k + 1])
        for k in range(j, min(j + 3, len(toks)))
    )


_MONTH_LEMMAS = words(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
)
_MONTH_NOMN = words(
    "январь феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре январе "
    "феврале"
)
