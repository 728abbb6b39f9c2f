"""A small tokenizer that keeps character offsets, made for finding figures.

Words keep inner hyphens and apostrophes ("two-thirds", "year-old"); numbers are digits with
their separators as the language writes them ("1,250.5" or "1\u202f250.5" in English, «1 250,5» in
Russian); every
other non-space character is a token of its own ("$", "%", "-", "/").  ``glued`` says the token
touches the one before it (no space), which tells "$3bn" and "5-10W" from "$3 bn" and "5 - 10 W".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, cast

TokenKind = Literal["num", "word", "sym"]

_SPACES = "\u00a0\u202f\u2009 "
# English: thousands grouped by commas, or by a no-break or thin space as typeset and translated
# text writes them ("1\u202f000": one thousand, not 1 and a stray 000); never by a plain space,
# which in English separates two numbers ("in 2014 100 people", "won 3 000" is rare)
# (a word is tried first: the three kinds open with disjoint characters — a letter, a digit or
# ".", anything else — so the order changes no token, and most tokens are words)
_EN = re.compile(
    r"(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<num>(?<![\d,])(?<!\d\.)\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|(?<![\d.,\u00a0\u202f\u2009])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,])"
    # a decimal with no whole part (".3 seconds") never follows a word of two letters or
    # more: the period of "Rs.50,000" or "No.16" ends an abbreviation ("H.264" stays a code)
    r"|\d+(?:\.\d+)?|(?<!\d)(?<![^\W\d_]{2})\.\d+)"
    r"|(?P<sym>\S)"
)
# Russian: decimal comma, thousands grouped by (no-break) spaces: «1 500 000,5»; a group a
# hyphen glues to a word is a number of its own, the space two numbers' («40 155-мм гаубиц»:
# forty howitzers of 155 mm), as no grouping can end inside a compound word (a round thousand
# can: «2 000-летие», «1 000-километровый»)
_RU = re.compile(
    r"(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    rf"|(?P<num>(?<![\d.,])\d{{1,3}}(?:[{_SPACES}]\d{{3}})+"
    rf"(?:,\d+(?!\d)|(?!\d|[{_SPACES}]\d)(?:(?<=000)|(?!-[^\W\d_])))"
    r"|\d+(?:[.,]\d+)?)"
    r"|(?P<sym>\S)"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind
    glued: bool
    #: the text in lower case, the curly apostrophe as the straight one ("season’s" is
    #: "season's") for every check; computed once, since the readers ask for it constantly
    #: (given by the tokenizer, which builds every token: a ``__post_init__`` computing it cost
    #: a twentieth of the English stage)
    lower: str = field(repr=False, compare=False)


def tokenize(text: str, language: str = "en") -> list[Token]:
    # a sentence is tokenized by the reader, the context and the attribution in turn: the
    # tokens are immutable, so one tokenization serves them all (each gets its own list)
    return list(_tokenize(text, language))


def clear_token_cache() -> None:
    """Forget cached tokenizations (benchmarks that time one pass over a text they repeat)."""
    _tokenize.cache_clear()


@lru_cache(maxsize=2048)
def _tokenize(text: str, language: str) -> tuple[Token, ...]:
    pattern = _RU if language == "ru" else _EN
    out: list[Token] = []
    prev_end = -1
    for m in pattern.finditer(text):
        kind = cast(TokenKind, m.lastgroup)  # the named group that matched: no inner groups
        word = m.group()
        start, end = m.span()
        out.append(Token(word, start, end, kind, start == prev_end, word.lower().replace("’", "'")))
        prev_end = end
    return tuple(out)


def number_value(token: Token, language: str) -> float:
    """The value of a ``num`` token: «1 500,5» → 1500.5 (ru), "1,500.5" → 1500.5 (en)."""
    raw = token.text
    for ch in _SPACES:
        raw = raw.replace(ch, "")
    raw = raw.replace(",", ".") if language == "ru" else raw.replace(",", "")
    return float(raw)


def words(text: str) -> frozenset[str]:
    """A word list written as one string (keeps the long vocabularies of the rules readable)."""
    return frozenset(text.split())


#: text that is not prose, in any language: a web address or a path ("example.ru/news/12/03/2019"),
#: an e-mail address, an IP address, a numeric date ("05/08/2008", «11.05.2016»).  Digits inside
#: them are never figures.
NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b[\w.-]+\.(?:ru|com|net|org|gov|ua|uk|info|io|de|fr|рф)(?:/\S*)?(?!\w)"
    r"|\S+@\S+\.\w+"
    r"|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)"
    r"|(?<![\d./])\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d(?!\d|[./]\d)"
    r"|(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])"  # an ISO date: 2013-01-10
    r"|\b\w*(?:_\w+)+\b"
    r"|\b10\.\d{4,9}/\S+"  # a DOI: 10.1007/978-3-319-09575-2
    r"|\b(?=[\w/-]*[A-Za-z])[\w-]+(?:/[\w-]+){2,}"  # a file or case number: FHC/ABJ/03/095
    # a market-quote widget a page prints beside its text: ticker, price, signed change, a button
    # ("ABCD ₽41,50 -1,2% Купить", "WTI $88,40 +0,85%"); prose names a price with a verb
    r"|\b[A-Z]{2,6}(?:\s+[A-Z]{2,6})?\s+[₽$€£]\s?\d[\d\s]*(?:[.,]\d+)?\s+[+\-−–]\s?\d+(?:[.,]\d+)?\s?%"
    r"(?:\s+(?:Купить|Продать|Buy|Sell)\b)?"
)


#: a cheap first look: most sentences hold none of these, and the full pattern costs a tenth of
#: the English stage when run on every sentence
_MAY_NOT_BE_PROSE = re.compile(
    r"[/@_]|\d\.\d+\.\d|\d-[01]\d-\d|www\.|\w\.(?:ru|com|net|org|gov|ua|uk|info|io|de|fr|рф)\b"
    r"|[A-Z]\s+[₽$€£]\s?\d"
)


def not_prose_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _QUOTED_NUMBER.finditer(text)] if _QUOTE_HINT.search(text) else []
    if not _MAY_NOT_BE_PROSE.search(text):
        return spans
    return spans + [m.span() for m in NOT_PROSE.finditer(text)]


#: a number alone in quotation marks is a mention of the number, a code or a name, not an
#: amount: jotting "“20”" on a form, a time listed as "0000", the show «+100500» (an opening
#: mark after a letter or digit, or a closing one before a letter, a digit or a percent sign,
#: is an inch, a foot or an apostrophe: 5'11", 90s).  A plural noun after the closing mark makes
#: the marks scare quotes around a count ('gave Labour "40" seats'): the count stands
_QUOTED_NUMBER = re.compile(
    r"(?<![\w])[\"“„«]\+?\d[\d,.]*[\"”“»](?![\w%])"
    r"(?!\s+(?!(?:is|was|has|does|says|as|its|his|this|thus|us|plus|less|unless|always|perhaps)\b)"
    r"[a-z]+s\b)"
)
_QUOTE_HINT = re.compile(r"[\"“„«]\+?\d")


#: a list's numbering that a sentence splitter left in the text: a "sentence" that is an item's
#: number alone ("2.", «1.»), and the next item's number left at the end of the line before it,
#: after a closing bracket or a figure («… — 52,1 % (922774 голоса) 2.», "(December 2006) 1.")
_LIST_NUMBERING = re.compile(r"^\s*\d{1,2}\.\s*$|(?<=[)\d%»”\"])\s+\d{1,2}\.\s*$")


def list_numbering_spans(text: str) -> list[tuple[int, int]]:
    """Where a list's numbering stands in ``text`` (see ``_LIST_NUMBERING``): no figure."""
    if not text.rstrip().endswith("."):
        return []
    return [m.span() for m in _LIST_NUMBERING.finditer(text)]
