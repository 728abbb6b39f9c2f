"""Units a Russian writer leaves out because the sentence already says them.

A list of figures names its unit once, after the last one: «сыновей (10, 9 и 8 лет)», «им было
30, 20 и 19 лет», «на 5, 7 или 10 процентов»; each bare figure of the list takes that unit.  An
age needs no word at all after a person in the dative and a verb of age («ему исполнилось 90»,
«которому в этом году исполнится 68», «мне 94») or between commas after a name («Тимофей, 29,
из города Твери»), as in English ("Murray, 37, said").

An age is an age whatever words frame it, so one grammar decides it for a bare figure and for
«N лет» alike, and names it "years old" ("months old") as the English side does: a comparative
of age («старше 21 года», «младше 35»), a dative with a verb of age («ему 45 лет», «погибшему
было 19»), «в возрасте 45 лет», «возрастом до 3 лет», «в 85 лет» (at that age; «раз в 5 лет» is
a period), «N лет от роду», and a person's noun in the genitive of quality («женщина 75 лет»,
«детей до 14 лет»; a subject before its verb, «отец 20 лет работал», is a duration).
"""

from __future__ import annotations

import re

from ..sentences import split as split_sentences
from .nlp import russian_parses
from .quantity import Quantity
from .range_scale import _ANY_SCALE, _scale_of
from .tokens import words

#: what joins the figures of one list
_LIST_GLUE = re.compile(r"^\s*(?:,|и|или|либо|,\s*и)\s*$")
#: a person in the dative, then a verb of age or nothing: «ему исполнилось», «мне», «ей уже»
_AGE_BEFORE = re.compile(
    r"(?:\b(?:ему|ей|мне|им|нам|тебе|вам|которому|которой|которым)\s+"
    r"(?:(?:было|будет|уже|тогда|сейчас|теперь|в\s+этом\s+(?:году|месяце))\s+)*"
    r"(?:исполнилось|исполнится|исполняется|исполниться|стукнет|стукнуло|было|будет)?"
    r"|\b(?:исполнилось|исполнится|исполняется|исполниться|стукнет|стукнуло))\s*"
    # «ему было за 30», «ему уже далеко за 80», «ей под 40»: a bound on the age
    r"(?:(?:далеко\s+|хорошо\s+)?за|под)?\s*$",
    re.IGNORECASE,
)
#: the comparatives of age: «старше 18», «моложе 23», «младше 14» compare ages only
_AGE_COMPARATIVES = frozenset(["старше", "младше", "моложе"])
#: a verb of age just before the figure: «было», «исполнился», «не было»; whose age it is
#: comes before it, in the dative
_BE_BEFORE = re.compile(
    r"(?:\bне\s+)?\b(?:было?|будет|исполнил(?:ось|ся|ась|ись)|исполнит(?:ся|ь?ся)|исполняется|стукнет|"
    r"стукнуло)\s*,?\s*(?:(?:бы|уже|тогда|ровно|почти|едва|лишь|только|всего|и|соответственно),?\s+)*"
    r"(?:(?:далеко\s+|хорошо\s+)?за|под|по)?\s*$",
    re.IGNORECASE,
)
#: «уже 70 лет», «сейчас по 37 лет» after a dative and no verb
_NOW_BEFORE = re.compile(r"\b(?:уже|сейчас|теперь|тогда)\s+(?:по\s+)?$", re.IGNORECASE)
_CLAUSE_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?«»\"()—–]")
#: the words of age before the figure: «в возрасте (от|до|около) 45», «возрастом 3», «в 85 лет»
_AGE_WORDS = re.compile(
    r"(?:\bв\s+свои|\b(?:старше|младше|моложе)\s+(?:[а-яё]+\s+)?на|\bв\s+возрасте|\bвозрастом|"
    r"\bвозраст(?:а|е)?\s*(?:—|-|–|:|\()?)\s*"
    r"(?:(?:от|до|около|примерно|почти|свыше|более|менее|старше|младше|не\s+старше|не\s+младше)\s+)?$",
    re.IGNORECASE,
)
#: «в 85 лет»: at that age, but «раз в 5 лет», «каждые», «один раз в 2 года» are periods;
#: «с пяти лет», «с 19 лет»: from that age on (a span «с 6 до 10 лет» is a range, read apart)
_AT_AGE = re.compile(r"(?<!\bраз\s)(?<!\bраза\s)\b(?:в|с|со)\s*$", re.IGNORECASE)
#: «не дожил до 113 лет», «дожила до 90»: the age reached
_LIVED_TO = re.compile(r"\bдожи(?:л|ла|ли|ть|вать|вают|вает|вёт|вет)\s+(?:до\s*)?$", re.IGNORECASE)
_MEASURE_ADJECTIVE = re.compile(r"летн|месячн", re.IGNORECASE)
_YEARS_OF_AGE = {"year": "years old", "month": "months old"}
#: a name, then the age between commas
_NAME_COMMA = re.compile(r"[А-ЯЁ][а-яё]+,\s*$")


#: between two figures of one verb whose second clause leaves the verb out: the second subject
#: (one to three words) and a dash, or «а» and the subject
_GAPPED = re.compile(
    r"\s*[,;]?\s*(?:(?:а|и|но|тогда как)\s+)?(?:[«\"„]?[\w.-]+[»\"“]?\s+){1,3}[—–-]\s*"
    r"|\s*,?\s*а\s+(?:[«\"„]?[\w.-]+[»\"“]?\s+){1,2}"
)
_GAP_END = re.compile(r"\s*(?:[.,;:!?)»]|$)")


#: between the two ends of «с N unit … до M» that the range reader did not join: a short aside
#: on the near end («в среднем», «, по данным ведомства,»)
_FROM_TO = re.compile(r"(?:,?\s*[а-яё]+(?:\s+[а-яё]+){0,2}\s*,?\s+)?до", re.IGNORECASE)
#: an aside that opens a clause of its own
_FROM_TO_CLAUSE = re.compile(
    r"(?<![а-яё])(?:и|или|а|но|который|которая|которое|которые|что|где|когда|если)(?![а-яё])",
    re.IGNORECASE,
)
_OPENED_BY_FROM = re.compile(r"(?<![а-яё])(?:с|со|от)\s+$", re.IGNORECASE)
_OPENS_WITH_FROM = re.compile(r"(?:с|со|от)\s", re.IGNORECASE)


#: between a change's size and the level it reaches: «на 0,4 млн, до 80,1 млн», «на $3,8, до
#: $58,1 за баррель»
_SIZE_TO_LEVEL = re.compile(r"\s*(?:,|[—–])?\s*до\s*", re.IGNORECASE)
_SIZE_OPENS = re.compile(r"(?<![а-яё])на\s+$", re.IGNORECASE)


def _size_of_change(sentence: str, found: list[Quantity]) -> None:
    """The size of a change, «на N», right before the level it reaches, «до M unit», is
    counted in the level's unit: a writer names the unit once, at the level («сократилась на
    0,4 млн, до 80,1 млн пользователей»), or the rate once («просела на $3,8, до $58,1 за
    баррель»: dollars a barrel both).  A share's size measures another thing than the level
    («на 17% — до 1,05 млн») and is left as it is."""
    for p, q in zip(found, found[1:], strict=False):
        if p.relative or q.relative or p.value_high is not None:
            continue
        if (
            q.unit is None
            and p.unit not in (None, "%", "pp", "fraction")
            and _elided_amount(sentence, q)
            and bool(_scale_of(sentence[q.start : q.end]))
            == bool(_scale_of(sentence[p.start : p.end]))
            and _SIZE_OPENS.search(sentence, max(0, p.start - 4), p.start)
            and _SIZE_TO_LEVEL.fullmatch(sentence[p.end : q.start])
        ):
            q.unit = p.unit  # «на 12 тыс. человек, до 1,2 млн»: the level in the size's unit
            continue
        if q.unit is None:
            continue
        if p.unit is not None and p.unit != q.unit.split("/")[0]:
            continue
        if q.unit in ("%", "pp") or p.unit in ("%", "pp"):
            continue
        if not (
            _SIZE_OPENS.search(sentence, max(0, p.start - 4), p.start)
            or sentence[p.start : p.start + 3].lower() == "на "
        ):
            continue
        if _SIZE_TO_LEVEL.fullmatch(sentence[p.end : q.start]):
            p.unit = q.unit


#: a figure set against another, which leaves its unit out: «31,4 против 28,9%», «до 120 тыс.
#: тонн в год вместо 90 тыс.», «210 мандатов из необходимых 226», «40 евро, а не 25»,
#: «12 недель по сравнению с 9» (the English reader's "rather than", "against", "compared with")
_CONTRAST = re.compile(
    r"\s*,?\s*(?:против|вместо|по\s+сравнению\s+с|в\s+сравнении\s+с|а\s+не|но\s+не|"
    # «из» after the counted noun's own genitive complement («мандатов депутатов из …»)
    r"(?:[а-яё]+\s+)?из(?:\s+[а-яё]+(?:ых|их))?)\s*",
    re.IGNORECASE,
)
#: the words of a contrast that may also stand between a bare figure and the unit after it
#: («31,4 против 28,9%»); «из» and «вместо» only look back («5 из 10 регионов» has its own noun)
_CONTRAST_BACK = re.compile(r"\s*,?\s*(?:против|а\s+не)\s*", re.IGNORECASE)
#: an amount written as digits (a scale word may follow: «90 тыс.»), not a year
#: A sign may open it: «до минус 23» after «до -18 °C» is the same measure below zero.
_AMOUNT = re.compile(
    r"(?:(?:минус|плюс)\s+|[-−+])?"
    r"\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?(?:\s*(?:тыс|млн|млрд|трлн)\.?)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _bare_amount(sentence: str, q: Quantity) -> bool:
    text = sentence[q.start : q.end].strip()
    return (
        q.unit is None
        and not q.relative
        and q.value_high is None
        and bool(_AMOUNT.fullmatch(text))
        and not _YEAR.fullmatch(text)
    )


def _share_contrasted(sentence: str, found: list[Quantity]) -> None:
    """A bare figure set against its neighbour by a word of contrast takes the neighbour's unit
    or counted noun: a contrast weighs two amounts of one thing, so one of them leaves the unit
    out.  The later figure looks back («вместо», «из необходимых»); the earlier looks forward
    only across «против» and «а не», which join two amounts of one kind."""
    for p, q in zip(found, found[1:], strict=False):
        if p.relative or q.relative:
            continue
        between = sentence[p.end : q.start]
        if (
            _bare_amount(sentence, q)
            and p.unit not in (None, "fraction")
            and p.value_high is None
            and _CONTRAST.fullmatch(between)
        ):
            q.unit = p.unit
        elif (
            _bare_amount(sentence, p)
            and q.unit not in (None, "fraction")
            and q.value_high is None
            and q.noun_start is None  # a unit written on the figure («28,9%»), not a noun
            and _CONTRAST_BACK.fullmatch(between)
        ):
            p.unit = q.unit


#: between a figure with a unit and a bare one in the brackets after it: a few words of the
#: first figure's phrase, the opening bracket, then an aside ended by a dash («(в апреле —
#: всего 277 тыс.)», «(годом ранее — 250)») or a word that sets one amount against another
#: («(из 3512)», «(против 40)»), or nothing
_BRACKETED = re.compile(
    r"[^().,;:!?«»\d]{0,40}\(\s*(?:[^()\d—–]{1,30}?\s*[—–:]\s*"
    r"|(?:из|против|вместо|с|со|от|после)\s+)?(?:(?:всего|лишь|только|уже|ещё|еще)\s+)?",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _share_bracketed(sentence: str, found: list[Quantity]) -> None:
    """A bare figure alone in brackets after a figure with a unit takes that unit: the brackets
    set a second amount of the same thing beside the first — another time's («819 тыс.
    баррелей нефти (в апреле — всего 277 тыс.)»), the whole it is out of («с 3070 участков (из
    3512)») — and the writer leaves the unit out because it is the same."""
    for p, q in zip(found, found[1:], strict=False):
        if (
            _bare_amount(sentence, q)
            and p.unit not in (None, "fraction")
            and p.value_high is None
            and not p.relative
            and _BRACKETED.fullmatch(sentence[p.end : q.start])
            and _BRACKET_CLOSES.match(sentence, q.end)
        ):
            q.unit = p.unit


def _far_end(sentence: str, p: Quantity, q: Quantity) -> bool:
    """``q`` is the bare far end of the «с/от N unit … до M» that ``p`` opens, as the English
    reader shares "from 38 minutes on average to 25"."""
    from .implicit_en import MEASURES

    if p.unit is None or p.relative or p.value_high is not None:
        return False
    if p.unit.split("/")[0] not in MEASURES or p.noun_start is not None:
        return False
    # the opener is the figure's own first word when the reader took it as its qualifier
    if not (
        _OPENED_BY_FROM.search(sentence, max(0, p.start - 4), p.start)
        or _OPENS_WITH_FROM.match(sentence, p.start)
    ):
        return False
    between = sentence[p.end : q.start].strip()
    return bool(_FROM_TO.fullmatch(between)) and not _FROM_TO_CLAUSE.search(between)


#: where a sentence may end inside the text given: a full stop (or «!», «?», «…»), a space and
#: a capital.  Only a cheap test whether to ask the segmenter: initials («А. Петрова») and
#: abbreviations («в г. Москве») match it too, and only the segmenter knows them
_MAY_BREAK = re.compile(r"[.!?…][»”\"')]*\s+(?=[«„“\"(]?[А-ЯЁA-Z])")


def implicit_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare figure given the unit its list or its frame implies.  A text of
    several sentences (``find_quantities`` given a whole paragraph) is read a sentence at a
    time: a figure leaves out its unit only when its own sentence has said it («Цена выросла
    на 5%. Продажи составили 40.»: 40 is no share).  The sentences are the ones the pipeline's
    own segmenter (razdel and its fixes) finds, so an initial or an abbreviation inside one
    sentence («по словам А. Петрова, а прибыль — на 3») cuts nothing."""
    if len(found) < 2 or not _MAY_BREAK.search(sentence):
        return _implicit_units(sentence, found)
    breaks = [start for start, _ in split_sentences(sentence, "ru")[1:]]
    if not breaks:
        return _implicit_units(sentence, found)
    out: list[Quantity] = []
    group: list[Quantity] = []
    bounds = iter([*breaks, len(sentence) + 1])
    bound = next(bounds)
    for q in found:
        while q.start >= bound:
            out += _implicit_units(sentence, group) if group else []
            group, bound = [], next(bounds)
        group.append(q)
    return out + (_implicit_units(sentence, group) if group else [])


def _implicit_units(sentence: str, found: list[Quantity]) -> list[Quantity]:
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if (
            q.unit is None
            and nxt.unit is not None
            and nxt.value_high is None
            and not nxt.relative
            and _LIST_GLUE.match(sentence[q.end : nxt.start])
            and nxt.noun_start is None  # a unit, not a counted noun read off one figure
        ):
            q.unit = nxt.unit
    _read_ages(sentence, found)
    people_before = False
    for q in found:
        if people_before and _casualty_object(sentence, q):
            q.unit = "people"  # «убив троих и ранив ещё 15»: a verb of harm takes people
        people_before = people_before or q.unit == "people"
    for p, q in zip(found, found[1:], strict=False):
        if (
            q.unit is None
            and q.value_high is None
            and p.unit is not None
            and not p.relative
            and p.value_high is None
            and _GAPPED.fullmatch(sentence[p.end : q.start])
            and _GAP_END.match(sentence, q.end)
        ):
            # «"Аэрофлот" — 12,3 млн пассажиров, "Трансаэро" — 8,1 млн», «а конкурент 450»:
            # the second clause leaves out the verb and the noun (a dash marks the gap)
            q.unit = p.unit
    _share_contrasted(sentence, found)
    _size_of_change(sentence, found)
    _share_bracketed(sentence, found)
    for p, q in zip(found, found[1:], strict=False):
        if q.unit is None and q.value_high is None and _far_end(sentence, p, q):
            q.unit = p.unit  # «с 38 минут в среднем до 25»: the far end of «с … до …»
    for k, q in enumerate(found):
        if q.unit is None and q.value_high is None and not q.relative and k > 0:
            earlier = next((p for p in reversed(found[:k]) if p.noun_start is not None), None)
            if earlier is not None and earlier.unit and _participle_no_noun(sentence, q.end):
                # «20 трамваев в дополнение к 35 уже купленным»: a participle or adjective with no
                # noun after the bare figure agrees with the noun an earlier count names
                q.unit = earlier.unit
    _share_elided(sentence, found)
    _difference(sentence, found)
    # «ему было 47 и 46 лет», «в 70 и 75 лет»: an age makes the whole list ages
    for _ in range(2):
        for a, b in zip(found, found[1:], strict=False):
            if _LIST_GLUE.match(sentence[a.end : b.start]) and {a.unit, b.unit} == {
                "year",
                "years old",
            }:
                a.unit = b.unit = "years old"
    return found


#: «на N больше/меньше»: the difference from another figure, with no noun of its own
_DIFFERENCE_BEFORE = re.compile(r"(?:^|\s)на\s*$", re.IGNORECASE)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:больше|меньше)\b", re.IGNORECASE)


def _difference(sentence: str, found: list[Quantity]) -> None:
    """«погибли 64 человека — на 9 больше, чем годом ранее», «принять 22 млн человек — это на 1,5
    млн больше»: a bare difference counts what the figure before it in the sentence counts (not a
    share, whose difference is in points or per cent as written)."""
    for k, q in enumerate(found):
        if k == 0 or q.unit is not None or q.value_high is not None or q.relative:
            continue
        if not (
            _DIFFERENCE_BEFORE.search(sentence, 0, q.start)
            and _DIFFERENCE_AFTER.match(sentence, q.end)
        ):
            continue
        p = found[k - 1]
        if p.unit is None or p.unit in ("%", "pp", "fraction") or p.relative:
            continue
        q.unit = p.unit


_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:уже|ещё|еще|ранее|раньше|прежде|только)\s+)?([а-яё]+)(?:\s+([а-яё]+))?",
    re.IGNORECASE,
)


def _participle_no_noun(sentence: str, end: int) -> bool:
    """A plural participle or full adjective right after a bare figure (an adverb of time
    between), not followed by a noun it would agree with: the figure's noun is left out."""
    m = _PARTICIPLE_AFTER.match(sentence, end)
    if m is None:
        return False
    parses = russian_parses(m.group(1).lower())
    if not any(p.tag.POS == "PRTF" and "plur" in p.tag for p in parses):
        return False  # «отправленным»: the plural dative is one of the form's readings
    if m.group(2):
        after = russian_parses(m.group(2).lower())
        if after and after[0].tag.POS == "NOUN":
            return False
    return True


def _read_ages(sentence: str, found: list[Quantity]) -> None:
    for k, q in enumerate(found):
        if q.unit in _YEARS_OF_AGE:
            if _MEASURE_ADJECTIVE.search(sentence, q.start, q.end):
                continue  # «5-летний контракт»: the adjective's noun has decided already
            # «45 лет», «от 18 до 25 лет», «2 года и 3 месяца»: an age if its frame says so
            if _age_frame(sentence, q) or (k > 0 and _list_of_ages(sentence, found[k - 1], q)):
                q.unit = _YEARS_OF_AGE[q.unit]
            continue
        if q.unit is not None or q.value_high is not None or not _age_like(sentence, q):
            continue
        before = sentence[max(0, q.start - 60) : q.start]
        after = sentence[q.end : q.end + 2]
        if _age_frame(sentence, q) or (_NAME_COMMA.search(before) and after.startswith(",")):
            q.unit = "years old"


def _age_frame(sentence: str, q: Quantity) -> bool:
    """Whether the words before ``q`` make it someone's (or something's) age."""
    if _TIME_AFTER.match(sentence, q.end) or _TERM_AFTER.match(sentence, q.end):
        # «16 лет назад», «5 лет спустя»: a time, not an age; «дать Петрову 3 года колонии»:
        # a term of punishment, whoever it is given to
        return False
    qualifier = (q.qualifier or "").lower().split()
    if qualifier and qualifier[-1] in _AGE_COMPARATIVES:
        return True  # «старше 21 года», «не моложе 35»: a comparative compares ages only
    before = sentence[max(0, q.start - 60) : q.start]
    if _AGE_BEFORE.search(before) or _AGE_WORDS.search(before):
        return True
    if q.unit is not None and _FROM_BIRTH.match(sentence, q.end):
        return True
    at = _AT_AGE.search(before)
    if (
        q.unit is not None
        and at
        and not _noun_before(before[: at.start()])
        and (at.group().strip().lower() == "в" or _from_age(sentence, q))
    ):
        return True  # «умер в 85 лет», «пела с пяти лет»; «на срок в пять лет» is a duration
    if (
        q.unit is not None
        and _LIVED_TO.search(before)
        and ((q.qualifier or "").lower() == "до" or before.rstrip().lower().endswith("до"))
    ):
        return True  # «не дожил до 113 лет»
    now = _NOW_BEFORE.search(before)
    if (
        q.unit is not None
        and now
        and (
            _dative_in_clause(before[: now.start()], last=1)
            or (
                _name_last(sentence, q.start - len(before) + now.start())
                and not _verb_after(sentence, q)
            )
        )
    ):
        return True  # «И. Петрову уже 64 года», «им сейчас по 37 лет»: no verb, the dative says it
    verb = _BE_BEFORE.search(before)
    if verb and (
        _dative_in_clause(before[: verb.start()])
        or (
            q.unit is not None
            and _name_last(sentence, q.start - len(before) + verb.start())
            and not _verb_after(sentence, q)
        )
    ):
        return True  # «которому на тот момент был 61 год», «девочке исполнилось 12»
    if q.unit is not None and _NAME_AROUND.search(before) and _CLOSE_AFTER.match(sentence, q.end):
        return True  # «Игорь Савин, 33 года (родился…)», «Анна Смирнова (47 лет)»
    if q.unit is not None and _age_in_clause(sentence, q):
        return True  # «пенсионный возраст составит 63 года», «снизить с 70 до 65 лет возраст»
    return q.unit is not None and _person_of_age(sentence, q)


def _from_age(sentence: str, q: Quantity) -> bool:
    """«с N лет» is an age from which something holds («начала петь с пяти лет») when the
    figure is in years of the genitive of age and no «до» closes a span after it, and the
    figure is a whole number under 125 (a date is read apart: «с 2010 года»)."""
    return (
        q.unit == "year"
        and q.value_high is None
        and q.value.is_integer()
        and 0 < q.value < 125
        and not re.match(r"\s*(?:до|по)\b", sentence[q.end : q.end + 5], re.IGNORECASE)
        and not _of_something(sentence, q.end)
    )


_NEXT_WORD = re.compile(r"\s+([а-яё]+)", re.IGNORECASE)


def _of_something(sentence: str, end: int) -> bool:
    """A noun in the genitive right after «N лет» says what the years are of: «с 15 лет стажа»,
    «после 10 лет службы» count years of service, not an age (review, round 20: «выплаты с 15
    лет стажа» was read as an age)."""
    m = _NEXT_WORD.match(sentence, end)
    if m is None:
        return False
    parses = russian_parses(m.group(1).lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case == "gent"


#: the noun «возраст» in any case («пенсионный возраст», «возраста», «возрастом»)
_AGE_NOUN = re.compile(r"(?<![а-яё])возраст(?:а|у|ом|е|ы|ов)?(?![а-яё])", re.IGNORECASE)


def _age_in_clause(sentence: str, q: Quantity) -> bool:
    """«N лет» in one clause with the noun «возраст», the figure then its subject or its
    complement: «пенсионный возраст составит 63 года», «возраст выхода на пенсию повысят до
    65 лет», «снизить с 70 до 65 лет возраст выхода на пенсию»: what the clause measures is an
    age (the clause ends at punctuation, so «в возрасте 5 лет; работал 20 лет» keeps the
    second a duration).  The figure must be the age's value: after a word that sets or bounds
    it («составляет», «до», «с», «от», a dash) or right beside the noun; a length of time in
    the same clause stays one («повысят через 10 лет», «не менялся 20 лет») (reviewer).  The
    clause is looked for within :data:`_CLAUSE_REACH` characters (a long unpunctuated text
    made a scan to its ends quadratic)."""
    low = max(0, q.start - _CLAUSE_REACH)
    high = min(len(sentence), q.end + _CLAUSE_REACH)
    start = q.start
    while start > low and not _CLAUSE_END.match(sentence[start - 1]) and sentence[start - 1] != ",":
        start -= 1
    end = q.end
    while end < high and not _CLAUSE_END.match(sentence[end]) and sentence[end] != ",":
        end += 1
    if not _AGE_NOUN.search(sentence, start, end):
        return False
    qualifier = (q.qualifier or "").lower().split()
    if qualifier and qualifier[-1] in _AGE_VALUE_BEFORE:
        return True  # «с 70 до 65 лет возраст»: the bound is read into the figure
    # the span may open with its bound («с 70»): the words before the first digit count too
    lead = re.match(r"\D*", sentence[q.start : q.end])
    text_before = sentence[start : q.start] + (lead.group() if lead else "")
    words_before = re.findall(r"[а-яёА-ЯЁ]+|[—–-]", text_before)
    if words_before and words_before[-1].lower() in _AGE_VALUE_BEFORE:
        return True
    if words_before and _AGE_NOUN.fullmatch(words_before[-1]):
        return True  # «возраст 60 лет»
    return bool(_AGE_NOUN.match(sentence[q.end : end].lstrip()))  # «до 75 лет возраст»


#: how far (characters) either side of a figure its clause is looked for
_CLAUSE_REACH = 160
#: the words after which a figure is an age's value when «возраст» is in the clause
_AGE_VALUE_BEFORE = frozenset(
    {"составляет", "составит", "составлял", "составляла", "составляло", "составил", "составила"}
    | {"составило", "составлять", "составлявший", "до", "с", "со", "от", "—", "–", "-"}
    | {"равен", "равна", "равняется", "будет", "достигнет", "достигает", "достиг", "достигла"}
)


def _dative_in_clause(text: str, last: int = 6) -> bool:
    """Whether one of the ``last`` words of the clause ending ``text`` is a dative person or
    pronoun: «ему», «которой», «погибшему», «девочке»."""
    clause = _CLAUSE_END.split(text)[-1]
    for word in _CLAUSE_WORDS.findall(clause)[-last:]:
        for p in russian_parses(word.lower()):
            pos = p.tag.POS
            if "datv" in p.tag and (
                pos in ("NPRO", "PRTF") or pos == "NOUN" and "anim" in p.tag or "Apro" in p.tag
            ):
                return True
    return False


#: the word before a verb of age: a capitalised word, the word before it no preposition
_NAME_LAST = re.compile(r"(?:^|\s)(\S+)\s+([А-ЯЁA-Z][\w-]*)\s*$")
_PREPOSITIONS = words("в во на у к ко от для по из с со о об при за под над перед")


def _name_last(sentence: str, end: int) -> bool:
    """«когда Рэппу было 14 лет», «Ципи Ливни сейчас 50 лет»: a name (a capitalised word inside
    the sentence, not after a preposition) right before the verb of age is whose age it is, in
    the dative, even where the dictionary does not know the foreign name's case."""
    m = _NAME_LAST.search(sentence, 0, end)
    return m is not None and m.group(1).lower().strip('«»"(,') not in _PREPOSITIONS


def _verb_after(sentence: str, q: Quantity) -> bool:
    """«Газпром уже 30 лет работает»: a verb after the years makes them a duration."""
    after = _WORD_AFTER.match(sentence, q.end)
    return after is not None and russian_parses(after.group(1).lower())[0].tag.POS in (
        "VERB",
        "INFN",
    )


#: a capitalised name, then a comma, a bracket or a dash before the figure …
_NAME_AROUND = re.compile(r"[А-ЯЁ][а-яё]+\s*(?:\([^()]{1,60}\)\s*)?(?:,|\(|—|–)\s*$")
#: … and a comma, a closing bracket or the end of the sentence after it
_CLOSE_AFTER = re.compile(r"\s*[,()]|\s*[.;]?\s*$")


_TIME_AFTER = re.compile(
    r"\s*(?:назад|спустя|тому|подряд|со\s+дня|с\s+момента|с\s+начала|с\s+тех)\b", re.IGNORECASE
)
#: what a term of punishment is served in or as, after its length («3 года колонии», «5 лет
#: лишения свободы», «два года условно»)
_TERM_AFTER = re.compile(
    r"\s*(?:колони|тюрьм|заключени|лишени|условн|строгого|общего|особого|ареста|"
    r"исправительн|принудительн|каторг|ограничени)",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([а-яё]+)\s*$", re.IGNORECASE)


#: nouns a span of time measures («срок в пять лет», «со стажем в 30 лет», «разница в 10 лет»):
#: «в N лет» after one of them is its length; after any other word it is an age («ушла из
#: спорта в 21 год», «выпустила роман в 62 года», «в 1995 году в 33 года»)
MEASURED_BY_TIME = frozenset(
    [
        "срок",
        "период",
        "стаж",
        "перерыв",
        "разница",
        "интервал",
        "промежуток",
        "отрезок",
        "пауза",
        "длительность",
        "продолжительность",
        "отсрочка",
        "рассрочка",
        "давность",
        "история",
        "опыт",
        "путь",
        "цикл",
        "горизонт",
        "каденция",
        "мандат",
        "контракт",
        "заключение",
        "наказание",
        "приговор",
        "жизнь",
        "возраст",
        "отпуск",
    ]
)


def _noun_before(text: str) -> bool:
    """«срок в пять лет», «разница в 10 лет»: a noun of a span of time, measured; «поднялся на
    вершину в 68 лет», «ушла из спорта в 21 год» are at an age."""
    m = _LAST_WORD.search(text)
    if m is None or not (m.group(1).islower() or not text[: m.start()].strip()):
        return False  # a name, not «Срок в»
    return any(
        p.tag.POS == "NOUN" and p.normal_form in MEASURED_BY_TIME
        for p in russian_parses(m.group(1).lower())
    )


#: «N лет от роду»
_FROM_BIRTH = re.compile(r"\s*(?:лет|года?|месяц\w*)\s+от\s+роду\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b([а-яё]+)\s+(?:(?:от|до|около|примерно|почти)\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*(?:(?:лет|года?|месяц\w*)\s+)?([а-яё]+)", re.IGNORECASE)


#: an earlier member of a list of figures and its joint, at the end of the text before a
#: figure: «2 и », «семи и », «10, »
_LIST_MEMBER_BEFORE = re.compile(r"(?:\b(\d+|[а-яё]+)\s*(?:,|и|или)\s*)$", re.IGNORECASE)
#: a dash between a person's noun and the ages told of it: «детей — 2 и 5 лет»
_DASH_BEFORE = re.compile(r"\s*[—–-]\s*$")


def _list_start(sentence: str, start: int) -> int:
    """Where the list of figures that ends at ``start`` begins, its earlier members (digits
    or number words) and a dash after its noun passed over: «девочек семи и девяти лет»,
    «детей — 2 и 5 лет» (the noun is the whole list's)."""
    while True:
        m = _LIST_MEMBER_BEFORE.search(sentence, max(0, start - 20), start)
        if m is None:
            break
        word = m.group(1)
        if not word.isdigit() and not any(
            p.tag.POS == "NUMR" for p in russian_parses(word.lower())[:2]
        ):
            break
        start = m.start()
    dash = _DASH_BEFORE.search(sentence, max(0, start - 4), start)
    return dash.start() if dash else start


def _person_of_age(sentence: str, q: Quantity) -> bool:
    """«женщина 75 лет», «детей до 14 лет»: a genitive of quality after a person's noun (the
    noun before the whole list: «детей — 2 и 5 лет»); but a subject followed by its verb, «отец
    20 лет работал», is a duration."""
    start = _list_start(sentence, q.start)
    m = _WORD_BEFORE.search(sentence[max(0, start - 40) : start].rstrip() + " ")
    if m is None:
        return False
    # the word's first reading must be a person's noun: «уже» is not a grass snake, «к» not
    # an abbreviation
    parses = [p for p in russian_parses(m.group(1).lower()) if p.tag.POS == "NOUN"]
    first = russian_parses(m.group(1).lower())[0]
    if len(m.group(1)) < 3 or first.tag.POS != "NOUN" or not any("anim" in p.tag for p in parses):
        return False
    if "ablt" in parses[0].tag:
        return False  # «работала инженером 35 лет»: a duration
    if "nomn" not in parses[0].tag:
        return True
    after = _WORD_AFTER.match(sentence, q.end)
    return after is None or russian_parses(after.group(1).lower())[0].tag.POS not in (
        "VERB",
        "INFN",
    )


def _list_of_ages(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """«ему 2 года и 3 месяца»: the months go with the years of the same age."""
    return prev.unit == "years old" and bool(_LIST_GLUE.match(sentence[prev.end : q.start]))


def _age_like(sentence: str, q: Quantity) -> bool:
    text = sentence[q.start : q.end]
    if q.qualifier and text.startswith(q.qualifier):
        text = text[len(q.qualifier) :].strip()
    return text.isdigit() and 0 < q.value < 125 and q.value.is_integer()


#: verbs (and their participles) whose object or subject is a person, by lemma: a bare count
#: after them counts people, as English "killing 12 and wounding 40" does
_CASUALTY_LEMMAS = words(
    "убить ранить застрелить зарезать задержать арестовать госпитализировать эвакуировать "
    "похитить травмировать"
)
_CASUALTY_BEFORE = re.compile(r"([а-яё]+)\s+(?:(?:ещё|еще|уже)\s+)?$", re.IGNORECASE)
_CASUALTY_AFTER = re.compile(
    r"\s*(?:[.,;:!?)»—–]|$)|\s+(?:в|во|на|при|из|за|после|у|и|а|но)\b", re.IGNORECASE
)


def _casualty_object(sentence: str, q: Quantity) -> bool:
    """A bare whole count right after a verb of harm or arrest («ранил ещё 22», «ранены ещё
    40», «задержали 14 в понедельник»), nothing but the clause's end or a preposition after
    it: the people the verb names are what it counts.  The caller asks only once a count of
    people stands before it in the sentence (the convention of docs/claims.md, as English)."""
    if q.unit is not None or q.value_high is not None or q.relative or q.value != int(q.value):
        return False
    figure = sentence[q.start : q.end]
    if re.fullmatch(r"(?:19|20)\d\d", figure):
        return False
    m = _CASUALTY_BEFORE.search(sentence, 0, q.start)
    if m is None or not _CASUALTY_AFTER.match(sentence, q.end):
        return False
    return any(p.normal_form in _CASUALTY_LEMMAS for p in russian_parses(m.group(1).lower()))


#: digits and a scale word written out («170 миллионов»), which :data:`_AMOUNT` leaves to others
_SPELLED_SCALE = re.compile(
    r"\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?\s*(?:тысяч\w*|миллион\w*|миллиард\w*|триллион\w*)",
    re.IGNORECASE,
)


def _elided_amount(sentence: str, q: Quantity) -> bool:
    """A bare amount (:func:`_bare_amount`), its scale abbreviated or written out; a qualifier
    read into the figure's span («около 7,9 млн», «до 4 млн») is no part of the amount."""
    return (
        q.unit is None
        and not q.relative
        and q.value_high is None
        and amount_alone(sentence[q.start : q.end], q.qualifier)
    )


def amount_alone(text: str, qualifier: str | None = None) -> bool:
    """A figure's written span is an amount and nothing more (its scale abbreviated or written
    out, a qualifier read into it set aside): it names nothing it counts, so a unit it has was
    carried over from the figure before (:func:`_share_elided`).  The trace stage asks the same
    of a rival's figure."""
    text = text.strip().rstrip(".")
    if qualifier and text.lower().startswith(qualifier.lower()):
        text = text[len(qualifier) :].strip()
    return not _YEAR.fullmatch(text) and bool(
        _AMOUNT.fullmatch(text) or _SPELLED_SCALE.fullmatch(text)
    )


#: the preposition right before a figure: «на 17%» (a change's size), «до 1,05 млн» (a level)
_PREP_BEFORE = re.compile(r"(?<![а-яё])(на|до)\s+$", re.IGNORECASE)


def _share_elided(sentence: str, found: list[Quantity]) -> None:
    """A bare amount that ends its clause («, а его соперница — 232.», «при разрешённых 70»,
    «вместо привычных 800–900») counts what the figure before it counts: a noun or a unit after
    it would stand before the clause's end, so the writer left it out as said already.  It takes
    the scale too when the earlier figure states one and it states none («не менее 15 млн
    долларов, а то и все 20»); a scaled amount looks back to the last scaled figure, past an
    age.  A level after a change's size («на 17% — до 1,05 млн») measures another thing, and
    keeps none."""
    for k, q in enumerate(found):
        if k == 0 or q.unit is not None or q.relative:
            continue
        if q.value_high is None and not _elided_amount(sentence, q):
            continue
        if not _GAP_END.match(sentence, q.end):
            continue
        p = found[k - 1]
        if _ANY_SCALE.search(sentence[q.start : q.end]):
            # a scaled amount counts what the last scaled figure counts: «55,67 миллионов
            # россиян в возрасте 12-64 лет, … — 7,38 миллиона»
            p = next((f for f in reversed(found[:k]) if _scale_of(sentence[f.start : f.end])), p)
        if p.unit in (None, "fraction", "years old", "months old") or p.relative:
            continue
        p_prep = _PREP_BEFORE.search(sentence, max(0, p.start - 4), p.start)
        q_prep = _PREP_BEFORE.search(sentence, max(0, q.start - 4), q.start)
        if p_prep and q_prep and p_prep.group(1).lower() != q_prep.group(1).lower():
            continue
        factor = _scale_of(sentence[p.start : p.end])
        if factor is not None and not _ANY_SCALE.search(sentence[q.start : q.end]):
            scaled = q.value * factor
            if not (p.value > 0 and 0.1 <= scaled / p.value <= 10):
                continue
            q.value = scaled
            if q.value_high is not None:
                q.value_high *= factor
        q.unit = p.unit
