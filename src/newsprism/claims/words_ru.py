"""Words the Russian figure reader shares: qualifiers, change verbs, months, numbering words,
and the pymorphy3 lemma and part of speech of a token (cached).

Part of :mod:`.quantities_ru`, split out so each reads in one sitting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import numbers_ru as num
from .nlp import russian_parses
from .tokens import Token, words

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
    "больше чем": ">",
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
    "менее чем": "<",
    "меньше": "<",
    "меньше чем": "<",
    "не более": "<",
    "не более чем": "<",
    "не больше": "<",
    "чуть менее": "<",
    "чуть меньше": "<",
    "максимум": "<",
    "до": "<",
    "вплоть до": "<",
    "в пределах": "<",  # «в пределах 15%», «в пределах от 5 до 8%»: within a bound
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
    "практически": "~",
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


def _after_change(toks: list[Token], a: int) -> bool:
    """Is there a verb or noun of change in the few words before token ``a`` of its clause?"""
    for b in range(a - 1, max(-1, a - 7), -1):
        if toks[b].text in ",;:!?()—–" or toks[b].kind == "num":
            return False
        if _lemma(toks[b]) in UP | DOWN | LEVEL_VERBS:
            return True
    return False


def _word_number(word: str) -> float | None:
    return num.SURFACE.get(word) or num.CARDINALS.get(_lemma_of(word)[0])


_MORE_LESS = words("больше меньше")
#: the comparatives a multiple's direction reads («в три раза выше», «вдвое дешевле»)
COMPARATIVES_UP = words("больше выше дороже чаще быстрее сильнее")
COMPARATIVES = COMPARATIVES_UP | words("меньше ниже дешевле реже медленнее слабее")


def _is_figure(t: Token) -> bool:
    return t.kind == "num" or (
        t.kind == "word"
        and (num.word_value(t, _lemma) is not None or _collective(t.lower) is not None)
    )
