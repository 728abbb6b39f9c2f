"""What a figure counts (``about``) and when it holds (``when``), from the words around it.

``about``: the counted noun when there is one ("13,000 *workers*", «500 *человек*»), else the noun
phrase the share or amount belongs to ("5% of *its workforce*", "a *fine* of $3bn"), else the
subject of the clause ("*imports from Chile* fell 4%").  Noun phrases are read from part-of-speech
tags (spaCy for English, pymorphy3 for Russian), joined over "of"/"to"/"in" and genitive chains.

``when``: the date or period nearest to the figure in the same sentence ("in 2023", "last year",
"on Thursday", «в 2023 году», «за январь–март»).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import lru_cache

from .quantity import Quantity, Tag
from .tokens import Token, tokenize

_NOUNISH = {
    "en": frozenset({"NOUN", "PROPN", "ADJ"}),
    "ru": frozenset({"NOUN", "ADJF", "PRTF", "Abbr"}),
}
_HEADS = {"en": frozenset({"NOUN", "PROPN"}), "ru": frozenset({"NOUN"})}
_LINKS = {
    "en": frozenset({"of", "to", "in", "for", "from", "on"}),
    "ru": frozenset({"в", "на", "по", "для", "из", "от"}),
}
_DETS = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "its",
            "their",
            "his",
            "her",
            "our",
            "this",
            "that",
            "these",
            "those",
            "all",
        ]
    ),
    "ru": frozenset(),
}
_SKIP_LEFT = {
    "en": frozenset(
        {"VERB", "AUX", "ADV", "PART", "DET", "ADP", "NUM", "SYM", "X", "CCONJ", "PRON"}
    ),
    "ru": frozenset(
        {"VERB", "INFN", "ADVB", "PRCL", "PREP", "NUMR", "PRED", "X", "CONJ", "GRND", "PRTS"}
    ),
}
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "all",
        "в",
        "на",
        "по",
        "для",
        "из",
        "от",
        "и",
        "с",
        "к",
        "у",
        "о",
        "за",
    ]
)


@lru_cache(maxsize=256)
def _word_tokens(
    sentence: str, lang: str
) -> tuple[tuple[Token, ...], tuple[int, ...], tuple[int, ...]]:
    """The sentence's tokens that are neither numbers nor inside a date, with their starts and
    ends (both ascending): read once per sentence, not once per figure in it, since a long
    sentence of many figures (a list, a table flattened into one line) made that quadratic."""
    dates = [m.span() for m in (_WHEN_RU if lang == "ru" else _WHEN_EN).finditer(sentence)]
    toks = tuple(
        t
        for t in tokenize(sentence, lang)
        if t.kind != "num" and not any(a <= t.start < b for a, b in dates)
    )
    return toks, tuple(t.start for t in toks), tuple(t.end for t in toks)


def about_span(
    sentence: str, q: Quantity, tags: Mapping[int, Tag] | None, language: str = "en"
) -> tuple[int, int] | None:
    """Offsets (in ``sentence``) of what ``q`` counts or measures, or ``None``."""
    if q.noun_start is not None and q.noun_end is not None:
        return q.noun_start, q.noun_end
    if not tags:
        return None
    lang = "ru" if language == "ru" else "en"
    toks, starts, ends = _word_tokens(sentence, lang)
    after = list(toks[bisect_left(starts, q.end) :])
    before = list(toks[: bisect_right(ends, q.start)])
    # "5% of its workforce", «30% от общего числа», "40-45% more containers"
    if after and after[0].lower in ("of", "от", "из", "more", "fewer", "less"):
        span = _np_forward(after[1:], tags, lang)
        if span:
            return span
    if lang == "ru":
        span = _subject_ru(before, tags)
        if span:
            return span
    span = _np_backward(before, tags, lang)
    if span:
        return span
    return _np_forward(list(toks), tags, lang)  # the first noun phrase of the sentence


def _subject_ru(toks: list[Token], tags: Mapping[int, Tag]) -> tuple[int, int] | None:
    """The first nominative noun of the clause with its genitive tail: «Выпуск продукции»."""
    from .nlp import russian_parses

    clause = toks
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].kind == "sym" and toks[k].text in ",;:—–(":
            clause = toks[k + 1 :]
            break
    for i, t in enumerate(clause):
        if t.kind != "word" or _pos(t, tags) != "NOUN":
            continue
        if not any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in russian_parses(t.lower)[:2]):
            continue
        start = i
        while start > 0 and _pos(clause[start - 1], tags) in ("ADJF", "PRTF"):
            start -= 1
        end = i
        while end + 1 < len(clause) and clause[end + 1].kind == "word":
            nxt = clause[end + 1]
            if _pos(nxt, tags) in ("NOUN", "ADJF") and any(
                "gent" in p.tag for p in russian_parses(nxt.lower)[:1]
            ):
                end += 1
            else:
                break
        return clause[start].start, clause[end].end
    return None


def _pos(t: Token, tags: Mapping[int, Tag]) -> str:
    return tags.get(t.start, ("X", t.lower))[0]


def _np_forward(toks: list[Token], tags: Mapping[int, Tag], lang: str) -> tuple[int, int] | None:
    i = 0
    while i < len(toks) and (
        toks[i].lower in _DETS[lang] or _pos(toks[i], tags) not in _NOUNISH[lang]
    ):
        if toks[i].kind == "sym" and toks[i].text in ",;:(":
            return None
        i += 1
        if i > 3:
            return None
    return _grow(toks, i, tags, lang)


def _grow(toks: list[Token], i: int, tags: Mapping[int, Tag], lang: str) -> tuple[int, int] | None:
    start = i
    last = -1
    while i < len(toks):
        t = toks[i]
        pos = _pos(t, tags)
        if pos in _NOUNISH[lang] and t.kind == "word":
            if pos in _HEADS[lang] or lang == "ru":
                last = i
            i += 1
        elif (
            t.lower in _LINKS[lang]
            and last == i - 1
            and i + 1 < len(toks)
            and _pos(toks[i + 1], tags) in _NOUNISH[lang]
            and i - start < 5
        ):
            i += 1
        else:
            break
    if last < 0:
        return None
    return toks[start].start, toks[last].end


def _np_backward(toks: list[Token], tags: Mapping[int, Tag], lang: str) -> tuple[int, int] | None:
    k = len(toks) - 1
    skipped = 0
    while k >= 0 and skipped < 6:
        t = toks[k]
        if t.kind == "sym" and t.text in ",;:()—–":
            return None
        pos = _pos(t, tags)
        if pos in _HEADS[lang] and t.kind == "word":
            break
        if pos not in _SKIP_LEFT[lang] and t.kind == "word" and pos not in _NOUNISH[lang]:
            return None
        k -= 1
        skipped += 1
    if k < 0 or skipped >= 6:
        return None
    end = k
    start = k
    while start - 1 >= 0:
        t = toks[start - 1]
        pos = _pos(t, tags)
        if t.kind == "word" and pos in _NOUNISH[lang]:
            start -= 1
        elif (
            t.lower in _LINKS[lang]
            and start - 2 >= 0
            and _pos(toks[start - 2], tags) in _HEADS[lang]
            and end - start < 5
        ):
            start -= 2
        else:
            break
    while start < end and toks[start].lower in _DETS[lang]:
        start += 1
    return toks[start].start, toks[end].end


# -- when ----------------------------------------------------------------------------------------

_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WHEN_EN = re.compile(
    r"\b(?:(?:in|since|by|during|until|through|before|after|for|from|as of)\s+)?(?:"
    rf"(?:the\s+)?(?:first|second|third|fourth|last|past|next|previous|same)\s+(?:quarter|half|six months|three months|year|month|week|decade)(?:\s+of\s+(?:\d{{4}}|the year|last year))?"
    rf"|(?:fiscal\s+)?(?:19|20)\d{{2}}(?:[-–/](?:19|20)?\d{{2}})?"
    rf"|{_MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|\d{{1,2}}\s+{_MONTH_EN}(?:\s+(?:19|20)\d{{2}})?"
    rf"|{_MONTH_EN}(?:\s+(?:19|20)\d{{2}})?"
    r"|(?:last|this|next)\s+(?:year|month|week|season|quarter|summer|winter|spring|autumn|fall|decade|weekend|night|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:a|one)\s+year\s+(?:earlier|ago|before)|year[- ]on[- ]year|year over year|so far this year"
    r"|yesterday|today|tonight|this morning|this week"
    r")\b"
)
_MONTH_RU = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
_WHEN_RU = re.compile(
    r"(?<![\w-])(?:"
    r"(?:в|за|к|до|с|по итогам|на)\s+(?:19|20)\d{2}(?:[-–]\d{2,4})?\s*(?:г\.|годах|годов|году|года|год)"
    rf"|(?:за|в|с|по)\s+{_MONTH_RU}(?:\s*[-–—]\s*{_MONTH_RU})?(?:\s+(?:19|20)\d{{2}}\s*(?:года|г\.))?"
    rf"|(?:на|к|до|с|по состоянию на)?\s*\d{{1,2}}\s+{_MONTH_RU}(?:\s+(?:19|20)\d{{2}}\s*(?:года|г\.)?)?"
    r"|(?:в|за)\s+(?:прошл|минувш|текущ|эт|нынешн|следующ|позапрошл)[а-яё]+\s+(?:году|год|месяце|месяц|квартале|квартал|неделе|неделю|полугодии|сезоне)"
    r"|(?:в|за)\s+(?:перв|втор|трет|четвёрт|четверт)[а-яё]+\s+(?:квартале|квартал|полугодии|полугодие)(?:\s+(?:19|20)\d{2}\s*(?:года|г\.))?"
    r"|(?:за|в течение)\s+(?:сутки|неделю|месяц|год|полгода|последние\s+\w+\s+\w+)"
    r"|с\s+начала\s+(?:года|месяца|недели|\w+\s+войны|пандемии)"
    r"|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|вчера|сегодня|накануне|в минувшие выходные"
    r")(?![\w])",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _dates(sentence: str, russian: bool) -> tuple[tuple[int, int, str], ...]:
    """The dates and periods of a sentence, found once for all of its figures."""
    pattern = _WHEN_RU if russian else _WHEN_EN
    return tuple((m.start(), m.end(), m.group().strip()) for m in pattern.finditer(sentence))


def when(sentence: str, q: Quantity, language: str = "en") -> str | None:
    """The date or period in ``sentence`` nearest to the figure, as written."""
    best: tuple[int, str] | None = None
    for a, b, text in _dates(sentence, language == "ru"):
        if a < q.end and b > q.start:  # the figure itself ("2023" is not its own date)
            continue
        if not text:
            continue
        dist = q.start - b if b <= q.start else a - q.end
        if best is None or dist < best[0]:
            best = (dist, text)
    return best[1] if best else None
