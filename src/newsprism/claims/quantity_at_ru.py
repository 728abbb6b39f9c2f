"""One Russian figure at a position: ``[qualifier] number [multiplier] [unit] [– number]``, with
its direction («сократился в три раза», «в три раза больше») and qualifier («свыше», «около»).

Part of :mod:`.quantities_ru`, split out so each reads in one sitting.
"""

from __future__ import annotations

import re

from . import numbers_ru as num
from .measures_ru import (
    _case_ending,
    _genitive_after,
    _measure_adjective,
    _measure_word,
    _names_a_place,
    _per,
    population_denominator,
)
from .nouns_ru import _POSSESSIVES, _counted_noun
from .number_unit_ru import (
    _ONE_UNITS,
    _SIGN_WORDS,
    _TIME_UNITS,
    _compound_rest,
    _half_of_unit,
    _multiplier,
    _number,
    _range_tail,
    _unit_at,
)
from .quantity import Quantity
from .tokens import Token
from .units import CURRENCY_PREFIXES, lookup_ru, rate_unit
from .words_ru import (
    _GOVERNING,
    _MAX_QUAL,
    _PERIOD_ORDINALS,
    COLLECTIVE,
    COMPARATIVES,
    COMPARATIVES_UP,
    COUNT_ADVERBS,
    DOWN,
    LEVEL_VERBS,
    ORDINALS,
    QUALIFIERS,
    UP,
    _collective,
    _lemma,
    _lemma_of,
    _pos,
    _word_number,
)


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
    over = None
    if high is None and j + 1 < n and toks[j].lower == "с" and toks[j + 1].lower in _OVER:
        # «сорок с лишним тысяч человек», «20 с небольшим лет»: a bound written after the
        # number, before its scale and unit («с» is no second here)
        over, j = sentence[toks[j].start : toks[j + 1].end], j + 2
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
    # (a sign word is no number word: the range reader looks at the digits after it)
    rng = _range_tail(sentence, toks, i if sign_word else start_i, j, unit, value, factor)
    if rng:
        value, high, unit2, j = rng
        unit = unit or unit2
        end_j = j
    if unit is not None and not (unit in _TIME_UNITS and j < n and toks[j].lower == "за"):
        # «до 20 лет за участие»: a term given for a deed, not a rate; «рублей за литр» is one
        # «20 лет ежедневно ходил»: an adverb after a span of time is the verb's, not a rate's
        # the size of a change is no price: «выросла на 5000 рублей за 1 год» is a raise over a
        # year, not a yearly rate («500 рублей за 1 час простоя» is one)
        change_size = _sizes_a_change(sentence, toks, start_i)
        per = _per(
            sentence,
            toks,
            j,
            adverbs=unit not in _TIME_UNITS,
            unit=unit,
            change_size=change_size,
        )
        if (
            per is None
            and j + 2 < n
            and toks[j + 1].lower == "в"
            and unit not in _TIME_UNITS
            and _genitive_after(toks, j)
        ):
            # «20 млрд кубометров газа в год», «400 тонн цемента в сутки»: what the unit
            # measures stands between it and the period of the rate
            per = _per(sentence, toks, j + 1, unit=unit, change_size=change_size)
        if per:
            # a speed by its symbol, whichever way it is written: «м/с», «км в час» (km/h, as «км/ч»)
            # a rate per second is written /s («Мбит/с», «км/с»), as the golds write it
            period = "s" if per[0] == "second" else per[0]
            unit = rate_unit(unit, period)
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
                per = None
                if nxt + 1 < n and toks[nxt].lower == "в":
                    per = _per(sentence, toks, nxt)
                elif nxt + 1 < n and toks[nxt].lower == "на":
                    # «914 преступлений на 100 тыс. человек»: a count over a population
                    per = population_denominator(toks, nxt + 1)
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
    if over is not None and q.qualifier is None:
        q.qualifier, q.change = over, ">"
    return q, end_j


#: the words after «с» that say "and a bit more": «с лишним», «с небольшим», «с гаком»
_OVER = frozenset({"лишним", "небольшим", "гаком", "хвостиком"})


def _relative_direction(toks: list[Token], k: int, q: Quantity) -> None:
    if k < len(toks) and toks[k].lower in COMPARATIVES:
        q.end = toks[k].end  # «в три раза больше», «в два раза ниже»: the comparative belongs
        # to the multiple and gives its direction
        q.change = "up" if toks[k].lower in COMPARATIVES_UP else "down"


def _verb_direction(toks: list[Token], i: int, q: Quantity) -> None:
    """«сократился в три раза», «выросла вдвое»: the verb before a multiple gives its direction."""
    if q.change != "=" or i == 0:
        return
    lem = _lemma(toks[i - 1])
    if lem in UP:
        q.change = "up"
    elif lem in DOWN:
        q.change = "down"


def _qualifier_before(sentence: str, toks: list[Token], end: int) -> tuple[int, str, str] | None:
    """The longest qualifier ending right before ``toks[end]``: its first token, its phrase in
    ``QUALIFIERS`` and its text."""
    for width in range(_MAX_QUAL, 0, -1):
        a = end - width
        if a < 0:
            continue
        phrase = " ".join(t.lower for t in toks[a:end])
        if phrase in QUALIFIERS:
            return a, phrase, sentence[toks[a].start : toks[end - 1].end]
    return None


def _qualify(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> None:
    k = i
    opened = k > 0 and toks[k - 1].lower in ("от", "с", "между") and q.value_high is not None
    if opened:
        k -= 1
        q.start = min(q.start, toks[k].start)
        # a bound before the range's «от» qualifies it, the range's ends stay its levels:
        # «в пределах от 5 до 8%»
        found = _qualifier_before(sentence, toks, k)
        if found is not None and found[1] not in ("от", "до"):
            q.qualifier = found[2]
    else:
        found = _qualifier_before(sentence, toks, k)
        if found is not None and not (
            found[1] in ("от", "до") and not _bound_reading(toks, found[0], q)
        ):
            a, phrase, q.qualifier = found
            q.change = QUALIFIERS[phrase]
            q.start = min(q.start, toks[a].start)
            k = a
    if q.qualifier is None and k > 1 and toks[k - 1].lower in _GOVERNING:
        # a qualifier stands before the preposition that governs the number: «почти на 10
        # километров», «более чем в 30 странах», «почти у половины детей»; a comparative
        # before a threshold's noun bounds the figure: «ниже отметки 1 тыс.», «выше уровня
        # $100», «свыше порога 50%»
        found = _qualifier_before(sentence, toks, k - 1)
        if found is not None and found[1] not in ("от", "до"):
            q.qualifier, q.change = found[2], QUALIFIERS[found[1]]
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
    direction = _change_by(toks, k)
    if direction is not None:
        q.change = direction


def _change_by(toks: list[Token], k: int) -> str | None:
    """The direction of a change whose size is the figure opening at ``toks[k]`` (after its
    qualifier): «на» right before it, a change word before that, with at most two adverbs or
    particles between («выросла на 5%», «снизился ещё на 3 пункта», «рост на 12%»)."""
    b = k - 1
    if b < 0 or toks[b].lower != "на":
        return None
    b -= 1
    while b >= 0 and _pos(toks[b]) in ("ADVB", "PRCL") and b > k - 4:
        b -= 1
    if b < 0:
        return None
    lem = _lemma(toks[b])
    return "up" if lem in UP else "down" if lem in DOWN else None


def _sizes_a_change(sentence: str, toks: list[Token], i: int) -> bool:
    """Whether the figure opening at ``toks[i]`` is the size of a change, its qualifier
    («почти», «более чем») skipped: «выросла на 5000 рублей», «подорожал почти на 30 рублей»."""
    found = _qualifier_before(sentence, toks, i)
    if found is not None and _change_by(toks, found[0]) is not None:
        return True
    return _change_by(toks, i) is not None


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
        if toks[b].lower == "на" and b + 1 < a and toks[b + 1].kind == "num" and b > 0:
            # «снизилась на 1,6 п.п., до 41,3%», «повысили прогноз на 1,5 млн т — до 131 млн
            # т»: the size of a change, then the level it reaches, not a bound
            return False
        if toks[b].lower in ("с", "со") and b + 1 < a and toks[b + 1].kind == "num":
            return False  # «с 40 коп. до 1,2 руб.»: the second end of a pair, not a bound
        if _lemma(toks[b]) in UP | DOWN | LEVEL_VERBS:
            return False  # «подорожал до 92 рублей», «замедлилась до 7,7%»: a new level
    # a signed level is a bound without its unit: «до -18», «до минус 23» (a temperature)
    return q.unit is not None or (
        a + 1 < len(toks) and (toks[a + 1].text in "+-−" or toks[a + 1].lower in _SIGN_WORDS)
    )


def _abbreviation_dot(toks: list[Token], b: int) -> bool:
    """The dot of «коп.», «руб.», «тыс.» inside a sentence: glued to a word, a small letter next."""
    return (
        b > 0
        and toks[b].glued
        and toks[b - 1].kind == "word"
        and b + 1 < len(toks)
        # a comma or a dash after it ends no sentence either: «на 0,8 п.п., до 23,6%»
        and (toks[b + 1].text[:1].islower() or toks[b + 1].text in ",—–")
    )
