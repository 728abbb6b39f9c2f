"""Numbers in a Russian sentence that state no figure: dates, clock times, article numbers of a
code, numbers that pick rather than count («один из»), named parties.

:func:`_not_a_claim` is the one check :mod:`.quantities_ru` asks; split out so each reads in
one sitting.
"""

from __future__ import annotations

import re

from .measures_ru import _MEASURE_AFTER_DIGITS, _SHORT_MEASURES, _case_ending
from .nlp import russian_parses
from .nouns_ru import _noun_before_number
from .number_unit_ru import _multiplier, _unit_at
from .quantity import Quantity
from .tokens import Token, words
from .units import lookup_ru
from .words_ru import (
    _MORE_LESS,
    MONTH_STEMS,
    MONTHS_GEN,
    NUMBERED,
    QUALIFIERS,
    YEAR_WORDS,
    _after_change,
    _is_figure,
    _lemma,
    _lemma_of,
    _pos,
    _word_number,
)

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


def _counted_by_noun(value: float, word: str) -> bool:
    """Whether some noun reading of ``word`` agrees with ``value`` as the thing counted (as
    ``_agrees_as_count``, but a reading as another part of speech does not excuse it: «2
    частью» is no count though «частью» is also an adverb)."""
    if not value.is_integer() or value < 1:
        return True
    v = int(value)
    teen = 11 <= v % 100 <= 14
    for p in russian_parses(word.lower()):
        tag = p.tag
        if tag.POS != "NOUN":
            continue
        if "plur" in tag or "Pltm" in tag or (v % 10 == 1 and not teen):
            return True
        if "gent" in tag and 2 <= v % 10 <= 4 and not teen:
            return True
    return False


def _numbered_name(toks: list[Token], i: int, q: Quantity) -> bool:
    """«Северный поток 2», «к Северному потоку 2»: digits right after a common noun that a
    capitalised adjective opens number a named thing (the second of its name), and count
    nothing.  A bare number is refused in any position; a number whose next word is a noun
    that agrees with it as a count counts («Центральный банк 3 раза поднимал ставку»,
    «Приморский край 4 дня жил без света»); away from a sentence's head, a next word that does
    not agree is no count of it («о Северном потоке 2 частью программы»)."""
    if toks[i].kind != "num" or q.qualifier or q.value_high is not None or i < 2:
        return False
    noun, adj = toks[i - 1], toks[i - 2]
    if not (noun.kind == "word" and noun.text.isalpha() and noun.text.islower()):
        return False
    if not (adj.kind == "word" and adj.text[:1].isupper() and adj.text[1:].islower()):
        return False
    if _pos(noun) != "NOUN" or _pos(adj) != "ADJF":
        return False
    if q.unit is None:
        return True
    opens = i == 2 or toks[i - 3].text in '.!?:;«"—–-'
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        not opens
        and nxt is not None
        and nxt.kind == "word"
        and not _counted_by_noun(q.value, nxt.text)
    )


#: the lemmas of the words a number is dialled by: «по телефону 122», «по номеру 112», «горячая
#: линия: 8-800-…»
_DIALLED_BY = frozenset({"телефон", "номер", "линия"})
#: what may stand between such a word and the number: its genitive complements («по телефону
#: горячей линии 122», «единой диспетчерской службы 005») and a colon
_SERVICE_GAP = 4


def _dialled(toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    """A number one dials, not a figure: digits with a leading zero («005», a code), or a bare
    number after «телефон»/«номер»/«линия» and only that word's genitive complements, with
    nothing counted after it («по телефону горячей линии 122», «Горячая линия ГИБДД: 112 или
    …»).  «Телефон стоит 50 тысяч» has a verb between and keeps its figure."""
    t = toks[i]
    if t.kind != "num":
        return False
    if len(t.text) > 1 and t.text[0] == "0" and t.text.isdigit():
        # a code, or the later group of a number written in groups («667 0099 с 9 до 17»)
        return q.unit is None or (i > 0 and toks[i - 1].kind == "num")
    if q.unit is not None:
        return False
    if j < len(toks) and not (
        toks[j].text in ".,;:!?()»—–"
        or toks[j].kind == "num"  # the next group of the same number: «667 0099»
        or toks[j].lower in ("или", "и", "круглосуточно")
    ):
        return False
    for k in range(i - 1, max(-1, i - 2 - _SERVICE_GAP), -1):
        w = toks[k]
        if w.text == ":" and k == i - 1:
            continue
        if w.kind != "word":
            return False
        if _lemma(w) in _DIALLED_BY:
            return True
        if not any("gent" in p.tag for p in russian_parses(w.lower)[:3]):
            return False
    return False


def _not_a_claim(sentence: str, toks: list[Token], i: int, j: int, q: Quantity) -> bool:
    n = len(toks)
    if toks[i].lower in ("минус", "плюс") and i + 1 < n and toks[i + 1].kind == "num":
        # «до минус 23»: the sign word is no number word; the digits after it are judged
        return _not_a_claim(sentence, toks, i + 1, j, q)
    if _dialled(toks, i, j, q):
        return True
    t = toks[i]
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
    if not money_or_measure and _numbered_name(toks, i, q):
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
            # a wire dateline's short month: «КАЗАНЬ, 14 авг ИНТЕРФАКС», «3 сент.»
            or after.lower in _MONTH_SHORT
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
        # a four-digit number is a year only in a year's context (the year words, a month and
        # a date are read above): the end of a change is a level, «число случаев выросло до
        # 1410», «сократилось с 1200 до 1100» (the trace stories' missed changes)
        level = _end_of_change(toks, i, j, q.value_high)
        if (
            1000 <= value <= 2100
            and q.unit is None
            and "\u00a0" not in t.text
            and " " not in t.text
            and not level
        ):
            return True
        if (
            q.value_high is not None
            and 1000 <= value <= 2100
            and not money_or_measure
            and not level
        ):
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
    if one and _one_period(sentence, prev, q):
        return False  # «продлили на один час», «более одного года»: a span, measured
    if t.kind == "word" and q.unit is None and not q.relative:
        # a number word that counts nothing («один из») — but «два из них», «шесть из 11
        # стран» say how many of a group, and a scale states a figure («около ста миллионов
        # его записей»)
        counts = (q.value >= 2 and nxt is not None and nxt.lower == "из") or q.value >= 1e5
        # a bare number word beside another figure counts what that one counts (gapping):
        # «выпустил 12 сольных альбомов и два в составе трио», «двое погибли, а пятеро ранены»
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


#: the periods «один» measures as a span after «на» or a bound
_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def _one_period(sentence: str, prev: Token | None, q: Quantity) -> bool:
    """«на один день», «в течение одного месяца», «более одного года»: «один» with a period
    after «на» (for how long), «в течение» or a bound is a span, a figure as «на два дня» is;
    «в один день» (the same day) and «за один день» (the golds split) stay picks."""
    if q.unit not in _SPANS or prev is None:
        return False
    if len(sentence[q.start : q.end].split()[-1]) < 3:
        return False  # «один на один с талибами»: a preposition, not «с» for seconds
    return q.qualifier is not None or prev.lower in ("на", "течение")


#: focus words before «один» that make it a count: «только один случай», «лишь один кадр»
_FOCUS = words("только лишь всего ровно")
#: bounds before «один» that make it a count, as "at least one" is in English
_BOUND_BEFORE_ONE = re.compile(
    r"(?:^|\s)(?:как\s+минимум|минимум|хотя\s+бы|по\s+крайней\s+мере|по\s+меньшей\s+мере|"
    r"не\s+менее|не\s+меньше|более\s+чем|больше\s+чем)$"
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


#: months cut short as wire datelines and tables write them (a day number before one is a date)
_MONTH_SHORT = words("янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек")
_MONTH_LEMMAS = words(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
)
_MONTH_NOMN = words(
    "январь феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре январе "
    "феврале"
)
