"""Measure words and rates in Russian: «152-мм», «10-летний», «в месяц», «ежегодно».

:func:`_measure_adjective` reads a measure written as an adjective after a number,
:func:`_measure_word` a measure noun, :func:`_per` the period of a rate.  Part of
:mod:`.quantities_ru`, split out so each reads in one sitting.
"""

from __future__ import annotations

import re

from . import numbers_ru as num
from .nlp import russian_parses
from .number_unit_ru import _multiplier, _unit_at
from .quantity import Quantity
from .tokens import Token, number_value, words
from .words_ru import PER_PERIOD, _lemma, _pos

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
    sentence: str,
    toks: list[Token],
    j: int,
    *,
    adverbs: bool = True,
    unit: str | None = None,
    change_size: bool = False,
) -> tuple[str, int] | None:
    """«руб./кг», «рублей за литр», «евро в год», «метров в секунду»: the rate's denominator;
    an adverb of period («ежедневно») only when ``adverbs`` (money and measures, not a span of
    time, as in English).  ``unit`` is the figure's own unit, when known: it decides whether a
    round amount after «за»/«на» can be a denominator at all.  ``change_size``: the figure is
    the size of a change («выросла на 5000 рублей»), so «за 1 год» after it is the change's
    span, never the period of a price."""
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
    if w == "на" and toks[j + 1].lower == "душу":
        # «38 тыс. рублей на душу населения»: per capita (a sum «на 1000 жителей» is as often
        # given to them, so only a count takes a population's amount, in the caller)
        return population_denominator(toks, j + 1)
    if w in ("за", "на") and _may_take_a_counted_denominator(w, unit):
        counted = _counted_denominator(
            sentence,
            toks,
            j + 1,
            per_one=w == "на" and _money(unit),
            price=w == "за" and _money(unit) and not change_size,
        )
        if counted:
            return counted
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
            # a period a price is per keeps its name in the units' language («за ночь»)
            return _PER_NOUNS.get(_lemma(nxt), _lemma(nxt)), j + 2
    return None


#: the powers of ten a rate is given per: «за 1 тыс. куб. м», «за тысячу кубометров», «на 1 куб.
#: м», «на 100 тыс. человек» — a price or a dose per a round amount of a unit
_ROUND_AMOUNTS = frozenset({1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0})


#: units of time: an amount of them after «за»/«на» is a period («за 10 лет», «на 1 год»), the
#: span a change took or a term lasts, never the round amount a price is given per
_PERIOD_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "quarter", "decade", "century"}
)
#: units of mass and volume: a dose is given per an amount of something («мг на 1 куб. м», «кг
#: на 100 га», a car's «8 литров на 100 км»)
_DOSE_UNITS = frozenset({"mg", "g", "kg", "centner", "tonne", "µg", "mcg", "l", "ml", "m³"})
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _money(unit: str | None) -> bool:
    return unit is not None and bool(_CURRENCY_CODE.fullmatch(unit))


def _may_take_a_counted_denominator(word: str, unit: str | None) -> bool:
    """Whether a figure of ``unit`` may be a rate per a round amount after ``word`` («за» or
    «на»).  Never a figure whose unit is a rate already («100 км/ч за 10 секунд»: two figures);
    after «на» only a price or a dose — money, a mass or a volume («на» after a share, a change
    or a distance tells by how much or for how long: «снижена на 1 п.п. на 1 год»)."""
    if unit is not None and "/" in unit:
        return False
    if word == "на":
        return _money(unit) or unit in _DOSE_UNITS
    return True


def _counted_denominator(
    sentence: str, toks: list[Token], k: int, *, per_one: bool = False, price: bool = False
) -> tuple[str, int] | None:
    """The denominator of a rate per a round amount of a unit at ``toks[k]`` (after «за» or
    «на»): ``"1000 m³"``, or the unit alone for one of it; the amount's digits or scale word
    belong to the rate, not to a figure of their own.  Never a period of time («за 10 лет» is
    how long, a figure of its own); with ``per_one`` (a sum «на» an amount) only one of the unit
    («на 1 куб. м»): a sum «на 100 тонн зерна» is what the money buys, not a price.  A sum
    «за» one of a period (``price``) is a price per that period: «500 рублей за 1 час простоя»,
    «за 10 лет» stays how long."""
    n = len(toks)
    if k >= n:
        return None
    amount = 1.0
    if toks[k].kind == "num":
        amount = number_value(toks[k], "ru")
        k += 1
    factor, after = _multiplier(toks, k)
    if after == k and toks[k - 1].kind != "num":
        return None  # neither digits nor a scale word: «за литр» is read below
    found = _unit_at(sentence, toks, after)
    total = amount * factor
    if found is None or total not in _ROUND_AMOUNTS:
        return None
    unit, end = found
    if unit in _PERIOD_UNITS and not (price and total == 1 and toks[k - 1].kind == "num"):
        return None
    if per_one and total != 1:
        return None
    if end < n and toks[end].text == "." and toks[end].glued:
        end += 1  # «куб. м.»: the abbreviation's own full stop
    return (unit if total == 1 else f"{total:g} {unit}"), end


#: the nouns of a population a rate is given over («на 100 тыс. человек», «на 1000 жителей»,
#: «на 100 тысяч населения»), by lemma, with the unit a count of them has
_POPULATION = {"человек": "people", "население": "people", "житель": "житель"}
#: the round amounts of people a rate is given per: a thousand and its powers of ten («на 100
#: человек» is as often a share of a sum among a hundred people, so it is left out)
_POPULATION_AMOUNTS = frozenset({1000.0, 10_000.0, 100_000.0, 1_000_000.0})


def population_denominator(toks: list[Token], k: int) -> tuple[str, int] | None:
    """The population after «на» at ``toks[k]`` that makes the figure before a rate over it:
    «на 100 тыс. человек (населения)» → ``"100000 people"``, «на тысячу жителей» → ``"1000
    житель"``, «на душу населения» → ``"capita"`` (as English "per capita", "per 100,000
    people"); the amount is the rate's, no figure of its own."""
    n = len(toks)
    if k >= n or toks[k].kind not in ("num", "word"):
        return None
    if toks[k].lower == "душу":
        end = k + 1
        if end < n and _lemma(toks[end]) == "население":
            end += 1
        return "capita", end
    amount = 1.0
    if toks[k].kind == "num":
        amount = number_value(toks[k], "ru")
        k += 1
    factor, after = _multiplier(toks, k)
    total = amount * factor
    if total not in _POPULATION_AMOUNTS or after >= n or toks[after].kind != "word":
        return None
    unit = _POPULATION.get(_lemma(toks[after]))
    if unit is None:
        return None
    end = after + 1
    if unit == "people" and end < n and _lemma(toks[end]) == "население":
        end += 1  # «на 100 тыс. человек населения»
    return f"{total:g} {unit}", end


#: periods a price is given «за» (for) one of, by lemma: «9 860 руб. за ночь»
_PER_NOUNS = {"ночь": "night", "смена": "shift", "сезон": "season"}


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
