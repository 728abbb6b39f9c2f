"""Russian text as it should be spoken, with numerals that agree in case, gender and number.

espeak-ng reads «около 600 тысяч» as «около шестьсот тысяч», «1,5 млрд руб.» as «один и пять
десятых эм эль эр дэ…» and «США» as one syllable.  Here numbers become words with ``num2words``
(which has Russian cases and genders since 0.5.13) and the words around them are read with
``pymorphy3``: the preposition before a number and the noun after it decide its case («около
шестисот тысяч», «к две тысячи тридцатому году», «с пяти до семи процентов»), the noun decides
its gender («двадцать одна тысяча»), and abbreviations after it («млрд», «руб.», «%») are written
out agreeing with it («полтора миллиарда рублей», «двадцать один процент»).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from num2words import num2words

from .normalize_common import keep_full_stop, tidy, typography, unshout, urls

CASE_NAMES = {
    "nomn": "nominative",
    "gent": "genitive",
    "datv": "dative",
    "accs": "accusative",
    "ablt": "instrumental",
    "loct": "prepositional",
}
_SECONDARY_CASES = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}

#: the cases a preposition (or a word that governs like one) puts a number in, likeliest first
PREP_CASES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        [
            "около",
            "до",
            "от",
            "из",
            "без",
            "для",
            "у",
            "после",
            "свыше",
            "более",
            "менее",
            "больше",
            "меньше",
            "порядка",
            "среди",
            "против",
            "вокруг",
            "возле",
            "кроме",
            "вместо",
            "мимо",
            "ради",
            "накануне",
            "течение",
            "размере",
            "уровне",
            "из-за",
            "достиг",
            "достигла",
            "достигло",
            "достигли",
            "достигнет",
            "начала",
            "конца",
            "середины",
        ],
        ("gent",),
    ),
    **dict.fromkeys(["к", "ко", "благодаря", "согласно", "навстречу"], ("datv",)),
    **dict.fromkeys(["о", "об", "обо", "при"], ("loct",)),
    **dict.fromkeys(["между", "над", "под", "перед", "со"], ("ablt",)),
    **dict.fromkeys(["через", "про"], ("accs",)),
    "с": ("gent", "ablt"),
    "в": ("loct", "accs"),
    "во": ("loct", "accs"),
    "на": ("accs", "loct"),
    "за": ("accs", "ablt"),
    "по": ("accs", "datv"),
}

MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_MONTH = "|".join(MONTHS_GEN)

#: abbreviations and symbols that follow a number, and the noun they stand for
UNITS: dict[str, str] = {
    "%": "процент",
    "тыс.": "тысяча",
    "тыс": "тысяча",
    "млн": "миллион",
    "млн.": "миллион",
    "млрд": "миллиард",
    "млрд.": "миллиард",
    "трлн": "триллион",
    "трлн.": "триллион",
    "руб.": "рубль",
    "руб": "рубль",
    "р.": "рубль",
    "долл.": "доллар",
    "евро": "евро",
    "фунт.": "фунт",
    "коп.": "копейка",
    "км": "километр",
    "км²": "квадратный километр",
    "м": "метр",
    "см": "сантиметр",
    "мм": "миллиметр",
    "кг": "килограмм",
    "т": "тонна",
    "га": "гектар",
    "чел.": "человек",
    "мин.": "минута",
    "сек.": "секунда",
    "шт.": "штука",
    "°C": "градус",
    "°С": "градус",
    "°": "градус",
    "км/ч": "километр",
}
#: what follows the unit word in every case ("градус Цельсия", "километр в час")
UNIT_TAILS = {"°C": " Цельсия", "°С": " Цельсия", "км/ч": " в час", "фунт.": " стерлингов"}
CURRENCY_SIGNS = {"$": "долл.", "€": "евро", "£": "фунт.", "₽": "руб."}

PHRASES = [
    (r"\bт\.\s?е\.", "то есть"),
    (r"\bт\.\s?д\.", "так далее"),
    (r"\bт\.\s?п\.", "тому подобное"),
    (r"\bт\.\s?к\.", "так как"),
    (r"\bт\.\s?н\.", "так называемый"),
    (r"\bв\s?т\.\s?ч\.", "в том числе"),
    (r"\bи\s+др\.", "и другие"),
    (r"\bи\s+пр\.", "и прочее"),
    (r"\bсм\.(?=\s)", "смотрите"),
    (r"\bим\.(?=\s)", "имени"),
    (r"\bзам\.(?=\s)", "заместитель"),
    (r"\bок\.(?=\s\d)", "около"),
    (r"\bнапр\.(?=\s)", "например"),
    (r"\bдр\.(?=\s)", "другие"),
    (r"\bст\.(?=\s?\d)", "статья"),
    (r"\bд\.(?=\s?\d)", "дом"),
    (r"\bкв\.(?=\s?\d)", "квартира"),
]
#: abbreviated place nouns before a name («на ул. Ленина», «в г. Москве»): inflected by preposition
PLACES = {
    "ул.": "улица",
    "г.": "город",
    "обл.": "область",
    "р-н": "район",
    "пр-т": "проспект",
    "пл.": "площадь",
    "пос.": "посёлок",
    "с.": "село",
    "наб.": "набережная",
}
PLACE_CASES = {
    **dict.fromkeys(["в", "во", "на", "о", "об", "при"], "loct"),
    **dict.fromkeys(["к", "ко", "по"], "datv"),
    **dict.fromkeys(["с", "со", "из", "от", "до", "у", "около", "возле", "вблизи"], "gent"),
    **dict.fromkeys(["за", "под", "над", "перед", "между"], "ablt"),
}
SPOKEN_ACRONYMS = {"США": "сэ шэ а", "РФ": "эр эф", "ЕС": "е эс"}

LETTERS = dict(
    zip(
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ",
        [
            "а",
            "бэ",
            "вэ",
            "гэ",
            "дэ",
            "е",
            "ё",
            "жэ",
            "зэ",
            "и",
            "й",
            "ка",
            "эль",
            "эм",
            "эн",
            "о",
            "пэ",
            "эр",
            "эс",
            "тэ",
            "у",
            "эф",
            "ха",
            "цэ",
            "чэ",
            "ша",
            "ща",
            "э",
            "ю",
            "я",
        ],
        strict=True,
    )
)
_VOWELS = set("АЕЁИОУЫЭЮЯ")
#: acronyms with vowels that are still spelt out; the others are read as words (НАТО, ООН, МИД)
SPELT = {"США", "ЕС", "ОАЭ", "ЦРУ", "УК", "ЕГЭ", "ЕАЭС", "ЖКХ", "СНГ", "АЭС", "ИИ", "ОИ", "ЕЦБ"}

#: kept in capitals when a whole headline is in capitals
SHOUTED_ACRONYMS = (
    SPELT | set(SPOKEN_ACRONYMS) | {"НАТО", "ООН", "МИД", "ФСБ", "ВВП", "МВД", "СМИ", "ЦБ"}
)

NUM = r"\d+(?:,\d+)?"
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z-]+")


@lru_cache(maxsize=1)
def morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _case_of(tag: Any) -> str | None:
    case = tag.case
    return _SECONDARY_CASES.get(case, case) if case else None


@lru_cache(maxsize=8192)
def _noun_parses(word: str) -> list[Any]:
    return [p for p in morph().parse(word) if {"NOUN", "ADJF", "NPRO"} & set(p.tag.grammemes)]


def _previous_word(before: str) -> str:
    words = _WORD.findall(before[-40:])
    return words[-1].lower() if words else ""


def _next_word(after: str) -> str:
    m = re.match(r"\s*([А-Яа-яЁё]+)", after)
    return m.group(1) if m else ""


def resolve_case(before: str, noun: str, *, ordinal: bool = False) -> str:
    """The case of a number from the preposition before it and the noun after it."""
    candidates = PREP_CASES.get(_previous_word(before), ())
    parses = _noun_parses(noun) if noun else []
    noun_cases = {c for p in parses if (c := _case_of(p.tag))}
    if len(candidates) == 1:
        return candidates[0]
    for case in candidates:
        if case in noun_cases:
            return case
        # a cardinal in the nominative or accusative puts its noun in the genitive ("на 5 процентов")
        if not ordinal and case in ("accs", "nomn") and "gent" in noun_cases:
            return case
    if candidates:
        return candidates[0]
    if ordinal and parses:
        return _case_of(parses[0].tag) or "nomn"
    oblique = noun_cases & {"datv", "ablt", "loct"}
    if len(oblique) == 1 and not noun_cases & {"nomn", "accs", "gent"}:
        return oblique.pop()
    return "nomn"


def _gender(noun: str) -> str:
    for p in _noun_parses(noun):
        g = p.tag.gender
        if g:
            return {"masc": "m", "femn": "f", "neut": "n"}[g]
    return "m"


def _animate(noun: str) -> bool:
    parses = _noun_parses(noun)
    return bool(parses) and parses[0].tag.animacy == "anim"


def _inflect(word: str, grammemes: set[str]) -> str:
    return _inflect_cached(word, frozenset(grammemes))


@lru_cache(maxsize=4096)
def _inflect_cached(word: str, grammemes: frozenset[str]) -> str:
    parses = _noun_parses(word) or morph().parse(word)
    for p in parses:
        form = p.inflect(grammemes)
        if form is not None:
            return str(form.word)
    return word


@lru_cache(maxsize=4096)
def _agreeing_form(lemma: str, value: float, case: str) -> str:
    """``lemma`` as it goes after the number ``value`` in ``case`` («21 процент», «5 процентов»)."""
    if " " in lemma:  # "квадратный километр": adjective and noun agree together
        return " ".join(_agreeing_form(w, value, case) for w in lemma.split())
    parse = (_noun_parses(lemma) or morph().parse(lemma))[0]
    if "Fixd" in parse.tag.grammemes:  # евро
        return lemma
    if value == 1.5 and case not in ("nomn", "accs"):
        form = parse.inflect({case, "plur"})  # «около полутора тысяч»
    elif value != int(value):
        form = parse.inflect({"gent", "sing"})
    elif case in ("nomn", "accs"):
        n = int(value)
        if parse.tag.POS == "ADJF":
            form = parse.inflect({"gent", "plur"} if n % 10 != 1 or n % 100 == 11 else {"nomn"})
        else:
            form = parse.make_agree_with_number(n)
    else:
        n = int(value)
        number = "sing" if n % 10 == 1 and n % 100 != 11 else "plur"
        form = parse.inflect({case, number})
    return str(form.word) if form is not None else lemma


def cardinal(value: float, case: str = "nomn", gender: str = "m", animate: bool = False) -> str:
    if value != int(value):
        return _fraction(value, case, gender)
    return str(
        num2words(int(value), lang="ru", case=CASE_NAMES[case], gender=gender, animate=animate)
    )


def ordinal(value: int, case: str = "nomn", gender: str = "m", plural: bool = False) -> str:
    return str(
        num2words(
            value, lang="ru", to="ordinal", case=CASE_NAMES[case], gender=gender, plural=plural
        )
    )


def _fraction(value: float, case: str, gender: str) -> str:
    if value == 1.5:
        if case in ("nomn", "accs"):
            return "полторы" if gender == "f" else "полтора"
        return "полутора"
    whole, _, digits = f"{value:.6f}".rstrip("0").partition(".")
    places = ["десятая", "сотая", "тысячная", "десятитысячная"][min(len(digits), 4) - 1]
    head = f"{cardinal(int(whole), case, 'f')} {_agreeing_form('целая', int(whole), case)}"
    tail = f"{cardinal(int(digits), case, 'f')} {_agreeing_form(places, int(digits), case)}"
    return f"{head} {tail}"


def _value(text: str) -> float:
    return float(text.replace(",", "."))


# --- the passes ------------------------------------------------------------------------------


def _acronym(m: re.Match[str]) -> str:
    word = m.group(0)
    if word in SPOKEN_ACRONYMS:
        return SPOKEN_ACRONYMS[word]
    if word in SPELT or not set(word) & _VOWELS:
        return " ".join(LETTERS[c] for c in word)
    # read as a word (НАТО, ООН, МИД), or a shouted word: lower case so that espeak-ng does not spell it
    return word.lower()


def _place(m: re.Match[str]) -> str:
    lemma = PLACES[m.group(1)]
    case = PLACE_CASES.get(_previous_word(m.string[: m.start()]), "nomn")
    return lemma if case == "nomn" else _inflect(lemma, {case, "sing"})


def _date_range(m: re.Match[str]) -> str:
    """«с 5 по 7 марта»: the first day in the genitive, the second as its preposition wants."""
    second = {"по": "accs", "до": "gent"}[m.group(3)]
    return (
        f"{m.group(1)} {ordinal(int(m.group(2)), 'gent', 'n')} {m.group(3)} "
        f"{ordinal(int(m.group(4)), second, 'n')} {m.group(5)}"
    )


def _year(m: re.Match[str]) -> str:
    """«в 2023 году», «к 2030 г.», «2020–2022 годах»: ordinals agreeing with «год»."""
    before = m.string[: m.start()]
    low, high, noun = int(m.group("low")), m.group("high"), m.group("noun")
    plural_noun = noun in ("гг.", "годах", "годов", "годы", "годам", "годами")
    if noun in ("г.", "гг."):
        previous = _previous_word(before)
        if previous in PREP_CASES:
            case = PREP_CASES[previous][0]
        elif previous in MONTHS_GEN:
            case = "gent"
        else:
            case = "nomn"
        noun_word = _inflect("год", {case, "plur" if plural_noun else "sing"})
    else:
        case = resolve_case(before, noun, ordinal=True)
        noun_word = noun
    said = ordinal(low, case)
    if high:
        said += ", " + ordinal(int(high), case)
    said = f"{said} {noun_word}"
    end = m.string[m.end() :]
    return said + "." if noun in ("г.", "гг.") and not end.strip() else said


def _date(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    previous = _previous_word(before)
    case = {"к": "datv", "ко": "datv", "на": "accs", "по": "accs"}.get(previous, "gent")
    said = ordinal(int(m.group("day")), case, "n")
    if m.group("day2"):
        said += ", " + ordinal(int(m.group("day2")), case, "n")
    said += " " + m.group("month")
    if m.group("year"):
        said += " " + ordinal(int(m.group("year")), "gent") + " года"
    return said


def _roman_century(m: re.Match[str]) -> str:
    value = _roman(m.group(1))
    if value is None:
        return m.group(0)
    case = resolve_case(m.string[: m.start()], m.group(2), ordinal=True)
    return f"{ordinal(value, case)} {m.group(2)}"


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(text):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if 0 < total < 400 else None


def _ordinal_suffix(m: re.Match[str]) -> str:
    """«5-й», «1990-х», «2023-м»: the ordinal form whose ending is written."""
    value, suffix = int(m.group(1)), m.group(2)
    noun = _next_word(m.string[m.end() :])
    parses = _noun_parses(noun) if noun else []
    preferred = [(_case_of(p.tag), p.tag.gender, p.tag.number) for p in parses]
    options = [
        (case, gender, plural)
        for case in CASE_NAMES
        for gender, plural in (("m", False), ("f", False), ("n", False), ("m", True))
    ]
    genders = {"masc": "m", "femn": "f", "neut": "n"}

    def rank(option: tuple[str, str, bool]) -> int:
        case, gender, plural = option
        for c, g, n in preferred:
            if c == case and (n == "plur") == plural and (plural or genders.get(g or "") == gender):
                return 0
        return 1

    for case, gender, plural in sorted(options, key=rank):
        said = ordinal(value, case, gender, plural)
        if said.endswith(suffix):
            return said
    return ordinal(value)


def _time(m: re.Match[str]) -> str:
    hours, minutes = int(m.group(1)), int(m.group(2))
    if minutes == 0:
        return f"{cardinal(hours)} {_agreeing_form('час', hours, 'nomn')}"
    mins = (
        cardinal(minutes, gender="f") if minutes >= 10 else "ноль " + cardinal(minutes, gender="f")
    )
    return f"{cardinal(hours)} {mins}"


_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w,.])(?P<sign>[-−+](?=\d))?(?P<low>{NUM})"
    rf"(?:\s?[-–—]\s?(?P<high>{NUM}))?"
    rf"(?P<units>(?:\s?(?:{_UNIT_RE})(?![\wа-яё]))*)"
)


def _number(m: re.Match[str]) -> str:
    before, after = m.string[: m.start()], m.string[m.end() :]
    low, high = _value(m.group("low")), m.group("high")
    units = re.findall(_UNIT_RE, m.group("units") or "")
    value = _value(high) if high else low
    noun = UNITS[units[0]].split()[-1] if units else _next_word(after)
    # «с 5 до 7», «от 5 до 7»: both in the genitive
    previous = _previous_word(before)
    if (
        previous == "с"
        and re.match(r"\s*(?:до|по)\s", after)
        or previous == "до"
        and re.search(r"\b(?:от|с)\s+[\d,]+\s*$", before)
    ):
        case = "gent"
    else:
        case = resolve_case(before, noun)
    gender = "m" if units and units[0] == "%" else _gender(noun)
    animate = _animate(noun)
    sign = {"-": "минус ", "−": "минус ", "+": "плюс "}.get(m.group("sign") or "", "")
    if re.fullmatch(r"0\d+", m.group("low")):  # a code such as 007: digit by digit
        said = " ".join(cardinal(int(d)) for d in m.group("low"))
    elif high:
        if case == "nomn" and not PREP_CASES.get(previous):
            case = "gent"
            said = f"от {cardinal(low, case, gender, animate)} до {cardinal(value, case, gender, animate)}"
        else:
            said = (
                f"{cardinal(low, case, gender, animate)}, {cardinal(value, case, gender, animate)}"
            )
    else:
        said = cardinal(low, case, gender, animate)
    words = [sign + said]
    for i, unit in enumerate(units):
        lemma = UNITS[unit]
        if i == 0:
            words.append(_agreeing_form(lemma, value, case))
        else:  # «млрд руб.»: the second unit counts the first, always in the genitive plural
            words.append(_inflect(lemma, {"gent", "plur"}) if lemma != "евро" else lemma)
        words[-1] += UNIT_TAILS.get(unit, "")
    said = " ".join(words)
    # «1,5 млрд руб.» at the end of a sentence: the abbreviation's dot was also the full stop
    return said + "." if m.group(0).endswith(".") and not after.strip() else said


def normalize(text: str) -> str:
    ending = text.rstrip()[-1:]
    text = unshout(urls(text, dot="точка", at="собака"), SHOUTED_ACRONYMS)
    text = typography(text)
    text = re.sub(r"(?<=\d)[\u00a0\u202f ](?=\d{3}(?!\d))", "", text)  # 318 000 → 318000
    for pattern, said in PHRASES:
        text = re.sub(pattern, said, text)
    places = "|".join(re.escape(p) for p in PLACES)
    text = re.sub(rf"(?<![\w.])({places})(?=\s?[А-ЯЁ])", _place, text)
    text = re.sub(r"№\s*(?=\d)", "номер ", text)
    text = re.sub(r"§\s*(?=\d)", "параграф ", text)
    # $3 млрд → 3 млрд долл.
    signs = "".join(re.escape(s) for s in CURRENCY_SIGNS)
    text = re.sub(
        rf"([{signs}])\s?({NUM}(?:\s?[-–]\s?{NUM})?(?:\s?(?:тыс\.|млн|млрд|трлн)\.?)?)",
        lambda m: f"{m.group(2)} {CURRENCY_SIGNS[m.group(1)]}",
        text,
    )
    text = re.sub(
        rf"\b(с|со|от)\s+(\d{{1,2}})\s+(по|до)\s+(\d{{1,2}})\s+({_MONTH})\b",
        _date_range,
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        rf"\b(?P<day>\d{{1,2}})(?:\s?[-–]\s?(?P<day2>\d{{1,2}}))?\s+(?P<month>{_MONTH})"
        rf"(?:\s+(?P<year>\d{{4}})(?:\s?(?:г\.|года)(?!\w))?)?",
        _date,
        text,
    )
    text = re.sub(
        r"\b(?P<low>\d{4})(?:\s?[-–—]\s?(?P<high>\d{4}))?\s?(?P<noun>гг\.|г\.|год[а-я]*)(?![а-я])",
        _year,
        text,
    )
    text = re.sub(r"\b([IVXLC]{1,6})\s+(век[а-я]*|веков|столети[а-я]+)", _roman_century, text)
    text = re.sub(r"\b(\d+)-(?:о|е)?(й|я|е|го|му|м|х|ми|ю|ое|ый|ий|ая|ые)\b", _ordinal_suffix, text)
    text = re.sub(r"\b(\d{1,2}):(\d\d)\b", _time, text)
    text = re.sub(r"\b[А-ЯЁ]{2,}\b", _acronym, text)
    text = _NUMBER.sub(_number, text)
    text = re.sub(r"\s*&\s*", " и ", text)
    text = re.sub(r"\s*\+\s*", " плюс ", text)
    text = re.sub(r"\s*=\s*", " равно ", text)
    text = re.sub(r"(?<=\w)/(?=\w)", " ", text)
    return keep_full_stop(tidy(text), ending)
