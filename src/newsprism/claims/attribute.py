"""Who asserts a figure: the speaker whose quote holds it, else a source the sentence cites,
else the article itself.

Quotes come from the ``attribution`` stage (``article.quotes``, spans with a speaker id).  Cited
sources are read from the sentence: "according to local media", "data from the ONS show",
«по данным Росстата», «как сообщает ТАСС».
"""

from __future__ import annotations

import re

from ..article import Article, Quote
from .lexicon_en import MONTHS, WEEKDAYS

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


def cited_source(sentence: str, language: str | None) -> str | None:
    """A source the sentence names for what it states, as written, or ``None``."""
    for pattern in _CITED_RU if language == "ru" else _CITED_EN:
        m = pattern.search(sentence)
        if m:
            words = m.group("src").split()
            if not words or any(w.lower() in _NOT_A_SOURCE for w in words):
                continue
            return " ".join(words[:8])
    return None


def quote_holding(article: Article, start: int, end: int) -> Quote | None:
    """The innermost quote whose span contains ``[start, end)``."""
    best: Quote | None = None
    for q in article.quotes:
        if (
            q.start <= start
            and end <= q.end
            and (best is None or q.end - q.start < best.end - best.start)
        ):
            best = q
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
    """
    quote = quote_holding(article, start, end)
    if quote is not None:
        speaker = article.speaker(quote.speaker)
        if speaker is not None:
            return speaker.id, speaker.name, quote.confidence
        if quote.source_text:
            return None, quote.source_text, quote.confidence
    cited = cited_source(sentence, language)
    if cited:
        return None, cited, CITED_CONFIDENCE
    cued = any(
        q.cue_start is not None and _same_sentence(article, q.cue_start, start)
        for q in article.quotes
    )
    return None, ARTICLE, CUED_SENTENCE_CONFIDENCE if cued else ARTICLE_CONFIDENCE


def _same_sentence(article: Article, a: int, b: int) -> bool:
    for s in article.sentences:
        if s.start <= b < s.end:
            return s.start <= a < s.end
    return False


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
