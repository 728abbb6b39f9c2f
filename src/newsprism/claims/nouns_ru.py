"""The noun a Russian figure counts: after it by case agreement («84 новых случая»), before it
(«жертв — 12»), or a total named earlier («число заявок … 120»).

Part of :mod:`.quantities_ru`, split out so each reads in one sitting.
"""

from __future__ import annotations

import re
from typing import Any

from . import numbers_ru as num
from .measures_ru import _MEASURE_AFTER_DIGITS
from .nlp import russian_parses
from .number_of_en import give_total_noun
from .quantity import Quantity
from .tokens import Token, words
from .units import RU_PEOPLE, lookup_ru
from .words_ru import _lemma, _pos, _word_number

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
            if unit is not None and parse.normal_form != "пункт":
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
