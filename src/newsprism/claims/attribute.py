"""Who asserts a figure: the speaker whose quote holds it, else a source the sentence cites,
else the article itself.

Quotes come from the ``attribution`` stage (``article.quotes``, spans with a speaker id).  Cited
sources are read from the sentence: "according to local media", "data from the ONS show",
«по данным Росстата», «как сообщает ТАСС».
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..article import Article, Quote
from .lexicon_en import MONTHS, WEEKDAYS
from .said_cue import said_cue
from .source_words import tidy_source, whole_body_name

ARTICLE = "article"

_STOP = r"\s*(?:[,;:.!?()]|\s—|\s–|$)"
_END = rf"(?={_STOP})"
_CITED_EN = [
    re.compile(r"\baccording to (?:the )?(?P<src>[^,;:.!?()]{2,80}?)" + _END, re.IGNORECASE),
    re.compile(
        r"\b(?:data|figures|estimates|statistics|numbers) (?:from|by|released by|published by) "
        r"(?:the )?(?P<src>[^,;:.!?()]{2,60}?)"
        rf"(?=\s+(?:show|showed|shows|suggest|indicate)|{_STOP})"
    ),
    re.compile(r"\bciting (?:the )?(?P<src>[^,;:.!?()]{2,60}?)" + _END, re.IGNORECASE),
    re.compile(r"\b(?:as )?reported by (?:the )?(?P<src>[^,;:.!?()]{2,60}?)" + _END, re.IGNORECASE),
    re.compile(
        r"\b(?P<src>(?:[A-Z][\w&'.-]*\s){0,3}[A-Z][\w&'.-]*)(?:'s)? "
        r"(?:data|figures|estimates) (?:show|showed|shows|suggest)"
    ),
    # "Local media reported that …", "The ministry estimates …" at the start of the sentence
    re.compile(
        r"^(?:The )?(?P<src>[A-Z][\w&'.-]*(?:\s[\w&'.-]+){0,3}?) "
        r"(?:reported|reports|estimated|estimates|calculated)\b"
    ),
]
_CITED_RU = [
    re.compile(
        r"(?:по (?:данным|словам|информации|оценкам|оценке|подсчётам|подсчетам|сведениям|мнению|прогнозу|расчётам|расчетам)"
        r"|согласно (?:данным |информации |отчёту |отчету |докладу |прогнозу |опросу )?"
        r"|как (?:сообщает|сообщают|сообщил|сообщила|сообщили|пишет|пишут|передаёт|передает|следует из|отмечает|отметили|заявили|заявил|заявила))"
        r"\s+(?P<src>[^,;:.!?()«»]{2,80}?)" + _END,
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:сообщает|сообщил[аи]?|передаёт|передает|пишет) (?P<src>[А-ЯЁA-Z«][^,;:.!?()]{1,60}?)"
        + _END
    ),
]


#: a word every English pattern above holds (lower-cased): a cheap first look, since most
#: sentences cite no source and the patterns cost a twentieth of the stage on every figure
_CITED_EN_HINTS = (
    "accord", "data", "figures", "estimat", "statistic", "numbers", "citing", "report",
    "calculated",
)  # fmt: skip


def cited_source(sentence: str, language: str | None) -> str | None:
    """A source the sentence names for what it states, as written, or ``None``."""
    if language != "ru":
        low = sentence.lower()
        if not any(hint in low for hint in _CITED_EN_HINTS):
            return None
    for pattern in _CITED_RU if language == "ru" else _CITED_EN:
        m = pattern.search(sentence)
        if m:
            words = m.group("src").split()
            if not words or any(w.lower() in _NOT_A_SOURCE for w in words):
                continue
            return " ".join(words[:8])
    return None


@dataclass(frozen=True)
class _Index:
    """Sorted positions of an article's sentences, quotes and cues, built once per article.

    Every figure asks which quote holds it and whether its sentence holds a cue; scanning all
    quotes and sentences for each figure made the claims stage cubic in the article's length
    (50 KB of quoted prose: 7.6 s of 22 s here).
    """

    key: tuple[object, object]  # (sentences, quotes) the index was built from
    sentence_starts: list[int]
    sentence_ends: list[int]
    quotes: list[Quote]  # by start
    quote_starts: list[int]
    #: the largest end among quotes[0..i]: no quote before i can hold a span ending past it
    max_end: list[int]
    cue_starts: list[int]


_last_index: list[_Index] = []


def _index(article: Article) -> _Index:
    # one entry: the claims stage asks about one article many times in a row
    key = (article.sentences, article.quotes)
    cached = next(iter(_last_index), None)  # one read: web workers may replace it meanwhile
    if cached is not None and cached.key[0] is key[0] and cached.key[1] is key[1]:
        return cached
    quotes = sorted(article.quotes, key=lambda q: q.start)
    index = _Index(
        key=key,
        sentence_starts=[s.start for s in article.sentences],
        sentence_ends=[s.end for s in article.sentences],
        quotes=quotes,
        quote_starts=[q.start for q in quotes],
        max_end=list(accumulate((q.end for q in quotes), max)),
        cue_starts=sorted(q.cue_start for q in article.quotes if q.cue_start is not None),
    )
    _last_index[:] = [index]
    return index


def quote_holding(
    article: Article, start: int, end: int, *, said_only: bool = False, language: str | None = None
) -> Quote | None:
    """The innermost quote whose span contains ``[start, end)``; with ``said_only``, only a quote
    whose cue is a word of saying (:func:`.said_cue.said_cue`): a figure's source is never read
    off a verb that merely has a subject ("the company discharged sewage on 1,240 occasions")."""
    index = _index(article)
    best: Quote | None = None
    i = bisect_right(index.quote_starts, start) - 1
    while i >= 0 and index.max_end[i] >= end:
        q = index.quotes[i]
        if (
            end <= q.end
            and (best is None or q.end - q.start < best.end - best.start)
            and (not said_only or said_cue(q.cue, language))
        ):
            best = q
        i -= 1
    return best


#: how likely a figure's source is right when no quote holds it.  Priors, not learned: a cited
#: source the sentence names ("according to local media"), the article itself, and the article
#: where the sentence also holds someone's cue outside the figure (the figure may be theirs:
#: "More than 70%, the ambassador told the paper, …" with the content cut short)
CITED_CONFIDENCE = 0.85
ARTICLE_CONFIDENCE = 0.9
CUED_SENTENCE_CONFIDENCE = 0.4


def asserted_by(
    article: Article, start: int, end: int, sentence: str, language: str | None
) -> tuple[int | None, str, float | None]:
    """``(speaker id or None, source in words, confidence)`` for a figure at ``[start, end)``.

    A figure inside an attributed quote belongs to its speaker, with the quote's confidence.
    A source is given in words up to its name's end, and a date or a pronoun read as a source is
    none (:func:`.source_words.tidy_source`): the next reading is taken instead.
    """
    quote = quote_holding(article, start, end, said_only=True, language=language)
    if quote is not None:
        speaker = article.speaker(quote.speaker)
        named = tidy_source(speaker.name) if speaker is not None else None
        if speaker is not None and named:
            if quote.source_text:  # "KNB" cut from "the KNB border service": the whole body
                named = whole_body_name(named, quote.source_text, language) or named
            return speaker.id, named, quote.confidence
        said = tidy_source(quote.source_text) if quote.source_text else None
        if speaker is None and said:
            return None, said, quote.confidence
    cited = cited_source(sentence, language)
    cited = tidy_source(cited) if cited else None
    if cited:
        return None, cited, CITED_CONFIDENCE
    return (
        None,
        ARTICLE,
        CUED_SENTENCE_CONFIDENCE if _cue_in_sentence(article, start) else ARTICLE_CONFIDENCE,
    )


def _cue_in_sentence(article: Article, position: int) -> bool:
    """Whether some quote's cue starts in the sentence that holds ``position``."""
    index = _index(article)
    i = bisect_right(index.sentence_starts, position) - 1
    if i < 0 or position >= index.sentence_ends[i]:
        return False
    first = bisect_left(index.cue_starts, index.sentence_starts[i])
    return first < len(index.cue_starts) and index.cue_starts[first] < index.sentence_ends[i]


#: words that show a sentence-initial "X reported" is not a source ("No injuries had been reported")
_NOT_A_SOURCE = (
    frozenset(
        [
            "no",
            "not",
            "had",
            "has",
            "have",
            "been",
            "was",
            "were",
            "is",
            "are",
            "be",
            "it",
            "this",
            "that",
            "there",
            "today",
            "yesterday",
            "noon",
            "midnight",
        ]
    )
    | WEEKDAYS
    | MONTHS
)
