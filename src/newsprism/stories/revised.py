"""Does a headline tell a count revised — the same happening's dead, injured, votes or money given
again with a new figure ("death toll rises to seven", «Число погибших выросло до четырёх»)?

The stories convention (``benchmarks/heldout.md``, thirty-fourth session): a report of the same
event whose count is revised on a later day is the **same happening**; a later report of a new
development of it (an arrest, an inquiry, a funeral, a trial) is the same running story only.
The evidence of when (:mod:`.when`) keeps reports of two days apart, which is right for the
development and wrong for the revised count: the count's report is of a later day, but its news
is the first day's happening.  What tells the two apart is the headline's news, so a small
bilingual grammar reads it there:

- a *count noun* ("toll", "number of", «число», «количество») with a verb of rising or reaching
  after it ("Toll from the poisoning reaches nine", «Число жертв … выросло до семи»);
- a verb of rising followed by "to" / «до» and a number ("rises to four", «возросло до 12»), in
  a headline that names what such a count counts (a count noun, or a word of harm, votes or
  money: "Death toll rises to four", not "Inflation rises to 3.4%");
- "N more" / «ещё N» with a word of dying or being hurt beside it ("two more die",
  «скончался ещё один отравившийся»).

A rising verb after a modal ("could climb", "expected to rise", «может вырасти», «будет расти»)
is a forecast, not a count given again.  A headline that also tells an aftermath
(``when.tells_aftermath``: someone detained, charged, a case opened) is a development first and
is not read as a count revised (:func:`tells_revised`).
"""

from __future__ import annotations

from functools import lru_cache

#: English word beginnings of rising or reaching ("rises", "rose", "risen", "climbed", "reaches")
_RISE_EN = ("rise", "rose", "risen", "rising", "climb", "reach", "jump", "increas", "grow", "grew")
#: what is counted in an English count-noun headline
_COUNT_NOUNS_EN = frozenset({"toll", "tally"})
#: English words of dying or being hurt, after "N more"
_HARM_EN = ("die", "dead", "death", "kill", "injur", "hurt", "victim", "bod", "hospital")
#: English number words besides the figures' own (``claims.numbers_en``: "zero" … "ninety",
#: "twenty-five", the scales): the plurals and "dozen" a headline counts with
_NUMBER_WORDS_EN = frozenset({"hundreds", "thousands", "millions", "dozen", "dozens"})
#: English word beginnings that name what a revised count counts, beside the count nouns and
#: the words of harm: votes and money (an economic rate "rising to 5%" is no count given again)
_COUNTED_EN = _HARM_EN + ("casualt", "missing", "vote", "ballot", "damage", "donation", "compensat")
#: Russian lemmas of rising or reaching
_RISE_RU = frozenset({"вырасти", "возрасти", "увеличиться", "достигнуть", "достичь", "превысить"})
#: how every form of those lemmas begins («выросло», «возросло», «увеличилось», «достигло»,
#: «превышает»): what a headline needs before it is parsed (:func:`tells_count_revised`)
_RISE_RU_BEGINNINGS = ("выр", "возр", "увелич", "дост", "превы")
#: Russian count nouns
_COUNT_NOUNS_RU = frozenset({"число", "количество"})
#: Russian lemmas of dying or being hurt, after «ещё N»
_HARM_RU = frozenset(
    {"погибнуть", "погибший", "скончаться", "умереть", "жертва", "пострадать", "пострадавший",
     "ранить", "раненый", "госпитализировать", "отравиться", "тело"}
)  # fmt: skip
#: Russian lemmas that name what a revised count counts, beside the count nouns and harm
_COUNTED_RU = _HARM_RU | frozenset(
    {"пропавший", "голос", "бюллетень", "ущерб", "убыток", "пожертвование", "компенсация"}
)
_PUNCT = ".,;:!?\"'()[]«»“”‘’—–-…"


def _number(word: str, lemmas: frozenset[str]) -> bool:
    """A figure: digits (1,200 / 4.1 / 17%), an English number word, or a Russian numeral
    (pymorphy3's NUMR reading, «один» included)."""
    if word[:1].isdigit():
        return True
    if word in _NUMBER_WORDS_EN or _english_number(word):
        return True
    return bool(lemmas & _NUMERALS_RU) or _numeral_ru(word)


def _english_number(word: str) -> bool:
    """An English number word as the figures read it: "seven", "sixty", "zero", "twenty-five",
    "hundred", "million" (the thirty-fourth session's own list stopped at "fifty")."""
    from ..claims.numbers_en import SCALES, word_value

    return word_value(word) is not None or word in SCALES


#: Russian numerals pymorphy3 tags otherwise («один» is an adjective-like pronoun, «тысяча» a noun)
_NUMERALS_RU = frozenset({"один", "тысяча", "миллион", "миллиард", "десяток", "сотня"})


def _numeral_ru(word: str) -> bool:
    if not ("\u0400" <= word[:1] <= "\u04ff"):
        return False
    from ..claims.nlp import russian_parses

    return any(str(p.tag.POS) == "NUMR" for p in russian_parses(word))


#: English words before a verb that make it a forecast or a wish ("will rise to", "to reach")
_MODALS_EN = frozenset({"will", "to", "could", "may", "might", "would", "set", "expected"})
#: Russian words before an infinitive that make it a forecast («может вырасти», «будет расти»);
#: «будет» + an infinitive is the grammatical future, which :func:`_future_ru` does not see
_MODALS_RU = frozenset(
    {"может", "могут", "способно", "способна", "способен", "способны", "рискует", "рискуют",
     "будет", "будут", "грозит", "грозят"}
)  # fmt: skip


def _after_modal_ru(words: list[str], i: int) -> bool:
    """A modal one or two words before the verb («может вырасти», «может еще вырасти»)."""
    return any(w in _MODALS_RU for w in words[max(i - 2, 0) : i])


def _future_ru(word: str) -> bool:
    """pymorphy3's most probable reading is a future form («вырастет», «достигнет»)."""
    from ..claims.nlp import russian_parses

    parses = russian_parses(word)
    return bool(parses) and "futr" in parses[0].tag


def _to_number(words: list[str], lemmas: list[frozenset[str]], k: int, to: str) -> bool:
    """The verb at ``k`` is followed by "to" / «до» and a number ("rises to four")."""
    return (
        words[k + 1 : k + 2] == [to] and k + 2 < len(words) and _number(words[k + 2], lemmas[k + 2])
    )


def tells_count_revised(headline: str) -> bool:
    """Does the headline's news give a count again with a new figure (the module's grammar)?"""
    from .when import _lemmas_ru

    words = [w.strip(_PUNCT).lower().replace("ё", "е") for w in headline.split()]
    words = [w for w in words if w]
    if not words:
        return False
    russian = any("\u0400" <= w[0] <= "\u04ff" for w in words)
    if russian and not any(w == "еще" or w.startswith(_RISE_RU_BEGINNINGS) for w in words):
        # each Russian form of the grammar needs a verb of rising or «ещё»: a headline without
        # a word that may be one is not parsed at all (most are not)
        return False
    lemmas = [_lemmas_ru(w) if russian else frozenset((w,)) for w in words]
    if russian:
        counted = any(lm & (_COUNT_NOUNS_RU | _COUNTED_RU) for lm in lemmas)
    else:
        counted = any(w in _COUNT_NOUNS_EN or w.startswith(_COUNTED_EN) for w in words)
    for k, word in enumerate(words):
        after = words[k + 1 : k + 7]
        if russian:
            rises = (
                bool(lemmas[k] & _RISE_RU)
                and not _future_ru(word)
                and not _after_modal_ru(words, k)
            )
            if lemmas[k] & _COUNT_NOUNS_RU and any(
                lm & _RISE_RU and not _future_ru(w) and not _after_modal_ru(words, k + j)
                for j, (w, lm) in enumerate(
                    zip(words[k + 1 : k + 8], lemmas[k + 1 : k + 8], strict=True), start=1
                )
            ):
                return True
            if rises and counted and _to_number(words, lemmas, k, "до"):
                return True
            if word == "еще" and after and _number(after[0], lemmas[k + 1]):
                near = lemmas[k + 1 : k + 5]
                if any(lm & _HARM_RU for lm in near) or any(
                    lm & _HARM_RU for lm in lemmas[max(k - 2, 0) : k]
                ):
                    return True
            continue
        # what will or may rise is a forecast, not a count given again
        rises = word.startswith(_RISE_EN) and (not k or words[k - 1] not in _MODALS_EN)
        if word in _COUNT_NOUNS_EN and any(
            w.startswith(_RISE_EN) and words[k + j - 1] not in _MODALS_EN
            for j, w in enumerate(after, start=1)
        ):
            return True
        if rises and counted and _to_number(words, lemmas, k, "to"):
            return True
        if (
            _number(word, frozenset())
            and after[:1] == ["more"]
            and any(w.startswith(_HARM_EN) for w in after[1:4])
        ):
            return True
    return False


def tells_revised(headline: str) -> bool:
    """A count revised, and not an aftermath first (``when.tells_aftermath``): the report's news
    is the happening's own figure given again, so its later day is no other happening's."""
    from .when import tells_aftermath

    return tells_count_revised(headline) and not tells_aftermath(headline)


#: **A count given again, by the two reports' own counts** (forty-first session): a later
#: headline that gives a larger count of things than an earlier report's headline ("Regulator
#: puts leak at 4.1 million records" after "Hackers claim theft of 1.2 million records", «Утечка
#: затронула 2,6 млн человек» after "… 1.2 million records") tells that happening's count again,
#: with or without a verb of rising — the pair's own counts compared, not a closed list of what
#: may be counted.  The figures and what they count are the claims stage's
#: (:func:`newsprism.claims.extract.find_quantities`): a count of things has the counted noun's
#: lemma as its unit («26 заболевших» → заболевший, "26 cases" → case), a measure, money or a
#: share a canonical unit, and those are left out.  The counted nouns themselves are not
#: required to agree: a leak's count is given as records by one outlet and as customers or
#: people by the next, and a Russian and an English headline never share a lemma.  Requiring
#: one noun (measured on development half A: 1 pair more found) found 7 fewer there than
#: comparing the largest counts (8 more, no wrong join; docs/stories.md, Round 41)
COUNTS = True


def has_digit(text: str | None) -> bool:
    """Does the text hold a digit?"""
    return bool(text) and any(c.isdigit() for c in text or "")


@lru_cache(maxsize=4096)
def may_count(headline: str | None) -> bool:
    """Can the headline give a count: a digit, or a number word ("three hurt", "Five now
    injured", «пострадали трое»)?  The cheap test before the claims stage's parse
    (:func:`headline_counts`): most headlines hold neither.  The number words are the claims
    stage's own (:func:`_number`: ``claims.numbers_en``'s words and scales, pymorphy3's Russian
    numerals); until the forty-fourth session only a digit was looked for, and a count in words
    (dev44's "three hurt" … "Five now injured") was never read."""
    if not headline:
        return False
    if has_digit(headline):
        return True
    from .when import _lemmas_ru

    for raw in headline.split():
        word = raw.strip(_PUNCT).lower().replace("ё", "е")
        if not word:
            continue
        russian = "\u0400" <= word[0] <= "\u04ff"
        if _number(word, _lemmas_ru(word) if russian else frozenset()):
            return True
    return False


#: **What a figure without a counted noun counts** (forty-fourth session): the state its people
#: are in, a participle or adjective beside the figure ("three hurt", "Five now injured", "412
#: were aboard", «погибли 4», «эвакуированы 120»).  A short closed list on purpose: the states
#: a happening's own people are counted in when a count is given again (the convention's dead and
#: injured, and the missing, the evacuated, the trapped and those aboard, whose first count is
#: the one revised), not every participle a figure may stand beside ("three charged" is an
#: aftermath, :func:`when.tells_aftermath`; "two sold" counts nothing of a happening)
_STATES_EN = frozenset(
    {"hurt", "injured", "wounded", "dead", "killed", "missing", "aboard", "evacuated",
     "rescued", "stranded", "trapped", "hospitalised", "hospitalized", "displaced"}
)  # fmt: skip
#: Russian lemmas of those states (pymorphy3 reduces a short participle to its verb: «ранены» →
#: ранить, «эвакуированы» → эвакуировать)
_STATES_RU = frozenset(
    {"пострадать", "погибнуть", "ранить", "эвакуировать", "госпитализировать", "пропасть",
     "спасти", "заблокировать"}
)  # fmt: skip
#: English words that may stand between a figure and its state ("Five now injured", "412 were
#: aboard", "two feared dead"); Russian word order is free, so there the state may stand on
#: either side of the figure, one word apart at most
_BETWEEN_EN = frozenset(
    {"now", "are", "were", "is", "was", "feared", "reported", "confirmed", "believed", "people"}
)


def _state_beside(headline: str, start: int, end: int, russian: bool) -> str | None:
    """The state a figure at ``start``:``end`` counts (:data:`_STATES_EN`, :data:`_STATES_RU`),
    or None."""
    after = [w.strip(_PUNCT).lower() for w in headline[end:].split()[:3]]
    if not russian:
        for word in after:
            if word in _STATES_EN:
                return word
            if word not in _BETWEEN_EN:
                return None
        return None
    from .when import _lemmas_ru

    before = [w.strip(_PUNCT).lower() for w in headline[:start].split()[-2:]]
    for word in [*after[:2], *reversed(before)]:
        if word and (found := _lemmas_ru(word.replace("ё", "е")) & _STATES_RU):
            return min(found)
    return None


def headline_counts(headline: str | None) -> tuple[tuple[str, float], ...]:
    """The counts a headline gives: (the counted noun's head lemma, the figure), sorted.  A
    headline that cannot give one (:func:`may_count`: no digit, no number word) is not read,
    nor one that tells an aftermath (``when.tells_aftermath``: its count is of the
    development, "three charged"); measures and money (a canonical unit, :mod:`claims.units`),
    shares, ranges and relative figures are not counts of a happening's things.  A figure
    without a counted noun counts the state beside it, if one of a happening's people
    (:func:`_state_beside`: "Five now injured" → injured)."""
    if not COUNTS or headline is None or not may_count(headline):
        return ()
    from ..claims.extract import find_quantities
    from .when import tells_aftermath

    if tells_aftermath(headline):
        return ()
    russian = any("\u0400" <= c <= "\u04ff" for c in headline)
    try:
        found = find_quantities(headline, "ru" if russian else "en")
    except Exception:  # noqa: BLE001 - a figure the claims stage cannot read is no count here
        return ()
    out: set[tuple[str, float]] = set()
    for q in found:
        if q.relative or q.value_high is not None or q.value <= 0:
            continue
        if q.unit is None:
            if STATES and (state := _state_beside(headline, q.start, q.end, russian)):
                out.add((state, float(q.value)))
            continue
        noun = q.unit.split()[-1].replace("ё", "е")
        # "%", "°": a share or a measure
        if noun not in _measure_units() and any(c.isalpha() for c in noun):
            out.add((noun, float(q.value)))
    return tuple(sorted(out))


#: a figure without a counted noun counts the state beside it (:func:`_state_beside`); off:
#: such a figure is no count (before the forty-fourth session)
STATES = True


@lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    """The last word of every canonical unit of measure and currency (``claims.units``): a
    figure with one of these is a measure or money, not a count of things (people are a count)."""
    from ..claims import units_data
    from ..claims.units import CURRENCY_PREFIXES

    names = {*units_data.SYMBOLS.values(), *units_data.GLUED.values(), *units_data.WRITTEN.values()}
    names |= set(CURRENCY_PREFIXES.values())
    return frozenset(n.split()[-1] for n in names if n) - {"people"}


def count_given_again(
    earlier: tuple[tuple[str, float], ...], later: tuple[tuple[str, float], ...]
) -> bool:
    """Does the later headline give a larger count of things than the earlier one gave (the
    largest of each)?  A smaller or the same figure a day later is not the count given again."""
    if not earlier or not later:
        return False
    return max(v for _, v in later) > max(v for _, v in earlier)
