"""A Russian body named once and then called by what it is: «газета «Московский комсомолец»» …
«по данным газеты»; «Следственный комитет» … «следствие»; «Министерство обороны Румынии» …
«румынское ведомство»; «департамент транспорта Москвы» … «столичный департамент транспорта».

News names an organisation once and then refers back to it with a common noun, as it does with
people («актёр», «политик»).  A short description with no name of its own, whose head noun is
inanimate (pymorphy's ``inan``: a thing or a body, never a person), is the organisation named
before whose name or introducing words share that noun's stem, or, for the nouns of a class
(«издание», «ведомство»), the organisation named before with a noun of that class.  The nearest
such body wins; none within reach leaves the description a speaker of its own, as before.

The same animacy does NOT yet keep an inanimate description («в клинике сочли») from referring
back to a person whose gender the tagger guessed to match it: that was measured and dropped in
the fourteenth session (check half B −3: «в интервью», «в зале» had been right by referring
back; docs/attribution.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from typing import Any, Protocol

#: nouns that name an outlet of any kind: «издание» refers back to «газета «Ведомости»»
MEDIA = frozenset(
    [
        *("газета", "издание", "агентство", "журнал", "телеканал", "канал", "портал"),
        *("радиостанция", "таблоид", "еженедельник", "ежедневник", "телекомпания", "сайт"),
    ]
)
#: «ведомство» is any ministry, service, agency or department
AGENCY = frozenset(
    [
        *("министерство", "служба", "агентство", "департамент", "комитет", "управление"),
        *("ведомство", "минобороны", "мвд", "мид", "минздрав", "минюст", "фсб"),
    ]
)
#: class nouns and the class of names they refer back to
CLASSES = {"издание": MEDIA, "ведомство": AGENCY}
#: a body's name written where the tagger found none counts as naming it («Ryanair отменил
#: рейсы» untagged, «авиакомпании Ryanair» tagged later: «Компания сообщила» after the first
#: refers back to it; thirty-eighth session)
NAME_OCCURRENCES = True
#: how far back (characters) the body may have been named
REACH = 2500
#: a description longer than this introduces a body of its own
MAX_WORDS = 3
#: the words before a name that introduce it («газета», «агентство»), read this far back
INTRO_CHARS = 40
#: a stem shared by two nouns: the first characters of each (Russian inflects at the end)
STEM = 5


class _Body(Protocol):
    kind: str
    name: str
    aliases: list[str]
    mentions: list[tuple[int, int]]
    plural: bool

    def seen_before(self, pos: int) -> int: ...


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


#: the calendar: a description headed by one names a time, never a speaker («в воскресенье,
#: 12 мая, сообщили»; «в 2011 году говорится»)
CALENDAR = frozenset(
    [
        *("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        *("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август"),
        *("сентябрь", "октябрь", "ноябрь", "декабрь", "год", "месяц", "неделя", "день"),
        *("утро", "вечер", "ночь", "сутки", "квартал", "полугодие", "век"),
    ]
)


def thing_not_source(src: Any) -> bool:
    """Whether a Russian description no person or body was found for names a time, which
    cannot speak: its head noun is a word of the calendar (pymorphy3's dictionary form).  The
    reader is shown no speaker rather than «воскресенье  12 мая» or «2011 год».
    (A wider test — any inanimate head no lexicon of bodies knows — was measured and dropped:
    NEREL A lost 21 right speakers, «канцелярия», «оргкомитет», «сторона защиты» being bodies
    the lexicons do not list.)"""
    words = [w.lower() for w in _WORD.findall(src.text)[:1]]
    for w in [(src.head or "").lower(), *words]:  # the head's lemma may be another noun's
        if w and (w in CALENDAR or _analyzer().parse(w)[0].normal_form in CALENDAR):
            return True
    return False


@cache
def inanimate(lemma: str) -> bool:
    """Whether the noun ``lemma`` names a thing or a body: its most likely noun analysis is
    ``inan`` (pymorphy3).  An unknown word is not taken for one."""
    for p in _analyzer().parse(lemma.lower())[:3]:
        if p.tag.POS == "NOUN":
            return "inan" in p.tag
    return False


@cache
def person_noun(word: str) -> bool:
    """Whether ``word`` is a common noun for a person («Премьер-министр», «Актёр»): its most
    likely noun analysis is ``anim`` and no name, surname or patronymic (pymorphy3)."""
    for p in _analyzer().parse(word.lower())[:3]:
        if p.tag.POS == "NOUN":
            # a noun in apposition to one person's name is singular: «Зайцев Андрей Петрович»
            # opens with a surname that is also «зайцев», the plural of «заяц» (reviewer)
            return (
                "anim" in p.tag
                and "sing" in p.tag
                and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes)
            )
    return False


def _stem(word: str) -> str:
    w = word.lower().replace("ё", "е")
    return w[:STEM] if len(w) > STEM else w


_WORD = re.compile(r"[а-яёА-ЯЁ-]+")


def _words(texts: Iterable[str]) -> set[str]:
    return {_stem(w) for t in texts for w in _WORD.findall(t)}


def _fits(body: _Body, head: str, text: str) -> bool:
    """Whether ``body`` can be called by the noun ``head``: a word of its name, aliases or
    mentions, or of the words introducing it, shares the noun's stem (or its class)."""
    own, near = _vocabulary(body, text)
    # the outlets are one class («газета» after «издание X»), as are the ministries for
    # «ведомство»; any other noun must share its own stem
    cls = MEDIA if head in MEDIA else CLASSES.get(head, frozenset([head]))
    wanted = {_stem(w) for w in cls}
    # «агентство» before a name introduces a news agency («агентство Bloomberg»); a government
    # agency carries it inside its name («Федеральное агентство связи»): only that one is a
    # «ведомство»
    wanted_near = wanted - _NEWS_AGENCY if cls is AGENCY else wanted
    return bool(wanted & own or wanted_near & near)


_NEWS_AGENCY = frozenset({_stem("агентство")})


def _vocabulary(body: _Body, text: str) -> tuple[set[str], set[str]]:
    """The stems of ``body``'s name, aliases and occurrences, and of the two words before each
    occurrence; worked out once per body per article (every description asks again)."""
    spans = _occurrences(body, text)
    key = (body.name, tuple(body.aliases), tuple(spans))
    index = _index(text)
    found = index.vocabulary.get(key)
    if found is None:
        texts = [body.name, *body.aliases, *(text[s:e] for s, e in spans)]
        intros = [text[max(0, s - INTRO_CHARS) : s] for s, _ in spans]
        near = {_stem(w) for t in intros for w in _WORD.findall(t)[-2:]}
        found = index.vocabulary[key] = (_words(texts), near)
    return found


def _occurrences(body: _Body, text: str) -> list[tuple[int, int]]:
    """``body``'s mentions and every other place its name is written as one of them is (the
    tagger finds a name in one sentence and misses it in another)."""
    if not NAME_OCCURRENCES:
        return sorted(set(body.mentions))
    mentions = tuple(body.mentions)
    index = _index(text)
    spans = index.bodies.get(mentions)
    if spans is None:
        found = set(mentions)
        for surface in {text[s:e] for s, e in mentions}:
            if len(surface) < 3 or not any(ch.isupper() for ch in surface):
                continue
            found.update(index.written(surface))
        spans = index.bodies[mentions] = sorted(found)
    return spans


class _Index:
    """One article's look-up of where names are written: each name is searched for once per
    article, not once per body per description (that made the look-back quadratic in the
    article's length: a 60-paragraph article took seconds; review R13)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: dict[str, list[tuple[int, int]]] = {}
        #: a body's mentions -> its sorted occurrences
        self.bodies: dict[tuple[tuple[int, int], ...], list[tuple[int, int]]] = {}
        #: a body's name, aliases and occurrences -> the stems of its words and of those before
        self.vocabulary: dict[Any, tuple[set[str], set[str]]] = {}

    def written(self, surface: str) -> list[tuple[int, int]]:
        spans = self.names.get(surface)
        if spans is None:
            pattern = rf"(?<!\w){re.escape(surface)}(?!\w)"
            spans = [(m.start(), m.end()) for m in re.finditer(pattern, self.text)]
            self.names[surface] = spans
        return spans


#: the index of the article being read; keyed by the text object itself (``is``), so a new
#: article starts a new index and nothing carries over from the last one
_LAST: _Index | None = None


def _index(text: str) -> _Index:
    global _LAST
    last = _LAST
    if last is None or last.text is not text:
        last = _LAST = _Index(text)
    return last


def _seen_before(body: _Body, start: int, text: str) -> int:
    """Where ``body`` was last named before ``start`` (its mentions, or its name written where
    the tagger missed it), -1 when nowhere."""
    spans = _occurrences(body, text)
    i = bisect_left(spans, (start, -1))  # spans are sorted: the last one starting before
    return spans[i - 1][0] if i else -1


def referred_body(
    head: str, words: str, start: int, bodies: Iterable[_Body], text: str, plural: bool = False
) -> _Body | None:
    """The organisation named before ``start`` that the description ``words`` (head noun
    ``head``, a lemma) refers back to, or None.  Only a short description with an inanimate
    head, holding no capitalised word after its first, looks back; a plural one
    («Авиакомпании считают» after «Ryanair») only to a body named in the plural, unless its noun
    has no singular («власти»)."""
    head = head.lower()
    tokens = words.split()
    if not head or len(tokens) > MAX_WORDS or not inanimate(head):
        return None
    if any(t[:1].isupper() for t in tokens[1:]) or any(ch in words for ch in '«"“'):
        return None  # a name of its own: «газета «Правда»», «полиция Малайзии»
    many = PLURAL_AGREEMENT and plural and not _plural_only(head)
    best, best_seen = None, -1
    for body in bodies:
        if body.kind not in ("organization", "collective"):
            continue
        if many and not body.plural:
            continue  # several of a kind are not the one body named before
        seen = _seen_before(body, start, text)
        if seen < 0 or start - seen > REACH or seen <= best_seen:
            continue
        if not any(ch.isupper() for ch in body.name):
            continue  # another description, not a body named by its name
        if _fits(body, head, text):
            best, best_seen = body, seen
    return best


#: a plural description refers back only to a body named in the plural (thirty-first session)
PLURAL_AGREEMENT = True


@cache
def _plural_only(noun: str) -> bool:
    """Whether ``noun`` (a lemma) has no singular («власти», «силы»: pymorphy3's ``Pltm``, or
    a plural lemma)."""
    parses = [p for p in _analyzer().parse(noun.lower())[:3] if p.tag.POS == "NOUN"]
    return any("Pltm" in p.tag or p.tag.number == "plur" and p.normal_form == noun for p in parses)


#: the parts of speech a body's genitive dependant is made of: «Армении», «Иркутской области»
_DEPENDANT_POS = frozenset(["NOUN", "ADJF", "PRTF", "NUMR"])


@cache
def _genitive(word: str) -> bool:
    """Whether ``word`` can be a genitive noun or adjective: its most likely analysis is one
    of those parts of speech and one of its first analyses of that kind is genitive."""
    parses = _analyzer().parse(word.lower())[:3]
    if not parses or parses[0].tag.POS not in _DEPENDANT_POS:
        return False  # «в», «и», «заявило»: no part of a name
    return any(p.tag.POS in _DEPENDANT_POS and p.tag.case in ("gent", "gen2") for p in parses)


def genitive_tail(words: str) -> str | None:
    """``words`` stripped, when they are only the genitive dependants the parse left after a
    body's name («Армении», «обороны Армении», «губернатора Иркутской области») — its place or
    owner, part of its name («Министерство здравоохранения Армении») — else None."""
    tokens = words.split()
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    if any(not _WORD.fullmatch(t) or not _genitive(t) for t in tokens):
        return None
    return " ".join(tokens)
