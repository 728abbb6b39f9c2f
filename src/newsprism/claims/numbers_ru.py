"""Russian numerals: words in any case («двухсот тридцати», «полутора»), multipliers
(«231 тыс.», «1,5 тысячи», «3 млрд»), vague amounts («десятки тысяч», «сотни»), fractions
(«треть», «две трети», «половина») and multiples («в три раза», «вдвое»).

Words are reduced to their dictionary form by pymorphy3, so one table serves every case form.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .tokens import Token

#: cardinal lemmas (pymorphy3 normal forms) → value
CARDINALS: dict[str, float] = {
    "ноль": 0,
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
    "полтора": 1.5,
    "полторы": 1.5,
}
#: surface forms pymorphy3 does not reduce to the lemmas above
SURFACE: dict[str, float] = {
    "полторы": 1.5,
    "полутора": 1.5,
    "одна": 1,
    "одну": 1,
    "одной": 1,
    "две": 2,
}
SCALES: dict[str, float] = {"тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
#: written after a number: «тыс.», «млн», «млрд», «трлн» and the full words
MULTIPLIERS: dict[str, float] = {
    **SCALES,
    "тыс": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "мн": 1e6,
    "млрд": 1e9,
    "трлн": 1e12,
}
#: «десятки тысяч», «сотни», «тысячи» (not after a number): low end of a range ten times wide
VAGUE: dict[str, float] = {
    "десяток": 10,
    "десятка": 10,
    "сотня": 100,
    "тысяча": 1e3,
    "миллион": 1e6,
    "миллиард": 1e9,
}
FRACTIONS: dict[str, float] = {"половина": 0.5, "треть": 1 / 3, "четверть": 0.25}
#: «вдвое больше», «втрое»: multiples written as one word
MULTIPLE_WORDS: dict[str, float] = {
    "вдвое": 2,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вдесятеро": 10,
    "удвоиться": 2,
    "удвоить": 2,
    "утроиться": 3,
    "утроить": 3,
}

Lemma = Callable[[Token], str]


def word_value(token: Token, lemma: Lemma) -> float | None:
    w = token.lower
    if w in SURFACE:
        return SURFACE[w]
    return CARDINALS.get(lemma(token))


def parse_words(tokens: list[Token], i: int, lemma: Lemma) -> tuple[float, int] | None:
    """A cardinal in words from ``tokens[i]``: «двести тридцать пять тысяч» → 235000."""
    total = 0.0
    current = 0.0
    seen = False
    j = i
    while j < len(tokens) and tokens[j].kind == "word":
        v = word_value(tokens[j], lemma)
        lem = lemma(tokens[j])
        if v is not None:
            current += v
            seen = True
        elif lem in SCALES and seen:
            total += max(current, 1) * SCALES[lem]
            current = 0
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, j


def parse_vague(tokens: list[Token], i: int, lemma: Lemma) -> tuple[float, float, int] | None:
    """«десятки тысяч» → (10000, 100000), «сотни» → (100, 1000); plural forms only (and
    after a bound, the genitive singular: «более тысячи» → (1000, 1000))."""
    t = tokens[i]
    lem = lemma(t)
    # (pymorphy3 reads «десяток» first as the genitive plural of «десятка»)
    count = "десяток" if t.lower == "десяток" else lem if lem in _COUNT_NOUNS else None
    if count and (t.lower == "десяток" or not _plural(t)) and _one_count(tokens, i):
        # «под сотню человек», «с десяток случаев», «более десятка раненых»: one ten or one
        # hundred, an amount the writer rounds (high = low)
        low = VAGUE[count]
        j = i + 1
        if j < len(tokens) and lemma(tokens[j]) in SCALES:
            low *= SCALES[lemma(tokens[j])]  # «под сотню тысяч»
            j += 1
        return low, low, j
    if lem not in VAGUE or not _plural(t) or t.lower == "десяток":
        return None
    # «более тысячи рабочих», «около сотни жителей»: a bound governs the genitive, and
    # «тысячи» there is one thousand, not thousands (the plural «тысячи» is the nominative or
    # the accusative: «тысячи людей вышли»); the reading is one figure (high = low)
    one = i > 0 and tokens[i - 1].lower in _GENITIVE_BOUNDS and _genitive_singular(t)
    low = VAGUE[lem]
    j = i + 1
    if j < len(tokens) and lemma(tokens[j]) in SCALES and _plural(tokens[j]):
        low *= SCALES[lemma(tokens[j])]
        j += 1
    return low, low if one else low * 10, j


#: the nouns of a round count whose singular is one amount: «десяток», «сотня»
_COUNT_NOUNS = frozenset({"десяток", "сотня"})
#: the words of "about" before a round count in the accusative: «под сотню», «с десяток»
APPROX_BEFORE = frozenset({"под", "с", "со"})


def _one_count(tokens: list[Token], i: int) -> bool:
    """Whether the singular round count at ``tokens[i]`` states an amount: after a word of
    "about" or a bound («под сотню», «с десяток», «более десятка»).  Alone it is as often a
    unit of sale («десяток яиц») or a rank («первая сотня», «в десятке лучших»)."""
    prev = tokens[i - 1].lower if i > 0 else ""
    return prev in APPROX_BEFORE or prev in _GENITIVE_BOUNDS


#: bounds that take the genitive of the figure after them
_GENITIVE_BOUNDS = frozenset(
    {"более", "менее", "свыше", "около", "порядка", "больше", "меньше", "до", "от", "ниже", "выше"}
)


def _genitive_singular(token: Token) -> bool:
    from .nlp import russian_parses

    return any("sing" in p.tag and "gent" in p.tag for p in russian_parses(token.lower)[:4])


def _plural(token: Token) -> bool:
    from .nlp import russian_parses

    return any("plur" in p.tag for p in russian_parses(token.lower)[:2])


#: forms pymorphy3 reads as the ordinal «третий» first
_FRACTION_FORMS = {"трети": "треть", "третей": "треть", "треть": "треть", "четверти": "четверть"}


def parse_fraction(tokens: list[Token], i: int, lemma: Lemma) -> tuple[float, int] | None:
    """«треть», «две трети», «половина», «четверть»."""
    t = tokens[i]

    def frac(tok: Token) -> str:
        return _FRACTION_FORMS.get(tok.lower) or lemma(tok)

    lem = frac(t)
    if lem in FRACTIONS:
        return FRACTIONS[lem], i + 1
    count = word_value(t, lemma)
    if count and i + 1 < len(tokens) and frac(tokens[i + 1]) in FRACTIONS:
        return count * FRACTIONS[frac(tokens[i + 1])], i + 2
    return None


@lru_cache(maxsize=1)
def _genitive_stems() -> tuple[tuple[str, float], ...]:
    """Genitive forms of the cardinals, longest first: the first part of a compound adjective
    («пяти|летний», «восьмидесяти|летний», «шестидесяти|восьми|летняя»)."""
    from .nlp import russian_morphology

    morph = russian_morphology()
    forms: dict[str, float] = {}
    for lemma, value in CARDINALS.items():
        if value < 2:
            continue
        parse = next((p for p in morph.parse(lemma) if p.tag.POS == "NUMR"), None)
        form = parse.inflect({"gent"}) if parse else None
        if form is not None:
            forms[form.word.replace("ё", "е")] = value
    forms.update({"двух": 2, "трех": 3, "четырех": 4, "ста": 100, "сорока": 40, "девяноста": 90})
    forms["сто"] = 100  # «стопроцентный»; «одно-» is left out: «однокомнатная» names a kind
    return tuple(sorted(forms.items(), key=lambda kv: -len(kv[0])))


def compound_value(stem: str) -> float | None:
    """«восьмидесяти» → 80, «шестидесятивосьми» → 68, «тридцатичетырех» → 34: a run of genitive
    cardinals written as one word, or ``None``."""
    stem = stem.lower().replace("ё", "е")
    total, rest = 0.0, stem
    while rest:
        for form, value in _genitive_stems():
            if rest.startswith(form):
                total += value
                rest = rest[len(form) :]
                break
        else:
            return None
    return total or None
